/**
 * page/numbers: page numbers from page 2, centred at the top (in the header), none on page 1; State: 13–14 pt, in
 * the document's font; each attachment (PHỤ LỤC, QUY CHẾ...) numbered on its own. A short draft (about one page)
 * needs no page number.
 *
 * The model holds the header and footer parts that show: an even-page part only when settings.xml turns on
 * w:evenAndOddHeaders (old templates keep a PAGE field in an unused even footer; no file of the corpus turns it on).
 */
import type { DocumentModel, HeaderFooterInfo, Section } from "../../model/document";
import type { Rule, Severity } from "../types";
import { severityOf, severityFor } from "../types";
import { ALIGNMENT_NAME, basisOf, describeRange, inRange } from "../format";
import { isLegacyFont, sameFamily } from "../font/family";
import { excerptOf } from "../../model/excerpt";
import { firstParagraphOf, paragraphsOfSection } from "./size";

export const meta: Rule["meta"] = {
  id: "page/numbers",
  area: "page",
  description:
    "Số trang: từ trang thứ hai, căn giữa ở đầu trang (lề trên), không đánh số trang đầu; phụ lục đánh số riêng.",
  messages: {
    missing:
      "Văn bản nhiều trang nhưng không đánh số trang; {basis} yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên",
    footer: "Số trang đặt ở chân trang; {basis} yêu cầu đặt ở giữa phía trên (đầu trang)",
    firstPage: "Trang đầu cũng có số trang; {basis} yêu cầu không đánh số trang thứ nhất",
    alignment: "Số trang căn {actual}; {basis} yêu cầu căn giữa",
    size: "Số trang cỡ chữ {actual} pt; {basis} yêu cầu {expected} pt",
    legacyFont:
      "Số trang dùng phông {font} (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); {basis} yêu cầu phông {expected}",
    attachmentContinues:
      "Phụ lục/văn bản kèm theo “{title}” đánh số trang tiếp theo văn bản chính; {basis} đánh số trang riêng cho từng phụ lục (ngắt phần trước phụ lục, rồi Số trang › Định dạng số trang › Bắt đầu từ 1)",
    attachmentStartsAt:
      "Phụ lục/văn bản kèm theo “{title}” đánh số trang bắt đầu từ {start}; {basis} đánh số trang riêng cho từng phụ lục, bắt đầu lại từ 1",
  },
};

/* ---------- how many pages: a rough layout of the text ---------- */

const PT_TO_MM = 25.4 / 72;
/**
 * Average advance of a character in em and line height in em, calibrated on the corpus against the page counts Word
 * stored in docProps/app.xml: with these values a document is called multi-page (estimate above MULTI_PAGE) rightly
 * in 287 of 302 files; the misses are one-page forms with wide tables and two-page decisions just over a page.
 */
const CHAR_EM = 0.44;
const LINE_EM = 1.0;
/** Above this estimate a document is taken to run over more than one page. */
export const MULTI_PAGE = 1.15;

function paragraphHeightMm(p: DocumentModel["paragraphs"][number], widthMm: number): number {
  const runs = p.runs.filter((r) => r.text !== "");
  const size = runs.length > 0 ? Math.max(...runs.map((r) => r.sizePt)) : 13;
  const width = Math.max(20, widthMm - p.indentLeftMm - p.indentRightMm);
  const charMm = size * PT_TO_MM * CHAR_EM;
  const perLine = Math.max(5, width / charMm);
  let lines = 0;
  for (const part of p.text.split("\n"))
    lines += Math.max(
      1,
      Math.ceil((part.replace(/\t/g, "    ").length + Math.max(0, p.firstLineMm) / charMm) / perLine),
    );
  const ls = p.lineSpacing;
  const natural = size * LINE_EM;
  const lineHeight =
    ls.rule === "auto" ? natural * ls.value : ls.rule === "exact" ? ls.value : Math.max(ls.value, natural);
  return (lines * lineHeight + p.spaceBeforePt + p.spaceAfterPt) * PT_TO_MM;
}

