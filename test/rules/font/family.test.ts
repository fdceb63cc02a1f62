import { rule as fontFamily, sameFamily, isLegacyFont, isSymbolFont } from "../../../src/rules/font/family";
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec, SpecBlock } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, FIRST_BODY_PARAGRAPH, partyPlan, stateReport, variant } from "../../support/samples";

/** Apply a change to every paragraph (table cells included). */
function everyParagraph(d: DocSpec, f: (p: Extract<SpecBlock, { type: "paragraph" }>) => void): void {
  for (const b of d.blocks) {
    if (b.type === "paragraph") f(b);
    else for (const row of b.rows) for (const cell of row) for (const p of cell) f(p);
  }
}

/* ---------- font/family ---------- */

runRuleTester(fontFamily, {
  valid: [
    { name: "Times New Roman from the theme", doc: partyPlan() },
    {
      name: "Times New Roman set directly on runs",
      doc: variant(stateReport(), (d) => everyParagraph(d, (p) => (p.font = "Times New Roman"))),
    },
    {
      name: "case of the font name does not matter",
      doc: variant(partyPlan(), (d) => (d.defaults.font = "times new roman")),
    },
    {
      name: "fonts named with their style are Times New Roman",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 4).runs = [
          { text: "Thực hiện ", font: "Times New Roman Bold" },
          { text: "Kết luận ", font: "TimesNewRoman,Italic" },
          { text: "số 125-KL/TU ", font: "TimesNewRomanPS-BoldMT" },
          { text: "ngày 05/9/2023", font: "Times New Roman Bold Italic" },
        ];
        blockPara(d, 5).font = "TimesNewRoman";
      }),
    },
    {
      name: "a bullet in Symbol or Wingdings and spaces in Arial are not text",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 4).runs = [
          { text: "", font: "Symbol" },
          { text: "  ", font: "Arial" },
          { text: "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023" },
        ];
        blockPara(d, 6).runs = [{ text: "Ø", font: "Wingdings" }, { text: " Tập trung đẩy mạnh giải phóng mặt bằng." }];
      }),
    },
    {
      name: "a ✓ from Word's Insert › Symbol (Segoe UI Symbol) and a LibreOffice bullet (OpenSymbol) are not text",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 4).runs = [
          { text: "✓ ", font: "Segoe UI Symbol" },
          { text: "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023" },
        ];
        blockPara(d, 6).runs = [
          { text: "•", font: "OpenSymbol" },
          { text: " Tập trung đẩy mạnh giải phóng mặt bằng." },
        ];
      }),
    },
  ],
  invalid: [
    {
      name: "words typed in Segoe UI Symbol are text in a wrong font, not a symbol",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng.", font: "Segoe UI Symbol" }];
      }),
      findings: [
        {
          message: "Phông chữ Segoe UI Symbol; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "words in Arial and a full stop in Calibri: the paragraph's fonts are one error",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh giải phóng mặt bằng", font: "Arial" },
          { text: " . ", font: "Calibri" },
        ];
      }),
      findings: [
        {
          message: "Phông chữ Arial, Calibri; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "VNI-Times with Arial in one paragraph: named as a legacy font",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh ", font: "VNI-Times" },
          { text: "giải phóng mặt bằng.", font: "Arial" },
        ];
      }),
      findings: [
        {
          message:
            "Phông chữ VNI-Times, Arial (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "error",
        },
      ],
    },
    {
      name: "punctuation in Arial (wrong on words elsewhere) and Calibri (not): a warning naming both, without spaces",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 4).font = "Arial";
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh giải phóng mặt bằng" },
          { text: " ,", font: "Arial" },
          { text: " . ", font: "Calibri" },
        ];
      }),
      findings: [
        {
          message: "Phông chữ Arial; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH,
        },
        {
          message:
            "Dấu câu hoặc chữ số “, .” ở phông Arial, Calibri; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman cho toàn văn bản",
          severity: "warning",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "one body paragraph in Arial",
      doc: variant(partyPlan(), (d) => {
        const b = d.blocks[5];
        if (b?.type === "paragraph") b.font = "Arial";
      }),
      findings: [
        {
          message: "Phông chữ Arial; HD 36-HD/VPTW yêu cầu phông Times New Roman",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 1,
          basis: /phông chữ/,
        },
      ],
    },
    {
      name: "a mixed paragraph lists each wrong font once",
      doc: variant(stateReport(), (d) => {
        const b = d.blocks[4];
        if (b?.type === "paragraph") {
          b.runs = [
            { text: "Thực hiện ", font: "Arial" },
            { text: "Kết luận ", font: "Calibri" },
            { text: "số 125-KL/TU", font: "Arial" },
          ];
        }
      }),
      findings: [
        {
          message: "Phông chữ Arial, Calibri; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          paragraph: FIRST_BODY_PARAGRAPH,
        },
      ],
    },
    {
      name: "a theme font other than Times New Roman reaches every paragraph",
      doc: variant(partyPlan(), (d) => (d.defaults.font = "Calibri")),
      // Every paragraph with text: 6 in the header table, 3 in the title block, 7 in the body, 7 in the signature table.
      // The issuer's "*" and the "-----" are in the same wrong font as the words: the same error, not a second kind.
      findings: Array.from({ length: 23 }, () => ({ message: /^Phông chữ Calibri;/, severity: "error" as const })),
    },
    {
      name: "a “*” alone in Arial in a Times New Roman draft: a warning",
      doc: variant(partyPlan(), (d) => {
        const t = d.blocks[0]!;
        if (t.type === "table") t.rows[0]![0]![2]!.font = "Arial";
      }),
      findings: [{ message: /^Dấu câu hoặc chữ số “\*” ở phông Arial;/, severity: "warning", paragraph: 2 }],
    },
    {
      name: "two pasted paragraphs in Cambria: one finding each",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 4).font = "Cambria";
        blockPara(d, 6).font = "Cambria";
      }),
      findings: [
        {
          message: "Phông chữ Cambria; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          paragraph: FIRST_BODY_PARAGRAPH,
        },
        {
          message: "Phông chữ Cambria; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "a legacy VNI font is named as such, an error",
      doc: variant(stateReport(), (d) => (blockPara(d, 5).font = "VNI-Times")),
      findings: [
        {
          message:
            "Phông chữ VNI-Times (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "error",
        },
      ],
    },
    {
      name: "a full stop alone in Calibri is a warning",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: ".", font: "Calibri" }];
      }),
      findings: [
        {
          message:
            "Dấu câu hoặc chữ số “.” ở phông Calibri; NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman cho toàn văn bản",
          severity: "warning",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
  ],
});

