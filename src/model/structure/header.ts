/**
 * The header block above the type name: titles, issuer, star and lines, number, place and date.
 *
 * Real files lay the header out in many ways: one two-column table; two tables (titles, then number and date); one
 * paragraph per line split by a tab stop or by spaces ("UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
 * several lines in one cell paragraph joined by line breaks; content controls (read through by the reader); text
 * boxes. Recognition therefore works on *pieces*: each line of a paragraph (or of a text box), cut in two where a
 * right-hand element (a title, the motto, the place and date) follows text of the left-hand column. Each element is a
 * `TextPart`, so its format is measured by its own runs.
 */
import type { Drawing, Paragraph, Section } from "../document";
import { normalizeForMatch } from "../text";
import { columnOf, HEADER_WINDOW, isSeparatorLine, NATIONAL_TITLE, PARTY_TITLE, PLACE_DATE } from "./common";
import type { HeaderParts, HeaderStructure, LineKind, TextPart } from "./types";

/** Text compared without case, tone-mark placement, spaces or dashes ("Độc lập – Tự do – Hạnh phúc" is the motto). */
export function compactKey(s: string): string {
  return normalizeForMatch(s).replace(/[\s-]/g, "");
}

export const PARTY_TITLE_KEY = compactKey(PARTY_TITLE);
export const NATIONAL_TITLE_KEY = compactKey(NATIONAL_TITLE);
export const MOTTO_KEY = compactKey("Độc lập - Tự do - Hạnh phúc");

const STAR = /^\s*\*+\s*$/;
/** "Số: 12/KH-UBND", "Số 85-KH/HU", a draft's "Số:      /QĐ-UBND"; not "Số TT" or "Số điện thoại". */
export const NUMBER_LINE = /^\s*(?:Số|SỐ|số)\s*(?:[:.]\s*)?(?:\d|(?:[._…][\s._…]*)?[-–/]\s*[\p{L}\d…])/u;
/** A công văn's trích yếu: "V/v ..." under its number. */
export const LETTER_SUBJECT = /^\s*V\/v\b/iu;
/** "(Kèm theo Quyết định số ...)", "(Ban hành / Phê duyệt kèm theo ...)": a text issued with another document. */
const ATTACHED = /^\s*\(?[\p{L}\s]{0,25}?kèm\s+theo\b/iu;
const DRAFT_MARK = /^\s*\(?\s*dự\s+thảo\s*(?:lần\s*\d+\s*)?\)?\s*$/iu;
const ADDRESSEES = /^\s*Kính\s+(?:gửi|trình)\b/iu;
/** A gap between the two columns of a one-paragraph header line: a tab or at least two spaces. */
const GAP = /(?:\t|[ \u00a0]{2,})/;
const GAP_AT_END = new RegExp(`${GAP.source}$`);
const GAP_AT_START = new RegExp(`^${GAP.source}`);

type Side = "L" | "R";
const SINGLES = ["partyTitle", "nationalTitle", "motto", "number", "date"] as const;
type Single = (typeof SINGLES)[number];

function toPart(x: TextPart): TextPart {
  return x.textBox === undefined
    ? { paragraph: x.paragraph, start: x.start, end: x.end }
    : { paragraph: x.paragraph, start: x.start, end: x.end, textBox: x.textBox };
}

/** One line of a paragraph or text box, or one side of such a line. */
export interface Piece extends TextPart {
  text: string;
  side: Side;
  /** Order in the document (paragraph, line, left before right, text boxes last). */
  order: number;
}

/**
 * Where one of `keys` (compact keys) stands on its own in text[from, to): bounded by the line's ends or by a gap, so a
 * sentence that mentions "Đảng Cộng sản Việt Nam" is not a title. The first such stretch: by its first word, then its
 * last.
 *
 * Read word by word in time proportional to the words (not their square): a stretch's compact key is its words' keys
 * one after the other (compactKey drops the spaces between words, and what a word keeps never depends on its
 * neighbours across a space), so each word is keyed once; the gap before a word is the space after the word before it;
 * and words without a letter or digit (";", "-"), whose key is empty, are stepped over as a run. A header cell of
 * 20,000 "; " took seconds when each stretch was keyed, and each gap looked for, from the start of the line.
 */
export function findStandalone(
  text: string,
  from: number,
  to: number,
  keys: readonly string[],
): { start: number; end: number; key: string } | undefined {
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice))
    words.push({ start: from + m.index, end: from + m.index + m[0].length });
  const n = words.length;
  const wordKeys = words.map((w) => compactKey(text.slice(w.start, w.end)));
  // a gap after word j: it ends the line's text, or a tab or two spaces follow it
  const gapAfter = words.map((w, j) => j === n - 1 || GAP_AT_START.test(text.slice(w.end, to)));
  // the first word from j on with a gap after it; the first word after j with a non-empty key
  const nextGap = new Array<number>(n + 1).fill(n);
  const nextKeyed = new Array<number>(n + 1).fill(n);
  for (let j = n - 1; j >= 0; j--) {
    nextGap[j] = gapAfter[j] ? j : nextGap[j + 1]!;
    nextKeyed[j] = wordKeys[j + 1] !== undefined && wordKeys[j + 1] !== "" ? j + 1 : nextKeyed[j + 1]!;
  }
  for (let i = 0; i < n; i++) {
    // a gap before word i: the line's text starts there, or a tab or two spaces end the space before it
    if (i > 0 && !GAP_AT_END.test(text.slice(words[i - 1]!.end, words[i]!.start))) continue;
    let key = "";
    for (let j = i; j < n; j = nextKeyed[j]!) {
      key += wordKeys[j]!;
      // words j up to the next keyed one share this key: the first of them with a gap after it ends the stretch
      if (keys.includes(key) && nextGap[j]! < nextKeyed[j]!) {
        return { start: words[i]!.start, end: words[nextGap[j]!]!.end, key };
      }
      if (!keys.some((k) => k.startsWith(key))) break;
    }
  }
  return undefined;
}

