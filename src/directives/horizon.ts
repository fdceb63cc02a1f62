/**
 * The horizon of a directive source: the last date it sets for its own tasks, read from its words. "từ nay đến hết
 * nhiệm kỳ ... 2020-2025" (a congress term: it ends with the next congress, in the term's last year; read as the end
 * of that year, and said "cuối nhiệm kỳ 2020-2025"), "đến năm 2030", "giai đoạn 2021-2025". The strongest statement
 * wins: the title, then "từ nay đến ...", then the others, each taken only where it speaks of the source's own tasks:
 * a cited document's horizon ("Nghị quyết số 11-NQ/TW ... đến năm 2030, tầm nhìn đến năm 2045", "Quy hoạch tỉnh thời
 * kỳ 2021-2030, tầm nhìn đến năm 2050") and a vision ("tầm nhìn đến năm 2045") are not (the same reading of
 * citations as a plan's deadlines, src/model/structure/tasks.ts). Pure.
 */
import { withoutCitations } from "../model/structure/tasks";

export interface Horizon {
  /** ISO date: the last day of the period ("2025-12-31"). */
  date: string;
  /** The words to show: "cuối nhiệm kỳ 2020-2025", "năm 2030", "giai đoạn 2021-2025". */
  text: string;
}

interface Candidate extends Horizon {
  strength: number;
  at: number;
}

const YEARS = /(\d{4})\s*[-–—]\s*(\d{4})/u;
/** "đến hết nhiệm kỳ", "đến cuối nhiệm kỳ": the years may follow within the phrase. */
const TERM = /(từ nay\s+)?đến\s+(?:hết|cuối)\s+nhiệm kỳ([^.;:\n]{0,120})/giu;
const UNTIL_YEAR = /(từ nay\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(\d{4})/giu;
const PERIOD = /(từ nay\s+)?(giai đoạn|thời kỳ)\s+(\d{4})\s*[-–—]\s*(\d{4})/giu;
/** A congress named by its ordinal ("Đại hội ... lần thứ XIX") with its term ("nhiệm kỳ 2020-2025") elsewhere. */
const CONGRESS = /lần thứ\s+([IVXLC]+)/iu;

function plausible(a: number, b: number): boolean {
  return a >= 1945 && b <= 2100 && b >= a && b - a <= 30;
}

/** The lines of the title: from the first line to the first one that ends a sentence or starts the body. */
function titleEnd(lines: string[]): number {
  let end = 0;
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const l = lines[i]!.trim();
    if (l === "") continue;
    if (/[.;:]$/.test(l) || /^(?:ngày|căn cứ|thực hiện|\d+[.)])/iu.test(l) || l.length > 300) break;
    end = i + 1;
  }
  return end;
}

/** The term's years for a congress named without them ("Đại hội ... lần thứ XIX" → "nhiệm kỳ 2020-2025"). */
function termOfCongress(text: string, ordinal: string): [number, number] | undefined {
  const re = new RegExp(`lần thứ\\s+${ordinal}\\b[^.;\\n]{0,60}?nhiệm kỳ\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})`, "iu");
  const m = re.exec(text);
  if (m === null) return undefined;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return plausible(a, b) ? [a, b] : undefined;
}

/**
 * The source's horizon, or undefined when it sets none. `text` is the source as plain text (one paragraph a line,
 * Markdown emphasis allowed).
 */
export function parseHorizon(text: string): Horizon | undefined {
  const clean = text.normalize("NFC").replace(/\*+/g, "").replace(/\r\n?/g, "\n");
  const lines = clean.split("\n");
  const inTitle = lines.slice(0, titleEnd(lines)).join("\n").length;
  // Cited documents, programmes and visions: their years are not the source's horizon.
  const t = withoutCitations(clean);
  const found: Candidate[] = [];
  const add = (at: number, from: string | undefined, date: number, words: string, strength: number): void => {
    found.push({
      date: `${date}-12-31`,
      text: words,
      strength: strength + (from !== undefined ? 1 : 0) + (at < inTitle ? 2 : 0),
      at,
    });
  };
  for (const m of t.matchAll(TERM)) {
    const years = YEARS.exec(m[2]!);
    let term: [number, number] | undefined;
    if (years !== null && plausible(Number(years[1]), Number(years[2]))) term = [Number(years[1]), Number(years[2])];
    else {
      const congress = CONGRESS.exec(m[2]!);
      if (congress !== null) term = termOfCongress(t, congress[1]!);
    }
    if (term !== undefined) add(m.index, m[1], term[1], `cuối nhiệm kỳ ${term[0]}-${term[1]}`, 3);
  }
  for (const m of t.matchAll(UNTIL_YEAR)) {
    const y = Number(m[2]);
    if (plausible(y, y)) add(m.index, m[1], y, `năm ${y}`, 2);
  }
  for (const m of t.matchAll(PERIOD)) {
    const [a, b] = [Number(m[3]), Number(m[4])];
    if (plausible(a, b)) add(m.index, m[1], b, `${m[2]!.toLowerCase()} ${a}-${b}`, 1);
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.strength - a.strength || a.at - b.at);
  const best = found[0]!;
  return { date: best.date, text: best.text };
}
