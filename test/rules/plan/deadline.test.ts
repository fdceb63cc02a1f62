import { checkDocument } from "../../../src/check";
import { rule as deadline } from "../../../src/rules/plan/deadline";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph, REAL_PLANS, realDocument, withBodyBlocks } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import {
  partyPlan,
  planNotCitingTheConclusion,
  setCellText,
  statePlan,
  stateReport,
  variant,
} from "../../support/samples";

const p = bodyParagraph;
/** The sample with its body (blocks 4 to the signature table) replaced; the body starts at paragraph 10. */
const withBody = withBodyBlocks;

/** The Party sample (dated 15/9/2023, implementing the conclusion) with a tasks section and Tổ chức thực hiện. */
const partyWith = (
  task: string,
  organisation = "Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.",
): DocSpec =>
  withBody(partyPlan(), [
    p(
      "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch:",
    ), // 10
    p("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }), // 11
    p(task), // 12
    p("II. TỔ CHỨC THỰC HIỆN", { bold: true }), // 13
    p(organisation), // 14
  ]);

const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 80, 40, 35],
  rows: [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện"], ...rows].map((r) => r.map(cell)),
});
/** The State sample (dated 20/12/2023) with a task table; its row r's time cell is paragraph 11 + 4r + 2. */
const stateWith = (rows: string[][], date?: string): DocSpec =>
  variant(
    withBody(statePlan(), [
      p("I. NHIỆM VỤ", { bold: true }), // 10
      taskTable(rows), // 11..
      p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
      p("Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
    ]),
    (d) => {
      if (date !== undefined) setCellText(d, 0, 1, 2, date);
    },
  );
const timeCell = (r: number): number => 11 + 4 * r + 2;

const HORIZON = "“cuối nhiệm kỳ 2020-2025” (31/12/2025) mà Kết luận đặt ra";

runRuleTester(deadline, {
  valid: [
    { name: "the Party sample", doc: partyPlan() },
    { name: "the State sample", doc: statePlan() },
    {
      name: "deadlines after the plan's date and within the term",
      doc: partyWith(
        "Các chi, đảng bộ tổ chức quán triệt Kế hoạch này, hoàn thành trước ngày 30/9/2023; hoàn thành diễn tập khu vực phòng thủ trong quý IV/2025.",
      ),
    },
    {
      name: "a cited resolution's horizon is not a deadline (the seed's own words)",
      doc: partyWith(
        "Gắn kết việc thực hiện nhiệm vụ nửa nhiệm kỳ còn lại với thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị về phát triển kinh tế - xã hội vùng Trung du và miền núi Bắc bộ đến năm 2030, tầm nhìn đến năm 2045; khắc phục bất cập trong Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
      ),
    },
    {
      name: "a cited decision's date in a time cell is not a deadline; a day without a year is none",
      doc: stateWith([
        [
          "1",
          "Tiếp tục triển khai Quyết định số 1441/QĐ-UBND ngày 25/9/2023 của Chủ tịch UBND tỉnh",
          "Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2023 của Chủ tịch UBND tỉnh",
          "Văn phòng UBND huyện",
        ],
        ["2", "Công bố danh mục văn bản hết hiệu lực", "Trước ngày 31/01 năm liền kề", "Phòng Tư pháp"],
        ["3", "Kiểm tra, rà soát văn bản quy phạm pháp luật", "Thường xuyên", "Phòng Tư pháp"],
      ]),
    },
    {
      name: "a plan dated 12/2025 (day still blank) with tasks for tháng 12/2025",
      // It implements the conclusion too: 31/12/2025 is the last day of the term.
      doc: stateWith(
        [["1", "Ban hành kế hoạch đào tạo, bồi dưỡng năm 2026", "Chậm nhất là ngày 31/12/2025", "Phòng Nội vụ"]],
        "Lục Nam, ngày      tháng 12 năm 2025",
      ),
    },
    {
      name: "a plan that does not implement the conclusion has no horizon",
      doc: withBodyBlocks(planNotCitingTheConclusion(), [
        p("I. NHIỆM VỤ", { bold: true }),
        p("Hoàn thành sắp xếp đơn vị hành chính trong năm 2026."),
        p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
        p("Thời gian thực hiện Kế hoạch: từ khi ban hành đến hết năm 2030."),
      ]),
    },
    {
      name: "a report is not a plan",
      doc: withBodyBlocks(stateReport(), [
        p("I. NHIỆM VỤ", { bold: true }),
        taskTable([["1", "Báo cáo", "Trước ngày 15/12/2023", "Phòng Nội vụ"]]),
      ]),
    },
  ],
  invalid: [
    {
      name: "a task due after the end of the term the conclusion sets",
      doc: partyWith("Hoàn thành sắp xếp đơn vị hành chính cấp xã trong quý II/2026."),
      findings: [
        {
          message: `Thời hạn “quý II/2026” (đến hết ngày 30/6/2026) muộn hơn mốc ${HORIZON}`,
          severity: "warning",
          paragraph: 12,
          basis:
            /^Thông lệ xây dựng kế hoạch: thời hạn của nhiệm vụ .*; Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục 2\.8/,
        },
      ],
    },
    {
      name: "the plan's own time frame in Tổ chức thực hiện",
      doc: partyWith(
        "Tập trung phát triển kinh tế - xã hội nhanh, bền vững.",
        "Thời gian thực hiện Kế hoạch: từ khi ban hành đến hết năm 2026.",
      ),
      findings: [{ message: `Thời hạn “năm 2026” (đến hết ngày 31/12/2026) muộn hơn mốc ${HORIZON}`, paragraph: 14 }],
    },
    {
      name: "a deadline already past when the plan is dated",
      doc: stateWith([
        ["1", "Ban hành kế hoạch tuyên truyền năm 2024", "Trước ngày 15/12/2023", "Phòng Văn hóa và Thông tin"],
        ["2", "Tổ chức hội nghị sơ kết", "Trong tháng 01/2024", "Văn phòng HĐND và UBND huyện"],
      ]),
      findings: [
        {
          message:
            "Thời hạn “15/12/2023” sớm hơn ngày ban hành kế hoạch (20/12/2023): nhiệm vụ đã quá hạn khi ban hành",
          severity: "warning",
          paragraph: timeCell(1),
        },
      ],
    },
    {
      name: "a draft whose day is blank: compared from the first day of its month",
      doc: stateWith(
        [["1", "Ban hành kế hoạch kiểm tra", "Trong tháng 11/2025", "Phòng Nội vụ"]],
        "Lục Nam, ngày      tháng 12 năm 2025",
      ),
      findings: [
        {
          message:
            "Thời hạn “tháng 11/2025” (đến hết ngày 30/11/2025) sớm hơn ngày ban hành kế hoạch (tháng 12/2025): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: timeCell(1),
        },
      ],
    },
    {
      name: "a table's time cells past the horizon: one finding for the table, at its first",
      doc: stateWith([
        ["1", "Tổ chức hội nghị sơ kết", "Quý IV/2025", "Văn phòng HĐND và UBND huyện"],
        ["2", "Hoàn thành sắp xếp đơn vị sự nghiệp", "Trong quý I/2026", "Phòng Nội vụ"],
        ["3", "Tổng kết thực hiện Kết luận", "Tháng 6/2026", "Phòng Nội vụ"],
      ]),
      findings: [
        {
          message: `Thời hạn “quý I/2026” (đến hết ngày 31/3/2026) muộn hơn mốc ${HORIZON}; bảng còn 1 thời hạn khác như vậy`,
          paragraph: timeCell(2),
        },
      ],
    },
    {
      name: "a range is due at its end",
      doc: stateWith([["1", "Kiểm tra công tác cải cách hành chính", "Từ tháng 3 đến tháng 9/2026", "Phòng Nội vụ"]]),
      findings: [{ message: `Thời hạn “tháng 9/2026” (đến hết ngày 30/9/2026) muộn hơn mốc ${HORIZON}` }],
    },
  ],
});

describe("plan/deadline on the real plans (test/fixtures/real)", () => {
  it.each(REAL_PLANS)("%s: no deadline before its date (they do not implement the conclusion: no horizon)", (name) => {
    const found = checkDocument(realDocument(name), { rules: ["plan/deadline"] }).findings;
    expect(found.map((f) => f.message)).toEqual([]);
  });

  it("kh-cchc-2026-issued.docx, if it implemented the conclusion, would be past the term in its 2026 tasks", () => {
    const found = checkDocument(realDocument("kh-cchc-2026-issued.docx"), {
      rules: ["plan/deadline"],
      implementsConclusion: true,
    }).findings;
    // One finding for Tổ chức thực hiện's "chậm nhất là ngày 15/01/2026", one for the Phụ lục's table at its first
    // late row, I.4 "Trong năm 2026" (not I.2 "Trước ngày 31/01 năm liền kề", paragraph 190: no year).
    expect(found.map((f) => [f.paragraph, f.message])).toEqual([
      [126, `Thời hạn “15/01/2026” muộn hơn mốc ${HORIZON}`],
      [204, `Thời hạn “năm 2026” (đến hết ngày 31/12/2026) muộn hơn mốc ${HORIZON}; bảng còn 18 thời hạn khác như vậy`],
    ]);
    expect(found.some((f) => f.paragraph === 190)).toBe(false);
  });
});
