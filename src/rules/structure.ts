/**
 * What the rules need to know about a draft's layout before checking it: which profile (party/state) and type
 * (plan/report) it is, its date, where the title block ends and the body starts, where the signature area begins.
 * Recognition works on text (NFC, tone-mark folded), so "ỦY"/"UỶ" and "HÒA"/"HOÀ" are the same.
 */
import type { DocumentModel, Paragraph } from "../model/document";
import { isUpperCaseVietnamese, normalizeForMatch } from "../model/text";
import type { ProfileId } from "./profiles";
import type { DocumentType } from "./types";

export interface DocumentStructure {
  /** Profile found in the header, or undefined when neither title is there. */
  detectedProfile: ProfileId | undefined;
  /** Paragraph holding the document's type name (KẾ HOẠCH, BÁO CÁO ...), if found. */
  typeNameParagraph: number | undefined;
  documentType: DocumentType;
  /** The type name as written (upper case), e.g. "KẾ HOẠCH". */
  typeName: string | undefined;
  /** Date of issue from "..., ngày 15 tháng 9 năm 2023", as ISO "2023-09-15". */
  documentDate: string | undefined;
  /** Paragraph indices of the body text: after the title block, before the signature and recipients area. */
  bodyParagraphs: number[];
  /** The header block (above the type name): titles, issuer, number, place and date. */
  header: HeaderStructure;
  /** Non-empty paragraphs of the trích yếu (summary) under the type name. */
  summaryParagraphs: number[];
  /** The "-----" line under the summary, if any. */
  summarySeparator: number | undefined;
  signature: SignatureStructure;
  recipients: RecipientsStructure;
}

/** Where a paragraph sits in a two-column layout table: its table and column, or undefined outside tables. */
export interface ColumnRef {
  table: number;
  column: number;
  columnCount: number;
}

export interface HeaderStructure {
  /** Every paragraph of the header block, empty ones included. */
  paragraphs: number[];
  /** Table index of the header layout table, when the header is laid out in one. */
  table: number | undefined;
  partyTitle: number | undefined;
  nationalTitle: number | undefined;
  motto: number | undefined;
  /** Issuer lines, top to bottom: superior/managing body first, issuing body last. */
  issuer: number[];
  /** The "*" under a Party issuer. */
  star: number | undefined;
  /** A "-----" line under the issuer (State documents' short line). */
  issuerLine: number | undefined;
  /** A "-----" line under the party title or the motto. */
  titleLine: number | undefined;
  number: number | undefined;
  date: number | undefined;
  /** Columns of the issuer and of the titles, when in a table. */
  issuerColumn: ColumnRef | undefined;
  titleColumn: ColumnRef | undefined;
}

export interface SignatureStructure {
  /** Non-empty paragraphs of the signature block, top to bottom (prefix/authority, position, name). */
  paragraphs: number[];
  /** The paragraph starting with a signature prefix (T/M, K/T, TM., KT. ...), if any. */
  prefix: number | undefined;
  /** The signer's name: the last non-empty line, when it is not in capitals. */
  name: number | undefined;
  column: ColumnRef | undefined;
}

export interface RecipientsStructure {
  /** The "Nơi nhận:" paragraph. */
  label: number | undefined;
  /** Recipient lines, top to bottom ("- Thường trực Tỉnh ủy (b/c)," ... "- Lưu ..."). */
  lines: number[];
  column: ColumnRef | undefined;
}

