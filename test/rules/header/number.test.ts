import { rule as headerNumber } from "../../../src/rules/header/number";
import { runRuleTester } from "../../support/ruleTester";
import {
  blockPara,
  cellPara,
  partyPlan,
  partyReport,
  setCellText,
  statePlan,
  stateReport,
  variant,
} from "../../support/samples";

runRuleTester(headerNumber, {
  valid: [
    {
      name: "a Party number's size is not set (HD 36 gives none): 11 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 0, 3).sizePt = 11)),
    },
    { name: "Party “Số 85-KH/HU”", doc: partyPlan() },
    { name: "Party report “Số 112-BC/HU”", doc: partyReport() },
    { name: "State “Số: 215/BC-KTHT”", doc: stateReport() },
    { name: "State plan “Số: 09/KH-KTHT”", doc: statePlan() },
    {
      name: "a legal document's number carries its year: “Số: 30/2020/NĐ-CP”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 30/2020/NĐ-CP");
        blockPara(d, 1).text = "NGHỊ ĐỊNH";
      }),
    },
    {
      name: "a decision of a department: “Số: 1234/QĐ-SYT”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 1234/QĐ-SYT");
        blockPara(d, 1).text = "QUYẾT ĐỊNH";
      }),
    },
    {
      name: "a tờ trình: “Số: 45/TTr-SNV”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/TTr-SNV");
        blockPara(d, 1).text = "TỜ TRÌNH";
      }),
    },
    {
      name: "a công văn has no type code: “Số: 45/UBND-VX” with its “V/v” line",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/UBND-VX");
        blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
      }),
    },
  ],
  invalid: [
    {
      name: "State number 14 pt: over 13 pt as issued documents carry it, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 3).sizePt = 14)),
      findings: [
        {
          message:
            "Số, ký hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 3,
        },
      ],
    },
    {
      name: "State number 14.5 pt: past what is tolerated, an error",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 3).sizePt = 14.5)),
      findings: [{ message: "Số, ký hiệu: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13 pt", severity: "error" }],
    },
    {
      name: "State number 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 3).sizePt = 12.5)),
      findings: [{ message: "Số, ký hiệu: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13 pt", severity: "error" }],
    },
    {
      name: "a blank number in a draft: its normal state, an info only",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số     -KH/HU")),
      findings: [{ message: /^Số văn bản còn để trống/, severity: "info", paragraph: 3 }],
    },
    {
      name: "Party number with a colon",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số: 85-KH/HU")),
      findings: [
        {
          message: "Số ký hiệu “Số: 85-KH/HU” có dấu hai chấm; văn bản của Đảng viết “Số 85-KH/HU”",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "Party number in the State form",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số: 85/KH-HU")),
      findings: [{ message: /có dấu hai chấm/ }, { message: /sai dấu phân cách; .* viết “Số 85-KH\/HU”/ }],
    },
    {
      name: "Party number under 10 without a leading zero",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 5-KH/HU")),
      findings: [{ message: "Số văn bản “5” nhỏ hơn 10 phải viết “05”; HD 36-HD/VPTW: “Số 05-KH/HU”" }],
    },
    {
      name: "State number without a colon, 15 pt",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số 215/BC-KTHT");
        cellPara(d, 0, 0, 3).sizePt = 15;
      }),
      findings: [
        { message: "Số, ký hiệu: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 13 pt", severity: "error" },
        { message: /thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 215\/BC-KTHT”/ },
      ],
    },
    {
      name: "a draft's blank number in the State form: an info only",
      doc: variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số:      /KH-UBND")),
      findings: [
        {
          message:
            "Số văn bản còn để trống (“Số:      /KH-UBND”): bình thường ở bản dự thảo, văn thư ghi số khi ban hành",
          severity: "info",
        },
      ],
    },
    {
      name: "a decision numbered with the notice code",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 12/TB-UBND");
        blockPara(d, 1).text = "QUYẾT ĐỊNH";
      }),
      findings: [
        {
          message: "Ký hiệu loại văn bản “TB” không khớp tên loại “QUYẾT ĐỊNH” (ký hiệu đúng: “QĐ”)",
          severity: "error",
        },
      ],
    },
    {
      name: "a plan numbered as a công văn, without its type code",
      doc: variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số: 12/UBND-VX")),
      findings: [
        {
          message: "Ký hiệu “UBND-VX” thiếu chữ viết tắt tên loại “KẾ HOẠCH” (“KH”); NĐ 30/2020/NĐ-CP",
          severity: "error",
        },
      ],
    },
    {
      name: "an office's own numbering (“130-12/PT-NC”): a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số: 130-12/BC-KTHT")),
      findings: [{ message: /^Số “130-12” trong “Số: 130-12\/BC-KTHT” không phải một số thứ tự/, severity: "warning" }],
    },
    {
      name: "a plan numbered with the report code",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85-BC/HU")),
      findings: [{ message: "Ký hiệu loại văn bản “BC” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “KH”)" }],
    },
    {
      name: "no number line",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "")),
      findings: [{ message: /^Không thấy số, ký hiệu văn bản/, paragraph: 0 }],
    },
  ],
});
