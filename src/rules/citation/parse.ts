/** Citations in running text: "Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị", "Kết luận số 125-KL/TU ngày 05/9/2023". */
import { allMatches, escapeRegExp } from "../../model/text";

export interface Citation {
  kind: string;
  /** "11-NQ/TW", upper case. */
  number: string;
  /** ISO date when written ("ngày 10/02/2022" or "ngày 10 tháng 02 năm 2022"). */
  date: string | undefined;
  /** The date as written. */
  dateText: string | undefined;
  /** Text after "của", up to punctuation or a following clause. */
  issuerText: string | undefined;
  /** The whole citation as written. */
  text: string;
  index: number;
}

const KINDS =
  "Nghị quyết|Chỉ thị|Kết luận|Quy định|Quyết định|Hướng dẫn|Kế hoạch|Thông báo|Thông tri|Chương trình|Nghị định|Thông tư|Luật";

const CITATION = new RegExp(
  `(${KINDS})\\s+(?:số\\s+)?(\\d+\\s*-\\s*[A-ZĐ]+\\s*/\\s*[A-ZĐ]+)` +
    `(?:,?\\s+ngày\\s+(?:(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})))?` +
    // the issuer runs to punctuation, or to the next citation ("... của Bộ Chính trị và Chỉ thị số 26-CT/TU ...")
    `(?:\\s+của\\s+((?:(?!(?:${KINDS})\\s+(?:số\\s+)?\\d)[^,;.():“”"])+))?`,
  "giu",
);

