import { rule as placeholder } from "../../../src/rules/text/placeholder";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const PLACEHOLDER = (mark: string) => `Còn chỗ trống hoặc ký hiệu tạm “${mark}”; cần điền trước khi trình ký`;
const ISSUANCE = (mark: string) =>
  `Số hoặc ngày để trống “${mark}”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)`;

runRuleTester(placeholder, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "“v.v...” and the closing “./.” are not placeholders",
      doc: withBody(partyPlan(), "Các sản phẩm OCOP, v.v... Trên đây là kế hoạch./."),
    },
    // NĐ 30 as published in Word draws the line under the issuer and the motto with a run of underscores.
    { name: "a line of underscores under the motto", doc: withBody(stateReport(), "________________________") },
    {
      name: "a line of underscores centred with spaces is still a line",
      doc: withBody(stateReport(), "      ________________________      "),
    },
    { name: "a line of dashes", doc: withBody(stateReport(), "---------------") },
  ],
  invalid: [
    {
      name: "a blank number and day are left for the clerk (info); “[số]” and “…” are left-overs (warning)",
      doc: variant(withBody(partyPlan(), "Thực hiện Kế hoạch số [số] của Huyện ủy, các xã … báo cáo."), (d) => {
        const t = d.blocks[0]!;
        if (t.type !== "table") return;
        t.rows[0]![0]![3]!.text = "Số     -KH/HU";
        t.rows[0]![1]![2]!.text = "Lục Nam, ngày ... tháng ... năm 2023";
      }),
      findings: [
        {
          message: "Số hoặc ngày để trống “Số -KH/HU”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 3,
        },
        {
          message:
            "Số hoặc ngày để trống “ngày ... tháng ... năm”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 6,
        },
        { message: /“\[số\]”/, severity: "warning", paragraph: P.firstBody + 1 },
        { message: /“…”/, severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "XX for a number",
      doc: withBody(stateReport(), "Đã ban hành XX văn bản chỉ đạo."),
      findings: [{ message: /“XX”/ }],
    },
    {
      name: "a blank of underscores inside a sentence is still a blank",
      doc: withBody(stateReport(), "Giao đồng chí ________ theo dõi."),
      findings: [{ message: /“________”/, severity: "warning" }],
    },
    // Only a paragraph of the line alone is skipped: a blank at the start or the end of a sentence is a blank.
    {
      name: "a blank of underscores ending a paragraph",
      doc: withBody(stateReport(), "Họ và tên người phụ trách: ________"),
      findings: [{ message: PLACEHOLDER("________"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank of underscores starting a paragraph",
      doc: withBody(stateReport(), "________ chủ trì, phối hợp thực hiện."),
      findings: [{ message: PLACEHOLDER("________"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank glued to the word before it",
      doc: withBody(stateReport(), "Người ký:________"),
      findings: [{ message: PLACEHOLDER("________"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    // Marks that touch are each reported once: the bracket, then the dots either side of it.
    {
      name: "dots touching a bracketed placeholder on both sides",
      doc: withBody(stateReport(), "Giao …[tên đơn vị]... chủ trì."),
      findings: [
        { message: PLACEHOLDER("[tên đơn vị]"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("…"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("..."), severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    // The blank day with a single space, and the blank number in its spellings: each an info for the clerk.
    {
      name: "a blank day with one space before “tháng”",
      doc: withBody(stateReport(), "Hà Nội, ngày tháng 12 năm 2025"),
      findings: [{ message: ISSUANCE("ngày tháng"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank day of an underscore and a dot",
      doc: withBody(stateReport(), "Hà Nội, ngày _. tháng 12 năm 2025"),
      findings: [{ message: ISSUANCE("ngày _. tháng"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number after “Số:” of spaces",
      doc: withBody(stateReport(), "Kèm theo Quyết định Số:      /QĐ-UBND"),
      findings: [{ message: ISSUANCE("Số: /QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number with a space before the colon",
      doc: withBody(stateReport(), "Kèm theo Quyết định Số :     /QĐ-UBND"),
      findings: [{ message: ISSUANCE("Số : /QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number of one underscore after the colon",
      doc: withBody(stateReport(), "Kèm theo Quyết định Số:_/QĐ-UBND"),
      findings: [{ message: ISSUANCE("Số:_/QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number of one underscore after “Số: ”",
      doc: withBody(stateReport(), "Kèm theo Quyết định Số: _/QĐ-UBND"),
      findings: [{ message: ISSUANCE("Số: _/QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number of one dot",
      doc: withBody(stateReport(), "Kèm theo Quyết định Số./QĐ-UBND"),
      findings: [{ message: ISSUANCE("Số./QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank day and month with no “năm”: the mark ends at the last blank",
      doc: withBody(stateReport(), "Hà Nội, ngày ... tháng ...   2025"),
      findings: [{ message: ISSUANCE("ngày ... tháng ..."), severity: "info", paragraph: P.firstBody + 1 }],
    },
  ],
});
