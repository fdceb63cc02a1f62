/**
 * text/placeholder, mark by mark: each spelling of a blank day and number (info), each left-over mark (warning), and
 * the near misses that are text: a filled number, two dots, a bracket too long to be a placeholder, "XXI".
 */
import { rule as placeholder } from "../../../src/rules/text/placeholder";
import { runRuleTester } from "../../support/ruleTester";
import { P, stateReport } from "../../support/samples";
import { stateReportBody, withBody } from "../bodyText";

const BASIS = "Kỹ thuật soạn thảo: văn bản trình ký không còn chỗ trống, ký hiệu tạm ([số], ..., …)";
const PLACEHOLDER = (mark: string) => `Còn chỗ trống hoặc ký hiệu tạm “${mark}”; cần điền trước khi trình ký`;
const ISSUANCE = (mark: string) =>
  `Số hoặc ngày để trống “${mark}”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)`;
/** Forty characters: the longest text a bracketed placeholder holds. */
const FORTY = "1234567890".repeat(4);

const body = stateReportBody;

runRuleTester(placeholder, {
  valid: [
    { name: "State report", doc: stateReport() },
    {
      name: "numbers filled in: “Số 85-KH/HU”, “Số: 215/BC-KTHT”",
      doc: withBody(stateReport(), "Theo Số 85-KH/HU và Số: 215/BC-KTHT đã ban hành."),
    },
    {
      name: "two dots, two underscores, “./.” are no blanks",
      doc: withBody(stateReport(), "Dấu .. và __ và ./. của Kế hoạch."),
    },
    {
      name: "a bracket, an angle bracket or braces holding 41 characters is text, not a placeholder; “<>” is empty",
      doc: body(`Xem [${FORTY}1] và <${FORTY}1>.`, `Mẫu {{${FORTY}1}} và a <> b.`),
    },
    {
      name: "“XXI”, “AXX”, “X”, “xX”, “XXX1” are no placeholders",
      doc: withBody(stateReport(), "Thế kỷ XXI, mã AXX, hạng X, ký hiệu xX, mã XXX1."),
    },
    { name: "a line of em dashes, a line of en dashes", doc: body("———", "–––") },
  ],
  invalid: [
    {
      name: "a blank day of spaces after a capital “Ngày”, a blank number after a small “số” (an attachment's Kèm theo)",
      doc: body("Ngày    tháng 12 năm 2025", "Kèm theo Quyết định số      /QĐ-UBND ngày 5/5/2025."),
      findings: [
        { message: ISSUANCE("Ngày tháng"), severity: "info", paragraph: P.firstBody },
        { message: ISSUANCE("số /QĐ-UBND"), severity: "info", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a blank day and month of spaces: the mark with its spaces collapsed, an info with its basis",
      doc: withBody(stateReport(), "Lâm Đồng, ngày    tháng    năm 2025"),
      findings: [{ message: ISSUANCE("ngày tháng năm"), severity: "info", paragraph: P.firstBody + 1, basis: BASIS }],
    },
    {
      name: "a blank day of ellipses, a blank day of underscores before a month written",
      doc: body("Lâm Đồng, ngày … tháng … năm", "Lâm Đồng, ngày ___ tháng 5 năm 2025"),
      findings: [
        { message: ISSUANCE("ngày … tháng … năm"), severity: "info", paragraph: P.firstBody },
        { message: ISSUANCE("ngày ___ tháng"), severity: "info", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a blank day of dots glued to the words: “ngày...tháng...năm”",
      doc: withBody(stateReport(), "Lâm Đồng, ngày...tháng...năm 2025"),
      findings: [{ message: ISSUANCE("ngày...tháng...năm"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank day with capitals: “Ngày ... Tháng ... Năm”",
      doc: withBody(stateReport(), "Ngày ... Tháng ... Năm"),
      findings: [{ message: ISSUANCE("Ngày ... Tháng ... Năm"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank number of an ellipsis, of three dots; a blank number before a symbol with digits",
      doc: body("Theo Số …-KH/TU của Tỉnh ủy.", "Theo Số ...-KH/TU của Tỉnh ủy.", "Theo Số  -KH/TU-VP1 của Tỉnh ủy."),
      findings: [
        { message: ISSUANCE("Số …-KH/TU"), severity: "info", paragraph: P.firstBody },
        { message: ISSUANCE("Số ...-KH/TU"), severity: "info", paragraph: P.firstBody + 1 },
        { message: ISSUANCE("Số -KH/TU-VP1"), severity: "info", paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "dots before a year are no blank number: a left-over (“Số ... /2025/NĐ-CP”)",
      doc: withBody(stateReport(), "Theo Nghị định Số ... /2025/NĐ-CP."),
      findings: [{ message: PLACEHOLDER("..."), severity: "warning", paragraph: P.firstBody + 1, basis: BASIS }],
    },
    {
      name: "a bracket, an angle bracket, braces of 40 characters; empty brackets and braces",
      doc: body(`Xem [${FORTY}] và <${FORTY}>.`, `Mẫu {{${FORTY}}} và [] và {{}}.`),
      findings: [
        { message: PLACEHOLDER(`[${FORTY}]`), severity: "warning", paragraph: P.firstBody },
        { message: PLACEHOLDER(`<${FORTY}>`), severity: "warning", paragraph: P.firstBody },
        { message: PLACEHOLDER(`{{${FORTY}}}`), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("[]"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("{{}}"), severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "“xx”, “xxx”, “XXX” stand for a number",
      doc: withBody(stateReport(), "Có xx đơn vị, xxx người và XXX hộ."),
      findings: [
        { message: PLACEHOLDER("xx"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("xxx"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("XXX"), severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "two blanks of underscores with a space between are no line: each reported",
      doc: withBody(stateReport(), "___ ___"),
      findings: [
        { message: PLACEHOLDER("___"), severity: "warning", paragraph: P.firstBody + 1 },
        { message: PLACEHOLDER("___"), severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "two ellipsis characters together are one mark",
      doc: withBody(stateReport(), "Giao …… chủ trì."),
      findings: [{ message: PLACEHOLDER("……"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "underscores glued to a letter are no line: a blank",
      doc: withBody(stateReport(), "____x"),
      findings: [{ message: PLACEHOLDER("____"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
  ],
});
