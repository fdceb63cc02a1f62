/**
 * Word's automatic numbering read from numbering.xml (src/docx/numbering.ts): the label Word shows before each
 * numbered paragraph, counted in document order. Documents are built by code (raw parts, and DocSpecs written by our
 * builder and by LibreOffice), and checked on a real plan whose sections Word numbers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeLibreOfficeFixtures } from "../../scripts/make-libreoffice-fixtures";
import { readLocatedDocument } from "../../src/docx/located";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import {
  buildDocxFromSpec,
  makeDocx,
  makeFlatOpc,
  numberingXml,
  stylesXml,
  type DocxParts,
} from "../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../support/docSpec";
import { libreOfficeAvailable } from "../support/libreoffice";

const p = (text: string, pPr = ""): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (numId: number | string, ilvl?: number): string =>
  `<w:numPr>${ilvl === undefined ? "" : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}<w:lvlJc w:val="left"/></w:lvl>`;
const abstract = (id: number, levels: string, extra = ""): string =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
const numDef = (numId: number, abstractId: number, overrides = ""): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

/** The levels of a Vietnamese plan: I. → 1. → a) → -. */
const PLAN_LEVELS =
  lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") + lvl(2, "lowerLetter", "%3)") + lvl(3, "bullet", "-");

const labels = (m: DocumentModel): (string | null)[] => m.paragraphs.map((x) => x.listLabel ?? null);
const levels = (m: DocumentModel): (number | null)[] => m.paragraphs.map((x) => x.listLevel ?? null);
const read = (parts: DocxParts): DocumentModel => readDocument(makeDocx(parts));

