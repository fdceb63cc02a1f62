/**
 * The review loop's texts, shared by Word and the browser page: the comments «Ghi nhận xét» writes in Word are the
 * ones `ketluan check --annotate` writes in its copy (src/annotate/plan.ts: same grouping, same paragraph, same
 * words), one line of the annotated comment a line of Word's. Pure; loaded with the checker (./checkCore).
 */
import type { CheckResult } from "../check";
import type { DocumentModel } from "../model/document";
import type { DirectiveSource } from "../directives/types";
import { sourceNames } from "../rules/coverage/missing";
import type { Finding } from "../rules/types";
import { planComments, type PlannedComment } from "../annotate/plan";

/** A comment for Word: the model paragraph it goes on, and its plain text (one line per line of the annotated one). */
export interface PaneComment {
  paragraph: number;
  text: string;
}

const textOf = (c: PlannedComment): string => c.lines.map((l) => `${l.lead ?? ""}${l.text}`).join("\n");

/** The directive source's type name as the coverage comment says it ("Kết luận", "Nghị quyết"). */
export function sourceDocumentName(source: DirectiveSource): string {
  return sourceNames(source).document;
}

/** «Ghi nhận xét tất cả»: every comment of the annotated copy, for the check shown in the pane. */
export function commentsForResult(result: CheckResult, model: DocumentModel, source: DirectiveSource): PaneComment[] {
  return planComments(result, model, { sourceDocument: sourceDocumentName(source) }).map((c) => ({
    paragraph: c.paragraph,
    text: textOf(c),
  }));
}

/** «Ghi nhận xét» on one finding: its comment as the annotated copy words a finding alone (document-wide: the title). */
export function commentForFinding(finding: Finding, result: CheckResult, model: DocumentModel): PaneComment[] {
  return planComments({ ...result, findings: [finding], coverage: [] }, model).map((c) => ({
    paragraph: c.paragraph,
    text: textOf(c),
  }));
}
