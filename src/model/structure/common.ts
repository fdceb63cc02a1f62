/** Shared patterns and helpers of layout recognition (text is matched NFC, tone-mark folded). */
import type { Paragraph } from "../document";
import { normalizeForMatch } from "../text";
import type { ColumnRef } from "./types";

export const PARTY_TITLE = normalizeForMatch("ĐẢNG CỘNG SẢN VIỆT NAM");
export const NATIONAL_TITLE = normalizeForMatch("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

/** How far into the document the header and title block may reach. */
export const HEADER_WINDOW = 40;

/** First paragraphs of the signature / recipients area when it is not laid out in a table. */
export const SIGNATURE_START = /^(nơi nhận\s*:|t\/m\b|tm\.|k\/t\b|kt\.|t\/l\b|tl\.|tuq\.|q\.\s)/i;

/** "<place>, ngày 15 tháng 9 năm 2023", also with blanks or dots for the day and month in a draft. */
export const PLACE_DATE = /ngày[\s.…_]*(\d{0,2})[\s.…_]*tháng[\s.…_]*(\d{0,2})[\s.…_]*năm[\s.…_]*(\d{0,4})/i;

/**
 * Signature prefixes of both profiles, correct or not ("T/M", "TM.", "T.M", "KT", "TUQ." ...), also typed without the
 * space before the title ("KT.TRƯỞNG PHÒNG", "T/M.BAN THƯỜNG VỤ").
 */
export const SIGNATURE_PREFIX =
  /^\s*(T\s*(?:[/.]\s*)?M|K\s*(?:[/.]\s*)?T|T\s*(?:[/.]\s*)?L|TUQ|Q)(\s*[./])?(?=\s|$|(?<=[./])\p{Lu})/u;

export function columnOf(p: Paragraph): ColumnRef | undefined {
  return p.cell === undefined || p.cell.depth !== 1
    ? undefined
    : { table: p.cell.table, column: p.cell.column, columnCount: p.cell.columnCount };
}

/** A straight line drawn as a shape (Insert → Shapes) anchored in this paragraph. */
export function hasDrawnLine(p: Paragraph): boolean {
  return p.drawings?.some((d) => d.kind === "line") === true;
}

export function isSeparatorLine(text: string): boolean {
  return /^\s*[-–—_*]{3,}\s*$/.test(text);
}
