/**
 * The pure half of the Word adapter: which paragraph, which range, which property values. No `Word.*` here, so all
 * of it is unit-tested directly; src/word/adapter.ts only translates these plans into Office.js calls.
 */
import { unknownSection } from "../docx/reader";
import type { Alignment, DocumentModel, Section } from "../model/document";
import type { Fix, FixEdit, ParagraphFormatProps, RunFormatProps } from "../model/fix";
import type { WordAlignment, WPageSetup } from "./types";

export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => Math.round(mm * PT_PER_MM * 100) / 100;
export const ptToMm = (pt: number): number => Math.round((pt / PT_PER_MM) * 100) / 100;
/** Word's `Paragraph.lineSpacing` is in points; a "multiple" spacing of 1 line is 12 pt there. */
export const LINE_PT = 12;
/** Word's search text is limited to 255 characters. */
export const MAX_SEARCH = 255;

export const WORD_ALIGNMENT: Record<Alignment, WordAlignment> = {
  left: "Left",
  center: "Centered",
  right: "Right",
  justify: "Justified",
  distribute: "Justified",
};

/**
 * A search string for an excerpt: the rules' excerpts may end with "…" when cut, and Word's search has special
 * characters ("^") and a length limit. Returns undefined when nothing searchable is left.
 */
export function searchNeedle(excerpt: string): string | undefined {
  let s = excerpt.replace(/^[«"“]+|[»"”]+$/g, "");
  s = s.replace(/…+$/u, "").replace(/^…+/u, "");
  // a line break or tab in the model is not searchable as such: keep the part before it
  s = s.split(/[\n\t\v\r]/)[0] ?? "";
  s = s.trim().slice(0, 200);
  // Word counts the escaped text against its limit: a needle full of "^" doubles
  while (escapeSearch(s).length > MAX_SEARCH) s = s.slice(0, -1);
  if (s.length < 2) return undefined;
  return s;
}

/**
 * Word's paragraph text as the reader gives it: Word returns a manual line break as "\u000b" and the characters as
 * stored, the reader "\n" and NFC.
 */
export function readerText(wordText: string): string {
  return wordText.replace(/\v/g, "\n").normalize("NFC");
}

/** Word search escapes: "^" starts a special code. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  let i = text.indexOf(needle);
  while (i !== -1) {
    n++;
    i = text.indexOf(needle, i + needle.length);
  }
  return n;
}

/** Matches of a body-wide search for `needle`, counted from the paragraph texts: before `paragraph`, and in all. */
function occurrences(
  paragraphTexts: readonly string[],
  paragraph: number,
  needle: string,
): { before: number; total: number } {
  let before = 0;
  let total = 0;
  paragraphTexts.forEach((t, i) => {
    const c = countOccurrences(t, needle);
    if (i < paragraph) before += c;
    total += c;
  });
  return { before, total };
}

export interface ExcerptLocation {
  /** The text to search for in the whole body. */
  needle: string;
  /** Which match of the body-wide search is the one in the paragraph (0-based). */
  occurrence: number;
  /** How many matches the whole body has, as counted from the paragraph texts: a cross-check against Word's search. */
  expectedTotal: number;
}

/**
 * Where an excerpt lies, as "the k-th match of a body-wide search": counted from the paragraph texts Word gave us,
 * so the adapter can queue the search in the same batch as the paragraph list and select in the second sync.
 * Undefined when the paragraph does not contain the excerpt (then the whole paragraph is selected).
 */
export function locateExcerpt(
  paragraphTexts: readonly string[],
  paragraph: number,
  excerpt: string,
): ExcerptLocation | undefined {
  const text = paragraphTexts[paragraph];
  const needle = searchNeedle(excerpt);
  if (text === undefined || needle === undefined || !text.includes(needle)) return undefined;
  const { before, total } = occurrences(paragraphTexts, paragraph, needle);
  return { needle, occurrence: before, expectedTotal: total };
}

// ---------------------------------------------------------------------------------------------------------------
// Fixes → Word edits

export interface WordFontProps {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: "Single" | "None";
}

