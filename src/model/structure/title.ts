/** The profile (from the top title) and the type name (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH ...) of a draft. */
import type { Paragraph } from "../document";
import { isUpperCaseVietnamese, normalizeForMatch } from "../text";
import type { DocumentType, ProfileId } from "../vocabulary";
import { findStandalone, NATIONAL_TITLE_KEY, PARTY_TITLE_KEY } from "./header";
import type { TextPart } from "./types";

/**
 * Type names: every one of NĐ 30/2020/NĐ-CP, Phụ lục III (administrative documents), the legal documents' NGHỊ ĐỊNH
 * and THÔNG TƯ, the Party's KẾT LUẬN and THÔNG TRI, and forms offices use with a type name of their own (PHIẾU TRÌNH,
 * an association's ĐIỀU LỆ approved by a decision). Only KẾ HOẠCH and BÁO CÁO decide plan / report.
 */
const TYPE_NAMES: [string, DocumentType][] = [
  ["KẾ HOẠCH", "plan"],
  ["BÁO CÁO", "report"],
  ["NGHỊ QUYẾT", "other"],
  ["QUYẾT ĐỊNH", "other"],
  ["CHỈ THỊ", "other"],
  ["QUY CHẾ", "other"],
  ["QUY ĐỊNH", "other"],
  ["THÔNG CÁO", "other"],
  ["THÔNG BÁO", "other"],
  ["HƯỚNG DẪN", "other"],
  ["CHƯƠNG TRÌNH", "other"],
  ["PHƯƠNG ÁN", "other"],
  ["ĐỀ ÁN", "other"],
  ["DỰ ÁN", "other"],
  ["BIÊN BẢN", "other"],
  ["TỜ TRÌNH", "other"],
  ["HỢP ĐỒNG", "other"],
  ["CÔNG ĐIỆN", "other"],
  ["BẢN GHI NHỚ", "other"],
  ["BẢN THỎA THUẬN", "other"],
  ["GIẤY ỦY QUYỀN", "other"],
  ["GIẤY MỜI", "other"],
  ["GIẤY GIỚI THIỆU", "other"],
  ["GIẤY NGHỈ PHÉP", "other"],
  ["PHIẾU GỬI", "other"],
  ["PHIẾU CHUYỂN", "other"],
  ["PHIẾU BÁO", "other"],
  ["THƯ CÔNG", "other"],
  ["NGHỊ ĐỊNH", "other"],
  ["THÔNG TƯ", "other"],
  ["KẾT LUẬN", "other"],
  ["THÔNG TRI", "other"],
  ["CÔNG VĂN", "other"],
  ["PHIẾU TRÌNH", "other"],
  ["ĐIỀU LỆ", "other"],
];
/** Longest first, so "THÔNG BÁO" is not read as a shorter name. */
const TYPES = TYPE_NAMES.map(([name, type]) => ({ name, type, key: normalizeForMatch(name) })).sort(
  (a, b) => b.key.length - a.key.length,
);

/** Where the title block is over: the addressees, the preamble, the body's first heading or article. */
const TITLE_BLOCK_ENDS = /^\s*(?:kính\s+(?:gửi|trình|thưa)\b|căn\s+cứ\b|(?:I|1)\.\s|điều\s+1\b|chương\s+I\b)/iu;

/**
 * "ĐẢNG CỘNG SẢN VIỆT NAM" → party, the national title → state, whichever comes first; undefined when neither stands
 * on its own line (or its own side of a tab-split line, or in a text box) in the header window.
 */
export function detectProfile(window: Paragraph[]): ProfileId | undefined {
  const keys = [PARTY_TITLE_KEY, NATIONAL_TITLE_KEY];
  for (const p of window) {
    const texts = [p.text, ...(p.drawings ?? []).filter((d) => d.kind === "textbox").map((d) => d.text)];
    for (const text of texts) {
      let at = 0;
      for (const line of text.split("\n")) {
        const hit = findStandalone(text, at, at + line.length, keys);
        if (hit !== undefined) return hit.key === PARTY_TITLE_KEY ? "party" : "state";
        at += line.length + 1;
      }
    }
  }
  return undefined;
}

/** A type name at the start of the paragraph's first line: the whole line, or in capitals followed by more words. */
function typeAt(p: Paragraph): { name: string; type: DocumentType; part: TextPart } | undefined {
  const line = p.text.split("\n")[0]!;
  const start = line.search(/\S/);
  if (start < 0) return undefined;
  const key = normalizeForMatch(line);
  for (const t of TYPES) {
    if (key !== t.key && !key.startsWith(t.key + " ")) continue;
    // The name as written: as many words as the name has.
    const words = t.name.split(" ").length;
    const re = /\S+/g;
    re.lastIndex = start;
    let end = start;
    for (let w = 0; w < words; w++) {
      const m = re.exec(line);
      if (m === null) break;
      end = m.index + m[0].length;
    }
    const written = line.slice(start, end);
    // Followed by more words, the name must be written in capitals (or shown so): "QUYẾT ĐỊNH Về việc ...",
    // "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC"; a sentence starting "Kế hoạch ..." is not a title.
    if (key !== t.key && !isUpperCaseVietnamese(written) && !p.runs.some((r) => r.caps)) continue;
    return { name: t.name, type: t.type, part: { paragraph: p.index, start, end } };
  }
  return undefined;
}

export function findTypeName(window: Paragraph[]): {
  typeNameParagraph: number | undefined;
  documentType: DocumentType;
  typeName: string | undefined;
} {
  for (const p of window) {
    // Header tables have two columns or more; a one-cell table is a frame some offices put around the title.
    if (p.cell !== undefined && (p.cell.columnCount > 1 || p.cell.depth > 1)) continue;
    if (TITLE_BLOCK_ENDS.test(p.text) || (p.cell === undefined && p.text.length > 200)) break;
    const hit = typeAt(p);
    if (hit !== undefined) return { typeNameParagraph: p.index, documentType: hit.type, typeName: hit.name };
  }
  return { typeNameParagraph: undefined, documentType: "other", typeName: undefined };
}

/** The type name's own characters in its paragraph (a line may go on: "QUYẾT ĐỊNH Về việc ..."). */
export function typeNamePart(p: Paragraph): TextPart {
  return typeAt(p)?.part ?? { paragraph: p.index, start: 0, end: p.text.length };
}
