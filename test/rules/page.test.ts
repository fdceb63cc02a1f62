import { rule as pageSize } from "../../src/rules/page/size";
import { rule as pageMargins } from "../../src/rules/page/margins";
import { runRuleTester } from "../support/ruleTester";
import { partyPlan, stateReport, variant } from "../support/samples";

const letter = (d: { page: { widthMm: number; heightMm: number } }) => {
  d.page.widthMm = 215.9;
  d.page.heightMm = 279.4;
};

runRuleTester(pageSize, {
  valid: [
    { name: "A4 portrait Party plan", doc: partyPlan() },
    { name: "A4 portrait State report", doc: stateReport() },
    { name: "A4 within the ±2 mm tolerance", doc: variant(partyPlan(), (d) => (d.page.widthMm = 211.5)) },
  ],
  invalid: [
    {
      name: "US Letter in a Party plan is an error citing HD 36",
      doc: variant(partyPlan(), letter),
      findings: [
        {
          message: "Khổ giấy 215.9 × 279.4 mm (Letter); HD 36-HD/VPTW yêu cầu khổ A4 210 × 297 mm",
          severity: "error",
          paragraph: 0,
          basis: /^HD 36-HD\/VPTW, .*khổ giấy/,
        },
      ],
    },
    {
      name: "US Letter in a State report cites NĐ 30/2020, Phụ lục I",
      doc: variant(stateReport(), letter),
      findings: [
        {
          message: /Letter\); NĐ 30\/2020\/NĐ-CP yêu cầu khổ A4/,
          severity: "error",
          basis: /Phụ lục I, Phần I, mục II\.1/,
        },
      ],
    },
    {
      name: "A4 landscape keeps the size but breaks the orientation",
      doc: variant(partyPlan(), (d) => {
        d.page.widthMm = 297;
        d.page.heightMm = 210;
      }),
      findings: [{ message: /nằm ngang/, severity: "error" }],
    },
    {
      name: "A5 is named",
      doc: variant(stateReport(), (d) => {
        d.page.widthMm = 148;
        d.page.heightMm = 210;
      }),
      findings: [{ message: /\(A5\)/ }],
    },
  ],
});

runRuleTester(pageMargins, {
  valid: [
    { name: "Party 20/20/30/15", doc: partyPlan() },
    { name: "State 20/20/30/15 (lower ends of the ranges)", doc: stateReport() },
    {
      name: "State 25/25/35/20 (upper ends)",
      doc: variant(stateReport(), (d) => (d.page.marginsMm = { top: 25, bottom: 25, left: 35, right: 20 })),
    },
    { name: "Party margins within ±1 mm", doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 30.9)) },
  ],
  invalid: [
    {
      name: "Party left margin 25 mm is a warning (the value is practice, not firm)",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 25)),
      findings: [{ message: "Lề trái 25 mm; HD 36-HD/VPTW yêu cầu 30 mm", severity: "warning" }],
    },
    {
      name: "State margins outside the ranges are errors, one per side",
      doc: variant(stateReport(), (d) => (d.page.marginsMm = { top: 15, bottom: 30, left: 25.4, right: 25.4 })),
      findings: [
        { message: "Lề trên 15 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" },
        { message: "Lề dưới 30 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" },
        { message: "Lề trái 25.4 mm; NĐ 30/2020/NĐ-CP yêu cầu 30–35 mm", severity: "error" },
        { message: "Lề phải 25.4 mm; NĐ 30/2020/NĐ-CP yêu cầu 15–20 mm", severity: "error" },
      ],
    },
    {
      name: "a forced profile applies its own values",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.right = 19)),
      profile: "party",
      findings: [{ message: "Lề phải 19 mm; HD 36-HD/VPTW yêu cầu 15 mm" }],
    },
  ],
});
