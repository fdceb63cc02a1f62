/**
 * The fixer at its edges: exact XML of what it rebuilds (each property once, in the order ECMA-376 fixes, everything
 * it does not change kept as written), edits it must refuse or skip (with their reasons), packages it must not
 * damage, and fixDocument's passes.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import * as check from "../../src/check";
import { DocxReadError } from "../../src/docx/errors";
import { readDocument } from "../../src/docx/reader";
import { openZip } from "../../src/docx/zip";
import { applyFixes, FixError, fixDocument } from "../../src/fixer";
import type { DocumentModel } from "../../src/model/document";
import type { Fix, FixEdit } from "../../src/model/fix";
import type { Finding } from "../../src/rules/types";
import { buildDocxFromSpec, docxPartsFromSpec, makeDocx, makeFlatOpc, stylesXml, W_NS } from "../support/buildDocx";
import { blockPara, cellPara, partyPlan, setCellText, variant } from "../support/samples";

const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
const W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

const docx = (body: string, styles = stylesXml()): Uint8Array => makeDocx({ body, styles });
const partText = (bytes: Uint8Array): string => new TextDecoder().decode(openZip(bytes).read("word/document.xml"));
/** The inner XML of w:body. */
const bodyXml = (bytes: Uint8Array): string => /<w:body>([\s\S]*)<\/w:body>/.exec(partText(bytes))![1]!;

/** A package built by makeDocx with its main part replaced by `part` (text written as UTF-8, or bytes as given). */
function withMainPart(part: string | Uint8Array, entryName = "word/document.xml"): Uint8Array {
  const files = unzipSync(docx(`<w:p/>${SECT}`));
  delete files["word/document.xml"];
  files[entryName] = typeof part === "string" ? strToU8(part) : new Uint8Array(part);
  return zipSync(files);
}

