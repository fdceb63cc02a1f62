/**
 * WordprocessingML written the way Word writes it, for layouts the DocSpec builder (buildDocx.ts) cannot describe:
 * a line break inside a cell paragraph, a first row merged across the header table, a line split by tab stops.
 * Also `brief`: a finding as the drafter reads it, for whole-finding assertions.
 */
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import type { Finding } from "../../src/rules/types";
import { esc, makeDocx, stylesXml } from "./buildDocx";

export const B = "<w:b/>";
export const I = "<w:i/>";
export const U = `<w:u w:val="single"/>`;
export const sz = (pt: number): string => `<w:sz w:val="${pt * 2}"/>`;
export const jc = (alignment: string): string => `<w:jc w:val="${alignment}"/>`;
/** A run of text with its run properties. */
export const R = (text: string, rPr = ""): string =>
  `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
export const TAB = `<w:r><w:tab/></w:r>`;
/** Shift+Enter. */
export const BR = `<w:r><w:br/></w:r>`;
export const P = (content: string, pPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
/** Centre tab stops at the middle of each half of a 165 mm text area (a one-line header of two sides). */
export const HALVES = `<w:tabs><w:tab w:val="center" w:pos="2340"/><w:tab w:val="center" w:pos="7020"/></w:tabs>`;
/** A4, margins 20/20/30/15 mm: a 165 mm text area. */
export const SECT_A4 = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
/** Times New Roman 14 pt as the document default. */
export const TNR_STYLES = stylesXml({
  docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>`,
});
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A .docx of this body on A4 with Times New Roman 14 pt. */
export const wordmlDocx = (body: string): Uint8Array => makeDocx({ body: body + SECT_A4, styles: TNR_STYLES });
export const readWordml = (body: string): DocumentModel => readDocument(wordmlDocx(body));

/** A borderless table; a row of one cell spans the whole width (w:gridSpan), as a merged first row does. */
export function borderlessTable(rows: string[][], widthsMm: number[]): string {
  const grid = widthsMm.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join("");
  const nil = ["top", "left", "bottom", "right", "insideH", "insideV"].map((x) => `<w:${x} w:val="nil"/>`).join("");
  const cell = (content: string, i: number, n: number): string =>
    `<w:tc><w:tcPr>${
      n === 1 && widthsMm.length > 1
        ? `<w:tcW w:w="${twips(widthsMm.reduce((a, b) => a + b, 0))}" w:type="dxa"/><w:gridSpan w:val="${widthsMm.length}"/>`
        : `<w:tcW w:w="${twips(widthsMm[i]!)}" w:type="dxa"/>`
    }</w:tcPr>${content === "" ? "<w:p/>" : content}</w:tc>`;
  const tr = rows.map((cells) => `<w:tr>${cells.map((c, i) => cell(c, i, cells.length)).join("")}</w:tr>`).join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${nil}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${tr}</w:tbl>`;
}

/** A finding as the drafter reads it: rule, severity, paragraph, message, and its fix when it has one. */
export const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  paragraph: f.paragraph,
  message: f.message,
  ...(f.fix === undefined ? {} : { fix: f.fix }),
});
