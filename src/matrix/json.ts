/**
 * The matrix as JSON (`ketluan matrix --format json`, written by default): the data of every other output, and what a
 * later run reads back with `--previous` to mark what changed. Also the comparison of two reports.
 *
 * Drafts are matched across runs by their file (the path under the folder given, as in the CSV), then, for the files
 * left over on both sides, by issuer and document number together when the number is complete (a renamed file of an
 * issued document); a draft before signing has no number and is matched by its file only.
 */
import { normalizeForMatch } from "../model/text";
import { issuerKind } from "./issuer-kind";
import {
  STATUS_RANK,
  STATUSES,
  type CellStatus,
  type MatrixChanges,
  type MatrixColumn,
  type MatrixRow,
  type RowChange,
} from "./model";

export const MATRIX_JSON_FORMAT = "ketluan-matrix";
export const MATRIX_JSON_VERSION = 1;

export interface MatrixJsonRow extends MatrixRow {
  /** The issuer's kind (issuer-kinds.json id: "huyen-uy", "dang-uy", "so", "ubnd", "khac"). */
  issuerKind: string;
  /** This row's changes since the previous report, when there was one. */
  change?: RowChange;
}

export interface MatrixJson {
  format: typeof MATRIX_JSON_FORMAT;
  version: number;
  /** ISO 8601. */
  generatedAt: string;
  source: { title: string; items: MatrixColumn[] };
  rows: MatrixJsonRow[];
  /** Since the previous report (`--previous`). */
  previous?: Omit<MatrixChanges, "rows">;
}

export function toJson(
  rows: MatrixRow[],
  columns: MatrixColumn[],
  meta: { sourceTitle: string; generatedAt: Date },
  changes?: MatrixChanges,
): string {
  const doc: MatrixJson = {
    format: MATRIX_JSON_FORMAT,
    version: MATRIX_JSON_VERSION,
    generatedAt: meta.generatedAt.toISOString(),
    source: { title: meta.sourceTitle, items: columns },
    rows: rows.map((r, i) => {
      const change = changes?.rows[i];
      return {
        ...r,
        issuerKind: issuerKind(r.issuer, r.superior).id,
        ...(change === undefined ? {} : { change }),
      };
    }),
  };
  if (changes !== undefined) {
    const { rows: _rows, ...rest } = changes;
    doc.previous = rest;
  }
  return JSON.stringify(doc, null, 2) + "\n";
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Reads a report written by {@link toJson}; throws an Error saying, in Vietnamese and English, what is wrong. */
export function parseMatrixJson(text: string): MatrixJson {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("không phải JSON / not JSON");
  }
  if (!isRecord(data) || data["format"] !== MATRIX_JSON_FORMAT || !Array.isArray(data["rows"])) {
    throw new Error(
      `không phải ma trận do ketluan matrix ghi ("format": "${MATRIX_JSON_FORMAT}") / not a matrix report`,
    );
  }
  if (typeof data["version"] !== "number" || data["version"] > MATRIX_JSON_VERSION) {
    throw new Error(`phiên bản ${String(data["version"])} chưa hỗ trợ / unsupported version`);
  }
  const source = isRecord(data["source"]) ? data["source"] : {};
  const items = Array.isArray(source["items"]) ? source["items"] : [];
  const rows = (data["rows"] as unknown[]).filter(isRecord).map((r): MatrixJsonRow => {
    const cells: MatrixRow["cells"] = {};
    if (isRecord(r["cells"])) {
      for (const [item, c] of Object.entries(r["cells"])) {
        if (isRecord(c) && STATUSES.includes(c["status"] as CellStatus)) {
          cells[item] = { status: c["status"] as CellStatus, evidence: str(c["evidence"]) };
        }
      }
    }
    return {
      file: str(r["file"]),
      issuer: str(r["issuer"]),
      number: str(r["number"]),
      date: str(r["date"]),
      type: str(r["type"]),
      errors: typeof r["errors"] === "number" ? r["errors"] : 0,
      warnings: typeof r["warnings"] === "number" ? r["warnings"] : 0,
      issuerKind: str(r["issuerKind"]),
      ...(typeof r["superior"] === "string" ? { superior: r["superior"] } : {}),
      ...(typeof r["taskGaps"] === "number" ? { taskGaps: r["taskGaps"] } : {}),
      cells,
      ...(typeof r["error"] === "string" ? { error: r["error"] } : {}),
    };
  });
  return {
    format: MATRIX_JSON_FORMAT,
    version: data["version"],
    generatedAt: str(data["generatedAt"]),
    source: {
      title: str(source["title"]),
      items: items.filter(isRecord).map((i) => ({ item: str(i["item"]), title: str(i["title"]) })),
    },
    rows,
  };
}

