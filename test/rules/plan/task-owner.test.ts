import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as taskOwner } from "../../../src/rules/plan/task-owner";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph, REAL_PLANS, realDocument, withBodyBlocks } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, statePlan, stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, withSections } from "../page/sections";

const p = bodyParagraph;
const h = (text: string): SpecParagraph => p(text, { bold: true });

/** The sample with its body (blocks 4 to the signature table) replaced; the body starts at paragraph 10. */
const withBody = withBodyBlocks;

// A Party committee's prose plan, in the words of a Huyện ủy plan implementing the conclusion: four task areas, each
// assigned by subject in "Tổ chức thực hiện".
const OPENING = p(
  "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:",
); // 10
const TASKS: SpecParagraph[] = [
  h("I. MỤC ĐÍCH, YÊU CẦU"), // 11
  p("Quán triệt sâu rộng tinh thần Kết luận tới toàn thể cán bộ, đảng viên và Nhân dân trong huyện."), // 12
  h("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"), // 13
  h("1. Tập trung phát triển kinh tế - xã hội nhanh, bền vững"), // 14
  p(
    "Duy trì, nâng cao chất lượng các chỉ tiêu đã đạt và vượt; chỉ đạo quyết liệt công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm.",
  ), // 15
  h("2. Bảo đảm quốc phòng, an ninh; làm tốt công tác tiếp công dân"), // 16
  p(
    "Lãnh đạo thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương; giữ vững an ninh chính trị, trật tự an toàn xã hội.",
  ), // 17
  h("3. Xây dựng Đảng, hệ thống chính trị trong sạch, vững mạnh"), // 18
  p(
    "Quan tâm công tác giáo dục chính trị, tư tưởng; làm tốt công tác cán bộ; tăng cường công tác kiểm tra, giám sát, thi hành kỷ luật đảng.",
  ), // 19
  h("4. Đổi mới, nâng cao hiệu quả công tác dân vận"), // 20
  p("Nâng cao hiệu quả công tác dân vận của hệ thống chính trị; thực hiện tốt Quy chế dân chủ ở cơ sở."), // 21
  h("III. TỔ CHỨC THỰC HIỆN"), // 22
];
const ALL_UNITS = p(
  "1. Các chi, đảng bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với điều kiện thực tế.",
);
const ECONOMY = p(
  "2. Đảng đoàn HĐND, Ban cán sự đảng UBND huyện lãnh đạo, chỉ đạo cụ thể hóa các nhiệm vụ phát triển kinh tế - xã hội thành chương trình, kế hoạch của chính quyền.",
);
const DEFENCE = p(
  "3. Đảng ủy Quân sự, Đảng ủy Công an huyện lãnh đạo thực hiện nhiệm vụ quốc phòng, an ninh trên địa bàn.",
);
const PARTY = p(
  "4. Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy theo chức năng, nhiệm vụ tham mưu thực hiện các nội dung có liên quan.",
);
const MASS = p(
  "5. Ban Dân vận Huyện ủy chủ trì, phối hợp với Mặt trận Tổ quốc và các đoàn thể hướng dẫn thực hiện công tác dân vận.",
);
const OFFICE = p(
  "6. Văn phòng Huyện ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Huyện ủy và Văn phòng Tỉnh ủy.",
);
const partyProse = (...organisation: SpecParagraph[]): DocSpec =>
  withBody(partyPlan(), [OPENING, ...TASKS, ...organisation]);

