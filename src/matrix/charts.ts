/**
 * The matrix page's charts, as inline SVG (no script needed to draw them, none loaded from outside):
 * - per directive item, a stacked bar of the drafts that cover it, partly cover it, lack it, or for which it does not
 *   apply, each segment in its status colour with its count written in it, and the counts in words at the end;
 * - per issuer, the share of the items that apply to it that its drafts cover, written as a percentage and a fraction.
 * Every bar group carries its counts as data attributes (the page's filter script redraws from the table's rows).
 */
import { collapsedSpaces } from "../model/text";
import { issuerKind } from "./issuer-kind";
import {
  STATUS_COLOUR,
  STATUS_EDGE,
  STATUS_LABEL,
  STATUSES,
  type CellStatus,
  type MatrixColumn,
  type MatrixRow,
} from "./model";

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Geometry shared with the page's script (it redraws the item bars when a filter changes). */
export const CHART = { width: 860, labelWidth: 300, barWidth: 320, rowHeight: 26, barHeight: 18, top: 8 } as const;

export type StatusCounts = Record<CellStatus, number>;

/** Drafts that were compared with the directive source: read, and with a status for some item. */
export const comparedRows = (rows: MatrixRow[]): MatrixRow[] =>
  rows.filter((r) => r.error === undefined && Object.keys(r.cells).length > 0);

export function itemCounts(rows: MatrixRow[], columns: MatrixColumn[]): StatusCounts[] {
  return columns.map((c) => {
    const counts: StatusCounts = { covered: 0, partial: 0, missing: 0, "not-applicable": 0 };
    for (const r of rows) {
      const s = r.cells[c.item]?.status;
      if (s !== undefined) counts[s]++;
    }
    return counts;
  });
}

const shorten = (s: string, n: number): string => (s.length <= n ? s : s.slice(0, n - 1).trimEnd() + "…");

/** "Đã đáp ứng 5 · Một phần 1 · Chưa có 2" (statuses with a zero count left out, "không có văn bản" when all are). */
export function countsInWords(c: StatusCounts): string {
  const parts = STATUSES.filter((s) => c[s] > 0).map((s) => `${STATUS_LABEL[s]} ${c[s]}`);
  return parts.length === 0 ? "Không có văn bản" : parts.join(" · ");
}

function segments(c: StatusCounts, total: number): string {
  let x: number = CHART.labelWidth;
  return STATUSES.map((s) => {
    const w = total === 0 ? 0 : (c[s] / total) * CHART.barWidth;
    const rect =
      `<rect class="seg" data-status="${s}" x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="${CHART.barHeight}" ` +
      `fill="${STATUS_COLOUR[s]}" stroke="${STATUS_EDGE[s]}" stroke-width="1"/>` +
      `<text class="segn" data-status="${s}" x="${(x + w / 2).toFixed(1)}" y="13" text-anchor="middle"` +
      `${w < 16 ? ' visibility="hidden"' : ""}>${c[s]}</text>`;
    x += w;
    return rect;
  }).join("");
}

/** Per item, a stacked bar of the drafts by status; one `<g class="bar">` per item. */
export function itemChart(rows: MatrixRow[], columns: MatrixColumn[]): string {
  const compared = comparedRows(rows);
  const total = compared.length;
  const counts = itemCounts(compared, columns);
  const height = CHART.top * 2 + columns.length * CHART.rowHeight;
  const groups = columns
    .map((col, i) => {
      const c = counts[i]!;
      const y = CHART.top + i * CHART.rowHeight;
      const words = countsInWords(c);
      const data = STATUSES.map((s) => ` data-${s}="${c[s]}"`).join("");
      return (
        `<g class="bar" data-item="${esc(col.item)}"${data} transform="translate(0,${y})">` +
        `<title>${esc(`${col.item} ${col.title}: ${words}`)}</title>` +
        `<text class="lbl" x="${CHART.labelWidth - 8}" y="13" text-anchor="end">${esc(`${col.item} ${shorten(col.title, 42)}`)}</text>` +
        segments(c, total) +
        `<text class="words" x="${CHART.labelWidth + CHART.barWidth + 8}" y="13">${esc(words)}</text></g>`
      );
    })
    .join("");
  return (
    `<svg id="chart-items" class="chart" role="img" aria-labelledby="chart-items-title chart-items-desc" ` +
    `viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" data-total="${total}">` +
    `<title id="chart-items-title">Mức đáp ứng từng nhiệm vụ trên ${total} văn bản có đối chiếu</title>` +
    `<desc id="chart-items-desc">Mỗi thanh là một nhiệm vụ, chia theo số văn bản đã đáp ứng, đáp ứng một phần, chưa có và không áp dụng; số liệu ghi trong từng đoạn và ở cuối thanh.</desc>` +
    groups +
    `</svg>`
  );
}

