/**
 * The Word document host of the pane: the Word adapter and the document's settings. Loaded only inside Word
 * (index.tsx), so the browser page's first chunk does not carry it.
 */
import { isKetluanComment } from "../app/actions";
import { WordAdapter, officeWordApi } from "../word/adapter";
import { DocumentSettingsStore } from "../word/settings";
import type { DocumentHost } from "./documentHost";

export function wordDocumentHost(): DocumentHost {
  const adapter = new WordAdapter(officeWordApi());
  const review = adapter.reviewSupported;
  return {
    kind: "word",
    settings: new DocumentSettingsStore(Office.context.document.settings),
    readDocument: async () => {
      const snap = await adapter.snapshot();
      const notes: string[] = [];
      if (snap.pageSetupSource === "unknown") {
        notes.push("Word không cung cấp thông tin trang (khổ giấy, lề): các quy tắc về trang không kiểm tra được.");
      }
      if (snap.paragraphCountMismatch) {
        notes.push("Số đoạn Word báo khác số đoạn đọc được: «Đi tới» có thể chọn đoạn lân cận.");
      }
      if (snap.decisionsUnreadable) {
        notes.push(
          "Phần lưu quyết định (bỏ qua, không áp dụng) trong tài liệu bị hỏng: tạm coi như chưa có quyết định nào.",
        );
      }
      return {
        model: snap.model,
        notes,
        changeTracking: snap.changeTracking,
        ...(snap.decisions === undefined ? {} : { decisions: snap.decisions }),
      };
    },
    goTo: async (paragraph, excerpt) => {
      await adapter.goTo(paragraph, excerpt);
    },
    applyFixes: (fixes, model, options) => adapter.applyFixes(fixes, model, options),
    reviewSupported: review,
    ...(review
      ? {
          insertComments: (comments, model) => adapter.insertComments(comments, model),
          removeComments: () => adapter.removeComments(isKetluanComment),
          saveDecisions: (decisions) => adapter.writeDecisions(decisions),
        }
      : {}),
    insertClause: (flatOpc, afterParagraph) =>
      afterParagraph === undefined
        ? adapter.insertAtCursor(flatOpc)
        : adapter.insertAfterParagraph(afterParagraph, flatOpc),
    deliverDraft: async (docx) => {
      await adapter.insertDraft(docx);
      return "Đã tạo văn bản trong tài liệu.";
    },
  };
}
