import { readDocument } from "../../../src/docx/reader";
import { fixDocument } from "../../../src/fixer";
import { checkDocument } from "../../../src/check";
import type { SetPageSize } from "../../../src/model/fix";
import { rule as pageSize } from "../../../src/rules/page/size";
import type { SpecBlock } from "../../support/docSpec";
import { runRawRuleTester, runRuleTester } from "../../support/ruleTester";
import { stateReport, partyPlan, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, letter, LETTER_LANDSCAPE, withSections } from "./sections";

const SEVERAL_SECTIONS = "Word documents with several sections";

/** A data table (header row and `rows` task rows, four columns), as a plan's task table or an appendix. */
function taskTable(rows: number): SpecBlock {
  const cell = (text: string) => [{ type: "paragraph" as const, text, sizePt: 12 }];
  return {
    type: "table",
    columnWidthsMm: [15, 120, 60, 60],
    rows: [
      [cell("STT"), cell("Nhiệm vụ"), cell("Cơ quan chủ trì"), cell("Thời gian")],
      ...Array.from({ length: rows }, (_, i) => [
        cell(String(i + 1)),
        cell(`Rà soát, đơn giản hóa thủ tục hành chính nhóm ${i + 1}`),
        cell("Sở Nội vụ"),
        cell("Quý II/2026"),
      ]),
    ],
  };
}

runRuleTester(pageSize, {
  valid: [
    { name: "A4 portrait Party plan", doc: partyPlan() },
    { name: "A4 portrait State report", doc: stateReport() },
    { name: "A4 within the ±2 mm tolerance", doc: variant(partyPlan(), (d) => (d.page.widthMm = 211.5)) },
    // just inside the ±2 mm tolerance, on each side of each measure
    ...[211.9, 208.1].map((w) => ({
      name: `paper ${w} mm wide`,
      doc: variant(partyPlan(), (d) => (d.page.widthMm = w)),
    })),
    ...[298.9, 295.1].map((h) => ({
      name: `paper ${h} mm high`,
      doc: variant(stateReport(), (d) => (d.page.heightMm = h)),
    })),
    {
      name: "a landscape A4 document that is a table (a list, a schedule)",
      doc: variant(stateReport(), (d) => {
        d.page.widthMm = 297;
        d.page.heightMm = 210;
        d.blocks = [{ type: "paragraph", text: "DANH SÁCH", align: "center", bold: true }, taskTable(12)];
      }),
    },
  ],
  invalid: [
    {
      name: "US Letter in a Party plan is an error citing HD 36",
      doc: variant(partyPlan(), letter),
      findings: [
        {
          message: "Khổ giấy 215.9 × 279.4 mm (Letter); HD 36-HD/VPTW yêu cầu khổ A4 210 × 297 mm",
          severity: "error",
          paragraph: 0,
          basis: /^HD 36-HD\/VPTW, .*khổ giấy/,
        },
      ],
    },
    {
      name: "US Letter in a State report cites NĐ 30/2020, Phụ lục I",
      doc: variant(stateReport(), letter),
      findings: [
        {
          message: /Letter\); NĐ 30\/2020\/NĐ-CP yêu cầu khổ A4/,
          severity: "error",
          basis: /Phụ lục I, Phần I, mục II\.1/,
        },
      ],
    },
    {
      name: "a landscape page of running text (no table) is still an error",
      doc: variant(partyPlan(), (d) => {
        d.page.widthMm = 297;
        d.page.heightMm = 210;
      }),
      findings: [
        {
          message:
            "Trang đặt nằm ngang nhưng không phải trang bảng, biểu; HD 36-HD/VPTW chỉ cho trình bày theo chiều ngang khi văn bản có bảng, biểu",
          severity: "error",
        },
      ],
    },
    {
      name: "a landscape table on US Letter: the paper is wrong, not the orientation",
      profile: "state",
      doc: variant(stateReport(), (d) => {
        d.page.widthMm = 279.4;
        d.page.heightMm = 215.9;
        d.blocks = [{ type: "paragraph", text: "DANH SÁCH", align: "center", bold: true }, taskTable(12)];
      }),
      findings: [{ message: /^Khổ giấy 279\.4 × 215\.9 mm \(Letter\); NĐ 30/, severity: "error" }],
    },
    // just outside the tolerance: 2.1 mm off A4 is no known paper
    {
      name: "paper 212.1 mm wide: 2.1 mm over the tolerance",
      doc: variant(partyPlan(), (d) => (d.page.widthMm = 212.1)),
      findings: [
        {
          message: "Khổ giấy 212.1 × 297 mm (khổ tùy chọn); HD 36-HD/VPTW yêu cầu khổ A4 210 × 297 mm",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
    {
      name: "paper 207.9 mm wide",
      doc: variant(partyPlan(), (d) => (d.page.widthMm = 207.9)),
      findings: [{ message: "Khổ giấy 207.9 × 297 mm (khổ tùy chọn); HD 36-HD/VPTW yêu cầu khổ A4 210 × 297 mm" }],
    },
    {
      name: "paper 299.1 mm high",
      doc: variant(stateReport(), (d) => (d.page.heightMm = 299.1)),
      findings: [{ message: "Khổ giấy 210 × 299.1 mm (khổ tùy chọn); NĐ 30/2020/NĐ-CP yêu cầu khổ A4 210 × 297 mm" }],
    },
    {
      name: "paper 294.9 mm high",
      doc: variant(stateReport(), (d) => (d.page.heightMm = 294.9)),
      findings: [{ message: "Khổ giấy 210 × 294.9 mm (khổ tùy chọn); NĐ 30/2020/NĐ-CP yêu cầu khổ A4 210 × 297 mm" }],
    },
    {
      name: "A5 is named",
      doc: variant(stateReport(), (d) => {
        d.page.widthMm = 148;
        d.page.heightMm = 210;
      }),
      findings: [{ message: /\(A5\)/ }],
    },
  ],
});

runRawRuleTester(pageSize, SEVERAL_SECTIONS, {
  valid: [
    {
      name: "a plan whose PHỤ LỤC is a landscape A4 section holding the task table",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]),
    },
    {
      name: "two landscape appendices, each its own section",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC I"), section: A4_LANDSCAPE },
          { xml: appendixXml("PHỤ LỤC II"), section: A4_LANDSCAPE },
        ]),
    },
  ],
  invalid: [
    {
      name: "landscape appendices on US Letter: one warning for both sections, fixed to A4 landscape",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC I"), section: LETTER_LANDSCAPE },
          { xml: appendixXml("PHỤ LỤC II"), section: LETTER_LANDSCAPE },
        ]),
      findings: [
        {
          // The signed copy of an issued provincial report carries Letter appendices: a warning, said plainly.
          message:
            "Trang bảng, biểu nằm ngang khổ 279.4 × 215.9 mm (Letter) ở 2 phần (section) của văn bản; NĐ 30/2020/NĐ-CP yêu cầu khổ A4 (in ra A4 sẽ bị thu nhỏ)",
          severity: "warning",
        },
      ],
    },
    {
      name: "a landscape section at the end with running text and no table",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC", false), section: A4_LANDSCAPE }]),
      findings: [
        {
          message:
            "Trang đặt nằm ngang ở phần (section) thứ 2 của văn bản nhưng không phải trang bảng, biểu; NĐ 30/2020/NĐ-CP chỉ cho trình bày theo chiều ngang khi văn bản có bảng, biểu",
          severity: "error",
        },
      ],
    },
  ],
});

