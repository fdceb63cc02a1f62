/** signature/block. Real Word layouts of the signature, calibrated severities: test/model/structure/recipients. */
import { rule as signatureBlock } from "../../../src/rules/signature/block";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(signatureBlock, {
  valid: [
    {
      name: "State name at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 13)),
    },
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    { name: "Party position line may be bold", doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 1, 1).bold = true)) },
  ],
  invalid: [
    {
      name: "State name 14.5 pt: half a point over, invisible on paper, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 14.5)),
      findings: [
        {
          message: "Họ tên người ký: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "warning",
          paragraph: 23,
        },
      ],
    },
    {
      name: "State name 15 pt: an error",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 15)),
      findings: [{ message: "Họ tên người ký: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "State name 12.5 pt: half a point under, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 12.5)),
      findings: [
        { message: "Họ tên người ký: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "warning" },
      ],
    },
    {
      name: "State name 12 pt: an error",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 12)),
      findings: [{ message: "Họ tên người ký: cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "Party name 14.5 pt: just over 14 pt (practice: a warning)",
      doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 1, 2).sizePt = 14.5)),
      findings: [{ message: "Họ tên người ký: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 14 pt", severity: "warning" }],
    },
    {
      name: "Party authority line not bold, name 13 pt: warnings (practice)",
      doc: variant(partyPlan(), (d) => {
        cellPara(d, SIG, 1, 0).bold = false;
        cellPara(d, SIG, 1, 2).sizePt = 13;
      }),
      findings: [
        { message: "Dòng quyền hạn ký không in đậm; HD 36-HD/VPTW yêu cầu in đậm", severity: "warning", paragraph: 21 },
        { message: "Họ tên người ký: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt", paragraph: 23 },
      ],
    },
    {
      name: "State position not bold: an error (firm)",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 1).bold = false)),
      findings: [{ message: "Chức vụ người ký không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", severity: "error" }],
    },
    {
      name: "no signer's name yet",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 2, "")),
      findings: [{ message: "Chưa có họ tên người ký dưới chức vụ “BÍ THƯ”", severity: "warning" }],
    },
  ],
});
