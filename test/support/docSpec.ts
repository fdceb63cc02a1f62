/**
 * A writer-neutral description of a test document. The same spec is written to .docx by two independent writers:
 * our own test builder (test/support/buildDocx.ts) and LibreOffice (scripts/make-libreoffice-fixtures.ts, via a
 * flat ODT converted with soffice). Reading both must give the same document model.
 * Specs live as JSON in test/fixtures/specs/ so the fixture scripts read them as they are.
 */
export interface SpecRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  font?: string;
  sizePt?: number;
}

export interface SpecParagraph {
  type: "paragraph";
  /** Either text (one run) or runs. */
  text?: string;
  runs?: SpecRun[];
  /** Paragraph-level run properties, applied to every run that does not set its own. */
  font?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  align?: "left" | "center" | "right" | "justify";
  firstLineMm?: number;
  /** Left indent of the whole paragraph. */
  indentLeftMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing as a multiple (1, 1.15, 1.5). */
  lineSpacing?: number;
}

export interface SpecTable {
  type: "table";
  /** Borderless layout tables (header, signature/recipients) are the norm in these documents. */
  borderless?: boolean;
  /** Column widths in mm. */
  columnWidthsMm: number[];
  /** rows → cells → paragraphs */
  rows: SpecParagraph[][][];
}

export type SpecBlock = SpecParagraph | SpecTable;

export interface DocSpec {
  name: string;
  description: string;
  page: {
    widthMm: number;
    heightMm: number;
    marginsMm: { top: number; bottom: number; left: number; right: number };
    /** Distance of the header and footer from the page edge (w:pgMar w:header/w:footer); Word's 12.7 mm if absent. */
    headerDistanceMm?: number;
    /** Page number (PAGE field) centred in the header, absent on page 1 (w:titlePg with an empty first header). */
    pageNumbers: boolean;
  };
  /** The document's default run font and size (docDefaults / default paragraph style). */
  defaults: { font: string; sizePt: number };
  blocks: SpecBlock[];
}
