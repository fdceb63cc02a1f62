import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { rule as fontFamily, sameFamily, isLegacyFont } from "../../src/rules/font/family";
import { rule as fontSize } from "../../src/rules/font/size";
import { colourName, visibleColour } from "../../src/rules/font/color";
import type { Finding } from "../../src/rules/types";
import { docxPartsFromSpec, esc, makeDocx } from "../support/buildDocx";
import type { DocSpec, SpecBlock } from "../support/docSpec";
import { expectFindings, runRuleTester, type ExpectedFinding } from "../support/ruleTester";
import { blockPara, FIRST_BODY_PARAGRAPH, partyPlan, stateReport, variant } from "../support/samples";

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
  ],
  invalid: [
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
    ["Arial", false],
    ["VNI-Times", false],
  ])("%s is Times New Roman: %s", (font, same) => expect(sameFamily(font, "Times New Roman")).toBe(same));

  it.each([
    ["VNI-Times", true],
    [".VnTime", true],
    [".VnCentury Schoolbook", true],
    ["VnTimes", true],
    ["Times New Roman", false],
    ["Verdana", false],
  ])("%s is a legacy font: %s", (font, legacy) => expect(isLegacyFont(font)).toBe(legacy));
});

/* ---------- font/size ---------- */

runRuleTester(fontSize, {
  valid: [
    { name: "Party body at 14 pt", doc: partyPlan() },
    { name: "Party body at 15 pt", doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 15)) },
    { name: "State body at 14 pt; 12 pt recipients and 13 pt header are not body text", doc: stateReport() },
    { name: "State body at 13 pt", doc: variant(stateReport(), (d) => (d.defaults.sizePt = 13)) },
    {
      name: "a task table's 12 pt cells and a centred 16 pt title in the body are not running text",
      doc: variant(stateReport(), (d) => {
        d.blocks.splice(
          6,
          0,
          { type: "paragraph", text: "BẢNG PHÂN CÔNG NHIỆM VỤ", align: "center", bold: true, sizePt: 16 },
          {
            type: "table",
            columnWidthsMm: [15, 100, 50],
            rows: [1, 2, 3, 4].map((i) => [
              [{ type: "paragraph" as const, text: String(i), sizePt: 12 }],
              [{ type: "paragraph" as const, text: `Nhiệm vụ thứ ${i}`, sizePt: 12 }],
              [{ type: "paragraph" as const, text: "Sở Nội vụ", sizePt: 12 }],
            ]),
          },
        );
      }),
    },
  ],
  invalid: [
    {
      name: "Party body at 13 pt: every body paragraph, nothing in the header or signature tables",
      doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 13)),
      findings: Array.from({ length: 7 }, (_, i) => ({
        message: "Cỡ chữ phần nội dung 13 pt; HD 36-HD/VPTW yêu cầu 14–15 pt",
        severity: "error" as const,
        paragraph: FIRST_BODY_PARAGRAPH + i,
      })),
    },
    {
      name: "State body paragraph with a 12 pt run",
      doc: variant(stateReport(), (d) => {
        const b = d.blocks[6];
        if (b?.type === "paragraph") b.sizePt = 12;
      }),
      findings: [
        {
          message: "Cỡ chữ phần nội dung 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "a 16 pt full stop in 14 pt text is a warning, fixed back to the paragraph's 14 pt",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: ".", sizePt: 16 }];
      }),
      findings: [
        {
          message: "Dấu câu “.” cỡ chữ 16 pt trong đoạn văn; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "warning",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
  ],
});

describe("font/size fixes", () => {
  it("a paragraph of 14 pt text with a 12 pt word is set to 14 pt, not 13", () => {
    const doc = variant(stateReport(), (d) => {
      blockPara(d, 6).runs = [
        { text: "Tập trung đẩy mạnh " },
        { text: "giải phóng", sizePt: 12 },
        { text: " mặt bằng." },
      ];
    });
    const f = checkDocument(readDocument(makeDocx(docxPartsFromSpec(doc))), { rules: ["font/size"] }).findings;
    expect(f.map((x) => x.fix?.edits)).toEqual([
      [{ kind: "setRunFormat", paragraph: FIRST_BODY_PARAGRAPH + 2, props: { sizePt: 14 } }],
    ]);
  });
});

