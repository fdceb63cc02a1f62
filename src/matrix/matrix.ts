/**
 * The coverage matrix for the provincial office: one row per draft (issuer, number, date, type, error count, the
 * status of every directive item), rendered as CSV for Excel and as a self-contained HTML page. Pure: the CLI reads
 * the files and writes the outputs.
 */
import type { DocumentModel, Paragraph } from "../model/document";
import { normalizeForMatch } from "../model/text";
import type { CheckResult } from "../check";
import type { MatrixChanges, MatrixColumn, MatrixRow, RowChange } from "./model";

export * from "./model";
export { toHtml } from "./html";
export { issuerKind, ISSUER_KINDS, type IssuerKind } from "./issuer-kind";

const TYPE_NAMES: Record<string, string> = { plan: "Kế hoạch", report: "Báo cáo", other: "Khác" };

const HEADER_TITLES = new Set(
  ["đảng cộng sản việt nam", "cộng hoà xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc"].map(
    normalizeForMatch,
  ),
);
/** A line that only names the level of an area ("TỈNH LÂM ĐỒNG", "HUYỆN VIỆT YÊN"): the second line of a body's name. */
const AREA_LINE = /^(tỉnh|huyện|quận|thành phố|thị xã|xã|phường|thị trấn) (?!u[ỷủ](?: |$))\S/;
/** A line that the next one continues: it ends with a comma, a dash or "VÀ" ("BAN CHỈ ĐẠO …, ĐỔI MỚI SÁNG TẠO,"). */
const CONTINUED = /(?:[,\-–]|\sVÀ)$/u;
/** A header typed with tabs or runs of spaces holds the left and the right column on one line: keep the left one. */
const leftColumn = (text: string): string =>
  text
    .trim()
    .split(/\t|\s{3,}/)[0]!
    .trim();

/**
 * Issuer, its superior and the number from the header area: the issuing body is the last capitalised line above
 * "Số ..." (in the header's left column); a name printed on two lines ("ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG") is joined;
 * so is a line that ends with a comma or "VÀ"; the capitalised line above it is its superior. Without a "Số" line, only the first cell of a header table is read.
 */
export function headerParticulars(model: DocumentModel): { issuer: string; number: string; superior?: string } {
  const head = model.paragraphs.slice(0, 30).filter((p) => p.text.trim() !== "");
  const numberAt = head.findIndex((p) => /^Số\s*(?::\s*)?\S/.test(p.text.trim()));
  const numberPara = numberAt < 0 ? undefined : head[numberAt];
  const number = numberPara === undefined ? "" : leftColumn(numberPara.text.trim().replace(/^Số\s*:?\s*/, ""));
  let area: Paragraph[];
  if (numberPara !== undefined) {
    area = head.slice(0, numberAt);
    if (numberPara.cell !== undefined) {
      const c = numberPara.cell;
      area = area.filter((p) => p.cell !== undefined && p.cell.table === c.table && p.cell.column === c.column);
    }
  } else {
    const first = head[0]?.cell;
    area =
      first === undefined
        ? []
        : head.filter(
            (p) =>
              p.cell !== undefined &&
              p.cell.table === first.table &&
              p.cell.row === first.row &&
              p.cell.column === first.column,
          );
  }
  // a line break inside a paragraph ("ỦY BAN NHÂN DÂN↵TỈNH LÂM ĐỒNG") separates lines as a new paragraph does
  const lines = area
    .flatMap((p) => p.text.split("\n"))
    .map((text) => {
      const t = leftColumn(text);
      const capital =
        t.length > 2 && t === t.toUpperCase() && /\p{L}/u.test(t) && !HEADER_TITLES.has(normalizeForMatch(t));
      return capital ? t : undefined;
    });
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === undefined) last--;
  if (last < 0) return { issuer: "", number };
  let issuer = lines[last]!;
  let above = last - 1;
  if (
    above >= 0 &&
    lines[above] !== undefined &&
    (AREA_LINE.test(normalizeForMatch(issuer)) || CONTINUED.test(lines[above]!))
  ) {
    issuer = `${lines[above]!} ${issuer}`;
    above--;
  }
  const superior = above >= 0 ? lines[above] : undefined;
  return superior === undefined ? { issuer, number } : { issuer, number, superior };
}

export function matrixRow(file: string, model: DocumentModel, result: CheckResult): MatrixRow {
  const { issuer, number, superior } = headerParticulars(model);
  const cells: MatrixRow["cells"] = {};
  for (const c of result.coverage) {
    cells[c.item] = {
      status: c.status,
      // a not-applicable cell says why, when the document's decision gives a reason
      evidence:
        c.status === "not-applicable" && c.reason !== undefined
          ? `Lý do không áp dụng: ${c.reason}`
          : c.evidence
              .slice(0, 3)
              .map((e) => `đoạn ${e.paragraph}: ${e.excerpt}`)
              .join("\n"),
    };
  }
  return {
    file,
    issuer,
    ...(superior === undefined ? {} : { superior }),
    number,
    date: result.documentDate === undefined ? "" : isoToVietnamese(result.documentDate),
    type: TYPE_NAMES[result.documentType] ?? result.documentType,
    errors: result.findings.filter((f) => f.severity === "error").length,
    warnings: result.findings.filter((f) => f.severity === "warning").length,
    ...(result.plan === undefined ? {} : { taskGaps: result.plan.gaps }),
    cells,
  };
}

export function errorRow(file: string, reason: string): MatrixRow {
  return { file, issuer: "", number: "", date: "", type: "", errors: 0, warnings: 0, cells: {}, error: reason };
}

function isoToVietnamese(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/* ---------- CSV ---------- */

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The CSV marker of a draft's changes since the previous report: "new" for a draft the previous report did not have,
 * else the items that moved, "↑" improved and "↓" worsened ("2.1↑ 2.4↓"); "" when nothing moved.
 */
export function changeMarker(change: RowChange | undefined, columns: MatrixColumn[]): string {
  if (change === undefined) return "";
  if (change.appeared) return "new";
  return columns
    .flatMap((c) => {
      const m = change.cells[c.item];
      return m === undefined ? [] : [`${c.item}${m.change === "improved" ? "↑" : "↓"}`];
    })
    .join(" ");
}

/**
 * UTF-8 CSV with a BOM so Excel shows Vietnamese; statuses in the contract's English words. With the changes since a
 * previous report, one more column at the end, `changes-since-previous` ({@link changeMarker}).
 */
export function toCsv(rows: MatrixRow[], columns: MatrixColumn[], changes?: MatrixChanges): string {
  const header = [
    "file",
    "issuer",
    "number",
    "date",
    "type",
    "errors",
    "tasks-without-owner-or-deadline",
    ...columns.map((c) => c.item),
    "unreadable",
    ...(changes === undefined ? [] : ["changes-since-previous"]),
  ];
  const lines = [header.map(csvField).join(",")];
  rows.forEach((r, i) => {
    lines.push(
      [
        r.file,
        r.issuer,
        r.number,
        r.date,
        r.type,
        r.error === undefined ? r.errors : "",
        r.taskGaps ?? "",
        ...columns.map((c) => r.cells[c.item]?.status ?? ""),
        r.error ?? "",
        ...(changes === undefined ? [] : [changeMarker(changes.rows[i], columns)]),
      ]
        .map(csvField)
        .join(","),
    );
  });
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}
