/**
 * Two independent writers, one model: each spec in test/fixtures/specs is written by LibreOffice
 * (scripts/make-libreoffice-fixtures.ts, outputs committed in test/fixtures/libreoffice) and by our own builder;
 * both must read into the same document model.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";

const FIXTURES = join(__dirname, "..", "fixtures");
const SPECS = ["plan-party", "report-state", "plan-party-letter-arial"];

const round = (n: number): number => Math.round(n * 10) / 10;

/** What a user of the model can observe; rounding absorbs twip rounding differences between writers. */
function observable(m: DocumentModel) {
  return {
    paragraphs: m.paragraphs.map((p) => ({
      index: p.index,
      text: p.text,
      cell: p.cell === undefined ? null : [p.cell.table, p.cell.row, p.cell.column, p.cell.depth],
      alignment: p.alignment,
      firstLineMm: round(p.firstLineMm),
      spaceBeforePt: p.spaceBeforePt,
      spaceAfterPt: p.spaceAfterPt,
      lineSpacing: p.lineSpacing,
      runs: p.runs.map((r) => [r.text, r.font, r.sizePt, r.bold, r.italic, r.underline !== "none"]),
    })),
    sections: m.sections.map((s) => ({
      page: [round(s.pageWidthMm), round(s.pageHeightMm), s.orientation],
      margins: [s.margins.topMm, s.margins.bottomMm, s.margins.leftMm, s.margins.rightMm].map(round),
      differentFirstPage: s.differentFirstPage,
      pageNumberOnLaterPages: s.headers.find((h) => h.kind === "default")?.hasPageNumber ?? false,
      pageNumberOnFirstPage: s.differentFirstPage
        ? (s.headers.find((h) => h.kind === "first")?.hasPageNumber ?? false)
        : null,
      pageNumberAlignment: s.headers.find((h) => h.kind === "default")?.pageNumberAlignment ?? null,
    })),
  };
}

describe.each(SPECS)("%s: LibreOffice and our builder give the same model", (name) => {
  const spec = JSON.parse(readFileSync(join(FIXTURES, "specs", `${name}.json`), "utf8")) as DocSpec;
  const fromLibreOffice = readDocument(new Uint8Array(readFileSync(join(FIXTURES, "libreoffice", `${name}.docx`))));
  const fromBuilder = readDocument(buildDocxFromSpec(spec));
  const lo = observable(fromLibreOffice);
  const ours = observable(fromBuilder);

  it("has the same paragraphs in the same order, table cells included", () => {
    expect(lo.paragraphs.map((p) => [p.text, p.cell])).toEqual(ours.paragraphs.map((p) => [p.text, p.cell]));
    expect(lo.paragraphs.length).toBeGreaterThan(20);
  });
  it("has the same effective run formatting", () => {
    expect(lo.paragraphs.map((p) => p.runs)).toEqual(ours.paragraphs.map((p) => p.runs));
  });
  it("has the same paragraph formatting", () => {
    const pf = (x: typeof lo) => x.paragraphs.map(({ runs: _r, text: _t, ...rest }) => rest);
    expect(pf(lo)).toEqual(pf(ours));
  });
  it("has the same page setup and page numbers", () => {
    expect(lo.sections).toEqual(ours.sections);
  });
  it("matches the spec's page", () => {
    expect(lo.sections[0]!.page.slice(0, 2)).toEqual([round(spec.page.widthMm), round(spec.page.heightMm)]);
    expect(lo.sections[0]!.pageNumberOnLaterPages).toBe(spec.page.pageNumbers);
  });
});