/** Start of the place before "ngày ..." on a line: after the last gap before it ("Số: .../UBND   Lâm Đồng, ngày"). */
function placeStart(text: string, from: number, dateAt: number): number {
  const before = text.slice(from, dateAt);
  let cut = 0;
  const re = new RegExp(GAP.source, "g");
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    if (before.slice(m.index + m[0].length).trim() !== "") cut = m.index + m[0].length;
  }
  return from + cut;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}

function isDateText(t: string): boolean {
  return PLACE_DATE.test(t) && !/^\s*\(/.test(t) && !/kèm\s+theo/iu.test(t);
}

/**
 * A line cut in two where a right-hand element (a title, the motto, the place and date) follows left-hand text:
 * "UBND TỈNH LÂM ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: .../UBND-NC      Lâm Đồng, ngày ...".
 */
function splitLine(text: string, from: number, to: number): { start: number; end: number; split: boolean }[] {
  const cuts: number[] = [];
  const title = findStandalone(text, from, to, [PARTY_TITLE_KEY, NATIONAL_TITLE_KEY, MOTTO_KEY]);
  if (title !== undefined) cuts.push(title.start);
  const line = text.slice(from, to);
  const date = PLACE_DATE.exec(line);
  if (date !== null && isDateText(line)) cuts.push(placeStart(text, from, from + date.index));
  const cut = cuts.filter((c) => text.slice(from, c).trim() !== "").sort((a, b) => a - b)[0];
  const out: { start: number; end: number; split: boolean }[] = [];
  const push = (s: number, e: number, split: boolean): void => {
    const t = trimmed(text, s, e);
    if (t !== undefined) out.push({ ...t, split });
  };
  if (cut === undefined) push(from, to, false);
  else {
    push(from, cut, true);
    push(cut, to, true);
  }
  return out;
}

/** Text-area width and left margin of a paragraph's section (A4 with 30/15 mm margins when unknown). */
interface Geometry {
  textWidthMm: number;
  leftMarginMm: number;
}

function geometryOf(p: Paragraph, sections: readonly Section[] | undefined): Geometry {
  const s = sections?.[p.section];
  if (s === undefined || !s.known) return { textWidthMm: 165, leftMarginMm: 30 };
  return { textWidthMm: s.pageWidthMm - s.margins.leftMm - s.margins.rightMm, leftMarginMm: s.margins.leftMm };
}

/** Which half of the text area a shape's middle is in; undefined when its position is not known. */
function drawingSide(d: Drawing, g: Geometry): Side | undefined {
  let middle: number | undefined;
  const fromPage = d.relativeFrom === "page" || d.relativeFrom === "leftMargin" || d.relativeFrom === "insideMargin";
  if (d.xMm !== undefined) middle = d.xMm - (fromPage ? g.leftMarginMm : 0) + d.widthMm / 2;
  else if (d.align === "left") middle = d.widthMm / 2;
  else if (d.align === "right") middle = g.textWidthMm - d.widthMm / 2;
  else if (d.align === "center") middle = g.textWidthMm / 2;
  if (middle === undefined) return undefined;
  return middle < g.textWidthMm / 2 ? "L" : "R";
}

/** Spaces before an element that push it to the right-hand side of its line. */
export const PUSHED_RIGHT = /[ \u00a0]{8,}/;

/** Side of a line that is not split: the table column, else pushed right by tabs, spaces, indent or alignment. */
function sideOfWhole(p: Paragraph, text: string, start: number, lineStart: number): Side {
  const c = p.cell;
  if (c !== undefined && c.columnCount >= 2) return c.column === 0 ? "L" : "R";
  const lead = text.slice(lineStart, start);
  if (/\t/.test(lead) || PUSHED_RIGHT.test(lead) || p.alignment === "right" || p.indentLeftMm >= 60) return "R";
  return "L";
}

/** Every piece of the paragraphs (and their text boxes), in document order. */
export function piecesOf(paras: readonly Paragraph[], sections?: readonly Section[]): Piece[] {
  const out: Piece[] = [];
  let order = 0;
  for (const p of paras) {
    const text = p.text;
    let lineStart = 0;
    for (const line of text.split("\n")) {
      const lineEnd = lineStart + line.length;
      const segs = splitLine(text, lineStart, lineEnd);
      segs.forEach((s, k) => {
        const side: Side = s.split ? (k === 0 ? "L" : "R") : sideOfWhole(p, text, s.start, lineStart);
        out.push({
          paragraph: p.index,
          start: s.start,
          end: s.end,
          text: text.slice(s.start, s.end),
          side,
          order: order++,
        });
      });
      lineStart = lineEnd + 1;
    }
    (p.drawings ?? []).forEach((d, k) => {
      if (d.kind !== "textbox" || d.text.trim() === "") return;
      const side = drawingSide(d, geometryOf(p, sections)) ?? "L";
      let at = 0;
      for (const line of d.text.split("\n")) {
        const t = trimmed(d.text, at, at + line.length);
        if (t !== undefined)
          out.push({ paragraph: p.index, ...t, textBox: k, text: d.text.slice(t.start, t.end), side, order: order++ });
        at += line.length + 1;
      }
    });
  }
  return out;
}

/** The text of a part (of the paragraph, or of its text box). */
export function partText(paras: readonly Paragraph[], part: TextPart): string {
  const p = paras[part.paragraph]!;
  const src = part.textBox === undefined ? p.text : (p.drawings?.[part.textBox]?.text ?? "");
  return src.slice(part.start, part.end);
}

/** The part covers its paragraph's whole text (leading and trailing spaces aside). */
export function isWholeParagraph(p: Paragraph, part: TextPart): boolean {
  return (
    part.textBox === undefined && p.text.slice(0, part.start).trim() === "" && p.text.slice(part.end).trim() === ""
  );
}

/**
 * A view of the paragraph restricted to a part: its text and the runs (cut) that hold it, so format checks measure
 * that element only. A part in a text box has no runs here (the reader keeps only its text).
 */
export function partParagraph(p: Paragraph, part: TextPart): Paragraph {
  if (part.textBox !== undefined)
    return { ...p, text: (p.drawings?.[part.textBox]?.text ?? "").slice(part.start, part.end), runs: [] };
  const text = p.text.slice(part.start, part.end);
  if (p.runs.map((r) => r.text).join("") !== p.text) return { ...p, text };
  const runs: Paragraph["runs"] = [];
  let at = 0;
  for (const r of p.runs) {
    const s = Math.max(part.start, at);
    const e = Math.min(part.end, at + r.text.length);
    if (s < e) runs.push({ ...r, text: r.text.slice(s - at, e - at) });
    at += r.text.length;
  }
  return { ...p, text, runs };
}

/** A paragraph's layout column: table, nesting depth and column; undefined outside tables. */
function columnKey(p: Paragraph): string | undefined {
  return p.cell === undefined ? undefined : `${p.cell.table}/${p.cell.depth}/${p.cell.column}`;
}

/**
 * The paragraphs where a line under paragraph `i` may be anchored or typed: the next one in the same column (table
 * cell column, or plain paragraphs), and one or two more while those are empty. Under the last line of a header table
 * the shape is often anchored in the empty paragraph that follows the table: `checkSide` says its position decides.
 */
function followers(paras: readonly Paragraph[], i: number, end: number): { p: Paragraph; checkSide: boolean }[] {
  const col = columnKey(paras[i]!);
  const table = paras[i]!.cell?.table;
  const out: { p: Paragraph; checkSide: boolean }[] = [];
  for (let k = i + 1; k < Math.min(end + 2, paras.length) && out.length < 3; k++) {
    const q = paras[k]!;
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.p.text.trim() !== "") break;
    if (col === undefined || q.cell === undefined) {
      if (q.cell !== undefined) break;
      // Past the header table: only empty paragraphs, whose shapes are placed by position.
      if (col !== undefined && q.text.trim() !== "") break;
      out.push({ p: q, checkSide: col !== undefined });
      continue;
    }
    if (q.cell.table !== table) break;
    if (columnKey(q) !== col) continue;
    out.push({ p: q, checkSide: false });
  }
  return out;
}

