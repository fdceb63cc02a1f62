/**
 * body/paragraph, pinned where the rule tests left it loose.
 *
 * 1. Each of the four checks (alignment, first-line indent, space between paragraphs, line spacing) is a value of the
 *    profile an office's style sheet may set to null: that check is then off, and the others still report, in one
 *    finding whose severity is that of what is left.
 * 2. The first-line indent's bounds, 10 mm less the 0.5 mm tolerance and 12.7 mm plus it, exactly: an indent of
 *    exactly 9.5 or 13.2 mm is accepted. The reader keeps indents to 0.01 mm, and no indent in whole twips reads as
 *    9.50 or 13.20 mm; a tab typed before the text, to the paragraph's own stop, gets there: a left indent of 9 mm
 *    (510 twips) with a stop at 18.5 mm (1049 twips) shows the text 9.5 mm in from the left indent; a left indent of
 *    10 mm (567) with a stop at 23.2 mm (1315) shows it 13.2 mm in. One twip further out is 0.01 mm past the bound.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { rule as bodyParagraph } from "../../../src/rules/body/paragraph";
import { buildDocxFromSpec, docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, P, stateReport, variant } from "../../support/samples";
import { brief } from "../../support/wordml";

const ID = bodyParagraph.meta.id;
const IDS = RULES.map((r) => r.meta.id);
const B = 6; // the State report's third body paragraph
const AT = P.firstBody + 2;

/** Four lines or so at 14 pt on A4: never one line. */
const LONG =
  "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận; cụ thể hóa thành chương trình, kế hoạch công tác của từng cơ quan, đơn vị, gắn với trách nhiệm của người đứng đầu, bảo đảm thực hiện thắng lợi các mục tiêu, chỉ tiêu đã đề ra.";

const runDocx = (docx: Uint8Array, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(docx), { rules: [ID], ...options }).findings.map(brief);
const run = (doc: DocSpec, options: Partial<CheckOptions> = {}) => runDocx(buildDocxFromSpec(doc), options);

/** The office's style sheet with the State profile's body/paragraph `key` set to null (that check off). */
const without = (key: "alignment" | "firstLineMm" | "spacingPt" | "lineSpacing") =>
  officeCheckOptions(officeConfig({ profiles: { state: { [ID]: { [key]: null } } } }, "ketluan.config.json", IDS));

describe("body/paragraph: an office's style sheet turns one of its checks off (null)", () => {
  /** Left aligned over four lines, no first-line indent, no space after, lines 2 apart: all four checks fail. */
  const everythingWrong = variant(stateReport(), (d) =>
    Object.assign(blockPara(d, B), { align: "left", firstLineMm: 0, spaceAfterPt: 0, lineSpacing: 2, text: LONG }),
  );
  const finding = (severity: "error" | "warning", problems: string, expected: string, props: object) => ({
    rule: ID,
    severity,
    paragraph: AT,
    message: `Đoạn văn ${problems}; NĐ 30/2020/NĐ-CP yêu cầu ${expected}`,
    fix: {
      title: `Định dạng đoạn văn: ${expected}`,
      edits: [{ kind: "setParagraphFormat", paragraph: AT, props }],
    },
  });

  it("shipped profile: one finding names all four, an error (the line spacing is firm)", () => {
    expect(run(everythingWrong)).toEqual([
      finding(
        "error",
        "căn trái, thụt đầu dòng 0 mm, cách đoạn sau 0 pt, giãn dòng 2 dòng",
        "căn đều hai bên, thụt đầu dòng 10–12.7 mm, cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
        { alignment: "justify", firstLineMm: 10, spaceAfterPt: 6, lineSpacing: 1.5 },
      ),
    ]);
  });
  it("alignment off: the left alignment is not said, the rest is", () => {
    expect(run(everythingWrong, { office: without("alignment") })).toEqual([
      finding(
        "error",
        "thụt đầu dòng 0 mm, cách đoạn sau 0 pt, giãn dòng 2 dòng",
        "thụt đầu dòng 10–12.7 mm, cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
        { firstLineMm: 10, spaceAfterPt: 6, lineSpacing: 1.5 },
      ),
    ]);
  });
  it("first-line indent off: the missing indent is not said, the rest is", () => {
    expect(run(everythingWrong, { office: without("firstLineMm") })).toEqual([
      finding(
        "error",
        "căn trái, cách đoạn sau 0 pt, giãn dòng 2 dòng",
        "căn đều hai bên, cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
        { alignment: "justify", spaceAfterPt: 6, lineSpacing: 1.5 },
      ),
    ]);
  });
  it("space between paragraphs off: the missing space is not said, the rest is", () => {
    expect(run(everythingWrong, { office: without("spacingPt") })).toEqual([
      finding(
        "error",
        "căn trái, thụt đầu dòng 0 mm, giãn dòng 2 dòng",
        "căn đều hai bên, thụt đầu dòng 10–12.7 mm, giãn dòng 1–1.5 dòng",
        { alignment: "justify", firstLineMm: 10, lineSpacing: 1.5 },
      ),
    ]);
  });
  it("line spacing off: what is left are warnings, and so is the finding", () => {
    expect(run(everythingWrong, { office: without("lineSpacing") })).toEqual([
      finding(
        "warning",
        "căn trái, thụt đầu dòng 0 mm, cách đoạn sau 0 pt",
        "căn đều hai bên, thụt đầu dòng 10–12.7 mm, cách đoạn tối thiểu 6 pt",
        { alignment: "justify", firstLineMm: 10, spaceAfterPt: 6 },
      ),
    ]);
  });
});

