/**
 * page/margins: the footer pushing the text up, the warning band's exact edge, the fix's values, portrait table pages
 * and landscape appendices whose margins are neither as set nor turned.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageMargins } from "../../../src/rules/page/margins";
import type { DocumentModel } from "../../../src/model/document";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, makeDocx, pageNumberHeaderXml } from "../../support/buildDocx";
import type { DocSpec, SpecBlock } from "../../support/docSpec";
import { stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const modelOf = (doc: DocSpec): DocumentModel => readDocument(makeDocx(docxPartsFromSpec(doc)));
const check = (model: DocumentModel): Finding[] =>
  checkDocument(model, { profile: "state", rules: [pageMargins.meta.id] }).findings;
const messages = (f: Finding[]): [string, string][] => f.map((x) => [x.message, x.severity]);
const runDocx = (docx: Uint8Array): [string, string][] => messages(check(readDocument(docx)));

const ND30 = "NĐ 30/2020/NĐ-CP";

describe("page/margins: header and footer distances", () => {
  it("a footer 12.7 mm from the edge under a 0 mm bottom margin pushes the text to 17.7 mm: a warning saying so", () => {
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.marginsMm.bottom = 0)),
      [],
      (p) => {
        p.footers = { rIdF: pageNumberHeaderXml(13).replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>") };
        p.body = p.body.replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdF"/><w:pgSz`);
      },
    );
    expect(runDocx(docx)).toEqual([
      [
        `Lề dưới 0 mm (chân trang đẩy chữ cách mép khoảng 17.7 mm), chưa đúng 20–25 mm theo ${ND30}; nên chỉnh lại`,
        "warning",
      ],
    ]);
  });

  it("a 0 mm top margin without any header is judged as set: an error", () => {
    const doc = variant(stateReport(), (d) => {
      d.page.marginsMm.top = 0;
      d.page.pageNumbers = false;
    });
    expect(messages(check(modelOf(doc)))).toEqual([[`Lề trên 0 mm; ${ND30} yêu cầu 20–25 mm`, "error"]]);
  });

  it("a header of two lines 12.7 mm from the edge pushes the text to 22.7 mm: nothing to say", () => {
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.marginsMm.top = 0)),
      [],
      (p) =>
        (p.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13).replace(
          "><w:p>",
          `><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p><w:p>`,
        )),
    );
    expect(runDocx(docx)).toEqual([]);
  });
});

describe("page/margins: the warning band's edge, exactly", () => {
  /** The State report with its left margin set on the model (the file's twips cannot hold 24 mm exactly). */
  const left = (mm: number): [string, string][] => {
    const model = modelOf(stateReport());
    model.sections[0]!.margins.leftMm = mm;
    return messages(check(model));
  };
  it("6 mm short of 30 mm (the 5 mm band plus the 1 mm tolerance) is still a warning", () => {
    expect(left(24)).toEqual([[`Lề trái 24 mm, chưa đúng 30–35 mm theo ${ND30}; nên chỉnh lại`, "warning"]]);
  });
  it("29 mm (1 mm short: the tolerance) is nothing to say", () => {
    expect(left(29)).toEqual([]);
  });
});

describe("page/margins: the bottom margin of a short text", () => {
  it("a 40 mm bottom margin on a one-page letter is too wide, not too short: an error", () => {
    const doc = variant(stateReport(), (d) => (d.page.marginsMm.bottom = 40));
    expect(messages(check(modelOf(doc)))).toEqual([[`Lề dưới 40 mm; ${ND30} yêu cầu 20–25 mm`, "error"]]);
  });

  it("a 5 mm bottom margin on a long text and on its one-page appendix: an error (the text reaches it)", () => {
    const docx = withSections(
      variant(stateReport(), (d) => {
        d.page.marginsMm.bottom = 5;
        longBody(d);
      }),
      [{ xml: appendixXml("PHỤ LỤC", false), section: { widthMm: 210, heightMm: 297, marginsMm: [20, 5, 30, 15] } }],
    );
    expect(runDocx(docx)).toEqual([[`Lề dưới 5 mm ở 2 phần (section) của văn bản; ${ND30} yêu cầu 20–25 mm`, "error"]]);
  });
});