describe("font names", () => {
  it.each([
    ["Times New Roman Bold", true],
    ["Times New Roman,Bold", true],
    ["TimesNewRomanPSMT", true],
    ["Times New Roman CE", true],
    ["Times", false],
    ["Times New", false],
    ["Arial", false],
    ["VNI-Times", false],
  ])("%s is Times New Roman: %s", (font, same) => expect(sameFamily(font, "Times New Roman")).toBe(same));

  it.each([
    ["VNI-Times", true],
    [".VnTime", true],
    [".VnCentury Schoolbook", true],
    ["VnTimes", true],
    ["VN Times", true],
    ["VN Time", true],
    [" VNI-Times", true],
    ["UVN Times", false],
    ["Times New Roman", false],
    ["Verdana", false],
  ])("%s is a legacy font: %s", (font, legacy) => expect(isLegacyFont(font)).toBe(legacy));
});

describe("symbol fonts", () => {
  it.each([
    ["Symbol", true],
    [" Symbol", true],
    ["Symbol ", true],
    ["Wingdings", true],
    ["Wingdings 2", true],
    ["Wingdings 3", true],
    ["ZapfDingbats", true],
    ["Zapf Dingbats", true],
    ["Symbola", false],
    ["Wingdings 4", false],
    ["Times New Roman", false],
  ])("%s draws symbols: %s", (font, symbol) => expect(isSymbolFont(font)).toBe(symbol));
});

describe("font/family fix", () => {
  it("sets the paragraph's runs to Times New Roman", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 5).font = "Arial"));
    const f = checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [fontFamily.meta.id] }).findings;
    expect(f.map((x) => x.fix)).toEqual([
      {
        title: "Đặt phông Times New Roman",
        edits: [{ kind: "setRunFormat", paragraph: FIRST_BODY_PARAGRAPH + 1, props: { font: "Times New Roman" } }],
      },
    ]);
  });
});
