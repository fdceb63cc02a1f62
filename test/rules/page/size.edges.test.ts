/**
 * page/size: the tolerance's exact edge, the paper's name at its own ±2 mm, what makes a page a table page, the
 * fix's title, and a section whose page setup is missing.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageSize } from "../../../src/rules/page/size";
import type { DocumentModel } from "../../../src/model/document";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import type { DocSpec, SpecBlock } from "../../support/docSpec";
import { stateReport, variant } from "../../support/samples";
import { appendixXml, LETTER_LANDSCAPE, withSections } from "./sections";

const modelOf = (doc: DocSpec): DocumentModel => readDocument(makeDocx(docxPartsFromSpec(doc)));
const check = (model: DocumentModel): Finding[] =>
  checkDocument(model, { profile: "state", rules: [pageSize.meta.id] }).findings;
const messages = (f: Finding[]): [string, string][] => f.map((x) => [x.message, x.severity]);
const ND30 = "NĐ 30/2020/NĐ-CP";

/** A data table of `rows` rows (header included), four columns. */
const table = (rows: number): SpecBlock => ({
  type: "table",
  columnWidthsMm: [15, 80, 35, 35],
  rows: Array.from({ length: rows }, (_, i) =>
    ["STT", `Nhiệm vụ ${i}`, "Sở Nội vụ", "Quý II/2026"].map((text) => [
      { type: "paragraph" as const, text, sizePt: 12 },
    ]),
  ),
});
const landscape = (d: DocSpec): void => {
  d.page.widthMm = 297;
  d.page.heightMm = 210;
};
const LANDSCAPE_TEXT = `Trang đặt nằm ngang nhưng không phải trang bảng, biểu; ${ND30} chỉ cho trình bày theo chiều ngang khi văn bản có bảng, biểu`;

describe("page/size: the ±2 mm tolerance, exactly", () => {
  /** The State report with its paper set on the model (the file's twips cannot hold 212 mm exactly). */
  const paper = (w: number, h: number): [string, string][] => {
    const model = modelOf(stateReport());
    Object.assign(model.sections[0]!, { pageWidthMm: w, pageHeightMm: h });
    return messages(check(model));
  };
  it("212 × 297 and 210 × 299 mm (2 mm off): A4", () => {
    expect(paper(212, 297)).toEqual([]);
    expect(paper(210, 299)).toEqual([]);
  });
  it("a paper is named within its own ±2 mm: 150 × 210 mm is A5, 150.1 × 210 mm is not", () => {
    expect(paper(150, 210)).toEqual([[`Khổ giấy 150 × 210 mm (A5); ${ND30} yêu cầu khổ A4 210 × 297 mm`, "error"]]);
    expect(paper(150.1, 210)).toEqual([
      [`Khổ giấy 150.1 × 210 mm (khổ tùy chọn); ${ND30} yêu cầu khổ A4 210 × 297 mm`, "error"],
    ]);
    expect(paper(148, 212)).toEqual([[`Khổ giấy 148 × 212 mm (A5); ${ND30} yêu cầu khổ A4 210 × 297 mm`, "error"]]);
    expect(paper(148, 212.1)).toEqual([
      [`Khổ giấy 148 × 212.1 mm (khổ tùy chọn); ${ND30} yêu cầu khổ A4 210 × 297 mm`, "error"],
    ]);
  });
});

