/**
 * A plan's tasks: who leads each and by when. Two ways of writing them are read:
 *
 * - a **task table** (in the body or in an attachment such as a landscape `PHỤ LỤC`): a header row with a task column
 *   ("Nhiệm vụ", "Nội dung"), a lead column ("Chủ trì", "Đơn vị thực hiện", "Trách nhiệm thực hiện") and, usually, a
 *   time column ("Thời gian hoàn thành", "Thời hạn", "Tiến độ"); each data row is a task, a row such as
 *   "I | Cải cách thể chế" with the other cells empty is a group, a row with an empty task cell continues the task
 *   above (Word's vertically merged cells read as empty);
 * - **prose**: the items under the tasks section ("II. NHIỆM VỤ, GIẢI PHÁP") grouped in areas (its first level of
 *   numbering), each area led by a body named in it ("Sở Nội vụ chủ trì ...", "Giao Sở Tư pháp ...", a heading
 *   "b) Công an tỉnh") or by one named in "TỔ CHỨC THỰC HIỆN" for the same subject ("Ban Tuyên giáo chủ trì ...",
 *   "Đảng đoàn HĐND, Ban cán sự đảng UBND lãnh đạo ...").
 *
 * Deadlines are read where a plan sets them: the time column, and in the tasks, time and organisation sections the
 * clauses that say when ("trước ngày 15/01/2026", "trong quý II/2026", "Thời gian thực hiện: ... đến hết năm 2030").
 * Dates of cited documents ("Quyết định số 1441/QĐ-UBND ngày 25/9/2025"), a cited programme's horizon ("... đến năm
 * 2030, tầm nhìn đến năm 2045") and dates without a year ("Trước ngày 31/01 năm liền kề") are not deadlines.
 *
 * The words (column names, section titles, names of bodies, lead verbs) are data: `PlanVocabulary`, kept by the rules
 * in src/rules/data/plan.json and passed in. Pure: model only.
 */
import type { DocumentModel, Paragraph } from "../document";
import { looseTestOf } from "../loose";
import { ParagraphMemo } from "../memo";
import { collapsedSpaces, escapeRegExp, isBlank, isUpperCaseVietnamese, normalizeForMatch } from "../text";
import type { DocumentStructure } from "./types";

// ---------------------------------------------------------------------------------------------------------------
// Shapes

/** The words a plan's tasks are recognised by (src/rules/data/plan.json). Phrases are compared normalised. */
export interface PlanVocabulary {
  columns: { task: string[]; lead: string[]; time: string[] };
  sections: {
    tasks: string[];
    notTasks: string[];
    organisation: string[];
    /** Sub-blocks of an area that hold objectives, not tasks ("a) Mục tiêu"). */
    nonTaskBlocks: string[];
    /** Areas that are every unit's by their heading ("1. Nhiệm vụ, giải pháp chung"). */
    generalAreas: string[];
  };
  /** "(Phân công nhiệm vụ theo Phụ lục đính kèm)": the prose tasks are assigned in a table. */
  assignedByTable: string[];
  /** Case-sensitive starts of a body's name; `notBodies` start the same way and are not bodies; `collective` ones. */
  bodies: { names: string[]; notBodies: string[]; collective: string[] };
  /**
   * Verbs that make a body the subject-lead of a sentence, roles that do not lead, and words that start like a verb
   * but belong to a body's name ("tổ chức đảng").
   */
  leadPhrases: { subject: string[]; notLead: string[]; nounPhrases: string[] };
  topics: { genericWords: string[]; affinities: { bodies: string[]; areas: string[] }[] };
}

/** A date a deadline sets, as the last day of the period it names ("quý II/2024" → 2024-06-30). */
export interface DeadlineDate {
  /** The words as written: "31/12/2025", "quý I năm 2026", "tháng 9/2026", "năm 2030". */
  text: string;
  /** ISO date of the last day of that period. */
  latest: string;
}

export interface TaskDeadline {
  /** The time frame as written (a time cell's text, or the clause that sets it). */
  text: string;
  paragraph: number;
  /** The latest of `dates`; undefined when no date with a year can be read ("Hằng năm", "Thường xuyên"). */
  latest: string | undefined;
  dates: DeadlineDate[];
  /** Index in `tables` of the task table whose time cell it is; undefined for a deadline in running text. */
  table?: number;
}

export interface PlanTask {
  /** The task's words: the task cell, or the item (marker removed). */
  text: string;
  paragraph: number;
  /** The task's number as the plan gives it: "II.7" (group II, row 7) in a table, "III.2" for an area. */
  number: string;
  /** The lead as written (the lead cell, or the body named), undefined when none. */
  owner: string | undefined;
  deadline: TaskDeadline | undefined;
  source: "table" | "prose";
  /** Index in `tables` (table tasks) or in `areas` (prose tasks). */
  group: number;
}

export interface TaskTable {
  /** Table index (`Paragraph.cell.table`). */
  table: number;
  /** First paragraph of the header's task cell. */
  paragraph: number;
  /** Where it sits: the attachment's title ("PHỤ LỤC") or the section ("mục III"). */
  where: string;
  /** Column indices; `time` undefined when the table has no time column. */
  columns: { task: number; lead: number; time: number | undefined };
  headers: { task: string; lead: string; time: string | undefined };
}

/** How an area's lead was found. */
export type AreaLead = "inline" | "table" | "organisation" | "plan" | "collective" | "general";

export interface TaskArea {
  /** Section number and the area's: "II.3". */
  number: string;
  /** The area's heading or its first words. */
  heading: string;
  paragraph: number;
  /** The roman heading of its section. */
  section: { number: string; title: string; paragraph: number };
  owner: string | undefined;
  ownerParagraph: number | undefined;
  lead: AreaLead | undefined;
}

export interface PlanTasks {
  tasks: PlanTask[];
  tables: TaskTable[];
  /**
   * Areas of the prose tasks sections: their first level of numbering, when there are two or more (empty when the
   * plan assigns its tasks in a table outside them, or a section is one undivided text).
   */
  areas: TaskArea[];
  /**
   * The plan says its tasks are assigned in an attached table ("Phân công nhiệm vụ theo Phụ lục đính kèm"); read only
   * when the plan has a task table (false without one).
   */
  assignedByTable: boolean;
  /** Heading paragraphs of the tasks sections ("II. NHIỆM VỤ, GIẢI PHÁP"). */
  tasksSections: number[];
  /** Heading paragraph of "TỔ CHỨC THỰC HIỆN". */
  organisationSection: number | undefined;
  /** Every deadline read: the time cells of task tables, and the time clauses of the prose. */
  deadlines: TaskDeadline[];
}

/** What a reviewer would send back: tasks without a lead or a time frame (the matrix counts these). */
export interface PlanGaps {
  /** Table tasks without a lead (and their table has a lead column). */
  missingOwner: PlanTask[];
  /** Table tasks without a time frame (empty time cell, or no time column at all). */
  missingDeadline: PlanTask[];
  /** Prose areas no body leads, when the plan assigns its prose tasks area by area. */
  unassignedAreas: TaskArea[];
}

// ---------------------------------------------------------------------------------------------------------------
// Compiled vocabulary