const PARTY_TITLE = normalizeForMatch("ĐẢNG CỘNG SẢN VIỆT NAM");
const NATIONAL_TITLE = normalizeForMatch("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

/** Type names of Party and State documents; the first two decide plan/report. */
const TYPE_NAMES: [string, DocumentType][] = [
  ["KẾ HOẠCH", "plan"],
  ["BÁO CÁO", "report"],
  ["CHƯƠNG TRÌNH", "other"],
  ["NGHỊ QUYẾT", "other"],
  ["KẾT LUẬN", "other"],
  ["QUYẾT ĐỊNH", "other"],
  ["CHỈ THỊ", "other"],
  ["THÔNG BÁO", "other"],
  ["HƯỚNG DẪN", "other"],
  ["QUY ĐỊNH", "other"],
  ["TỜ TRÌNH", "other"],
  ["CÔNG VĂN", "other"],
  ["ĐỀ ÁN", "other"],
  ["PHƯƠNG ÁN", "other"],
];
const TYPE_BY_KEY = new Map(TYPE_NAMES.map(([name, type]) => [normalizeForMatch(name), { name, type }]));

/** How far into the document the header and title block may reach. */
const HEADER_WINDOW = 40;

const DATE_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
/** First paragraphs of the signature / recipients area when it is not laid out in a table. */
const SIGNATURE_START = /^(nơi nhận\s*:|t\/m\b|tm\.|k\/t\b|kt\.|t\/l\b|tl\.|tuq\.|q\.\s)/i;

export function analyzeStructure(model: DocumentModel): DocumentStructure {
  const paras = model.paragraphs;
  const window = paras.slice(0, HEADER_WINDOW);
  let detectedProfile: ProfileId | undefined;
  for (const p of window) {
    const key = normalizeForMatch(p.text);
    if (key === PARTY_TITLE) {
      detectedProfile = "party";
      break;
    }
    if (key === NATIONAL_TITLE) {
      detectedProfile = "state";
      break;
    }
  }

  let typeNameParagraph: number | undefined;
  let documentType: DocumentType = "other";
  let typeName: string | undefined;
  for (const p of window) {
    if (p.cell !== undefined) continue;
    const hit = TYPE_BY_KEY.get(normalizeForMatch(p.text));
    if (hit !== undefined) {
      typeNameParagraph = p.index;
      documentType = hit.type;
      typeName = hit.name;
      break;
    }
  }

  let documentDate: string | undefined;
  for (const p of window) {
    const m = DATE_RE.exec(p.text);
    if (m === null) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
      documentDate = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      break;
    }
  }

  const bodyParagraphs = findBody(paras, typeNameParagraph);
  const { summaryParagraphs, summarySeparator } = findSummary(paras, typeNameParagraph);
  const recipients = findRecipients(paras, bodyParagraphs);
  return {
    detectedProfile,
    typeNameParagraph,
    documentType,
    typeName,
    documentDate,
    bodyParagraphs,
    header: findHeader(paras, typeNameParagraph),
    summaryParagraphs,
    summarySeparator,
    signature: findSignature(paras, bodyParagraphs, recipients),
    recipients,
  };
}

/* ---------- header ---------- */

const MOTTO = normalizeForMatch("Độc lập - Tự do - Hạnh phúc");
const NUMBER_LINE = /^\s*(Số|SỐ|số)(?=[\s:.…_]|\d)/u;
/** "<place>, ngày 15 tháng 9 năm 2023", also with blanks or dots for the day and month in a draft. */
export const PLACE_DATE = /ngày[\s.…_]*(\d{0,2})[\s.…_]*tháng[\s.…_]*(\d{0,2})[\s.…_]*năm[\s.…_]*(\d{0,4})/i;
const STAR = /^\s*\*+\s*$/;

export function columnOf(p: Paragraph): ColumnRef | undefined {
  return p.cell === undefined || p.cell.depth !== 1
    ? undefined
    : { table: p.cell.table, column: p.cell.column, columnCount: p.cell.columnCount };
}

function sameColumn(a: ColumnRef | undefined, b: ColumnRef | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.table === b.table && a.column === b.column;
}

