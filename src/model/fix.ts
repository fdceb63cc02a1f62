/**
 * Declarative fixes (textlint / ESLint style): a finding that can be corrected safely carries a `Fix`, a list of
 * small JSON-serialisable edits on the document model's paragraphs and sections. The same objects are applied to a
 * .docx by `src/fix/` (the CLI's `ketluan fix`) and inside Word by the task pane. Pure data: no functions.
 *
 * Paragraph and section indices are those of the document model the finding came from; every edit of one batch
 * refers to the ORIGINAL document (an inserted paragraph does not shift the indices of later edits).
 */
import type { Alignment } from "./document";

export interface RunFormatProps {
  font?: string;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  /** true: single underline; false: none. */
  underline?: boolean;
}

export interface ParagraphFormatProps {
  alignment?: Alignment;
  firstLineMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Line spacing as a multiple of a line (1, 1.15, 1.5). */
  lineSpacing?: number;
}

/** Set run properties on every run of a paragraph (and its paragraph mark). */
export interface SetRunFormat {
  kind: "setRunFormat";
  paragraph: number;
  props: RunFormatProps;
}

export interface SetParagraphFormat {
  kind: "setParagraphFormat";
  paragraph: number;
  props: ParagraphFormatProps;
}

/**
 * Replace the first occurrence of `find` in the paragraph's text (as in the model: NFC) by `replace`. The
 * replacement takes the formatting of the run where the match starts; text of the match in later runs is removed.
 */
export interface ReplaceText {
  kind: "replaceText";
  paragraph: number;
  find: string;
  replace: string;
}

/**
 * Insert a new paragraph after `paragraph` holding `text`. Its paragraph and run formatting are copied from
 * paragraph `like` (default: `paragraph` itself), then `format` is applied on top.
 */
export interface InsertParagraphAfter {
  kind: "insertParagraphAfter";
  paragraph: number;
  text: string;
  like?: number;
  format?: RunFormatProps & ParagraphFormatProps;
}

export interface SetPageMargins {
  kind: "setPageMargins";
  section: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

export interface SetPageSize {
  kind: "setPageSize";
  section: number;
  widthMm: number;
  heightMm: number;
}

export type FixEdit =
  SetRunFormat | SetParagraphFormat | ReplaceText | InsertParagraphAfter | SetPageMargins | SetPageSize;

export interface Fix {
  /** What the fix does, in Vietnamese, for a "Sửa" button and for `ketluan fix`'s report. */
  title: string;
  edits: FixEdit[];
}
