/** recipients/label. Real Word layouts of the recipients, calibrated severities: test/model/structure/recipients. */
import { rule as recipientsLabel } from "../../../src/rules/recipients/label";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(recipientsLabel, {
  valid: [
    { name: "Party: 14 pt underlined", doc: partyPlan() },
    { name: "State: 12 pt bold italic", doc: stateReport() },
  ],
  invalid: [
    {
      name: "State label 12.5 pt: a wrong size is a warning (issued documents carry 11–14 pt)",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 0).sizePt = 12.5)),
      findings: [
        {
          message: "Chữ “Nơi nhận:”: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12 pt",
          severity: "warning",
          paragraph: P.label,
        },
      ],
    },
    {
      name: "State label 11.5 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 0).sizePt = 11.5)),
      findings: [{ message: "Chữ “Nơi nhận:”: cỡ chữ 11.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12 pt", severity: "warning" }],
    },
    {
      name: "Party label 14.5 pt: just over 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 0, 0).sizePt = 14.5)),
      findings: [{ message: "Chữ “Nơi nhận:”: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 14 pt", severity: "warning" }],
    },
    {
      name: "Party label 13.5 pt: just under 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 0, 0).sizePt = 13.5)),
      findings: [{ message: "Chữ “Nơi nhận:”: cỡ chữ 13.5 pt; HD 36-HD/VPTW yêu cầu 14 pt", severity: "warning" }],
    },
    {
      name: "Party label bold, no colon",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 0, "Nơi nhận");
        cellPara(d, SIG, 0, 0).bold = true;
      }),
      findings: [
        { message: "Viết “Nơi nhận”; HD 36-HD/VPTW yêu cầu “Nơi nhận:”", severity: "warning", paragraph: P.label },
        { message: "Chữ “Nơi nhận:” in đậm; HD 36-HD/VPTW yêu cầu không in đậm" },
      ],
    },
    {
      name: "State label underlined and not italic",
      doc: variant(stateReport(), (d) => Object.assign(cellPara(d, SIG, 0, 0), { italic: false })),
      findings: [
        { message: "Chữ “Nơi nhận:” không in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu in nghiêng", severity: "error" },
      ],
    },
  ],
});
