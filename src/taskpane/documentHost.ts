/**
 * What the task pane can do with "the document", in Word or in the browser page. The components only see this
 * interface: in Word it is backed by the Word adapter and the document's settings (./wordDocumentHost); in the
 * browser by the .docx the user chose and a download (./browserDocumentHost). Operations a host cannot do are absent
 * (the buttons are then not shown).
 */
import type { DocumentModel } from "../model/document";
import type { Fix } from "../model/fix";
import type { SettingsStore } from "../app/settings";
import type { Decisions } from "../decisions";
import type { CommentReport, FixOptions, FixReport, RemovedComments } from "../word/adapter";

/** A comment to write in Word: the model paragraph and the text. */
export interface CommentRequest {
  paragraph: number;
  text: string;
}

export interface DocumentHost {
  kind: "word" | "browser";
  settings: SettingsStore;
  /**
   * Word: a fresh snapshot of the open document, and whether it tracks changes ("unknown" where Word cannot say).
   * Absent in the browser (the user picks a file).
   */
  readDocument?: () => Promise<{
    model: DocumentModel;
    notes: string[];
    changeTracking?: "on" | "off" | "unknown";
    /** Word (WordApi 1.4): the decisions stored in the document; absent where Word cannot show them. */
    decisions?: Decisions;
  }>;
  /**
   * Word (WordApi 1.4): store the drafter's decisions in the document (a custom XML part that `ketluan check`, `fix`
   * and `matrix` read). Absent elsewhere: Word without WordApi 1.4 keeps them in the pane's settings, the browser page
   * in its memory.
   */
  saveDecisions?: (decisions: Decisions) => Promise<void>;
  goTo?: (paragraph: number, excerpt?: string) => Promise<void>;
  applyFixes?: (fixes: Fix[], model: DocumentModel, options?: FixOptions) => Promise<FixReport>;
  /**
   * Word: whether the add-in can track its edits and write comments (WordApi 1.4). Without it, Sửa asks before it
   * edits directly and the comment buttons are not shown.
   */
  reviewSupported?: boolean;
  /** Word (WordApi 1.4): write comments on paragraphs. */
  insertComments?: (comments: CommentRequest[], model: DocumentModel) => Promise<CommentReport>;
  /** Word (WordApi 1.4): delete the comments the add-in wrote, and only those. */
  removeComments?: () => Promise<RemovedComments>;
  /** The browser page: offer bytes as a file download. */
  download?: (bytes: Uint8Array, fileName: string) => void;
  /** Insert a rendered clause (flat OPC): after `afterParagraph`, or at the cursor. */
  insertClause?: (flatOpc: string, afterParagraph?: number) => Promise<void>;
  /** Word: into the (empty) open document; browser: as a download. Returns what happened, for the UI. */
  deliverDraft: (docx: Uint8Array, fileName: string) => Promise<string>;
}
