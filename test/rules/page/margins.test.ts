import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageMargins } from "../../../src/rules/page/margins";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import { runRawRuleTester, runRuleTester } from "../../support/ruleTester";
import { partyPlan, stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const SEVERAL_SECTIONS = "Word documents with several sections";

runRuleTester(pageMargins, {
  valid: [
    { name: "Party 20/20/30/15", doc: partyPlan() },
    { name: "State 20/20/30/15 (lower ends of the ranges)", doc: stateReport() },
    {
      name: "State 25/25/35/20 (upper ends)",
      doc: variant(stateReport(), (d) => (d.page.marginsMm = { top: 25, bottom: 25, left: 35, right: 20 })),
    },
    { name: "Party margins within ±1 mm", doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 30.9)) },
    {
      // 20.9 not 21: the file stores twips, and 21 mm is 1190.55 twips, written 1191 (21.01 mm)
      name: "Party 19/20.9/29/16: each side just inside ±1 mm",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm = { top: 19, bottom: 20.9, left: 29, right: 16 })),
    },
    {
      name: "State 19/26/29/20.9: each side just inside ±1 mm of its range",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm = { top: 19, bottom: 26, left: 29, right: 20.9 };
        d.page.headerDistanceMm = 2;
      }),
    },
  ],
  invalid: [
    {
      name: "Party left margin 25 mm is a warning (the value is practice, not firm)",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 25)),
      findings: [{ message: "Lề trái 25 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại", severity: "warning" }],
    },
    {
      name: "State margins a little outside the ranges, as issued documents carry them: warnings, one per side",
      // Header and footer 2 mm from the edge: the margins themselves decide where the text prints.
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm = { top: 15, bottom: 12.5, left: 25.4, right: 20.5 };
        d.page.headerDistanceMm = 2;
      }),
      findings: [
        { message: "Lề trên 15 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
        { message: "Lề dưới 12.5 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
        { message: "Lề trái 25.4 mm, chưa đúng 30–35 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State margins far outside the ranges are errors",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm = { top: 5, bottom: 20, left: 20, right: 30 };
        d.page.headerDistanceMm = 0;
      }),
      findings: [
        { message: "Lề trên 5 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" },
        { message: "Lề trái 20 mm; NĐ 30/2020/NĐ-CP yêu cầu 30–35 mm", severity: "error" },
        { message: "Lề phải 30 mm; NĐ 30/2020/NĐ-CP yêu cầu 15–20 mm", severity: "error" },
      ],
    },
    {
      name: "a 5 mm bottom margin on a one-page letter: the text never reaches it, a warning",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.bottom = 5)),
      findings: [
        {
          message:
            "Lề dưới 5 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; chữ chưa kín một trang nên chưa chạm tới lề này, vẫn nên chỉnh lại",
          severity: "warning",
        },
      ],
    },
    {
      name: "a 5 mm bottom margin on a document of several pages is an error",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm.bottom = 5;
        longBody(d);
      }),
      findings: [{ message: "Lề dưới 5 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" }],
    },
    {
      name: "Party left margin 28.9 mm: 1.1 mm out of the tolerance",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 28.9)),
      findings: [
        { message: "Lề trái 28.9 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "Party right margin 16.1 mm",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.right = 16.1)),
      findings: [
        { message: "Lề phải 16.1 mm, chưa đúng 15 mm theo HD 36-HD/VPTW; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State right margin 21.1 mm: just over the range's tolerance, a warning",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.right = 21.1)),
      findings: [
        { message: "Lề phải 21.1 mm, chưa đúng 15–20 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State left margin 36.1 mm",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.left = 36.1)),
      findings: [
        { message: "Lề trái 36.1 mm, chưa đúng 30–35 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    // the warning band (5 mm at the sides, 10 mm top and bottom, plus the tolerance): just inside, just past
    {
      name: "State left margin 24.1 mm: 5.9 mm short, still a warning",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.left = 24.1)),
      findings: [
        { message: "Lề trái 24.1 mm, chưa đúng 30–35 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State left margin 23.9 mm: 6.1 mm short, an error",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.left = 23.9)),
      findings: [{ message: "Lề trái 23.9 mm; NĐ 30/2020/NĐ-CP yêu cầu 30–35 mm", severity: "error" }],
    },
    {
      name: "State top margin 9.1 mm: 10.9 mm short, a warning",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm.top = 9.1;
        d.page.headerDistanceMm = 2;
      }),
      findings: [
        { message: "Lề trên 9.1 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State top margin 8.9 mm: an error",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm.top = 8.9;
        d.page.headerDistanceMm = 2;
      }),
      findings: [{ message: "Lề trên 8.9 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" }],
    },
    {
      name: "State top margin 35.9 mm: 10.9 mm over, a warning",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.top = 35.9)),
      findings: [
        { message: "Lề trên 35.9 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State top margin 36.1 mm: an error",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.top = 36.1)),
      findings: [{ message: "Lề trên 36.1 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" }],
    },
    {
      name: "a forced profile applies its own values",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.right = 19)),
      profile: "party",
      findings: [{ message: "Lề phải 19 mm, chưa đúng 15 mm theo HD 36-HD/VPTW; nên chỉnh lại" }],
    },
  ],
});