describe("run formatting", () => {
  it("rebuilds w:rPr with each property once, in schema order, keeping what it does not set", () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="both"/><w:rPr><w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="Strong"/><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:b/><w:sz w:val="26"/><w:szCs w:val="26"/>` +
      `<w14:ligatures xmlns:w14="${W14}" w14:val="standard"/></w:rPr><w:t>Văn bản</w:t></w:r></w:p>${SECT}`;
    const out = applyFixes(docx(body), [
      {
        kind: "setRunFormat",
        paragraph: 0,
        props: { font: "Times New Roman", sizePt: 14, italic: true, underline: true },
      },
    ]);
    const tnr = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`;
    // CT_RPr: rStyle, rFonts, b, bCs, i, iCs, ..., sz, szCs, ..., u, ..., lang; Word writes w14 extensions last.
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="both"/><w:rPr>${tnr}<w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/>` +
        `<w:u w:val="single"/><w:lang w:val="vi-VN"/></w:rPr></w:pPr>` +
        `<w:r><w:rPr><w:rStyle w:val="Strong"/>${tnr}<w:b/><w:i/><w:iCs/><w:sz w:val="28"/><w:szCs w:val="28"/><w:u w:val="single"/>` +
        `<w14:ligatures xmlns:w14="${W14}" w14:val="standard"/></w:rPr><w:t>Văn bản</w:t></w:r></w:p>${SECT}`,
    );
    expect(readDocument(out.bytes).paragraphs[0]!.runs).toMatchObject([
      { text: "Văn bản", font: "Times New Roman", sizePt: 14, bold: true, italic: true, underline: "single" },
    ]);
  });

  describe("turning bold or italic off over a bold italic paragraph style", () => {
    const styles = stylesXml({
      styles:
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
        `<w:style w:type="paragraph" w:styleId="Nhan"><w:name w:val="Nhan"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:i/></w:rPr></w:style>`,
    });
    const input = docx(
      `<w:p><w:pPr><w:pStyle w:val="Nhan"/></w:pPr><w:r><w:t xml:space="preserve">Một </w:t></w:r>` +
        `<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t>hai</w:t></w:r></w:p>${SECT}`,
      styles,
    );
    const fmt = (bytes: Uint8Array) => readDocument(bytes).paragraphs[0]!.runs.map((r) => [r.text, r.bold, r.italic]);

    it("bold: false writes w:b and w:bCs off and keeps the style's italic", () => {
      expect(fmt(input)).toEqual([["Một hai", true, true]]);
      const out = applyFixes(input, [{ kind: "setRunFormat", paragraph: 0, props: { bold: false } }]);
      expect(fmt(out.bytes)).toEqual([["Một hai", false, true]]);
      expect(bodyXml(out.bytes)).toBe(
        `<w:p><w:pPr><w:pStyle w:val="Nhan"/><w:rPr><w:b w:val="0"/><w:bCs w:val="0"/></w:rPr></w:pPr>` +
          `<w:r><w:rPr><w:b w:val="0"/><w:bCs w:val="0"/></w:rPr><w:t xml:space="preserve">Một </w:t></w:r>` +
          `<w:r><w:rPr><w:b w:val="0"/><w:bCs w:val="0"/><w:i/><w:iCs/></w:rPr><w:t>hai</w:t></w:r></w:p>${SECT}`,
      );
    });

    it("italic: false writes w:i and w:iCs off and keeps the style's bold", () => {
      const out = applyFixes(input, [{ kind: "setRunFormat", paragraph: 0, props: { italic: false } }]);
      expect(fmt(out.bytes)).toEqual([["Một hai", true, false]]);
      expect(bodyXml(out.bytes)).toBe(
        `<w:p><w:pPr><w:pStyle w:val="Nhan"/><w:rPr><w:i w:val="0"/><w:iCs w:val="0"/></w:rPr></w:pPr>` +
          `<w:r><w:rPr><w:i w:val="0"/><w:iCs w:val="0"/></w:rPr><w:t xml:space="preserve">Một </w:t></w:r>` +
          `<w:r><w:rPr><w:b/><w:bCs/><w:i w:val="0"/><w:iCs w:val="0"/></w:rPr><w:t>hai</w:t></w:r></w:p>${SECT}`,
      );
    });

    it("bold: true and underline: false over a self-closing w:rPr", () => {
      const out = applyFixes(
        docx(
          `<w:p><w:r><w:rPr/><w:t>a</w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>b</w:t></w:r></w:p>${SECT}`,
        ),
        [{ kind: "setRunFormat", paragraph: 0, props: { bold: true, underline: false } }],
      );
      expect(bodyXml(out.bytes)).toBe(
        `<w:p><w:pPr><w:rPr><w:b/><w:bCs/><w:u w:val="none"/></w:rPr></w:pPr>` +
          `<w:r><w:rPr><w:b/><w:bCs/><w:u w:val="none"/></w:rPr><w:t>a</w:t></w:r>` +
          `<w:r><w:rPr><w:b/><w:bCs/><w:u w:val="none"/></w:rPr><w:t>b</w:t></w:r></w:p>${SECT}`,
      );
      expect(readDocument(out.bytes).paragraphs[0]!.runs).toMatchObject([
        { text: "ab", bold: true, underline: "none" },
      ]);
    });
  });
});

describe("paragraph formatting", () => {
  const pPr0 =
    `<w:pStyle w:val="Normal"/><w:spacing w:before="0" w:beforeLines="50" w:beforeAutospacing="1" w:after="240" w:line="360" w:lineRule="exact"/>` +
    `<w:ind w:left="567" w:hanging="283"/><w:jc w:val="left"/>`;
  const input = docx(
    `<w:p><w:pPr>${pPr0}</w:pPr><w:r><w:t>Một</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Hai</w:t></w:r></w:p>${SECT}`,
  );
  const apply = (edits: FixEdit[]) => applyFixes(input, edits).bytes;
  const first = (bytes: Uint8Array) => /^<w:p>[\s\S]*?<\/w:p>/.exec(bodyXml(bytes))![0];

  it("alignment alone changes w:jc and nothing else, runs included", () => {
    const out = apply([
      { kind: "setParagraphFormat", paragraph: 0, props: { alignment: "justify" } },
      { kind: "setParagraphFormat", paragraph: 1, props: { alignment: "right" } },
    ]);
    expect(bodyXml(out)).toBe(
      `<w:p><w:pPr>${pPr0.replace(`<w:jc w:val="left"/>`, `<w:jc w:val="both"/>`)}</w:pPr><w:r><w:t>Một</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>Hai</w:t></w:r></w:p>${SECT}`,
    );
    expect(readDocument(out).paragraphs.map((p) => p.alignment)).toEqual(["justify", "right"]);
  });

  it("a first-line indent replaces the hanging one and keeps the left indent", () => {
    const out = apply([{ kind: "setParagraphFormat", paragraph: 0, props: { firstLineMm: 10 } }]);
    // 10 mm = 567 twips
    expect(first(out)).toBe(
      `<w:p><w:pPr>${pPr0.replace(`<w:ind w:left="567" w:hanging="283"/>`, `<w:ind w:left="567" w:firstLine="567"/>`)}</w:pPr>` +
        `<w:r><w:t>Một</w:t></w:r></w:p>`,
    );
    expect(readDocument(out).paragraphs[0]).toMatchObject({ alignment: "left", indentLeftMm: 10, firstLineMm: 10 });
  });

  it("space before alone drops Word's auto and line-based spacing before, and keeps after and line spacing", () => {
    const out = apply([{ kind: "setParagraphFormat", paragraph: 0, props: { spaceBeforePt: 6 } }]);
    expect(first(out)).toBe(
      `<w:p><w:pPr>${pPr0.replace(/<w:spacing [^>]*>/, `<w:spacing w:before="120" w:after="240" w:line="360" w:lineRule="exact"/>`)}</w:pPr>` +
        `<w:r><w:t>Một</w:t></w:r></w:p>`,
    );
    expect(readDocument(out).paragraphs[0]).toMatchObject({
      spaceBeforePt: 6,
      spaceAfterPt: 12,
      lineSpacing: { rule: "exact", value: 18 },
    });
  });

  it("space after alone drops Word's auto and line-based spacing after", () => {
    const out = applyFixes(
      docx(
        `<w:p><w:pPr><w:spacing w:after="0" w:afterLines="50" w:afterAutospacing="1"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>${SECT}`,
      ),
      [{ kind: "setParagraphFormat", paragraph: 0, props: { spaceAfterPt: 6 } }],
    );
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:t>A</w:t></w:r></w:p>${SECT}`,
    );
    expect(readDocument(out.bytes).paragraphs[0]!.spaceAfterPt).toBe(6);
  });

  it("line spacing alone becomes a multiple of a line", () => {
    const out = apply([{ kind: "setParagraphFormat", paragraph: 0, props: { lineSpacing: 1.5 } }]);
    expect(first(out)).toContain(
      `<w:spacing w:before="0" w:beforeLines="50" w:beforeAutospacing="1" w:after="240" w:line="360" w:lineRule="auto"/>`,
    );
    expect(readDocument(out).paragraphs[0]!.lineSpacing).toEqual({ rule: "auto", value: 1.5 });
  });

  it("an empty <w:p/> gets its w:pPr inside it, an empty <w:r/> its w:rPr", () => {
    const out = applyFixes(docx(`<w:p/><w:p><w:r/><w:r><w:t>x</w:t></w:r></w:p>${SECT}`), [
      { kind: "setParagraphFormat", paragraph: 0, props: { alignment: "center" } },
      { kind: "setRunFormat", paragraph: 1, props: { bold: true } },
    ]);
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>` +
        `<w:p><w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr></w:r>` +
        `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t>x</w:t></w:r></w:p>${SECT}`,
    );
    expect(readDocument(out.bytes).paragraphs.map((p) => [p.alignment, p.runs.map((r) => r.bold)])).toEqual([
      ["center", []],
      ["left", [true]],
    ]);
  });
});

describe("page setup", () => {
  it("a landscape size says so in w:orient; the section's own attributes stay", () => {
    const input = docx(
      `<w:p><w:r><w:t>A</w:t></w:r></w:p><w:sectPr w:rsidR="00AB12CD"><w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:cols w:space="720"/></w:sectPr>`,
    );
    const out = applyFixes(input, [
      { kind: "setPageSize", section: 0, widthMm: 297, heightMm: 210 },
      { kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } },
    ]);
    // 297 mm = 16838 twips, 210 mm = 11906, 20 mm = 1134, 30 mm = 1701, 15 mm = 850; w:pgMar follows w:pgSz.
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:r><w:t>A</w:t></w:r></w:p><w:sectPr w:rsidR="00AB12CD"><w:pgSz w:w="16838" w:h="11906" w:code="9" w:orient="landscape"/>` +
        `<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/><w:cols w:space="720"/></w:sectPr>`,
    );
    const s = readDocument(out.bytes).sections[0]!;
    expect([s.orientation, Math.round(s.pageWidthMm), Math.round(s.margins.leftMm)]).toEqual(["landscape", 297, 30]);
  });

  it("a self-closing w:sectPr gets the page size inside it", () => {
    const out = applyFixes(docx(`<w:p><w:r><w:t>A</w:t></w:r></w:p><w:sectPr/>`), [
      { kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 },
    ]);
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:r><w:t>A</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
    );
  });

  it("an attribute of a foreign namespace on w:pgMar is dropped, not written unbound", () => {
    const out = applyFixes(
      docx(
        `<w:p><w:r><w:t>A</w:t></w:r></w:p><w:sectPr><w:pgMar xmlns:x="urn:example:x" x:note="1" w:top="1440" w:bottom="1440" w:left="1440" w:right="1440" w:gutter="0"/></w:sectPr>`,
      ),
      [{ kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } }],
    );
    const s = readDocument(out.bytes).sections[0]!;
    expect([s.margins.topMm, s.margins.leftMm].map(Math.round)).toEqual([20, 30]);
    expect(bodyXml(out.bytes)).not.toContain("note");
    expect(bodyXml(out.bytes)).toContain(`w:gutter="0"`);
  });

  it("a section break's paragraph and its page setup are fixed in one batch", () => {
    const input = docx(
      `<w:p><w:pPr><w:jc w:val="left"/><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:pPr><w:r><w:t>A</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>B</w:t></w:r></w:p>${SECT}`,
    );
    const out = applyFixes(input, [
      { kind: "setParagraphFormat", paragraph: 0, props: { alignment: "center" } },
      { kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 },
    ]);
    expect(out.skipped).toEqual([]);
    expect(bodyXml(out.bytes)).toBe(
      `<w:p><w:pPr><w:jc w:val="center"/><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>A</w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>B</w:t></w:r></w:p>${SECT}`,
    );
    const m = readDocument(out.bytes);
    expect(m.paragraphs[0]!.alignment).toBe("center");
    expect(m.sections.map((s) => Math.round(s.pageWidthMm))).toEqual([210, 210]);
  });

  it("a section break's paragraph reformatted alone keeps its section break", () => {
    const para = `<w:p><w:pPr><w:jc w:val="left"/><w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:pPr><w:r><w:t>A</w:t></w:r></w:p>`;
    const out = applyFixes(docx(`${para}<w:p><w:r><w:t>B</w:t></w:r></w:p>${SECT}`), [
      { kind: "setParagraphFormat", paragraph: 0, props: { alignment: "center" } },
    ]);
    expect(bodyXml(out.bytes)).toBe(
      `${para.replace(`w:val="left"`, `w:val="center"`)}<w:p><w:r><w:t>B</w:t></w:r></w:p>${SECT}`,
    );
    expect(readDocument(out.bytes).sections).toHaveLength(2);
  });

  it("a section without w:sectPr, or one the document does not have, is skipped with its reason", () => {
    const input = docx(`<w:p><w:r><w:t>A</w:t></w:r></w:p>`);
    const margins: FixEdit = {
      kind: "setPageMargins",
      section: 0,
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    };
    const size: FixEdit = { kind: "setPageSize", section: 3, widthMm: 210, heightMm: 297 };
    const out = applyFixes(input, [margins, size]);
    expect(out.applied).toEqual([]);
    expect(out.skipped).toEqual([
      { edit: margins, reason: "không có thông tin trang của phần này" },
      { edit: size, reason: "không có thông tin trang của phần này" },
    ]);
    expect(partText(out.bytes)).toBe(partText(input));
  });
});