/** Issuer and number of an issued document ("85-KH/HU": digits before the symbol); undefined for a blank number. */
function numberKey(r: MatrixRow): string | undefined {
  const n = normalizeForMatch(r.number);
  if (!/^\d+[a-zđ]?\s*[-/]/.test(n)) return undefined;
  return `${normalizeForMatch(r.issuer)}|${n.replace(/\s+/g, "")}`;
}

/** Keys that occur once in the list, with their position. */
function uniqueKeys(rows: MatrixRow[], indices: number[]): Map<string, number> {
  const seen = new Map<string, number>();
  const dup = new Set<string>();
  for (const i of indices) {
    const k = numberKey(rows[i]!);
    if (k === undefined) continue;
    if (seen.has(k)) dup.add(k);
    seen.set(k, i);
  }
  for (const k of dup) seen.delete(k);
  return seen;
}

/**
 * What changed since the previous report: each current row matched to a previous one (by file, then by issuer and
 * number), each of its cells that moved up or down the scale missing < partial < covered (a cell that is or was
 * not applicable, or absent in one of the two, is not compared), and the previous drafts left unmatched.
 */
export function compareWithPrevious(
  rows: MatrixRow[],
  columns: MatrixColumn[],
  previous: MatrixJson,
  sourceTitle: string,
): MatrixChanges {
  const prev = previous.rows;
  const match: (number | undefined)[] = new Array(rows.length).fill(undefined);
  const how: ("file" | "number" | undefined)[] = new Array(rows.length).fill(undefined);
  const used = new Set<number>();
  const byFile = new Map<string, number>();
  prev.forEach((p, j) => {
    if (!byFile.has(p.file)) byFile.set(p.file, j);
  });
  rows.forEach((r, i) => {
    const j = byFile.get(r.file);
    if (j !== undefined && !used.has(j)) {
      match[i] = j;
      how[i] = "file";
      used.add(j);
    }
  });
  const restNow = rows.map((_, i) => i).filter((i) => match[i] === undefined);
  const restPrev = prev.map((_, j) => j).filter((j) => !used.has(j));
  const prevKeys = uniqueKeys(prev, restPrev);
  const nowKeys = uniqueKeys(rows, restNow);
  for (const [k, i] of nowKeys) {
    const j = prevKeys.get(k);
    if (j === undefined) continue;
    match[i] = j;
    how[i] = "number";
    used.add(j);
  }
  let improved = 0;
  let worsened = 0;
  const changeRows = rows.map((r, i): RowChange => {
    const j = match[i];
    if (j === undefined) return { appeared: true, cells: {} };
    const p = prev[j]!;
    const cells: RowChange["cells"] = {};
    for (const c of columns) {
      const now = r.cells[c.item]?.status;
      const before = p.cells[c.item]?.status;
      if (now === undefined || before === undefined) continue;
      const a = STATUS_RANK[now];
      const b = STATUS_RANK[before];
      if (a === undefined || b === undefined || a === b) continue;
      const change = a > b ? "improved" : "worsened";
      if (change === "improved") improved++;
      else worsened++;
      cells[c.item] = { change, previous: before };
    }
    return {
      appeared: false,
      matchedBy: how[i]!,
      ...(how[i] === "number" ? { previousFile: p.file } : {}),
      cells,
    };
  });
  return {
    previousGeneratedAt: previous.generatedAt,
    rows: changeRows,
    disappeared: prev.filter((_, j) => !used.has(j)).map((p) => ({ file: p.file, issuer: p.issuer, number: p.number })),
    improved,
    worsened,
    ...(previous.source.title !== "" && previous.source.title !== sourceTitle
      ? { previousSourceTitle: previous.source.title }
      : {}),
  };
}