/* ---------- font/color ---------- */

/** The spec as a .docx with the runs whose text is exactly `text` coloured `hex`. */
function coloured(spec: DocSpec, runs: [text: string, hex: string][]): Uint8Array {
  const parts = docxPartsFromSpec(spec);
  for (const [text, hex] of runs) {
    const run = new RegExp(`<w:r>(<w:rPr>(.*?)</w:rPr>)?(<w:t(?: xml:space="preserve")?>${esc(text)}</w:t>)`);
    const before = parts.body;
    parts.body = parts.body.replace(run, (_m, _r, rPr: string | undefined, t: string) => {
      return `<w:r><w:rPr>${rPr ?? ""}<w:color w:val="${hex}"/></w:rPr>${t}`;
    });
    if (parts.body === before) throw new Error(`no run "${text}"`);
  }
  return makeDocx(parts);
}

const RED_PARAGRAPH = "Tập trung đẩy mạnh giải phóng mặt bằng các dự án trọng điểm.";

function colourDoc(edit: (d: DocSpec) => void = () => {}): DocSpec {
  return variant(stateReport(), (d) => {
    blockPara(d, 6).runs = [{ text: RED_PARAGRAPH }];
    edit(d);
  });
}

interface ColourCase {
  name: string;
  docx: () => Uint8Array;
  findings?: ExpectedFinding[];
}

function colourFindings(c: ColourCase): Finding[] {
  return checkDocument(readDocument(c.docx()), { rules: ["font/color"] }).findings;
}

describe("font/color", () => {
  const valid: ColourCase[] = [
    { name: "black (auto) text", docx: () => makeDocx(docxPartsFromSpec(stateReport())) },
    { name: "explicit 000000", docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "000000"]]) },
    {
      name: "Word's near-black shades (Text 1, lighter 5%: 0D0D0D)",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "0D0D0D"]]),
    },
    {
      name: "white text prints as nothing: not judged here",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "FFFFFF"]]),
    },
  ];
  const invalid: (ColourCase & { findings: ExpectedFinding[] })[] = [
    {
      name: "a whole body paragraph in red is an error",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "EE0000"]]),
      findings: [
        {
          message: "Chữ màu đỏ (#EE0000) trên cả đoạn; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "a long coloured stretch inside a paragraph is an error",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [
              { text: "Tập trung " },
              { text: "đẩy mạnh giải phóng mặt bằng các dự án trọng điểm" },
              { text: ", phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư và kinh doanh của tỉnh." },
            ];
          }),
          [["đẩy mạnh giải phóng mặt bằng các dự án trọng điểm", "0070C0"]],
        ),
      findings: [
        {
          message:
            "Chữ màu xanh dương (#0070C0) trên một phần đoạn (“đẩy mạnh giải phóng mặt bằng các dự án…”); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
        },
      ],
    },
    {
      name: "a red full stop is a warning",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: "." }];
          }),
          [[".", "FF0000"]],
        ),
      findings: [{ message: "Chữ màu đỏ (#FF0000) ở “.”; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen", severity: "warning" }],
    },
    {
      name: "a web address in hyperlink blue is a warning",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Thông tin đăng tải tại " }, { text: "https://cchc.lamdong.gov.vn/" }];
          }),
          [["https://cchc.lamdong.gov.vn/", "0563C1"]],
        ),
      findings: [
        {
          message:
            "Địa chỉ “https://cchc.lamdong.gov.vn/” màu xanh dương (màu liên kết); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "warning",
        },
      ],
    },
  ];
  it.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
    expect(colourFindings(c).map((f) => f.message)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
    const found = colourFindings(c);
    expectFindings(found, c.findings);
    for (const got of found) expect(got.basis).toMatch(/màu đen/);
  });

  it.each([
    ["EE0000", "đỏ"],
    ["0563C1", "xanh dương"],
    ["00B050", "xanh lá"],
    ["FFC000", "vàng"],
    ["808080", "xám"],
    ["7030A0", "tím"],
  ])("names #%s %s", (hex, name) => expect(colourName(visibleColour(hex)!)).toBe(name));
});
