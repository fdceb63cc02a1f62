/** Citations in running text: "Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị", "Kết luận số 125-KL/TU ngày 05/9/2023". */

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
    `(?:\\s+của\\s+([^,;.():“”"]+))?`,
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
