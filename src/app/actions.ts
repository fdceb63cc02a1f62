/**
 * What the pane's actions on the document mean and how their outcome is told: the standard section for a missing
 * directive item, and the report of a fix pass.
 */
import type { DocumentType } from "../model/vocabulary";
import { itemClauseId } from "../templates/clauses";
import type { Particulars } from "../templates/particulars";

/** The outcome of an action, as the pane shows it. */
export interface ActionMessage {
  intent: "success" | "error" | "warning";
  text: string;
}

/**
 * The clause to insert for a missing directive item: a report's when the check read the document as a report,
 * otherwise the type the drafter chose in Soạn thảo.
 */
export function itemClause(
  item: string,
  particulars: Particulars,
  checkedType: DocumentType | undefined,
): { id: string; particulars: Particulars } {
  const type = checkedType === "report" ? "report" : particulars.type;
  return { id: itemClauseId(type, item), particulars: { ...particulars, type } };
}

export function itemInsertedMessage(item: string): ActionMessage {
  return { intent: "success", text: `Đã chèn đoạn mẫu cho mục ${item}.` };
}

/** How many edits were applied, and the distinct reasons of those that were not. */
export function fixReportMessage(report: { applied: number; skipped: readonly { reason: string }[] }): ActionMessage {
  const reasons = report.skipped.map((s) => s.reason);
  return {
    intent: reasons.length > 0 ? "warning" : "success",
    text:
      `Đã sửa ${report.applied} chỗ.` +
      (reasons.length > 0 ? ` Không sửa được ${reasons.length} chỗ: ${[...new Set(reasons)].join("; ")}.` : ""),
  };
}
