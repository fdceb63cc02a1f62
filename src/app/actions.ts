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

/** How a fix pass's edits were made in Word (see src/word/adapter.ts, FixTracking). */
export type FixTrackingOutcome = "tracked" | "turnedOn" | "direct" | "unknown";

const TRACKING_SENTENCE: Record<FixTrackingOutcome, string> = {
  tracked: " Các chỗ sửa được ghi bằng Theo dõi thay đổi: xem, chấp nhận hoặc từ chối ở thẻ Xem lại (Review).",
  turnedOn:
    " Đã bật Theo dõi thay đổi cho tài liệu (và để bật), nên các chỗ sửa hiện trong thẻ Xem lại (Review) để chấp nhận" +
    " hoặc từ chối; muốn tắt: Xem lại › Theo dõi thay đổi.",
  direct: "",
  unknown: "",
};

/** How many edits were applied, and the distinct reasons of those that were not; whether they are tracked changes. */
export function fixReportMessage(report: {
  applied: number;
  skipped: readonly { reason: string }[];
  tracking?: FixTrackingOutcome;
}): ActionMessage {
  const reasons = report.skipped.map((s) => s.reason);
  const tracking = report.applied > 0 && report.tracking !== undefined ? TRACKING_SENTENCE[report.tracking] : "";
  return {
    intent: reasons.length > 0 ? "warning" : "success",
    text:
      `Đã sửa ${report.applied} chỗ.` +
      (reasons.length > 0 ? ` Không sửa được ${reasons.length} chỗ: ${[...new Set(reasons)].join("; ")}.` : "") +
      tracking,
  };
}

/**
 * Asked before a fix where Word cannot track the add-in's edits (no WordApi 1.4) while the drafter wants them
 * tracked: the edits would go straight into the document.
 */
export const UNTRACKED_FIX_QUESTION =
  "Phiên bản Word này không cho phần bổ trợ bật Theo dõi thay đổi (cần WordApi 1.4): các chỗ sửa sẽ ghi thẳng vào " +
  "tài liệu (vẫn hoàn tác được bằng Ctrl+Z; nếu bạn đã tự bật Xem lại › Theo dõi thay đổi thì Word vẫn ghi lại). " +
  "Vẫn sửa?";

// ---- comments ----

/**
 * Whether a comment is one the add-in wrote (in Word or in `ketluan check --annotate`'s copy): its text starts with
 * the severity and the rule ("Lỗi (font/size): …", "Cảnh báo (…): …", "Lưu ý (…): …") or is the checklist
 * ("Đối chiếu nhiệm vụ của Kết luận: …"). A comment a person wrote does not start so.
 */
export function isKetluanComment(content: string): boolean {
  const t = content.normalize("NFC").trimStart();
  return (
    /^(Lỗi|Cảnh báo|Lưu ý) \([a-z0-9-]+(\/[a-z0-9-]+)+\): /u.test(t) || /^Đối chiếu nhiệm vụ của [^:\n\r]+: /u.test(t)
  );
}

/** The outcome of «Ghi nhận xét» / «Ghi nhận xét tất cả». */
export function commentReportMessage(report: {
  added: number;
  existing: number;
  skipped: readonly { reason: string }[];
}): ActionMessage {
  const reasons = report.skipped.map((s) => s.reason);
  const parts = [
    report.added > 0 ? `Đã ghi ${report.added} nhận xét vào tài liệu (thẻ Xem lại › Hiện nhận xét).` : "",
    report.existing > 0 ? `${report.existing} nhận xét đã có sẵn trong tài liệu, không ghi lại.` : "",
    reasons.length > 0 ? `Không ghi được ${reasons.length} nhận xét: ${[...new Set(reasons)].join("; ")}.` : "",
  ].filter((s) => s !== "");
  return {
    intent: reasons.length > 0 ? "warning" : "success",
    text: parts.length > 0 ? parts.join(" ") : "Không có nhận xét nào để ghi.",
  };
}

/** The outcome of «Xóa nhận xét của ketluan». */
export function removedCommentsMessage(report: { removed: number; kept: number }): ActionMessage {
  const kept = report.kept > 0 ? ` Giữ nguyên ${report.kept} nhận xét khác.` : "";
  return {
    intent: "success",
    text:
      (report.removed > 0
        ? `Đã xóa ${report.removed} nhận xét của ketluan.`
        : "Tài liệu không có nhận xét nào của ketluan.") + kept,
  };
}

/** The browser page: outside Word, the annotated copy stands in for tracked fixes and comments. */
export const REVIEW_NEEDS_WORD =
  "Sửa có theo dõi thay đổi và ghi nhận xét vào văn bản cần Word (mở tài liệu trong Word có phần bổ trợ ketluan). " +
  "Ở đây bạn có thể tải một bản sao của tệp có các phát hiện dưới dạng nhận xét Word, như ketluan check --annotate.";

/** The annotated copy's file name: "ke-hoach.docx" → "ke-hoach-nhan-xet.docx". */
export function annotatedFileName(fileName: string | undefined): string {
  const base = (fileName ?? "van-ban").replace(/\.(docx|xml)$/iu, "");
  return `${base}-nhan-xet.docx`;
}

export function annotatedCopyMessage(fileName: string, comments: number): ActionMessage {
  return comments === 0
    ? { intent: "success", text: "Không có phát hiện nào để ghi thành nhận xét: không tạo bản sao." }
    : {
        intent: "success",
        text: `Đã tạo ${fileName} với ${comments} nhận xét (xem thư mục tải về của trình duyệt).`,
      };
}