export interface WordParagraphProps {
  alignment?: WordAlignment;
  /** Points. */
  firstLineIndent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Points (Word's unit): multiple × 12. */
  lineSpacing?: number;
}

/** One Office.js edit; `source` is the fix edit it comes from (what a skipped edit reports). */
export type WordEdit = { source: FixEdit } & (
  | { kind: "font"; paragraph: number; font: WordFontProps }
  | { kind: "paragraph"; paragraph: number; format: WordParagraphProps }
  | { kind: "replace"; paragraph: number; needle: string; occurrence: number; replace: string }
  | {
      kind: "insertAfter";
      paragraph: number;
      text: string;
      font: WordFontProps;
      format: WordParagraphProps;
    }
  | { kind: "pageMargins"; section: number; top: number; bottom: number; left: number; right: number }
  | { kind: "pageSize"; section: number; width: number; height: number }
);

export interface SkippedEdit {
  edit: FixEdit;
  reason: string;
}

export interface EditPlan {
  edits: WordEdit[];
  skipped: SkippedEdit[];
  /** Body-wide searches the batch needs (one per distinct needle), queued before the first sync. */
  searches: string[];
  /** Whether the batch touches the page setup (needs the sections). */
  needsSections: boolean;
}

export function wordFont(props: RunFormatProps): WordFontProps {
  const out: WordFontProps = {};
  if (props.font !== undefined) out.name = props.font;
  if (props.sizePt !== undefined) out.size = props.sizePt;
  if (props.bold !== undefined) out.bold = props.bold;
  if (props.italic !== undefined) out.italic = props.italic;
  if (props.underline !== undefined) out.underline = props.underline ? "Single" : "None";
  return out;
}

export function wordParagraphFormat(props: ParagraphFormatProps): WordParagraphProps {
  const out: WordParagraphProps = {};
  if (props.alignment !== undefined) out.alignment = WORD_ALIGNMENT[props.alignment];
  if (props.firstLineMm !== undefined) out.firstLineIndent = mmToPt(props.firstLineMm);
  if (props.spaceBeforePt !== undefined) out.spaceBefore = props.spaceBeforePt;
  if (props.spaceAfterPt !== undefined) out.spaceAfter = props.spaceAfterPt;
  if (props.lineSpacing !== undefined) out.lineSpacing = Math.round(props.lineSpacing * LINE_PT * 100) / 100;
  return out;
}

/** The formatting of a model paragraph, as props a new paragraph can copy ("like"). */
function formatOf(model: DocumentModel | undefined, index: number): RunFormatProps & ParagraphFormatProps {
  const p = model?.paragraphs[index];
  if (p === undefined) return {};
  const run = p.runs.find((r) => r.text.trim() !== "") ?? p.runs[0];
  const out: RunFormatProps & ParagraphFormatProps = {
    alignment: p.alignment,
    firstLineMm: p.firstLineMm,
    spaceBeforePt: p.spaceBeforePt,
    spaceAfterPt: p.spaceAfterPt,
  };
  if (p.lineSpacing.rule === "auto") out.lineSpacing = p.lineSpacing.value;
  if (run !== undefined) {
    out.font = run.font;
    out.sizePt = run.sizePt;
    out.bold = run.bold;
    out.italic = run.italic;
    out.underline = run.underline !== "none";
  }
  return out;
}

/**
 * Turns a batch of fixes into Word edits. `paragraphTexts` are the paragraphs as Word returned them in the same
 * batch; `model` is the snapshot the findings came from (for "like" formatting). With both, an edit of a paragraph
 * whose text in Word is no longer the model's is skipped: the drafter edited the document since the check (a
 * paragraph inserted above moves every index), or Word and the reader do not see the same paragraphs.
 * `pageSetupWritable` says whether WordApiDesktop 1.3 is there; without it page edits are skipped with a reason.
 */
export function planFixes(
  fixes: readonly Fix[],
  paragraphCount: number,
  options: { model?: DocumentModel; pageSetupWritable: boolean; paragraphTexts?: readonly string[] },
): EditPlan {
  const edits: WordEdit[] = [];
  const skipped: SkippedEdit[] = [];
  const searches = new Set<string>();
  let needsSections = false;
  const { model, paragraphTexts } = options;
  const badParagraph = (edit: FixEdit, p: number): boolean => {
    if (!Number.isInteger(p) || p < 0 || p >= paragraphCount) {
      skipped.push({ edit, reason: `Không tìm thấy đoạn số ${p} trong tài liệu (tài liệu đã thay đổi?)` });
      return true;
    }
    const checked = model?.paragraphs[p]?.text;
    const now = paragraphTexts?.[p];
    if (checked === undefined || now === undefined || readerText(now) === checked) return false;
    skipped.push({
      edit,
      reason: `Đoạn số ${p} trong Word không còn là đoạn đã kiểm tra (tài liệu đã thay đổi?); hãy kiểm tra lại`,
    });
    return true;
  };
  for (const fix of fixes) {
    for (const edit of fix.edits) {
      switch (edit.kind) {
        case "setRunFormat":
          if (!badParagraph(edit, edit.paragraph))
            edits.push({ source: edit, kind: "font", paragraph: edit.paragraph, font: wordFont(edit.props) });
          break;
        case "setParagraphFormat":
          if (!badParagraph(edit, edit.paragraph))
            edits.push({
              source: edit,
              kind: "paragraph",
              paragraph: edit.paragraph,
              format: wordParagraphFormat(edit.props),
            });
          break;
        case "replaceText": {
          if (badParagraph(edit, edit.paragraph)) break;
          const needle = edit.find;
          if (needle.length === 0 || escapeSearch(needle).length > MAX_SEARCH) {
            skipped.push({ edit, reason: "Đoạn chữ cần thay quá dài hoặc rỗng, không tìm được trong Word" });
            break;
          }
          searches.add(needle);
          // the occurrence is resolved against Word's paragraph texts by the adapter (resolveReplacements)
          edits.push({
            source: edit,
            kind: "replace",
            paragraph: edit.paragraph,
            needle,
            occurrence: -1,
            replace: edit.replace,
          });
          break;
        }
        case "insertParagraphAfter": {
          if (badParagraph(edit, edit.paragraph)) break;
          const like = { ...formatOf(options.model, edit.like ?? edit.paragraph), ...(edit.format ?? {}) };
          edits.push({
            source: edit,
            kind: "insertAfter",
            paragraph: edit.paragraph,
            text: edit.text,
            font: wordFont(like),
            format: wordParagraphFormat(like),
          });
          break;
        }
        case "setPageMargins":
        case "setPageSize":
          if (!options.pageSetupWritable) {
            skipped.push({ edit, reason: PAGE_SETUP_UNSUPPORTED });
            break;
          }
          needsSections = true;
          edits.push(
            edit.kind === "setPageMargins"
              ? {
                  source: edit,
                  kind: "pageMargins",
                  section: edit.section,
                  top: mmToPt(edit.marginsMm.top),
                  bottom: mmToPt(edit.marginsMm.bottom),
                  left: mmToPt(edit.marginsMm.left),
                  right: mmToPt(edit.marginsMm.right),
                }
              : {
                  source: edit,
                  kind: "pageSize",
                  section: edit.section,
                  width: mmToPt(edit.widthMm),
                  height: mmToPt(edit.heightMm),
                },
          );
          break;
      }
    }
  }
  return { edits, skipped, searches: [...searches], needsSections };
}

export const PAGE_SETUP_UNSUPPORTED =
  "Phiên bản Word này không cho phần bổ trợ sửa thiết lập trang (cần WordApiDesktop 1.3): hãy sửa trong " +
  "Bố trí › Lề / Khổ giấy";

/**
 * Fills in which body-wide match each replacement is: the first occurrence of the needle in its paragraph,
 * counted over the paragraph texts. A replacement whose text is no longer in the paragraph is skipped.
 */
export function resolveReplacements(
  plan: EditPlan,
  paragraphTexts: readonly string[],
  matchCounts: ReadonlyMap<string, number>,
): EditPlan {
  const edits: WordEdit[] = [];
  const skipped = [...plan.skipped];
  for (const e of plan.edits) {
    if (e.kind !== "replace") {
      edits.push(e);
      continue;
    }
    const text = paragraphTexts[e.paragraph] ?? "";
    const { before, total } = occurrences(paragraphTexts, e.paragraph, e.needle);
    if (!text.includes(e.needle)) {
      skipped.push({ edit: e.source, reason: `Đoạn ${e.paragraph} không còn chứa «${e.needle}»` });
    } else if (matchCounts.get(e.needle) !== total) {
      skipped.push({
        edit: e.source,
        reason: `Không xác định được chắc chắn vị trí của «${e.needle}» trong Word; hãy sửa tay`,
      });
    } else {
      edits.push({ ...e, occurrence: before });
    }
  }
  return { ...plan, edits, skipped };
}

// ---------------------------------------------------------------------------------------------------------------
// Page setup

/** Page setup in points, as WordApiDesktop 1.3 reports it. */
export type PageSetupPt = WPageSetup;

/**
 * The model's sections completed with Word's page setup (WordApiDesktop 1.3), in points. Word's values win for the
 * sections it reports; a section the OOXML lacked and Word did not report stays "unknown" (the page rules then say
 * it could not be read).
 */
export function mergePageSetup(sections: readonly Section[], pageSetups: readonly PageSetupPt[]): Section[] {
  const out = sections.map((s) => ({ ...s, margins: { ...s.margins } }));
  pageSetups.forEach((ps, i) => {
    const base = out[i] ?? unknownSection(i);
    const widthMm = ptToMm(ps.pageWidth);
    const heightMm = ptToMm(ps.pageHeight);
    out[i] = {
      ...base,
      pageWidthMm: widthMm,
      pageHeightMm: heightMm,
      orientation: widthMm > heightMm ? "landscape" : "portrait",
      margins: {
        topMm: ptToMm(ps.topMargin),
        bottomMm: ptToMm(ps.bottomMargin),
        leftMm: ptToMm(ps.leftMargin),
        rightMm: ptToMm(ps.rightMargin),
      },
      known: true,
    };
  });
  return out;
}

/** Base64 of bytes without Node's Buffer (the browser bundle). */
export function toBase64(bytes: Uint8Array): string {
  let s = "";
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(s);
}

// ---------------------------------------------------------------------------------------------------------------
// Comments

/** A comment to write: the model paragraph it is anchored on, and its plain text. */
export interface CommentRequest {
  paragraph: number;
  text: string;
}

export interface SkippedComment {
  comment: CommentRequest;
  reason: string;
}

export interface CommentPlan {
  /** The comments to insert, each on the whole of its paragraph (Word's paragraph of the same index). */
  insert: CommentRequest[];
  /** How many asked for were already in the document, with the same text: not written twice. */
  existing: number;
  skipped: SkippedComment[];
}

/**
 * A comment's text as compared with what Word returns: Word may hand back another line break ("\r", "\u000b") than
 * the one written, and the characters as stored.
 */
export function commentKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\r\n\v]+/g, "\n")
    .trim();
}

