/**
 * text/date: dates that cannot exist, weekdays that do not match their date, and a report about a period that has
 * not ended (or not begun) when the report is dated.
 *
 * - Impossible dates (an error: the real corpus of 302 documents carries none; of its 1,774 numeric dates with a
 *   year, 625 worded dates and 21 partial dates after "ngày", the only impossible read was a range "từ 18-35 tuổi",
 *   which reading a partial date only after "ngày" and never as the start of a range "ngày 20-25/10" removed):
 *   `31/4/2024`, `29/02/2023`, `13/13/2025`, `31.4.2024`, `ngày 30 tháng 2 năm 2023`, `tháng 13/2025`, and partial
 *   dates after "ngày" (`ngày 31/4`: impossible in any year; `ngày 29/2` is possible). Numbers without "ngày" and
 *   without a year are not read as dates: "11/15 đơn vị", "24/24 giờ", "Số 05/9-KH" are fractions and numbers.
 *   Dates in citations are checked too. In the header's date line the basis is the header clause (header/date
 *   checks its format; this rule only says that the date cannot exist).
 * - Weekdays: "thứ Hai, ngày 05/9/2023", "ngày 09/10/2025 (thứ Năm)", "Chủ nhật", "thứ 7" right before or after a
 *   date. An ordinal ("lần thứ hai", "Kỳ họp thứ 5") and an enumeration ("Thứ nhất, ... Thứ hai, ngày ...") are
 *   not weekdays. A date with its year is an error when the weekday is wrong; a date without a year takes the year
 *   of the document's date (nearest to it), and a mismatch is a warning.
 * - Reports (documentType "report"): the period read in the type name and the trích yếu ("6 tháng đầu năm 2024",
 *   "năm 2025", "quý III/2025", "tháng 10/2025"; the part after "phương hướng", "và nhiệm vụ ..." is the next
 *   period, not the one reported on) against the report's date (its day, or its month when the clerk leaves the day
 *   blank). A report dated before the period begins is a warning; one dated before the period's last month (for a
 *   year: before December, as NĐ 09/2019/NĐ-CP closes a year's figures on 14/12) is a warning too, unless the report
 *   says its figures are estimates ("ước thực hiện"). Calibration: the 18 reports of the corpus are all dated in
 *   their period's last month or after it.
 */
import { ParagraphMemo } from "../../model/memo";
import { DATE_DATA as DATES } from "../data";
import type { Paragraph } from "../../model/document";
import { excerptOf } from "../../model/excerpt";
import { basisOf } from "../format";
import type { Rule, RuleContext } from "../types";

