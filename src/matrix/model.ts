/**
 * The data of the coverage matrix, shared by its outputs (CSV, HTML, JSON, xlsx): one row per draft, one column per
 * directive item, and the changes since a previous report. Types and labels only.
 */

export type CellStatus = "covered" | "partial" | "missing" | "not-applicable";

export const STATUSES: readonly CellStatus[] = ["covered", "partial", "missing", "not-applicable"];

export interface MatrixColumn {
  item: string;
  title: string;
}

export interface MatrixCell {
  status: CellStatus;
  evidence: string;
}

export interface MatrixRow {
  file: string;
  issuer: string;
  /** The body named above the issuer in the header (the issuer's superior: "UBND TỈNH LÂM ĐỒNG" over "VĂN PHÒNG"). */
  superior?: string;
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
  cells: Record<string, MatrixCell>;
  /** Why the file could not be read. */
  error?: string;
}

export interface MatrixMeta {
  sourceTitle: string;
  /** The source's type name ("Kết luận", "Nghị quyết", "Chỉ thị"); "Kết luận" when not given. */
  sourceKind?: string;
  generatedAt: string;
}

export const STATUS_LABEL: Record<CellStatus, string> = {
  covered: "Đã đáp ứng",
  partial: "Một phần",
  missing: "Chưa có",
  "not-applicable": "Không áp dụng",
};

/** The fill of each status: the same colours in the HTML table, its charts and the workbook. */
export const STATUS_COLOUR: Record<CellStatus, string> = {
  covered: "#c8e6c9",
  partial: "#fff3c4",
  missing: "#ffcdd2",
  "not-applicable": "#e0e0e0",
};

/** A darker edge of the same hue, so a bar segment stands out on white paper and in grey print. */
export const STATUS_EDGE: Record<CellStatus, string> = {
  covered: "#2e7d32",
  partial: "#b28704",
  missing: "#c62828",
  "not-applicable": "#757575",
};

/** How far a draft answers an item: higher is better; `not-applicable` is outside the scale. */
export const STATUS_RANK: Record<CellStatus, number | undefined> = {
  missing: 0,
  partial: 1,
  covered: 2,
  "not-applicable": undefined,
};

/* ---------- period over period ---------- */

export type CellChange = "improved" | "worsened";

/** How a draft of this report was found in the previous one. */
export type MatchedBy = "file" | "number";

export interface RowChange {
  /** Absent from the previous report. */
  appeared: boolean;
  /** How it was matched to its previous row (absent when it appeared). */
  matchedBy?: MatchedBy;
  /** The previous row's file, when it was matched by number under another file name. */
  previousFile?: string;
  /** Item → change, only for the cells whose status moved up or down the scale. */
  cells: Record<string, { change: CellChange; previous: CellStatus }>;
}

export interface MatrixChanges {
  /** When the previous report was made (its own `generatedAt`). */
  previousGeneratedAt: string;
  /** One entry per row of the current report, same order. */
  rows: RowChange[];
  /** Drafts of the previous report that no current draft matches. */
  disappeared: { file: string; issuer: string; number: string }[];
  improved: number;
  worsened: number;
  /** Set when the previous report was made against another directive source. */
  previousSourceTitle?: string;
}