describe("page/size: what makes a landscape page a table page", () => {
  it("a landscape page whose only table has three rows (header and two tasks), nothing else: a table page", () => {
    const doc = variant(stateReport(), (d) => {
      landscape(d);
      d.blocks = [table(3)];
    });
    expect(messages(check(modelOf(doc)))).toEqual([]);
  });

  it("a landscape page whose table has two rows (a layout table): not a table page", () => {
    const doc = variant(stateReport(), (d) => {
      landscape(d);
      d.blocks = [table(2)];
    });
    expect(messages(check(modelOf(doc)))).toEqual([[LANDSCAPE_TEXT, "error"]]);
  });

  it("a landscape page of running text with a small table (less than half the lines): not a table page", () => {
    const doc = variant(stateReport(), (d) => {
      landscape(d);
      d.blocks.splice(5, 0, table(3));
    });
    expect(messages(check(modelOf(doc)))).toEqual([[LANDSCAPE_TEXT, "error"]]);
  });

  it("a landscape PHỤ LỤC section with more text than table cells: a table page, it belongs to an attachment", () => {
    const text = Array.from({ length: 20 }, () => appendixXml("", false).replace(/<w:p><\/w:p>$/, "")).join("");
    const docx = withSections(stateReport(), [
      {
        xml: appendixXml("PHỤ LỤC").replace(/<w:tbl>.*<\/w:tbl>/, "") + tableXml3() + text,
        section: { widthMm: 297, heightMm: 210, marginsMm: [30, 20, 20, 20] },
      },
    ]);
    expect(messages(checkDocument(readDocument(docx), { rules: [pageSize.meta.id] }).findings)).toEqual([]);
  });
});

/** A three-row task table as WordprocessingML. */
function tableXml3(): string {
  const tc = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const tr = (i: number) => `<w:tr>${[String(i), "Rà soát thủ tục", "Sở Nội vụ", "Quý II"].map(tc).join("")}</w:tr>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${tr(0)}${tr(1)}${tr(2)}</w:tbl>`;
}

describe("page/size: fixes and groups", () => {
  it("a portrait list page on US Letter: fixed to A4 portrait, never turned landscape", () => {
    const doc = variant(stateReport(), (d) => {
      d.page.widthMm = 215.9;
      d.page.heightMm = 279.4;
      d.blocks = [table(12)];
    });
    const f = check(modelOf(doc));
    expect(messages(f)).toEqual([[`Khổ giấy 215.9 × 279.4 mm (Letter); ${ND30} yêu cầu khổ A4 210 × 297 mm`, "error"]]);
    expect(f[0]!.fix!.title).toBe("Đặt khổ giấy A4 dọc (210 × 297 mm)");
    expect(f[0]!.fix!.edits).toEqual([{ kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 }]);
  });

  it("a landscape table appendix on Letter: the fix is titled A4 landscape", () => {
    const docx = withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: LETTER_LANDSCAPE }]);
    const f = checkDocument(readDocument(docx), { rules: [pageSize.meta.id] }).findings;
    expect(f.map((x) => [x.severity, x.fix?.title])).toEqual([["warning", "Đặt khổ giấy A4 ngang (297 × 210 mm)"]]);
  });

  it("a landscape table document on Letter, its appendix too: one error (the main pages are wrong too)", () => {
    const doc = variant(stateReport(), (d) => {
      d.page.widthMm = 279.4;
      d.page.heightMm = 215.9;
      d.blocks = [{ type: "paragraph", text: "DANH SÁCH", align: "center", bold: true }, table(12)];
    });
    const docx = withSections(doc, [{ xml: appendixXml("PHỤ LỤC"), section: LETTER_LANDSCAPE }]);
    expect(
      messages(checkDocument(readDocument(docx), { profile: "state", rules: [pageSize.meta.id] }).findings),
    ).toEqual([
      [
        `Khổ giấy 279.4 × 215.9 mm (Letter) ở 2 phần (section) của văn bản; ${ND30} yêu cầu khổ A4 210 × 297 mm`,
        "error",
      ],
    ]);
  });
});

describe("page/size: a body without its final w:sectPr", () => {
  it("says the page setup could not be read, at the first paragraph, as information", () => {
    const parts = docxPartsFromSpec(stateReport());
    parts.body = parts.body.replace(/<w:sectPr>.*<\/w:sectPr>$/, "");
    const f = checkDocument(readDocument(makeDocx(parts)), { rules: [pageSize.meta.id] }).findings;
    expect(f.map((x) => [x.message, x.severity, x.paragraph])).toEqual([
      ["Không đọc được khổ giấy của văn bản (không có thông tin trang); không thể kiểm tra khổ giấy", "info", 0],
    ]);
  });
});
