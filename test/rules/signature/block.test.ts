/** signature/block. Real Word layouts of the signature, calibrated severities: test/model/structure/recipients. */
import { rule as signatureBlock } from "../../../src/rules/signature/block";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(signatureBlock, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    { name: "Party position line may be bold", doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 1, 1).bold = true)) },
  ],
  invalid: [
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