export function iso(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/** ISO → "10/02/2022" as Party documents write it (days 1–9 and months 1–2 with a leading zero). */
export function displayDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${String(d).padStart(2, "0")}/${m <= 2 ? String(m).padStart(2, "0") : m}/${y}`;
}

export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(text); m !== null; m = CITATION.exec(text)) {
    const d = m[3] ?? m[6];
    const mo = m[4] ?? m[7];
    const y = m[5] ?? m[8];
    const date = d !== undefined && mo !== undefined && y !== undefined ? iso(y, mo, d) : undefined;
    const dateText =
      m[3] !== undefined
        ? `${m[3]}/${m[4]}/${m[5]}`
        : m[6] !== undefined
          ? `${m[6]} tháng ${m[7]} năm ${m[8]}`
          : undefined;
    out.push({
      kind: m[1]!,
      number: m[2]!.replace(/\s+/g, "").toUpperCase(),
      date,
      dateText,
      issuerText: m[9]?.trim(),
      text: m[0],
      index: m.index,
    });
  }
  return out;
}

/** A user-given date ("05/9/2023", "5-9-2023" or ISO) as ISO, or undefined. */
export function parseUserDate(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m === null ? undefined : iso(m[3]!, m[2]!, m[1]!);
}

/** A date as written, any part of it possibly left blank for the clerk ("ngày     /12/2025", "ngày    tháng 3 năm 2026"). */
export interface LooseDate {
  day: number | undefined;
  month: number | undefined;
  year: number | undefined;
}

/** Characters standing for a blank: spaces, dots, ellipses, underscores. */
const BLANK = "[\\s.…_]*";
const LOOSE_DATE_SOURCE =
  `ngày${BLANK}(?:(\\d{1,2})?${BLANK}[/-]${BLANK}(\\d{1,2})?${BLANK}[/-]${BLANK}(\\d{4})?` +
  `|(\\d{1,2})?${BLANK}tháng${BLANK}(\\d{1,2})?${BLANK}năm${BLANK}(\\d{4})?)`;
const LOOSE_DATE = new RegExp(LOOSE_DATE_SOURCE, "iu");

function looseDateOf(m: RegExpExecArray | RegExpMatchArray, at: number): LooseDate {
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));
  return {
    day: num(m[at] ?? m[at + 3]),
    month: num(m[at + 1] ?? m[at + 4]),
    year: num(m[at + 2] ?? m[at + 5]),
  };
}

/** The first date in a text ("Lục Nam, ngày 05 tháng 9 năm 2023", "ngày      tháng 12 năm 2025"), blanks allowed. */
export function parseLooseDate(text: string): LooseDate | undefined {
  const m = LOOSE_DATE.exec(text);
  if (m === null) return undefined;
  const d = looseDateOf(m, 1);
  return d.day === undefined && d.month === undefined && d.year === undefined ? undefined : d;
}

/** "05/9/2023", with "…" for a blank part: "…/12/2025". Days 1–9 and months 1–2 take a leading zero. */
export function displayLooseDate(d: LooseDate): string {
  const day = d.day === undefined ? "…" : String(d.day).padStart(2, "0");
  const month = d.month === undefined ? "…" : d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  return `${day}/${month}/${d.year ?? "…"}`;
}

/** The parts two dates written with blanks disagree on (a blank agrees with anything): "ngày", "tháng", "năm". */
export function looseDateConflicts(a: LooseDate, b: LooseDate): ("ngày" | "tháng" | "năm")[] {
  const out: ("ngày" | "tháng" | "năm")[] = [];
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) out.push("ngày");
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) out.push("tháng");
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) out.push("năm");
  return out;
}

/**
 * A mention of a document by its type name and number, the number possibly left blank ("Kế hoạch số 85-KH/HU ngày
 * 05/9/2023", "Kế hoạch số          /KH-UBND ngày         /3/2026", "Quyết định số ... /QĐ-… ngày... tháng...").
 */
export interface DocumentReference {
  /** The type name as written ("Kế hoạch"). */
  kind: string;
  /** The number's digits without leading zeros ("85"), "" when left blank. */
  number: string;
  /** A legal document's year in its number ("2020" in "30/2020/NĐ-CP"), "" when none. */
  year: string;
  /** The symbol's codes, upper case ("KH", "HU"); a code left blank ("…") is "". */
  codes: string[];
  /** Separators: between the number and the symbol, then between the codes ("-", "/"). */
  separators: string[];
  date: LooseDate | undefined;
  /** Written "<type name> này số ..." ("Kế hoạch này số 85-KH/HU"): the document itself. */
  itself: boolean;
  /** The whole mention as written. */
  text: string;
  index: number;
}

const SYMBOL_CODE = "(?:\\p{Lu}[\\p{Lu}\\p{N}]*(?!\\p{Ll})|[.…]+)";
const REFERENCE_TAIL =
  `\\s+số${BLANK}?:?\\s*(\\d+)?${BLANK}(?:/\\s*(\\d{4})\\s*)?([-/–])\\s*(${SYMBOL_CODE}(?:\\s*[-/–]\\s*${SYMBOL_CODE})*)` +
  `(?:\\s*,?\\s*${LOOSE_DATE_SOURCE})?`;

/**
 * The pattern of mentions of these type names, built once per list: the rules look for the same one or two names in
 * every paragraph, and building it anew for each took most of their time.
 */
const REFERENCE_PATTERNS = new Map<string, RegExp>();
function referencePattern(kinds: readonly string[]): RegExp {
  const key = kinds.join("\n");
  let re = REFERENCE_PATTERNS.get(key);
  if (re === undefined) {
    const escaped = kinds.map((k) => escapeRegExp(k).replace(/\s+/g, "\\s+"));
    re = new RegExp(`(${escaped.join("|")})(\\s+này)?${REFERENCE_TAIL}`, "giu");
    if (REFERENCE_PATTERNS.size >= 32) REFERENCE_PATTERNS.clear();
    REFERENCE_PATTERNS.set(key, re);
  }
  return re;
}

/** Mentions of documents of the given type names (as written, e.g. ["Kế hoạch"]), numbers blank or not. */
export function findDocumentReferences(text: string, kinds: readonly string[]): DocumentReference[] {
  if (kinds.length === 0) return [];
  const out: DocumentReference[] = [];
  // every match is read before any is used, so the shared pattern is never left half-way through a text
  for (const m of allMatches(referencePattern(kinds), text)) {
    const symbol = m[6]!;
    const codes = symbol.split(/\s*[-/–]\s*/u).map((c) => (/^[.…]+$/u.test(c) ? "" : c.toUpperCase()));
    const separators = [m[5]!, ...(symbol.match(/[-/–]/gu) ?? [])].map((s) => (s === "–" ? "-" : s));
    const dated = /ngày/iu.test(m[0]);
    out.push({
      kind: m[1]!,
      number: m[3] === undefined ? "" : String(Number(m[3])),
      year: m[4] ?? "",
      codes,
      separators,
      date: dated ? looseDateOf(m, 7) : undefined,
      itself: m[2] !== undefined,
      text: m[0],
      index: m.index,
    });
  }
  return out;
}

/** "85-KH/HU", "…/KH-UBND", "30/2020/NĐ-CP": a reference's number and symbol, "…" for a blank. */
export function displayReferenceNumber(r: Pick<DocumentReference, "number" | "year" | "codes" | "separators">): string {
  const head = `${r.number === "" ? "…" : r.number}${r.year === "" ? "" : "/" + r.year}`;
  return r.codes.reduce((s, c, i) => `${s}${r.separators[i] ?? "-"}${c === "" ? "…" : c}`, head);
}
