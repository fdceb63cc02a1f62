/**
 * The signature block and the recipient list ("Nơi nhận:") after the body, in the layouts Word users make:
 * - a borderless table: "Nơi nhận:" and "KT. CHỦ TỊCH" in row 1, the recipient lines and the rest of the signature
 *   in row 2 (or all in one row); each block goes on down its own column through the following rows;
 * - plain paragraphs, the signature pushed right with tabs, spaces or a left indent, sometimes on the same lines as the
 *   label and the first recipients ("Nơi nhận:\t\tKT. CHỦ TỊCH");
 * - soft line breaks (w:br, "\n" in the text): "Nơi nhận:\n- Như trên;" or "- Sở Tài chính;\n- Lưu: VT, NC." in one
 *   paragraph.
 * Structures keep paragraph indices (what findings point at); the rules read the text of each block through
 * `recipientEntries` and `signatureLines`, which give the exact stretches of text (pieces) that belong to it.
 */
import type { Paragraph, Run } from "../document";
import { isUpperCaseVietnamese } from "../text";
import { columnOf, SIGNATURE_PREFIX } from "./common";
import type { ColumnRef, RecipientsStructure, SignatureStructure } from "./types";

/** A stretch of one paragraph's text: `text` is `Paragraph.text.slice(start, end)`, trimmed. */
export interface TextPiece {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/**
 * One recipient: a "- ..." line, or several lines when the entry wraps over paragraphs or line breaks
 * ("- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;"). Its punctuation is judged at its end.
 */
export interface RecipientEntry {
  pieces: TextPiece[];
  /** The pieces joined with a space. */
  text: string;
  /** Its first paragraph is a Word list item (the bullet is numbering, not text). */
  listItem: boolean;
}

/** "Nơi nhận" alone on its line, with or without its colon. */
const LABEL_TEXT = /^n[ơo]i\s+nh[ậa]n\s*:?$/iu;
/** The words of the label, for locating them in the text. */
export const LABEL_WORDS = /n[ơo]i\s+nh[ậa]n/iu;
/** A recipient line's list marker. */
export const LIST_MARKER = /^\s*[-–—+•*]/u;
/** The archive line ("- Lưu: VT, NC.", "- Lưu Văn phòng Huyện ủy."). */
export const ARCHIVE_LINE = /^\s*(?:[-–—+•*]\s*)?Lưu\b/iu;
/** A gap that separates the left column from the right one on a line laid out with tabs or spaces. */
const GAP = /(\t|[ \u00a0]{4,})[\s\u00a0]*(?=\S)/u;
/** A person's name: two to six capitalised words ("Nguyễn Ngọc Phúc", "Đỗ Tấn Sương"). */
const PERSON_NAME = /^(\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}+$/u;
/** A note in the signature's space, not a line of it: "(Đã ký)", "(Ký, đóng dấu)", "[ (Đã ký)". */
const SIGNATURE_NOTE = /^[\s[\]]*\([^()]*\)[\s[\]]*$/u;
/** Leading blank width (a tab counted as 8 spaces) from which a line is pushed into the right half. */
const PUSHED_WIDTH = 10;
/** A left indent (mm) from which a plain paragraph sits in the right half of the page. */
const PUSHED_INDENT_MM = 50;
/** Blank paragraphs a signature in plain paragraphs may hold (the space for the signature and the seal). */
const MAX_BLANKS = 8;
/** The title of an attachment after the signature: not a line of it. */
const ATTACHMENT_TITLE = /^(phụ lục|quy chế|quy định|điều lệ|danh sách|danh mục|biểu|mẫu)(?!\p{L})/iu;
/** How far after the recipients (or the body) a signature laid out in plain paragraphs may reach. */
const SIGNATURE_WINDOW = 25;

function afterBody(body: number[]): number {
  const last = body[body.length - 1];
  return last === undefined ? 0 : last + 1;
}

function piece(p: Paragraph, start: number, end: number): TextPiece | undefined {
  const raw = p.text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === "") return undefined;
  return { paragraph: p.index, start: start + lead, end: start + lead + text.length, text };
}

/** The paragraph's lines, split at soft line breaks: [start, end) offsets. */
function linesOf(p: Paragraph): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const k = p.text.indexOf("\n", start);
    if (k < 0) {
      out.push({ start, end: p.text.length });
      return out;
    }
    out.push({ start, end: k });
    start = k + 1;
  }
}

