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
  /** Word's automatic numbering: the paragraph is an item of list `id` (a key of `DocSpec.lists`) at `level`. */
  list?: SpecListItem;
}

/** Number formats both writers can express (Word's w:numFmt names). */
export type SpecNumberFormat = "decimal" | "upperRoman" | "lowerRoman" | "upperLetter" | "lowerLetter" | "bullet";

export interface SpecListLevel {
  format: SpecNumberFormat;
  /**
   * What Word shows, with %1..%9 for the numbers of levels 1..9 ("%1.", "%1)", "%1.%2."); for a bullet, the bullet
   * character ("-", "+", "•"). LibreOffice can write only a prefix, the levels joined by "." and a suffix.
   */
  text: string;
  /** First number (default 1). */
  start?: number;
}

/** One automatically numbered list (an abstract numbering definition): its levels, level 0 first. */
export interface SpecList {
  levels: SpecListLevel[];
}

export interface SpecListItem {
  id: string;
  /** 0-based (w:ilvl); default 0. */
  level?: number;
  /** Start the list again here (Word's "Restart at 1"): later items of the list continue from this one. */
  restart?: boolean;
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
  /** Automatically numbered lists by id (absent: the document has no numbering part). */
  lists?: Record<string, SpecList>;
  blocks: SpecBlock[];
}
