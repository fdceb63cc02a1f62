/**
 * Pieces of a document model built directly, for what the reader cannot give from a .docx: a text box keeps its text
 * but not its runs, so a header drawn in text boxes is written as a model.
 */
import type { Drawing, Paragraph, Run } from "../../src/model/document";

/** A run's format: Times New Roman, black, plain, at `sizePt` unless told otherwise. */
export const modelRun = (format: Partial<Omit<Run, "text">> = {}): Omit<Run, "text"> => ({
  font: "Times New Roman",
  sizePt: 14,
  bold: false,
  italic: false,
  underline: "none",
  color: "000000",
  caps: false,
  ...format,
});

/** A paragraph of one run of `run`'s format (none when the text is empty), left-aligned and single-spaced. */
export function modelParagraph(
  index: number,
  text: string,
  extra: Partial<Paragraph> = {},
  run: Omit<Run, "text"> = modelRun(),
): Paragraph {
  return {
    index,
    text,
    runs: text === "" ? [] : [{ ...run, text }],
    cell: undefined,
    section: 0,
    styleId: "Normal",
    styleName: undefined,
    alignment: "left",
    indentLeftMm: 0,
    indentRightMm: 0,
    firstLineMm: 0,
    spaceBeforePt: 0,
    spaceAfterPt: 0,
    lineSpacing: { rule: "auto", value: 1 },
    numbered: false,
    ...extra,
  };
}

/** A text box anchored in its paragraph, `xMm` from the column's left edge. */
export const textBoxDrawing = (text: string, xMm: number, widthMm = 80, heightMm = 15): Drawing => ({
  kind: "textbox",
  anchored: true,
  xMm,
  yMm: 0,
  relativeFrom: "column",
  relativeFromV: "paragraph",
  align: undefined,
  widthMm,
  heightMm,
  text,
});
