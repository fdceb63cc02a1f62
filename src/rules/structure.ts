/**
 * What the rules need to know about a draft's layout before checking it: which profile (party/state) and type
 * (plan/report) it is, its date, where the title block ends and the body starts, where the signature area begins.
 * Recognition works on text (NFC, tone-mark folded), so "ỦY"/"UỶ" and "HÒA"/"HOÀ" are the same.
 */
import type { DocumentModel, Paragraph } from "../model/document";
import { normalizeForMatch } from "../model/text";
import type { ProfileId } from "./profiles";
import type { DocumentType } from "./types";

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
}

const PARTY_TITLE = normalizeForMatch("ĐẢNG CỘNG SẢN VIỆT NAM");
const NATIONAL_TITLE = normalizeForMatch("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");

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

/** How far into the document the header and title block may reach. */
const HEADER_WINDOW = 40;

const DATE_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;
/** First paragraphs of the signature / recipients area when it is not laid out in a table. */
const SIGNATURE_START = /^(nơi nhận\s*:|t\/m\b|tm\.|k\/t\b|kt\.|t\/l\b|tl\.|tuq\.|q\.\s)/i;

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

  return {
    detectedProfile,
    typeNameParagraph,
    documentType,
    typeName,
    documentDate,
    bodyParagraphs: findBody(paras, typeNameParagraph),
  };
}

function isSeparatorLine(text: string): boolean {
  return /^\s*[-–—_*]{3,}\s*$/.test(text);
}

/**
 * The body starts after the title block: after the "-----" under the trích yếu when there is one, else after the
 * type name and its summary; without a type name, after the header tables. It ends at the signature area.
 */
function findBody(paras: Paragraph[], typeNameParagraph: number | undefined): number[] {
  let start = 0;
  if (typeNameParagraph !== undefined) {
    start = typeNameParagraph + 1;
    const sep = paras.slice(start, start + 6).find((p) => isSeparatorLine(p.text));
    if (sep !== undefined) start = sep.index + 1;
    else {
      // Skip the summary: the non-empty lines right after the type name that are bold or centred.
      while (start < paras.length && (paras[start]!.alignment === "center" || paras[start]!.text.trim() === ""))
        start++;
    }
  } else {
    const firstTableEnd = paras.findIndex((p, i) => i > 0 && p.cell === undefined && paras[i - 1]!.cell !== undefined);
    if (firstTableEnd > 0 && firstTableEnd < HEADER_WINDOW) start = firstTableEnd;
  }
  // A table holding "Nơi nhận:" or a signature prefix is the signature / recipients area; other tables in the
  // body (targets, schedules) are skipped, not checked as running text.
  const signatureTables = new Set<number>();
  for (const p of paras)
    if (p.cell !== undefined && SIGNATURE_START.test(p.text.trim())) signatureTables.add(p.cell.table);
  const body: number[] = [];
  for (let i = start; i < paras.length; i++) {
    const p = paras[i]!;
    if (p.cell !== undefined) {
      if (signatureTables.has(p.cell.table) && p.cell.depth === 1) break;
      continue;
    }
    if (SIGNATURE_START.test(p.text.trim())) break;
    if (p.text.trim() === "" || isSeparatorLine(p.text)) continue;
    body.push(i);
  }
  return body;
}
