import { readDocument } from "../../src/docx/reader";
import { fixDocument } from "../../src/fixer";
import { checkDocument } from "../../src/check";
import type { SetPageSize } from "../../src/model/fix";
import { rule as pageSize } from "../../src/rules/page/size";
import { rule as pageMargins } from "../../src/rules/page/margins";
import { rule as pageNumbers, estimatePages } from "../../src/rules/page/numbers";
import type { ProfileId } from "../../src/rules/profiles";
import type { Finding, Rule } from "../../src/rules/types";
import { docxPartsFromSpec, esc, makeDocx, pageNumberHeaderXml, type DocxParts } from "../support/buildDocx";
import type { DocSpec, SpecBlock } from "../support/docSpec";
import { expectFindings, runRuleTester, type ExpectedFinding } from "../support/ruleTester";
import { partyPlan, stateReport, variant } from "../support/samples";

const letter = (d: { page: { widthMm: number; heightMm: number } }) => {
  d.page.widthMm = 215.9;
  d.page.heightMm = 279.4;
};

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

/** Enough running text to fill several pages (the samples fit on one). */
function longBody(d: DocSpec, paragraphs = 40): void {
  const body = d.blocks[4]!;
  for (let i = 0; i < paragraphs; i++) d.blocks.splice(5, 0, JSON.parse(JSON.stringify(body)) as SpecBlock);
}

/* ---------- documents with several sections, written as Word writes them ---------- */

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

interface SectionSpec {
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
function appendixXml(title: string, table = true): string {
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
function withSections(
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

const A4_LANDSCAPE: SectionSpec = { widthMm: 297, heightMm: 210, marginsMm: [30, 20, 20, 20] };
const LETTER_LANDSCAPE: SectionSpec = { widthMm: 279.4, heightMm: 215.9, marginsMm: [30, 20, 20, 20] };

/* ---------- a table of raw .docx cases, with RuleTester's checks ---------- */

interface RawCase {
  name: string;
  docx: () => Uint8Array;
  profile?: ProfileId | "auto";
}

function findingsOfRaw(rule: Rule, c: RawCase): Finding[] {
  return checkDocument(readDocument(c.docx()), { profile: c.profile ?? "auto", rules: [rule.meta.id] }).findings;
}

/** RuleTester for documents the spec cannot describe (several sections, header parts): same checks, same fix test. */
function runRawTable(rule: Rule, cases: { valid: RawCase[]; invalid: (RawCase & { findings: ExpectedFinding[] })[] }) {
  describe(`${rule.meta.id} (Word documents with several sections)`, () => {
    if (cases.valid.length > 0)
      it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
        expect(findingsOfRaw(rule, c).map((f) => f.message)).toEqual([]);
      });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
      const found = findingsOfRaw(rule, c);
      expectFindings(found, c.findings);
      if (found.some((f) => f.fix !== undefined)) {
        const out = fixDocument(c.docx(), { profile: c.profile ?? "auto", rules: [rule.meta.id] });
        const left = new Set(out.after.findings.map((f) => f.message));
        for (const f of out.fixed) expect(left.has(f.message)).toBe(false);
      }
    });
  });
}

/* ---------- page/size ---------- */

runRuleTester(pageSize, {
  valid: [
    { name: "A4 portrait Party plan", doc: partyPlan() },
    { name: "A4 portrait State report", doc: stateReport() },
    { name: "A4 within the ±2 mm tolerance", doc: variant(partyPlan(), (d) => (d.page.widthMm = 211.5)) },
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

runRawTable(pageSize, {
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

/* ---------- page/margins ---------- */

runRuleTester(pageMargins, {
  valid: [
    { name: "Party 20/20/30/15", doc: partyPlan() },
    { name: "State 20/20/30/15 (lower ends of the ranges)", doc: stateReport() },
    {
      name: "State 25/25/35/20 (upper ends)",
      doc: variant(stateReport(), (d) => (d.page.marginsMm = { top: 25, bottom: 25, left: 35, right: 20 })),
    },
    { name: "Party margins within ±1 mm", doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 30.9)) },
  ],
  invalid: [
    {
      name: "Party left margin 25 mm is a warning (the value is practice, not firm)",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.left = 25)),
      findings: [{ message: "Lề trái 25 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại", severity: "warning" }],
    },
    {
      name: "State margins a little outside the ranges, as issued documents carry them: warnings, one per side",
      // Header and footer 2 mm from the edge: the margins themselves decide where the text prints.
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm = { top: 15, bottom: 12.5, left: 25.4, right: 20.5 };
        d.page.headerDistanceMm = 2;
      }),
      findings: [
        { message: "Lề trên 15 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
        { message: "Lề dưới 12.5 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
        { message: "Lề trái 25.4 mm, chưa đúng 30–35 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại", severity: "warning" },
      ],
    },
    {
      name: "State margins far outside the ranges are errors",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm = { top: 5, bottom: 20, left: 20, right: 30 };
        d.page.headerDistanceMm = 0;
      }),
      findings: [
        { message: "Lề trên 5 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" },
        { message: "Lề trái 20 mm; NĐ 30/2020/NĐ-CP yêu cầu 30–35 mm", severity: "error" },
        { message: "Lề phải 30 mm; NĐ 30/2020/NĐ-CP yêu cầu 15–20 mm", severity: "error" },
      ],
    },
    {
      name: "a 5 mm bottom margin on a one-page letter: the text never reaches it, a warning",
      doc: variant(stateReport(), (d) => (d.page.marginsMm.bottom = 5)),
      findings: [
        {
          message:
            "Lề dưới 5 mm, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; chữ chưa kín một trang nên chưa chạm tới lề này, vẫn nên chỉnh lại",
          severity: "warning",
        },
      ],
    },
    {
      name: "a 5 mm bottom margin on a document of several pages is an error",
      doc: variant(stateReport(), (d) => {
        d.page.marginsMm.bottom = 5;
        longBody(d);
      }),
      findings: [{ message: "Lề dưới 5 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm", severity: "error" }],
    },
    {
      name: "a forced profile applies its own values",
      doc: variant(partyPlan(), (d) => (d.page.marginsMm.right = 19)),
      profile: "party",
      findings: [{ message: "Lề phải 19 mm, chưa đúng 15 mm theo HD 36-HD/VPTW; nên chỉnh lại" }],
    },
  ],
});