describe("inserted paragraphs", () => {
  const likePPr =
    `<w:pStyle w:val="Normal"/><w:jc w:val="both"/><w:rPr><w:sz w:val="24"/></w:rPr>` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>` +
    `<w:pPrChange w:id="1" w:author="A" w:date="2023-01-01T00:00:00Z"><w:pPr/></w:pPrChange>`;
  const input = docx(
    `<w:p><w:pPr>${likePPr}</w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:tab/></w:r>` +
      `<w:r><w:rPr><w:i/><w:sz w:val="28"/><w:rPrChange w:id="2" w:author="A" w:date="2023-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>- Lưu VT.</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>B</w:t></w:r></w:p>${SECT}`,
  );

  it("take the model's paragraph and first text run formatting, with no section break and no tracked change", () => {
    const out = applyFixes(input, [
      { kind: "insertParagraphAfter", paragraph: 0, text: "- Thêm", format: { bold: true, alignment: "center" } },
    ]);
    expect(out.applied).toHaveLength(1);
    const inserted = /<\/w:p>(<w:p>[\s\S]*?<\/w:p>)/.exec(bodyXml(out.bytes))![1];
    expect(inserted).toBe(
      `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:jc w:val="center"/><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/></w:rPr></w:pPr>` +
        `<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">- Thêm</w:t></w:r></w:p>`,
    );
    const m = readDocument(out.bytes);
    expect(m.sections).toHaveLength(2);
    expect(m.paragraphs.map((p) => p.text)).toEqual(["\t- Lưu VT.", "- Thêm", "B"]);
    expect(m.paragraphs[1]!.runs).toMatchObject([{ bold: true, italic: true, sizePt: 14 }]);
  });

  it("several after one paragraph come in the order of the edits", () => {
    const out = applyFixes(input, [
      { kind: "insertParagraphAfter", paragraph: 1, text: "C" },
      { kind: "insertParagraphAfter", paragraph: 1, text: "D" },
    ]);
    expect(readDocument(out.bytes).paragraphs.map((p) => p.text)).toEqual(["\t- Lưu VT.", "B", "C", "D"]);
    // nothing but the new paragraphs between them (the body holds elements only)
    expect(bodyXml(out.bytes)).toMatch(/<w:t xml:space="preserve">C<\/w:t><\/w:r><\/w:p><w:p>/);
  });

  it("a model paragraph that does not exist is a skipped edit", () => {
    const edit: FixEdit = { kind: "insertParagraphAfter", paragraph: 1, text: "x", like: 9 };
    const out = applyFixes(input, [edit]);
    expect(out.applied).toEqual([]);
    expect(out.skipped).toEqual([{ edit, reason: "không có đoạn mẫu 9" }]);
    expect(partText(out.bytes)).toBe(partText(input));
  });
});

