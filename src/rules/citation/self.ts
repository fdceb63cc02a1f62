/**
 * citation/self: the document's own number and date (its header: "Số 85-KH/HU", "Lục Nam, ngày 05 tháng 9 năm
 * 2023") against the places where it names itself. Its own attachments ("PHỤ LỤC (Ban hành kèm theo Kế hoạch số
 * 85-KH/HU ngày 05/9/2023 ...)") and "Kế hoạch này số ..." must be itself: another number, symbol or date there is an
 * error. A mention in the text with the same type name, number and symbol as the header but another date is the
 * document itself written with a wrong date, or a stale header number: a warning. Another number of the same type is
 * another document, and is not looked at. In a draft the number and the day are blank ("Số:      /KH-UBND",
 * "ngày      /12/2025"): a blank agrees with anything.
 */
import { ParagraphMemo } from "../../model/memo";
import { excerptOf } from "../../model/excerpt";
import { partText } from "../../model/structure/header";
import { collapsedSpaces } from "../../model/text";
import { parseNumberLine } from "../header/number";
import { headerPart } from "../header/parts";
import type { Rule } from "../types";
import {
  displayLooseDate,
  displayReferenceNumber,
  findDocumentReferences,
  looseDateConflicts,
  parseLooseDate,
  type DocumentReference,
  type LooseDate,
} from "./parse";

export const meta: Rule["meta"] = {
  id: "citation/self",
  area: "citation",
  description:
    "Số, ký hiệu và ngày của chính văn bản ghi ở phụ lục (“kèm theo Kế hoạch số ...”) và trong nội dung khớp với phần đầu văn bản.",
  messages: {
    attachment: "{title} ghi kèm theo {kind} số {cited}, nhưng phần đầu văn bản ghi {own}: khác {what}",
    itself: "Văn bản tự ghi “{written}”, nhưng phần đầu văn bản ghi {own}: khác {what}",
    otherDate:
      "{kind} số {number} là số, ký hiệu của chính văn bản nhưng ghi ngày {citedDate}, phần đầu văn bản ghi ngày {ownDate}: nếu là chính văn bản này, sửa cho khớp",
  },
};

const BASIS: Record<"party" | "state", { attachment: string; text: string }> = {
  state: {
    attachment:
      "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục IV (phụ lục): phụ lục ghi kèm theo văn bản nào, đúng số, ký hiệu, ngày tháng năm của văn bản đó",
    text: "Thông lệ soạn thảo: văn bản nhắc đến chính mình ghi đúng số, ký hiệu, ngày ở phần đầu văn bản",
  },
  party: {
    attachment:
      "Thông lệ trình bày phụ lục văn bản của Đảng (HD 36-HD/VPTW): phụ lục ghi kèm theo văn bản nào, đúng số, ký hiệu, ngày của văn bản đó",
    text: "Thông lệ soạn thảo: văn bản nhắc đến chính mình ghi đúng số, ký hiệu, ngày ở phần đầu văn bản",
  },
};

/** The document as its header gives it: number (blank: ""), symbol codes, separators, date (parts may be blank). */
interface Own {
  number: string;
  year: string;
  codes: string[];
  separators: string[];
  date: LooseDate | undefined;
}

/** "số", "Số", "SỐ": a paragraph without it mentions no numbered document. */
const SO = /số/iu;
/** "kèm theo" right before the mention: the attachment says which document it goes with. */
const ATTACHED = /kèm\s+theo\s*$/iu;
/** How many paragraphs from an attachment's title its "(Kèm theo ...)" line may be. */
const ATTACHMENT_HEAD = 6;

type Conflict = "số" | "ký hiệu" | "ngày" | "tháng" | "năm";

function conflicts(own: Own, ref: DocumentReference, withDate: boolean): Conflict[] {
  const out: Conflict[] = [];
  if (own.number !== "" && ref.number !== "" && own.number !== ref.number) out.push("số");
  else if (own.year !== "" && ref.year !== "" && own.year !== ref.year) out.push("số");
  // a header with no number line has no symbol to disagree with (a blank agrees with anything)
  const n = own.codes.length === 0 ? 0 : Math.max(own.codes.length, ref.codes.length);
  for (let i = 0; i < n; i++) {
    const [a, b] = [own.codes[i], ref.codes[i]];
    if (a === "" || b === "") continue;
    if (a !== b) {
      out.push("ký hiệu");
      break;
    }
  }
  if (withDate && own.date !== undefined && ref.date !== undefined) out.push(...looseDateConflicts(own.date, ref.date));
  return out;
}

function display(r: Pick<Own, "number" | "year" | "codes" | "separators" | "date">): string {
  const date = r.date === undefined ? "" : ` ngày ${displayLooseDate(r.date)}`;
  return `${displayReferenceNumber(r)}${date}`;
}

/** The header's own number and date as the messages quote them; a header without a number line shows its date only. */
function displayOwn(own: Own): string {
  if (own.number === "" && own.year === "" && own.codes.length === 0 && own.date !== undefined) {
    return `ngày ${displayLooseDate(own.date)}`;
  }
  return `số ${display(own)}`;
}