describe("body/paragraph: the first-line indent's bounds with their tolerance, exactly", () => {
  /** The State report's paragraph with a left indent, a tab before the text and its own left tab stop at `stop` twips. */
  function tabbed(leftMm: number, stop: number): Uint8Array {
    const doc = variant(stateReport(), (d) =>
      Object.assign(blockPara(d, B), { indentLeftMm: leftMm, firstLineMm: 0, text: `\t${LONG}` }),
    );
    const parts = docxPartsFromSpec(doc);
    const pieces = parts.body.split("<w:p>");
    const mine = pieces.filter((x) => x.includes("chỉ tiêu đã đề ra."));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.split("<w:pPr>")).toHaveLength(2);
    const tabs = `<w:tabs><w:tab w:val="left" w:pos="${stop}"/></w:tabs>`;
    parts.body = pieces
      .map((x) => (x.includes("chỉ tiêu đã đề ra.") ? x.replace("<w:pPr>", `<w:pPr>${tabs}`) : x))
      .join("<w:p>");
    return makeDocx(parts);
  }
  /** The finding on an indent outside the bounds: the fix removes the tab and sets 10 mm. */
  const tooFar = (shown: number) => [
    {
      rule: ID,
      severity: "warning",
      paragraph: AT,
      message: `Đoạn văn thụt đầu dòng ${shown} mm; NĐ 30/2020/NĐ-CP yêu cầu thụt đầu dòng 10–12.7 mm`,
      fix: {
        title: "Định dạng đoạn văn: thụt đầu dòng 10–12.7 mm",
        edits: [
          { kind: "replaceText", paragraph: AT, find: "\tQuán", replace: "Quán" },
          { kind: "setParagraphFormat", paragraph: AT, props: { firstLineMm: 10 } },
        ],
      },
    },
  ];

  it("9 mm left indent, tab to 18.5 mm: the text starts 9.5 mm in, on the lower bound: accepted", () => {
    expect(runDocx(tabbed(9, 1049))).toEqual([]);
  });
  it("9 mm left indent, tab to 18.49 mm: 9.49 mm, under the bound (said rounded: 9.5 mm)", () => {
    expect(runDocx(tabbed(9, 1048))).toEqual(tooFar(9.5));
  });
  it("10 mm left indent, tab to 23.2 mm: the text starts 13.2 mm in, on the upper bound: accepted", () => {
    expect(runDocx(tabbed(10, 1315))).toEqual([]);
  });
  it("10 mm left indent, tab to 23.21 mm: 13.21 mm, over the bound (said rounded: 13.2 mm)", () => {
    expect(runDocx(tabbed(10, 1316))).toEqual(tooFar(13.2));
  });
});
