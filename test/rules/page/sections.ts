/**
 * Documents of several sections, written as Word writes them, for the page rules: the State report (or a variant)
 * followed by appendix sections, each with its own page setup and header references.
 */
import { docxPartsFromSpec, esc, makeDocx, type DocxParts } from "../../support/buildDocx";
import type { DocSpec, SpecBlock } from "../../support/docSpec";

export const letter = (d: { page: { widthMm: number; heightMm: number } }) => {
  d.page.widthMm = 215.9;
  d.page.heightMm = 279.4;
};

/** Enough running text to fill several pages (the samples fit on one). */
export function longBody(d: DocSpec, paragraphs = 40): void {
  const body = d.blocks[4]!;
  for (let i = 0; i < paragraphs; i++) d.blocks.splice(5, 0, JSON.parse(JSON.stringify(body)) as SpecBlock);
}

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export interface SectionSpec {
  widthMm: number;
  heightMm: number;
  /** top, bottom, left, right */
  marginsMm?: [number, number, number, number];
  /** w:pgNumType w:start */
  start?: number;
  /** Header/footer references and w:titlePg, as Word writes them (empty: inherit the previous section's). */
  refs?: string;
}

function sectPr(s: SectionSpec): string {
  const [top, bottom, left, right] = s.marginsMm ?? [20, 20, 30, 15];
  const orient = s.widthMm > s.heightMm ? ` w:orient="landscape"` : "";
  return (
    `<w:sectPr>${s.refs ?? ""}<w:pgSz w:w="${twips(s.widthMm)}" w:h="${twips(s.heightMm)}"${orient}/>` +
    `<w:pgMar w:top="${twips(top)}" w:right="${twips(right)}" w:bottom="${twips(bottom)}" w:left="${twips(left)}" w:header="720" w:footer="720" w:gutter="0"/>` +
    (s.start === undefined ? "" : `<w:pgNumType w:start="${s.start}"/>`) +
    `</w:sectPr>`
  );
}

const p = (text: string, pPr = "", rPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

function tableXml(rows: number): string {
  const tc = (t: string) => `<w:tc>${p(t, "", `<w:sz w:val="24"/>`)}</w:tc>`;
  const tr = (cells: string[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
  const body = Array.from({ length: rows }, (_, i) =>
    tr([String(i + 1), `Rà soát thủ tục hành chính nhóm ${i + 1}`, "Sở Nội vụ", "Quý II/2026"]),
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${tr(["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"])}${body.join("")}</w:tbl>`;
}

/** An appendix: its title, its tie line, then a task table (or running text when `table` is false). */
export function appendixXml(title: string, table = true): string {
  return (
    p(title, `<w:jc w:val="center"/>`, "<w:b/>") +
    p(
      "(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20 tháng 12 năm 2023 của Phòng Kinh tế và Hạ tầng)",
      `<w:jc w:val="center"/>`,
      "<w:i/>",
    ) +
    (table
      ? tableXml(8)
      : p(
          "Nội dung phụ lục trình bày bằng lời văn, không có bảng, biểu nào: các nhiệm vụ được mô tả trong từng đoạn.",
          `<w:jc w:val="both"/>`,
        )) +
    p("")
  );
}

/**
 * The State report (or a variant) followed by appendix sections: the main document's section keeps the sample's
 * page setup and page-number header; each appendix is its own section.
 */
export function withSections(
  main: DocSpec,
  appendices: { xml: string; section: SectionSpec }[],
  edit: (parts: DocxParts) => void = () => {},
): Uint8Array {
  const parts = docxPartsFromSpec(main);
  const m = /<w:sectPr>.*<\/w:sectPr>$/.exec(parts.body)!;
  let mainSect = m[0];
  let body = parts.body.slice(0, m.index);
  for (const a of appendices) {
    body += `<w:p><w:pPr>${mainSect}</w:pPr></w:p>` + a.xml;
    mainSect = sectPr(a.section);
  }
  parts.body = body + mainSect;
  edit(parts);
  return makeDocx(parts);
}

export const A4_LANDSCAPE: SectionSpec = { widthMm: 297, heightMm: 210, marginsMm: [30, 20, 20, 20] };
export const LETTER_LANDSCAPE: SectionSpec = { widthMm: 279.4, heightMm: 215.9, marginsMm: [30, 20, 20, 20] };
