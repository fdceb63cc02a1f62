/**
 * page/size: A4 (210 × 297 mm, ±2 mm) for both profiles, laid out portrait; a section that holds a table (a plan's
 * task table, a report's PHỤ LỤC, the usual landscape section at the end) may be landscape, still on A4.
 */
import type { DocumentModel, Paragraph, Section } from "../../model/document";
import type { DocumentStructure } from "../../model/structure";
import type { Rule } from "../types";
import { severityFor } from "../types";
import type { Fix } from "../../model/fix";

export const meta: Rule["meta"] = {
  id: "page/size",
  area: "page",
  description:
    "Khổ giấy A4 (210 × 297 mm), trình bày theo chiều dọc; phần có bảng, biểu có thể trình bày theo chiều ngang.",
  messages: {
    wrongSize:
      "Khổ giấy {width} × {height} mm ({name}){where}; {basis} yêu cầu khổ A4 {expectedWidth} × {expectedHeight} mm",
    wrongSizeAppendix:
      "Trang bảng, biểu nằm ngang khổ {width} × {height} mm ({name}){where}; {basis} yêu cầu khổ A4 (in ra A4 sẽ bị thu nhỏ)",
    landscape: "Trang đặt nằm ngang{where}; {basis} yêu cầu trình bày theo chiều dọc",
    landscapeText:
      "Trang đặt nằm ngang{where} nhưng không phải trang bảng, biểu; {basis} chỉ cho trình bày theo chiều ngang khi văn bản có bảng, biểu",
    unknown: "Không đọc được khổ giấy của văn bản (không có thông tin trang); không thể kiểm tra khổ giấy",
  },
};

const KNOWN_PAPERS: [string, number, number][] = [
  ["A4", 210, 297],
  ["Letter", 215.9, 279.4],
  ["Legal", 215.9, 355.6],
  ["A5", 148, 210],
  ["A3", 297, 420],
  ["B5", 176, 250],
];

