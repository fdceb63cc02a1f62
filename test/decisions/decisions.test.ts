/**
 * Decisions that travel with the file: stored in the .docx (a custom XML part), read by check, fix and matrix, kept
 * when paragraphs are inserted before an ignored finding, and by LibreOffice.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { checkDocument } from "../../src/check";
import { ignoreDecision, noDecisions, paragraphKey, type Decisions } from "../../src/decisions";
import { decisionsFromXml, decisionsToXml } from "../../src/decisions/xml";
import { readDecisions, writeDecisions } from "../../src/decisions/package";
import { readDocument } from "../../src/docx/reader";
import { fixDocument } from "../../src/fixer";
import { buildDocxFromSpec } from "../support/buildDocx";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { blockPara, partyPlan, variant } from "../support/samples";

/** A Party plan with two body paragraphs in 12 pt (font/size, fixable) and one in Arial. */
function plan(): Uint8Array {
  return buildDocxFromSpec(
    variant(partyPlan(), (d) => {
      blockPara(d, 6).sizePt = 12;
      blockPara(d, 8).sizePt = 12;
      blockPara(d, 7).font = "Arial";
    }),
  );
}

/** The same .docx with `count` new paragraphs before body paragraph `before` (its decisions part kept). */
function insertParagraphsBefore(bytes: Uint8Array, text: string, count: number): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]!);
  const at = xml.indexOf(`<w:p>`, xml.indexOf("</w:tbl>"));
  const p = `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
  files["word/document.xml"] = strToU8(xml.slice(0, at) + p.repeat(count) + xml.slice(at));
  return zipSync(files);
}

const sizeFindings = (bytes: Uint8Array, decisions?: Decisions) =>
  checkDocument(readDocument(bytes), decisions === undefined ? {} : { decisions }).findings.filter(
    (f) => f.rule === "font/size",
  );

describe("the decisions part", () => {
  it("reads back what was written, Vietnamese reasons and markup characters included", () => {
    const model = readDocument(plan());
    const d: Decisions = {
      ignored: [ignoreDecision(model, "font/size", 6, 'Đoạn trích nguyên văn <giữ cỡ chữ gốc> & "ngoặc"')],
      rulesOff: ["font/color"],
      notApplicable: [{ item: "2.4", reason: "Đơn vị không có lực lượng vũ trang" }],
    };
    const written = writeDecisions(plan(), d);
    expect(readDecisions(written)).toEqual(d);
    expect(decisionsFromXml(decisionsToXml(d))).toEqual(d);
    // the document itself reads the same
    expect(readDocument(written).paragraphs.map((p) => p.text)).toEqual(model.paragraphs.map((p) => p.text));
  });

  it("is a custom XML part Word finds by its namespace: relationship, properties part, content type", () => {
    const files = unzipSync(writeDecisions(plan(), { ...noDecisions(), rulesOff: ["font/color"] }));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(["customXml/item1.xml", "customXml/itemProps1.xml"]));
    expect(strFromU8(files["customXml/item1.xml"]!)).toContain('xmlns="urn:ketluan:decisions:1"');
    expect(strFromU8(files["customXml/itemProps1.xml"]!)).toContain('ds:schemaRef ds:uri="urn:ketluan:decisions:1"');
    expect(strFromU8(files["customXml/_rels/item1.xml.rels"]!)).toContain('Target="itemProps1.xml"');
    expect(strFromU8(files["word/_rels/document.xml.rels"]!)).toMatch(
      /relationships\/customXml" Target="\/customXml\/item1\.xml"/,
    );
    expect(strFromU8(files["[Content_Types].xml"]!)).toContain('PartName="/customXml/itemProps1.xml"');
  });

  it("is replaced, not duplicated, when decisions are written again", () => {
    const once = writeDecisions(plan(), { ...noDecisions(), rulesOff: ["font/color"] });
    const twice = writeDecisions(once, { ...noDecisions(), rulesOff: ["font/size"] });
    const names = Object.keys(unzipSync(twice)).filter((n) => n.toLowerCase().startsWith("customxml/item"));
    expect(names.sort()).toEqual(["customXml/item1.xml", "customXml/itemProps1.xml"]);
    expect(readDecisions(twice).rulesOff).toEqual(["font/size"]);
    const rels = strFromU8(unzipSync(twice)["word/_rels/document.xml.rels"]!);
    expect(rels.match(/relationships\/customXml"/g)).toHaveLength(1);
  });

  it("keys a paragraph by its text: the same words however spaced or composed, not other words", () => {
    expect(paragraphKey("Tổ chức  quán triệt\u00a0Kết luận ")).toBe(paragraphKey("Tổ chức quán triệt Kết luận"));
    expect(paragraphKey("Tổ chức quán triệt".normalize("NFD"))).toBe(paragraphKey("Tổ chức quán triệt"));
    expect(paragraphKey("Tổ chức quán triệt Kết luận")).not.toBe(paragraphKey("Tổ chức quán triệt Nghị quyết"));
  });
});

describe("a check with the document's decisions", () => {
  const original = plan();
  const model = readDocument(original);
  const found = sizeFindings(original);
  // the two 12 pt paragraphs, as the check numbers them (the header table's cells come first)
  const [a, b] = found.map((f) => f.paragraph!) as [number, number];

  it("leaves an ignored finding out, lists it with its reason, and keeps the others", () => {
    expect(found).toHaveLength(2);
    const d = { ...noDecisions(), ignored: [ignoreDecision(model, "font/size", a, "trích nguyên văn")] };
    const result = checkDocument(model, { decisions: d });
    expect(result.findings.filter((f) => f.rule === "font/size").map((f) => f.paragraph)).toEqual([b]);
    expect(result.ignored?.map((x) => [x.finding.rule, x.finding.paragraph, x.decision.reason])).toEqual([
      ["font/size", a, "trích nguyên văn"],
    ]);
  });

  it("keeps a finding ignored after paragraphs are inserted before it", () => {
    const decided = writeDecisions(original, {
      ...noDecisions(),
      ignored: [ignoreDecision(model, "font/size", a)],
    });
    const edited = insertParagraphsBefore(decided, "Đoạn mới chèn thêm.", 3);
    const after = checkDocument(readDocument(edited), { decisions: readDecisions(edited) });
    const sizes = after.findings.filter((f) => f.rule === "font/size").map((f) => f.paragraph);
    expect(sizes).toEqual([b + 3]); // both moved down by three; the ignored one stays ignored
    expect(after.ignored?.map((x) => x.finding.paragraph)).toEqual([a + 3]);
  });

  it("does not run a rule turned off, and says why an item does not apply", () => {
    const d: Decisions = {
      ignored: [],
      rulesOff: ["font/size"],
      notApplicable: [{ item: "2.4", reason: "Đơn vị không có lực lượng vũ trang" }],
    };
    const result = checkDocument(model, { decisions: d, implementsConclusion: true });
    expect(result.findings.some((f) => f.rule === "font/size")).toBe(false);
    const item = result.coverage.find((c) => c.item === "2.4")!;
    expect(item.status).toBe("not-applicable");
    expect(item.reason).toBe("Đơn vị không có lực lượng vũ trang");
    expect(result.findings.some((f) => f.rule === "coverage/missing" && f.message.includes("2.4"))).toBe(false);
  });

  it("is respected by fix: an ignored finding is not fixed, the others are", () => {
    const d = { ...noDecisions(), ignored: [ignoreDecision(model, "font/size", a)] };
    const fixed = fixDocument(original, { decisions: d });
    const out = readDocument(fixed.bytes);
    const sizeOf = (i: number) => out.paragraphs[i]!.runs.find((r) => r.text.trim() !== "")!.sizePt;
    expect(sizeOf(a)).toBe(12); // ignored: left as it was
    expect(sizeOf(b)).toBe(14); // fixed to the Party profile's body size
  });
});

const withLibreOffice = libreOfficeAvailable("decisions") ? describe : describe.skip;
withLibreOffice("decisions in LibreOffice", () => {
  it("survive a LibreOffice round trip (docx → docx)", () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-decisions-lo-"));
    const model = readDocument(plan());
    const d: Decisions = {
      ignored: [ignoreDecision(model, "font/size", sizeFindings(plan())[0]!.paragraph!, "trích nguyên văn")],
      rulesOff: [],
      notApplicable: [{ item: "2.4", reason: "Không áp dụng" }],
    };
    const file = join(dir, "quyet-dinh.docx");
    writeFileSync(file, writeDecisions(plan(), d));
    convertWithLibreOffice([file], "docx:MS Word 2007 XML", join(dir, "lo"));
    expect(readDecisions(new Uint8Array(readFileSync(join(dir, "lo", "quyet-dinh.docx"))))).toEqual(d);
  }, 120_000);
});