describe("labels as Word shows them", () => {
  it("counts a plan's levels in document order; a deeper level restarts when a higher one advances", () => {
    const m = read({
      numbering: numberingXml(abstract(0, PLAN_LEVELS) + numDef(1, 0)),
      body:
        p("MỤC TIÊU, NHIỆM VỤ", num(1, 0)) +
        p("Cải cách thể chế", num(1, 1)) +
        p("Mục tiêu", num(1, 2)) +
        p("100% văn bản được cập nhật.", num(1, 3)) +
        p("Nhiệm vụ", num(1, 2)) +
        p("Đoạn văn không đánh số.") +
        p("Cải cách thủ tục hành chính", num(1, 1)) +
        p("Mục tiêu", num(1, 2)) +
        p("TỔ CHỨC THỰC HIỆN", num(1, 0)) +
        p("Công tác triển khai", num(1, 1)),
    });
    expect(labels(m)).toEqual(["I.", "1.", "a)", "-", "b)", null, "2.", "a)", "II.", "1."]);
    expect(levels(m)).toEqual([0, 1, 2, 3, 2, null, 1, 2, 0, 1]);
    expect(m.paragraphs[5]!.numbered).toBe(false);
    expect(m.paragraphs.filter((x) => x.listLabel !== undefined).every((x) => x.numbered)).toBe(true);
  });

  it.each([
    ["decimal", "%1.", ["1.", "2.", "3.", "4."]],
    ["upperRoman", "%1.", ["I.", "II.", "III.", "IV."]],
    ["lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)", "(iv)"]],
    ["upperLetter", "%1.", ["A.", "B.", "C.", "D."]],
    ["lowerLetter", "%1)", ["a)", "b)", "c)", "d)"]],
    ["decimalZero", "%1.", ["01.", "02.", "03.", "04."]],
    ["ordinal", "%1.", ["1.", "2.", "3.", "4."]],
  ])("numFmt %s with lvlText %s", (fmt, text, expected) => {
    const m = read({
      numbering: numberingXml(abstract(0, lvl(0, fmt, text)) + numDef(1, 0)),
      body: [1, 2, 3, 4].map((k) => p(`Mục ${k}`, num(1, 0))).join(""),
    });
    expect(labels(m)).toEqual(expected);
  });

  it("letters go on past z as Word writes them (aa, bb), Roman numerals past 3999 as digits", () => {
    const many = (fmt: string, start: number, n: number): (string | null)[] =>
      labels(
        read({
          numbering: numberingXml(
            abstract(
              0,
              `<w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1"/></w:lvl>`,
            ) + numDef(1, 0),
          ),
          body: Array.from({ length: n }, () => p("x", num(1, 0))).join(""),
        }),
      );
    expect(many("lowerLetter", 26, 3)).toEqual(["z", "aa", "bb"]);
    expect(many("upperRoman", 3998, 3)).toEqual(["MMMCMXCVIII", "MMMCMXCIX", "4000"]);
    expect(many("upperRoman", 49, 1)).toEqual(["XLIX"]);
  });

  it("starts at w:start; a level with numFmt none shows nothing and gets no label", () => {
    const m = read({
      numbering: numberingXml(
        abstract(
          0,
          `<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>`,
        ) +
          abstract(1, lvl(0, "none", "")) +
          numDef(1, 0) +
          numDef(2, 1),
      ),
      body: p("Năm", num(1, 0)) + p("Sáu", num(1, 0)) + p("Không số", num(2, 0)),
    });
    expect(labels(m)).toEqual(["5.", "6.", null]);
    expect(m.paragraphs[2]!.numbered).toBe(true);
    expect(m.paragraphs[2]!.listLevel).toBeUndefined();
  });

  it("shows bullets as the characters they draw (Symbol and Wingdings private-use codes, a typed hyphen)", () => {
    const bullet = (text: string, font?: string): string =>
      lvl(
        0,
        "bullet",
        text,
        font === undefined ? "" : `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>`,
      );
    const m = read({
      numbering: numberingXml(
        abstract(0, bullet("\uf0b7", "Symbol")) +
          abstract(1, bullet("\uf0a7", "Wingdings")) +
          abstract(2, bullet("-", "Times New Roman")) +
          abstract(3, bullet("+")) +
          abstract(4, bullet("\uf0d8", "Wingdings")) +
          abstract(5, bullet("o", "Courier New")) +
          [0, 1, 2, 3, 4, 5].map((k) => numDef(k + 1, k)).join(""),
      ),
      body: [1, 2, 3, 4, 5, 6].map((k) => p(`Ý ${k}`, num(k, 0))).join(""),
    });
    expect(labels(m)).toEqual(["•", "▪", "-", "+", "➢", "o"]);
  });

  it("isLgl writes every level in Arabic numerals; a level never used shows start − 1 (Word's 0.1)", () => {
    const m = read({
      numbering: numberingXml(
        abstract(0, lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%1.%2.", "<w:isLgl/>")) +
          abstract(1, lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2.")) +
          numDef(1, 0) +
          numDef(2, 1),
      ),
      body:
        p("Phần", num(1, 0)) +
        p("Khoản", num(1, 1)) +
        p("Phần", num(1, 0)) +
        p("Khoản", num(1, 1)) +
        p("Khoản trước mục đầu", num(2, 1)),
    });
    expect(labels(m)).toEqual(["I.", "1.1.", "II.", "2.1.", "0.1."]);
  });

  it("w:lvlRestart 0 never restarts a level; w:lvlRestart 1 restarts it only after level 1", () => {
    const m = read({
      numbering: numberingXml(
        abstract(
          0,
          lvl(0, "upperRoman", "%1.") +
            lvl(1, "decimal", "%2.") +
            lvl(2, "lowerLetter", "%3)", `<w:lvlRestart w:val="0"/>`) +
            lvl(3, "decimal", "(%4)", `<w:lvlRestart w:val="1"/>`),
        ) + numDef(1, 0),
      ),
      body:
        p("I", num(1, 0)) +
        p("1", num(1, 1)) +
        p("a", num(1, 2)) +
        p("(1)", num(1, 3)) +
        p("2", num(1, 1)) +
        p("b", num(1, 2)) +
        p("(2)", num(1, 3)) +
        p("II", num(1, 0)) +
        p("c", num(1, 2)) +
        p("(1)", num(1, 3)),
    });
    expect(labels(m)).toEqual(["I.", "1.", "a)", "(1)", "2.", "b)", "(2)", "II.", "c)", "(1)"]);
  });

  it("nums of one abstractNum continue one list; a num with a start override counts on its own", () => {
    const m = read({
      numbering: numberingXml(
        abstract(0, lvl(0, "decimal", "%1.")) +
          numDef(1, 0) +
          numDef(2, 0) +
          numDef(3, 0, `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>`) +
          numDef(
            4,
            0,
            `<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride>`,
          ),
      ),
      body:
        p("một", num(1, 0)) +
        p("hai", num(2, 0)) +
        p("ba", num(1, 0)) +
        p("lại một", num(3, 0)) +
        p("lại hai", num(3, 0)) +
        p("bốn", num(2, 0)) +
        p("điểm a", num(4, 0)) +
        p("điểm b", num(4, 0)),
    });
    expect(labels(m)).toEqual(["1.", "2.", "3.", "1.", "2.", "4.", "a)", "b)"]);
  });

  it("counts table cells in document order (an STT column numbered by Word)", () => {
    const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;
    const row = (a: string, b: string): string => `<w:tr>${cell(a)}${cell(b)}</w:tr>`;
    const m = read({
      numbering: numberingXml(abstract(0, lvl(0, "decimal", "%1")) + numDef(1, 0)),
      body:
        p("Trước bảng", num(1, 0)) +
        `<w:tbl>${row(p("", num(1, 0)), p("Sở Nội vụ"))}${row(p("", num(1, 0)), p("Sở Tư pháp"))}</w:tbl>`,
    });
    expect(labels(m)).toEqual(["1", "2", null, "3", null]);
    expect(m.paragraphs[1]!.cell?.column).toBe(0);
  });

  it("a Word 2010 custom format 001, 002 (mc:AlternateContent) pads the number", () => {
    const custom =
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
      `<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>` +
      `<mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>`;
    const m = read({
      numbering: numberingXml(abstract(0, custom) + numDef(1, 0)),
      body: p("a", num(1, 0)) + p("b", num(1, 0)),
    });
    expect(labels(m)).toEqual(["001.", "002."]);
  });
});

describe("numbering from styles", () => {
  const styles = stylesXml({
    styles:
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr>${num(1, 0)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>` +
      // A style that names the num without a level: the level linked to the style (w:pStyle in the level) applies.
      `<w:style w:type="paragraph" w:styleId="Diem"><w:name w:val="Điểm"/><w:pPr>${num(1)}</w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Heading1Child"><w:basedOn w:val="Heading1"/></w:style>` +
      `<w:style w:type="numbering" w:styleId="KeHoach"><w:name w:val="Kế hoạch"/><w:pPr>${num(2)}</w:pPr></w:style>`,
  });
  const numbering = numberingXml(
    abstract(
      0,
      lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2.") + lvl(2, "lowerLetter", "%3)", `<w:pStyle w:val="Diem"/>`),
    ) +
      // The list style's definition (w:styleLink) and a list that uses it (w:numStyleLink), as Word writes them.
      abstract(1, lvl(0, "upperRoman", "%1.") + lvl(1, "decimal", "%2."), `<w:styleLink w:val="KeHoach"/>`) +
      abstract(2, "", `<w:numStyleLink w:val="KeHoach"/>`) +
      numDef(1, 0) +
      numDef(2, 1) +
      numDef(3, 2),
  );

  it("takes numId and ilvl through the style chain; numId 0 removes it; w:pStyle links a level", () => {
    const m = read({
      styles,
      numbering,
      body:
        p("MỤC TIÊU", `<w:pStyle w:val="Heading1"/>`) +
        p("Cải cách thể chế", `<w:pStyle w:val="Heading2"/>`) +
        p("Mục tiêu", `<w:pStyle w:val="Diem"/>`) +
        p("Heading 2 without numbering", `<w:pStyle w:val="Heading2"/>${num(0)}`) +
        p("Nhiệm vụ", `<w:pStyle w:val="Diem"/>`) +
        p("Cải cách thủ tục", `<w:pStyle w:val="Heading1Child"/><w:numPr><w:ilvl w:val="1"/></w:numPr>`) +
        p("TỔ CHỨC THỰC HIỆN", `<w:pStyle w:val="Heading1Child"/>`),
    });
    expect(labels(m)).toEqual(["I.", "1.", "a)", null, "b)", "2.", "II."]);
    expect(m.paragraphs[3]!.numbered).toBe(false);
  });

  it("follows w:numStyleLink to the abstractNum with the matching w:styleLink", () => {
    const m = read({ styles, numbering, body: p("Phần", num(3, 0)) + p("Khoản", num(3, 1)) + p("Khoản", num(2, 1)) });
    // nums 2 and 3 both resolve to abstractNum 1: one list.
    expect(labels(m)).toEqual(["I.", "1.", "2."]);
  });

  it("without a w:styleLink, a numStyleLink resolves through the numbering style's own num", () => {
    const linkOnly = numberingXml(
      abstract(1, lvl(0, "decimal", "%1)")) +
        abstract(2, "", `<w:numStyleLink w:val="KeHoach"/>`) +
        numDef(2, 1) +
        numDef(3, 2),
    );
    const m = read({ styles, numbering: linkOnly, body: p("a", num(3, 0)) + p("b", num(3, 0)) });
    expect(labels(m)).toEqual(["1)", "2)"]);
  });
});

describe("what is not there or cannot be read gives no label, never an error", () => {
  const body = p("Một", num(1, 0)) + p("Hai", num(1, 0)) + p("Ba", num(7, 0)) + p("Bốn", num(1, 4));
  it("a numbered paragraph whose num or level is not defined has no label", () => {
    const m = read({ numbering: numberingXml(abstract(0, lvl(0, "decimal", "%1.")) + numDef(1, 0)), body });
    expect(labels(m)).toEqual(["1.", "2.", null, null]);
    expect(m.paragraphs.map((x) => x.numbered)).toEqual([true, true, true, true]);
  });
  it.each([
    ["no numbering part", undefined],
    ["malformed XML", `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:num>`],
    [
      "a DOCTYPE",
      `<!DOCTYPE x [<!ENTITY a "b">]><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    ],
    ["another root element", `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`],
    [
      "an abstractNum that links to itself",
      numberingXml(abstract(0, "", `<w:numStyleLink w:val="X"/><w:styleLink w:val="X"/>`) + numDef(1, 0)),
    ],
  ])("%s", (_name, numbering) => {
    const m = read({ numbering, body });
    expect(labels(m)).toEqual([null, null, null, null]);
    expect(m.paragraphs[0]!.numbered).toBe(true);
  });
});

describe("the same labels through every path of the reader", () => {
  const parts: DocxParts = {
    numbering: numberingXml(abstract(0, PLAN_LEVELS) + numDef(1, 0)),
    body: p("Phần", num(1, 0)) + p("Khoản", num(1, 1)) + p("Điểm", num(1, 2)) + p("Khoản", num(1, 1)),
  };
  it("flat OPC (Word's body.getOoxml()) carries the numbering part too", () => {
    expect(labels(readDocument(makeFlatOpc(parts)))).toEqual(["I.", "1.", "a)", "2."]);
  });
  it("the located reading the fixer uses", () => {
    expect(labels(readLocatedDocument(makeDocx(parts)).model)).toEqual(["I.", "1.", "a)", "2."]);
  });
});

/* ---------- written from a DocSpec by both writers ---------- */

const item = (text: string, list?: SpecParagraph["list"]): SpecParagraph => ({
  type: "paragraph",
  text,
  ...(list === undefined ? {} : { list }),
});

const NUMBERED_SPEC: DocSpec = {
  name: "numbered-plan",
  description: "A plan's headings and a task table numbered by Word",
  page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, pageNumbers: false },
  defaults: { font: "Times New Roman", sizePt: 14 },
  lists: {
    plan: {
      levels: [
        { format: "upperRoman", text: "%1." },
        { format: "decimal", text: "%2." },
        { format: "lowerLetter", text: "%3)" },
        { format: "bullet", text: "-" },
      ],
    },
    tasks: {
      levels: [
        { format: "decimal", text: "%1." },
        { format: "decimal", text: "%1.%2." },
      ],
    },
  },
  blocks: [
    item("KẾ HOẠCH"),
    item("MỤC TIÊU, NHIỆM VỤ", { id: "plan" }),
    item("Cải cách thể chế", { id: "plan", level: 1 }),
    item("Mục tiêu", { id: "plan", level: 2 }),
    item("100% văn bản quy phạm pháp luật được cập nhật.", { id: "plan", level: 3 }),
    item("Nhiệm vụ", { id: "plan", level: 2 }),
    item("Các sở, ban, ngành căn cứ nhiệm vụ được giao tổ chức thực hiện."),
    item("Cải cách thủ tục hành chính", { id: "plan", level: 1 }),
    item("TỔ CHỨC THỰC HIỆN", { id: "plan" }),
    item("Công tác triển khai", { id: "plan", level: 1 }),
    item("Nhiệm vụ chung", { id: "tasks" }),
    item("Rà soát thủ tục", { id: "tasks", level: 1 }),
    item("Công bố thủ tục", { id: "tasks", level: 1 }),
    item("Phụ lục", { id: "tasks", restart: true }),
    item("Tiếp theo", { id: "tasks" }),
    {
      type: "table",
      columnWidthsMm: [20, 140],
      rows: [
        [[item("", { id: "tasks", level: 1 })], [item("Sở Nội vụ chủ trì")]],
        [[item("", { id: "tasks", level: 1 })], [item("Sở Tư pháp chủ trì")]],
      ],
    },
    item(""),
  ],
};
const EXPECTED = [
  null,
  "I.",
  "1.",
  "a)",
  "-",
  "b)",
  null,
  "2.",
  "II.",
  "1.",
  "1.",
  "1.1.",
  "1.2.",
  "1.",
  "2.",
  "2.1.",
  null,
  "2.2.",
  null,
  null,
];

describe("a DocSpec with automatic numbering", () => {
  it("our builder writes it and the reader shows Word's labels", () => {
    const m = readDocument(buildDocxFromSpec(NUMBERED_SPEC));
    expect(labels(m)).toEqual(EXPECTED);
    expect(levels(m).slice(1, 6)).toEqual([0, 1, 2, 3, 2]);
  });

  (libreOfficeAvailable("numbering.test") ? it : it.skip)(
    "LibreOffice writes it with its own numbering.xml and the reader gives the same labels",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "ketluan-numbering-"));
      try {
        writeFileSync(join(dir, `${NUMBERED_SPEC.name}.json`), JSON.stringify(NUMBERED_SPEC));
        const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
        try {
          writeLibreOfficeFixtures({ specDir: dir, outDir: dir });
        } finally {
          log.mockRestore();
        }
        const lo = readDocument(new Uint8Array(readFileSync(join(dir, `${NUMBERED_SPEC.name}.docx`))));
        const ours = readDocument(buildDocxFromSpec(NUMBERED_SPEC));
        expect(lo.paragraphs.map((x) => x.text)).toEqual(ours.paragraphs.map((x) => x.text));
        expect(labels(lo)).toEqual(EXPECTED);
        expect(levels(lo)).toEqual(levels(ours));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

/* ---------- a real plan ---------- */

describe("kh-cchc-2026-issued.docx: the sections under “I. MỤC TIÊU, NHIỆM VỤ” are numbered by Word", () => {
  const m = readDocument(
    new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "real", "kh-cchc-2026-issued.docx"))),
  );
  const at = (i: number): [string, string | undefined, number | undefined] => [
    m.paragraphs[i]!.text.slice(0, 30),
    m.paragraphs[i]!.listLabel,
    m.paragraphs[i]!.listLevel,
  ];

  it("reads 1. to 7. on the Word-numbered headings, the typed I. and II. stay text", () => {
    expect(at(14)).toEqual(["I. MỤC TIÊU, NHIỆM VỤ", undefined, undefined]);
    expect(at(15)).toEqual(["Cải cách thể chế", "1.", 0]);
    expect(at(27)).toEqual(["Cải cách thủ tục hành chính", "2.", 0]);
    expect(at(51)).toEqual(["Cải cách tổ chức bộ máy hành c", "3.", 0]);
    expect([63, 75, 90, 115].map((i) => m.paragraphs[i]!.listLabel)).toEqual(["4.", "5.", "6.", "7."]);
  });

  it("reads the lettered items under II. 1. and II. 2. as two lists, a) b) c) and a) b)", () => {
    expect([126, 127, 128, 130, 131].map((i) => m.paragraphs[i]!.listLabel)).toEqual(["a)", "b)", "c)", "a)", "b)"]);
    expect(m.paragraphs.filter((x) => x.listLabel !== undefined)).toHaveLength(12);
  });
});
