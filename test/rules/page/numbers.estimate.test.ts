/**
 * estimatePages, the rough layout behind "a document of several pages" (page/numbers, page/margins): each paragraph
 * takes ceil(characters / characters per line) lines, a character 0.44 em wide, a line 1 em high (times the line
 * spacing), in the text column of the page (A4 with margins 20/20/30/15: 165 × 257 mm); a table row is as tall as
 * its tallest cell, plus 1 mm. Each case states how many lines its paragraphs take.
 */
import { readDocument } from "../../../src/docx/reader";
import type { DocumentModel } from "../../../src/model/document";
import { estimatePages } from "../../../src/rules/page/numbers";
import { docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import type { SpecBlock, SpecParagraph } from "../../support/docSpec";
import { stateReport, variant } from "../../support/samples";
import { withSections } from "./sections";

const PT = 25.4 / 72;
const COLUMN_HEIGHT = 297 - 20 - 20;
/** Pages taken by `lines` lines of `pt` points (one section). */
const pagesOf = (...parts: [lines: number, pt: number][]): number =>
  parts.reduce((s, [lines, pt]) => s + lines * pt * PT, 0) / COLUMN_HEIGHT;

const x = (n: number): string => "x".repeat(n);
const para = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  sizePt: 14,
  ...extra,
});
const modelOf = (blocks: SpecBlock[]): DocumentModel =>
  readDocument(
    makeDocx(
      docxPartsFromSpec(
        variant(stateReport(), (d) => {
          d.page.pageNumbers = false;
          d.blocks = blocks;
        }),
      ),
    ),
  );
const times = <T>(n: number, f: () => T): T[] => Array.from({ length: n }, f);

// At 14 pt a character is 14 × 0.44 pt = 2.17 mm: 75 characters fill a 165 mm line, 76 take two.
describe("estimatePages: paragraphs", () => {
  it("60 paragraphs of 75 characters at 14 pt: one line each", () => {
    expect(estimatePages(modelOf(times(60, () => para(x(75)))))).toBeCloseTo(pagesOf([60, 14]), 6);
  });

  it("60 paragraphs of 80 characters: two lines each", () => {
    expect(estimatePages(modelOf(times(60, () => para(x(80)))))).toBeCloseTo(pagesOf([120, 14]), 6);
  });

  it("a paragraph's size is its largest run's: 14 pt and 10 pt runs lay out at 14 pt", () => {
    const mixed = (): SpecParagraph => ({
      type: "paragraph",
      runs: [
        { text: x(40), sizePt: 14 },
        { text: x(30), sizePt: 10 },
      ],
    });
    expect(estimatePages(modelOf(times(60, mixed)))).toBeCloseTo(pagesOf([60, 14]), 6);
  });

  it("an empty run (a field's bookkeeping) does not set the size", () => {
    const model = modelOf(times(60, () => para(x(70))));
    for (const p of model.paragraphs) p.runs.push({ ...p.runs[0]!, text: "", sizePt: 30 });
    expect(estimatePages(model)).toBeCloseTo(pagesOf([60, 14]), 6);
  });

  it("60 empty paragraphs: one 13 pt line each", () => {
    expect(estimatePages(modelOf(times(60, () => ({ type: "paragraph" as const, text: "" }))))).toBeCloseTo(
      pagesOf([60, 13]),
      6,
    );
  });

  it("indents narrow the line: 70 characters within 10 mm indents on both sides (145 mm) take two lines", () => {
    const model = modelOf(times(60, () => para(x(70), { indentLeftMm: 10 })));
    for (const p of model.paragraphs) p.indentRightMm = 10;
    expect(estimatePages(model)).toBeCloseTo(pagesOf([120, 14]), 6);
  });

  it("a 12.7 mm first-line indent counts as 5.8 characters: 72 characters take two lines, 50 one", () => {
    expect(estimatePages(modelOf(times(60, () => para(x(72), { firstLineMm: 12.7 }))))).toBeCloseTo(
      pagesOf([120, 14]),
      6,
    );
    expect(estimatePages(modelOf(times(60, () => para(x(50), { firstLineMm: 12.7 }))))).toBeCloseTo(
      pagesOf([60, 14]),
      6,
    );
  });

  it("a tab counts as four characters: ten tabs and 40 characters take two lines", () => {
    const model = modelOf(times(60, () => para(x(40))));
    for (const p of model.paragraphs) p.text = "\t".repeat(10) + p.text;
    expect(estimatePages(model)).toBeCloseTo(pagesOf([120, 14]), 6);
  });

  it("line spacing 1.5 makes each line 21 pt", () => {
    expect(estimatePages(modelOf(times(60, () => para(x(70), { lineSpacing: 1.5 }))))).toBeCloseTo(
      pagesOf([60, 21]),
      6,
    );
  });

  it("exact line spacing of 20 pt, and at least 20 pt (above the 14 pt natural line), make 20 pt lines", () => {
    for (const rule of ["exact", "atLeast"] as const) {
      const model = modelOf(times(60, () => para(x(70))));
      for (const p of model.paragraphs) p.lineSpacing = { rule, value: 20 };
      expect(estimatePages(model)).toBeCloseTo(pagesOf([60, 20]), 6);
    }
    const model = modelOf(times(60, () => para(x(70))));
    for (const p of model.paragraphs) p.lineSpacing = { rule: "atLeast", value: 10 };
    expect(estimatePages(model)).toBeCloseTo(pagesOf([60, 14]), 6);
    // exact 10 pt squeezes the 14 pt text: 10 pt lines
    for (const p of model.paragraphs) p.lineSpacing = { rule: "exact", value: 10 };
    expect(estimatePages(model)).toBeCloseTo(Math.max(1, pagesOf([60, 10])), 6);
  });

  it("space before and after adds to each paragraph", () => {
    expect(estimatePages(modelOf(times(60, () => para(x(70), { spaceBeforePt: 6, spaceAfterPt: 3 }))))).toBeCloseTo(
      pagesOf([60, 14], [60, 9]),
      6,
    );
  });

  it("a short text still counts as one page", () => {
    expect(estimatePages(modelOf([para("Một dòng.")]))).toBe(1);
  });
});