runRawRuleTester(pageMargins, SEVERAL_SECTIONS, {
  valid: [
    {
      name: "a landscape appendix with its margins turned (binding edge on top: 30/20/20/20)",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]),
    },
    {
      name: "a landscape appendix keeping the portrait margins side for side (20/20/30/15)",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [20, 20, 30, 15] } },
        ]),
    },
  ],
  invalid: [
    {
      name: "a landscape appendix with narrow margins: one warning, no fix (never reflows the table)",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [18.3, 4.9, 25.4, 19.1] } },
        ]),
      findings: [
        {
          message:
            "Trang ngang (bảng, biểu) ở phần (section) thứ 2 của văn bản để lề trên/dưới/trái/phải 18.3/4.9/25.4/19.1 mm; khi xoay ngang nên giữ lề của NĐ 30/2020/NĐ-CP theo cạnh tương ứng: cạnh đóng gáy (lề trên) 30–35 mm, cạnh đối diện 15–20 mm, hai bên 20–25 mm",
          severity: "warning",
        },
      ],
    },
    {
      name: "a landscape section of running text is judged as the portrait page it should be",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC", false), section: { ...A4_LANDSCAPE, marginsMm: [30, 20, 20, 20] } },
        ]),
      findings: [
        // Sorted as the CLI prints them: errors first at the same paragraph.
        { message: /^Lề trái 20 mm ở phần \(section\) thứ 2 của văn bản; NĐ 30/, severity: "error" },
        { message: /^Lề trên 30 mm ở phần \(section\) thứ 2 của văn bản, chưa đúng 20–25 mm/, severity: "warning" },
      ],
    },
  ],
});

describe("page/margins: one finding for sections with the same margins", () => {
  it("two portrait sections with a 12.5 mm bottom margin give one warning whose fix covers both", () => {
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.marginsMm.bottom = 12.5)),
      [
        {
          xml: appendixXml("PHỤ LỤC", false),
          section: { widthMm: 210, heightMm: 297, marginsMm: [20, 12.5, 30, 15] },
        },
      ],
    );
    const f = checkDocument(readDocument(docx), { rules: ["page/margins"] }).findings;
    expect(f.map((x) => x.message)).toEqual([
      "Lề dưới 12.5 mm ở 2 phần (section) của văn bản, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại",
    ]);
    expect(f[0]!.fix!.edits.map((e) => (e.kind === "setPageMargins" ? [e.section, e.marginsMm.bottom] : []))).toEqual([
      [0, 20],
      [1, 20],
    ]);
  });
});

describe("page/margins judges where the text really starts", () => {
  /** The State report with a 0 mm top margin under its page-number header, the header `headerMm` from the edge. */
  function pushedTop(headerMm: number): Finding[] {
    const model = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => (d.page.marginsMm.top = 0)))));
    // w:pgMar w:header, as the reader is to carry it (Section.margins.headerMm).
    Object.assign(model.sections[0]!.margins, { headerMm });
    return checkDocument(model, { rules: ["page/margins"] }).findings;
  }

  it("a header 12.7 mm from the edge pushes the text to about 18 mm: a warning that says so", () => {
    expect(pushedTop(12.7).map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Lề trên 0 mm (đầu trang đẩy chữ cách mép khoảng 17.7 mm), chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại",
      ],
    ]);
  });

  it("a header 16 mm from the edge puts the text at 21 mm: nothing to say", () => {
    expect(pushedTop(16)).toEqual([]);
  });

  it("without the header distance the 0 mm margin is judged as set: an error", () => {
    const model = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => (d.page.marginsMm.top = 0)))));
    Object.assign(model.sections[0]!.margins, { headerMm: undefined });
    const f = checkDocument(model, { rules: ["page/margins"] }).findings;
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ["error", "Lề trên 0 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm"],
    ]);
  });
});