function findHeader(paras: Paragraph[], typeNameParagraph: number | undefined): HeaderStructure {
  let end = typeNameParagraph;
  if (end === undefined) {
    // Without a type name: the first table (when it starts the document) or the first few paragraphs.
    const firstTableEnd = paras.findIndex((p, i) => i > 0 && p.cell === undefined && paras[i - 1]!.cell !== undefined);
    end = paras[0]?.cell !== undefined && firstTableEnd > 0 ? firstTableEnd : Math.min(paras.length, 8);
  }
  end = Math.min(end, HEADER_WINDOW);
  const region = paras.slice(0, end);
  const h: HeaderStructure = {
    paragraphs: region.map((p) => p.index),
    table: undefined,
    partyTitle: undefined,
    nationalTitle: undefined,
    motto: undefined,
    issuer: [],
    star: undefined,
    issuerLine: undefined,
    titleLine: undefined,
    number: undefined,
    date: undefined,
    issuerColumn: undefined,
    titleColumn: undefined,
  };
  for (const p of region) {
    if (STAR.test(p.text)) {
      h.star ??= p.index;
      continue;
    }
    const key = normalizeForMatch(p.text);
    if (key === "") continue;
    if (key === PARTY_TITLE && h.partyTitle === undefined) h.partyTitle = p.index;
    else if (key === NATIONAL_TITLE && h.nationalTitle === undefined) h.nationalTitle = p.index;
    else if (key === MOTTO && h.motto === undefined) h.motto = p.index;
    else if (NUMBER_LINE.test(p.text) && h.number === undefined) h.number = p.index;
    else if (PLACE_DATE.test(p.text) && h.date === undefined) h.date = p.index;
  }
  const titleIdx = h.partyTitle ?? h.nationalTitle;
  if (titleIdx !== undefined) h.titleColumn = columnOf(paras[titleIdx]!);
  const tableOf = (i: number | undefined): number | undefined => (i === undefined ? undefined : paras[i]!.cell?.table);
  h.table = tableOf(titleIdx) ?? tableOf(h.number);
  // The issuer column: the one holding the number line or the star; else, in a table, the other column.
  const anchor = h.number ?? h.star;
  if (anchor !== undefined) h.issuerColumn = columnOf(paras[anchor]!);
  else if (h.titleColumn !== undefined)
    h.issuerColumn = { ...h.titleColumn, column: h.titleColumn.column === 0 ? 1 : 0 };
  const taken = new Set([h.partyTitle, h.nationalTitle, h.motto, h.number, h.date, h.star]);
  const stop = anchor ?? end;
  for (const p of region) {
    if (p.index >= stop) break;
    if (taken.has(p.index) || !sameColumn(columnOf(p), h.issuerColumn)) continue;
    if (isSeparatorLine(p.text)) {
      if (h.issuer.length > 0 && h.issuerLine === undefined) h.issuerLine = p.index;
      continue;
    }
    if (p.text.trim() === "" || PLACE_DATE.test(p.text)) continue;
    h.issuer.push(p.index);
  }
  // A line under the party title or the motto.
  const lineAfter = h.motto ?? h.partyTitle;
  if (lineAfter !== undefined) {
    const next = paras[lineAfter + 1];
    if (next !== undefined && next.index < end && isSeparatorLine(next.text)) h.titleLine = next.index;
  }
  return h;
}

/* ---------- summary ---------- */

