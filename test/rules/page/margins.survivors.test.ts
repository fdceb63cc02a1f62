/**
 * page/margins, pinned where the rule tests left it loose: a landscape appendix that keeps only some of the portrait
 * margins, a page setup written without the header and footer distances, and a header pushing the text by exactly the
 * tolerance.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageMargins } from "../../../src/rules/page/margins";
import type { DocumentModel } from "../../../src/model/document";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, esc, makeDocx, W_NS } from "../../support/buildDocx";
import { stateReport } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, withSections } from "./sections";

const ID = pageMargins.meta.id;
const ND30 = "NĐ 30/2020/NĐ-CP";
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });
const check = (model: DocumentModel) =>
  checkDocument(model, { profile: "state", rules: [ID], directives: false }).findings.map(brief);

describe("page/margins: a landscape table appendix keeping the portrait margins but one", () => {
  it("20/10/30/15 mm (the bottom cut to 10 mm to fit the table): neither as set nor turned, one warning", () => {
    const docx = withSections(stateReport(), [
      { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [20, 10, 30, 15] } },
    ]);
    // At the appendix's title: after the report's 24 paragraphs and the paragraph holding the section break.
    expect(check(readDocument(docx))).toEqual([
      {
        rule: ID,
        severity: "warning",
        paragraph: 25,
        message: `Trang ngang (bảng, biểu) ở phần (section) thứ 2 của văn bản để lề trên/dưới/trái/phải 20/10/30/15 mm; khi xoay ngang nên giữ lề của ${ND30} theo cạnh tương ứng: cạnh đóng gáy (lề trên) 30–35 mm, cạnh đối diện 15–20 mm, hai bên 20–25 mm`,
      },
    ]);
  });
});

describe("page/margins: w:pgMar without w:header and w:footer (as some converters write it)", () => {
  it("20/20/30/15 mm under a page-number header and a footer: judged as set, nothing to say", () => {
    const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr xmlns:w="${W_NS}"><w:p><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>${esc("KTHT-BC215-2023")}</w:t></w:r></w:p></w:ftr>`;
    const docx = withSections(stateReport(), [], (parts) => {
      parts.footers = { rIdF: footer };
      parts.body = parts.body
        .replace(/ w:header="\d+" w:footer="\d+"/, "")
        .replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdF"/><w:pgSz`);
    });
    const model = readDocument(docx);
    expect([model.sections[0]!.margins.headerMm, model.sections[0]!.margins.footerMm]).toEqual([undefined, undefined]);
    expect(check(model)).toEqual([]);
  });
});

describe("page/margins: a header pushing the text by exactly the tolerance", () => {
  it("a 14 mm top margin under a one-line header 10 mm from the edge (text at 15 mm): the margin alone is said", () => {
    const model = readDocument(makeDocx(docxPartsFromSpec(stateReport())));
    Object.assign(model.sections[0]!.margins, { topMm: 14, headerMm: 10 });
    expect(check(model)).toEqual([
      {
        rule: ID,
        severity: "warning",
        paragraph: 0,
        message: `Lề trên 14 mm, chưa đúng 20–25 mm theo ${ND30}; nên chỉnh lại`,
      },
    ]);
  });
});
