/** The shapes of a recognised document layout (what rules read of a draft's structure). */
import type { DocumentType } from "../types";
import type { ProfileId } from "../profiles";

export interface DocumentStructure {
  /** Profile found in the header, or undefined when neither title is there. */
  detectedProfile: ProfileId | undefined;
  /** Paragraph holding the document's type name (KẾ HOẠCH, BÁO CÁO ...), if found. */
  typeNameParagraph: number | undefined;
  documentType: DocumentType;
  /** The type name as written (upper case), e.g. "KẾ HOẠCH". */
  typeName: string | undefined;
  /** Date of issue from "..., ngày 15 tháng 9 năm 2023", as ISO "2023-09-15". */
  documentDate: string | undefined;
  /** Paragraph indices of the body text: after the title block, before the signature and recipients area. */
  bodyParagraphs: number[];
  /** The header block (above the type name): titles, issuer, number, place and date. */
  header: HeaderStructure;
  /** Non-empty paragraphs of the trích yếu (summary) under the type name. */
  summaryParagraphs: number[];
  /** The "-----" line under the summary, if any. */
  summarySeparator: number | undefined;
  signature: SignatureStructure;
  recipients: RecipientsStructure;
  /**
   * Attachments in the same file after the main document (PHỤ LỤC, QUY CHẾ, ĐIỀU LỆ ... "ban hành kèm theo ..."):
   * each from its first paragraph to the paragraph before the next one (or the end). The main document ends before
   * the first; header, signature and recipient rules read only the main document.
   */
  attachments: AttachmentStructure[];
}

export interface AttachmentStructure {
  /** First paragraph of the attachment (its title, e.g. "PHỤ LỤC", "QUY CHẾ"). */
  start: number;
  /** Last paragraph (inclusive). */
  end: number;
  /** The title as written, e.g. "PHỤ LỤC I", "ĐIỀU LỆ". */
  title: string;
}

/** Where a paragraph sits in a two-column layout table: its table and column, or undefined outside tables. */
export interface ColumnRef {
  table: number;
  column: number;
  columnCount: number;
}

export interface HeaderStructure {
  /** Every paragraph of the header block, empty ones included. */
  paragraphs: number[];
  /** Table index of the header layout table, when the header is laid out in one. */
  table: number | undefined;
  partyTitle: number | undefined;
  nationalTitle: number | undefined;
  motto: number | undefined;
  /** Issuer lines, top to bottom: superior/managing body first, issuing body last. */
  issuer: number[];
  /** The "*" under a Party issuer. */
  star: number | undefined;
  /** A "-----" line under the issuer (State documents' short line). */
  issuerLine: number | undefined;
  /** A "-----" line under the party title or the motto. */
  titleLine: number | undefined;
  number: number | undefined;
  date: number | undefined;
  /** Columns of the issuer and of the titles, when in a table. */
  issuerColumn: ColumnRef | undefined;
  titleColumn: ColumnRef | undefined;
}

export interface SignatureStructure {
  /** Non-empty paragraphs of the signature block, top to bottom (prefix/authority, position, name). */
  paragraphs: number[];
  /** The paragraph starting with a signature prefix (T/M, K/T, TM., KT. ...), if any. */
  prefix: number | undefined;
  /** The signer's name: the last non-empty line, when it is not in capitals. */
  name: number | undefined;
  column: ColumnRef | undefined;
}

export interface RecipientsStructure {
  /** The "Nơi nhận:" paragraph. */
  label: number | undefined;
  /** Recipient lines, top to bottom ("- Thường trực Tỉnh ủy (b/c)," ... "- Lưu ..."). */
  lines: number[];
  column: ColumnRef | undefined;
}