runRawTable(pageMargins, {
  valid: [
    {
      name: "a landscape appendix with its margins turned (binding edge on top: 30/20/20/20)",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]),
    },
    {
      name: "a landscape appendix keeping the portrait margins side for side (20/20/30/15)",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [20, 20, 30, 15] } },
        ]),
    },
  ],
  invalid: [
    {
      name: "a landscape appendix with narrow margins: one warning, no fix (never reflows the table)",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, marginsMm: [18.3, 4.9, 25.4, 19.1] } },
        ]),
      findings: [
        {
          message:
            "Trang ngang (bảng, biểu) ở phần (section) thứ 2 của văn bản để lề trên/dưới/trái/phải 18.3/4.9/25.4/19.1 mm; khi xoay ngang nên giữ lề của NĐ 30/2020/NĐ-CP theo cạnh tương ứng: cạnh đóng gáy (lề trên) 30–35 mm, cạnh đối diện 15–20 mm, hai bên 20–25 mm",
          severity: "warning",
        },
      ],
    },
    {
      name: "a landscape section of running text is judged as the portrait page it should be",
      docx: () =>
        withSections(stateReport(), [
          { xml: appendixXml("PHỤ LỤC", false), section: { ...A4_LANDSCAPE, marginsMm: [30, 20, 20, 20] } },
        ]),
      findings: [
        // Sorted as the CLI prints them: errors first at the same paragraph.
        { message: /^Lề trái 20 mm ở phần \(section\) thứ 2 của văn bản; NĐ 30/, severity: "error" },
        { message: /^Lề trên 30 mm ở phần \(section\) thứ 2 của văn bản, chưa đúng 20–25 mm/, severity: "warning" },
      ],
    },
  ],
});

describe("page/margins: one finding for sections with the same margins", () => {
  it("two portrait sections with a 12.5 mm bottom margin give one warning whose fix covers both", () => {
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.marginsMm.bottom = 12.5)),
      [
        {
          xml: appendixXml("PHỤ LỤC", false),
          section: { widthMm: 210, heightMm: 297, marginsMm: [20, 12.5, 30, 15] },
        },
      ],
    );
    const f = checkDocument(readDocument(docx), { rules: ["page/margins"] }).findings;
    expect(f.map((x) => x.message)).toEqual([
      "Lề dưới 12.5 mm ở 2 phần (section) của văn bản, chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại",
    ]);
    expect(f[0]!.fix!.edits.map((e) => (e.kind === "setPageMargins" ? [e.section, e.marginsMm.bottom] : []))).toEqual([
      [0, 20],
      [1, 20],
    ]);
  });
});

/* ---------- page/numbers ---------- */

const FIRST_AND_DEFAULT = `<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`;

