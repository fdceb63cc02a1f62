import { rule as headerDate } from "../../../src/rules/header/date";
import { runRuleTester } from "../../support/ruleTester";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, cellPara, partyPlan, partyReport, setCellText, stateReport, variant } from "../../support/samples";

const attachedRules = () =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 3, "");
    setCellText(d, 0, 1, 2, "");
    blockPara(d, 1).text = "QUY CHẾ";
    blockPara(d, 2).text = "làm việc của Phòng Kinh tế và Hạ tầng";
    d.blocks.splice(3, 0, {
      type: "paragraph",
      text: "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân huyện)",
      align: "center",
      italic: true,
    });
  });

/** A State document with no date in its header and `signed` just above the signature table (a phiếu trình's way). */
const datedAtTheEnd = (typeName: string, signed: string): DocSpec =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 1, 2, "");
    blockPara(d, 1).text = typeName;
    d.blocks.splice(d.blocks.length - 1, 0, { type: "paragraph", text: signed, align: "right", italic: true });
  });
/** "Ngày ___ tháng 9 năm 2025" with as many underscores as make it `length` characters long. */
const blankDayLine = (length: number): string => `Ngày ${"_".repeat(length - 22)} tháng 9 năm 2025`;
const elsewhere = (found: string) =>
  `Ngày tháng năm ghi ở đoạn 18 (“${found}”), không ở phần đầu dưới quốc hiệu, tiêu ngữ; NĐ 30/2020/NĐ-CP ghi địa danh, ngày tháng năm ở phần đầu`;

runRuleTester(headerDate, {
  valid: [
    {
      name: "day 10 takes no leading zero",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 10 tháng 9 năm 2023")),
    },
    {
      name: "a place without a comma is still a place: “Huế ngày ...”",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Huế ngày 15 tháng 9 năm 2023")),
    },
    { name: "a QUY CHẾ issued with a decision carries the decision's date", doc: attachedRules() },
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
      name: "a blank day only: an info",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày     tháng 9 năm 2023")),
      findings: [
        {
          message:
            "Ngày ban hành còn để trống (“Lục Nam, ngày     tháng 9 năm 2023”): bình thường ở bản dự thảo, văn thư ghi ngày khi ban hành",
          severity: "info",
          paragraph: 6,
        },
      ],
    },
    {
      name: "a blank month only: an info",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 15 tháng     năm 2023")),
      findings: [
        {
          message:
            "Ngày ban hành còn để trống (“Lục Nam, ngày 15 tháng     năm 2023”): bình thường ở bản dự thảo, văn thư ghi ngày khi ban hành",
          severity: "info",
        },
      ],
    },
    {
      name: "a phiếu trình dated where it is signed: a warning at that paragraph",
      doc: datedAtTheEnd("PHIẾU TRÌNH", "Ngày 25 tháng 9 năm 2025"),
      findings: [{ message: elsewhere("Ngày 25 tháng 9 năm 2025"), severity: "warning", paragraph: 17 }],
    },
    {
      name: "a report dated where it is signed: a warning too (issued ones do this)",
      doc: datedAtTheEnd("BÁO CÁO", "Ngày 25 tháng 9 năm 2025"),
      findings: [{ message: elsewhere("Ngày 25 tháng 9 năm 2025"), severity: "warning", paragraph: 17 }],
    },
    {
      name: "a date line of 89 characters at the end is a date line",
      doc: datedAtTheEnd("PHIẾU TRÌNH", blankDayLine(89)),
      findings: [{ message: /^Ngày tháng năm ghi ở đoạn 18 \(“Ngày _{44}…”\)/, severity: "warning", paragraph: 17 }],
    },
    {
      name: "a line of 90 characters is no date line: the date is missing",
      doc: datedAtTheEnd("PHIẾU TRÌNH", blankDayLine(90)),
      findings: [
        {
          message:
            "Không thấy địa danh, ngày tháng năm ban hành ở phần đầu; văn bản “PHIẾU TRÌNH” không thuộc danh mục tên loại của NĐ 30/2020/NĐ-CP, loại này thường không ghi: xem lại",
          severity: "warning",
          paragraph: 0,
        },
      ],
    },
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
      findings: [
        {
          message: "Thiếu địa danh trước ngày tháng (“Lục Nam, ngày ...”); HD 36-HD/VPTW yêu cầu ghi địa danh",
          severity: "error",
          paragraph: 6,
        },
      ],
    },
    {
      name: "no date",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "")),
      findings: [
        {
          message:
            // Undated, the Party document is held to the regulation in force now (QĐ 399 and HD 05 since 09/01/2026).
            "Không thấy địa danh, ngày tháng năm ban hành (“..., ngày ... tháng ... năm ...”); QĐ 399-QĐ/TW và HD 05-HD/VPTW yêu cầu ghi",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
  ],
});
