/**
 * The matrix as one self-contained HTML page (nothing loaded from outside): the charts (charts.ts), the changes since
 * the previous report, filters by issuer kind, status and item, and the table (colours per status, totals per item,
 * evidence on hover, sortable, A4 landscape print). Without scripts the page shows the charts and every row; the
 * filters appear only when the page's own small script runs.
 */
import { CHART, comparedRows, esc, issuerChart, itemChart } from "./charts";
import { ISSUER_KINDS, issuerKind } from "./issuer-kind";
import {
  STATUS_COLOUR,
  STATUS_EDGE,
  STATUS_LABEL,
  STATUSES,
  type CellStatus,
  type MatrixChanges,
  type MatrixColumn,
  type MatrixMeta,
  type MatrixRow,
} from "./model";

const MARK = { improved: "▲", worsened: "▼" } as const;
const CHANGE_WORD = { improved: "tiến bộ", worsened: "thụt lùi" } as const;

/** An ISO time as the office reads it ("14:05:09 30/9/2026"); anything else as it is. */
function localTime(iso: string): string {
  const d = new Date(iso);
  return /^\d{4}-\d\d-\d\dT/.test(iso) && !Number.isNaN(d.getTime()) ? d.toLocaleString("vi-VN") : iso;
}

function changesSection(changes: MatrixChanges | undefined, rows: MatrixRow[]): string {
  if (changes === undefined) return "";
  const appeared = rows.filter((_, i) => changes.rows[i]?.appeared === true);
  const renamed = rows.map((r, i) => ({ r, c: changes.rows[i] })).filter((x) => x.c?.previousFile !== undefined);
  const list = (items: string[]): string =>
    items.length === 0 ? " không có." : `<ul>${items.map((s) => `<li>${s}</li>`).join("")}</ul>`;
  const who = (file: string, issuer: string, number: string): string =>
    esc(file) +
    (issuer || number ? ` <span class="muted">(${esc([issuer, number].filter(Boolean).join(", "))})</span>` : "");
  return (
    `<section id="changes" aria-labelledby="changes-title"><h2 id="changes-title">So với kỳ trước</h2>` +
    `<p>Kỳ trước lập lúc ${esc(localTime(changes.previousGeneratedAt))}. <span class="ch-improved">${MARK.improved}</span> ` +
    `${changes.improved} ô tiến bộ, <span class="ch-worsened">${MARK.worsened}</span> ${changes.worsened} ô thụt lùi ` +
    `(thứ bậc: chưa có &lt; một phần &lt; đã đáp ứng). Văn bản được ghép với kỳ trước theo tên tệp, rồi theo cơ quan ban hành và số, ký hiệu.</p>` +
    (changes.previousSourceTitle === undefined
      ? ""
      : `<p class="warn">Kỳ trước đối chiếu với nguồn khác: ${esc(changes.previousSourceTitle)}.</p>`) +
    `<p id="appeared">Văn bản mới (${appeared.length}):${list(appeared.map((r) => who(r.file, r.issuer, r.number)))}</p>` +
    `<p id="disappeared">Văn bản không còn (${changes.disappeared.length}):${list(
      changes.disappeared.map((d) => who(d.file, d.issuer, d.number)),
    )}</p>` +
    (renamed.length === 0
      ? ""
      : `<p>Đổi tên tệp (ghép theo số, ký hiệu):${list(
          renamed.map((x) => `${esc(x.c!.previousFile!)} → ${esc(x.r.file)}`),
        )}</p>`) +
    `</section>`
  );
}

function filterForm(rows: MatrixRow[], columns: MatrixColumn[], changes: MatrixChanges | undefined): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = issuerKind(r.issuer, r.superior).id;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const kinds = ISSUER_KINDS.filter((k) => counts.has(k.id))
    .map(
      (k) =>
        `<label><input type="checkbox" name="kind" value="${esc(k.id)}" checked> ${esc(k.label)} (${counts.get(k.id)!})</label>`,
    )
    .join(" ");
  const statuses =
    `<option value="">Mọi trạng thái</option>` +
    STATUSES.map((s) => `<option value="${s}">${esc(STATUS_LABEL[s])}</option>`).join("") +
    (changes === undefined ? "" : `<option value="changed">Có thay đổi so với kỳ trước</option>`);
  const items =
    `<option value="">mọi nhiệm vụ</option>` +
    columns.map((c) => `<option value="${esc(c.item)}">${esc(`${c.item} ${c.title}`)}</option>`).join("");
  return (
    `<form id="filters" class="filters" hidden aria-label="Bộ lọc"><fieldset><legend>Cơ quan ban hành</legend>${kinds}</fieldset>` +
    `<fieldset><legend>Trạng thái</legend><label>Hiện văn bản có <select name="status">${statuses}</select></label> ` +
    `<label>ở <select name="item">${items}</select></label></fieldset>` +
    `<p id="shown" aria-live="polite">Đang hiển thị ${rows.length}/${rows.length} tệp.</p></form>`
  );
}

