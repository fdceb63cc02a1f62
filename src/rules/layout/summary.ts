/** The trích yếu under the type name and the line under it. */
import type { Paragraph } from "../../model/document";
import { isSeparatorLine } from "./common";

export function findSummary(
  paras: Paragraph[],
  typeNameParagraph: number | undefined,
): { summaryParagraphs: number[]; summarySeparator: number | undefined } {
  if (typeNameParagraph === undefined) return { summaryParagraphs: [], summarySeparator: undefined };
  const start = typeNameParagraph + 1;
  const sep = paras.slice(start, start + 6).find((p) => isSeparatorLine(p.text));
  const out: number[] = [];
  if (sep !== undefined) {
    for (let i = start; i < sep.index; i++) if (paras[i]!.text.trim() !== "") out.push(i);
    return { summaryParagraphs: out, summarySeparator: sep.index };
  }
  for (let i = start; i < paras.length && i < start + 4; i++) {
    const p = paras[i]!;
    if (p.cell !== undefined) break;
    if (p.text.trim() === "") {
      if (out.length > 0) break;
      continue;
    }
    if (p.alignment !== "center") break;
    out.push(i);
  }
  return { summaryParagraphs: out, summarySeparator: undefined };
}