export const meta: Rule["meta"] = {
  id: "text/date",
  area: "text",
  description:
    "Ngày tháng không có thật (31/4, 29/02 năm không nhuận, tháng 13), thứ trong tuần không khớp ngày, báo cáo về kỳ chưa kết thúc.",
  messages: {
    dayOverflow: "{date} không có thật: tháng {month}{year} chỉ có {days} ngày",
    noMonth: "{date} không có thật: không có tháng {month}",
    dayZero: "{date} không có thật: không có ngày 0",
    weekday: "“{read}” không khớp: ngày {date} là {actual}, không phải {written}",
    weekdayYearless:
      "“{read}” không khớp: ngày {date} là {actual}, không phải {written} (năm {yearNum} lấy theo ngày ban hành văn bản); kiểm tra lại thứ hoặc ngày",
    periodNotEnded:
      "Báo cáo về {period} (kết thúc ngày {end}) nhưng đề ngày {date}: kỳ báo cáo chưa kết thúc; xem lại kỳ báo cáo, ngày ban hành, hoặc ghi rõ số liệu là ước thực hiện",
    periodNotBegun:
      "Báo cáo về {period} (bắt đầu ngày {start}) nhưng đề ngày {date}: kỳ báo cáo chưa bắt đầu; xem lại năm hoặc kỳ báo cáo",
  },
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in a month; without a year February has 29 (a partial "29/2" is possible). */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
const weekdayOf = (y: number, m: number, d: number): number => new Date(Date.UTC(y, m - 1, d)).getUTCDay();
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

/* ---------- reading dates ---------- */

interface DateRead {
  /** [start, end) of the date in the paragraph: from its number, or from "ngày" in the worded form. */
  start: number;
  /** Where "ngày " before a numeric date starts (= start without it). */
  from: number;
  end: number;
  /** As written, e.g. "31/4/2024", "ngày 30 tháng 2 năm 2023". */
  text: string;
  day: number | undefined;
  month: number;
  year: number | undefined;
}

// No look-behind (older WebKit-based Office hosts): the character before a number is matched by a group.
/** "31/4/2024", "31.4.2024", "31-4-2024" (one separator, a 4-digit year). */
const NUMERIC_FULL = /(^|[^\p{L}\p{N}/.\-–])((?:ngày\s+)?)(\d{1,2})([/.-])(\d{1,2})\4(\d{4})(?![\p{N}]|[/.-]\p{N})/giu;
/** "ngày 31/4" without a year; not the start of a range "ngày 20-25/10" nor of a full date. */
const NUMERIC_PARTIAL = /(^|[^\p{L}\p{N}])(ngày\s+)(\d{1,2})([/.-])(\d{1,2})(?![\p{N}]|[/.-]\p{N})/giu;
/** "ngày 5 tháng 9 năm 2023", "ngày 30 tháng 2". */
const WORDED = /(^|[^\p{L}\p{N}])(ngày\s+)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?(?![\p{N}])/giu;
/** "tháng 13/2025", "tháng 13 năm 2025" (not the 13th-month pay, "lương tháng 13"). */
const MONTH_YEAR = /(^|[^\p{L}\p{N}])(tháng\s+)(\d{1,2})(?:\s*\/\s*|\s+năm\s+)(\d{4})(?![\p{N}])/giu;
const THIRTEENTH_PAY = /(?:lương|thưởng|lương\s+thứ)\s*$/iu;
/** What each form cannot be without: NUMERIC_FULL's digits, the words of WORDED, NUMERIC_PARTIAL and MONTH_YEAR. */
const FULL_DIGITS = /\d[/.-]\d{1,2}[/.-]\d{4}/;
const NGAY = /ngày/iu;
const THANG = /tháng/iu;
/** Each form and what it cannot be without, for the test that shows it so. */
export const FORM_NEEDS: readonly { form: RegExp; needs: readonly RegExp[] }[] = [
  { form: NUMERIC_FULL, needs: [FULL_DIGITS] },
  { form: WORDED, needs: [NGAY, THANG] },
  { form: NUMERIC_PARTIAL, needs: [NGAY] },
  { form: MONTH_YEAR, needs: [THANG] },
];

/** The dates of each paragraph text, memoised (src/model/memo): a re-check reads only the edited paragraphs. */
const DATES_IN = new ParagraphMemo((text: string): readonly DateRead[] => readDates(text));

function readDates(text: string): DateRead[] {
  const out: DateRead[] = [];
  const taken = (s: number, e: number): boolean => out.some((d) => s < d.end && e > d.start);
  const push = (d: DateRead): void => {
    if (!taken(d.start, d.end)) out.push(d);
  };
  // Every form below has a digit, a separator and a digit ("5/9", "05.9"), or the word "tháng": most paragraphs have
  // neither and are not scanned four times.
  const saysMonth = THANG.test(text);
  if (!saysMonth && !/\d[/.-]\d/.test(text)) return out;
  // Each form is looked for only where its words or its digits are: the patterns open with a group (no look-behind),
  // which the regex engine tries at every character, and a plan numbers its items "1.2", "3.4.1" in most paragraphs.
  const saysDay = NGAY.test(text);
  WORDED.lastIndex = 0;
  for (let m = saysDay && saysMonth ? WORDED.exec(text) : null; m !== null; m = WORDED.exec(text)) {
    const start = m.index + m[1]!.length;
    const end = m.index + m[0].length;
    push({
      start,
      from: start,
      end,
      text: text.slice(start, end),
      day: Number(m[3]),
      month: Number(m[4]),
      year: m[5] === undefined ? undefined : Number(m[5]),
    });
  }
  NUMERIC_FULL.lastIndex = 0;
  for (let m = FULL_DIGITS.test(text) ? NUMERIC_FULL.exec(text) : null; m !== null; m = NUMERIC_FULL.exec(text)) {
    const start = m.index + m[1]!.length + m[2]!.length;
    const end = m.index + m[0].length;
    const [day, month, year] = [Number(m[3]), Number(m[5]), Number(m[6])];
    // With "." or "-" a number that is no date ("1.15.2024" of a list, a code) stays unread, unless "ngày" says so.
    if (m[4] !== "/" && m[2] === "" && (month > 12 || month < 1)) continue;
    if (year < 1900 || year > 2199) continue;
    push({ start, from: start - m[2]!.length, end, text: text.slice(start, end), day, month, year });
  }
  NUMERIC_PARTIAL.lastIndex = 0;
  for (let m = saysDay ? NUMERIC_PARTIAL.exec(text) : null; m !== null; m = NUMERIC_PARTIAL.exec(text)) {
    const start = m.index + m[1]!.length + m[2]!.length;
    const end = m.index + m[0].length;
    const from = start - m[2]!.length;
    push({ start, from, end, text: text.slice(start, end), day: Number(m[3]), month: Number(m[5]), year: undefined });
  }
  MONTH_YEAR.lastIndex = 0;
  for (let m = saysMonth ? MONTH_YEAR.exec(text) : null; m !== null; m = MONTH_YEAR.exec(text)) {
    const start = m.index + m[1]!.length;
    const month = Number(m[3]);
    if (month >= 1 && month <= 12) continue;
    if (THIRTEENTH_PAY.test(text.slice(Math.max(0, start - 20), start))) continue;
    const end = m.index + m[0].length;
    push({ start, from: start, end, text: text.slice(start, end), day: undefined, month, year: Number(m[4]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

type Problem = { messageId: "dayOverflow" | "noMonth" | "dayZero"; data: Record<string, string | number> };

/** “ngày 30 tháng 2”, “tháng 13/2025” as written; a number alone is named: Ngày “31/4/2024”. */
const named = (text: string): string => (/^(ngày|tháng)/iu.test(text) ? `“${text}”` : `Ngày “${text}”`);

function problemOf(d: DateRead): Problem | undefined {
  const date = named(d.text);
  if (d.month < 1 || d.month > 12) return { messageId: "noMonth", data: { date, month: d.month } };
  if (d.day === undefined) return undefined;
  if (d.day < 1) return { messageId: "dayZero", data: { date } };
  const days = daysIn(d.month, d.year);
  if (d.day <= days) return undefined;
  const year = d.month === 2 && d.year !== undefined ? ` năm ${d.year}` : "";
  // Without a year February has 28 or 29 days ("ngày 30/02" is impossible in any year).
  const count = d.month === 2 && d.year === undefined ? "28 hoặc 29" : days;
  return { messageId: "dayOverflow", data: { date, month: d.month, year, days: count } };
}

/* ---------- weekdays ---------- */

const WEEKDAY_NAMES: Record<string, number> = DATES.weekdays.names;
const WEEKDAY = String.raw`(thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)`;
/** A weekday right before a date: "thứ Hai, ngày ", "Chủ nhật (", "thứ 7 ngày ". */
const WEEKDAY_BEFORE = new RegExp(`${WEEKDAY}\\s*[,(]?\\s*(?:ngày\\s+)?$`, "iu");
/** A weekday in brackets right after a date: " (thứ Năm)", " (Chiều thứ Năm)", " (thứ Năm, 08 giờ)". */
const WEEKDAY_AFTER = new RegExp(`^\\s*\\(\\s*(?:(?:sáng|chiều|tối|trưa|đêm)\\s+)?${WEEKDAY}\\s*[),]`, "iu");
const ORDINAL_BEFORE = new Set(DATES.weekdays.ordinalBefore.words);
const LAST_WORDS = /([\p{L}]+)\s+([\p{L}]+)\s*$|([\p{L}]+)\s*$/u;
/** The weekday starts a sentence or a list item: with "Thứ nhất" in the document, "Thứ hai, ..." counts. */
const SENTENCE_START = /(?:^|[.;:!?]|^\s*[-–+•*])\s*$/u;
const ENUMERATION = /(^|[^\p{L}])thứ\s+nhất(?![\p{L}])/iu;

function weekdayKey(written: string): number | undefined {
  return WEEKDAY_NAMES[written.toLowerCase().replace(/\s+/g, " ")];
}

/** Whether the word(s) before the weekday make it an ordinal ("lần thứ hai", "Kỳ họp thứ 5"). */
function isOrdinal(before: string): boolean {
  const m = LAST_WORDS.exec(before);
  if (m === null) return false;
  const last = (m[2] ?? m[3] ?? "").toLowerCase();
  const two = m[1] === undefined ? "" : `${m[1].toLowerCase()} ${last}`;
  return ORDINAL_BEFORE.has(last) || (two !== "" && ORDINAL_BEFORE.has(two));
}

interface WeekdayRead {
  written: string;
  weekday: number;
  /** The weekday and the date together, as written. */
  read: string;
}

function weekdayNear(text: string, d: DateRead, enumerated: () => boolean): WeekdayRead | undefined {
  // The date as read starts at its number; "ngày " before it belongs to the weekday's side.
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  const b = WEEKDAY_BEFORE.exec(before);
  if (b !== null) {
    const at = d.start - before.length + b.index;
    const lead = text.slice(Math.max(0, at - 30), at);
    const weekday = weekdayKey(b[1]!);
    if (weekday !== undefined && !isOrdinal(lead) && !(SENTENCE_START.test(lead) && enumerated()))
      return { written: b[1]!, weekday, read: text.slice(at, d.end).replace(/\s+/g, " ") };
  }
  const a = WEEKDAY_AFTER.exec(text.slice(d.end, d.end + 40));
  if (a !== null) {
    const weekday = weekdayKey(a[1]!);
    if (weekday !== undefined) {
      const close = text.slice(d.end, d.end + a[0].length).replace(/[,\s]+$/u, "");
      const tail = close.endsWith(")") ? close : `${close})`;
      return { written: a[1]!, weekday, read: `${text.slice(d.from, d.end)}${tail}`.replace(/\s+/g, " ") };
    }
  }
  return undefined;
}

/* ---------- the report's period ---------- */

type PeriodKind = keyof typeof DATES.reportPeriods.monthsBeforeEnd;
interface Period {
  kind: PeriodKind;
  text: string;
  /** Month indices (year * 12 + month - 1) of the first and the last month. */
  first: number;
  last: number;
  paragraph: number;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const PERIOD =
  /(^|[^\p{L}\p{N}])(?:(6|sáu)\s+tháng\s+(đầu|cuối)?\s*năm\s+(\d{4})|(9|chín)\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})|quý\s+(iv|iii|ii|i|[1-4])\s*(?:\/|-|năm)\s*(\d{4})|tháng\s+(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})|năm\s+(\d{4}))(?![\p{L}\p{N}])/giu;
/** "đến năm 2030", "từ năm 2021", "giai đoạn 2021-2025", "năm 2025 - 2030": not the period reported on. */
const NOT_A_PERIOD_BEFORE = /(?:đến|tới|từ|trước|sau|giai\s+đoạn|nhiệm\s+kỳ|kỳ)\s*$/iu;
const RANGE_AFTER = /^\s*[-–—]\s*\d{4}/u;
const ANYWHERE = DATES.reportPeriods.futureMarkers.anywhere.join("|");
const AFTER_CONJ = DATES.reportPeriods.futureMarkers.afterConjunction.join("|");
const FUTURE_PART = new RegExp(
  `(?:^|[^\\p{L}])(?:${ANYWHERE})(?![\\p{L}])|(?:[,;]|\\svà)\\s*(?:${AFTER_CONJ})(?![\\p{L}])`,
  "iu",
);
const ESTIMATE = new RegExp(`(?:^|[^\\p{L}])(?:${DATES.reportPeriods.estimateWords.join("|")})(?![\\p{L}])`, "iu");

function periodsIn(text: string, paragraph: number): Period[] {
  const out: Period[] = [];
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(text); m !== null; m = PERIOD.exec(text)) {
    const at = m.index + m[1]!.length;
    const written = text.slice(at, m.index + m[0].length);
    const lead = text.slice(Math.max(0, at - 20), at);
    if (NOT_A_PERIOD_BEFORE.test(lead) || RANGE_AFTER.test(text.slice(m.index + m[0].length))) continue;
    let kind: PeriodKind;
    let first: number;
    let last: number;
    if (m[4] !== undefined) {
      const y = Number(m[4]) * 12;
      kind = "half";
      [first, last] = m[3]?.toLowerCase() === "cuối" ? [y + 6, y + 11] : [y, y + 5];
    } else if (m[6] !== undefined) {
      kind = "nineMonths";
      [first, last] = [Number(m[6]) * 12, Number(m[6]) * 12 + 8];
    } else if (m[8] !== undefined) {
      const q = ROMAN[m[7]!.toLowerCase()]!;
      kind = "quarter";
      first = Number(m[8]) * 12 + (q - 1) * 3;
      last = first + 2;
    } else if (m[10] !== undefined) {
      const month = Number(m[9]);
      if (month < 1 || month > 12) continue;
      kind = "month";
      first = last = Number(m[10]) * 12 + month - 1;
    } else {
      kind = "year";
      [first, last] = [Number(m[11]) * 12, Number(m[11]) * 12 + 11];
    }
    out.push({ kind, text: written.replace(/\s+/g, " "), first, last, paragraph });
  }
  return out;
}

/** The report's date: its day when written, else its month ("ngày    tháng 12 năm 2025", as clerks leave it). */
function reportDate(
  model: { paragraphs: Paragraph[] },
  ctx: RuleContext,
): { month: number; day: number | undefined; text: string } | undefined {
  const iso = ctx.structure.documentDate;
  if (iso !== undefined) {
    const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
    return { month: y * 12 + mo - 1, day: d, text: `${pad2(d)}/${mo < 3 ? pad2(mo) : mo}/${y}` };
  }
  const at = ctx.structure.header.date;
  if (at === undefined) return undefined;
  const m = /tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(model.paragraphs[at]?.text ?? "");
  if (m === null) return undefined;
  const [mo, y] = [Number(m[1]), Number(m[2])];
  if (mo < 1 || mo > 12) return undefined;
  return { month: y * 12 + mo - 1, day: undefined, text: `… tháng ${mo} năm ${y}` };
}

const monthStart = (idx: number): string => `01/${pad2((idx % 12) + 1)}/${Math.floor(idx / 12)}`;
function monthEnd(idx: number): string {
  const [y, mo] = [Math.floor(idx / 12), (idx % 12) + 1];
  return `${daysIn(mo, y)}/${pad2(mo)}/${y}`;
}

function checkPeriod(model: { paragraphs: Paragraph[] }, ctx: RuleContext): void {
  if (ctx.documentType !== "report") return;
  const date = reportDate(model, ctx);
  if (date === undefined) return;
  const s = ctx.structure;
  const where = [...(s.typeNameParagraph === undefined ? [] : [s.typeNameParagraph]), ...s.summaryParagraphs];
  // The trích yếu read as one text (it wraps over lines); the part about the next period is cut off.
  let periods: Period[] = [];
  let cut = false;
  for (const i of where) {
    if (cut) break;
    let text = model.paragraphs[i]?.text ?? "";
    const f = FUTURE_PART.exec(text);
    if (f !== null) {
      text = text.slice(0, f.index);
      cut = true;
    }
    periods = periods.concat(periodsIn(text, i));
  }
  if (periods.length === 0) return;
  // The report covers all its periods: the latest to end decides.
  const period = periods.reduce((a, b) => (b.last > a.last ? b : a));
  const basis = DATES.basis.period;
  if (date.month < period.first) {
    ctx.report({
      messageId: "periodNotBegun",
      data: { period: period.text, start: monthStart(period.first), date: date.text },
      severity: "warning",
      basis,
      paragraph: period.paragraph,
      excerpt: excerptOf(model.paragraphs[period.paragraph]!.text),
    });
    return;
  }
  if (date.month >= period.last - DATES.reportPeriods.monthsBeforeEnd[period.kind]) return;
  if (model.paragraphs.some((p) => ESTIMATE.test(p.text))) return;
  ctx.report({
    messageId: "periodNotEnded",
    data: { period: period.text, end: monthEnd(period.last), date: date.text },
    severity: "warning",
    basis,
    paragraph: period.paragraph,
    excerpt: excerptOf(model.paragraphs[period.paragraph]!.text),
  });
}

/* ---------- the rule ---------- */

export const check: Rule["check"] = (model, ctx) => {
  const headerDate = ctx.structure.header.date;
  const headerBasis = basisOf(ctx, ctx.profile.rules["header/date"].clause);
  // read through the whole document only when a weekday starts a sentence (rarely): the scan is the rule's longest
  let enumeratedDocument: boolean | undefined;
  const enumerated = (): boolean => (enumeratedDocument ??= model.paragraphs.some((p) => ENUMERATION.test(p.text)));
  const anchor = reportDate(model, ctx);
  // The date a yearless weekday date is read against: the document's day, else the middle of its month.
  const anchorDay =
    anchor === undefined
      ? undefined
      : dayNumber(Math.floor(anchor.month / 12), (anchor.month % 12) + 1, anchor.day ?? 15);
  for (const p of model.paragraphs) {
    const text = p.text;
    if (!/\d/.test(text)) continue;
    const seen = new Set<string>();
    for (const d of DATES_IN.get(text)) {
      const excerpt = excerptOf(text.slice(Math.max(0, d.start - 40), d.end + 40));
      const problem = problemOf(d);
      if (problem !== undefined) {
        const key = `${problem.messageId}|${d.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ctx.report({
          messageId: problem.messageId,
          data: problem.data,
          // "00/01/2026" is a blank left to fill rather than a date read wrong.
          severity: d.day === 0 || d.month === 0 ? "warning" : "error",
          basis: p.index === headerDate ? headerBasis : DATES.basis.impossible,
          paragraph: p.index,
          excerpt,
        });
        continue;
      }
      if (d.day === undefined) continue;
      const w = weekdayNear(text, d, enumerated);
      if (w === undefined) continue;
      let year = d.year;
      if (year === undefined) {
        if (anchorDay === undefined || anchor === undefined) continue;
        const y0 = Math.floor(anchor.month / 12);
        year = [y0 - 1, y0, y0 + 1].reduce((best, y) =>
          Math.abs(dayNumber(y, d.month, d.day!) - anchorDay) < Math.abs(dayNumber(best, d.month, d.day!) - anchorDay)
            ? y
            : best,
        );
        if (d.month === 2 && d.day === 29 && !isLeap(year)) continue;
      }
      const actual = weekdayOf(year, d.month, d.day);
      if (actual === w.weekday) continue;
      const key = `weekday|${w.read}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const full = `${pad2(d.day)}/${d.month < 3 ? pad2(d.month) : d.month}/${year}`;
      ctx.report({
        messageId: d.year === undefined ? "weekdayYearless" : "weekday",
        data: {
          read: w.read,
          date: full,
          actual: DATES.weekdays.display[actual]!,
          written: DATES.weekdays.display[w.weekday]!,
          yearNum: year,
        },
        severity: d.year === undefined ? "warning" : "error",
        basis: DATES.basis.weekday,
        paragraph: p.index,
        excerpt,
      });
    }
  }
  checkPeriod(model, ctx);
};

export const rule: Rule = { meta, check };
