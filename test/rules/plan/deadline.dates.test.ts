/**
 * plan/deadline: how a deadline's date is said (a full date as written, a day under a year header, spaces typed in a
 * date), how a draft's header date is read when its day is blank (spaces typed twice, a month that does not exist, no
 * year at all), and one finding per task table.
 */
import { rule as deadline } from "../../../src/rules/plan/deadline";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, setCellText, statePlan, variant } from "../../support/samples";

const h = (text: string): SpecParagraph => p(text, { bold: true });
const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][], timeHeader = "Thời gian hoàn thành"): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 80, 40, 35],
  rows: [["STT", "Nhiệm vụ", timeHeader, "Chủ trì thực hiện"], ...rows].map((r) => r.map(cell)),
});
/**
 * The State sample (dated 20/12/2023, implementing the conclusion) with one task row, its time cell `time` (paragraph
 * 17); `date` replaces the header's date line.
 */
const stateWith = (time: string, date?: string, timeHeader?: string): DocSpec =>
  variant(
    withBody(statePlan(), [
      h("I. NHIỆM VỤ"), // 10
      taskTable([["1", "Tổ chức thực hiện nhiệm vụ cải cách hành chính", time, "Phòng Nội vụ"]], timeHeader), // 11..
      h("II. TỔ CHỨC THỰC HIỆN"),
      p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
    ]),
    (d) => {
      if (date !== undefined) setCellText(d, 0, 1, 2, date);
    },
  );
const TIME_CELL = 17;

/** The Party sample (dated 15/9/2023, implementing the conclusion) with one task paragraph (12). */
const partyWith = (task: string): DocSpec =>
  withBody(partyPlan(), [
    p(
      "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch:",
    ), // 10
    h("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"), // 11
    p(task), // 12
    h("II. TỔ CHỨC THỰC HIỆN"), // 13
    p("Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch."), // 14
  ]);

const HORIZON = "“cuối nhiệm kỳ 2020-2025” (31/12/2025) mà Kết luận đặt ra";
const EARLY = (deadline: string, until: string, planDate: string): string =>
  `Thời hạn “${deadline}” (đến hết ngày ${until}) sớm hơn ngày ban hành kế hoạch (${planDate}): nhiệm vụ đã quá hạn khi ban hành`;

runRuleTester(deadline, {
  valid: [
    {
      name: "a draft dated tháng 12 with the spaces typed twice: a deadline in that month is not past",
      doc: stateWith("Trong tháng 12/2025", "Lục Nam, ngày      tháng  12  năm  2025"),
    },
  ],
  invalid: [
    {
      name: "a full date typed with spaces around its slashes names its day: no last day added",
      doc: stateWith("Trước ngày 15 / 01 / 2026"),
      findings: [{ message: `Thời hạn “15 / 01 / 2026” muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL }],
    },
    {
      name: "a date written in words (ngày ... tháng ... năm ...) names its day: no last day added",
      doc: stateWith("Trước ngày 15 tháng 01 năm 2026"),
      findings: [{ message: `Thời hạn “ngày 15 tháng 01 năm 2026” muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL }],
    },
    {
      name: "the same with two spaces after ngày, in running text",
      doc: partyWith("Hoàn thành sắp xếp đơn vị hành chính cấp xã trước ngày  15 tháng 01 năm 2026."),
      findings: [{ message: `Thời hạn “ngày  15 tháng 01 năm 2026” muộn hơn mốc ${HORIZON}`, paragraph: 12 }],
    },
    {
      name: "a day without a year under a “Thời gian (Năm 2026)” header: the year read is said",
      doc: stateWith("ngày 23 tháng 1", undefined, "Thời gian thực hiện (Năm 2026)"),
      findings: [{ message: `Thời hạn “ngày 23 tháng 1” (23/01/2026) muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL }],
    },
    {
      name: "a draft dated tháng 12, day blank, the spaces typed twice: compared from 1 December",
      doc: stateWith("Trong tháng 11/2025", "Lục Nam, ngày      tháng  12  năm  2025"),
      findings: [{ message: EARLY("tháng 11/2025", "30/11/2025", "tháng 12/2025"), paragraph: TIME_CELL }],
    },
    {
      name: "a draft with only its year, typed after two spaces: compared from 1 January",
      doc: stateWith("Trong năm 2024", "Lục Nam, ngày      tháng      năm  2025"),
      findings: [{ message: EARLY("năm 2024", "31/12/2024", "năm 2025"), paragraph: TIME_CELL }],
    },
    {
      name: "a draft dated in a month that does not exist (tháng 13): compared from its year",
      doc: stateWith("Trong năm 2024", "Lục Nam, ngày      tháng 13 năm 2025"),
      findings: [{ message: EARLY("năm 2024", "31/12/2024", "năm 2025"), paragraph: TIME_CELL }],
    },
    {
      name: "a draft dated in month 0: compared from its year",
      doc: stateWith("Trong năm 2024", "Lục Nam, ngày      tháng 0 năm 2025"),
      findings: [{ message: EARLY("năm 2024", "31/12/2024", "năm 2025"), paragraph: TIME_CELL }],
    },
    {
      name: "a draft whose date line is all blank (no year): still held to the horizon",
      doc: stateWith("Trong quý I/2026", "Lục Nam, ngày      tháng      năm      "),
      findings: [
        { message: `Thời hạn “quý I/2026” (đến hết ngày 31/3/2026) muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL },
      ],
    },
    {
      name: "a frame naming the same last day twice past the horizon: the first wording is said",
      doc: stateWith("Hoàn thành trong quý II/2026, báo cáo kết quả trước ngày 30/6/2026"),
      findings: [
        { message: `Thời hạn “quý II/2026” (đến hết ngày 30/6/2026) muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL },
      ],
    },
    {
      name: "a frame naming the same last day twice before the plan: the first wording is said",
      doc: stateWith("Hoàn thành trong tháng 11/2023, báo cáo kết quả trước ngày 30/11/2023"),
      findings: [{ message: EARLY("tháng 11/2023", "30/11/2023", "20/12/2023"), paragraph: TIME_CELL }],
    },
    {
      name: "two task tables with deadlines past the horizon: one finding for each table",
      doc: withBody(statePlan(), [
        h("I. NHIỆM VỤ CẢI CÁCH THỂ CHẾ"), // 10
        taskTable([["1", "Rà soát văn bản quy phạm pháp luật", "Quý I/2026", "Phòng Tư pháp"]]), // 11..18
        h("II. NHIỆM VỤ CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), // 19
        taskTable([
          ["1", "Công bố danh mục thủ tục hành chính", "Quý II/2026", "Văn phòng HĐND và UBND huyện"],
          ["2", "Số hóa hồ sơ thủ tục hành chính", "Quý III/2026", "Văn phòng HĐND và UBND huyện"],
        ]), // 20..31: the time cells are 26 and 30
        h("III. TỔ CHỨC THỰC HIỆN"),
        p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      findings: [
        { message: `Thời hạn “Quý I/2026” (đến hết ngày 31/3/2026) muộn hơn mốc ${HORIZON}`, paragraph: TIME_CELL },
        {
          message: `Thời hạn “Quý II/2026” (đến hết ngày 30/6/2026) muộn hơn mốc ${HORIZON}; bảng còn 1 thời hạn khác như vậy`,
          paragraph: 26,
        },
      ],
    },
  ],
});
