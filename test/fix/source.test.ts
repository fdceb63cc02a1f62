import { strToU8, zipSync } from "fflate";
import { parseXml } from "../../src/docx/xml";
import { readDocument } from "../../src/docx/reader";
import { readDocumentWithSource } from "../../src/docx/source";
import { readRawZip, replaceEntryData, writeRawZip } from "../../src/docx/zip-write";
import { openZip } from "../../src/docx/zip";
import { applyFixes } from "../../src/fixer";
import { makeDocx, stylesXml } from "../support/buildDocx";

describe("parseXml with source offsets", () => {
  it("records start, end of start tag and end of every element; none without the option", () => {
    const src = `<?xml version="1.0"?>\n<w:document xmlns:w="urn:x"><w:p a="1"><w:r><w:t xml:space="preserve"> a &amp; b</w:t></w:r><w:r/></w:p></w:document>`;
    const root = parseXml(src, "t", { offsets: true });
    const p = root.children[0] as ReturnType<typeof parseXml>;
    expect(src.slice(p.start, p.end)).toBe(
      `<w:p a="1"><w:r><w:t xml:space="preserve"> a &amp; b</w:t></w:r><w:r/></w:p>`,
    );
    expect(src.slice(p.start, p.openEnd)).toBe(`<w:p a="1">`);
    const selfClosing = p.children[1] as ReturnType<typeof parseXml>;
    expect(src.slice(selfClosing.start, selfClosing.end)).toBe("<w:r/>");
    expect(selfClosing.openEnd).toBe(selfClosing.end);
    expect(parseXml(src).start).toBeUndefined();
  });
});

describe("readDocumentWithSource", () => {
  it("pairs every model paragraph (table cells and content controls included) and section with its element", () => {
    const body =
      `<w:p><w:r><w:t>một</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ba</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent><w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>bốn</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>năm</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>`;
    const s = readDocumentWithSource(makeDocx({ body, styles: stylesXml() }));
    expect(s.model.paragraphs.map((p) => p.text)).toEqual(["một", "hai", "ba", "bốn", "năm"]);
    expect(s.paragraphs.map((p) => s.xml.slice(p.start, p.end).replace(/<[^>]+>/g, ""))).toEqual([
      "một",
      "hai",
      "ba",
      "bốn",
      "năm",
    ]);
    expect(s.sectPrs).toHaveLength(2);
    expect(s.model.sections.map((x) => x.orientation)).toEqual(["portrait", "landscape"]);
  });

  it("fixes the right section in a multi-section document and escapes replaced text", () => {
    const body =
      `<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:bottom="1440" w:left="1440" w:right="1440" w:header="720"/></w:sectPr></w:pPr><w:r><w:t>A &amp; B</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>C</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850"/></w:sectPr>`;
    const input = makeDocx({ body, styles: stylesXml() });
    const out = applyFixes(input, [
      { kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } },
      { kind: "replaceText", paragraph: 0, find: "A & B", replace: '<A> & "B"' },
    ]);
    const m = readDocument(out.bytes);
    expect(m.paragraphs[0]!.text).toBe(`<A> & "B"`);
    expect(m.sections.map((s) => Math.round(s.margins.leftMm))).toEqual([30, 30]);
    expect(m.sections[0]!.margins.topMm).toBeCloseTo(20, 1);
    // w:header="720" is kept: attributes a fix does not set stay.
    const xml = new TextDecoder().decode(openZip(out.bytes).read("word/document.xml"));
    expect(xml).toMatch(/<w:pgMar [^>]*w:header="720"/);
  });
});

describe("zip rewrite", () => {
  it("copies untouched entries (stored or deflated) byte for byte and re-reads with CRC checks", () => {
    const bytes = zipSync({
      "a.xml": [strToU8("<a>ăâê</a>"), { level: 0 }],
      "b/c.bin": [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), { level: 9 }],
      "word/document.xml": [strToU8("<x/>"), { level: 6 }],
    });
    const zip = readRawZip(bytes);
    const out = writeRawZip({
      ...zip,
      entries: zip.entries.map((e) =>
        e.name === "word/document.xml" ? replaceEntryData(e, strToU8("<y>mới</y>")) : e,
      ),
    });
    const again = readRawZip(out);
    expect(again.entries.map((e) => e.name)).toEqual(["a.xml", "b/c.bin", "word/document.xml"]);
    for (const k of [0, 1]) {
      expect(Buffer.from(again.entries[k]!.raw).equals(Buffer.from(zip.entries[k]!.raw))).toBe(true);
      expect(again.entries[k]!.crc).toBe(zip.entries[k]!.crc);
    }
    const z = openZip(out);
    expect(z.readText("word/document.xml")).toBe("<y>mới</y>");
    expect(z.readText("a.xml")).toBe("<a>ăâê</a>");
    expect(Buffer.from(again.comment).equals(Buffer.from(zip.comment))).toBe(true);
  });

  it("refuses what is not a zip with a clear error", () => {
    expect(() => readRawZip(strToU8("không phải zip"))).toThrow(/không phải tệp ZIP/);
  });
});
