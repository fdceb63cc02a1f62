/** The body text: after the title block, before the signature and recipients area. */
import type { Paragraph } from "../document";
import { HEADER_WINDOW, isSeparatorLine, SIGNATURE_START } from "./common";
import { isBlank } from "../text";

/**
 * The body starts after the title block: after the "-----" under the trích yếu when there is one, else after the
 * type name and its summary; without a type name, after the header tables. It ends at the signature area.
 */
export function findBody(
  paras: Paragraph[],
  typeNameParagraph: number | undefined,
  headerEnd: number | undefined = undefined,
): number[] {
  let start = 0;
  if (typeNameParagraph !== undefined) {
    start = typeNameParagraph + 1;
    const sep = paras.slice(start, start + 6).find((p) => isSeparatorLine(p.text));
    if (sep !== undefined) start = sep.index + 1;
    else {
      // Skip the summary: the non-empty lines right after the type name that are bold or centred.
      while (start < paras.length && (paras[start]!.alignment === "center" || isBlank(paras[start]!.text))) start++;
    }
  } else {
    const firstTableEnd = paras.findIndex((p, i) => i > 0 && p.cell === undefined && paras[i - 1]!.cell !== undefined);
    if (firstTableEnd > 0 && firstTableEnd < HEADER_WINDOW) start = firstTableEnd;
    // A header laid out in paragraphs (a công văn, a tab-split header) ends after its last recognised element.
    if (headerEnd !== undefined && headerEnd > start) start = headerEnd;
  }
  start = skipAddressees(paras, start);
  // A table holding "Nơi nhận:" or a signature prefix is the signature / recipients area; other tables in the
  // body (targets, schedules) are skipped, not checked as running text.
  const signatureTables = new Set<number>();
  for (const p of paras)
    if (p.cell !== undefined && SIGNATURE_START.test(p.text.trim())) signatureTables.add(p.cell.table);
  const body: number[] = [];
  for (let i = start; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.cell !== undefined) {
      if (signatureTables.has(p.cell.table) && p.cell.depth === 1) break;
      continue;
    }
    if (SIGNATURE_START.test(p.text.trim())) break;
    if (isSignerPushedRight(paras, i)) break;
    if (isBlank(p.text) || isSeparatorLine(p.text)) continue;
    body.push(i);
  }
  return body;
}

const ABOUT_LINE = /^\s*V\/v\b/i;
const ADDRESSEES = /^\s*Kính\s+gửi\b/i;

/**
 * A công văn's "V/v ..." line and its "Kính gửi: ..." block (one line, or a label and a list of "- ..." lines pushed
 * right) belong to the header, not to the body text.
 */
function skipAddressees(paras: Paragraph[], from: number): number {
  let i = from;
  const blank = (k: number): boolean => paras[k] !== undefined && isBlank(paras[k]!.text);
  while (i < paras.length && (blank(i) || ABOUT_LINE.test(paras[i]!.text))) i++;
  if (i >= paras.length || !ADDRESSEES.test(paras[i]!.text)) return from;
  const label = paras[i]!;
  i++;
  // "Kính gửi:" alone, or ending with ":" → a list of addressees follows.
  const listFollows = /:\s*$/.test(label.text.trim()) || /^\s*Kính\s+gửi\s*(?::\s*)?$/i.test(label.text);
  while (i < paras.length) {
    const t = paras[i]!.text.trim();
    if (t === "") {
      i++;
      continue;
    }
    if (!/^[-–+•]/.test(t) && !(listFollows && /[;,.]$/.test(t) && t.length < 120 && isPushedRight(paras[i]!))) break;
    i++;
  }
  return i;
}

/** An addressee line set off to the right by a left indent or leading spaces or tabs, as Word users lay them out. */
function isPushedRight(p: Paragraph): boolean {
  return p.indentLeftMm >= 20 || /^( {4,}|\t)/.test(p.text) || p.alignment === "center";
}

/**
 * A head signing in person has no "TM."/"KT." line: the signature starts with a short capitalised position
 * ("CHỦ TỊCH") pushed right by a left indent, blanks or right alignment, with "Nơi nhận:" a few paragraphs on.
 */
function isSignerPushedRight(paras: Paragraph[], i: number): boolean {
  const p = paras[i]!;
  const text = p.text.trim();
  if (text === "" || text.length > 60) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters === "" || letters !== letters.toUpperCase()) return false;
  const lead = /^[ \t]*/.exec(p.text)![0];
  const blanks = [...lead].reduce((n, ch) => n + (ch === "\t" ? 8 : 1), 0);
  if (!(p.indentLeftMm >= 50 || blanks >= 10 || p.alignment === "right")) return false;
  return paras.slice(i + 1, i + 11).some((q) => /^\s*n[ơo]i\s+nh[ậa]n\b/iu.test(q.text));
}
