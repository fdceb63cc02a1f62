import { rule as headerDate } from "../../../src/rules/header/date";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, partyReport, setCellText, stateReport, variant } from "../../support/samples";

runRuleTester(headerDate, {
  valid: [
    {
      name: "State date at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 2).sizePt = 13)),
    },
    { name: "Party “ngày 15 tháng 9”", doc: partyPlan() },
    { name: "Party “ngày 05 tháng 02”", doc: partyReport() },
    { name: "State “ngày 20 tháng 12”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party date 14.5 pt: just over 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 1, 2).sizePt = 14.5)),
      findings: [
        {
          message: "Địa danh, ngày tháng năm: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 14 pt",
          severity: "error",
          paragraph: 6,
        },
      ],
    },
    {
      name: "Party date 13.5 pt: just under 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 1, 2).sizePt = 13.5)),
      findings: [{ message: "Địa danh, ngày tháng năm: cỡ chữ 13.5 pt; HD 36-HD/VPTW yêu cầu 14 pt" }],
    },
    {
      name: "State date 14.5 pt: just over 14 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 2).sizePt = 14.5)),
      findings: [
        { message: "Địa danh, ngày tháng năm: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" },
      ],
    },
    {
      name: "State date 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 2).sizePt = 12.5)),
      findings: [
        { message: "Địa danh, ngày tháng năm: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" },
      ],
    },
    {
      name: "a blank day and month in a draft: its normal state, an info only",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày     tháng     năm 2023")),
      findings: [{ message: /^Ngày ban hành còn để trống/, severity: "info", paragraph: 6 }],
    },
    {
      name: "day 5 and month 09",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 5 tháng 09 năm 2023")),
      findings: [
        {
          message: "Ngày 5 phải viết “05” (ngày 1–9 có số 0 đứng trước); HD 36-HD/VPTW",
          severity: "error",
          paragraph: 6,
        },
        { message: "Tháng “09” phải viết “9” (tháng 3–12 không có số 0 đứng trước); HD 36-HD/VPTW" },
      ],
    },
    {
      name: "month 2 without a leading zero",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 20 tháng 2 năm 2024")),
      findings: [{ message: "Tháng 2 phải viết “02” (tháng 1, 2 có số 0 đứng trước); NĐ 30/2020/NĐ-CP" }],
    },
    {
      name: "not italic, 13 pt in a Party document",
      doc: variant(partyPlan(), (d) => Object.assign(cellPara(d, 0, 1, 2), { italic: false, sizePt: 13 })),
      findings: [
        { message: "Địa danh, ngày tháng năm: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt" },
        { message: "Địa danh, ngày tháng năm không in nghiêng; HD 36-HD/VPTW yêu cầu in nghiêng" },
      ],
    },
    {
      name: "no place",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "ngày 15 tháng 9 năm 2023")),
      findings: [{ message: /^Thiếu địa danh trước ngày tháng/ }],
    },
    {
      name: "no date",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "")),
      findings: [{ message: /^Không thấy địa danh, ngày tháng năm ban hành/ }],
    },
  ],
});