/** Text that belongs to a signature block: a prefix, a line in capitals, or a person's name. */
function signatureLike(text: string): boolean {
  return (
    SIGNATURE_PREFIX.test(text) || (isUpperCaseVietnamese(text) && /\p{L}{2}/u.test(text)) || PERSON_NAME.test(text)
  );
}

function leadWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === "\t") w += 8;
    else if (ch === " " || ch === "\u00a0") w += 1;
    else break;
  }
  return w;
}

interface Columns {
  /** Text of the left column (recipients, the label). */
  left: TextPiece | undefined;
  /** Text of the right column (the signature), after a gap or pushed right. */
  right: TextPiece | undefined;
}

/**
 * A line of a plain paragraph laid out in two columns: "- Như trên;\t\tCHÁNH VĂN PHÒNG" → left and right; a line
 * pushed right with blanks or a large left indent → right only. In a table cell the cell is the column, but a
 * tab-separated right part is still split off.
 */
function columnsOf(p: Paragraph, line: { start: number; end: number }): Columns {
  const s = p.text.slice(line.start, line.end);
  if (s.trim() === "") return { left: undefined, right: undefined };
  const pushed =
    p.cell === undefined &&
    (leadWidth(s) >= PUSHED_WIDTH ||
      (line.start === 0 && p.indentLeftMm + Math.max(0, p.firstLineMm) >= PUSHED_INDENT_MM) ||
      p.alignment === "right");
  if (pushed) return { left: undefined, right: piece(p, line.start, line.end) };
  const lead = s.length - s.trimStart().length;
  const gap = GAP.exec(s.slice(lead));
  if (gap !== null) {
    const at = lead + gap.index;
    const right = piece(p, line.start + at + gap[0].length, line.end);
    const left = piece(p, line.start, line.start + at);
    if (right !== undefined && signatureLike(right.text)) return { left, right };
    // After a finished line ("- Cổng thông tin điện tử Chính phủ;      Để đăng dự thảo"): a note beside it.
    if (left !== undefined && /[,;.:]$/u.test(left.text)) return { left, right: undefined };
  }
  return { left: piece(p, line.start, line.end), right: undefined };
}

/** The label's position in a paragraph: its first line's left column reads "Nơi nhận:". */
function labelPiece(p: Paragraph): TextPiece | undefined {
  const first = linesOf(p)[0]!;
  const left = columnsOf(p, first).left;
  return left !== undefined && LABEL_TEXT.test(left.text) ? left : undefined;
}

/** The label's piece ("Nơi nhận:" without what shares its paragraph), for the label rule. */
export function recipientsLabelPiece(paras: Paragraph[], r: RecipientsStructure): TextPiece | undefined {
  return r.label === undefined ? undefined : labelPiece(paras[r.label]!);
}

function startsSignature(text: string): boolean {
  return SIGNATURE_PREFIX.test(text) && isUpperCaseVietnamese(text.replace(/[^\p{L}]/gu, ""));
}

/** Recipient pieces of a paragraph: the left column of each line (the label paragraph: of the lines after it). */
function recipientPiecesOf(p: Paragraph, isLabel: boolean): TextPiece[] {
  const out: TextPiece[] = [];
  linesOf(p).forEach((line, k) => {
    if (isLabel && k === 0) return;
    const left = columnsOf(p, line).left;
    if (left !== undefined && !startsSignature(left.text)) out.push(left);
  });
  return out;
}

/**
 * A line without a list marker continues the entry before it when it starts in lower case, is indented with spaces
 * under it, or that entry is unfinished (no final punctuation).
 */
function continues(p: Paragraph, prev: TextPiece | undefined, next: TextPiece): boolean {
  if (prev === undefined || LIST_MARKER.test(next.text) || ARCHIVE_LINE.test(next.text)) return false;
  const indented = next.start > 0 && /[ \u00a0]/u.test(p.text.charAt(next.start - 1));
  return /^\p{Ll}/u.test(next.text) || indented || !/[,;.:]$/u.test(prev.text) || drafterMark(p, next);
}

/**
 * A line all in subscript or superscript: the drafter's initials and the count of copies put on their own line under
 * the archive line ("- Lưu: VT, NC." Shift+Enter "Châu (02b)"), part of that line, not a recipient of its own.
 */
function drafterMark(p: Paragraph, x: TextPiece): boolean {
  const runs = runsIn(p, x).filter((r) => r.text.trim() !== "");
  return runs.length > 0 && runs.every((r) => r.vertAlign !== undefined);
}

