import { readDocument } from "../../src/docx/reader";
import { openZip } from "../../src/docx/zip";
import { applyFixes } from "../../src/fixer";
import { makeDocx, stylesXml } from "../support/buildDocx";

describe("applyFixes", () => {
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

describe("applyFixes edits text only where the reader's segments say it comes from a w:t", () => {
  const field = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const body =
    `<w:p><w:r><w:t>Số 5</w:t><w:tab/><w:t>ngày 9</w:t><w:br/><w:t>tháng 10</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t>Dấu </w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t> đã có</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r>${field("begin")}<w:r><w:instrText> DATE </w:instrText></w:r>` +
    `${field("separate")}<w:r><w:t>05/9/2023</w:t></w:r>${field("end")}</w:p>` +
    // A field whose code runs on into the next paragraph: that paragraph reads (and is edited) as its result only.
    `<w:p>${field("begin")}<w:r><w:instrText>HYPERLINK </w:instrText></w:r></w:p>` +
    `<w:p><w:r><w:instrText>"x"</w:instrText><w:t>mã</w:t></w:r>${field("separate")}<w:r><w:t>kết quả</w:t></w:r>${field("end")}</w:p>`;
  const input = makeDocx({ body, styles: stylesXml() });
  const texts = (bytes: Uint8Array): string[] => readDocument(bytes).paragraphs.map((p) => p.text);

  it("inside one w:t: applied; across a tab or a line break: skipped", () => {
    const out = applyFixes(input, [
      { kind: "replaceText", paragraph: 0, find: "ngày 9", replace: "ngày 09" },
      { kind: "replaceText", paragraph: 0, find: "5\tngày", replace: "5 ngày" },
      { kind: "replaceText", paragraph: 0, find: "9\ntháng", replace: "9 tháng" },
    ]);
    expect(texts(out.bytes)[0]).toBe("Số 5\tngày 09\ntháng 10");
    expect(out.applied).toHaveLength(1);
    expect(out.skipped.map((s) => s.reason)).toEqual([
      "đoạn cần sửa chứa dấu tab, ngắt dòng hoặc trường",
      "đoạn cần sửa chứa dấu tab, ngắt dòng hoặc trường",
    ]);
  });

  it("a paragraph holding a symbol is not edited at all", () => {
    const out = applyFixes(input, [{ kind: "replaceText", paragraph: 1, find: "đã có", replace: "có" }]);
    expect(out.applied).toEqual([]);
    expect(out.skipped[0]!.reason).toBe("văn bản của đoạn không đối chiếu được với mã nguồn");
  });

  it("a field's result is edited in its w:t, the field's code never", () => {
    const out = applyFixes(input, [
      { kind: "replaceText", paragraph: 2, find: "05/9/2023", replace: "05/09/2023" },
      { kind: "replaceText", paragraph: 4, find: "kết quả", replace: "kết luận" },
    ]);
    expect(out.skipped).toEqual([]);
    expect(texts(out.bytes).slice(2)).toEqual(["Ngày 05/09/2023", "", "kết luận"]);
    const xml = new TextDecoder().decode(openZip(out.bytes).read("word/document.xml"));
    expect(xml).toContain("<w:instrText> DATE </w:instrText>");
    expect(xml).toContain("<w:t>mã</w:t>");
  });
});
