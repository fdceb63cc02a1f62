/**
 * plan/deadline: which date of a time frame is reported, how a period and a draft's blank date are said, when the
 * same deadline recurs in the running text, and the basis of a plan that does not implement the conclusion.
 */
import { rule as deadline } from "../../../src/rules/plan/deadline";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, planNotCitingTheConclusion, setCellText, statePlan, variant } from "../../support/samples";

const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 80, 40, 35],
  rows: [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện"], ...rows].map((r) => r.map(cell)),
});
/** The State sample (dated 20/12/2023, implementing the conclusion) with one task row; its time cell is paragraph 17. */
const stateWith = (time: string, date?: string): DocSpec =>
  variant(
    withBody(statePlan(), [
      p("I. NHIỆM VỤ", { bold: true }), // 10
      taskTable([["1", "Tổ chức thực hiện nhiệm vụ cải cách hành chính", time, "Phòng Nội vụ"]]), // 11..
      p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
      p("Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
    ]),
    (d) => {
      if (date !== undefined) setCellText(d, 0, 1, 2, date);
    },
  );
const TIME_CELL = 17;

/** The Party sample (dated 15/9/2023, implementing the conclusion): a task (paragraph 12) and Tổ chức thực hiện (14). */
const partyWith = (task: string, organisation: string): DocSpec =>
  withBody(partyPlan(), [
    p(
      "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch:",
    ), // 10
    p("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }), // 11
    p(task), // 12
    p("II. TỔ CHỨC THỰC HIỆN", { bold: true }), // 13
    p(organisation), // 14
  ]);

const HORIZON = "“cuối nhiệm kỳ 2020-2025” (31/12/2025) mà Kết luận đặt ra";
const LATE = (deadline: string, until: string): string =>
  `Thời hạn “${deadline}” (đến hết ngày ${until}) muộn hơn mốc ${HORIZON}`;

runRuleTester(deadline, {
  valid: [
    {
      name: "a deadline on the plan's own day is not past",
      doc: stateWith("Trước ngày 20/12/2023"),
    },
  ],
  invalid: [
    {
      name: "a frame with two dates past the horizon: the later one is said",
      doc: stateWith("Ban hành trong tháng 01/2026, kiểm tra chậm nhất trong tháng 6/2026"),
      findings: [{ message: LATE("tháng 6/2026", "30/6/2026"), paragraph: TIME_CELL }],
    },
    {
      name: "a frame with two dates before the plan: the earlier one is said",
      doc: stateWith("Ban hành trong tháng 10/2023, kiểm tra chậm nhất trong tháng 11/2023"),
      findings: [
        {
          message:
            "Thời hạn “tháng 10/2023” (đến hết ngày 31/10/2023) sớm hơn ngày ban hành kế hoạch (20/12/2023): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "the same, the later date written first",
      doc: stateWith("Hoàn thành chậm nhất trong tháng 6/2026, báo cáo tiến độ trong tháng 01/2026"),
      findings: [{ message: LATE("tháng 6/2026", "30/6/2026"), paragraph: TIME_CELL }],
    },
    {
      name: "the same before the plan, the later date written first",
      doc: stateWith("Hoàn thành chậm nhất trong tháng 11/2023, báo cáo tiến độ trong tháng 10/2023"),
      findings: [
        {
          message:
            "Thời hạn “tháng 10/2023” (đến hết ngày 31/10/2023) sớm hơn ngày ban hành kế hoạch (20/12/2023): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "a plan dated in the first days of January: its day and month are said with a leading zero",
      doc: stateWith("Trong tháng 12/2023", "Lục Nam, ngày 05 tháng 01 năm 2024"),
      findings: [
        {
          message:
            "Thời hạn “tháng 12/2023” (đến hết ngày 31/12/2023) sớm hơn ngày ban hành kế hoạch (05/01/2024): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "a draft dated in January, day blank: its month is said, not its year",
      doc: stateWith("Trong tháng 12/2023", "Lục Nam, ngày      tháng 1 năm 2024"),
      findings: [
        {
          message:
            "Thời hạn “tháng 12/2023” (đến hết ngày 31/12/2023) sớm hơn ngày ban hành kế hoạch (tháng 01/2024): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "February's last day is written with its month's leading zero",
      doc: stateWith("Trong tháng 2/2026"),
      findings: [{ message: LATE("tháng 2/2026", "28/02/2026"), paragraph: TIME_CELL }],
    },
    {
      name: "a draft dated in February, day blank: its month is said with a leading zero",
      doc: stateWith("Trong tháng 1/2026", "Lục Nam, ngày      tháng 2 năm 2026"),
      findings: [
        { message: LATE("tháng 1/2026", "31/01/2026"), paragraph: TIME_CELL },
        {
          message:
            "Thời hạn “tháng 1/2026” (đến hết ngày 31/01/2026) sớm hơn ngày ban hành kế hoạch (tháng 02/2026): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "a draft with only its year: compared from 1 January",
      doc: stateWith("Trong năm 2024", "Lục Nam, ngày      tháng      năm 2025"),
      findings: [
        {
          message:
            "Thời hạn “năm 2024” (đến hết ngày 31/12/2024) sớm hơn ngày ban hành kế hoạch (năm 2025): nhiệm vụ đã quá hạn khi ban hành",
          paragraph: TIME_CELL,
        },
      ],
    },
    {
      name: "a draft with no date at all is still held to the horizon",
      doc: stateWith("Trong quý I/2026", ""),
      findings: [{ message: LATE("quý I/2026", "31/3/2026"), paragraph: TIME_CELL }],
    },
    {
      name: "the same deadline twice in the running text: said once, at its first place",
      doc: partyWith(
        "Hoàn thành sắp xếp đơn vị hành chính cấp xã trong quý II/2026.",
        "Tổng kết việc thực hiện Kế hoạch trong quý II/2026.",
      ),
      findings: [{ message: `${LATE("quý II/2026", "30/6/2026")}; cùng thời hạn này còn ở 1 chỗ khác`, paragraph: 12 }],
    },
    {
      name: "two different deadlines in the running text: one finding each",
      doc: partyWith(
        "Hoàn thành sắp xếp đơn vị hành chính cấp xã trong quý II/2026.",
        "Tổng kết việc thực hiện Kế hoạch trong quý IV/2026.",
      ),
      findings: [
        { message: LATE("quý II/2026", "30/6/2026"), paragraph: 12 },
        { message: LATE("quý IV/2026", "31/12/2026"), paragraph: 14 },
      ],
    },
    {
      name: "a plan that does not implement the conclusion: the basis is the practice alone",
      doc: withBody(planNotCitingTheConclusion(), [
        p("I. NHIỆM VỤ", { bold: true }),
        p("Hoàn thành rà soát thủ tục hành chính trước ngày 01/9/2023."),
        p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
        p("Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch."),
      ]),
      findings: [
        {
          message: "Thời hạn “01/9/2023” sớm hơn ngày ban hành kế hoạch (15/9/2023): nhiệm vụ đã quá hạn khi ban hành",
          basis: /^Thông lệ xây dựng kế hoạch: thời hạn của nhiệm vụ [^;]*$/,
        },
      ],
    },
  ],
});
