/**
 * The coverage matrix for the provincial office: one row per draft (issuer, number, date, type, error count, the
 * status of every directive item), rendered as CSV for Excel and as a self-contained HTML page. Pure: the CLI reads
 * the files and writes the outputs.
 */
import type { DocumentModel } from "../model/document";
import { normalizeForMatch } from "../model/text";
import type { CheckResult } from "../check";

export type CellStatus = "covered" | "partial" | "missing" | "not-applicable";

export interface MatrixColumn {
  item: string;
  title: string;
}

export interface MatrixRow {
  file: string;
  issuer: string;
  number: string;
  date: string;
  type: string;
  errors: number;
  warnings: number;
  /**
   * A plan's tasks without a lead or a time frame (task table rows, and prose areas nobody leads); undefined for a
   * document that is not a plan.
   */
  taskGaps?: number;
  /** Item number → status; empty for an unreadable file. */
  cells: Record<string, { status: CellStatus; evidence: string }>;
  /** Why the file could not be read. */
  error?: string;
}

const TYPE_NAMES: Record<string, string> = { plan: "Kế hoạch", report: "Báo cáo", other: "Khác" };

/** Issuer and number from the header area: the issuing body is the last capitalised line above "Số ...". */
export function headerParticulars(model: DocumentModel): { issuer: string; number: string } {
  const head = model.paragraphs.slice(0, 30);
  const numberPara = head.find((p) => /^Số\s*:?\s*\S/.test(p.text.trim()));
  const number = numberPara?.text.trim().replace(/^Số\s*:?\s*/, "") ?? "";
  const titles = new Set([
    "đảng cộng sản việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
    "độc lập - tự do - hạnh phúc",
  ]);
  const candidates = head.filter((p) => {
    if (numberPara !== undefined && p.index >= numberPara.index) return false;
    if (numberPara?.cell !== undefined && p.cell !== undefined && p.cell.column !== numberPara.cell.column)
      return false;
    const t = p.text.trim();
    return t.length > 2 && t === t.toLocaleUpperCase("vi") && /\p{L}/u.test(t) && !titles.has(normalizeForMatch(t));
  });
  const issuer = candidates.length > 0 ? candidates[candidates.length - 1]!.text.trim() : "";
  return { issuer, number };
}

export function matrixRow(file: string, model: DocumentModel, result: CheckResult): MatrixRow {
  const { issuer, number } = headerParticulars(model);
  const cells: MatrixRow["cells"] = {};
  for (const c of result.coverage) {
    cells[c.item] = {
      status: c.status,
      evidence: c.evidence
        .slice(0, 3)
        .map((e) => `đoạn ${e.paragraph}: ${e.excerpt}`)
        .join("\n"),
    };
  }
  return {
    file,
    issuer,
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

export const STATUS_LABEL: Record<CellStatus, string> = {
  covered: "Đã đáp ứng",
  partial: "Một phần",
  missing: "Chưa có",
  "not-applicable": "Không áp dụng",
};

/* ---------- CSV ---------- */

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 CSV with a BOM so Excel shows Vietnamese; statuses in the contract's English words. */
export function toCsv(rows: MatrixRow[], columns: MatrixColumn[]): string {
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
  ];
  const lines = [header.map(csvField).join(",")];
  for (const r of rows) {
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
      ]
        .map(csvField)
        .join(","),
    );
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}

/* ---------- HTML ---------- */

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface MatrixMeta {
  sourceTitle: string;
  generatedAt: string;
}

