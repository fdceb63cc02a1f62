/**
 * Attachments in the same file as the main document: a decision's QUY CHẾ or ĐIỀU LỆ "ban hành kèm theo Quyết định
 * số ...", a plan's or report's PHỤ LỤC (often a landscape task table). They follow the main document; a file may also
 * be an appendix alone. The main document's header, signature and recipient rules stop where the first one starts.
 */
import type { Paragraph } from "../document";
import { foldedMatchKey, isUpperCaseVietnamese } from "../text";
import type { AttachmentStructure } from "./types";

/** Titles an attachment opens with (upper case in the file), e.g. "PHỤ LỤC II", "QUY CHẾ", "ĐIỀU LỆ". */
const ATTACHMENT_TITLE =
  /^(phu luc|quy che|dieu le|quy dinh|danh sach|danh muc|bieu mau|mau|de an|chuong trinh|ke hoach|huong dan|phuong an|bang)\b/;
/** The line that ties it to the main document: "(Ban hành kèm theo Quyết định số ...)", "(Kèm theo Báo cáo ...)". */
const ATTACHED_TO = /k[eè]m\s+theo/i;

function isTitleLine(p: Paragraph): boolean {
  const text = p.text.trim();
  if (text === "" || text.length > 160) return false;
  // Cheap test first (this runs on every paragraph): a title starts with capitals, or is a centred "Phụ lục".
  if (!/^[PQĐDBMCKH]/iu.test(text)) return false; // the initials of ATTACHMENT_TITLE's words
  if (!/^\p{Lu}{2}/u.test(text.replace(/\s+/g, "")) && !(p.alignment === "center" && /^ph/iu.test(text))) return false;
  // Only the opening words decide: fold just those (this runs on every capitalised heading of the body).
  const key = foldedMatchKey(text.slice(0, 24));
  // "Phụ lục", "Phụ lục II" alone on a centred line is a title as much as "PHỤ LỤC" is.
  if (p.alignment === "center" && /^phu luc(\s+(so\s+)?[ivxlc\d]+[.:]?)?$/.test(key)) return true;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && isUpperCaseVietnamese(letters) && ATTACHMENT_TITLE.test(key);
}

/**
 * Where each attachment starts: an upper-case attachment title (PHỤ LỤC alone is enough; the others need a
 * "kèm theo" line within the next few paragraphs, so a plan's "KẾ HOẠCH" heading inside the body is not one).
 * `from` is the first paragraph that may belong to an attachment (after the main document's type name).
 */
export function findAttachments(paras: Paragraph[], from: number): AttachmentStructure[] {
  const starts: { start: number; title: string }[] = [];
  for (let i = Math.max(0, from); i < paras.length; i++) {
    const p = paras[i]!;
    if (p.cell !== undefined && p.cell.columnCount > 1) continue;
    if (!isTitleLine(p)) continue;
    const key = foldedMatchKey(p.text);
    const tiedBelow = paras.slice(i + 1, i + 6).some((q) => ATTACHED_TO.test(q.text) && q.text.trim().length < 300);
    if (!key.startsWith("phu luc") && !tiedBelow) continue;
    // "PHỤ LỤC" mentioned as a heading inside the body ("Phụ lục kèm theo") has no tie line and is not upper case;
    // a real appendix title is followed by its own subtitle or tie line, never by running text straight away.
    if (key.startsWith("phu luc") && !tiedBelow && !followedByTitleBlock(paras, i)) continue;
    starts.push({ start: i, title: p.text.trim() });
    // Skip the attachment's own title block before looking for the next attachment.
    i += 3;
  }
  return starts.map((s, k) => ({
    start: s.start,
    end: (starts[k + 1]?.start ?? paras.length) - 1,
    title: s.title,
  }));
}

function followedByTitleBlock(paras: Paragraph[], i: number): boolean {
  const next = paras.slice(i + 1, i + 4).find((q) => q.text.trim() !== "");
  return next !== undefined && (next.alignment === "center" || next.cell !== undefined);
}
