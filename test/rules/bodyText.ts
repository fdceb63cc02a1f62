/** Samples with their body text changed, for the rules that read the words (citations, text). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import type { DocSpec, SpecBlock, SpecParagraph } from "../support/docSpec";
import { blockPara, partyPlan, stateReport, variant } from "../support/samples";

/** A sample with one body paragraph's text replaced. */
export const withBody = (doc: DocSpec, text: string, block = 5): DocSpec =>
  variant(doc, (d) => {
    const p = blockPara(d, block);
    p.text = text;
    delete p.runs;
  });

/** The State report sample with its body paragraphs (blocks 4–10, paragraphs 10–16) replaced, in order. */
export function stateReportBody(...texts: string[]): DocSpec {
  return variant(stateReport(), (d) => {
    texts.forEach((t, k) => {
      const p = blockPara(d, 4 + k);
      p.text = t;
      delete p.runs;
    });
  });
}

/** A running-text body paragraph (justified, indented, 6 pt after), with any other properties given. */
export const bodyParagraph = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  align: "justify",
  firstLineMm: 12.7,
  spaceAfterPt: 6,
  ...extra,
});

/** A sample with its whole body (blocks 4 to the signature table) replaced: body block k is paragraph P.firstBody + k. */
export const withBodyBlocks = (doc: DocSpec, body: SpecBlock[]): DocSpec =>
  variant(doc, (d) => {
    d.blocks.splice(4, d.blocks.length - 5, ...body);
  });

/** The five real plans committed in test/fixtures/real (provenance in its README). */
export const REAL_PLANS = [
  "kh-cchc-2026-issued.docx",
  "kh-cchc-2026-draft.docx",
  "kh-cchc-2026-2030.docx",
  "kh-tuyen-truyen-cchc-2026.docx",
  "kh-kiem-tra-cchc-2026.docx",
] as const;

/** A real document of test/fixtures/real, read. */
export const realDocument = (name: string): DocumentModel =>
  readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "real", name))));

/** The seed conclusion (seeds/), one paragraph per line, as a document: real Party phrasing for the text rules. */
export function seedAsDocument(): DocSpec {
  const lines = readFileSync(join(__dirname, "..", "..", "seeds", "000_6b58a9ed2912506d.txt"), "utf8").split(/\r?\n/);
  return { ...partyPlan(), name: "seed", blocks: lines.map((text) => ({ type: "paragraph" as const, text })) };
}