describe("page/margins: the finding's basis and fix", () => {
  it("cites NĐ 30's clause, and the fix brings only the wrong margins into their ranges", () => {
    const model = modelOf(stateReport());
    Object.assign(model.sections[0]!.margins, { topMm: 22, bottomMm: 24, leftMm: 25, rightMm: 21.5 });
    const f = check(model);
    expect(messages(f)).toEqual([
      [`Lề trái 25 mm, chưa đúng 30–35 mm theo ${ND30}; nên chỉnh lại`, "warning"],
      [`Lề phải 21.5 mm, chưa đúng 15–20 mm theo ${ND30}; nên chỉnh lại`, "warning"],
    ]);
    expect(f[0]!.basis).toBe(`${ND30}, Phụ lục I, Phần I, mục II.3 (định lề trang)`);
    expect(f[0]!.fix!.title).toBe("Đặt lề trang theo quy định");
    const edit = f[0]!.fix!.edits[0]!;
    expect(edit.kind === "setPageMargins" ? [edit.section, edit.marginsMm] : edit).toEqual([
      0,
      { top: 22, bottom: 24, left: 30, right: 20 },
    ]);
  });
});

describe("page/margins: pages with tables", () => {
  /** A portrait page holding a list (a data table of 12 rows). */
  const table: SpecBlock = {
    type: "table",
    columnWidthsMm: [15, 80, 35, 35],
    rows: Array.from({ length: 13 }, (_, i) =>
      ["STT", `Nhiệm vụ ${i}`, "Sở Nội vụ", "Quý II/2026"].map((text) => [
        { type: "paragraph" as const, text, sizePt: 12 },
      ]),
    ),
  };

  it("a portrait list page with a 20 mm left margin is judged as portrait: an error", () => {
    const doc = variant(stateReport(), (d) => {
      d.page.marginsMm.left = 20;
      d.blocks = [{ type: "paragraph", text: "DANH SÁCH", align: "center", bold: true }, table];
    });
    expect(messages(check(modelOf(doc)))).toEqual([[`Lề trái 20 mm; ${ND30} yêu cầu 30–35 mm`, "error"]]);
  });

  const LANDSCAPE = (m: string) =>
    `Trang ngang (bảng, biểu) ở phần (section) thứ 2 của văn bản để lề trên/dưới/trái/phải ${m} mm; khi xoay ngang nên giữ lề của ${ND30} theo cạnh tương ứng: cạnh đóng gáy (lề trên) 30–35 mm, cạnh đối diện 15–20 mm, hai bên 20–25 mm`;
  it.each([
    // top and bottom wrong as set, left and right right as set: neither as set nor turned
    [[5, 5, 30, 15], "5/5/30/15"],
    // top right as set, bottom wrong both ways
    [[20, 5, 5, 15], "20/5/5/15"],
    // the binding edge on top, but the opposite edge (bottom) 5 mm: not turned either
    [[30, 5, 20, 20], "30/5/20/20"],
  ] as const)("a landscape appendix with margins %j: one warning", (m, shown) => {
    const docx = withSections(stateReport(), [
      { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [...m] } },
    ]);
    expect(runDocx(docx)).toEqual([[LANDSCAPE(shown), "warning"]]);
  });
});

describe("page/margins: a section whose page setup is unknown", () => {
  it("is left to page/size (no margins to judge)", () => {
    const parts = docxPartsFromSpec(stateReport());
    parts.body = parts.body.replace(/<w:sectPr>.*<\/w:sectPr>$/, "");
    expect(runDocx(makeDocx(parts))).toEqual([]);
  });
});
