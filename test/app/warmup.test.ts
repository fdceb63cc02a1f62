/**
 * The pane's warm-up sample (src/app/warmup): it must go through the same paths as a drafter's plan — the official
 * header, the body's numbering, the coverage of the conclusion, the recipients and the signature — or the engine
 * warms up code the real check does not run. And it must leave nothing behind.
 */
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { analyzeStructure } from "../../src/model/structure";
import { warmUpChecker, warmupDocx, warmupFlatOpc } from "../../src/app/warmup";

describe("the warm-up sample", () => {
  const model = readDocument(warmupDocx());

  it("reads the same from its .docx (the browser page) and its flat OPC (Word)", () => {
    const flat = readDocument(warmupFlatOpc());
    expect(flat.source).toBe("flat-opc");
    expect({ ...flat, source: "docx" }).toEqual(model);
  });

  it("is a Party plan implementing the seed conclusion, with every part a plan has", () => {
    const s = analyzeStructure(model);
    expect(s.detectedProfile).toBe("party");
    expect(s.documentType).toBe("plan");
    expect(s.header.number).toBeDefined();
    expect(s.header.date).toBeDefined();
    expect(s.recipients.lines).toHaveLength(3);
    expect(s.signature.paragraphs.length).toBeGreaterThan(0);
    expect(s.bodyParagraphs.length).toBeGreaterThan(60);
  });

  it("runs the rules' and the coverage's own paths, not only the reader's", () => {
    const r = checkDocument(model);
    expect(r.implementsConclusion).toBe(true);
    // the matcher found the plan's duties under the conclusion's items
    expect(r.coverage.map((c) => c.status)).toContain("partial");
    expect(r.plan?.tasks).toBeGreaterThan(0);
    // the sample's slip (a space before a comma) is found: text rules ran over the body
    expect(r.findings.map((f) => f.rule)).toContain("text/typing");
  });

  it("is a Word file's package: its styles name the body's style, its header carries the page number", () => {
    // the style's name is read from styles.xml
    const body = model.paragraphs.find((p) => p.text.startsWith("a) Tập trung đẩy mạnh"))!;
    expect(body).toMatchObject({ styleId: "Normal", styleName: "Normal" });
    expect(model.sections[0]!.headers).toEqual([
      expect.objectContaining({ kind: "default", hasPageNumber: true, pageNumberAlignment: "center" }),
    ]);
    expect(model.sections[0]!.differentFirstPage).toBe(true);
  });

  it("has no two paragraphs with the same text: each round runs the rules, not the paragraph memos", () => {
    const texts = model.paragraphs.map((p) => p.text).filter((t) => t.trim() !== "");
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThan(150);
  });

  it("checks the sample the number of rounds asked, yielding to the page before each", async () => {
    let yields = 0;
    const times = await warmUpChecker("flatOpc", 3, async () => {
      yields++;
    });
    expect(times).toHaveLength(3);
    expect(yields).toBe(3);
  });
});
