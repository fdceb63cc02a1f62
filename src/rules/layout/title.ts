/** The profile (from the top title) and the type name (KẾ HOẠCH, BÁO CÁO ...) of a draft. */
import type { Paragraph } from "../../model/document";
import { normalizeForMatch } from "../../model/text";
import type { ProfileId } from "../profiles";
import type { DocumentType } from "../types";
import { NATIONAL_TITLE, PARTY_TITLE } from "./common";

/** Type names of Party and State documents; the first two decide plan/report. */
const TYPE_NAMES: [string, DocumentType][] = [
  ["KẾ HOẠCH", "plan"],
  ["BÁO CÁO", "report"],
  ["CHƯƠNG TRÌNH", "other"],
  ["NGHỊ QUYẾT", "other"],
  ["KẾT LUẬN", "other"],
  ["QUYẾT ĐỊNH", "other"],
  ["CHỈ THỊ", "other"],
  ["THÔNG BÁO", "other"],
  ["HƯỚNG DẪN", "other"],
  ["QUY ĐỊNH", "other"],
  ["TỜ TRÌNH", "other"],
  ["CÔNG VĂN", "other"],
  ["ĐỀ ÁN", "other"],
  ["PHƯƠNG ÁN", "other"],
];
const TYPE_BY_KEY = new Map(TYPE_NAMES.map(([name, type]) => [normalizeForMatch(name), { name, type }]));

/** "ĐẢNG CỘNG SẢN VIỆT NAM" → party, the national title → state; undefined when neither is in the header window. */
export function detectProfile(window: Paragraph[]): ProfileId | undefined {
  for (const p of window) {
    const key = normalizeForMatch(p.text);
    if (key === PARTY_TITLE) return "party";
    if (key === NATIONAL_TITLE) return "state";
  }
  return undefined;
}

export function findTypeName(window: Paragraph[]): {
  typeNameParagraph: number | undefined;
  documentType: DocumentType;
  typeName: string | undefined;
} {
  for (const p of window) {
    if (p.cell !== undefined) continue;
    const hit = TYPE_BY_KEY.get(normalizeForMatch(p.text));
    if (hit !== undefined) return { typeNameParagraph: p.index, documentType: hit.type, typeName: hit.name };
  }
  return { typeNameParagraph: undefined, documentType: "other", typeName: undefined };
}