/** Whether a paragraph holds pieces of both sides (a one-paragraph header line), so a shape's side must be checked. */
function twoSided(pieces: readonly Piece[], index: number): boolean {
  const sides = new Set(pieces.filter((x) => x.paragraph === index && x.textBox === undefined).map((x) => x.side));
  return sides.size > 1;
}

/**
 * How the line under an element is made: a shape drawn as a straight line anchored at its paragraph or just after,
 * a paragraph bottom border, a typed "-----" / "_____", or the text underlined.
 */
function lineUnder(
  paras: readonly Paragraph[],
  pieces: readonly Piece[],
  parts: readonly Piece[],
  end: number,
  sections: readonly Section[] | undefined,
): { kind: LineKind; separator?: number } | undefined {
  const last = parts[parts.length - 1];
  if (last === undefined || last.textBox !== undefined) return undefined;
  const side = last.side;
  const own = [...new Set(parts.map((x) => x.paragraph))].map((i) => ({ p: paras[i]!, checkSide: false }));
  const next = followers(paras, last.paragraph, end);
  const onSide = (q: Paragraph, d: Drawing, checkSide: boolean): boolean => {
    const inColumn = q.cell !== undefined && q.cell.columnCount >= 2;
    if (!checkSide && (inColumn || (!twoSided(pieces, q.index) && q.text.trim() !== ""))) return true;
    const s = drawingSide(d, geometryOf(q, sections));
    return s === undefined || s === side;
  };
  for (const { p: q, checkSide } of [...own, ...next])
    if (q.drawings?.some((d) => d.kind === "line" && onSide(q, d, checkSide))) return { kind: "drawn" };
  const lastP = paras[last.paragraph]!;
  if (lastP.borderBottom === true || next.some(({ p: q }) => q.text.trim() === "" && q.borderBottom === true))
    return { kind: "border" };
  if (next[0]?.p.borderTop === true) return { kind: "border" };
  // A typed line: a later line of the same paragraph, or a following paragraph, on the same side.
  const sep = pieces.find(
    (x) =>
      x.order > last.order &&
      x.side === side &&
      x.textBox === undefined &&
      (x.paragraph === last.paragraph || next.some(({ p: q }) => q.index === x.paragraph)) &&
      isSeparatorLine(x.text),
  );
  if (sep !== undefined) return { kind: "separator", separator: sep.paragraph };
  const runs = partParagraph(lastP, last).runs.filter((r) => r.text.trim() !== "");
  if (runs.length > 0 && runs.some((r) => r.underline !== "none")) return { kind: "underline" };
  return undefined;
}

