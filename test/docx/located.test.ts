import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readLocatedDocument } from "../../src/docx/located";
import { readDocument } from "../../src/docx/reader";
import { deepText, type XmlElement } from "../../src/docx/xml";
import { nfc } from "../../src/model/text";
import { buildDocxFromSpec, makeDocx, stylesXml } from "../support/buildDocx";
import { partyPlan, partyReport, statePlan, stateReport } from "../support/samples";

describe("readLocatedDocument", () => {
  it("pairs every model paragraph (table cells and content controls included) and section with its element", () => {
    const body =
      `<w:p><w:r><w:t>một</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>hai</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ba</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent><w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr><w:r><w:t>bốn</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>năm</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="16838" w:h="11906"/></w:sectPr>`;
    const s = readLocatedDocument(makeDocx({ body, styles: stylesXml() }));
    expect(s.model.paragraphs.map((p) => p.text)).toEqual(["một", "hai", "ba", "bốn", "năm"]);
    expect(s.paragraphs.map((p) => s.xml.slice(p.element.start, p.element.end).replace(/<[^>]+>/g, ""))).toEqual([
      "một",
      "hai",
      "ba",
      "bốn",
      "năm",
    ]);
    expect(s.sectPrs).toHaveLength(2);
    expect(s.model.sections.map((x) => x.orientation)).toEqual(["portrait", "landscape"]);
  });
});

describe("readLocatedDocument: runs and text segments", () => {
  const field = (type: string): string => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
  const body =
    `<w:p><w:r><w:t>A</w:t><w:tab/><w:t xml:space="preserve"> B</w:t><w:br/><w:br w:type="page"/><w:noBreakHyphen/>` +
    `<w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>` +
    `${field("begin")}<w:r><w:instrText> PAGE </w:instrText></w:r>${field("separate")}<w:r><w:t>3</w:t></w:r>${field("end")}` +
    `<w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>` +
    // A field whose code runs on into the next paragraph: that paragraph's text is only the result.
    `<w:p>${field("begin")}<w:r><w:instrText>HYPERLINK </w:instrText></w:r></w:p>` +
    `<w:p><w:r><w:instrText>"x"</w:instrText><w:t>code</w:t></w:r>${field("separate")}<w:r><w:t>result</w:t></w:r>${field("end")}</w:p>`;
  const doc = readLocatedDocument(makeDocx({ body, styles: stylesXml() }));

  it("gives each piece of the text with the element it comes from", () => {
    expect(doc.model.paragraphs.map((p) => p.text)).toEqual(["A\t B\n-\u00fclink3", "", "result"]);
    expect(doc.paragraphs[0]!.segments.map((s) => [s.kind, s.text, s.element.name])).toEqual([
      ["text", "A", "w:t"],
      ["tab", "\t", "w:tab"],
      ["text", " B", "w:t"],
      ["break", "\n", "w:br"],
      ["hyphen", "-", "w:noBreakHyphen"],
      ["symbol", "\u00fc", "w:sym"],
      ["text", "link", "w:t"],
      ["text", "3", "w:t"],
    ]);
    expect(doc.paragraphs[2]!.segments.map((s) => s.text)).toEqual(["result"]);
  });

  it("lists every run in reading order, through inline containers, deleted runs left out", () => {
    const runText = (r: XmlElement): string => doc.xml.slice(r.start, r.end).replace(/<[^>]+>/g, "");
    expect(doc.paragraphs[0]!.runs.map(runText)).toEqual(["A B", "link", "", " PAGE ", "", "3", ""]);
    expect(doc.paragraphs[1]!.runs).toHaveLength(2);
  });
});

/** Every .docx of the fixtures (the real corpus, the rule fixtures, LibreOffice's) and the built samples. */
const FIXTURES = join(__dirname, "..", "fixtures");
const corpus: [string, Uint8Array][] = [
  ...["real", "rules", "libreoffice"].flatMap((dir) =>
    readdirSync(join(FIXTURES, dir))
      .filter((f) => f.endsWith(".docx"))
      .map((f): [string, Uint8Array] => [`${dir}/${f}`, new Uint8Array(readFileSync(join(FIXTURES, dir, f)))]),
  ),
  ...[partyPlan, partyReport, statePlan, stateReport].map((spec): [string, Uint8Array] => [
    `built ${spec.name}`,
    buildDocxFromSpec(spec()),
  ]),
];

describe.each(corpus)("%s: the located read is the reader's own reading", (_name, bytes) => {
  const doc = readLocatedDocument(bytes);

  it("reads the same model as readDocument", () => {
    expect(doc.model).toEqual(readDocument(bytes));
  });

  it("locates every paragraph and every section", () => {
    expect(doc.paragraphs).toHaveLength(doc.model.paragraphs.length);
    expect(doc.sectPrs).toHaveLength(doc.model.sections.length);
    doc.sectPrs.forEach((s, i) =>
      expect([i, s?.name ?? "none"]).toEqual([i, doc.model.sections[i]!.known ? "w:sectPr" : "none"]),
    );
  });

  it("spells each paragraph's text with its segments, each inside its paragraph's element", () => {
    doc.model.paragraphs.forEach((p, i) => {
      const located = doc.paragraphs[i]!;
      // Exactly the text, once normalised as the reader normalises it (NFC; a few corpus documents are typed
      // decomposed): the fixer edits only where the source already reads as the model does.
      expect([i, nfc(located.segments.map((s) => s.text).join(""))]).toEqual([i, p.text]);
      const inside = (el: XmlElement): boolean => el.start! > located.element.start! && el.end! < located.element.end!;
      expect([i, located.runs.every(inside), located.segments.every((s) => inside(s.element))]).toEqual([
        i,
        true,
        true,
      ]);
      for (const s of located.segments) if (s.kind === "text") expect(deepText(s.element)).toBe(s.text);
    });
  });
});
