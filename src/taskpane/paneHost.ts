/**
 * What the task pane can do with "the document", in Word or in the browser page. The components only see this
 * interface: in Word it is backed by the Word adapter and the document's settings; in the browser by the .docx the
 * user chose and a download (the Word one is ./wordHost). Operations a host cannot do are absent (the buttons are
 * then not shown).
 */
import type { DocumentModel } from "../model/document";
import type { Fix } from "../model/fix";
import { MemorySettingsStore, type SettingsStore } from "../app/settings";
import type { FixReport } from "../word/adapter";

export interface PaneHost {
  kind: "word" | "browser";
  settings: SettingsStore;
  /** Word: a fresh snapshot of the open document. Absent in the browser (the user picks a file). */
  readDocument?: () => Promise<{ model: DocumentModel; notes: string[] }>;
  goTo?: (paragraph: number, excerpt?: string) => Promise<void>;
  applyFixes?: (fixes: Fix[], model: DocumentModel) => Promise<FixReport>;
  /** Insert a rendered clause (flat OPC): after `afterParagraph`, or at the cursor. */
  insertClause?: (flatOpc: string, afterParagraph?: number) => Promise<void>;
  /** Word: into the (empty) open document; browser: as a download. Returns what happened, for the UI. */
  deliverDraft: (docx: Uint8Array, fileName: string) => Promise<string>;
}

/** Offers bytes as a file download (the browser page). */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice().buffer], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function browserPaneHost(download: (bytes: Uint8Array, fileName: string) => void = downloadBytes): PaneHost {
  return {
    kind: "browser",
    settings: new MemorySettingsStore(),
    deliverDraft: async (docx, fileName) => {
      download(docx, fileName);
      return `Đã tạo tệp ${fileName} (xem thư mục tải về của trình duyệt).`;
    },
  };
}