/** Where the header ends when there is no type name: after the tables it opens with, or at "Kính gửi". */
function regionEnd(paras: readonly Paragraph[]): number {
  const limit = Math.min(paras.length, HEADER_WINDOW);
  let first = 0;
  while (first < limit && paras[first]!.cell === undefined && paras[first]!.text.trim() === "") first++;
  if (paras[first]?.cell !== undefined) {
    let i = first;
    while (i < limit) {
      if (paras[i]!.cell !== undefined) {
        i++;
        continue;
      }
      // A second table (number and date) after a blank paragraph or two still belongs to the header.
      let j = i;
      while (j < limit && j < i + 2 && paras[j]!.cell === undefined && paras[j]!.text.trim() === "") j++;
      if (j < limit && paras[j]!.cell !== undefined && j > i) i = j;
      else break;
    }
    return i;
  }
  const to = paras.findIndex((p, i) => i < limit && ADDRESSEES.test(p.text));
  return to > 0 ? to : Math.min(paras.length, 10);
}

/**
 * A place and date broken over two lines of one paragraph by a line break (Shift+Enter) in a narrow cell: "Lục Nam,
 * ngày 20 tháng 12⏎năm 2023". Read as one piece, from the first line's start to the second's end.
 */
function dateOverTwoLines(
  paras: readonly Paragraph[],
  pieces: readonly Piece[],
): { date: Piece; lines: Piece[] } | undefined {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const x = pieces[k]!;
    const y = pieces[k + 1]!;
    if (x.paragraph !== y.paragraph || x.textBox !== y.textBox || !/ngày/iu.test(x.text)) continue;
    const between = partText(paras, { ...x, start: x.end, end: y.start });
    if (!between.includes("\n") || between.trim() !== "") continue;
    const text = partText(paras, { ...x, end: y.end });
    if (isDateText(text)) return { date: { ...x, end: y.end, text }, lines: [x, y] };
  }
  return undefined;
}

