/**
 * plan/task-owner on task tables: how many task numbers a finding lists, one finding per table (a table's rows are
 * its own, not another table's nor the prose tasks'), a table without a time column, and the basis of a plan that
 * does not implement the conclusion.
 */
import { rule as taskOwner } from "../../../src/rules/plan/task-owner";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import { planNotCitingTheConclusion, statePlan } from "../../support/samples";

const h = (text: string): SpecParagraph => p(text, { bold: true });
const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const table = (header: string[], rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: header.map((_, k) => (k === 1 ? 80 : 30)),
  rows: [header, ...rows].map((r) => r.map(cell)),
});
/** Four columns: STT, Nhiệm vụ, Thời gian hoàn thành, Chủ trì thực hiện (4 paragraphs a row). */
const timedTable = (rows: string[][]): SpecTable =>
  table(["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện"], rows);
/** Three columns, no time column: TT, Nội dung, Trách nhiệm thực hiện (3 paragraphs a row). */
const untimedTable = (rows: string[][]): SpecTable => table(["TT", "Nội dung", "Trách nhiệm thực hiện"], rows);

/** `n` numbered rows with a time and no lead. */
const unled = (n: number): string[][] =>
  Array.from({ length: n }, (_, k) => [
    String(k + 1),
    `Rà soát thủ tục hành chính lĩnh vực số ${k + 1}`,
    "Quý IV/2024",
    "",
  ]);

/** The State sample with one task table under "I. NHIỆM VỤ" (paragraph 10): the table starts at paragraph 11. */
const stateWith = (t: SpecTable): DocSpec =>
  withBody(statePlan(), [
    h("I. NHIỆM VỤ"), // 10
    t, // 11..
    h("II. TỔ CHỨC THỰC HIỆN"),
    p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
  ]);
/** Task cell of row r (1 = first under the header) of a four-column table starting at paragraph 11. */
const taskCell = (r: number): number => 11 + 4 * r + 1;

const BASIS = "Thông lệ xây dựng kế hoạch: mỗi nhiệm vụ có cơ quan chủ trì và thời gian hoàn thành";

runRuleTester(taskOwner, {
  valid: [
    {
      name: "a table of leads without a time column that lists no task yet (only a group row): nothing to say",
      doc: stateWith(untimedTable([["I", "CẢI CÁCH THỂ CHẾ", ""]])),
    },
  ],
  invalid: [
    {
      name: "ten rows without a lead: every number is listed",
      doc: stateWith(timedTable(unled(10))),
      findings: [
        {
          message:
            "Bảng nhiệm vụ (mục I): 10 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)",
          paragraph: taskCell(1),
        },
      ],
    },
    {
      name: "twelve rows without a lead: the first ten are listed and the others counted",
      doc: stateWith(timedTable(unled(12))),
      findings: [
        {
          message:
            "Bảng nhiệm vụ (mục I): 12 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 và 2 nhiệm vụ khác)",
          severity: "warning",
          paragraph: taskCell(1),
        },
      ],
    },
    {
      name: "two task tables, the second with a row without a lead: one finding, for the second table only",
      doc: withBody(statePlan(), [
        h("I. NHIỆM VỤ CẢI CÁCH THỂ CHẾ"), // 10
        timedTable([["1", "Rà soát văn bản quy phạm pháp luật", "Quý IV/2024", "Phòng Tư pháp"]]), // 11..18
        h("II. NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), // 19
        timedTable([
          ["1", "Công bố danh mục thủ tục hành chính", "Quý IV/2024", "Văn phòng HĐND và UBND huyện"],
          ["2", "Số hóa hồ sơ thủ tục hành chính", "Quý IV/2024", ""],
        ]), // 20..31: row 2's task cell is 29
        h("III. TỔ CHỨC THỰC HIỆN"),
        p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      findings: [
        {
          message: "Bảng nhiệm vụ (mục II): 1 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 2)",
          paragraph: 29,
        },
      ],
    },
    {
      name: "a table without a time column inside a task area: its own rows are counted, not the prose tasks beside it",
      doc: withBody(statePlan(), [
        h("I. MỤC ĐÍCH, YÊU CẦU"), // 10
        p("Nâng cao chất lượng công tác cải cách hành chính trên địa bàn huyện."), // 11
        h("II. NHIỆM VỤ, GIẢI PHÁP"), // 12
        p("1. Tuyên truyền về cải cách hành chính"), // 13
        untimedTable([
          ["1", "Tổ chức Cuộc thi tìm hiểu về cải cách hành chính", "Phòng Nội vụ"],
          ["2", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử huyện", ""],
        ]), // 14..22: the header's task cell is 15, row 2's 21
        p("2. Phòng Nội vụ chủ trì kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị."), // 23
        h("III. TỔ CHỨC THỰC HIỆN"),
        p("Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      findings: [
        {
          message:
            "Bảng nhiệm vụ (mục II) không có cột thời gian hoàn thành: 2 nhiệm vụ chưa có thời hạn; thêm cột “Thời gian hoàn thành”",
          severity: "warning",
          paragraph: 15,
        },
        {
          message: "Bảng nhiệm vụ (mục II): 1 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 2)",
          severity: "warning",
          paragraph: 21,
        },
      ],
    },
    {
      name: "a plan that does not implement the conclusion: the basis is the practice alone",
      doc: withBody(planNotCitingTheConclusion(), [
        h("I. NHIỆM VỤ"), // 10
        timedTable([["1", "Rà soát thủ tục hành chính nội bộ", "Quý IV/2024", ""]]), // 11..18
        h("II. TỔ CHỨC THỰC HIỆN"),
        p("Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      findings: [
        {
          message: "Bảng nhiệm vụ (mục I): 1 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 1)",
          paragraph: taskCell(1),
          basis: BASIS,
        },
      ],
    },
  ],
});