describe("page/size fixes keep landscape tables landscape", () => {
  const docx = () =>
    withSections(variant(stateReport(), letter), [{ xml: appendixXml("PHỤ LỤC"), section: LETTER_LANDSCAPE }]);

  it("offers A4 portrait for the text and A4 landscape for the table section", () => {
    const f = checkDocument(readDocument(docx()), { rules: ["page/size"] }).findings;
    const edits = f.flatMap((x) => x.fix?.edits ?? []) as SetPageSize[];
    expect(edits.map((e) => [e.section, e.widthMm, e.heightMm])).toEqual([
      [0, 210, 297],
      [1, 297, 210],
    ]);
  });

  it("ketluan fix: the appendix is A4 landscape afterwards, never turned portrait", () => {
    const out = fixDocument(docx());
    const after = readDocument(out.bytes).sections;
    expect(after.map((s) => [s.orientation, Math.round(s.pageWidthMm), Math.round(s.pageHeightMm)])).toEqual([
      ["portrait", 210, 297],
      ["landscape", 297, 210],
    ]);
    expect(out.after.findings.filter((x) => x.rule === "page/size")).toEqual([]);
  });

  it("ketluan fix leaves a right landscape appendix alone", () => {
    const input = withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]);
    const out = fixDocument(input, { rules: ["page/size", "page/margins"] });
    expect(out.changed).toBe(false);
  });
});
