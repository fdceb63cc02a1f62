import { DocxReadError } from "../../src/docx/errors";
import { readDocument } from "../../src/docx/reader";
import type { DocSpec } from "../support/docSpec";
import {
  buildDocxFromSpec,
  docxPartsFromSpec,
  makeDocx,
  makeFlatOpc,
  pageNumberHeaderXml,
  stylesXml,
  themeXml,
  W_NS,
  type DocxParts,
} from "../support/buildDocx";
import { strToU8, zipSync } from "fflate";

const A4_SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
const p = (text: string, pPr = "", rPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function read(parts: DocxParts) {
  return readDocument(makeDocx(parts));
}

describe("effective run formatting through docDefaults, styles, theme and direct formatting", () => {
  const styles = stylesXml({
    docDefaultsRPr: `<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="24"/>`,
    styles:
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Quote"><w:basedOn w:val="Heading1"/><w:rPr><w:b w:val="0"/><w:i/></w:rPr></w:style>` +
      `<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/><w:u w:val="single"/><w:color w:val="FF0000"/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style><w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>`,
  });
  const theme = themeXml("Cambria", "Times New Roman");
  const model = read({
    styles,
    theme,
    body:
      p("Thân văn bản") +
      p("Tiêu đề", `<w:pStyle w:val="Heading1"/>`) +
      p("Trích dẫn", `<w:pStyle w:val="Quote"/>`) +
      `<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Nhấn mạnh</w:t></w:r></w:p>` +
      p("Arial trực tiếp", "", `<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="26"/>`) +
      p("Style không tồn tại", `<w:pStyle w:val="NoSuchStyle"/>`) +
      p("Vòng lặp basedOn", `<w:pStyle w:val="Loop1"/>`) +
      p("Việt", "", `<w:rFonts w:ascii="Arial" w:hAnsi="Tahoma"/>`) +
      p("ASCII only", "", `<w:rFonts w:ascii="Arial" w:hAnsi="Tahoma"/>`) +
      A4_SECT,
  });
  const run = (i: number) => model.paragraphs[i]!.runs[0]!;

  it.each([
    [
      "Normal: theme minor font, size from the Normal style over docDefaults",
      0,
      { font: "Times New Roman", sizePt: 14, bold: false },
    ],
    ["Heading1: major theme font, bold 16 from the style", 1, { font: "Cambria", sizePt: 16, bold: true }],
    [
      "Quote: basedOn chain, bold switched off with w:val=0, italic on",
      2,
      { font: "Cambria", sizePt: 16, bold: false, italic: true },
    ],
    [
      "character style adds bold, underline and colour",
      3,
      { bold: true, underline: "single", color: "FF0000", sizePt: 14 },
    ],
    ["direct formatting wins over the theme", 4, { font: "Arial", sizePt: 13 }],
    ["an unknown style id falls back to Normal", 5, { font: "Times New Roman", sizePt: 14 }],
    ["a basedOn cycle does not hang (and gets docDefaults, not Normal)", 6, { font: "Times New Roman", sizePt: 12 }],
    ["Vietnamese letters use the hAnsi font slot", 7, { font: "Tahoma" }],
    ["plain ASCII uses the ascii font slot", 8, { font: "Arial" }],
  ])("%s", (_name, i, expected) => {
    expect(run(i)).toMatchObject(expected);
  });

  it("reports style ids and names, and alignment from the style", () => {
    expect(model.paragraphs[1]).toMatchObject({ styleId: "Heading1", styleName: "heading 1", alignment: "center" });
    expect(model.paragraphs[0]).toMatchObject({ styleId: "Normal", alignment: "left" });
  });

  it("gives the document's default run formatting", () => {
    expect(model.defaults).toMatchObject({ font: "Times New Roman", sizePt: 14 });
  });
});

describe("paragraph formatting", () => {
  const model = read({
    styles: stylesXml({
      docDefaultsPPr: `<w:spacing w:after="160" w:line="259" w:lineRule="auto"/>`,
      styles:
        `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:ind w:firstLine="720"/></w:pPr></w:style>` +
        `<w:style w:type="table" w:styleId="Grid"><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>`,
    }),
    body:
      p("Căn đều", `<w:jc w:val="both"/><w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/>`) +
      p("Thụt treo", `<w:ind w:left="720" w:hanging="360"/><w:jc w:val="end"/>`) +
      p("Khoảng cách chính xác", `<w:spacing w:line="312" w:lineRule="exact"/>`) +
      p("Danh sách", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>`) +
      `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tr><w:tc>${p("Trong bảng")}</w:tc></w:tr></w:tbl>` +
      A4_SECT,
  });
  const para = (i: number) => model.paragraphs[i]!;

  it("reads alignment, spacing and line spacing in points and multiples", () => {
    expect(para(0)).toMatchObject({
      alignment: "justify",
      spaceBeforePt: 6,
      spaceAfterPt: 6,
      lineSpacing: { rule: "auto", value: 1.5 },
      firstLineMm: 12.7,
    });
  });
  it("turns a hanging indent into a negative first-line indent, in mm", () => {
    expect(para(1)).toMatchObject({ indentLeftMm: 12.7, firstLineMm: -6.35, alignment: "right" });
  });
  it("inherits unset spacing from docDefaults", () => {
    expect(para(2)).toMatchObject({ spaceAfterPt: 8, lineSpacing: { rule: "exact", value: 15.6 } });
  });
  it("marks list paragraphs", () => {
    expect(para(3).numbered).toBe(true);
    expect(para(0).numbered).toBe(false);
  });
  it("applies the table style under the paragraph style inside tables", () => {
    expect(para(4)).toMatchObject({ spaceAfterPt: 0 });
    expect(para(4).runs[0]!.sizePt).toBe(10);
  });
});

describe("document order, tables and visible text", () => {
  const model = read({
    styles: stylesXml(),
    body:
      p("Đoạn 0") +
      `<w:tbl><w:tr><w:tc>${p("A1")}${p("A1 dòng 2")}</w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p("B1")}` +
      `<w:tbl><w:tr><w:tc>${p("lồng")}</w:tc></w:tr></w:tbl></w:tc></w:tr>` +
      `<w:tr><w:tc>${p("A2")}</w:tc><w:tc>${p("B2")}</w:tc></w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent>${p("Trong điều khiển nội dung")}</w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>Trường </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>15/09/2023</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>` +
      `<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> chèn</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText> xóa</w:delText></w:r></w:del>` +
      `<w:smartTag w:uri="u" w:element="place"><w:r><w:t xml:space="preserve"> Lục Nam</w:t></w:r></w:smartTag></w:p>` +
      `<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:br w:type="page"/><w:noBreakHyphen/><w:t>d</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>Tách</w:t></w:r><w:r><w:t xml:space="preserve"> run </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>đậm</w:t></w:r></w:p>` +
      A4_SECT,
  });
  const texts = model.paragraphs.map((x) => x.text);

  it("numbers paragraphs in document order, table cells included, like Word's body.paragraphs", () => {
    expect(texts.slice(0, 8)).toEqual([
      "Đoạn 0",
      "A1",
      "A1 dòng 2",
      "B1",
      "lồng",
      "A2",
      "B2",
      "Trong điều khiển nội dung",
    ]);
    expect(model.paragraphs.map((x) => x.index)).toEqual(model.paragraphs.map((_, i) => i));
  });
  it("gives each cell paragraph its table, row and column", () => {
    expect(model.paragraphs[0]!.cell).toBeUndefined();
    expect(model.paragraphs[2]!.cell).toEqual({ table: 0, row: 0, column: 0, columnCount: 2, depth: 1 });
    expect(model.paragraphs[3]!.cell).toMatchObject({ table: 0, row: 0, column: 1 });
    expect(model.paragraphs[4]!.cell).toMatchObject({ table: 0, row: 0, column: 0, depth: 2 });
    expect(model.paragraphs[6]!.cell).toMatchObject({ table: 0, row: 1, column: 1 });
  });
  it("shows field results, not field codes", () => {
    expect(texts[8]).toBe("Trường 15/09/2023");
  });
  it("keeps hyperlinks, insertions and smart tags, drops deletions", () => {
    expect(texts[9]).toBe("liên kết chèn Lục Nam");
  });
  it("writes tabs and line breaks, not page breaks", () => {
    expect(texts[10]).toBe("a\tb\nc-d");
  });
  it("merges adjacent runs with the same formatting", () => {
    expect(model.paragraphs[11]!.runs.map((r) => [r.text, r.bold])).toEqual([
      ["Tách run ", false],
      ["đậm", true],
    ]);
  });
});

describe("sections, page setup and page numbers", () => {
  const hdr = (inner: string) => `<w:hdr xmlns:w="${W_NS}">${inner}</w:hdr>`;
  const model = read({
    styles: stylesXml(),
    headers: {
      rIdH1: pageNumberHeaderXml(13),
      rIdH2: hdr(
        `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>`,
      ),
      rIdH3: hdr(`<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`),
    },
    body:
      `<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>` +
      `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/><w:titlePg/></w:sectPr></w:pPr><w:r><w:t>Mục 1</w:t></w:r></w:p>` +
      p("Mục 2") +
      `<w:sectPr xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:headerReference w:type="first" r:id="rIdH2"/>` +
      `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="-1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`,
  });

  it("reads each section's paper, orientation and margins in mm", () => {
    expect(model.sections).toHaveLength(2);
    expect(model.sections[0]).toMatchObject({
      pageWidthMm: 215.9,
      pageHeightMm: 279.4,
      orientation: "portrait",
      margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 },
      differentFirstPage: true,
      known: true,
    });
    expect(model.sections[1]).toMatchObject({
      pageWidthMm: 297,
      pageHeightMm: 210.01,
      orientation: "landscape",
      margins: { topMm: 20, leftMm: 30, rightMm: 14.99 },
      differentFirstPage: false,
    });
    expect(model.paragraphs.map((x) => x.section)).toEqual([0, 1]);
  });

  it("finds a complex PAGE field with its alignment and size, and a simple one", () => {
    expect(model.sections[0]!.headers).toEqual([
      expect.objectContaining({
        kind: "default",
        hasPageNumber: true,
        pageNumberAlignment: "center",
        pageNumberSizePt: 13,
      }),
    ]);
    const first = model.sections[1]!.headers.find((h) => h.kind === "first")!;
    expect(first).toMatchObject({ hasPageNumber: true, pageNumberAlignment: "right" });
  });

  it("inherits the previous section's header of a kind it does not define", () => {
    expect(model.sections[1]!.headers.find((h) => h.kind === "default")?.hasPageNumber).toBe(true);
  });

  it("does not take NUMPAGES for a page number", () => {
    const m = read({
      styles: stylesXml(),
      headers: { rIdH3: makeHeaderRefDoc() },
      body:
        p("x") +
        `<w:sectPr xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:headerReference w:type="default" r:id="rIdH3"/></w:sectPr>`,
    });
    expect(m.sections[0]!.headers[0]!.hasPageNumber).toBe(false);
    // No w:pgSz: Word's built-in US Letter.
    expect(m.sections[0]).toMatchObject({ pageWidthMm: 215.9, known: true });
  });
  function makeHeaderRefDoc() {
    return hdr(`<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`);
  }
});

