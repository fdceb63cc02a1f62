/**
 * The document model: what every rule, the coverage matcher and the UI see of a draft.
 * It is built by `src/docx/` from a .docx package or from Word's flat-OPC OOXML, and knows nothing of either.
 *
 * Units: sizes in points (pt), lengths in millimetres (mm), both as numbers rounded to 0.01.
 */

export type Alignment = "left" | "center" | "right" | "justify" | "distribute";
/** Every alignment, as a table for the data schemas (`oneOf(ALIGNMENTS)`). */
export const ALIGNMENTS: Readonly<Record<Alignment, true>> = {
  left: true,
  center: true,
  right: true,
  justify: true,
  distribute: true,
};

/** Formatting of a run after docDefaults → paragraph style chain → character style → direct formatting. */
export interface RunFormat {
  /** Font family for Latin text (w:ascii / w:hAnsi), theme fonts resolved. `undefined` when nothing sets it. */
  font: string | undefined;
  /** Size in points (w:sz is half-points). */
  sizePt: number;
  bold: boolean;
  italic: boolean;
  /** `w:u` value ("single", "double", ...) or "none". */
  underline: string;
  /** Hex colour "000000", or "auto". */
  color: string;
  /** Displayed in capitals through w:caps (the text itself may be lower case). */
  caps: boolean;
  /** `w:vertAlign` subscript/superscript (a drafter's initials after the archive line are often subscript). */
  vertAlign?: "subscript" | "superscript";
}

export interface Run extends RunFormat {
  text: string;
}

export interface ParagraphFormat {
  /** Style id (w:pStyle), "Normal" style when none is set. */
  styleId: string;
  /** Human-readable style name from styles.xml (w:name), when known. */
  styleName: string | undefined;
  alignment: Alignment;
  indentLeftMm: number;
  indentRightMm: number;
  /** Positive: first-line indent; negative: hanging indent. */
  firstLineMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line spacing: `{ rule: "auto", value: 1.15 }` (multiple of a line) or exact/atLeast in points. */
  lineSpacing: { rule: "auto" | "exact" | "atLeast"; value: number };
  /** Paragraph sits in a numbered or bulleted list (w:numPr). */
  numbered: boolean;
  /**
   * The number or bullet Word shows before an automatically numbered paragraph, computed from numbering.xml as Word
   * counts it ("1.", "a)", "II.", "-", "•"); undefined for paragraphs without automatic numbering.
   */
  listLabel?: string;
  /** The list level (w:ilvl, 0–8) of an automatically numbered paragraph. */
  listLevel?: number;
  /** Paragraph borders in effect (w:pBdr): a bottom border draws the line under a title or an issuer. */
  borderTop?: boolean;
  borderBottom?: boolean;
  /** Custom tab stops (w:tabs, style chain applied), positions in mm from the left text margin, ascending. */
  tabStopsMm?: number[];
}

/**
 * A shape drawn in the document (Insert → Shapes), read from DrawingML (`wps:wsp` in `w:drawing`, also inside
 * `mc:AlternateContent`) or from VML (`v:line`, `v:shape`, `v:rect` in `w:pict`) when there is no DrawingML.
 * Real offices draw the lines under the issuing body, the motto and the trích yếu this way.
 */
export interface Drawing {
  /** "line": a straight line (prstGeom line / straightConnector, v:line, or a shape with no height). */
  kind: "line" | "textbox" | "picture" | "shape";
  /** Anchored (floating) or inline in the text. */
  anchored: boolean;
  /** Horizontal offset in mm from `relativeFrom` (undefined when aligned instead of offset, or unknown). */
  xMm: number | undefined;
  /** Vertical offset in mm from `relativeFromV`, when known. */
  yMm: number | undefined;
  relativeFrom: string | undefined;
  relativeFromV: string | undefined;
  /** Horizontal alignment when the shape is aligned rather than offset ("center", "left", "right"). */
  align: string | undefined;
  widthMm: number;
  heightMm: number;
  /** Text inside a text box, paragraphs joined with "\n" (NFC); "" for other shapes. */
  text: string;
}

export interface TableCellPosition {
  /** Index of the table among the body's top-level tables, from 0. */
  table: number;
  row: number;
  column: number;
  /** Number of columns in that row (grid span counted as one cell). */
  columnCount: number;
  /** Nested table depth: 1 for a cell of a top-level table. */
  depth: number;
  /**
   * Word's vertical merge (w:vMerge): "restart" for the first cell of a merged column stretch, "continue" for the cells
   * below it, which show the first cell's text but hold none themselves. Undefined: not merged.
   */
  verticalMerge?: "restart" | "continue";
}

export interface Paragraph extends ParagraphFormat {
  /** Position in the main body, counting table cell paragraphs, from 0: same order as Word's `body.paragraphs`. */
  index: number;
  /** Text in NFC, tabs as "\t", line breaks as "\n". */
  text: string;
  runs: Run[];
  /** Set when the paragraph is inside a table cell. */
  cell: TableCellPosition | undefined;
  /** Index of the section this paragraph belongs to. */
  section: number;
  /** Shapes anchored in (or inline in) this paragraph, in document order; absent or empty when none. */
  drawings?: Drawing[];
}

export interface HeaderFooterInfo {
  kind: "default" | "first" | "even";
  /** The part contains a PAGE field (simple or complex). */
  hasPageNumber: boolean;
  /** Alignment of the paragraph holding the PAGE field, when found. */
  pageNumberAlignment: Alignment | undefined;
  /** Font size in points of the PAGE field's run, when found. */
  pageNumberSizePt: number | undefined;
  /** Font family of the PAGE field's run, when found (a legacy font such as VNI-Times shows in the check). */
  pageNumberFont?: string | undefined;
  /** The text of the paragraph holding the PAGE field (line breaks as "\n"), when found. */
  pageNumberParagraph?: string;
  text: string;
}

export interface Section {
  index: number;
  pageWidthMm: number;
  pageHeightMm: number;
  orientation: "portrait" | "landscape";
  /** Page margins; `headerMm`/`footerMm` are the distances of the header and footer from the page edge (w:pgMar). */
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number; headerMm?: number; footerMm?: number };
  /** w:titlePg: the first page has its own header/footer. */
  differentFirstPage: boolean;
  headers: HeaderFooterInfo[];
  footers: HeaderFooterInfo[];
  /** w:pgNumType w:start: the section restarts page numbering at this number (an appendix numbered on its own). */
  pageNumberStart?: number;
  /** Whether section properties were present at all (a body OOXML snippet from Word may lack them). */
  known: boolean;
}

export interface DocumentModel {
  paragraphs: Paragraph[];
  sections: Section[];
  /** The run formatting a new paragraph of the Normal style would have: useful for messages and fixes. */
  defaults: RunFormat;
  /** Where the model came from, for messages. */
  source: "docx" | "flat-opc";
  /** w:defaultTabStop from settings.xml in mm (Word's default 12.7 mm when the part does not say). */
  defaultTabStopMm?: number;
}
