/**
 * The matrix as an Excel workbook (`ketluan matrix --format xlsx`), written with exceljs: sheet "Ma trận" (one row per
 * draft, statuses in words with their fill colour, the evidence as the cell's comment, the header row frozen and
 * filterable, columns as wide as their content), sheet "Tổng hợp" (counts per item) and, with a previous report,
 * sheet "Thay đổi" (drafts that appeared or disappeared, cells that moved). exceljs is loaded only when asked for.
 */
import type { Cell, Worksheet } from "exceljs";
import { changeMarker } from "./matrix";
import { issuerKind } from "./issuer-kind";
import { comparedRows, itemCounts } from "./charts";
import {
  STATUS_COLOUR,
  STATUS_LABEL,
  STATUSES,
  type CellStatus,
  type MatrixChanges,
  type MatrixColumn,
  type MatrixMeta,
  type MatrixRow,
} from "./model";

/** "#c8e6c9" → "FFC8E6C9" (exceljs's ARGB). */
const argb = (hex: string): string => "FF" + hex.replace("#", "").toUpperCase();

export const STATUS_ARGB: Record<CellStatus, string> = Object.fromEntries(
  STATUSES.map((s) => [s, argb(STATUS_COLOUR[s])]),
) as Record<CellStatus, string>;

const HEADER_ARGB = "FFEEEEEE";
const MARK = { improved: "▲", worsened: "▼" } as const;

function fill(cell: Cell, colour: string): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colour } };
}

function styleHeader(ws: Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.eachCell((c) => fill(c, HEADER_ARGB));
}

/** Each column as wide as its longest line (in characters), within [min, max]. */
function fitColumns(ws: Worksheet, min = 6, max = 60): void {
  ws.columns.forEach((col) => {
    let widest = min;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const text = cell.value === null || cell.value === undefined ? "" : String(cell.value);
      for (const line of text.split("\n")) widest = Math.max(widest, line.length + 2);
    });
    col.width = Math.min(max, widest);
  });
}

export async function toXlsx(
  rows: MatrixRow[],
  columns: MatrixColumn[],
  meta: MatrixMeta,
  changes?: MatrixChanges,
): Promise<Uint8Array> {
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.creator = "ketluan";
  wb.title = `Ma trận thực hiện: ${meta.sourceTitle}`;

  const ws = wb.addWorksheet("Ma trận", { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  const header = [
    "Tệp",
    "Cơ quan ban hành",
    "Loại cơ quan",
    "Số, ký hiệu",
    "Ngày",
    "Loại",
    "Lỗi",
    "Nhiệm vụ thiếu chủ trì, thời hạn",
    ...columns.map((c) => c.item),
    "Không đọc được",
    ...(changes === undefined ? [] : ["Thay đổi so với kỳ trước"]),
  ];
  ws.addRow(header);
  const firstItemColumn = 9;
  columns.forEach((c, i) => {
    ws.getRow(1).getCell(firstItemColumn + i).note = `${c.item} ${c.title}`;
  });
  rows.forEach((r, i) => {
    const change = changes?.rows[i];
    const row = ws.addRow([
      r.file,
      r.issuer,
      issuerKind(r.issuer, r.superior).label,
      r.number,
      r.date,
      r.type,
      r.error === undefined ? r.errors : null,
      r.taskGaps ?? null,
      ...columns.map((c) => {
        const cell = r.cells[c.item];
        if (cell === undefined) return null;
        const moved = change?.cells[c.item];
        return STATUS_LABEL[cell.status] + (moved === undefined ? "" : ` ${MARK[moved.change]}`);
      }),
      r.error ?? null,
      ...(changes === undefined ? [] : [change?.appeared === true ? "mới" : changeMarker(change, columns)]),
    ]);
    row.alignment = { vertical: "top" };
    columns.forEach((c, k) => {
      const cell = r.cells[c.item];
      if (cell === undefined) return;
      const xc = row.getCell(firstItemColumn + k);
      fill(xc, STATUS_ARGB[cell.status]);
      const moved = change?.cells[c.item];
      const note = [
        moved === undefined
          ? ""
          : `${moved.change === "improved" ? "Tiến bộ" : "Thụt lùi"} so với kỳ trước (kỳ trước: ${STATUS_LABEL[moved.previous]})`,
        cell.evidence,
      ]
        .filter((s) => s !== "")
        .join("\n");
      if (note !== "") xc.note = note;
    });
    if ((r.taskGaps ?? 0) > 0) fill(row.getCell(8), STATUS_ARGB.missing);
  });
  styleHeader(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  fitColumns(ws);
  for (let k = 0; k < columns.length; k++) ws.getColumn(firstItemColumn + k).width = 15;

  const compared = comparedRows(rows);
  const counts = itemCounts(compared, columns);
  const sum = wb.addWorksheet("Tổng hợp", { views: [{ state: "frozen", ySplit: 1 }] });
  sum.addRow(["Nhiệm vụ", "Nội dung", ...STATUSES.map((s) => STATUS_LABEL[s]), "Số văn bản có đối chiếu"]);
  columns.forEach((c, i) => {
    const n = counts[i]!;
    sum.addRow([c.item, c.title, ...STATUSES.map((s) => n[s]), compared.length]);
  });
  styleHeader(sum);
  STATUSES.forEach((s, k) => fill(sum.getRow(1).getCell(3 + k), STATUS_ARGB[s]));
  fitColumns(sum);

  if (changes !== undefined) {
    const ch = wb.addWorksheet("Thay đổi", { views: [{ state: "frozen", ySplit: 1 }] });
    ch.addRow(["Thay đổi", "Tệp", "Cơ quan ban hành", "Số, ký hiệu", "Nhiệm vụ", "Kỳ trước", "Kỳ này"]);
    rows.forEach((r, i) => {
      const c = changes.rows[i];
      if (c?.appeared === true) ch.addRow(["Văn bản mới", r.file, r.issuer, r.number]);
    });
    for (const d of changes.disappeared) ch.addRow(["Văn bản không còn", d.file, d.issuer, d.number]);
    rows.forEach((r, i) => {
      const c = changes.rows[i];
      if (c === undefined) return;
      for (const col of columns) {
        const m = c.cells[col.item];
        const now = r.cells[col.item];
        if (m === undefined || now === undefined) continue;
        const row = ch.addRow([
          m.change === "improved" ? "Tiến bộ ▲" : "Thụt lùi ▼",
          r.file,
          r.issuer,
          r.number,
          col.item,
          STATUS_LABEL[m.previous],
          STATUS_LABEL[now.status],
        ]);
        fill(row.getCell(6), STATUS_ARGB[m.previous]);
        fill(row.getCell(7), STATUS_ARGB[now.status]);
      }
    });
    styleHeader(ch);
    fitColumns(ch);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