export function findRecipients(paras: Paragraph[], body: number[]): RecipientsStructure {
  const from = afterBody(body);
  let label: Paragraph | undefined;
  for (let i = from; i < paras.length; i++) {
    if (labelPiece(paras[i]!) !== undefined) {
      label = paras[i];
      break;
    }
  }
  if (label === undefined) return { label: undefined, lines: [], column: undefined };
  const lines: number[] = [];
  const own = recipientPiecesOf(label, true);
  if (own.length > 0) lines.push(label.index);
  let sawArchive = own.some((x) => ARCHIVE_LINE.test(x.text));
  const lc = label.cell;
  if (lc !== undefined) {
    // The label's cell, then the same column of the following rows while they go on with recipient lines.
    let row = lc.row;
    let rowTaken = true;
    for (let i = label.index + 1; i < paras.length; i++) {
      const p = paras[i]!;
      const c = p.cell;
      if (c === undefined || c.table !== lc.table) break;
      if (c.depth !== lc.depth || c.column !== lc.column) continue;
      const pieces = recipientPiecesOf(p, false);
      if (c.row !== row) {
        if (pieces.length === 0) continue;
        row = c.row;
        rowTaken =
          !sawArchive &&
          (lines.length === 0 || LIST_MARKER.test(pieces[0]!.text) || ARCHIVE_LINE.test(pieces[0]!.text));
        if (!rowTaken) break;
      }
      if (!rowTaken || pieces.length === 0) continue;
      lines.push(i);
      if (pieces.some((x) => ARCHIVE_LINE.test(x.text))) sawArchive = true;
    }
  } else {
    // Plain paragraphs: recipient lines until a blank paragraph, a table, the signature or a line that is neither
    // a "- ..." line nor the continuation of one.
    let prev = own[own.length - 1];
    outer: for (let i = label.index + 1; i < paras.length; i++) {
      const p = paras[i]!;
      if (p.cell !== undefined) break;
      const pieces = recipientPiecesOf(p, false);
      if (pieces.length === 0) {
        if (lines.length > 0) break;
        continue;
      }
      let took = false;
      for (const x of pieces) {
        const marked = LIST_MARKER.test(x.text) || ARCHIVE_LINE.test(x.text) || p.numbered;
        if (sawArchive || (!marked && lines.length + (took ? 1 : 0) > 0 && !continues(p, prev, x))) {
          if (took) lines.push(i);
          break outer;
        }
        took = true;
        prev = x;
        if (ARCHIVE_LINE.test(x.text)) sawArchive = true;
      }
      lines.push(i);
    }
  }
  return { label: label.index, lines, column: columnOf(label) };
}

/** The recipients as entries, top to bottom: wrapped lines joined to the entry they continue. */
export function recipientEntries(paras: Paragraph[], r: RecipientsStructure): RecipientEntry[] {
  const entries: RecipientEntry[] = [];
  for (const i of r.lines) {
    const p = paras[i]!;
    recipientPiecesOf(p, i === r.label).forEach((x, k) => {
      // A Word list item's bullet marks its first line.
      const listItem = p.numbered && k === 0 && i !== r.label;
      const last = entries[entries.length - 1];
      const marked = LIST_MARKER.test(x.text) || ARCHIVE_LINE.test(x.text) || listItem;
      if (last !== undefined && !marked && continues(p, last.pieces[last.pieces.length - 1], x)) {
        last.pieces.push(x);
        last.text += ` ${x.text}`;
      } else entries.push({ pieces: [x], text: x.text, listItem });
    });
  }
  return entries;
}

/**
 * Text in white is not seen on paper: offices type a white spacer line ("Hdfđ" in 22 pt white) to keep room for the
 * signature and the seal.
 */
function visible(p: Paragraph, x: TextPiece): boolean {
  return runsIn(p, x).some((r) => /\p{L}/u.test(r.text) && r.color.toUpperCase() !== "FFFFFF");
}

/** Signature pieces of a paragraph: the right column of label and recipient paragraphs, every line of the others. */
function signaturePiecesOf(p: Paragraph, shared: boolean): TextPiece[] {
  const out: TextPiece[] = [];
  for (const line of linesOf(p)) {
    const c = columnsOf(p, line);
    const x = shared ? c.right : p.cell !== undefined ? piece(p, line.start, line.end) : (c.right ?? c.left);
    if (x !== undefined && visible(p, x) && !SIGNATURE_NOTE.test(x.text)) out.push(x);
  }
  return out;
}

