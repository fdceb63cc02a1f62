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

/** A QUY CHẾ issued with a decision: no number or date of its own, it carries the decision's. */
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

runRuleTester(headerNumber, {
  valid: [
    { name: "a QUY CHẾ issued with a decision carries the decision's number", doc: attachedRules() },
    {
      name: "an en dash read as the hyphen: Party “Số 85–KH/HU”",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85–KH/HU")),
    },
    {
      name: "an en dash read as the hyphen: State “Số: 215/BC–KTHT”",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số: 215/BC–KTHT")),
    },
    {
      name: "a công văn of the issuing body itself, one code: “Số: 45/UBND”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/UBND");
        blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
      }),
    },
    {
      name: "a type outside the list (PHIẾU TRÌNH) numbered its own way: no type code to hold it against",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/PT-VP");
        blockPara(d, 1).text = "PHIẾU TRÌNH";
      }),
    },
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
      name: "Party number with a slash after the number: “Số 85/KH/HU”",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85/KH/HU")),
      findings: [
        {
          message: "Số ký hiệu “Số 85/KH/HU” sai dấu phân cách; văn bản của Đảng viết “Số 85-KH/HU” (mẫu: Số 85-KH/HU)",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a công văn without a number: an error, a công văn is numbered",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "");
        blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
      }),
      findings: [
        {
          message:
            "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; NĐ 30/2020/NĐ-CP yêu cầu ghi số, ký hiệu",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
    {
      name: "no type name and no number: a warning",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "");
        blockPara(d, 1).text = "";
        blockPara(d, 2).text = "";
      }),
      findings: [
        {
          message:
            "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; văn bản không có tên loại không thuộc danh mục tên loại của NĐ 30/2020/NĐ-CP, loại này thường không ghi số: xem lại nếu văn bản cần số",
          severity: "warning",
          paragraph: 0,
        },
      ],
    },
    {
      name: "State “Số.” with a dot: no colon",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số. 215/BC-KTHT")),
      findings: [
        {
          message:
            "Số ký hiệu “Số. 215/BC-KTHT” thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 215/BC-KTHT”",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a legal document's number without a colon: the fix keeps its year",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số 30/2020/NĐ-CP");
        blockPara(d, 1).text = "NGHỊ ĐỊNH";
      }),
      findings: [
        {
          message:
            "Số ký hiệu “Số 30/2020/NĐ-CP” thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 30/2020/NĐ-CP”",
        },
      ],
    },
    {
      name: "an office's own numbering without a colon: the fix keeps the number as written",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số 130-12/BC-KTHT")),
      findings: [
        {
          message:
            "Số ký hiệu “Số 130-12/BC-KTHT” thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 130-12/BC-KTHT”",
          severity: "error",
        },
        {
          message:
            "Số “130-12” trong “Số 130-12/BC-KTHT” không phải một số thứ tự; NĐ 30/2020/NĐ-CP ghi số thứ tự (05, 123), văn bản quy phạm thêm năm (30/2020)",
          severity: "warning",
          paragraph: 3,
        },
      ],
    },
    {
      name: "Party symbol with a hyphen between the codes: “Số 85-KH-HU”",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85-KH-HU")),
      findings: [
        {
          message: "Số ký hiệu “Số 85-KH-HU” sai dấu phân cách; văn bản của Đảng viết “Số 85-KH/HU” (mẫu: Số 85-KH/HU)",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a number with no symbol cannot be read: “Số: 215”",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số: 215")),
      findings: [
        {
          message: "Không đọc được số, ký hiệu “Số: 215”; văn bản hành chính nhà nước viết theo mẫu “Số: 215/KH-SCT”",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a plan numbered with the issuer's code alone: “Số: 12/UBND”",
      doc: variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số: 12/UBND")),
      findings: [
        {
          message: "Ký hiệu “UBND” thiếu chữ viết tắt tên loại “KẾ HOẠCH” (“KH”); NĐ 30/2020/NĐ-CP",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a Party plan numbered with two codes, neither a type code: “Số 85-HU/VP”",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85-HU/VP")),
      findings: [{ message: "Ký hiệu “HU/VP” thiếu chữ viết tắt tên loại “KẾ HOẠCH” (“KH”); HD 36-HD/VPTW" }],
    },
    {
      name: "a PHIẾU TRÌNH without a number: a warning, the type is outside the list",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "");
        blockPara(d, 1).text = "PHIẾU TRÌNH";
      }),
      findings: [
        {
          message:
            "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; văn bản “PHIẾU TRÌNH” không thuộc danh mục tên loại của NĐ 30/2020/NĐ-CP, loại này thường không ghi số: xem lại nếu văn bản cần số",
          severity: "warning",
          paragraph: 0,
        },
      ],
    },
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
      findings: [
        {
          message: "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; HD 36-HD/VPTW yêu cầu ghi số, ký hiệu",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
  ],
});