// A 4-column table: each column 165 / 4 − 2 = 39.25 mm; at 12 pt (1.86 mm a character) 21 characters fill a line.
describe("estimatePages: tables", () => {
  const cell = (...texts: string[]) => texts.map((text) => ({ type: "paragraph" as const, text, sizePt: 12 }));
  const table = (rows: number, row: () => ReturnType<typeof cell>[]): SpecBlock => ({
    type: "table",
    columnWidthsMm: [40, 40, 40, 45],
    rows: times(rows, row),
  });

  it("a row as tall as its tallest cell plus 1 mm: 22 characters in one cell take two lines", () => {
    const model = modelOf([table(40, () => [cell(x(22)), cell("1"), cell("2"), cell("3")])]);
    expect(estimatePages(model)).toBeCloseTo((40 * (2 * 12 * PT + 1)) / COLUMN_HEIGHT, 6);
  });

  it("21 characters fit one line of the column", () => {
    const model = modelOf([table(60, () => [cell(x(21)), cell("1"), cell("2"), cell("3")])]);
    expect(estimatePages(model)).toBeCloseTo((60 * (12 * PT + 1)) / COLUMN_HEIGHT, 6);
  });

  it("two paragraphs in a cell stack", () => {
    const model = modelOf([table(40, () => [cell("a", "b"), cell("1"), cell("2"), cell("3")])]);
    expect(estimatePages(model)).toBeCloseTo((40 * (2 * 12 * PT + 1)) / COLUMN_HEIGHT, 6);
  });
});

describe("estimatePages: sections", () => {
  it("each section starts a page; a set of sections counts only those", () => {
    const text = (): SpecBlock[] => times(60, () => para(x(75)));
    const main = variant(stateReport(), (d) => {
      d.page.pageNumbers = false;
      d.blocks = text();
    });
    const appendix = modelOf(text());
    const model = readDocument(
      withSections(main, [
        {
          xml: "<w:p><w:r><w:t>PHỤ LỤC</w:t></w:r></w:p>",
          section: { widthMm: 210, heightMm: 297, marginsMm: [20, 20, 30, 15] },
        },
      ]),
    );
    // the section-break paragraph is the main section's 61st line
    expect(estimatePages(model, new Set([0]))).toBeCloseTo(pagesOf([60, 14], [1, 13]), 6);
    expect(estimatePages(model, new Set([1]))).toBe(1);
    expect(estimatePages(model)).toBeCloseTo(pagesOf([60, 14], [1, 13]) + 1, 6);
    expect(estimatePages(appendix)).toBeCloseTo(pagesOf([60, 14]), 6);
  });
});