export function findHeader(
  paras: Paragraph[],
  typeNameParagraph: number | undefined,
  sections?: readonly Section[],
): HeaderStructure {
  const end = Math.min(typeNameParagraph ?? regionEnd(paras), HEADER_WINDOW, paras.length);
  const region = paras.slice(0, end);
  const pieces = piecesOf(region, sections);
  const found: Partial<Record<Single, Piece>> = {};
  let star: Piece | undefined;
  let letterSubject: number | undefined;
  for (const x of pieces) {
    const key = compactKey(x.text);
    const kind: Single | "star" | undefined = STAR.test(x.text)
      ? "star"
      : key === PARTY_TITLE_KEY
        ? "partyTitle"
        : key === NATIONAL_TITLE_KEY
          ? "nationalTitle"
          : key === MOTTO_KEY
            ? "motto"
            : NUMBER_LINE.test(x.text)
              ? "number"
              : isDateText(x.text)
                ? "date"
                : undefined;
    if (kind === "star") star ??= x;
    else if (kind !== undefined) found[kind] ??= x;
    else if (LETTER_SUBJECT.test(x.text)) letterSubject ??= x.paragraph;
  }
  const brokenDate = found.date === undefined ? dateOverTwoLines(paras, pieces) : undefined;
  if (brokenDate !== undefined) found.date = brokenDate.date;
  const taken = new Set<Piece>([
    ...Object.values(found),
    ...(star === undefined ? [] : [star]),
    ...(brokenDate === undefined ? [] : brokenDate.lines),
  ]);
  // The issuer: left-hand lines above the number (or the star) that are no other element.
  const stop = Math.min(found.number?.order ?? Infinity, star?.order ?? Infinity);
  const candidates = pieces.filter(
    (x) =>
      x.order < stop &&
      !taken.has(x) &&
      !isSeparatorLine(x.text) &&
      !DRAFT_MARK.test(x.text) &&
      !LETTER_SUBJECT.test(x.text) &&
      !ADDRESSEES.test(x.text) &&
      !PLACE_DATE.test(x.text),
  );
  const left = candidates.filter((x) => x.side === "L");
  const issuerPieces = left.length > 0 ? left : candidates.slice(0, 3);
  const issuerLine = lineUnder(paras, pieces, issuerPieces, end, sections);
  const titlePiece = found.motto ?? found.partyTitle;
  const titleLine = titlePiece === undefined ? undefined : lineUnder(paras, pieces, [titlePiece], end, sections);

  // A công văn's "V/v" line may follow the header table in plain paragraphs (or sit in a text box).
  if (letterSubject === undefined && typeNameParagraph === undefined) {
    const after = piecesOf(paras.slice(end, Math.min(paras.length, end + 6)), sections);
    letterSubject = after.find((x) => LETTER_SUBJECT.test(x.text))?.paragraph;
  }
  let attachedTo: number | undefined;
  if (typeNameParagraph !== undefined) {
    attachedTo = paras
      .slice(typeNameParagraph + 1, typeNameParagraph + 6)
      .find((q) => ATTACHED.test(q.text) && q.text.length < 300)?.index;
  }

  const parts: HeaderParts = { issuer: issuerPieces.map(toPart) };
  for (const k of SINGLES) {
    const x = found[k];
    if (x !== undefined) parts[k] = toPart(x);
  }
  const idx = (x: TextPart | undefined): number | undefined => x?.paragraph;
  const titleIdx = idx(parts.partyTitle) ?? idx(parts.nationalTitle);
  const tableOf = (i: number | undefined): number | undefined => (i === undefined ? undefined : paras[i]!.cell?.table);
  const issuer = [...new Set(parts.issuer.map((x) => x.paragraph))];
  const lastIssuer = issuer[issuer.length - 1];
  const issuerAnchor = lastIssuer ?? idx(parts.number) ?? star?.paragraph;
  const h: HeaderStructure = {
    paragraphs: region.map((p) => p.index),
    table: tableOf(titleIdx) ?? tableOf(idx(parts.number)),
    partyTitle: idx(parts.partyTitle),
    nationalTitle: idx(parts.nationalTitle),
    motto: idx(parts.motto),
    issuer,
    star: star?.paragraph,
    issuerLine: issuerLine?.separator,
    titleLine: titleLine?.separator,
    number: idx(parts.number),
    date: idx(parts.date),
    issuerColumn: issuerAnchor === undefined ? undefined : columnOf(paras[issuerAnchor]!),
    titleColumn: titleIdx === undefined ? undefined : columnOf(paras[titleIdx]!),
    parts,
  };
  if (issuerLine !== undefined) h.issuerLineKind = issuerLine.kind;
  if (titleLine !== undefined) h.titleLineKind = titleLine.kind;
  if (letterSubject !== undefined) h.letterSubject = letterSubject;
  if (attachedTo !== undefined) h.attachedTo = attachedTo;
  return h;
}
