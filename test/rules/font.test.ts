import { rule as fontFamily } from "../../src/rules/font/family";
import { rule as fontSize } from "../../src/rules/font/size";
import type { DocSpec, SpecBlock } from "../support/docSpec";
import { runRuleTester } from "../support/ruleTester";
import { FIRST_BODY_PARAGRAPH, partyPlan, stateReport, variant } from "../support/samples";

/** Apply a change to every paragraph (table cells included). */
function everyParagraph(d: DocSpec, f: (p: Extract<SpecBlock, { type: "paragraph" }>) => void): void {
  for (const b of d.blocks) {
    if (b.type === "paragraph") f(b);
    else for (const row of b.rows) for (const cell of row) for (const p of cell) f(p);
  }
}

runRuleTester(fontFamily, {
  valid: [
    { name: "Times New Roman from the theme", doc: partyPlan() },
    {
      name: "Times New Roman set directly on runs",
      doc: variant(stateReport(), (d) => everyParagraph(d, (p) => (p.font = "Times New Roman"))),
    },
    {
      name: "case of the font name does not matter",
      doc: variant(partyPlan(), (d) => (d.defaults.font = "times new roman")),
    },
  ],
  invalid: [
    {
      name: "one body paragraph in Arial",
      doc: variant(partyPlan(), (d) => {
        const b = d.blocks[5];
        if (b?.type === "paragraph") b.font = "Arial";
      }),
      findings: [
        {
          message: "Phông chữ Arial; HD 36-HD/VPTW yêu cầu phông Times New Roman",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 1,
          basis: /phông chữ/,
        },
      ],
    },
    {
      name: "a mixed paragraph lists each wrong font once",
      doc: variant(stateReport(), (d) => {
        const b = d.blocks[4];
        if (b?.type === "paragraph") {
          b.runs = [
            { text: "Thực hiện ", font: "Arial" },
            { text: "Kết luận ", font: "Calibri" },
            { text: "số 125-KL/TU", font: "Arial" },
          ];
        }
      }),
      findings: [
        {
          message: "Phông chữ Arial, Calibri; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          paragraph: FIRST_BODY_PARAGRAPH,
        },
      ],
    },
    {
      name: "a theme font other than Times New Roman reaches every paragraph",
      doc: variant(partyPlan(), (d) => (d.defaults.font = "Calibri")),
      // Every paragraph with text: 6 in the header table, 3 in the title block, 7 in the body, 7 in the signature table.
      findings: Array.from({ length: 23 }, () => ({ message: /^Phông chữ Calibri;/ })),
    },
  ],
});

runRuleTester(fontSize, {
  valid: [
    { name: "Party body at 14 pt", doc: partyPlan() },
    { name: "Party body at 15 pt", doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 15)) },
    { name: "State body at 14 pt; 12 pt recipients and 13 pt header are not body text", doc: stateReport() },
    { name: "State body at 13 pt", doc: variant(stateReport(), (d) => (d.defaults.sizePt = 13)) },
  ],
  invalid: [
    {
      name: "Party body at 13 pt: every body paragraph, nothing in the header or signature tables",
      doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 13)),
      findings: Array.from({ length: 7 }, (_, i) => ({
        message: "Cỡ chữ phần nội dung 13 pt; HD 36-HD/VPTW yêu cầu 14–15 pt",
        severity: "error" as const,
        paragraph: FIRST_BODY_PARAGRAPH + i,
      })),
    },
    {
      name: "State body paragraph with a 12 pt run",
      doc: variant(stateReport(), (d) => {
        const b = d.blocks[6];
        if (b?.type === "paragraph") b.sizePt = 12;
      }),
      findings: [
        {
          message: "Cỡ chữ phần nội dung 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
  ],
});