describe("flat OPC (Word's body.getOoxml()) reads the same as the .docx", () => {
  const spec: DocSpec = {
    name: "mini",
    description: "small plan",
    page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, pageNumbers: true },
    defaults: { font: "Times New Roman", sizePt: 14 },
    blocks: [
      {
        type: "table",
        borderless: true,
        columnWidthsMm: [80, 90],
        rows: [
          [
            [{ type: "paragraph", text: "HUYỆN ỦY LỤC NAM", bold: true, align: "center" }],
            [{ type: "paragraph", text: "ĐẢNG CỘNG SẢN VIỆT NAM", bold: true, sizePt: 15 }],
          ],
        ],
      },
      { type: "paragraph", text: "KẾ HOẠCH", bold: true, sizePt: 16, align: "center" },
      { type: "paragraph", text: "Nội dung kế hoạch.", align: "justify", firstLineMm: 12.7, spaceAfterPt: 6 },
    ],
  };
  it("gives an identical model apart from its source", () => {
    const parts = docxPartsFromSpec(spec);
    const fromZip = readDocument(makeDocx(parts));
    const fromFlat = readDocument(makeFlatOpc(parts));
    const fromFlatBytes = readDocument(strToU8(makeFlatOpc(parts)));
    expect(fromFlat.source).toBe("flat-opc");
    expect({ ...fromFlat, source: "docx" }).toEqual(fromZip);
    expect({ ...fromFlatBytes, source: "docx" }).toEqual(fromZip);
    expect(fromZip.paragraphs.map((x) => x.text)).toEqual([
      "HUYỆN ỦY LỤC NAM",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "KẾ HOẠCH",
      "Nội dung kế hoạch.",
    ]);
  });
  it("marks page setup unknown when the OOXML has no section properties", () => {
    const m = readDocument(makeFlatOpc({ body: p("Đoạn không có sectPr"), styles: stylesXml() }));
    expect(m.sections).toEqual([expect.objectContaining({ known: false })]);
    expect(m.paragraphs[0]!.text).toBe("Đoạn không có sectPr");
  });
  it("builds the spec into a readable docx", () => {
    const m = readDocument(buildDocxFromSpec(spec));
    expect(m.paragraphs[2]).toMatchObject({
      alignment: "center",
      runs: [expect.objectContaining({ bold: true, sizePt: 16 })],
    });
  });
});