/**
 * Which comments to write, against the paragraphs Word lists now and the comments the document already has: a
 * paragraph whose text is no longer the model's (the document changed since the check), or that has no text to
 * anchor on, is skipped with a reason; a comment whose text is already there as many times as asked is not repeated
 * (a second «Ghi nhận xét tất cả» adds only what is new).
 */
export function planCommentInserts(
  comments: readonly CommentRequest[],
  paragraphTexts: readonly string[],
  existingContents: readonly string[],
  model?: DocumentModel,
): CommentPlan {
  const there = new Map<string, number>();
  for (const c of existingContents) there.set(commentKey(c), (there.get(commentKey(c)) ?? 0) + 1);
  const insert: CommentRequest[] = [];
  const skipped: SkippedComment[] = [];
  let existing = 0;
  for (const comment of comments) {
    const p = comment.paragraph;
    const now = paragraphTexts[p];
    const checked = model?.paragraphs[p]?.text;
    if (!Number.isInteger(p) || now === undefined) {
      skipped.push({ comment, reason: `Không tìm thấy đoạn số ${p} trong tài liệu (tài liệu đã thay đổi?)` });
    } else if (checked !== undefined && readerText(now) !== checked) {
      skipped.push({
        comment,
        reason: `Đoạn số ${p} trong Word không còn là đoạn đã kiểm tra (tài liệu đã thay đổi?); hãy kiểm tra lại`,
      });
    } else if (now.trim() === "") {
      skipped.push({ comment, reason: `Đoạn số ${p} không có chữ để gắn nhận xét` });
    } else {
      const key = commentKey(comment.text);
      const left = there.get(key) ?? 0;
      if (left > 0) {
        there.set(key, left - 1);
        existing++;
      } else insert.push(comment);
    }
  }
  return { insert, existing, skipped };
}