describe("text edits", () => {
  const input = docx(
    `<w:p><w:r><w:t>Số 5</w:t></w:r></w:p><w:p><w:r><w:t>${"nga\u0300y 5".normalize("NFD")}</w:t></w:r></w:p>${SECT}`,
  );
  const texts = (bytes: Uint8Array) => readDocument(bytes).paragraphs.map((p) => p.text);

  it("a Fix object is applied edit by edit", () => {
    const out = applyFixes(input, [
      { title: "Sửa số", edits: [{ kind: "replaceText", paragraph: 0, find: "5", replace: "05" }] },
    ]);
    expect(texts(out.bytes)).toEqual(["Số 05", "ngày 5"]);
    expect(out.applied).toEqual([{ kind: "replaceText", paragraph: 0, find: "5", replace: "05" }]);
  });

  it("an edit of a paragraph the document does not have, or of an empty text, is skipped", () => {
    const missing: FixEdit = { kind: "setRunFormat", paragraph: 99, props: { bold: true } };
    const empty: FixEdit = { kind: "replaceText", paragraph: 0, find: "", replace: "Số: " };
    const out = applyFixes(input, [missing, empty]);
    expect(out.applied).toEqual([]);
    expect(out.skipped).toEqual([
      { edit: missing, reason: "không có đoạn 99" },
      { edit: empty, reason: "không còn thấy “” trong đoạn" },
    ]);
    expect(texts(out.bytes)).toEqual(["Số 5", "ngày 5"]);
  });

  it("a paragraph whose source text is not in NFC is not edited", () => {
    const out = applyFixes(input, [{ kind: "replaceText", paragraph: 1, find: "5", replace: "05" }]);
    expect(out.applied).toEqual([]);
    expect(out.skipped.map((s) => s.reason)).toEqual(["văn bản của đoạn không đối chiếu được với mã nguồn"]);
    expect(partText(out.bytes)).toBe(partText(input));
  });

  it("text and run formatting of one paragraph are edited together", () => {
    const out = applyFixes(input, [
      { kind: "replaceText", paragraph: 0, find: "Số 5", replace: "Số 05" },
      { kind: "setRunFormat", paragraph: 0, props: { bold: true } },
    ]);
    expect(out.skipped).toEqual([]);
    expect(readDocument(out.bytes).paragraphs[0]!.runs).toMatchObject([{ text: "Số 05", bold: true }]);
  });
});

