/**
 * What the rules need to know about a draft's layout before checking it: which profile (party/state) and type
 * (plan/report) it is, its date, where the title block ends and the body starts, where the signature area begins.
 * Recognition works on text (NFC, tone-mark folded), so "ỦY"/"UỶ" and "HÒA"/"HOÀ" are the same.
 */
import type { DocumentModel } from "../model/document";
import { normalizeForMatch } from "../model/text";
import type { ProfileId } from "./profiles";
import type { DocumentType } from "./types";
import { HEADER_WINDOW, NATIONAL_TITLE, PARTY_TITLE } from "./layout/common";
import { findBody } from "./layout/body";
import { findHeader } from "./layout/header";
import { findRecipients, findSignature } from "./layout/recipients";
import { findSummary } from "./layout/summary";
import type { DocumentStructure } from "./layout/types";

export type {
  ColumnRef,
  DocumentStructure,
  HeaderStructure,
  RecipientsStructure,
  SignatureStructure,
} from "./layout/types";
export { columnOf, isSeparatorLine, PLACE_DATE, SIGNATURE_PREFIX } from "./layout/common";

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

const DATE_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;

export function analyzeStructure(model: DocumentModel): DocumentStructure {
  const paras = model.paragraphs;
  const window = paras.slice(0, HEADER_WINDOW);
  let detectedProfile: ProfileId | undefined;
  for (const p of window) {
    const key = normalizeForMatch(p.text);
    if (key === PARTY_TITLE) {
      detectedProfile = "party";
      break;
    }
    if (key === NATIONAL_TITLE) {
      detectedProfile = "state";
      break;
    }
  }

  let typeNameParagraph: number | undefined;
  let documentType: DocumentType = "other";
  let typeName: string | undefined;
  for (const p of window) {
    if (p.cell !== undefined) continue;
    const hit = TYPE_BY_KEY.get(normalizeForMatch(p.text));
    if (hit !== undefined) {
      typeNameParagraph = p.index;
      documentType = hit.type;
      typeName = hit.name;
      break;
    }
  }

  let documentDate: string | undefined;
  for (const p of window) {
    const m = DATE_RE.exec(p.text);
    if (m === null) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
      documentDate = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      break;
    }
  }

  const bodyParagraphs = findBody(paras, typeNameParagraph);
  const { summaryParagraphs, summarySeparator } = findSummary(paras, typeNameParagraph);
  const recipients = findRecipients(paras, bodyParagraphs);
  return {
    detectedProfile,
    typeNameParagraph,
    documentType,
    typeName,
    documentDate,
    bodyParagraphs,
    header: findHeader(paras, typeNameParagraph),
    summaryParagraphs,
    summarySeparator,
    signature: findSignature(paras, bodyParagraphs, recipients),
    recipients,
  };
}