/**
 * The mentions of documents of one kind in a paragraph text, memoised per kind and text (src/model/memo): a re-check
 * reads only the edited paragraphs again. Kinds are the documents' type names: a few; past 32, the memos start over.
 */
const REFERENCES = new Map<string, ParagraphMemo<readonly DocumentReference[]>>();

function referencesOf(kind: string, text: string): readonly DocumentReference[] {
  let memo = REFERENCES.get(kind);
  if (memo === undefined) {
    if (REFERENCES.size >= 32) REFERENCES.clear();
    memo = new ParagraphMemo((t) => findDocumentReferences(t, [kind]));
    REFERENCES.set(kind, memo);
  }
  return memo.get(text);
}

export const check: Rule["check"] = (model, ctx) => {
  const s = ctx.structure;
  const typeName = s.typeName;
  if (typeName === undefined) return;
  const kind = collapsedSpaces(typeName.toLowerCase());
  const numberPart = headerPart(model, s.header, "number");
  const datePart = headerPart(model, s.header, "date");
  const parsed = numberPart === undefined ? undefined : parseNumberLine(partText(model.paragraphs, numberPart));
  const date = datePart === undefined ? undefined : parseLooseDate(partText(model.paragraphs, datePart));
  if (parsed === undefined && date === undefined) return;
  const own: Own = {
    number: parsed === undefined || parsed.unusual !== "" || parsed.number === "" ? "" : String(Number(parsed.number)),
    year: parsed?.year ?? "",
    codes: parsed?.codes.map((c) => c.toUpperCase()) ?? [],
    separators: parsed === undefined ? [] : [parsed.sep1, ...parsed.seps],
    date,
  };
  const basis = BASIS[ctx.profileId];
  const what = (c: Conflict[]): string => c.join(", ");

  // The attachments' "(Ban hành kèm theo Kế hoạch số ... ngày ...)": the document itself, certainly.
  const seen = new Set<string>();
  for (const a of s.attachments) {
    const last = Math.min(a.end, a.start + ATTACHMENT_HEAD);
    // The line may be broken over paragraphs ("(Kèm theo Quyết định số    /QĐ-UBND" / "ngày ... của ...)").
    let text = "";
    const starts: number[] = [];
    for (let i = a.start; i <= last; i++) {
      starts.push(text.length);
      text += model.paragraphs[i]!.text + " ";
    }
    const ref = findDocumentReferences(text, [kind]).find((r) => ATTACHED.test(text.slice(0, r.index)));
    if (ref === undefined) continue;
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > ref.index) k--;
    const paragraph = a.start + k;
    seen.add(`${paragraph}:${ref.text}`);
    const found = conflicts(own, ref, true);
    if (found.length === 0) continue;
    ctx.report({
      messageId: "attachment",
      data: {
        title: a.title.trim().replace(/\s+/g, " "),
        kind: ref.kind,
        cited: display(ref),
        own: displayOwn(own),
        what: what(found),
      },
      severity: "error",
      basis: basis.attachment,
      paragraph,
      excerpt: excerptOf(ref.text),
    });
  }

  // The text: "Kế hoạch này số ..." is itself; the same number and symbol with another date most likely is.
  const header = new Set(s.header.paragraphs);
  for (const p of model.paragraphs) {
    // "Kế hoạch này Số 58-KH/HU": the mentions are found whatever the case, so the quick test ignores it too
    if (header.has(p.index) || !SO.test(p.text)) continue;
    for (const ref of referencesOf(kind, p.text)) {
      if (seen.has(`${p.index}:${ref.text}`)) continue;
      if (ref.itself) {
        const found = conflicts(own, ref, true);
        if (found.length === 0) continue;
        ctx.report({
          messageId: "itself",
          data: { written: excerptOf(ref.text.trim(), 60), own: displayOwn(own), what: what(found) },
          severity: "error",
          basis: basis.text,
          paragraph: p.index,
          excerpt: excerptOf(ref.text),
        });
        continue;
      }
      // Another document of the same type, unless number and symbol are the header's own.
      if (own.number === "" || ref.number !== own.number || own.codes.length === 0) continue;
      if (conflicts(own, ref, false).length > 0 || ref.codes.some((c) => c === "")) continue;
      if (own.date === undefined || ref.date === undefined) continue;
      const dates = looseDateConflicts(own.date, ref.date);
      // Another year: the same number of another year's series, another document.
      if (dates.length === 0 || dates.includes("năm")) continue;
      ctx.report({
        messageId: "otherDate",
        data: {
          kind: ref.kind,
          number: displayReferenceNumber(ref),
          citedDate: displayLooseDate(ref.date),
          ownDate: displayLooseDate(own.date),
        },
        severity: "warning",
        basis: basis.text,
        paragraph: p.index,
        excerpt: excerptOf(ref.text),
      });
    }
  }
};

export const rule: Rule = { meta, check };
