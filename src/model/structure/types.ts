/** The shapes of a recognised document layout (what rules read of a draft's structure). */
import type { DocumentType, ProfileId } from "../vocabulary";

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
  /** How the line under the trích yếu is made: typed "-----", a drawn shape, or a paragraph border; undefined: none. */
  summaryLine: "separator" | "drawn" | "border" | undefined;
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
  /**
   * Each element's own text, for layouts where one paragraph holds several (a tab-split line "UBND TỈNH\tCỘNG HÒA ...",
   * an issuer wrapped with a line break, the national title and the motto in one cell paragraph) or where it sits in
   * a text box. Rules measure an element's format by the runs of its part only.
   */
  parts?: HeaderParts;
  /** How the line under the issuer / under the party title or the motto is made; undefined: none found. */
  issuerLineKind?: LineKind;
  titleLineKind?: LineKind;
  /** A công văn's "V/v ..." line (its trích yếu, in place of a type name), when there is one. */
  letterSubject?: number;
  /** The type name is followed by "(Kèm theo Quyết định số ...)": a text issued with another, without its own number. */
  attachedTo?: number;
}

/** A drawn shape, a paragraph border, a typed "-----" paragraph, or underlined text. */
export type LineKind = "drawn" | "border" | "separator" | "underline";

/** Characters [start, end) of a paragraph's text, or of the text of its text box `textBox` (index in `drawings`). */
export interface TextPart {
  paragraph: number;
  start: number;
  end: number;
  textBox?: number;
}

export interface HeaderParts {
  partyTitle?: TextPart;
  nationalTitle?: TextPart;
  motto?: TextPart;
  number?: TextPart;
  date?: TextPart;
  /** One per issuer line (lines broken with w:br count one each), top to bottom. */
  issuer: TextPart[];
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