describe("packages the fixer refuses or must not damage", () => {
  const doc = (root: string, inner: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${root}>${inner}</x:document>`;
  const refused =
    "Văn bản không dùng tiền tố chuẩn “w:” cho WordprocessingML; không sửa tự động được / the document does not bind the standard w: prefix";
  const bold: FixEdit = { kind: "setRunFormat", paragraph: 0, props: { bold: true } };

  it("a main part that does not bind w: at its root is refused with a FixError", () => {
    const input = withMainPart(
      doc(`x:document xmlns:x="${W_NS}"`, `<x:body><x:p><x:r><x:t>A</x:t></x:r></x:p></x:body>`),
    );
    expect(readDocument(input).paragraphs[0]!.text).toBe("A");
    let error: unknown;
    try {
      applyFixes(input, [bold]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FixError);
    expect(error).toMatchObject({ name: "FixError", message: refused });
  });

  it("even when an inner element binds w: (a new w:pPr elsewhere would be unbound)", () => {
    const input = withMainPart(
      doc(
        `x:document xmlns:x="${W_NS}"`,
        `<x:body><x:p><x:r><x:t>A</x:t></x:r></x:p><x:p xmlns:w="${W_NS}"><w:r><w:t>B</w:t></w:r></x:p></x:body>`,
      ),
    );
    expect(() => applyFixes(input, [bold])).toThrow(new FixError(refused));
  });

  it("a main part stored under a name the rewrite cannot match is an error, not a silent copy", () => {
    const input = withMainPart(partText(docx(`<w:p><w:r><w:t>A</w:t></w:r></w:p>${SECT}`)), "//word/document.xml");
    expect(readDocument(input).paragraphs[0]!.text).toBe("A");
    expect(() => applyFixes(input, [bold])).toThrow(
      new FixError("Không tìm thấy phần word/document.xml trong tệp nén"),
    );
  });

  it("a UTF-16 main part is written back as UTF-8 and says so", () => {
    const text = partText(docx(`<w:p><w:r><w:t>Số 5</w:t></w:r></w:p>${SECT}`)).replace(
      `encoding="UTF-8"`,
      `encoding="UTF-16"`,
    );
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const out = applyFixes(withMainPart(utf16), [{ kind: "replaceText", paragraph: 0, find: "5", replace: "05" }]);
    const bytes = openZip(out.bytes).read("word/document.xml");
    expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(
      text.replace(`encoding="UTF-16"`, `encoding="UTF-8"`).replace("<w:t>Số 5", `<w:t xml:space="preserve">Số 05`),
    );
  });

  it("a UTF-8 part keeps text that reads like an encoding declaration; one without a declaration is fixed too", () => {
    const body = `<w:p><w:r><w:t>encoding="utf-16"</w:t></w:r></w:p><w:p><w:r><w:t>A</w:t></w:r></w:p>${SECT}`;
    const out = applyFixes(docx(body), [{ kind: "setParagraphFormat", paragraph: 1, props: { alignment: "center" } }]);
    expect(readDocument(out.bytes).paragraphs.map((p) => p.text)).toEqual([`encoding="utf-16"`, "A"]);
    const bare = withMainPart(partText(docx(body)).replace(/^<\?xml[^>]*\?>\n/, ""));
    const fixed = applyFixes(bare, [{ kind: "setParagraphFormat", paragraph: 1, props: { alignment: "center" } }]);
    expect(partText(fixed.bytes)).toBe(partText(out.bytes).replace(/^<\?xml[^>]*\?>\n/, ""));
  });
});

const SYM = `<w:sym w:font="Wingdings" w:char="F0FC"/>`;

/** `bytes` with its main part's text changed by `edit`, every other part as it was. */
function patchMain(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files["word/document.xml"] = strToU8(edit(new TextDecoder().decode(files["word/document.xml"])));
  return zipSync(files);
}

/** The Party plan with defects fix.test.ts plants, for fixDocument's passes. */
function brokenPlan() {
  return variant(partyPlan(), (d) => {
    d.defaults = { font: "Arial", sizePt: 13 };
    d.page.marginsMm = { top: 25, bottom: 25, left: 25, right: 25 };
    setCellText(d, 0, 0, 3, "Số: 5/KH-HU");
    setCellText(d, 0, 0, 2, "");
    setCellText(d, -1, 0, 0, "Nơi nhận");
    setCellText(d, -1, 0, 1, "- Thường trực Tỉnh ủy;");
    setCellText(d, -1, 0, 2, "- Các chi bộ,");
    setCellText(d, -1, 0, 3, "- Ban Tuyên giáo Huyện ủy.");
    blockPara(d, 2).text = "Thực hiện Kết luận số 125-KL/TU";
    cellPara(d, -1, 1, 2).bold = false;
  });
}

describe("fixDocument", () => {
  it("an empty input is refused as the reader refuses it", () => {
    expect(() => fixDocument(new Uint8Array(0))).toThrow(
      new DocxReadError("empty", "Tệp rỗng (0 byte) / the file is empty (0 bytes)"),
    );
  });

  it("a clean draft comes back as it came, even as flat-OPC XML", () => {
    const zip = buildDocxFromSpec(partyPlan());
    const flat = new TextEncoder().encode(makeFlatOpc(docxPartsFromSpec(partyPlan())));
    for (const input of [zip, flat]) {
      const r = fixDocument(input);
      expect(r.changed).toBe(false);
      expect(r.bytes).toBe(input);
      expect(r.fixed).toEqual([]);
      expect(r.skipped).toEqual([]);
      expect(r.after.findings.filter((f) => f.fix !== undefined)).toEqual([]);
    }
  });

  it("flat-OPC XML with something to fix fails as not a zip (it has no package to rewrite)", () => {
    const flat = new TextEncoder().encode(makeFlatOpc(docxPartsFromSpec(brokenPlan())));
    expect(() => fixDocument(flat)).toThrow(
      "Tệp không phải là tệp .docx (không phải tệp nén ZIP) / Not a .docx file (not a ZIP archive)",
    );
  });

  it("paragraphs a pass inserts take the old formatting, and the next pass fixes them", () => {
    const r = fixDocument(buildDocxFromSpec(brokenPlan()));
    expect(r.changed).toBe(true);
    // Several findings give the same edit (three for the number line): each is applied once, nothing is skipped.
    expect(r.skipped).toEqual([]);
    const second = r.fixed.filter((f) => f.pass !== 1);
    const texts = readDocument(r.bytes).paragraphs.map((p) => p.text);
    // Pass 1 inserted "*" under the issuer and two recipients, all in the draft's Arial.
    expect(second.map((f) => [f.pass, f.rule, texts[f.paragraph!]])).toEqual([
      [2, "font/family", "*"],
      [2, "font/family", "- Văn phòng Tỉnh ủy,"],
      [2, "font/family", "- Lưu Văn phòng Huyện ủy."],
    ]);
    expect(r.after.findings.filter((f) => f.fix !== undefined)).toEqual([]);
  });

  it("a finding is reported fixed only when every edit of its fix was applied", () => {
    // A symbol in the date line and in the last recipient line: the fixer does not edit the text of either.
    const input = patchMain(buildDocxFromSpec(brokenPlan()), (xml) =>
      xml
        .replace("năm 2023</w:t>", `năm 2023</w:t>${SYM}`)
        .replace("Tuyên giáo Huyện ủy.</w:t>", `Tuyên giáo</w:t>${SYM}<w:t xml:space="preserve"> Huyện ủy.</w:t>`),
    );
    const r = fixDocument(input, { rules: ["header/date", "recipients/archive"] });
    const fixed = r.fixed.map((f) => [f.rule, f.fix.edits.map((e) => e.kind)]);
    expect(fixed).toEqual([["header/date", ["setRunFormat"]]]);
    // The archive line was inserted (a pass's skipped edits are those of the last pass: the date's, tried again).
    expect(readDocument(r.bytes).paragraphs.map((p) => p.text)).toContain("- Lưu Văn phòng Huyện ủy.");
    expect(r.skipped.map((s) => [s.edit.kind, s.reason])).toEqual([
      ["replaceText", "văn bản của đoạn không đối chiếu được với mã nguồn"],
    ]);
  });

  /** fixDocument with one more rule: `rule` reads the model and returns findings (run after the real ones). */
  function withRule(rule: (m: DocumentModel) => Finding[], input: Uint8Array) {
    const real = check.checkDocument;
    const spy = jest.spyOn(check, "checkDocument").mockImplementation((model, options) => {
      const result = real(model, options);
      return { ...result, findings: [...result.findings, ...rule(model)] };
    });
    try {
      return { result: fixDocument(input), checks: spy.mock.calls.length };
    } finally {
      spy.mockRestore();
    }
  }
  const finding = (message: string, fix?: Fix): Finding => ({
    rule: "test/rule",
    severity: "error",
    message,
    basis: "",
    paragraph: 0,
    excerpt: "",
    ...(fix === undefined ? {} : { fix }),
  });

  it("a fix that does not cure its finding is applied once, then nothing more happens", () => {
    const input = buildDocxFromSpec(partyPlan());
    // Its fix sets the font the paragraph already has: the finding stays, and nothing else changes.
    const fix: Fix = {
      title: "Phông",
      edits: [{ kind: "setRunFormat", paragraph: 0, props: { font: "Times New Roman" } }],
    };
    const { result, checks } = withRule(() => [finding("stuck", fix)], input);
    expect(result.fixed).toEqual([]);
    expect(result.changed).toBe(false);
    expect(result.bytes).toBe(input);
    expect(result.skipped).toEqual([]);
    expect(checks).toBe(2);
  });

  it("a fix that leaves a question only a person can settle is progress: it is kept", () => {
    const input = buildDocxFromSpec(partyPlan());
    const fix: Fix = {
      title: "Cách đoạn",
      edits: [{ kind: "setParagraphFormat", paragraph: 0, props: { spaceBeforePt: 1 } }],
    };
    // Before the fix: a fixable finding; after it: one that has no fix (as many findings as before, one fixable less).
    const rule = (m: DocumentModel) =>
      m.paragraphs[0]!.spaceBeforePt === 1 ? [finding("ask a person")] : [finding("fixable", fix)];
    const { result } = withRule(rule, input);
    expect(result.changed).toBe(true);
    expect(result.fixed.map((f) => [f.pass, f.message])).toEqual([[1, "fixable"]]);
    expect(result.after.findings.filter((f) => f.rule === "test/rule").map((f) => f.message)).toEqual(["ask a person"]);
    expect(readDocument(result.bytes).paragraphs[0]!.spaceBeforePt).toBe(1);
  });

  it("findings giving the same edit get it applied once, and all of them are fixed", () => {
    const r = fixDocument(buildDocxFromSpec(brokenPlan()), { rules: ["header/number"] });
    expect(r.skipped).toEqual([]);
    expect(r.fixed.map((f) => [f.pass, f.rule])).toEqual([
      [1, "header/number"],
      [1, "header/number"],
      [1, "header/number"],
    ]);
    expect(readDocument(r.bytes).paragraphs.map((p) => p.text)).toContain("Số 05-KH/HU");
  });
});
