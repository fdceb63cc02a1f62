/**
 * What the rules need to know about a draft's layout before checking it: which profile (party/state) and type
 * (plan/report) it is, its date, where the title block ends and the body starts, where the signature area begins.
 * Recognition works on text (NFC, tone-mark folded), so "ỦY"/"UỶ" and "HÒA"/"HOÀ" are the same.
 */
import type { DocumentModel, Paragraph } from "../document";
import { HEADER_WINDOW } from "./common";
import { detectProfile, findTypeName } from "./title";
import { findBody } from "./body";
import { findHeader, partText } from "./header";
import { findRecipients, findSignature } from "./recipients";
import { findSummary } from "./summary";
import type { DocumentStructure, HeaderStructure } from "./types";
import { findAttachments } from "./attachments";

export type {
  AttachmentStructure,
  ColumnRef,
  DocumentStructure,
  HeaderStructure,
  RecipientsStructure,
  SignatureStructure,
} from "./types";
export { columnOf, isSeparatorLine, PLACE_DATE, SIGNATURE_PREFIX } from "./common";

const DATE_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i;

export function analyzeStructure(model: DocumentModel): DocumentStructure {
  const paras = model.paragraphs;
  const window = paras.slice(0, HEADER_WINDOW);
  const detectedProfile = detectProfile(window);
  const { typeNameParagraph, documentType, typeName } = findTypeName(window);

  const header = findHeader(paras, typeNameParagraph, model.sections);
  // The date line: in the paragraphs of the header, or in the text box some offices set it in.
  const dateBox = header.parts?.date?.textBox === undefined ? undefined : partText(paras, header.parts.date);
  let documentDate: string | undefined;
  for (const text of [...window.map((p) => p.text), ...(dateBox === undefined ? [] : [dateBox])]) {
    const m = DATE_RE.exec(text);
    if (m === null) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) {
      documentDate = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      break;
    }
  }

  // Attachments (PHỤ LỤC, QUY CHẾ, ĐIỀU LỆ ... kèm theo) follow the main document; its parts are looked for before.
  const attachments = findAttachments(paras, typeNameParagraph === undefined ? 0 : typeNameParagraph + 1);
  const main = attachments.length === 0 ? paras : paras.slice(0, attachments[0]!.start);
  const bodyParagraphs = findBody(main, typeNameParagraph, headerEndOf(header));
  const found = findSummary(main, typeNameParagraph);
  const { summarySeparator, summaryLine } = found;
  // A công văn has no type name: its trích yếu is the "V/v ..." line under the number (and its wrapped lines).
  const summaryParagraphs =
    typeNameParagraph === undefined && header.letterSubject !== undefined
      ? letterSubjectLines(paras, header.letterSubject)
      : found.summaryParagraphs;
  const recipients = findRecipients(main, bodyParagraphs);
  return {
    detectedProfile,
    typeNameParagraph,
    documentType,
    typeName,
    documentDate,
    bodyParagraphs,
    header,
    summaryParagraphs,
    summarySeparator,
    summaryLine,
    signature: findSignature(main, bodyParagraphs, recipients),
    recipients,
    attachments,
  };
}

function letterSubjectLines(paras: Paragraph[], first: number): number[] {
  const out = [first];
  const cell = paras[first]!.cell;
  for (let i = first + 1; i < paras.length && i <= first + 3; i++) {
    const p = paras[i]!;
    const sameCell =
      cell === undefined
        ? p.cell === undefined
        : p.cell !== undefined &&
          p.cell.table === cell.table &&
          p.cell.row === cell.row &&
          p.cell.column === cell.column;
    if (!sameCell || p.text.trim() === "" || /^\s*(Kính\s+gửi|V\/v)\b/iu.test(p.text)) break;
    // A wrapped subject line continues in lower case or is indented under "V/v".
    if (cell === undefined && !/^\s+|^\p{Ll}/u.test(p.text)) break;
    out.push(i);
  }
  return out;
}

/** The paragraph after the last recognised header element (used when there is no type name, as in a công văn). */
function headerEndOf(h: HeaderStructure): number | undefined {
  const found = [
    h.partyTitle,
    h.nationalTitle,
    h.motto,
    h.number,
    h.date,
    h.star,
    h.issuerLine,
    h.titleLine,
    ...h.issuer,
  ].filter((i): i is number => i !== undefined);
  return found.length === 0 ? undefined : Math.max(...found) + 1;
}
