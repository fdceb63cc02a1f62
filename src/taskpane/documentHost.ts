/**
 * What the task pane can do with "the document", in Word or in the browser page. The components only see this
 * interface: in Word it is backed by the Word adapter and the document's settings (./wordDocumentHost); in the
 * browser by the .docx the user chose and a download (./browserDocumentHost). Operations a host cannot do are absent
 * (the buttons are then not shown).
 */
import type { DocumentModel } from "../model/document";
import type { Fix } from "../model/fix";
import type { SettingsStore } from "../app/settings";
import type { FixReport } from "../word/adapter";

export interface DocumentHost {
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
