/**
 * `ketluan fix` on the real documents (test/fixtures/real/) changes only what is really wrong (issue 10): it turns no
 * landscape section holding a table portrait, adds no "-----" paragraph where the document draws its lines as shapes,
 * adds nothing from the conclusion to a document that does not cite it, and the fixed copy lays out (LibreOffice) on
 * the same number of pages as the original, ±1. Runs the core's fixDocument with the options the CLI passes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { nodeInflateRaw } from "../../src/cli/io";
import { fixDocument, type FixDocumentResult } from "../../src/fixer";
import type { DocumentModel } from "../../src/model/document";
import { normalizeForMatch } from "../../src/model/text";
import { isSeparatorLine } from "../../src/model/structure";
import { convertToPdf, libreOfficeAvailable } from "../support/libreoffice";
import { citesConclusion, readFixture, readManifest, readModel } from "./golden";

const manifest = readManifest();
const files = manifest.documents.map((d) => d.file);

interface Fixed {
  before: DocumentModel;
  after: DocumentModel;
  result: FixDocumentResult;
}
const cache = new Map<string, Fixed>();
/** `ketluan fix IN -o OUT` on a fixture, as the CLI runs it (default options, Node's inflate), once per file. */
function fixed(file: string): Fixed {
  let f = cache.get(file);
  if (f === undefined) {
    const bytes = readFixture(file);
    const result = fixDocument(bytes, { profile: "auto" }, { inflateRaw: nodeInflateRaw });
    f = { before: readModel(bytes), after: readModel(result.bytes), result };
    cache.set(file, f);
  }
  return f;
}

/** Whether the body draws a straight line as a shape (DrawingML line/connector, or a VML line), read from the XML. */
function drawsLines(file: string): boolean {
  const xml = strFromU8(
    unzipSync(readFixture(file), { filter: (f) => f.name === "word/document.xml" })["word/document.xml"]!,
  );
  return /<a:prstGeom prst="(line|straightConnector1)"|<v:line\b/.test(xml);
}

const TINH_UY = normalizeForMatch("Tỉnh ủy");
/** Paragraphs that name the provincial Party committee, in order: what the conclusion's recipient rules would touch. */
// Spaces collapsed: text/typing's fix may take a double space out of such a line, which adds nothing.
const tinhUyLines = (m: DocumentModel): string[] =>
  m.paragraphs.map((p) => p.text.trim().replace(/\s+/g, " ")).filter((t) => normalizeForMatch(t).includes(TINH_UY));

const landscapeTableSections = (m: DocumentModel): number[] =>
  m.sections
    .filter(
      (s) => s.orientation === "landscape" && m.paragraphs.some((p) => p.section === s.index && p.cell !== undefined),
    )
    .map((s) => s.index);

describe.each(files.map((f) => [f]))("ketluan fix on %s", (file) => {
  it("turns no landscape section holding a table portrait", () => {
    const { before, after } = fixed(file);
    expect(after.sections).toHaveLength(before.sections.length);
    const turned = landscapeTableSections(before).filter((i) => after.sections[i]!.orientation !== "landscape");
    expect(turned.map((i) => `section ${i + 1} turned ${after.sections[i]!.orientation}`)).toEqual([]);
  });

  (drawsLines(file) ? it : it.skip)("adds no “-----” paragraph where the lines are drawn as shapes", () => {
    const { before, after } = fixed(file);
    const separators = (m: DocumentModel): string[] =>
      m.paragraphs.filter((p) => isSeparatorLine(p.text)).map((p) => p.text.trim());
    expect(separators(after).length).toBeLessThanOrEqual(separators(before).length);
  });

  it("adds nothing from the conclusion when the document does not cite it", () => {
    const { before, after } = fixed(file);
    if (citesConclusion(before)) return;
    expect(tinhUyLines(after)).toEqual(tinhUyLines(before));
  });
});

/** Documents with landscape appendix sections: what turning them portrait did to the layout shows in the page count. */
const LAYOUT = [
  "bc-cchc-2025-issued.docx",
  "bc-cchc-quy1-2026.docx",
  "kh-cchc-2026-issued.docx",
  "kh-cchc-2026-2030.docx",
];

(libreOfficeAvailable("fix-real.test") ? describe : describe.skip)(
  "the fixed copy lays out on the same number of pages (LibreOffice), ±1",
  () => {
    const pages = new Map<string, { before: number; after: number }>();
    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), "ketluan-fix-real-"));
      const inputs: string[] = [];
      for (const file of LAYOUT) {
        const base = file.replace(/\.docx$/, "");
        const original = join(dir, `${base}.docx`);
        const fixedCopy = join(dir, `${base}-fixed.docx`);
        writeFileSync(original, readFixture(file));
        writeFileSync(fixedCopy, fixed(file).result.bytes);
        inputs.push(original, fixedCopy);
      }
      convertToPdf(inputs, dir, 360_000);
      const count = (pdf: string): number =>
        Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
      for (const file of LAYOUT) {
        const base = file.replace(/\.docx$/, "");
        pages.set(file, { before: count(join(dir, `${base}.pdf`)), after: count(join(dir, `${base}-fixed.pdf`)) });
      }
    }, 420_000);

    it.each(LAYOUT.map((f) => [f]))("%s", (file) => {
      const { before, after } = pages.get(file)!;
      expect(after).toBeGreaterThanOrEqual(before - 1);
      expect(after).toBeLessThanOrEqual(before + 1);
    });
  },
);
