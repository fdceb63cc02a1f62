/**
 * The browser page's document host: the document is a .docx the user chooses (the Kiểm tra tab's file picker), a
 * draft is a download, and the settings last for the session.
 */
import { MemorySettingsStore } from "../app/settings";
import type { DocumentHost } from "./documentHost";

/** Offers bytes as a file download. */
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

export function browserDocumentHost(
  download: (bytes: Uint8Array, fileName: string) => void = downloadBytes,
): DocumentHost {
  return {
    kind: "browser",
    settings: new MemorySettingsStore(),
    deliverDraft: async (docx, fileName) => {
      download(docx, fileName);
      return `Đã tạo tệp ${fileName} (xem thư mục tải về của trình duyệt).`;
    },
    download,
  };
}