export interface IssuerShare {
  issuer: string;
  kind: string;
  drafts: number;
  covered: number;
  applicable: number;
}

/** Per issuer (as the header prints it, case and spacing aside), the items covered over those that apply. */
export function issuerShares(rows: MatrixRow[]): IssuerShare[] {
  const byIssuer = new Map<string, IssuerShare>();
  for (const r of comparedRows(rows)) {
    const key = collapsedSpaces(r.issuer.toUpperCase());
    let s = byIssuer.get(key);
    if (s === undefined) {
      s = {
        issuer: r.issuer || "(không rõ cơ quan)",
        kind: issuerKind(r.issuer, r.superior).id,
        drafts: 0,
        covered: 0,
        applicable: 0,
      };
      byIssuer.set(key, s);
    }
    s.drafts++;
    for (const c of Object.values(r.cells)) {
      if (c.status === "not-applicable") continue;
      s.applicable++;
      if (c.status === "covered") s.covered++;
    }
  }
  const share = (s: IssuerShare): number => (s.applicable === 0 ? 0 : s.covered / s.applicable);
  return [...byIssuer.values()].sort((a, b) => share(b) - share(a) || a.issuer.localeCompare(b.issuer, "vi"));
}

/** Per issuer, a bar of the share of items covered over a 100 % track; one `<g class="issuer">` per issuer. */
export function issuerChart(rows: MatrixRow[]): string {
  const shares = issuerShares(rows);
  const height = CHART.top * 2 + Math.max(1, shares.length) * CHART.rowHeight;
  const groups = shares
    .map((s, i) => {
      const y = CHART.top + i * CHART.rowHeight;
      const pct = s.applicable === 0 ? 0 : Math.round((s.covered / s.applicable) * 100);
      const w = s.applicable === 0 ? 0 : (s.covered / s.applicable) * CHART.barWidth;
      const words = `${pct}% (${s.covered}/${s.applicable} nhiệm vụ; ${s.drafts} văn bản)`;
      return (
        `<g class="issuer" data-kind="${esc(s.kind)}" data-covered="${s.covered}" data-applicable="${s.applicable}" transform="translate(0,${y})">` +
        `<title>${esc(`${s.issuer}: đã đáp ứng ${words}`)}</title>` +
        `<text class="lbl" x="${CHART.labelWidth - 8}" y="13" text-anchor="end">${esc(shorten(s.issuer, 42))}</text>` +
        `<rect class="track" x="${CHART.labelWidth}" y="0" width="${CHART.barWidth}" height="${CHART.barHeight}" fill="#ffffff" stroke="#999999"/>` +
        `<rect class="seg" data-status="covered" x="${CHART.labelWidth}" y="0" width="${w.toFixed(1)}" height="${CHART.barHeight}" ` +
        `fill="${STATUS_COLOUR.covered}" stroke="${STATUS_EDGE.covered}"/>` +
        `<text class="words" x="${CHART.labelWidth + CHART.barWidth + 8}" y="13">${esc(words)}</text></g>`
      );
    })
    .join("");
  const empty =
    shares.length === 0
      ? `<text x="${CHART.labelWidth}" y="${CHART.top + 13}">Chưa có văn bản nào đối chiếu được với văn bản nguồn</text>`
      : "";
  return (
    `<svg id="chart-issuers" class="chart" role="img" aria-labelledby="chart-issuers-title" ` +
    `viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}">` +
    `<title id="chart-issuers-title">Tỷ lệ nhiệm vụ đã đáp ứng theo cơ quan ban hành (không tính nhiệm vụ không áp dụng)</title>` +
    groups +
    empty +
    `</svg>`
  );
}