function findSummary(
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

/* ---------- recipients and signature ---------- */

const RECIPIENTS_LABEL = /^\s*n[ơo]i\s+nh[ậa]n\b/i;
/** Signature prefixes of both profiles, correct or not ("T/M", "TM.", "T.M", "KT", "TUQ." ...). */
export const SIGNATURE_PREFIX = /^\s*(T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)(\s*[./])?(?=\s|$)/;

function afterBody(paras: Paragraph[], body: number[]): number {
  const last = body[body.length - 1];
  return last === undefined ? 0 : last + 1;
}

function findRecipients(paras: Paragraph[], body: number[]): RecipientsStructure {
  const from = afterBody(paras, body);
  let label: Paragraph | undefined;
  for (let i = paras.length - 1; i >= from; i--) {
    if (RECIPIENTS_LABEL.test(paras[i]!.text)) {
      label = paras[i];
      break;
    }
  }
  if (label === undefined) return { label: undefined, lines: [], column: undefined };
  const column = columnOf(label);
  const lines: number[] = [];
  for (let i = label.index + 1; i < paras.length; i++) {
    const p = paras[i]!;
    if (label.cell !== undefined) {
      const c = p.cell;
      if (c === undefined || c.table !== label.cell.table || c.row !== label.cell.row || c.column !== label.cell.column)
        break;
      if (p.text.trim() !== "") lines.push(i);
      continue;
    }
    if (p.cell !== undefined) break;
    if (p.text.trim() === "") {
      if (lines.length > 0) break;
      continue;
    }
    if (!/^\s*[-–+•]/.test(p.text) && lines.length > 0) break;
    if (SIGNATURE_PREFIX.test(p.text)) break;
    lines.push(i);
  }
  return { label: label.index, lines, column };
}

function findSignature(paras: Paragraph[], body: number[], recipients: RecipientsStructure): SignatureStructure {
  const from = afterBody(paras, body);
  const none: SignatureStructure = { paragraphs: [], prefix: undefined, name: undefined, column: undefined };
  const recipientSet = new Set(recipients.lines);
  if (recipients.label !== undefined) recipientSet.add(recipients.label);
  let prefix: Paragraph | undefined;
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    if (recipientSet.has(i)) continue;
    if (SIGNATURE_PREFIX.test(p.text) && isUpperCaseVietnamese(p.text.replace(/[^\p{L}]/gu, ""))) {
      prefix = p;
      break;
    }
  }
  let members: Paragraph[];
  let column: ColumnRef | undefined;
  if (prefix !== undefined && prefix.cell !== undefined) {
    const c = prefix.cell;
    column = columnOf(prefix);
    members = paras.filter(
      (p) =>
        p.cell !== undefined &&
        p.cell.table === c.table &&
        p.cell.row === c.row &&
        p.cell.column === c.column &&
        p.index >= prefix.index,
    );
  } else if (prefix !== undefined) {
    members = [];
    for (let i = prefix.index; i < paras.length; i++) {
      const p = paras[i]!;
      if (recipientSet.has(i) || p.cell !== undefined) break;
      members.push(p);
    }
  } else if (recipients.label !== undefined && paras[recipients.label]!.cell !== undefined) {
    // No prefix (a head signing in person): the other column of the recipients' row.
    const lc = paras[recipients.label]!.cell!;
    members = paras.filter(
      (p) => p.cell !== undefined && p.cell.table === lc.table && p.cell.row === lc.row && p.cell.column !== lc.column,
    );
    column = members[0] === undefined ? undefined : columnOf(members[0]);
  } else return none;
  const nonEmpty = members.filter((p) => p.text.trim() !== "");
  const last = nonEmpty[nonEmpty.length - 1];
  const name = last !== undefined && nonEmpty.length > 1 && !isUpperCaseVietnamese(last.text) ? last.index : undefined;
  return { paragraphs: nonEmpty.map((p) => p.index), prefix: prefix?.index, name, column };
}

export function isSeparatorLine(text: string): boolean {
  return /^\s*[-–—_*]{3,}\s*$/.test(text);
}

/**
 * The body starts after the title block: after the "-----" under the trích yếu when there is one, else after the
 * type name and its summary; without a type name, after the header tables. It ends at the signature area.
 */
function findBody(paras: Paragraph[], typeNameParagraph: number | undefined): number[] {
  let start = 0;
  if (typeNameParagraph !== undefined) {
    start = typeNameParagraph + 1;
    const sep = paras.slice(start, start + 6).find((p) => isSeparatorLine(p.text));
    if (sep !== undefined) start = sep.index + 1;
    else {
      // Skip the summary: the non-empty lines right after the type name that are bold or centred.
      while (start < paras.length && (paras[start]!.alignment === "center" || paras[start]!.text.trim() === ""))
        start++;
    }
  } else {
    const firstTableEnd = paras.findIndex((p, i) => i > 0 && p.cell === undefined && paras[i - 1]!.cell !== undefined);
    if (firstTableEnd > 0 && firstTableEnd < HEADER_WINDOW) start = firstTableEnd;
  }
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
    if (p.text.trim() === "" || isSeparatorLine(p.text)) continue;
    body.push(i);
  }
  return body;
}
