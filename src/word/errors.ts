/**
 * Every failure of a Word call becomes a readable Vietnamese message for the task pane (with Word's own code and
 * message kept for a support request): nothing fails silently.
 */

/** Office.js error codes (OfficeExtension.Error.code / Word.ErrorCodes) → what the drafter can do about it. */
const CODE_MESSAGES: Record<string, string> = {
  AccessDenied: "Word không cho phép thao tác này (tài liệu đang được bảo vệ hoặc chỉ đọc).",
  ActivityLimitReached: "Word đang bận hoặc đã đạt giới hạn thao tác; hãy thử lại sau giây lát.",
  ApiNotFound: "Phiên bản Word này không hỗ trợ chức năng cần dùng; hãy cập nhật Office.",
  NotImplemented: "Phiên bản Word này chưa có chức năng cần dùng; hãy cập nhật Office.",
  GeneralException: "Word báo lỗi khi thực hiện thao tác.",
  InvalidArgument: "Word không chấp nhận dữ liệu được gửi tới (tham số không hợp lệ).",
  InvalidRequest: "Word không thực hiện được yêu cầu trong trạng thái hiện tại của tài liệu.",
  ItemNotFound: "Không còn tìm thấy vị trí này trong tài liệu (tài liệu đã thay đổi?); hãy kiểm tra lại.",
  RequestPayloadSizeLimitExceeded: "Tài liệu quá lớn để Word gửi cho phần bổ trợ trong một lần.",
  ResponsePayloadSizeLimitExceeded: "Tài liệu quá lớn để Word gửi cho phần bổ trợ trong một lần.",
  SearchStringInvalidOrTooLong: "Đoạn trích quá dài để tìm trong Word.",
  InsertOoxmlFailed: "Word không chèn được nội dung mẫu.",
  EditModeNotAllowed: "Tài liệu đang ở chế độ chỉ đọc; hãy bật chế độ chỉnh sửa.",
};

/** Turns anything thrown by Office.js (or by our own adapter) into a message for the UI. */
export function wordErrorMessage(error: unknown, action?: string): string {
  const prefix = action ? `${action}: ` : "";
  const e = error as { code?: unknown; message?: unknown; name?: unknown } | null | undefined;
  const code = e && typeof e.code === "string" ? e.code : undefined;
  // an object without a message (an Office.js error with its code alone) says nothing more; "[object Object]" is noise
  const raw =
    typeof e?.message === "string"
      ? e.message
      : typeof error === "string" || typeof error === "number"
        ? String(error)
        : "";
  const known = code !== undefined ? CODE_MESSAGES[code] : undefined;
  if (known !== undefined) return `${prefix}${known}${raw ? ` (Word: ${code} – ${raw})` : ` (Word: ${code})`}`;
  if (code !== undefined) return `${prefix}Word báo lỗi ${code}${raw ? `: ${raw}` : ""}.`;
  return `${prefix}${raw || "Lỗi không rõ nguyên nhân khi làm việc với Word."}`;
}

/** A failure detected by the adapter itself (not by Word), already worded for the drafter. */
export class WordAdapterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WordAdapterError";
  }
}
