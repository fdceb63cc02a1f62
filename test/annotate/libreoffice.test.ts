/**
 * The annotated copy as LibreOffice reads it: saved again as .docx by LibreOffice, its comments are all there with
 * their author and text, on the same paragraphs; exported to PDF with comments as notes, each is a text annotation.
 * Needs LibreOffice (installed by .ci/run); skipped with a note when it is absent outside CI.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { annotateDocument } from "../../src/annotate";
import { checkDocument } from "../../src/check";
import { readDocument } from "../../src/docx/reader";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import { anchorsOf, arialPlanDocx, commentsOf, DATE } from "./support";

const available = libreOfficeAvailable("annotate/libreoffice.test");
const describeIfTools = available ? describe : describe.skip;

/** One soffice call (test/support/libreoffice.ts: a private profile, so a running soffice does not swallow it). */
function soffice(_dir: string, filter: string, outDir: string, file: string): void {
  convertWithLibreOffice([file], filter, outDir);
}

/** The /Contents of the PDF's text annotations (LibreOffice writes them as UTF-16BE hex strings, uncompressed). */
function pdfNotes(pdf: Buffer): string[] {
  const out: string[] = [];
  for (const m of pdf.toString("latin1").matchAll(/\/Subtype\s*\/Text\b[\s\S]*?\/Contents\s*<FEFF([0-9A-Fa-f]*)>/g)) {
    const hex = m[1]!;
    let s = "";
    for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    out.push(s);
  }
  return out;
}

describeIfTools("an annotated copy through LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-annotate-lo-"));
  const input = arialPlanDocx();
  const result = checkDocument(readDocument(input));
  const annotated = annotateDocument(input, result, { date: DATE });
  const file = join(dir, "co-nhan-xet.docx");
  writeFileSync(file, annotated.bytes);

  it("keeps every comment, its author, text and paragraph when LibreOffice saves it as .docx", () => {
    soffice(dir, "docx:MS Word 2007 XML", join(dir, "docx"), file);
    const again = new Uint8Array(readFileSync(join(dir, "docx", "co-nhan-xet.docx")));
    const ours = commentsOf(annotated.bytes);
    const theirs = commentsOf(again);
    expect(theirs.map((c) => [c.author, c.initials, c.lines])).toEqual(
      ours.map((c) => [c.author, c.initials, c.lines]),
    );
    // LibreOffice writes an empty paragraph before a table that opens the body: compare the paragraphs with text.
    const original = readDocument(input).paragraphs;
    const withText = (ps: { text: string }[]): string[] => ps.map((p) => p.text).filter((t) => t !== "");
    const model = readDocument(again);
    expect(withText(model.paragraphs)).toEqual(withText(original));
    // It renumbers the ids too; the k-th comment still ends on the k-th planned paragraph and wraps its whole text.
    // (A range that starts in the first cell of the table opening the body starts in that empty paragraph.)
    const anchors = anchorsOf(again);
    theirs.forEach((c, k) => {
      const a = anchors.get(c.id)!;
      const planned = annotated.comments[k]!.paragraph;
      expect(model.paragraphs[a.endParagraph]!.text).toBe(original[planned]!.text);
      if (planned === 0) expect([-1, a.endParagraph]).toContain(a.paragraph);
      else {
        expect(a.paragraph).toBe(a.endParagraph);
        expect(a.text).toBe(original[planned]!.text);
      }
    });
  }, 120_000);

  it("converts to PDF with every comment as a note", () => {
    soffice(dir, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', join(dir, "pdf"), file);
    const notes = pdfNotes(readFileSync(join(dir, "pdf", "co-nhan-xet.pdf")));
    expect(notes).toHaveLength(annotated.comments.length);
    for (const c of annotated.comments) {
      const first = (c.lines[0]!.lead ?? "") + c.lines[0]!.text;
      expect(notes.some((n) => n.startsWith(first))).toBe(true);
    }
    expect(notes.filter((n) => n.includes("Căn cứ: ")).length).toBe(annotated.comments.length - 1);
  }, 120_000);
});