/** A self-contained page: colours per status, totals per item, evidence on hover, sortable, A4 landscape print. */
export function toHtml(rows: MatrixRow[], columns: MatrixColumn[], meta: MatrixMeta): string {
  const readable = rows.filter((r) => r.error === undefined);
  const totals = columns.map((c) => {
    const count = (s: CellStatus) => readable.filter((r) => r.cells[c.item]?.status === s).length;
    return {
      covered: count("covered"),
      partial: count("partial"),
      missing: count("missing"),
      na: count("not-applicable"),
    };
  });
  const head =
    `<tr><th data-type="text">Tệp</th><th data-type="text">Cơ quan ban hành</th><th data-type="text">Số, ký hiệu</th>` +
    `<th data-type="date">Ngày</th><th data-type="text">Loại</th><th data-type="number">Lỗi</th>` +
    `<th data-type="number" title="Nhiệm vụ của kế hoạch chưa có cơ quan chủ trì hoặc thời hạn">Nhiệm vụ thiếu chủ trì, thời hạn</th>` +
    columns.map((c) => `<th data-type="status" title="${esc(c.title)}">${esc(c.item)}</th>`).join("") +
    `</tr>`;
  const body = rows
    .map((r) => {
      if (r.error !== undefined) {
        return (
          `<tr class="unreadable"><td>${esc(r.file)}</td><td colspan="${6 + columns.length}">` +
          `Không đọc được: ${esc(r.error)}</td></tr>`
        );
      }
      const cells = columns
        .map((c) => {
          const cell = r.cells[c.item];
          if (cell === undefined) return `<td></td>`;
          const tip = `${c.item} ${c.title}: ${STATUS_LABEL[cell.status]}${cell.evidence === "" ? "" : "\n" + cell.evidence}`;
          return `<td class="s-${cell.status}" data-sort="${cell.status}" title="${esc(tip)}">${esc(STATUS_LABEL[cell.status])}</td>`;
        })
        .join("");
      return (
        `<tr><td>${esc(r.file)}</td><td>${esc(r.issuer)}</td><td>${esc(r.number)}</td><td>${esc(r.date)}</td>` +
        `<td>${esc(r.type)}</td><td class="num">${r.errors}</td>` +
        `<td class="num${(r.taskGaps ?? 0) > 0 ? " gaps" : ""}">${r.taskGaps ?? ""}</td>${cells}</tr>`
      );
    })
    .join("\n");
  const foot =
    `<tr><th colspan="7">Tổng (${readable.length} văn bản đọc được)</th>` +
    totals
      .map(
        (t) =>
          `<td class="total" title="Đã đáp ứng ${t.covered}, một phần ${t.partial}, chưa có ${t.missing}, không áp dụng ${t.na}">` +
          `${t.covered}/${readable.length - t.na}</td>`,
      )
      .join("") +
    `</tr>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Ma trận thực hiện Kết luận</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Times New Roman", serif; font-size: 12pt; margin: 16px; }
h1 { font-size: 15pt; margin: 0 0 4px; } p.meta { margin: 0 0 12px; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
th { background: #eee; cursor: pointer; } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.num, td.total { text-align: right; } td.gaps { background: #ffcdd2; }
.s-covered { background: #c8e6c9; } .s-partial { background: #fff3c4; } .s-missing { background: #ffcdd2; }
.s-not-applicable { background: #e0e0e0; color: #555; } tr.unreadable td { color: #b00020; font-style: italic; }
.legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; border: 1px solid #999; }
@media print { th { cursor: default; } .legend { break-after: avoid; } tr { break-inside: avoid; } }
</style></head><body>
<h1>Ma trận thực hiện: ${esc(meta.sourceTitle)}</h1>
<p class="meta">${rows.length} tệp; lập lúc ${esc(meta.generatedAt)}. Di chuột lên một ô để xem đoạn làm căn cứ; bấm tiêu đề cột để sắp xếp.</p>
<p class="legend"><span class="s-covered">Đã đáp ứng</span><span class="s-partial">Một phần</span><span class="s-missing">Chưa có</span><span class="s-not-applicable">Không áp dụng</span></p>
<table id="matrix"><thead>${head}</thead><tbody>
${body}
</tbody><tfoot>${foot}</tfoot></table>
<script>
(function () {
  var order = { missing: 0, partial: 1, covered: 2, "not-applicable": 3 };
  var table = document.getElementById("matrix");
  var ths = table.tHead.rows[0].cells;
  function key(td, type) {
    if (!td) return "";
    if (type === "number") return parseFloat(td.textContent) || 0;
    if (type === "status") return td.dataset.sort in order ? order[td.dataset.sort] : 9;
    if (type === "date") { var p = td.textContent.split("/"); return p.length === 3 ? p[2] + p[1] + p[0] : ""; }
    return td.textContent.toLocaleLowerCase("vi");
  }
  Array.prototype.forEach.call(ths, function (th, i) {
    th.tabIndex = 0;
    function sort() {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(ths, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      rows.sort(function (a, b) {
        var x = key(a.cells[i], th.dataset.type), y = key(b.cells[i], th.dataset.type);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { table.tBodies[0].appendChild(r); });
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
  });
})();
</script>
</body></html>
`;
}
