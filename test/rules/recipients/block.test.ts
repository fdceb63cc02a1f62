import { rule as recipientsBlock } from "../../../src/rules/recipients/block";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(recipientsBlock, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
  ],
  invalid: [
    {
      name: "State recipient line 11.5 pt: just over 11 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 11.5)),
      findings: [
        {
          message: "Dòng nơi nhận: cỡ chữ 11.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 11 pt",
          severity: "error",
          paragraph: P.recipientLines[0],
        },
      ],
    },
    {
      name: "State recipient line 10.5 pt: just under 11 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 10.5)),
      findings: [{ message: "Dòng nơi nhận: cỡ chữ 10.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 11 pt", severity: "error" }],
    },
    {
      name: "Party recipient line 12.5 pt: just over 12 pt (practice: a warning)",
      doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 12.5)),
      findings: [{ message: "Dòng nơi nhận: cỡ chữ 12.5 pt; HD 36-HD/VPTW yêu cầu 12 pt", severity: "warning" }],
    },
    {
      name: "Party recipient line 11.5 pt: just under 12 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 11.5)),
      findings: [{ message: "Dòng nơi nhận: cỡ chữ 11.5 pt; HD 36-HD/VPTW yêu cầu 12 pt", severity: "warning" }],
    },
    {
      name: "State recipient lines at 12 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 12)),
      findings: [
        { message: "Dòng nơi nhận: cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 11 pt", severity: "error", paragraph: 18 },
      ],
    },
    {
      name: "no recipients block",
      doc: variant(partyPlan(), (d) => {
        for (let k = 0; k < 4; k++) setCellText(d, SIG, 0, k, "");
      }),
      findings: [{ message: /^Không thấy khối “Nơi nhận:”/, severity: "warning", paragraph: null }],
    },
    {
      name: "recipients in the right column",
      doc: variant(partyPlan(), (d) => {
        const t = d.blocks[d.blocks.length - 1]!;
        if (t.type === "table") t.rows[0]!.reverse();
      }),
      findings: [{ message: /^Khối “Nơi nhận:” đặt ở cột phải/ }],
    },
  ],
});
