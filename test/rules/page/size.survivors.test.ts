/**
 * page/size, pinned where the rule tests left it loose: what makes a landscape section a table page when the file
 * also holds other text, blank lines or an appendix, a landscape page left blank, and an office whose style sheet
 * wants every page portrait.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { rule as pageSize } from "../../../src/rules/page/size";
import type { Finding } from "../../../src/rules/types";
import { esc } from "../../support/buildDocx";
import type { DocSpec, SpecBlock } from "../../support/docSpec";
import { stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const ID = pageSize.meta.id;
const ND30 = "NĐ 30/2020/NĐ-CP";
const BASIS = `${ND30}, Phụ lục I, Phần I, mục II.1 (khổ giấy) và II.2 (kiểu trình bày)`;
const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  paragraph: f.paragraph,
  message: f.message,
  basis: f.basis,
  fix: f.fix,
});
const run = (docx: Uint8Array, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(docx), { rules: [ID], directives: false, ...options }).findings.map(brief);

const p = (text: string, pPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** A results table of `rows` data rows under its heading row, four columns (WordprocessingML). */
function tableXml(rows: number): string {
  const tc = (t: string) => `<w:tc>${p(t)}</w:tc>`;
  const tr = (cells: string[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
  const body = Array.from({ length: rows }, (_, i) =>
    tr([String(i + 1), `Xã ${["Bảo Sơn", "Bảo Đài", "Cẩm Lý", "Đông Hưng", "Lan Mẫu"][i % 5]}`, "Đạt", "Quý IV/2023"]),
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${tr(["STT", "Đơn vị", "Kết quả", "Thời gian"])}${body.join("")}</w:tbl>`;
}
const landscapeText = (where: string) =>
  `Trang đặt nằm ngang${where} nhưng không phải trang bảng, biểu; ${ND30} chỉ cho trình bày theo chiều ngang khi văn bản có bảng, biểu`;
const A4_PORTRAIT_FIX = (sections: number[]) => ({
  title: "Đặt khổ giấy A4 dọc (210 × 297 mm)",
  edits: sections.map((section) => ({ kind: "setPageSize", section, widthMm: 210, heightMm: 297 })),
});

describe("page/size: a table page is judged on its own section's text", () => {
  it("a long report, then a landscape results table (no PHỤ LỤC title): the table page may be landscape", () => {
    const docx = withSections(
      variant(stateReport(), (d) => longBody(d, 20)),
      [{ xml: p("Kết quả cụ thể tại từng xã như sau:") + tableXml(8), section: A4_LANDSCAPE }],
    );
    expect(run(docx)).toEqual([]);
  });

  it("a landscape results table followed by a dozen blank lines (each a typed space): still a table page", () => {
    const docx = withSections(stateReport(), [
      { xml: p("Kết quả cụ thể tại từng xã như sau:") + tableXml(2) + p(" ").repeat(12), section: A4_LANDSCAPE },
    ]);
    expect(run(docx)).toEqual([]);
  });
});

describe("page/size: a report laid out landscape, its PHỤ LỤC after it", () => {
  it("the report's running text with a small table is no table page, though an appendix follows it", () => {
    const doc: DocSpec = variant(stateReport(), (d) => {
      d.page.widthMm = 297;
      d.page.heightMm = 210;
      const small: SpecBlock = {
        type: "table",
        columnWidthsMm: [15, 80, 35, 35],
        rows: [
          "STT|Nhiệm vụ|Chủ trì|Thời gian",
          "1|Rà soát thủ tục|Sở Nội vụ|Quý II",
          "2|Số hóa hồ sơ|Văn phòng|Quý III",
        ].map((r) => r.split("|").map((text) => [{ type: "paragraph" as const, text, sizePt: 12 }])),
      };
      d.blocks.splice(5, 0, small);
    });
    const docx = withSections(doc, [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]);
    expect(run(docx)).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: 0,
        message: landscapeText(" ở phần (section) thứ 1 của văn bản"),
        basis: BASIS,
        fix: A4_PORTRAIT_FIX([0]),
      },
    ]);
  });
});

describe("page/size: a landscape page left blank", () => {
  it("a blank landscape section at the end (its table moved elsewhere): not a table page, an error", () => {
    const docx = withSections(stateReport(), [{ xml: `<w:p/><w:p/>${p(" ")}`, section: A4_LANDSCAPE }]);
    // At the blank section's first paragraph: after the report's 24 paragraphs and the one holding the break.
    expect(run(docx)).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: 25,
        message: landscapeText(" ở phần (section) thứ 2 của văn bản"),
        basis: BASIS,
        fix: A4_PORTRAIT_FIX([1]),
      },
    ]);
  });
});

describe("page/size: an office whose style sheet wants every page portrait (landscapeTables: false)", () => {
  const IDS = RULES.map((r) => r.meta.id);
  const office = officeCheckOptions(
    officeConfig({ profiles: { state: { "page/size": { landscapeTables: false } } } }, "ketluan.config.json", IDS),
  );
  it("a landscape PHỤ LỤC table: said to be landscape, fixed to A4 portrait", () => {
    const docx = withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]);
    expect(run(docx, { office })).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: 25,
        message: `Trang đặt nằm ngang ở phần (section) thứ 2 của văn bản; ${ND30} yêu cầu trình bày theo chiều dọc`,
        basis: BASIS,
        fix: A4_PORTRAIT_FIX([1]),
      },
    ]);
  });
});