/** The signer's name ends the block: a line not in capitals after at least one line in capitals. */
function isName(x: TextPiece, before: number): boolean {
  return before > 0 && !isUpperCaseVietnamese(x.text) && !SIGNATURE_PREFIX.test(x.text);
}

export function findSignature(paras: Paragraph[], body: number[], recipients: RecipientsStructure): SignatureStructure {
  const from = afterBody(body);
  const none: SignatureStructure = { paragraphs: [], prefix: undefined, name: undefined, column: undefined };
  const shared = new Set(recipients.lines);
  if (recipients.label !== undefined) shared.add(recipients.label);
  const label = recipients.label === undefined ? undefined : paras[recipients.label]!;
  const lastRecipient = Math.max(from - 1, recipients.label ?? -1, ...recipients.lines);
  // The area: the recipients' table when they sit in one, or a window after the body and the recipients.
  let end = Math.min(paras.length, lastRecipient + 1 + SIGNATURE_WINDOW);
  if (label?.cell !== undefined) {
    let k = label.index;
    while (k + 1 < paras.length && paras[k + 1]!.cell?.table === label.cell.table) k++;
    end = Math.min(paras.length, Math.max(end, k + 1 + SIGNATURE_WINDOW));
  }

  let found: TextPiece | undefined;
  for (let i = from; i < end && found === undefined; i++) {
    found = signaturePiecesOf(paras[i]!, shared.has(i)).find((x) => startsSignature(x.text));
  }
  const prefix = found;

  let pieces: TextPiece[] = [];
  let column: ColumnRef | undefined;
  const cellBlock = (table: number, col: number, depth: number, fromIndex: number): TextPiece[] => {
    const out: TextPiece[] = [];
    for (let i = fromIndex; i < paras.length; i++) {
      const c = paras[i]!.cell;
      if (c === undefined || c.table !== table) break;
      if (c.column === col && c.depth === depth) out.push(...signaturePiecesOf(paras[i]!, false));
    }
    return out;
  };
  const start = prefix === undefined ? undefined : paras[prefix.paragraph]!;
  if (prefix !== undefined && start!.cell !== undefined) {
    const c = start!.cell;
    column = columnOf(start!);
    pieces = cellBlock(c.table, c.column, c.depth, start!.index).filter(
      (x) => x.paragraph > prefix.paragraph || x.start >= prefix.start,
    );
  } else if (prefix !== undefined) {
    pieces = plainBlock(paras, shared, prefix, end);
  } else {
    // No prefix: a head signing in person ("CHỦ TỊCH", then the name).
    if (label?.cell !== undefined) {
      // The other column of the recipients' table (the rightmost that holds text).
      const lc = label.cell;
      let first = label.index;
      while (first > 0 && paras[first - 1]!.cell?.table === lc.table) first--;
      let best: number | undefined;
      for (let i = first; i < paras.length && paras[i]!.cell?.table === lc.table; i++) {
        const c = paras[i]!.cell!;
        if (c.depth === lc.depth && c.column !== lc.column && paras[i]!.text.trim() !== "")
          best = Math.max(best ?? -1, c.column);
      }
      if (best !== undefined) {
        pieces = cellBlock(lc.table, best, lc.depth, first);
        const head = pieces[0];
        column = head === undefined ? undefined : columnOf(paras[head.paragraph]!);
      }
    }
    if (pieces.length === 0 && (label !== undefined || from > 0)) {
      // Plain paragraphs: the first line in capitals on the right of the label or a recipient line, or pushed
      // right (or centred) between the body and the label or just after the recipients. Without a label, only a
      // short block ending with a person's name (a centred title followed by text is not a signature). A block
      // pushed right just above the label counts even when the body was read as running into it.
      const above = label === undefined ? from : Math.min(from, Math.max(0, label.index - 10));
      for (let i = above; i < end; i++) {
        const p = paras[i]!;
        if (p.cell !== undefined) continue;
        const isShared = shared.has(i);
        const near = isShared || i < (recipients.label ?? end) || i <= lastRecipient + 8;
        if (!near) break;
        const head = signaturePiecesOf(p, isShared).find(
          (x) =>
            isUpperCaseVietnamese(x.text) &&
            x.text.length <= 60 &&
            (isShared || isPushed(p, x) || (i >= from && p.alignment === "center")),
        );
        if (head !== undefined) {
          pieces = plainBlock(paras, shared, head, end);
          const tail = pieces[pieces.length - 1];
          if (label === undefined && (pieces.length > 4 || tail === undefined || !PERSON_NAME.test(tail.text)))
            pieces = [];
          break;
        }
      }
    }
  }
  if (pieces.length === 0) return none;
  // The name is the last line when it is not in capitals (a cell holds the block alone; a plain block stops at it).
  const last = pieces[pieces.length - 1]!;
  const name = isName(last, pieces.length - 1) ? last.paragraph : undefined;
  return { paragraphs: [...new Set(pieces.map((x) => x.paragraph))], prefix: prefix?.paragraph, name, column };
}