/**
 * Estimated number of pages of the given sections (all by default): paragraphs laid out line by line in the text
 * column, a table row as tall as its tallest cell (columns taken as equal), each section starting a new page.
 */
export function estimatePages(model: DocumentModel, sections?: ReadonlySet<number>): number {
  let total = 0;
  // the sections asked for, in document order, without passing over all the others (page/margins asks once per
  // section: a file of 32,000 sections made that 10⁹ steps). The reader numbers sections by their place.
  let asked: readonly Section[] = model.sections;
  if (sections !== undefined) {
    const places = [...sections].sort((a, b) => a - b);
    const byPlace = places.map((i) => model.sections[i]);
    asked = byPlace.every((s, k) => s?.index === places[k])
      ? (byPlace as Section[])
      : model.sections.filter((s) => sections.has(s.index));
  }
  for (const s of asked) {
    if (!s.known) continue;
    const width = s.pageWidthMm - s.margins.leftMm - s.margins.rightMm;
    const height = Math.max(50, s.pageHeightMm - Math.max(s.margins.topMm, 10) - Math.max(s.margins.bottomMm, 10));
    let used = 0;
    const rows = new Map<string, Map<number, number>>();
    for (const p of paragraphsOfSection(model, s.index)) {
      if (p.cell === undefined) {
        used += paragraphHeightMm(p, width);
        continue;
      }
      const key = `${p.cell.table}:${p.cell.row}`;
      const cols = rows.get(key) ?? new Map<number, number>();
      rows.set(key, cols);
      const colWidth = width / Math.max(1, p.cell.columnCount) - 2;
      cols.set(p.cell.column, (cols.get(p.cell.column) ?? 0) + paragraphHeightMm(p, colWidth));
    }
    for (const cols of rows.values()) used += Math.max(...cols.values()) + 1;
    total += Math.max(1, used / height);
  }
  return total;
}

/* ---------- the check ---------- */

/** Parts of a section that show a page number. */
const shownParts = (parts: HeaderFooterInfo[]): HeaderFooterInfo[] => parts.filter((h) => h.hasPageNumber);

/** The line of a header holding the page number starts with a tab: it is placed by a tab stop (usually the Header
 *  style's centre stop), which the model does not resolve, so its paragraph alignment says nothing. The line is
 *  looked for in the PAGE field's own paragraph: a field written without its number (as generators write it) has no
 *  digit to tell its line from a "DỰ THẢO" line above it. */