describe("text normalisation", () => {
  it("returns NFC text for decomposed input", () => {
    const decomposed = "Ủy ban".normalize("NFD");
    const m = read({ styles: stylesXml(), body: p(decomposed) + A4_SECT });
    expect(m.paragraphs[0]!.text).toBe("Ủy ban".normalize("NFC"));
    expect(m.paragraphs[0]!.runs[0]!.text).toBe("Ủy ban".normalize("NFC"));
  });
  it("reads a package without a styles part using Word's built-in defaults", () => {
    const m = read({ body: p("Không có styles.xml") + A4_SECT });
    expect(m.paragraphs[0]!.runs[0]).toMatchObject({ font: "Times New Roman", sizePt: 10 });
  });
});

describe("packages that are not readable Word documents", () => {
  const zip = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
  it.each([
    [
      "an Excel workbook",
      zip({ "xl/workbook.xml": "<workbook/>", "[Content_Types].xml": "<Types/>" }),
      "not-docx",
      /Excel/,
    ],
    [
      "an OpenDocument text",
      zip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }),
      "not-docx",
      /OpenDocument/,
    ],
    ["a zip without a document part", zip({ "readme.txt": "hello" }), "missing-part", /word\/document\.xml/],
    [
      "a document part without a body",
      zip({ "word/document.xml": `<w:document xmlns:w="${W_NS}"/>` }),
      "missing-part",
      /body/,
    ],
    [
      "malformed XML in the document part",
      zip({ "word/document.xml": `<w:document xmlns:w="${W_NS}"><w:body>` }),
      "bad-xml",
      /XML/,
    ],
    [
      "a DOCTYPE in the styles part",
      makeDocx({ body: p("x"), styles: `<!DOCTYPE x [<!ENTITY a "b">]><w:styles xmlns:w="${W_NS}"/>` }),
      "dtd-forbidden",
      /DOCTYPE/,
    ],
    ["zero bytes", new Uint8Array(0), "empty", /rỗng/],
    ["a plain text file", strToU8("Kế hoạch số 85"), "not-zip", /ZIP/i],
  ])("%s", (_name, bytes, code, message) => {
    let err: unknown;
    try {
      readDocument(bytes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DocxReadError);
    expect((err as DocxReadError).code).toBe(code);
    expect((err as DocxReadError).message).toMatch(message);
  });
});
