/** The trích yếu under the type name and the line under it (typed, drawn, or a paragraph border). */
import type { Paragraph } from "../document";
import { hasDrawnLine, isSeparatorLine } from "./common";

export interface SummaryLayout {
  summaryParagraphs: number[];
  /** A typed "-----" paragraph under the trích yếu. */
  summarySeparator: number | undefined;
  /** How the line under the trích yếu is made, when there is one. */
  summaryLine: "separator" | "drawn" | "border" | undefined;
}

/** A one-cell table (a frame some offices put around the trích yếu) reads as plain paragraphs here. */
function inFrame(p: Paragraph): boolean {
  return p.cell === undefined || (p.cell.columnCount === 1 && p.cell.depth === 1);
}

export function findSummary(paras: Paragraph[], typeNameParagraph: number | undefined): SummaryLayout {
  const none: SummaryLayout = { summaryParagraphs: [], summarySeparator: undefined, summaryLine: undefined };
  if (typeNameParagraph === undefined) return none;
  const start = typeNameParagraph + 1;
  const sep = paras.slice(start, start + 6).find((p) => isSeparatorLine(p.text));
  const out: number[] = [];
  if (sep !== undefined) {
    for (let i = start; i < sep.index; i++) if (paras[i]!.text.trim() !== "") out.push(i);
    return { summaryParagraphs: out, summarySeparator: sep.index, summaryLine: "separator" };
  }
  let i = start;
  for (; i < paras.length && i < start + 4; i++) {
    const p = paras[i]!;
    if (!inFrame(p)) break;
    if (p.text.trim() === "") {
      if (out.length > 0) break;
      continue;
    }
    if (p.alignment !== "center") break;
    out.push(i);
  }
  if (out.length === 0) return none;
  const last = out[out.length - 1]!;
  // A drawn line is anchored in the type name, a trích yếu line, or one of the empty paragraphs under it.
  const candidates = [typeNameParagraph, ...out];
  for (let k = last + 1; k < paras.length && k <= last + 3 && paras[k]!.text.trim() === ""; k++) candidates.push(k);
  let summaryLine: SummaryLayout["summaryLine"];
  if (candidates.some((k) => hasDrawnLine(paras[k]!))) summaryLine = "drawn";
  else if (paras[last]!.borderBottom === true || paras[last + 1]?.borderTop === true) summaryLine = "border";
  return { summaryParagraphs: out, summarySeparator: undefined, summaryLine };
}