function placedByTab(h: HeaderFooterInfo): boolean {
  const lines = (h.pageNumberParagraph ?? h.text).split("\n");
  const line = lines.find((l) => /\d/.test(l)) ?? lines.find((l) => l.trim() !== "" || l.includes("\t")) ?? "";
  return /^[^\S\n]*\t/.test(line);
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/numbers"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const known = model.sections.filter((s) => s.known);
  if (known.length === 0) return;
  const at = (s: Section): number | null => firstParagraphOf(model, s.index);
  const report = (
    messageId: string,
    paragraph: number | null,
    sev: Severity = severity,
    extra: Record<string, string | number> = {},
    b: string = basis,
  ): void => ctx.report({ messageId, data: { basis: ctx.basisShort, ...extra }, severity: sev, basis: b, paragraph });

  // The main document: the sections before the first attachment (the whole file when there is none).
  const firstAttachment = ctx.structure.attachments[0]?.start;
  const mainSections = known.filter((s) => {
    const first = at(s);
    return s.index === known[0]!.index || first === null || firstAttachment === undefined || first < firstAttachment;
  });
  const numbered = (s: Section): boolean => shownParts(s.headers).length + shownParts(s.footers).length > 0;

  if (!mainSections.some(numbered)) {
    const pages = estimatePages(model, new Set(mainSections.map((s) => s.index)));
    if (pages > MULTI_PAGE) {
      const short = pages < data.missingShort.shortPages;
      report("missing", at(known[0]!), short ? severityOf(data.missingShort) : severity);
    }
  }

  // Page 1 of the document: the first-page part when w:titlePg is set, the default one otherwise.
  const first = known[0]!;
  const firstShows = [...shownParts(first.headers), ...shownParts(first.footers)].some((h) =>
    first.differentFirstPage ? h.kind === "first" : h.kind === "default",
  );
  if (!data.firstPage && firstShows) report("firstPage", at(first));

  // Each distinct page-number part once (sections inherit their predecessor's parts: the same object).
  const seen = new Set<string>();
  let footerReported = false;
  for (const s of known) {
    const inHeader = shownParts(s.headers);
    const inFooter = shownParts(s.footers);
    if (inHeader.length + inFooter.length === 0) continue;
    if (inHeader.length === 0 && data.place === "header" && !footerReported) {
      report("footer", at(s));
      footerReported = true;
    }
    const parts = inHeader.length > 0 ? inHeader : inFooter;
    const main = parts.find((h) => h.kind === "default") ?? parts[0]!;
    const key = JSON.stringify([
      main.pageNumberAlignment,
      main.pageNumberSizePt,
      main.pageNumberFont,
      placedByTab(main),
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    // In the wrong place (footer) its alignment is moot: the fix is to move it.
    const rightPlace = inHeader.length > 0 === (data.place === "header");
    if (
      rightPlace &&
      main.pageNumberAlignment !== undefined &&
      main.pageNumberAlignment !== data.alignment &&
      !placedByTab(main)
    ) {
      report("alignment", at(s), severity, { actual: ALIGNMENT_NAME[main.pageNumberAlignment] });
    }
    const size = main.pageNumberSizePt;
    if (data.sizePt !== null && size !== undefined && !inRange(size, data.sizePt)) {
      const near = inRange(size, data.sizePt, data.sizeDeviation.bandPt);
      report("size", at(s), near ? severityOf(data.sizeDeviation) : severity, {
        actual: size,
        expected: describeRange(data.sizePt),
      });
    }
    // A legacy font (VNI-Times, .VnTime) on the page number betrays a non-Unicode template. Another Unicode font
    // (Calibri from the Normal style) is not reported: only digits, and no fix can reach a header's runs yet.
    const font = main.pageNumberFont;
    if (font !== undefined && isLegacyFont(font) && !sameFamily(font, data.font.family)) {
      report("legacyFont", at(s), severityOf(data.font), { font, expected: data.font.family });
    }
  }

  // NĐ 30 numbers each appendix's pages on its own: an attachment whose pages show numbers must start a section
  // (after the main document's last line, or the previous attachment's title) that restarts the numbering at 1
  // (w:pgNumType w:start); otherwise its numbers run on from the pages before it.
  const st = ctx.structure;
  const mainEnd = Math.max(
    -1,
    ...st.signature.paragraphs,
    ...st.recipients.lines,
    ...(st.recipients.label === undefined ? [] : [st.recipients.label]),
  );
  st.attachments.forEach((a, k) => {
    const p = model.paragraphs[a.start];
    if (p === undefined) return;
    const s = model.sections[p.section];
    if (s === undefined || !s.known || !numbered(s)) return;
    const before = k === 0 ? mainEnd : st.attachments[k - 1]!.start;
    const sectionStart = firstParagraphOf(model, s.index) ?? a.start;
    // the file's first section is numbered from 1 without saying so (an appendix issued as a file of its own)
    const start = s.pageNumberStart ?? (s.index === known[0]!.index ? 1 : undefined);
    if (sectionStart > before && start === 1) return;
    ctx.report({
      messageId: sectionStart > before && start !== undefined ? "attachmentStartsAt" : "attachmentContinues",
      data: { title: excerptOf(a.title, 40), start: start ?? 1, basis: ctx.basisShort },
      severity: severityOf(data.attachments),
      basis: basisOf(ctx, data.attachments.clause),
      paragraph: a.start,
      excerpt: excerptOf(p.text),
    });
  });
};

export const rule: Rule = { meta, check };