function isPushed(p: Paragraph, x: TextPiece): boolean {
  const lineStart = p.text.lastIndexOf("\n", x.start - 1) + 1;
  return (
    leadWidth(p.text.slice(lineStart)) >= PUSHED_WIDTH ||
    p.indentLeftMm + Math.max(0, p.firstLineMm) >= PUSHED_INDENT_MM ||
    p.alignment === "right"
  );
}

/**
 * A signature in plain paragraphs from its first piece: the right column of the label and recipient lines, then the
 * lines of the following paragraphs, up to the name, a table, or a line that is not part of a signature.
 */
function plainBlock(paras: Paragraph[], shared: Set<number>, head: TextPiece, end: number): TextPiece[] {
  const out: TextPiece[] = [];
  let blanks = 0;
  for (let i = head.paragraph; i < end; i++) {
    const p = paras[i]!;
    // A table, a new section or a long run of blank paragraphs: what follows is not the signature (an appendix).
    if (p.cell !== undefined || p.section !== paras[head.paragraph]!.section || blanks > MAX_BLANKS) break;
    const isShared = shared.has(i);
    const pieces = signaturePiecesOf(p, isShared);
    blanks = pieces.length === 0 && !isShared ? blanks + 1 : 0;
    for (const x of pieces) {
      if (i === head.paragraph && x.start < head.start) continue;
      // A long line, a recipient line outside the recipients or an attachment's title is the text after it.
      if (!isShared && (x.text.length > 60 || LIST_MARKER.test(x.text) || LABEL_WORDS.test(x.text))) return out;
      if (!isShared && ATTACHMENT_TITLE.test(x.text)) return out;
      out.push(x);
      if (isName(x, out.length - 1)) return out;
    }
  }
  return out;
}

/** The signature's lines (prefix/authority, positions, name), pieces of the structure's paragraphs, top to bottom. */
export function signatureLines(
  paras: Paragraph[],
  recipients: RecipientsStructure,
  signature: SignatureStructure,
): TextPiece[] {
  const shared = new Set(recipients.lines);
  if (recipients.label !== undefined) shared.add(recipients.label);
  const out: TextPiece[] = [];
  for (const i of signature.paragraphs) {
    let pieces = signaturePiecesOf(paras[i]!, shared.has(i));
    if (i === signature.prefix) {
      const k = pieces.findIndex((x) => startsSignature(x.text));
      if (k > 0) pieces = pieces.slice(k);
    }
    if (i === signature.name) {
      // Nothing after the name belongs to the block.
      const k = pieces.findIndex((x) => !isUpperCaseVietnamese(x.text));
      if (k >= 0) pieces = pieces.slice(0, k + 1);
    }
    out.push(...pieces);
  }
  return out;
}

/**
 * The paragraph seen through some of its pieces: same index and paragraph format, only the runs (clipped) inside the
 * pieces, so that formatting is judged on the label's words, a recipient's text or a signature line alone.
 */
export function pieceParagraph(p: Paragraph, pieces: TextPiece[]): Paragraph {
  const runs: Run[] = [];
  let pos = 0;
  for (const r of p.runs) {
    const a = pos;
    const b = pos + r.text.length;
    pos = b;
    for (const x of pieces) {
      const from = Math.max(a, x.start);
      const to = Math.min(b, x.end);
      if (to > from) runs.push({ ...r, text: r.text.slice(from - a, to - a) });
    }
  }
  return { ...p, runs, text: pieces.map((x) => x.text).join("\n") };
}

/** The pieces hold every visible character of the paragraph (a fix on the whole paragraph touches only them). */
export function coversParagraph(p: Paragraph, pieces: TextPiece[]): boolean {
  let visible = 0;
  for (const ch of p.text) if (!/\s/u.test(ch)) visible++;
  let inside = 0;
  for (const x of pieces) for (const ch of x.text) if (!/\s/u.test(ch)) inside++;
  return inside === visible;
}

/** Runs of the paragraph inside a piece, in order, with their text clipped to it. */
export function runsIn(p: Paragraph, x: TextPiece): Run[] {
  return pieceParagraph(p, [x]).runs;
}
