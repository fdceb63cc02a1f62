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