function paperName(w: number, h: number): string {
  const [a, b] = w < h ? [w, h] : [h, w];
  const hit = KNOWN_PAPERS.find(([, pw, ph]) => Math.abs(pw - a) <= 2 && Math.abs(ph - b) <= 2);
  return hit === undefined ? "khổ tùy chọn" : hit[0];
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Each section's paragraphs, in document order, and each table's row count, made once per model: the page rules ask
 * them for every section, and walking every paragraph for each section took 54 s on a file of 32,000 one-paragraph
 * sections.
 */
interface SectionIndex {
  paragraphs: Map<number, Paragraph[]>;
  rowsOfTable: Map<number, number>;
}
const SECTION_INDEX = new WeakMap<DocumentModel, SectionIndex>();
function sectionIndexOf(model: DocumentModel): SectionIndex {
  let index = SECTION_INDEX.get(model);
  if (index === undefined) {
    index = { paragraphs: new Map(), rowsOfTable: new Map() };
    for (const p of model.paragraphs) {
      const list = index.paragraphs.get(p.section);
      if (list === undefined) index.paragraphs.set(p.section, [p]);
      else list.push(p);
      if (p.cell !== undefined)
        index.rowsOfTable.set(p.cell.table, Math.max(index.rowsOfTable.get(p.cell.table) ?? 0, p.cell.row + 1));
    }
    SECTION_INDEX.set(model, index);
  }
  return index;
}

const NO_PARAGRAPHS: readonly Paragraph[] = [];

/** The paragraphs of a section, in document order. */
export function paragraphsOfSection(model: DocumentModel, section: number): readonly Paragraph[] {
  return sectionIndexOf(model).paragraphs.get(section) ?? NO_PARAGRAPHS;
}

/** First paragraph of a section (for the finding's position), or null when the section holds none. */
export function firstParagraphOf(model: DocumentModel, section: number): number | null {
  return paragraphsOfSection(model, section)[0]?.index ?? null;
}

/** Whether each paragraph lies in an attachment (PHỤ LỤC ...), made once per structure. */
const IN_ATTACHMENT = new WeakMap<DocumentStructure, Uint8Array>();
function inAttachmentOf(model: DocumentModel, structure: DocumentStructure): Uint8Array {
  let marks = IN_ATTACHMENT.get(structure);
  if (marks === undefined) {
    marks = new Uint8Array(model.paragraphs.length);
    for (const a of structure.attachments) marks.fill(1, Math.max(0, a.start), Math.max(0, a.end + 1));
    IN_ATTACHMENT.set(structure, marks);
  }
  return marks;
}

/**
 * A section laid out around a table: half of its text or more sits in the cells of a data table (three rows or more; the
 * header and signature layout tables have one or two), or it belongs to an attachment (PHỤ LỤC...) and holds one.
 * NĐ 30 lets such pages be landscape ("trường hợp văn bản có bảng, biểu ... có thể trình bày theo chiều rộng").
 */
export function isTableSection(model: DocumentModel, structure: DocumentStructure, section: number): boolean {
  const paras = paragraphsOfSection(model, section).filter((p) => p.text.trim() !== "");
  if (paras.length === 0) return false;
  const { rowsOfTable } = sectionIndexOf(model);
  const inDataTable = paras.filter((p) => p.cell !== undefined && (rowsOfTable.get(p.cell.table) ?? 0) >= 3);
  if (inDataTable.length === 0) return false;
  if (inDataTable.length >= paras.length / 2) return true;
  const inAttachment = inAttachmentOf(model, structure);
  return paras.some((p) => inAttachment[p.index] === 1);
}

/** Sections with the same value of `key`, in document order: one finding (and one fix) covers them all. */
export function groupSections<K>(sections: Section[], key: (s: Section) => K | undefined): [K, Section[]][] {
  const groups = new Map<string, [K, Section[]]>();
  for (const s of sections) {
    const k = key(s);
    if (k === undefined) continue;
    const id = JSON.stringify(k);
    const g = groups.get(id);
    if (g === undefined) groups.set(id, [k, [s]]);
    else g[1].push(s);
  }
  return [...groups.values()];
}

/** " ở 3 phần (section) của văn bản" when a finding covers several sections of a multi-section document. */
export function whereSections(model: DocumentModel, group: Section[]): string {
  if (model.sections.length <= 1) return "";
  if (group.length === 1) return ` ở phần (section) thứ ${group[0]!.index + 1} của văn bản`;
  return ` ở ${group.length} phần (section) của văn bản`;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/size"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  const severity = severityFor(data.firmness);
  for (const s of model.sections) {
    if (!s.known)
      ctx.report({ messageId: "unknown", severity: "info", basis, paragraph: firstParagraphOf(model, s.index) });
  }
  const known = model.sections.filter((s) => s.known);
  // A table section keeps its landscape page; the fix then sets A4 landscape, never turns the table portrait.
  const tableLandscape = (s: Section): boolean =>
    data.landscapeTables && s.orientation === "landscape" && isTableSection(model, ctx.structure, s.index);
  const landscapeOk = new Set(known.filter(tableLandscape).map((s) => s.index));
  const a4 = (s: Section): Fix["edits"][number] =>
    landscapeOk.has(s.index)
      ? { kind: "setPageSize", section: s.index, widthMm: data.heightMm, heightMm: data.widthMm }
      : { kind: "setPageSize", section: s.index, widthMm: data.widthMm, heightMm: data.heightMm };
  const fixFor = (group: Section[]): Fix => ({
    title: landscapeOk.has(group[0]!.index)
      ? `Đặt khổ giấy A4 ngang (${data.heightMm} × ${data.widthMm} mm)`
      : `Đặt khổ giấy A4 dọc (${data.widthMm} × ${data.heightMm} mm)`,
    edits: group.map(a4),
  });

  const wrongSize = (s: Section): boolean => {
    const [shortSide, longSide] =
      s.pageWidthMm < s.pageHeightMm ? [s.pageWidthMm, s.pageHeightMm] : [s.pageHeightMm, s.pageWidthMm];
    return (
      Math.abs(shortSide - data.widthMm) > data.toleranceMm || Math.abs(longSide - data.heightMm) > data.toleranceMm
    );
  };
  const sizeGroups = groupSections(known, (s) =>
    wrongSize(s)
      ? { width: round1(s.pageWidthMm), height: round1(s.pageHeightMm), ok: landscapeOk.has(s.index) }
      : undefined,
  );
  for (const [{ width, height, ok }, group] of sizeGroups) {
    // A landscape table appendix on Letter: the signed copy of an issued provincial report carries exactly that
    // (its appendix pages print scaled onto A4); the clerk does not send it back for it, so it is a warning.
    const appendixOnly = ok && group.every((sec) => sec.index > 0);
    ctx.report({
      messageId: appendixOnly ? "wrongSizeAppendix" : "wrongSize",
      data: {
        width,
        height,
        name: paperName(width, height),
        where: whereSections(model, group),
        expectedWidth: data.widthMm,
        expectedHeight: data.heightMm,
        basis: ctx.basisShort,
      },
      severity: appendixOnly ? "warning" : severity,
      basis,
      paragraph: firstParagraphOf(model, group[0]!.index),
      fix: fixFor(group),
    });
  }
  const turned = known.filter((s) => s.orientation === "landscape" && !landscapeOk.has(s.index));
  if (data.orientation === "portrait" && turned.length > 0) {
    ctx.report({
      messageId: data.landscapeTables ? "landscapeText" : "landscape",
      data: { basis: ctx.basisShort, where: whereSections(model, turned) },
      severity,
      basis,
      paragraph: firstParagraphOf(model, turned[0]!.index),
      fix: fixFor(turned),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