interface Compiled {
  v: PlanVocabulary;
  taskCols: string[];
  leadCols: string[];
  timeCols: string[];
  taskSections: string[];
  notTaskSections: string[];
  organisation: string[];
  nonTaskBlocks: string[];
  generalAreas: string[];
  bodyStart: RegExp;
  notBody: RegExp | undefined;
  collective: string[];
  leadVerb: RegExp;
  nounPhrases: string[];
  notLead: Set<string>;
  generic: Set<string>;
  affinities: { bodies: string[]; areas: string[] }[];
  /** A paragraph's text says the tasks are assigned in an attached table (memoised by text). */
  saysAssignedByTable: ParagraphMemo<boolean>;
  /** The quick first test of that (src/model/loose): true wherever the phrases are, and in few other texts. */
  mayAssignByTable: (text: string) => boolean;
}

const compiledCache = new WeakMap<PlanVocabulary, Compiled>();

/** Alternatives as whole words (no letter or digit on either side); no look-behind (older WebKit hosts). */
function wordsRe(words: readonly string[], flags: string): RegExp {
  const alt = [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  return new RegExp(`(^|[^\\p{L}\\p{M}\\p{N}])(${alt})(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

function compile(v: PlanVocabulary): Compiled {
  const hit = compiledCache.get(v);
  if (hit !== undefined) return hit;
  const k = (xs: string[]): string[] => xs.map(key);
  const assignedByTable = k(v.assignedByTable);
  const names = [...v.bodies.names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const c: Compiled = {
    v,
    taskCols: k(v.columns.task),
    leadCols: k(v.columns.lead),
    timeCols: k(v.columns.time),
    taskSections: k(v.sections.tasks),
    // spaced, to be found as whole words in a spaced title key
    notTaskSections: k(v.sections.notTasks).map((n) => ` ${n} `),
    organisation: k(v.sections.organisation),
    nonTaskBlocks: k(v.sections.nonTaskBlocks),
    generalAreas: k(v.sections.generalAreas),
    bodyStart: new RegExp(`^(?:${names.join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"),
    notBody:
      v.bodies.notBodies.length === 0
        ? undefined
        : new RegExp(`^(?:${v.bodies.notBodies.map(escapeRegExp).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "u"),
    collective: k(v.bodies.collective),
    leadVerb: wordsRe([...v.leadPhrases.subject, ...v.leadPhrases.notLead], "gu"),
    nounPhrases: v.leadPhrases.nounPhrases.map((x) => x.normalize("NFC").toLowerCase()),
    notLead: new Set(k(v.leadPhrases.notLead)),
    generic: new Set(k(v.topics.genericWords)),
    affinities: v.topics.affinities.map((a) => ({ bodies: k(a.bodies), areas: k(a.areas) })),
    saysAssignedByTable: new ParagraphMemo((text: string) => {
      // a long paragraph is not that note: skipped without normalising it (each ASCII letter or digit stays one
      // character of the match key, so 200 of them make a key of 200 or more)
      if (asciiAlnumAtLeast(text, 200)) return false;
      const t = normalizeForMatch(text);
      return t.length < 200 && assignedByTable.some((x) => t.includes(x));
    }),
    mayAssignByTable: looseTestOf(v.assignedByTable),
  };
  compiledCache.set(v, c);
  return c;
}

/** `text` holds at least `n` ASCII letters and digits. */
function asciiAlnumAtLeast(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    const lower = ch | 0x20; // A-Z onto a-z
    if ((ch >= 0x30 && ch <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) if (++count >= n) return true;
  }
  return false;
}

const keyCache = new Map<string, string>();

/** The text's match key (`normalizeForMatch`), remembered: the same headings and phrases are keyed many times. */
function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    if (keyCache.size > 20000) keyCache.clear();
    k = normalizeForMatch(s);
    keyCache.set(s, k);
  }
  return k;
}

/** `k` is one of `phrases` or starts with one followed by a space. */
function startsWithPhrase(k: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => k === p || k.startsWith(`${p} `));
}

// ---------------------------------------------------------------------------------------------------------------
// Numbering markers (typed, or Word's automatic numbering)

type MarkerKind = "roman" | "arabic" | "dotted" | "letter" | "bullet" | "auto";

interface Marker {
  kind: MarkerKind;
  /** "II", "3", "1.2", "a", "-", or "" for Word numbering whose label is not known. */
  label: string;
  /** The text after the marker. */
  rest: string;
  /** Word's list level for automatic numbering. */
  level: number;
}

const ROMAN_RE = /^([IVXLC]{1,6})\s*[.)\-–:]\s*(\S.*)$/su;
const DOTTED_RE = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/su;
const ARABIC_RE = /^(\d{1,2})\s*[.)/]\s*(\S.*)$/su;
const LETTER_RE = /^([a-zđ])\s*\)\s*(\S.*)$/su;
const BULLET_RE = /^[-–—+•·*]\s*(\S.*)$/su;
const VALID_ROMAN = /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

function labelKind(label: string): MarkerKind {
  const l = label.replace(/[.)]$/, "").trim();
  if (VALID_ROMAN.test(l)) return "roman";
  if (/^\d+(\.\d+)+$/.test(l)) return "dotted";
  if (/^\d+$/.test(l)) return "arabic";
  if (/^[a-zđ]$/.test(l)) return "letter";
  return "bullet";
}

const markerCache = new WeakMap<Paragraph, Marker | null>();
function markerOf(p: Paragraph): Marker | undefined {
  let m = markerCache.get(p);
  if (m === undefined) {
    m = readMarker(p) ?? null;
    markerCache.set(p, m);
  }
  return m ?? undefined;
}

const MARKER_START = /^[IVXLC\da-zđ\-–—+•·*]/u;

/** The typed marker of each paragraph text, or null (src/model/memo: a re-check reads only the edited paragraphs). */
const TYPED_MARKERS = new ParagraphMemo((text: string): Marker | null => {
  const t = text.trim();
  // a marker opens with a Roman numeral's letter, a digit, a small letter or a bullet: most paragraphs start otherwise
  return (MARKER_START.test(t) ? readTypedMarker(t) : undefined) ?? null;
});

function readMarker(p: Paragraph): Marker | undefined {
  const typed = TYPED_MARKERS.get(p.text);
  if (typed !== null) return typed;
  const text = p.text.trim();
  if (p.listLabel !== undefined && p.listLabel.trim() !== "") {
    const kind = labelKind(p.listLabel.trim());
    return { kind, label: p.listLabel.trim().replace(/[.)]$/, ""), rest: text, level: p.listLevel ?? 0 };
  }
  if (p.numbered) return { kind: "auto", label: "", rest: text, level: p.listLevel ?? 0 };
  return undefined;
}

/** The number or bullet typed at the start of a (trimmed) text. */
function readTypedMarker(text: string): Marker | undefined {
  let m = ROMAN_RE.exec(text);
  if (m !== null && VALID_ROMAN.test(m[1]!)) return { kind: "roman", label: m[1]!, rest: m[2]!, level: -1 };
  m = DOTTED_RE.exec(text);
  if (m !== null) return { kind: "dotted", label: m[1]!, rest: m[2]!, level: -1 };
  m = ARABIC_RE.exec(text);
  if (m !== null) return { kind: "arabic", label: String(Number(m[1]!)), rest: m[2]!, level: -1 };
  m = LETTER_RE.exec(text);
  if (m !== null) return { kind: "letter", label: m[1]!, rest: m[2]!, level: -1 };
  m = BULLET_RE.exec(text);
  if (m !== null) return { kind: "bullet", label: "-", rest: m[1]!, level: -1 };
  return undefined;
}

function sameKind(a: Marker, b: Marker): boolean {
  return a.kind === b.kind && (a.kind !== "auto" || a.level === b.level);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const plausibleYear = (y: number): boolean => y >= 1945 && y <= 2100;

const CITED_DATE = String.raw`ngày\s+(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;
/**
 * A cited document, not a deadline: its type and number, its date, its issuer and its title ("Nghị quyết số
 * 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị về ... đến năm 2030, tầm nhìn đến năm 2045"): a title runs to the end
 * of the clause; without one the citation ends after the issuer, so a deadline later in the sentence stays.
 */
const CITED = new RegExp(
  String.raw`(?:Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Thông tư|Thông báo|Công văn|Văn bản|Phương án|Đề án|Chương trình|Hướng dẫn|Quy định|Quy chế|Báo cáo|Tờ trình|Điều lệ|Luật)\s+số\s+[^\s,;]+` +
    String.raw`(?:\s*,?\s*${CITED_DATE})?` +
    String.raw`(?:\s+của\s+[^,.;]*?(?=\s+(?:về|ban hành|phê duyệt|quy định)\s|[,.;]|$))?` +
    String.raw`(?:\s+(?:về|ban hành|phê duyệt|quy định)\s[^.;]*)?`,
  "giu",
);
const CITED_LAW = /(?:Bộ\s+)?Luật\s+\p{Lu}[^.;]{0,100}?ngày\s+\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/gu;
const PROGRAMME = /(?:Quy hoạch|Chiến lược)\s[^.;]*/gu;
const VISION = /tầm nhìn\s+(?:đến|tới)\s+năm\s+\d{4}/giu;
/** "số 52/2015/NĐ-CP" left anywhere: its digits are not a date. */
const NUMBER_REF = /(?:^|[^\p{L}])số\s+\d+[^\s,;]*/giu;

function blank(text: string, re: RegExp): string {
  return text.replace(re, (m) => " ".repeat(m.length));
}

/**
 * What CITED and NUMBER_REF need (a "số" and white space after it), and CITED_LAW ("Luật"): tested first, as most
 * texts have neither and those patterns try every character as the start of a match (NUMBER_REF, led by "any
 * character but a letter", was the slowest pattern of a plan's task reading, npm run bench). NUMBER_REF's is asked
 * of the text as the patterns before it left it: a blanked title can leave "số" before white space.
 */
const SO_THEN_SPACE = /số\s/iu;
const SO_THEN_NUMBER = /số\s+\d/iu;
const LUAT = /Luật/u;

/** The text with cited documents' numbers, dates and titles blanked out (same length, so indices still hold). */
export function withoutCitations(text: string): string {
  let t = SO_THEN_SPACE.test(text) ? blank(text, CITED) : text;
  if (LUAT.test(t)) t = blank(t, CITED_LAW);
  t = blank(t, PROGRAMME);
  t = blank(t, VISION);
  return SO_THEN_NUMBER.test(t) ? blank(t, NUMBER_REF) : t;
}

interface DatePattern {
  re: RegExp;
  /** Group 1 is the character before the date (a boundary without look-behind), not part of it. */
  prefixed?: boolean;
  /**
   * What every match of a prefixed pattern holds after its first character, tested first: the pattern itself tries
   * each character as the one before a date, and most texts have no date of its kind.
   */
  core?: RegExp;
  read(m: RegExpExecArray, defaultYear: number | undefined): string | undefined;
}

const DATE_PATTERNS: DatePattern[] = [
  {
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu,
    read: (m) => fullDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
  {
    re: /(^|[^\d/])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\3\s*(\d{4})(?![\d/])/gu,
    prefixed: true,
    core: /\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u,
    read: (m) => fullDate(Number(m[5]), Number(m[4]), Number(m[2])),
  },
  {
    re: /quý\s+(IV|I{1,3}|[1-4])\s*(?:[/-]\s*|,?\s*năm\s+)(\d{4})/giu,
    read: (m) => {
      const q = ROMAN_QUARTER[m[1]!.toLowerCase()]!;
      const y = Number(m[2]);
      return plausibleYear(y) ? iso(y, q * 3, lastDay(y, q * 3)) : undefined;
    },
  },
  {
    re: /(6|sáu|9|chín)\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})/giu,
    read: (m) => {
      const y = Number(m[3]);
      if (!plausibleYear(y)) return undefined;
      if (m[2]!.toLowerCase() === "cuối") return iso(y, 12, 31);
      const months = /^(6|sáu)$/iu.test(m[1]!) ? 6 : 9;
      return iso(y, months, lastDay(y, months));
    },
  },
  {
    re: /tháng\s+(\d{1,2})\s*(?:[/-]\s*|,?\s*năm\s+)(\d{4})/giu,
    read: (m) => {
      const [mo, y] = [Number(m[1]), Number(m[2])];
      return mo >= 1 && mo <= 12 && plausibleYear(y) ? iso(y, mo, lastDay(y, mo)) : undefined;
    },
  },
  {
    // A day and month without a year: only where the column header gives the year ("Thời gian (Năm 2026)").
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?!\s*(?:năm|[/\d]))/giu,
    read: (m, y) => (y === undefined ? undefined : fullDate(y, Number(m[2]), Number(m[1]))),
  },
  {
    re: /(^|[^\d])(\d{4})\s*[-–]\s*(\d{4})(?!\d)/gu,
    prefixed: true,
    core: /\d{4}\s*[-–]\s*\d{4}/u,
    read: (m) => {
      const [a, b] = [Number(m[2]), Number(m[3])];
      return plausibleYear(a) && plausibleYear(b) && b >= a ? iso(b, 12, 31) : undefined;
    },
  },
  {
    re: /năm\s+(\d{4})(?!\d)/giu,
    read: (m) => {
      const y = Number(m[1]);
      return plausibleYear(y) ? iso(y, 12, 31) : undefined;
    },
  },
];

function fullDate(y: number, mo: number, d: number): string | undefined {
  if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > lastDay(y, mo)) return undefined;
  return iso(y, mo, d);
}

/** A start ("từ tháng 3", "bắt đầu từ năm 2026", "kể từ ngày ...") is not a deadline. */
const STARTS_BEFORE = /(?:^|[^\p{L}])(?:từ|kể từ|bắt đầu)\s*(?:(?:ngày|tháng|quý|năm)\s*)?$/iu;

interface FoundDate extends DeadlineDate {
  index: number;
}

/** A year: every date pattern that gives a date without `defaultYear` holds one. */
const FOUR_DIGITS = /\d{4}/;

function datesIn(text: string, defaultYear: number | undefined): FoundDate[] {
  if (!(defaultYear === undefined ? FOUR_DIGITS : /\d/).test(text)) return [];
  let t = withoutCitations(text);
  const out: FoundDate[] = [];
  for (const pattern of DATE_PATTERNS) {
    if (pattern.core !== undefined && !pattern.core.test(t)) continue;
    pattern.re.lastIndex = 0;
    const consumed: [number, number][] = [];
    for (let m = pattern.re.exec(t); m !== null; m = pattern.re.exec(t)) {
      const start = m.index + (pattern.prefixed === true ? m[1]!.length : 0);
      const end = m.index + m[0].length;
      consumed.push([start, end]);
      const latest = pattern.read(m, defaultYear);
      if (latest === undefined) continue;
      if (STARTS_BEFORE.test(t.slice(Math.max(0, start - 16), start))) continue;
      out.push({ text: text.slice(start, end).trim(), latest, index: start });
    }
    for (const [a, b] of consumed) t = t.slice(0, a) + " ".repeat(b - a) + t.slice(b);
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The dates a time frame sets, each as the last day of the period it names, in text order: "31/12/2025",
 * "ngày 15 tháng 01 năm 2026", "tháng 9/2026", "quý II/2024", "6 tháng đầu năm 2026", "năm 2030", "giai đoạn
 * 2026 - 2030" (its last year). Starts of a range ("Từ tháng 3 đến tháng 9/2026" gives only September), dates of
 * cited documents and dates without a year are left out; `defaultYear` completes "ngày 23 tháng 1".
 */
export function readDeadline(text: string, defaultYear?: number): DeadlineDate[] {
  return datesIn(text, defaultYear).map(({ text: t, latest }) => ({ text: t, latest }));
}

function maxDate(dates: DeadlineDate[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (best === undefined || d.latest > best) best = d.latest;
  return best;
}

/** Words shortly before a date in running text that make it a deadline ("chậm nhất", "hoàn thành"). */
const TIME_CUE =
  /(?:^|[^\p{L}])(?:trước ngày|chậm nhất|hoàn thành|hoàn tất|thời hạn|thời gian|tiến độ|kết thúc|hạn chót)(?![\p{L}])/iu;
/** How far before a date (in characters) a time cue still sets it: "chậm nhất là ngày", not a clause away. */
const CUE_WINDOW = 40;
/** Words right before a date that make it a deadline ("trong quý I/2026", "trước 30/6", "đến hết năm 2030"). */
const TIME_CUE_BEFORE = /(?:^|[^\p{L}])(?:trong|trước|đến hết|hết|xong|đến)\s*$/iu;

/** Clauses: split after ";" and after ". " (a full stop followed by a space). */
function clausesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /;|\.\s+|:\s+/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out;
}

/** A paragraph's time frame by its text, in a time section (any date) and elsewhere (a date after a time cue). */
const PROSE_DEADLINES = {
  anyDate: new ParagraphMemo((text: string) => readProseDeadline(text, true)),
  cued: new ParagraphMemo((text: string) => readProseDeadline(text, false)),
};

function proseDeadline(p: Paragraph, anyDate: boolean): TaskDeadline | undefined {
  const d = (anyDate ? PROSE_DEADLINES.anyDate : PROSE_DEADLINES.cued).get(p.text);
  return d === undefined ? undefined : { text: d.text, paragraph: p.index, latest: d.latest, dates: d.dates };
}

/**
 * The deadlines set in a paragraph of running text: the dates of clauses with a time cue before them. `anyDate`:
 * every date counts (a section about time, "IV. THỜI GIAN VÀ TIẾN ĐỘ THỰC HIỆN").
 */
function readProseDeadline(text: string, anyDate: boolean): Omit<TaskDeadline, "paragraph"> | undefined {
  // Every date this reads has a year: most paragraphs have none and are left at once.
  if (!/\d{4}/.test(text)) return undefined;
  const dates: DeadlineDate[] = [];
  const texts: string[] = [];
  for (const clause of clausesOf(text)) {
    const found = datesIn(clause.text, undefined).filter((d) => {
      if (anyDate) return true;
      const before = clause.text.slice(Math.max(0, d.index - CUE_WINDOW), d.index);
      return TIME_CUE.test(before) || TIME_CUE_BEFORE.test(before);
    });
    if (found.length === 0) continue;
    dates.push(...found.map(({ text, latest }) => ({ text, latest })));
    texts.push(clause.text.trim().replace(/[;:.,]$/, ""));
  }
  if (dates.length === 0) return undefined;
  return { text: texts.join("; "), latest: maxDate(dates), dates };
}

// ---------------------------------------------------------------------------------------------------------------
// Bodies and leads

interface Lead {
  body: string;
  collective: boolean;
  paragraph: number;
}

const GIAO = /(?:^|[^\p{L}])(?:giao|đề nghị)\s+(?:cho\s+)?/giu;

function isBodyStart(c: Compiled, s: string): boolean {
  if (!c.bodyStart.test(s)) return false;
  if (c.notBody?.test(s)) return false;
  // "Các ..." is a body only as a collective: "Các sở, ban, ngành", "Các cơ quan, đơn vị".
  if (/^Các(?![\p{L}])/u.test(s)) return startsWithPhrase(key(s.slice(0, 40)), c.collective) || isCollective(c, s);
  return true;
}

function isCollective(c: Compiled, body: string): boolean {
  const k = key(body);
  return c.collective.some((x) => k === x || k.startsWith(`${x} `) || k.includes(` ${x} `) || k.endsWith(` ${x}`));
}

/** The first verb of `s` (a lead verb or a role that does not lead), not one that starts a body's name. */
function firstVerb(c: Compiled, s: string): { at: number; lead: boolean } | undefined {
  c.leadVerb.lastIndex = 0;
  for (let m = c.leadVerb.exec(s); m !== null; m = c.leadVerb.exec(s)) {
    const at = m.index + m[1]!.length;
    const next = s.slice(at, at + 48).toLowerCase();
    if (c.nounPhrases.some((n) => next.startsWith(n) && !/[\p{L}\p{N}]/u.test(next.charAt(n.length)))) continue;
    return { at, lead: !c.notLead.has(key(m[2]!)) };
  }
  return undefined;
}

/** "Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy theo chức năng, nhiệm vụ" → "Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy". */
function tidyBody(body: string): string {
  return body
    .replace(/\s+(?:theo|căn cứ)\s+(?:chức năng|phạm vi|thẩm quyền)[^]*$/u, "")
    .replace(/[\s,;:(–-]+$/u, "")
    .trim();
}

/** The body a sentence makes the lead, with the words that name it. */
function leadIn(c: Compiled, sentence: string, paragraph: number): Lead | undefined {
  const s = sentence.trim();
  // "Giao Sở Tư pháp tham mưu ...", "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì ...", "Đề nghị Ủy ban MTTQ ...".
  GIAO.lastIndex = 0;
  for (let m = GIAO.exec(s); m !== null; m = GIAO.exec(s)) {
    const rest = s.slice(m.index + m[0].length);
    if (!isBodyStart(c, rest)) continue;
    const body = bodyPhrase(c, rest);
    if (body !== undefined) return { body, collective: isCollective(c, body), paragraph };
  }
  // "Sở Nội vụ chủ trì ...", "Đảng đoàn HĐND, Ban cán sự đảng UBND huyện lãnh đạo ...".
  if (!isBodyStart(c, s)) return undefined;
  const verb = firstVerb(c, s);
  if (verb === undefined || !verb.lead) return undefined;
  const body = tidyBody(s.slice(0, verb.at));
  if (body === "" || body.length > 160) return undefined;
  return { body, collective: isCollective(c, body), paragraph };
}

/** The name at the start of `s` (after "giao"), up to its verb, or a colon, semicolon, full stop or bracket. */
function bodyPhrase(c: Compiled, s: string): string | undefined {
  const verb = firstVerb(c, s);
  let end = verb === undefined ? s.length : verb.at;
  const stop = /[:;.(]/.exec(s);
  if (stop !== null && stop.index < end) end = stop.index;
  const body = tidyBody(s.slice(0, end));
  return body === "" || body.length > 160 ? undefined : body;
}

/**
 * A paragraph that only names bodies ("b) Công an tỉnh", "1. Sở Nội vụ:", "8. Các sở, ban, ngành; UBND các xã") or
 * names one before a colon ("3. Sở Khoa học và Công nghệ: Chủ trì, phối hợp ...").
 */
function bodyHeading(c: Compiled, rest: string, paragraph: number): Lead | undefined {
  const s = rest.trim();
  if (!isBodyStart(c, s)) return undefined;
  const colon = s.indexOf(":");
  if (colon > 0 && colon < 160) {
    const body = s.slice(0, colon).trim();
    if (firstVerb(c, body) === undefined) return { body, collective: isCollective(c, body), paragraph };
  }
  if (s.length > 200 || /[.]$/.test(s)) return undefined;
  if (firstVerb(c, s) !== undefined) return undefined;
  const body = s.replace(/[:;,.]+$/, "").trim();
  return { body, collective: isCollective(c, body), paragraph };
}

/** Sentences of a paragraph: split after ". ", "; " and ": " before a capital letter. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  const re = /[.;:!?]\s+(?=[\p{Lu}"“(])/gu;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(text.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

function leadOfParagraph(c: Compiled, p: Paragraph): Lead | undefined {
  const m = markerOf(p);
  const rest = m?.rest ?? p.text.trim();
  const heading = bodyHeading(c, rest, p.index);
  if (heading !== undefined) return heading;
  for (const s of sentencesOf(rest)) {
    const lead = leadIn(c, s, p.index);
    if (lead !== undefined) return lead;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

interface CellText {
  text: string;
  paragraph: number;
  /** The cell continues a vertically merged cell above: it shows that cell's text. */
  continued: boolean;
}

interface TableGrid {
  table: number;
  rows: Map<number, Map<number, CellText>>;
  columnCounts: Map<number, number>;
  first: number;
}

/**
 * The text says the tasks are assigned in an attached table: keyed only when the quick test finds the phrases' letters
 * (keying each paragraph up to that note was a third of the reading of the Word-written plan of npm run bench: 1.45 →
 * 0.93 ms).
 */
function saysAssignedByTable(c: Compiled, text: string): boolean {
  return c.mayAssignByTable(text) && c.saysAssignedByTable.get(text);
}

/** `saysAssignedByTable` with the words of `v`, for its tests. */
export function saysTasksAssignedByTable(v: PlanVocabulary, text: string): boolean {
  return saysAssignedByTable(compile(v), text);
}

function gridsOf(model: DocumentModel, indices: number[]): TableGrid[] {
  const byTable = new Map<number, TableGrid>();
  for (const i of indices) {
    const p = model.paragraphs[i]!;
    const cell = p.cell;
    if (cell === undefined || cell.depth !== 1) continue;
    let grid = byTable.get(cell.table);
    if (grid === undefined) {
      grid = { table: cell.table, rows: new Map(), columnCounts: new Map(), first: p.index };
      byTable.set(cell.table, grid);
    }
    let row = grid.rows.get(cell.row);
    if (row === undefined) {
      row = new Map();
      grid.rows.set(cell.row, row);
      grid.columnCounts.set(cell.row, cell.columnCount);
    }
    const prev = row.get(cell.column);
    const text = collapsedSpaces(p.text);
    if (prev === undefined)
      row.set(cell.column, { text, paragraph: p.index, continued: cell.verticalMerge === "continue" });
    else if (text !== "") prev.text = prev.text === "" ? text : `${prev.text} ${text}`;
  }
  return [...byTable.values()];
}

function headerKey(text: string): string {
  return key(text.replace(/\([^)]*\)/g, " "));
}

function findColumn(row: Map<number, CellText>, names: string[], except: number[] = []): number | undefined {
  for (const [col, cell] of [...row.entries()].sort((a, b) => a[0] - b[0])) {
    if (except.includes(col)) continue;
    if (startsWithPhrase(headerKey(cell.text), names)) return col;
  }
  return undefined;
}

const ROMAN_OR_CAPITAL = /^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?$/u;
/** The number of a group row: "I", "II." or "III. Tài chính công" → the roman numeral or capital letter. */
const GROUP_LABEL = /^([IVXLC]{1,6}|[A-ZĐ])(?:[.)]|\s|$)/u;

function tableTasks(
  c: Compiled,
  grid: TableGrid,
  where: string,
  groupIndex: number,
): { table: TaskTable; tasks: PlanTask[]; deadlines: TaskDeadline[] } | undefined {
  const rowNumbers = [...grid.rows.keys()].sort((a, b) => a - b);
  for (const headerRow of rowNumbers.slice(0, 3)) {
    const header = grid.rows.get(headerRow)!;
    const task = findColumn(header, c.taskCols);
    if (task === undefined) continue;
    const lead = findColumn(header, c.leadCols, [task]);
    if (lead === undefined) continue;
    const time = findColumn(header, c.timeCols, [task, lead]);
    const timeHeader = time === undefined ? undefined : header.get(time)!.text;
    const yearInHeader = timeHeader === undefined ? undefined : /(?:^|[^\d])((?:19|20)\d\d)(?!\d)/.exec(timeHeader);
    const defaultYear = yearInHeader === null || yearInHeader === undefined ? undefined : Number(yearInHeader[1]);
    const table: TaskTable = {
      table: grid.table,
      paragraph: header.get(task)!.paragraph,
      where,
      columns: { task, lead, time },
      headers: { task: header.get(task)!.text, lead: header.get(lead)!.text, time: timeHeader },
    };
    const tasks: PlanTask[] = [];
    const deadlines: TaskDeadline[] = [];
    const numberCol = task === 0 ? undefined : 0;
    let group = "";
    // What the lead and time cells show, for the cells merged down from them (one lead for several rows).
    const shown = new Map<number, string>();
    for (const r of rowNumbers) {
      if (r <= headerRow) continue;
      const row = grid.rows.get(r)!;
      const cellOf = (col: number | undefined): CellText | undefined => (col === undefined ? undefined : row.get(col));
      const textOf = (col: number | undefined): string => cellOf(col)?.text ?? "";
      const shownOf = (col: number | undefined): string => {
        if (col === undefined) return "";
        const cell = cellOf(col);
        const text = cell?.continued === true && cell.text === "" ? (shown.get(col) ?? "") : (cell?.text ?? "");
        shown.set(col, text);
        return text;
      };
      const stt = textOf(numberCol);
      const taskText = textOf(task);
      const leadText = shownOf(lead);
      const timeText = shownOf(time);
      // A repeated header row (a table split over pages) or the column numbers row "(1) | (2) | (3)".
      if (startsWithPhrase(headerKey(taskText), c.taskCols) && startsWithPhrase(headerKey(leadText), c.leadCols))
        continue;
      if ([stt, taskText, leadText, timeText].every((t) => /^\(?\d{0,2}\)?$/.test(t))) continue;
      if (leadText === "" && timeText === "") {
        if (taskText === "" && stt === "") continue;
        // A group: "I | Cải cách thể chế", "II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH", or one merged cell "III. Tài chính công".
        const merged = (grid.columnCounts.get(r) ?? 0) < (grid.columnCounts.get(headerRow) ?? 0);
        if (merged || ROMAN_OR_CAPITAL.test(stt) || isUpperCaseVietnamese(taskText)) {
          const first = [...row.entries()].sort((a, b) => a[0] - b[0]).find(([, x]) => x.text !== "")?.[1].text ?? "";
          group = GROUP_LABEL.exec(first)?.[1] ?? "";
          continue;
        }
      }
      const deadline: TaskDeadline | undefined =
        timeText === ""
          ? undefined
          : (() => {
              const dates = readDeadline(timeText, defaultYear);
              return {
                text: timeText,
                paragraph: cellOf(time)!.paragraph,
                latest: maxDate(dates),
                dates,
                table: groupIndex,
              };
            })();
      if (deadline !== undefined) deadlines.push(deadline);
      if (taskText === "" && stt === "" && tasks.length > 0) {
        // Word's vertically merged task cell: the row continues the task above (another product, another deadline).
        const prev = tasks[tasks.length - 1]!;
        if (prev.owner === undefined && leadText !== "") prev.owner = leadText;
        if (prev.deadline === undefined && deadline !== undefined) prev.deadline = deadline;
        continue;
      }
      const number = stt === "" ? String(tasks.length + 1) : stt.replace(/[.)]$/, "");
      tasks.push({
        text: taskText,
        paragraph: cellOf(task)?.paragraph ?? cellOf(numberCol)?.paragraph ?? grid.first,
        number: group === "" ? number : `${group}.${number}`,
        owner: leadText === "" ? undefined : leadText,
        deadline,
        source: "table",
        group: groupIndex,
      });
    }
    return { table, tasks, deadlines };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Sections and areas

interface Section {
  number: string;
  title: string;
  titleKey: string;
  paragraph: number;
  /** Non-cell paragraph indices after the heading, up to the next section. */
  paragraphs: number[];
  /** Cell paragraphs inside the section. */
  cells: number[];
}

/**
 * A tasks section: one part of its title ("NỘI DUNG, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG NHIỆM VỤ" has three) opens
 * with a tasks word, and nothing in it says it is about something else ("ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC TUYÊN
 * TRUYỀN", "NỘI DUNG TRỌNG TÂM KIỂM TRA").
 */
function isTasksSection(c: Compiled, section: Section): boolean {
  const spaced = ` ${section.titleKey} `;
  if (c.notTaskSections.some((n) => spaced.includes(n))) return false;
  return section.title
    .split(/[,;]|\s(?:và|VÀ)\s/u)
    .map((s) => key(s))
    .some((part) => startsWithPhrase(part, c.taskSections));
}

const CAPITAL_OR_TITLE = /[\p{Lu}\p{Lt}]/u;

function sectionsOf(model: DocumentModel, main: number[]): Section[] {
  // The top level: the kind of the first upper-case numbered heading (I. in almost every plan).
  let topKind: MarkerKind | undefined;
  const sections: Section[] = [];
  for (const i of main) {
    const p = model.paragraphs[i]!;
    if (p.cell !== undefined) {
      sections[sections.length - 1]?.cells.push(i);
      continue;
    }
    const m = markerOf(p);
    // the cheap tests first: most body paragraphs are bullets or lower-level items, in lower case
    if (
      m !== undefined &&
      m.kind !== "bullet" &&
      (topKind === undefined || m.kind === topKind) &&
      !/\p{Ll}/u.test(m.rest) &&
      // with no lower-case letter, "its letters are upper-case Vietnamese" (isUpperCaseVietnamese) is "it has a
      // capital": NFC composes a capital and its marks into a capital, never into a lower-case letter
      CAPITAL_OR_TITLE.test(m.rest)
    ) {
      topKind = m.kind;
      const title = m.rest.trim();
      sections.push({
        number: m.label === "" ? String(sections.length + 1) : m.label,
        title,
        titleKey: key(title),
        paragraph: i,
        paragraphs: [],
        cells: [],
      });
      continue;
    }
    sections[sections.length - 1]?.paragraphs.push(i);
  }
  return sections;
}

interface AreaBlock {
  marker: Marker | undefined;
  paragraph: number;
  paragraphs: number[];
}

/** The areas of a section: its first level of numbering; none when it has fewer than two (one undivided text). */
function areasOf(model: DocumentModel, section: Section): AreaBlock[] {
  const marked = section.paragraphs.map((i) => ({ i, m: markerOf(model.paragraphs[i]!) }));
  const first =
    marked.find((x) => x.m !== undefined && x.m.kind !== "bullet")?.m ?? marked.find((x) => x.m !== undefined)?.m;
  if (first === undefined) return [];
  const blocks: AreaBlock[] = [];
  for (const { i, m } of marked) {
    if (m !== undefined && sameKind(m, first)) blocks.push({ marker: m, paragraph: i, paragraphs: [i] });
    else blocks[blocks.length - 1]?.paragraphs.push(i);
  }
  return blocks.length >= 2 ? blocks : [];
}

function headingOf(text: string): string {
  const t = text.trim();
  const cut = /[:.;]/.exec(t);
  let h = cut === null ? t : t.slice(0, cut.index);
  const words = h.split(/\s+/);
  if (words.length > 16) h = `${words.slice(0, 16).join(" ")}…`;
  return h.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Matching an area to an assignment of "TỔ CHỨC THỰC HIỆN"

interface Assignment extends Lead {
  /** The words of the assignment (the sentence, or the body's block of items). */
  text: string;
  /** It assigns the whole plan to a named body ("chủ trì ... tổ chức thực hiện Kế hoạch này"). */
  wholePlan: boolean;
  /** A collective body told to implement the plan in its own units ("căn cứ Kế hoạch này xây dựng kế hoạch"). */
  blanket: boolean;
}

const WHOLE_PLAN =
  /(?:chủ trì|tổ chức|triển khai)(?:[^.;]{0,60}?)thực hiện\s+(?:(?:tốt|có hiệu quả|các nội dung|nội dung|của)\s+)*kế hoạch(?![\p{L}])/iu;
const MONITORING = /(?:theo dõi|đôn đốc|giám sát|kiểm tra)[^.;]{0,40}?thực hiện\s+(?:các nội dung\s+)?kế hoạch/iu;
const BLANKET = /kế hoạch(?: này)?|xây dựng kế hoạch|tổ chức (?:triển khai )?thực hiện/iu;

/**
 * Pairs of neighbouring syllables inside one phrase (not across a comma): `all` has at least one word that tells a
 * subject apart (not in `genericWords`), `strong` two.
 */
function bigramsOf(c: Compiled, text: string): { all: Set<string>; strong: Set<string> } {
  const all = new Set<string>();
  const strong = new Set<string>();
  for (const phrase of text.split(/[,;:.()“”"–—]|\s-\s/u)) {
    const tokens = key(phrase).split(" ").filter(Boolean);
    for (let i = 0; i + 1 < tokens.length; i++) {
      const [a, b] = [tokens[i]!, tokens[i + 1]!];
      const ga = c.generic.has(a) || /^\d/.test(a);
      const gb = c.generic.has(b) || /^\d/.test(b);
      if (ga && gb) continue;
      const bg = `${a} ${b}`;
      all.add(bg);
      if (!ga && !gb) strong.add(bg);
    }
  }
  return { all, strong };
}

/**
 * An assignment of "Tổ chức thực hiện" is about an area when they share a telling pair of words ("quốc phòng",
 * "dân vận") or two lesser ones, or when its body is the one that leads such a subject (`affinities`).
 */
function matchesTopic(c: Compiled, areaText: string, a: Assignment): boolean {
  const area = bigramsOf(c, areaText);
  const text = bigramsOf(c, a.text);
  let shared = 0;
  for (const bg of area.strong) if (text.all.has(bg)) return true;
  for (const bg of area.all) if (text.all.has(bg)) shared++;
  if (shared >= 2) return true;
  const bodyKey = ` ${key(a.body)} `;
  const spaced = ` ${key(areaText)} `;
  return c.affinities.some(
    (aff) => aff.bodies.some((b) => bodyKey.includes(` ${b} `)) && aff.areas.some((x) => spaced.includes(` ${x} `)),
  );
}

function assignmentsOf(c: Compiled, model: DocumentModel, section: Section): Assignment[] {
  const out: Assignment[] = [];
  let heading: { lead: Lead; marker: Marker; texts: string[] } | undefined;
  const flush = (): void => {
    if (heading === undefined) return;
    const text = heading.texts.join(" ");
    out.push({
      ...heading.lead,
      text,
      wholePlan: !heading.lead.collective && WHOLE_PLAN.test(text) && !MONITORING.test(text),
      blanket: heading.lead.collective && BLANKET.test(text),
    });
    heading = undefined;
  };
  for (const i of section.paragraphs) {
    const p = model.paragraphs[i]!;
    const m = markerOf(p);
    const rest = m?.rest ?? p.text.trim();
    // Items under a body's heading ("1. Sở Nội vụ:" then "a) ...", "b) ...") are that body's.
    if (heading !== undefined && m !== undefined && !sameKind(m, heading.marker)) {
      heading.texts.push(rest);
      continue;
    }
    flush();
    const asHeading = m === undefined ? undefined : bodyHeading(c, rest, i);
    if (asHeading !== undefined && m !== undefined) {
      heading = { lead: asHeading, marker: m, texts: [rest] };
      continue;
    }
    for (const s of sentencesOf(rest)) {
      const lead = leadIn(c, s, i);
      if (lead === undefined) continue;
      out.push({
        ...lead,
        text: s,
        wholePlan: !lead.collective && WHOLE_PLAN.test(s) && !MONITORING.test(s),
        blanket: lead.collective && BLANKET.test(s),
      });
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The plan's tasks

/**
 * The main document's body, table cells included (from its first body paragraph to the signature area), and with it
 * the attachments.
 */
function consideredParagraphs(model: DocumentModel, structure: DocumentStructure): { main: number[]; all: number[] } {
  const main: number[] = [];
  const body = structure.bodyParagraphs;
  if (body.length > 0) {
    const from = body[0]!;
    const { signature, recipients, attachments } = structure;
    const stops = [
      ...signature.paragraphs,
      ...(recipients.label === undefined ? [] : [recipients.label]),
      ...recipients.lines,
      ...(attachments.length === 0 ? [] : [attachments[0]!.start]),
    ].filter((i) => i > from);
    let to = stops.length === 0 ? model.paragraphs.length - 1 : Math.min(...stops) - 1;
    // The signature and recipients are laid out in a table: stop before its first cell.
    const stop = model.paragraphs[to + 1]?.cell;
    if (stop !== undefined)
      while (to >= from && model.paragraphs[to]!.cell?.table === stop.table && model.paragraphs[to]!.cell?.depth === 1)
        to--;
    to = Math.max(to, body[body.length - 1]!);
    for (let i = from; i <= to; i++) {
      const p = model.paragraphs[i]!;
      if (isBlank(p.text) && p.cell === undefined) continue;
      main.push(i);
    }
  }
  const all = [...main];
  for (const a of structure.attachments) for (let i = a.start; i <= a.end; i++) all.push(i);
  return { main, all };
}

/**
 * Finds a plan's tasks: the rows of its task tables and the areas and items of its prose tasks sections, each with
 * the body that leads it and its time frame, and every deadline the plan sets.
 */
export function planTasks(model: DocumentModel, structure: DocumentStructure, vocabulary: PlanVocabulary): PlanTasks {
  const c = compile(vocabulary);
  const { main, all } = consideredParagraphs(model, structure);
  const sections = sectionsOf(model, main);
  const sectionOfCell = new Map<number, Section>();
  for (const s of sections) for (const i of s.cells) sectionOfCell.set(i, s);

  // Task tables, in the body or in an attachment.
  const tables: TaskTable[] = [];
  const tasks: PlanTask[] = [];
  const deadlines: TaskDeadline[] = [];
  const tablesInSection = new Map<number, Section>();
  for (const grid of gridsOf(model, all)) {
    const attachment = structure.attachments.find((a) => grid.first >= a.start && grid.first <= a.end);
    const section = sectionOfCell.get(grid.first);
    const where =
      attachment !== undefined ? attachment.title : section !== undefined ? `mục ${section.number}` : "trong kế hoạch";
    const found = tableTasks(c, grid, where, tables.length);
    if (found === undefined) continue;
    tables.push(found.table);
    tasks.push(...found.tasks);
    deadlines.push(...found.deadlines);
    if (attachment === undefined && section !== undefined) tablesInSection.set(grid.table, section);
  }

  // Only a plan with a task table can refer its tasks to one: without a table no paragraph is read for the note
  // (normalising every paragraph was a fifth of a first check's time in the browser page).
  const assignedByTable = tables.length > 0 && main.some((i) => saysAssignedByTable(c, model.paragraphs[i]!.text));

  // by title: a plan's sections seldom share one, a generated or pasted-together one may repeat a few many times
  const tasksTitle = new Map<string, boolean>();
  const tasksSections = sections.filter((s) => {
    let yes = tasksTitle.get(s.title);
    if (yes === undefined) tasksTitle.set(s.title, (yes = isTasksSection(c, s)));
    return yes;
  });
  const organisation = sections.find((s) => startsWithPhrase(s.titleKey, c.organisation));
  const timeSections = sections.filter((s) => /^(?:thời gian|tiến độ|lộ trình)(?: |$)/.test(s.titleKey));

  // Prose deadlines: the tasks, time and organisation sections (their running text, not table cells).
  const deadlineSections = new Set([...tasksSections, ...timeSections, ...(organisation ? [organisation] : [])]);
  for (const s of sections) {
    if (!deadlineSections.has(s)) continue;
    const anyDate = timeSections.includes(s);
    for (const i of s.paragraphs) {
      const d = proseDeadline(model.paragraphs[i]!, anyDate);
      if (d !== undefined) deadlines.push(d);
    }
  }

  // Prose areas: not when the plan assigns its tasks in a table outside the tasks sections (an attached PHỤ LỤC).
  const tableOutside =
    tables.length > 0 &&
    (assignedByTable ||
      tables.some((t) => {
        const section = tablesInSection.get(t.table);
        return section === undefined || !tasksSections.includes(section);
      }));
  const areas: TaskArea[] = [];
  if (!tableOutside) {
    const assignments = organisation === undefined ? [] : assignmentsOf(c, model, organisation);
    const pending: { area: TaskArea; text: string }[] = [];
    for (const section of tasksSections) {
      const blocks = areasOf(model, section);
      blocks.forEach((block, n) => {
        const p = model.paragraphs[block.paragraph]!;
        const m = block.marker;
        const label = m === undefined || m.label === "" || m.kind === "bullet" ? String(n + 1) : m.label;
        const area: TaskArea = {
          number: `${section.number}.${label}`,
          heading: headingOf(m?.rest ?? p.text),
          paragraph: block.paragraph,
          section: { number: section.number, title: section.title, paragraph: section.paragraph },
          owner: undefined,
          ownerParagraph: undefined,
          lead: undefined,
        };
        // Led in its own words, or by a task table inside it.
        const nextStart = blocks[n + 1]?.paragraph ?? Number.POSITIVE_INFINITY;
        const ownTable = tables.find((t) => {
          const s = tablesInSection.get(t.table);
          return s === section && t.paragraph > block.paragraph && t.paragraph < nextStart;
        });
        let lead: Lead | undefined;
        for (const i of taskParagraphs(c, model, block)) {
          lead = leadOfParagraph(c, model.paragraphs[i]!);
          if (lead !== undefined) break;
        }
        if (startsWithPhrase(key(area.heading), c.generalAreas)) area.lead = "general";
        else if (lead !== undefined) {
          area.owner = lead.body;
          area.ownerParagraph = lead.paragraph;
          area.lead = "inline";
        } else if (ownTable !== undefined) {
          const first = tasks.find((t) => t.group === tables.indexOf(ownTable) && t.owner !== undefined);
          area.owner = first?.owner;
          area.ownerParagraph = first?.paragraph;
          area.lead = "table";
        }
        areas.push(area);
        // Its subject: the heading line (its first 40 words).
        const words = (m?.rest ?? p.text).trim().split(/\s+/);
        pending.push({ area, text: words.slice(0, 40).join(" ") });
      });
    }
    // Then "Tổ chức thực hiện": an assignment on the same subject, a named body for the whole plan, or (when the plan
    // assigns nothing area by area) the collective one.
    const specific = assignments.filter((a) => !a.blanket);
    for (const { area, text } of pending) {
      if (area.lead !== undefined) continue;
      const match = specific.find((a) => !a.collective && matchesTopic(c, text, a));
      const matchAny = match ?? specific.find((a) => matchesTopic(c, text, a));
      if (matchAny !== undefined) {
        area.owner = matchAny.body;
        area.ownerParagraph = matchAny.paragraph;
        area.lead = "organisation";
      }
    }
    const whole = assignments.find((a) => a.wholePlan);
    const blanket = assignments.find((a) => a.blanket);
    const byArea = areas.some((a) => a.lead === "inline" || a.lead === "organisation" || a.lead === "table");
    for (const area of areas) {
      if (area.lead !== undefined) continue;
      if (whole !== undefined) {
        area.owner = whole.body;
        area.ownerParagraph = whole.paragraph;
        area.lead = "plan";
      } else if (blanket !== undefined && !byArea) {
        area.owner = blanket.body;
        area.ownerParagraph = blanket.paragraph;
        area.lead = "collective";
      }
    }
    // The prose tasks: each area, and the items inside it (objectives left out), with their own lead and time.
    const deadlineAt = new Map(deadlines.filter((d) => d.dates.length > 0).map((d) => [d.paragraph, d]));
    for (const section of tasksSections) {
      for (const block of areasOf(model, section)) {
        const areaIndex = areas.findIndex((a) => a.paragraph === block.paragraph);
        const area = areas[areaIndex]!;
        // A sub-item that names its lead ("b) Công an tỉnh", "a) Sở Tài chính chủ trì ...") leads the items under it.
        let under: { marker: Marker; body: string } | undefined;
        let unlabelled = 0;
        taskParagraphs(c, model, block).forEach((i, k) => {
          const p = model.paragraphs[i]!;
          const m = markerOf(p);
          if (k > 0 && isBlockTitle(c, p)) {
            under = undefined;
            return;
          }
          if (k > 0 && m === undefined) return;
          const own = k === 0 ? undefined : leadOfParagraph(c, p);
          if (m !== undefined && k > 0 && (under === undefined || sameKind(m, under.marker)))
            under = own === undefined ? undefined : { marker: m, body: own.body };
          const label =
            m === undefined || m.label === "" || m.kind === "bullet" || m.kind === "auto"
              ? String(++unlabelled)
              : m.label;
          tasks.push({
            text: (m?.rest ?? p.text).trim(),
            paragraph: i,
            number: k === 0 ? area.number : `${area.number}.${label}`,
            owner: own?.body ?? under?.body ?? area.owner,
            deadline: deadlineAt.get(i),
            source: "prose",
            group: areaIndex,
          });
        });
      }
    }
  }

  return {
    tasks,
    tables,
    areas,
    assignedByTable,
    tasksSections: tasksSections.map((s) => s.paragraph),
    organisationSection: organisation?.paragraph,
    deadlines,
  };
}

/** An area's paragraphs without its blocks of objectives ("a) Mục tiêu" and the items under it). */
function taskParagraphs(c: Compiled, model: DocumentModel, block: AreaBlock): number[] {
  const out: number[] = [];
  let inObjectives = false;
  block.paragraphs.forEach((i, k) => {
    const p = model.paragraphs[i]!;
    if (k > 0 && isBlockTitle(c, p)) inObjectives = isNonTaskBlock(c, p);
    else if (!inObjectives) out.push(i);
  });
  return out;
}

/** "a) Mục tiêu", "b) Nhiệm vụ": a short sub-heading that opens a block of an area. */
function isBlockTitle(c: Compiled, p: Paragraph): boolean {
  const m = markerOf(p);
  const rest = key(m?.rest ?? p.text);
  return rest.split(" ").length <= 4 && (startsWithPhrase(rest, c.nonTaskBlocks) || /^(nhiệm vụ|giải pháp)/.test(rest));
}

function isNonTaskBlock(c: Compiled, p: Paragraph): boolean {
  const m = markerOf(p);
  const rest = key(m?.rest ?? p.text);
  return rest.split(" ").length <= 4 && startsWithPhrase(rest, c.nonTaskBlocks);
}

/**
 * The tasks a reviewer would send back: table tasks without a lead or a time frame, and prose areas no body leads.
 * A table that assigns every row leaves nothing; prose tasks are judged by area, not sentence by sentence.
 */
export function planGaps(plan: PlanTasks): PlanGaps {
  const table = plan.tasks.filter((t) => t.source === "table");
  return {
    missingOwner: table.filter((t) => t.owner === undefined),
    missingDeadline: table.filter((t) => t.deadline === undefined),
    unassignedAreas: plan.areas.filter((a) => a.lead === undefined),
  };
}