// A State plan's task table (the columns of Kế hoạch CCHC 2026 của tỉnh Lâm Đồng, its Phụ lục).
const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 70, 30, 30, 25],
  rows: [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện"], ...rows].map((r) =>
    r.map(cell),
  ),
});
const ROWS = {
  groupI: ["I", "Cải cách thể chế", "", "", ""],
  i1: [
    "1",
    "Định kỳ thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực",
    "Trước ngày 31/01 năm liền kề",
    "Sở Tư pháp; UBND các xã, phường, đặc khu",
    "",
  ],
  i2: ["2", "Tham mưu UBND tỉnh triển khai ứng dụng AI trong phổ biến, giáo dục pháp luật", "Trong năm 2026", "", ""],
  groupII: ["II", "Cải cách thủ tục hành chính", "", "", ""],
  ii1: [
    "1",
    "Tổ chức rà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý",
    "",
    "Các sở, ban, ngành",
    "Văn phòng UBND tỉnh",
  ],
  ii2: ["2", "Tổ chức thanh tra trách nhiệm thực hiện nhiệm vụ công vụ của cán bộ, công chức", "", "", ""],
  ii3: [
    "3",
    "Tham mưu ban hành Kế hoạch tuyên truyền công tác cải cách hành chính năm 2026",
    "Ban hành kế hoạch trong tháng 01/2026",
    "Sở Nội vụ",
    "Các cơ quan, đơn vị, địa phương",
  ],
  // A vertically merged task cell reads as empty: the row continues task II.3 (its second product).
  ii3b: ["", "", "Ban hành kế hoạch trong tháng 01/2026", "Các cơ quan, đơn vị, địa phương", ""],
};
const stateTable = (rows: string[][]): DocSpec =>
  withBody(statePlan(), [
    p("Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính nhà nước năm 2026 như sau:"), // 10
    h("I. NHIỆM VỤ"), // 11
    p("(Phân công nhiệm vụ theo bảng dưới đây)"), // 12
    taskTable(rows), // 13: header row (5 paragraphs), then 5 paragraphs a row
    h("II. TỔ CHỨC THỰC HIỆN"),
    p("Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
  ]);
/** Paragraph of the task cell of table row `r` (1 = the first row under the header) in `stateTable`. */
const taskCell = (r: number): number => 13 + 5 * r + 1;

const BASIS = "Thông lệ xây dựng kế hoạch: mỗi nhiệm vụ có cơ quan chủ trì và thời gian hoàn thành";

runRuleTester(taskOwner, {
  valid: [
    { name: "the Party sample: its tasks section is one undivided paragraph", doc: partyPlan() },
    { name: "the State sample", doc: statePlan() },
    {
      name: "a Party prose plan assigning every area by subject in Tổ chức thực hiện",
      doc: partyProse(ALL_UNITS, ECONOMY, DEFENCE, PARTY, MASS, OFFICE),
    },
    {
      name: "an area led in its own words (Ban Dân vận Huyện ủy chủ trì ...) needs nothing in Tổ chức thực hiện",
      doc: variant(partyProse(ALL_UNITS, ECONOMY, DEFENCE, PARTY, OFFICE), (d) => {
        const area = d.blocks[4 + 1 + 10];
        if (area?.type !== "paragraph") throw new Error("unexpected body");
        area.text =
          "Ban Dân vận Huyện ủy chủ trì, phối hợp với Mặt trận Tổ quốc hướng dẫn nâng cao hiệu quả công tác dân vận.";
      }),
    },
    {
      name: "a plan that gives the whole plan to every unit, and no area to anyone in particular",
      doc: partyProse(ALL_UNITS, OFFICE),
    },
    {
      name: "a plan that gives the whole plan to one named body",
      doc: partyProse(
        p(
          "1. Giao Văn phòng Huyện ủy chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai thực hiện Kế hoạch này.",
        ),
      ),
    },
    {
      name: "a task table assigning every row (group rows and a continuation row are not tasks)",
      doc: stateTable([ROWS.groupI, ROWS.i1, ROWS.groupII, ROWS.ii3, ROWS.ii3b]),
    },
    {
      name: "a report is not a plan",
      doc: variant(stateReport(), (d) => {
        d.blocks.splice(4, d.blocks.length - 5, h("I. NHIỆM VỤ"), taskTable([ROWS.i2, ROWS.ii2]));
      }),
    },
  ],
  invalid: [
    {
      name: "a Party plan whose defence area nobody leads",
      doc: partyProse(ALL_UNITS, ECONOMY, PARTY, MASS, OFFICE),
      findings: [
        {
          message:
            "Mục II “NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM”: 1 nhóm nhiệm vụ chưa giao cơ quan, đơn vị chủ trì, trong nhóm cũng như ở phần “Tổ chức thực hiện” (II.2 “Bảo đảm quốc phòng, an ninh”)",
          severity: "warning",
          paragraph: 16,
          basis:
            /^Thông lệ xây dựng kế hoạch: mỗi nhiệm vụ có cơ quan chủ trì và thời gian hoàn thành; Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục 2\.8: “cụ thể hóa/,
        },
      ],
    },
    {
      name: "two areas nobody leads: one finding listing both",
      doc: partyProse(ALL_UNITS, ECONOMY, PARTY, OFFICE),
      findings: [
        {
          message:
            "Mục II “NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM”: 2 nhóm nhiệm vụ chưa giao cơ quan, đơn vị chủ trì, trong nhóm cũng như ở phần “Tổ chức thực hiện” (II.2 “Bảo đảm quốc phòng, an ninh”, II.4 “Đổi mới, nâng cao hiệu quả công tác dân vận”)",
          paragraph: 16,
        },
      ],
    },
    {
      name: "Văn phòng theo dõi, đôn đốc does not lead an area",
      doc: partyProse(ECONOMY, DEFENCE, PARTY, OFFICE),
      findings: [
        { message: /: 1 nhóm nhiệm vụ .* \(II\.4 “Đổi mới, nâng cao hiệu quả công tác dân vận”\)$/, paragraph: 20 },
      ],
    },
    {
      name: "a task table with rows missing the lead, the time, or both",
      doc: stateTable([ROWS.groupI, ROWS.i1, ROWS.i2, ROWS.groupII, ROWS.ii1, ROWS.ii2, ROWS.ii3, ROWS.ii3b]),
      findings: [
        {
          message: "Bảng nhiệm vụ (mục I): 1 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ I.2)",
          severity: "warning",
          paragraph: taskCell(3),
          // The State sample cites the conclusion: its item 2.8 asks to make it concrete.
          basis: new RegExp(`^${BASIS}; Kết luận`),
        },
        {
          message: "Bảng nhiệm vụ (mục I): 1 nhiệm vụ chưa có thời gian hoàn thành (nhiệm vụ II.1)",
          severity: "warning",
          paragraph: taskCell(5),
        },
        {
          message:
            "Bảng nhiệm vụ (mục I): 1 nhiệm vụ chưa có cả cơ quan, đơn vị chủ trì lẫn thời gian hoàn thành (nhiệm vụ II.2)",
          severity: "warning",
          paragraph: taskCell(6),
        },
      ],
    },
    {
      name: "a task table without a time column",
      doc: withBody(statePlan(), [
        h("I. NHIỆM VỤ"), // 10
        {
          type: "table",
          columnWidthsMm: [10, 100, 50],
          rows: [
            ["TT", "Nội dung", "Trách nhiệm thực hiện"],
            ["1", "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính năm 2026", "Sở Nội vụ"],
            ["2", "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử tỉnh", "Văn phòng UBND tỉnh"],
          ].map((r) => r.map(cell)),
        }, // 11..19
      ]),
      findings: [
        {
          message:
            "Bảng nhiệm vụ (mục I) không có cột thời gian hoàn thành: 2 nhiệm vụ chưa có thời hạn; thêm cột “Thời gian hoàn thành”",
          paragraph: 12,
        },
      ],
    },
  ],
});

describe("plan/task-owner on the real plans (test/fixtures/real)", () => {
  it.each(REAL_PLANS)("%s assigns every task: no finding", (name) => {
    const found = checkDocument(realDocument(name), { rules: ["plan/task-owner"] }).findings;
    expect(found.map((f) => f.message)).toEqual([]);
  });
});

/**
 * Word's vertically merged cells (w:vMerge): one lead or one deadline written once for several rows. The cells
 * below hold no text, Word shows the first one's; the plan assigns every row.
 */
describe("plan/task-owner on a task table with vertically merged lead and time cells", () => {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const tc = (text: string, merge?: "restart" | "continue") =>
    `<w:tc><w:tcPr>${merge === undefined ? "" : merge === "restart" ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>"}</w:tcPr><w:p>${text === "" ? "" : run(text)}</w:p></w:tc>`;
  const table = (mergeLead: boolean) =>
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run("PHỤ LỤC")}</w:p>` +
    `<w:p>${run("(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20 tháng 12 năm 2023 của Phòng Kinh tế và Hạ tầng)")}</w:p>` +
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>` +
    `<w:tr>${tc("STT")}${tc("Nhiệm vụ")}${tc("Chủ trì")}${tc("Thời gian hoàn thành")}</w:tr>` +
    [
      ["1", "Rà soát thủ tục hành chính lĩnh vực xây dựng", "Sở Xây dựng", "Quý I/2024"],
      ["2", "Công bố danh mục thủ tục hành chính nội bộ", "", ""],
      ["3", "Số hóa hồ sơ thủ tục hành chính", "", ""],
    ]
      .map(
        ([n, task, lead, time], i) =>
          `<w:tr>${tc(n!)}${tc(task!)}${tc(lead!, mergeLead ? (i === 0 ? "restart" : "continue") : undefined)}${tc(time!, i === 0 ? "restart" : "continue")}</w:tr>`,
      )
      .join("") +
    `</w:tbl><w:p/>`;
  const plan = (mergeLead: boolean) => withSections(statePlan(), [{ xml: table(mergeLead), section: A4_LANDSCAPE }]);
  const findings = (bytes: Uint8Array) =>
    checkDocument(readDocument(bytes), { rules: ["plan/task-owner"] }).findings.map((f) => f.message);

  it("reads the merged cells as Word shows them: every row has its lead and its time", () => {
    expect(findings(plan(true))).toEqual([]);
  });

  it("still reports rows whose lead cell is empty and not merged", () => {
    expect(findings(plan(false))).toEqual([
      "Bảng nhiệm vụ (PHỤ LỤC): 2 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 2, 3)",
    ]);
  });
});