runRawTable(pageNumbers, {
  valid: [
    {
      name: "an appendix in its own section restarting the numbers at 1",
      docx: () =>
        withSections(stateReport(), [
          {
            xml: appendixXml("PHỤ LỤC"),
            section: { ...A4_LANDSCAPE, start: 1, refs: `${FIRST_AND_DEFAULT}<w:titlePg/>` },
          },
        ]),
    },
    {
      name: "a page number centred by the Header style's tab stop (two tabs, left-aligned paragraph)",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13)
            .replace(`<w:jc w:val="center"/>`, `<w:jc w:val="left"/>`)
            .replace("</w:pPr>", "</w:pPr><w:r><w:tab/></w:r><w:r><w:tab/></w:r>");
        }),
    },
    {
      name: "a PAGE field left in an even-page footer that never shows (no w:evenAndOddHeaders) on a short letter",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.footers = {
            rIdEven: pageNumberHeaderXml().replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>"),
          };
          parts.body = parts.body.replace("<w:pgSz", `<w:footerReference w:type="even" r:id="rIdEven"/><w:pgSz`);
        }),
    },
  ],
  invalid: [
    {
      name: "an appendix continuing the main document's numbers (no restart): a warning",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]),
      findings: [
        {
          message:
            "Phụ lục/văn bản kèm theo “PHỤ LỤC” đánh số trang tiếp theo văn bản chính; NĐ 30/2020/NĐ-CP đánh số trang riêng cho từng phụ lục (ngắt phần trước phụ lục, rồi Số trang › Định dạng số trang › Bắt đầu từ 1)",
          severity: "warning",
        },
      ],
    },
    {
      name: "an appendix whose section starts its numbers at 2",
      docx: () =>
        withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, start: 2 } }]),
      findings: [
        {
          message:
            "Phụ lục/văn bản kèm theo “PHỤ LỤC” đánh số trang bắt đầu từ 2; NĐ 30/2020/NĐ-CP đánh số trang riêng cho từng phụ lục, bắt đầu lại từ 1",
          severity: "warning",
        },
      ],
    },
    {
      name: "a page number in VNI-Times: said so, a warning (the digits look the same)",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13).replace(
            /<w:rPr>/g,
            `<w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>`,
          );
        }),
      findings: [
        {
          message:
            "Số trang dùng phông VNI-Times (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "warning",
        },
      ],
    },
    {
      name: "a 12 pt page number is a warning (issued documents commonly carry it), a 9 pt one an error",
      docx: () =>
        withSections(
          stateReport(),
          [
            {
              xml: appendixXml("PHỤ LỤC"),
              section: { ...A4_LANDSCAPE, start: 1, refs: `<w:headerReference w:type="default" r:id="rIdSmall"/>` },
            },
          ],
          (parts) => {
            parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(12);
            parts.headers!["rIdSmall"] = pageNumberHeaderXml(9);
          },
        ),
      findings: [
        { message: "Số trang cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "warning" },
        { message: "Số trang cỡ chữ 9 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" },
      ],
    },
    {
      name: "a long document whose only PAGE field sits in an unused even-page footer: no page shows a number",
      docx: () =>
        withSections(
          variant(stateReport(), (d) => {
            d.page.pageNumbers = false;
            longBody(d, 60);
          }),
          [],
          (parts) => {
            parts.footers = {
              rIdEven: pageNumberHeaderXml().replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>"),
            };
            parts.body = parts.body.replace("<w:pgSz", `<w:footerReference w:type="even" r:id="rIdEven"/><w:pgSz`);
          },
        ),
      findings: [
        {
          message:
            "Văn bản nhiều trang nhưng không đánh số trang; NĐ 30/2020/NĐ-CP yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên",
          severity: "error",
        },
      ],
    },
    {
      name: "a State letter of about two pages without numbers: a warning (the long one above: an error)",
      docx: () =>
        withSections(
          variant(stateReport(), (d) => {
            d.page.pageNumbers = false;
            longBody(d, 20);
          }),
          [],
        ),
      findings: [{ message: /^Văn bản nhiều trang nhưng không đánh số trang; NĐ 30/, severity: "warning" }],
    },
  ],
});

describe("estimatePages", () => {
  it("a sample letter fits on one page; forty more paragraphs run over several", () => {
    const one = readDocument(makeDocx(docxPartsFromSpec(stateReport())));
    const many = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => longBody(d)))));
    expect(estimatePages(one)).toBeLessThan(1.15);
    expect(estimatePages(many)).toBeGreaterThan(2);
  });
});

describe("page/margins judges where the text really starts", () => {
  /** The State report with a 0 mm top margin under its page-number header, the header `headerMm` from the edge. */
  function pushedTop(headerMm: number): Finding[] {
    const model = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => (d.page.marginsMm.top = 0)))));
    // w:pgMar w:header, as the reader is to carry it (Section.margins.headerMm).
    Object.assign(model.sections[0]!.margins, { headerMm });
    return checkDocument(model, { rules: ["page/margins"] }).findings;
  }

  it("a header 12.7 mm from the edge pushes the text to about 18 mm: a warning that says so", () => {
    expect(pushedTop(12.7).map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Lề trên 0 mm (đầu trang đẩy chữ cách mép khoảng 17.7 mm), chưa đúng 20–25 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại",
      ],
    ]);
  });

  it("a header 16 mm from the edge puts the text at 21 mm: nothing to say", () => {
    expect(pushedTop(16)).toEqual([]);
  });

  it("without the header distance the 0 mm margin is judged as set: an error", () => {
    const model = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => (d.page.marginsMm.top = 0)))));
    Object.assign(model.sections[0]!.margins, { headerMm: undefined });
    const f = checkDocument(model, { rules: ["page/margins"] }).findings;
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ["error", "Lề trên 0 mm; NĐ 30/2020/NĐ-CP yêu cầu 20–25 mm"],
    ]);
  });
});