/** A self-contained page; with `changes`, the cells that moved since the previous report are marked ▲ or ▼. */
export function toHtml(rows: MatrixRow[], columns: MatrixColumn[], meta: MatrixMeta, changes?: MatrixChanges): string {
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
    .map((r, i) => {
      const kind = issuerKind(r.issuer, r.superior);
      const change = changes?.rows[i];
      const changed = change !== undefined && (change.appeared || Object.keys(change.cells).length > 0);
      const attrs =
        ` data-kind="${esc(kind.id)}"` +
        (Object.keys(r.cells).length > 0 && r.error === undefined ? ` data-compared="1"` : "") +
        (changed ? ` data-changed="1"` : "");
      const fileCell =
        esc(r.file) +
        (change?.appeared === true ? ` <span class="new">mới</span>` : "") +
        (change?.previousFile !== undefined
          ? ` <span class="muted">(kỳ trước: ${esc(change.previousFile)})</span>`
          : "");
      if (r.error !== undefined) {
        return (
          `<tr class="unreadable"${attrs}><td>${fileCell}</td><td colspan="${6 + columns.length}">` +
          `Không đọc được: ${esc(r.error)}</td></tr>`
        );
      }
      const cells = columns
        .map((c) => {
          const cell = r.cells[c.item];
          if (cell === undefined) return `<td></td>`;
          const moved = change?.cells[c.item];
          const was =
            moved === undefined
              ? ""
              : `\n${CHANGE_WORD[moved.change]} so với kỳ trước (kỳ trước: ${STATUS_LABEL[moved.previous]})`;
          const tip = `${c.item} ${c.title}: ${STATUS_LABEL[cell.status]}${was}${cell.evidence === "" ? "" : "\n" + cell.evidence}`;
          const mark =
            moved === undefined
              ? ""
              : ` <span class="mark" aria-label="${CHANGE_WORD[moved.change]}">${MARK[moved.change]}</span>`;
          return (
            `<td class="s-${cell.status}${moved === undefined ? "" : ` ch-${moved.change}`}" data-item="${esc(c.item)}" ` +
            `data-sort="${cell.status}"${moved === undefined ? "" : ` data-change="${moved.change}"`} title="${esc(tip)}">` +
            `${esc(STATUS_LABEL[cell.status])}${mark}</td>`
          );
        })
        .join("");
      return (
        `<tr${attrs}><td>${fileCell}</td><td title="${esc(kind.label)}">${esc(r.issuer)}</td><td>${esc(r.number)}</td><td>${esc(r.date)}</td>` +
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
  const compared = comparedRows(rows).length;
  const kind = meta.sourceKind ?? "Kết luận";
  const statusCss = STATUSES.map((s) => `.s-${s} { background: ${STATUS_COLOUR[s]}; }`).join(" ");
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ma trận thực hiện ${esc(kind)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Times New Roman", serif; font-size: 12pt; margin: 16px; }
h1 { font-size: 15pt; margin: 0 0 4px; } h2 { font-size: 13pt; margin: 16px 0 4px; } p.meta { margin: 0 0 12px; color: #444; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; }
th { background: #eee; cursor: pointer; } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.num, td.total { text-align: right; } td.gaps { background: #ffcdd2; }
${statusCss}
.s-not-applicable { color: #555; } tr.unreadable td { color: #b00020; font-style: italic; }
.legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; border: 1px solid #999; }
.charts { display: flex; flex-wrap: wrap; gap: 8px 24px; } figure { margin: 0; max-width: 100%; overflow-x: auto; }
figcaption { font-weight: bold; margin: 8px 0 4px; }
svg.chart { font-family: Arial, sans-serif; font-size: 12px; max-width: 100%; height: auto; } svg .segn { font-weight: bold; }
.filters fieldset { display: inline-block; border: 1px solid #bbb; margin: 0 8px 8px 0; padding: 4px 8px; }
.filters label { margin-right: 10px; white-space: nowrap; } .filters select { max-width: 32em; } #shown { margin: 0 0 8px; }
.ch-improved { outline: 2px solid ${STATUS_EDGE.covered}; outline-offset: -3px; } .ch-worsened { outline: 2px dashed ${STATUS_EDGE.missing}; outline-offset: -3px; }
.mark { font-weight: bold; } .new { font-size: 9pt; border: 1px solid #1565c0; color: #1565c0; padding: 0 3px; }
.muted { color: #666; } .warn { color: #b00020; } #changes ul { margin: 2px 0 6px; }
@media print { th { cursor: default; } .legend { break-after: avoid; } tr { break-inside: avoid; } .filters { display: none; } figure { break-inside: avoid; } }
</style></head><body>
<h1>Ma trận thực hiện: ${esc(meta.sourceTitle)}</h1>
<p class="meta">${rows.length} tệp, ${compared} văn bản có đối chiếu với ${esc(kind)}; lập lúc ${esc(meta.generatedAt)}. Di chuột lên một ô để xem đoạn làm căn cứ; bấm tiêu đề cột để sắp xếp.</p>
<p class="legend"><span class="s-covered">Đã đáp ứng</span><span class="s-partial">Một phần</span><span class="s-missing">Chưa có</span><span class="s-not-applicable">Không áp dụng</span></p>
${changesSection(changes, rows)}
<section class="charts" aria-label="Biểu đồ">
<figure><figcaption>Mức đáp ứng từng nhiệm vụ (số văn bản)</figcaption>${itemChart(rows, columns)}</figure>
<figure><figcaption>Tỷ lệ nhiệm vụ đã đáp ứng theo cơ quan ban hành</figcaption>${issuerChart(rows)}</figure>
</section>
<h2>Từng văn bản</h2>
${filterForm(rows, columns, changes)}
<table id="matrix"><thead>${head}</thead><tbody>
${body}
</tbody><tfoot>${foot}</tfoot></table>
<script>
${pageScript()}
</script>
</body></html>
`;
}

/** The page's own script: sorting by a column, and the filters (which also redraw the charts from the rows shown). */
function pageScript(): string {
  const labels = JSON.stringify(STATUS_LABEL);
  return `(function () {
  var order = { missing: 0, partial: 1, covered: 2, "not-applicable": 3 };
  var table = document.getElementById("matrix");
  var ths = table.tHead.rows[0].cells;
  function key(td, type) {
    if (!td) return "";
    if (type === "number") return parseFloat(td.textContent) || 0;
    if (type === "status") return td.dataset.sort in order ? order[td.dataset.sort] : 9;
    if (type === "date") { var p = td.textContent.split("/"); return p.length === 3 ? p[2] + p[1] + p[0] : ""; }
    return td.textContent.toLowerCase();
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

  var form = document.getElementById("filters");
  var STATUSES = ${JSON.stringify(STATUSES)}, LABEL = ${labels};
  var X0 = ${CHART.labelWidth}, W = ${CHART.barWidth}, ROW = ${CHART.rowHeight}, TOP = ${CHART.top};
  function words(c) {
    var parts = STATUSES.filter(function (s) { return c[s] > 0; }).map(function (s) { return LABEL[s] + " " + c[s]; });
    return parts.length ? parts.join(" · ") : "Không có văn bản";
  }
  function apply() {
    var kinds = {};
    Array.prototype.forEach.call(form.querySelectorAll('input[name="kind"]'), function (b) { kinds[b.value] = b.checked; });
    // not form.elements.item: that is the collection's item() method
    var status = form.querySelector('select[name="status"]').value, item = form.querySelector('select[name="item"]').value;
    var rows = table.tBodies[0].rows, shown = 0, total = 0, counts = {};
    Array.prototype.forEach.call(rows, function (row) {
      var cells = row.querySelectorAll("td[data-item]");
      var ok = kinds[row.dataset.kind] !== false;
      if (ok && status === "changed") ok = row.dataset.changed === "1";
      else if (ok && status) ok = Array.prototype.some.call(cells, function (td) {
        return (!item || td.dataset.item === item) && td.dataset.sort === status;
      });
      row.hidden = !ok;
      if (!ok) return;
      shown++;
      if (row.dataset.compared !== "1") return;
      total++;
      Array.prototype.forEach.call(cells, function (td) {
        var c = counts[td.dataset.item] || (counts[td.dataset.item] = { covered: 0, partial: 0, missing: 0, "not-applicable": 0 });
        c[td.dataset.sort]++;
      });
    });
    document.getElementById("shown").textContent = "Đang hiển thị " + shown + "/" + rows.length + " tệp.";
    var svg = document.getElementById("chart-items");
    svg.setAttribute("data-total", total);
    svg.querySelector("title").textContent = "Mức đáp ứng từng nhiệm vụ trên " + total + " văn bản có đối chiếu";
    Array.prototype.forEach.call(svg.querySelectorAll("g.bar"), function (g) {
      var c = counts[g.dataset.item] || { covered: 0, partial: 0, missing: 0, "not-applicable": 0 }, x = X0;
      STATUSES.forEach(function (s) {
        var w = total ? (c[s] / total) * W : 0;
        var rect = g.querySelector('rect[data-status="' + s + '"]'), t = g.querySelector('text[data-status="' + s + '"]');
        rect.setAttribute("x", x.toFixed(1)); rect.setAttribute("width", w.toFixed(1));
        t.setAttribute("x", (x + w / 2).toFixed(1)); t.textContent = c[s];
        if (w < 16) t.setAttribute("visibility", "hidden"); else t.removeAttribute("visibility");
        g.setAttribute("data-" + s, c[s]);
        x += w;
      });
      g.querySelector("text.words").textContent = words(c);
      g.querySelector("title").textContent = g.dataset.item + ": " + words(c);
    });
    var isvg = document.getElementById("chart-issuers"), n = 0;
    Array.prototype.forEach.call(isvg.querySelectorAll("g.issuer"), function (g) {
      var on = kinds[g.dataset.kind] !== false;
      g.style.display = on ? "" : "none";
      if (on) g.setAttribute("transform", "translate(0," + (TOP + n++ * ROW) + ")");
    });
    var h = TOP * 2 + Math.max(1, n) * ROW;
    isvg.setAttribute("height", h);
    isvg.setAttribute("viewBox", "0 0 ${CHART.width} " + h);
  }
  form.hidden = false;
  form.addEventListener("change", apply);
})();`;
}
