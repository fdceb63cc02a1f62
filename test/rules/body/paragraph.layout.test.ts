/**
 * body/paragraph as Word lays the page out: when a paragraph fits on one line (then left and justified look the
 * same), how far tabs and spaces typed before the text push its first line, which centred or right-aligned lines are
 * titles rather than running text, and which paragraph decides the space after. Each bound is pinned on both sides.
 *
 * The one-line test is the rule's estimate: 0.4 em a character (1.9756 mm at 14 pt) plus the first-line indent,
 * against the text column (the samples' A4 page with margins 30 and 15 mm: 165 mm; 160 mm when the page setup is
 * unknown). With a 12.7 mm first-line indent, 77 characters fit and 78 do not.
 *
 * Some documents need what the spec cannot say (a paragraph's own tab stops, a right indent, exact line spacing,
 * distributed alignment, a line break, another default tab stop, no page setup): they are written by the repo's
 * builder and their WordprocessingML patched before zipping.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as bodyParagraph } from "../../../src/rules/body/paragraph";
import { briefFinding as brief } from "../../support/ruleTester";
import {
  buildDocxFromSpec,
  docxPartsFromSpec,
  esc,
  makeDocx,
  settingsXml,
  type DocxParts,
} from "../../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { blockPara, P, partyPlan, stateReport, variant } from "../../support/samples";

const run = (docx: Uint8Array) =>
  checkDocument(readDocument(docx), { rules: [bodyParagraph.meta.id] }).findings.map(brief);
const findings = (doc: DocSpec) => run(buildDocxFromSpec(doc));
/** Messages and paragraphs only. */
const said = (doc: DocSpec | Uint8Array) =>
  (doc instanceof Uint8Array ? run(doc) : findings(doc)).map((f) => [f.paragraph, f.message]);

/** The spec's parts with `edit` applied, zipped. */
function patched(doc: DocSpec, edit: (parts: DocxParts) => void): Uint8Array {
  const parts = docxPartsFromSpec(doc);
  edit(parts);
  return makeDocx(parts);
}
/** Apply `f` to the XML of the one paragraph whose text is `marker` (one run). */
function patchParagraph(parts: DocxParts, marker: string, f: (xml: string) => string): void {
  const pieces = parts.body.split("<w:p>");
  const text = `>${esc(marker)}</w:t>`;
  expect(pieces.filter((x) => x.includes(text))).toHaveLength(1);
  parts.body = pieces.map((x) => (x.includes(text) ? f(x) : x)).join("<w:p>");
}
/** `xml` with its one `from` replaced: the patch must apply. */
function replaceOnce(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}
const withPPr = (extra: string) => (xml: string) => replaceOnce(xml, "<w:pPr>", `<w:pPr>${extra}`);

/** Running text of the Party plan's kind, cut to `n` characters (ending on a letter or a comma). */
const BASE =
  "Tập trung đẩy mạnh giải phóng mặt bằng các dự án trọng điểm, phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư và nâng cao chất lượng nguồn nhân lực.";
const ofLength = (n: number): string => {
  const s = BASE.slice(0, n);
  return s.endsWith(" ") ? `${s.slice(0, -1)},` : s;
};
/** Four lines or so at 14 pt: never one line. */
const LONG =
  "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận; cụ thể hóa thành chương trình, kế hoạch công tác của từng cơ quan, đơn vị, gắn với trách nhiệm của người đứng đầu, bảo đảm thực hiện thắng lợi các mục tiêu, chỉ tiêu đã đề ra.";

const B = 6; // the Party plan's and State report's third body paragraph (“Quán triệt ...”)
const AT = P.firstBody + 2;
const at = (doc: DocSpec, props: Partial<SpecParagraph>) => variant(doc, (d) => Object.assign(blockPara(d, B), props));

const PARTY_LEFT = "Đoạn văn căn trái; HD 36-HD/VPTW yêu cầu căn đều hai bên";
const STATE_LEFT = "Đoạn văn căn trái; NĐ 30/2020/NĐ-CP yêu cầu căn đều hai bên";
const stateIndent = (mm: number) =>
  `Đoạn văn thụt đầu dòng ${mm} mm; NĐ 30/2020/NĐ-CP yêu cầu thụt đầu dòng 10–12.7 mm`;
const partyIndent = (mm: number) => `Đoạn văn thụt đầu dòng ${mm} mm; HD 36-HD/VPTW yêu cầu thụt đầu dòng 10–12.7 mm`;

it("the texts are as long as the cases say", () => {
  expect([64, 65, 74, 75, 77, 78].map((n) => ofLength(n).length)).toEqual([64, 65, 74, 75, 77, 78]);
  expect(ofLength(77).endsWith(" ")).toBe(false);
});

describe("body/paragraph: does a left-aligned paragraph fit on one line?", () => {
  it("77 characters after a 12.7 mm indent fit in 165 mm (trailing spaces do not count): left is fine", () => {
    expect(findings(at(partyPlan(), { align: "left", text: `${ofLength(77)}   ` }))).toEqual([]);
  });
  it("78 characters do not: left alignment shows, a warning with its fix", () => {
    expect(findings(at(partyPlan(), { align: "left", text: ofLength(78) }))).toEqual([
      {
        severity: "warning",
        paragraph: AT,
        message: PARTY_LEFT,
        fix: {
          title: "Định dạng đoạn văn: căn đều hai bên",
          edits: [{ kind: "setParagraphFormat", paragraph: AT, props: { alignment: "justify" } }],
        },
      },
    ]);
  });
  it("a left indent narrows the column: 77 characters on a 12.7 mm left indent fit, and the indent shows", () => {
    expect(findings(at(partyPlan(), { firstLineMm: 0, indentLeftMm: 12.7, text: ofLength(77) }))).toEqual([]);
  });
  it("78 characters on the same left indent take two lines: the first line is not indented", () => {
    expect(said(at(partyPlan(), { firstLineMm: 0, indentLeftMm: 12.7, text: ofLength(78) }))).toEqual([
      [AT, partyIndent(0)],
    ]);
  });
  it("a right indent of 25 mm narrows it too: 64 characters fit, 65 do not", () => {
    const rightIndented = (n: number) =>
      patched(at(partyPlan(), { align: "left", text: ofLength(n) }), (parts) =>
        patchParagraph(parts, ofLength(n), (x) => replaceOnce(x, "<w:ind ", `<w:ind w:right="1417" `)),
      );
    expect(said(rightIndented(64))).toEqual([]);
    expect(said(rightIndented(65))).toEqual([[AT, PARTY_LEFT]]);
  });
  it("no page setup (a snippet without w:sectPr): a 160 mm column is assumed, 74 characters fit, 75 do not", () => {
    const noPage = (n: number) =>
      patched(at(partyPlan(), { align: "left", text: ofLength(n) }), (parts) => {
        expect(parts.body).toMatch(/<w:sectPr>.*<\/w:sectPr>$/);
        parts.body = parts.body.replace(/<w:sectPr>.*<\/w:sectPr>$/, "");
      });
    expect(said(noPage(74))).toEqual([]);
    expect(said(noPage(75))).toEqual([[AT, PARTY_LEFT]]);
  });
  it("a short paragraph broken by a line break is two lines: left alignment shows", () => {
    const doc = at(partyPlan(), { align: "left", text: "Kết quả cụ thể như sau:" });
    const broken = patched(doc, (parts) =>
      patchParagraph(parts, "Kết quả cụ thể như sau:", (x) =>
        replaceOnce(x, ">Kết quả cụ thể như sau:</w:t>", ">Kết quả cụ thể</w:t><w:br/><w:t>như sau:</w:t>"),
      ),
    );
    expect(said(broken)).toEqual([[AT, PARTY_LEFT]]);
  });
  it("a Tab typed in a bigger size before the text: the text's own size (14 pt) decides, it fits", () => {
    const doc = at(stateReport(), {
      align: "left",
      firstLineMm: 0,
      runs: [{ text: "\t", sizePt: 28 }, { text: ofLength(65) }],
    });
    expect(findings(doc)).toEqual([]);
  });
  it("a one-line paragraph aligned “distribute” (its letters spread over the line) is not justified", () => {
    const doc = at(stateReport(), { text: "Kết quả cụ thể như sau:" });
    const spread = patched(doc, (parts) =>
      patchParagraph(parts, "Kết quả cụ thể như sau:", (x) =>
        replaceOnce(x, `<w:jc w:val="both"/>`, `<w:jc w:val="distribute"/>`),
      ),
    );
    expect(said(spread)).toEqual([[AT, "Đoạn văn căn phân bố đều; NĐ 30/2020/NĐ-CP yêu cầu căn đều hai bên"]]);
  });
  it("a one-line State paragraph left aligned is fine, the same paragraph of several lines is not", () => {
    expect(findings(at(stateReport(), { align: "left", text: "Kết quả cụ thể như sau:" }))).toEqual([]);
    expect(said(at(stateReport(), { align: "left", text: LONG }))).toEqual([[AT, STATE_LEFT]]);
  });
});

describe("body/paragraph: the first line as spaces and tabs push it", () => {
  it("eight spaces at 14 pt (0.25 em each: 9.9 mm) are an indent", () => {
    expect(findings(at(stateReport(), { firstLineMm: 0, text: `        ${LONG}` }))).toEqual([]);
  });
  it("seven spaces (8.6 mm) are too few: the fix removes them and sets 10 mm", () => {
    expect(findings(at(stateReport(), { firstLineMm: 0, text: `       ${LONG}` }))).toEqual([
      {
        severity: "warning",
        paragraph: AT,
        message: stateIndent(8.6),
        fix: {
          title: "Định dạng đoạn văn: thụt đầu dòng 10–12.7 mm",
          edits: [
            { kind: "replaceText", paragraph: AT, find: "       Quán", replace: "Quán" },
            { kind: "setParagraphFormat", paragraph: AT, props: { firstLineMm: 10 } },
          ],
        },
      },
    ]);
  });
  it("eight spaces at 13 pt are narrower (9.2 mm): too few", () => {
    expect(said(at(stateReport(), { firstLineMm: 0, sizePt: 13, text: `        ${LONG}` }))).toEqual([
      [AT, stateIndent(9.2)],
    ]);
  });
  it("two tabs: the fix removes them with the first word, up to twelve characters", () => {
    const doc = at(stateReport(), { firstLineMm: 0, text: `\t\tChủ động phối hợp với ${LONG}` });
    expect(findings(doc).map((f) => f.fix?.edits[0])).toEqual([
      { kind: "replaceText", paragraph: AT, find: "\t\tChủ", replace: "Chủ" },
    ]);
  });
  it("a long first word (“01/2024/NQ-HĐND”) is taken up to twelve characters", () => {
    const doc = at(stateReport(), { firstLineMm: 0, text: `\t\t01/2024/NQ-HĐND ngày 15/3/2024. ${LONG}` });
    expect(findings(doc).map((f) => f.fix?.edits[0])).toEqual([
      { kind: "replaceText", paragraph: AT, find: "\t\t01/2024/NQ-H", replace: "01/2024/NQ-H" },
    ]);
  });
  it("a tab after a 5 mm first-line indent goes on to the default stop at 12.7 mm", () => {
    expect(findings(at(stateReport(), { firstLineMm: 5, text: `\t${LONG}` }))).toEqual([]);
  });
  it("a tab with a default stop of 7.5 mm (settings.xml) indents 7.5 mm: too little", () => {
    const doc = at(stateReport(), { firstLineMm: 0, text: `\t${LONG}` });
    const docx = patched(doc, (parts) => (parts.settings = settingsXml(`<w:defaultTabStop w:val="425"/>`)));
    expect(said(docx)).toEqual([[AT, stateIndent(7.5)]]);
  });
  it("a tab after a 5 mm first-line indent, on the paragraph's own stops at 5 and 8 mm, goes to 8 mm", () => {
    // A stop at or behind the tab's start is passed over; the next custom stop comes before the default one.
    const doc = at(stateReport(), { firstLineMm: 5, text: `\t${LONG}` });
    const docx = patched(doc, (parts) =>
      patchParagraph(
        parts,
        `\t${LONG}`,
        withPPr(`<w:tabs><w:tab w:val="left" w:pos="283"/><w:tab w:val="left" w:pos="454"/></w:tabs>`),
      ),
    );
    expect(said(docx)).toEqual([[AT, stateIndent(8)]]);
  });
  it("two tabs on the paragraph's own stops at 10 and 25 mm go to 25 mm: default stops come only after them", () => {
    // ECMA-376 w:defaultTabStop: the default 12.7 mm stop lies between the custom ones and is not used
    const doc = at(stateReport(), { firstLineMm: 0, text: `\t\t${LONG}` });
    const docx = patched(doc, (parts) =>
      patchParagraph(
        parts,
        `\t\t${LONG}`,
        withPPr(`<w:tabs><w:tab w:val="left" w:pos="567"/><w:tab w:val="left" w:pos="1417"/></w:tabs>`),
      ),
    );
    expect(said(docx)).toEqual([[AT, stateIndent(25)]]);
  });
  it("a tab on a hanging indent of 15 mm, deeper than the default stop, stops at the indent: not indented", () => {
    const doc = at(stateReport(), { indentLeftMm: 15, firstLineMm: -15, text: `\t${LONG}` });
    expect(said(doc)).toEqual([[AT, stateIndent(0)]]);
  });
  it("a tab on a hanging indent of 10 mm stops at the indent: the first line is not indented", () => {
    const doc = at(stateReport(), { indentLeftMm: 10, firstLineMm: -10, text: `\t${LONG}` });
    expect(said(doc)).toEqual([[AT, stateIndent(0)]]);
  });
  it("a second tab on that hanging indent goes on to the default stop at 12.7 mm: 2.7 mm", () => {
    const doc = at(stateReport(), { indentLeftMm: 10, firstLineMm: -10, text: `\t\t${LONG}` });
    expect(said(doc)).toEqual([[AT, stateIndent(2.7)]]);
  });
});

describe("body/paragraph: one-line paragraphs and their left indent", () => {
  it("a one-line paragraph with a 2 mm left indent and its own 10.5 mm first-line indent: the first-line indent counts", () => {
    expect(
      findings(at(stateReport(), { indentLeftMm: 2, firstLineMm: 10.5, text: "Kết quả cụ thể như sau:" })),
    ).toEqual([]);
  });
  it("a one-line paragraph with no left indent and a 0.4 mm first-line indent: 0.4 mm is said", () => {
    expect(said(at(stateReport(), { firstLineMm: 0.4, text: "Kết quả cụ thể như sau:" }))).toEqual([
      [AT, stateIndent(0.4)],
    ]);
  });
  it("a numbered item (Word's own numbering) is not judged on its first-line indent", () => {
    const doc = variant(at(stateReport(), { firstLineMm: 0, text: LONG, list: { id: "a" } }), (d) => {
      d.lists = { a: { levels: [{ format: "decimal", text: "%1." }] } };
    });
    expect(findings(doc)).toEqual([]);
  });
});

describe("body/paragraph: titles set in the body are not running text", () => {
  const centred = (n: number, extra = "") =>
    at(stateReport(), { align: "center", text: `${LONG.slice(0, n)}${extra}` });
  it("a centred paragraph of 250 characters (spaces after it not counted) is a title", () => {
    expect(LONG.slice(0, 250).endsWith(" ")).toBe(false);
    expect(findings(centred(250, "     "))).toEqual([]);
  });
  it("a centred paragraph of 251 characters is running text, centred", () => {
    expect(LONG.slice(0, 251).endsWith(" ")).toBe(false);
    expect(said(centred(251))).toEqual([[AT, "Đoạn văn căn giữa; NĐ 30/2020/NĐ-CP yêu cầu căn đều hai bên"]]);
  });
  it("a short right-aligned line (“(Kèm theo Báo cáo số 215/BC-KTHT)”) is a title", () => {
    expect(
      findings(at(stateReport(), { align: "right", firstLineMm: 0, text: "(Kèm theo Báo cáo số 215/BC-KTHT)" })),
    ).toEqual([]);
  });
});

describe("body/paragraph: the space after a paragraph", () => {
  it("no space after a paragraph followed by a centred heading: the heading's space before decides, not judged here", () => {
    const doc = variant(stateReport(), (d) => {
      blockPara(d, 4).spaceAfterPt = 0;
      Object.assign(blockPara(d, 5), { align: "center", firstLineMm: 0, spaceBeforePt: 6, spaceAfterPt: 6 });
      blockPara(d, 6).spaceBeforePt = 0;
    });
    expect(findings(doc)).toEqual([]);
  });
  it("no space after and lines 2 apart: one finding, one fix setting both", () => {
    const doc = at(stateReport(), { spaceAfterPt: 0, lineSpacing: 2 });
    expect(findings(doc)).toEqual([
      {
        severity: "error",
        paragraph: AT,
        message:
          "Đoạn văn cách đoạn sau 0 pt, giãn dòng 2 dòng; NĐ 30/2020/NĐ-CP yêu cầu cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
        fix: {
          title: "Định dạng đoạn văn: cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
          edits: [{ kind: "setParagraphFormat", paragraph: AT, props: { spaceAfterPt: 6, lineSpacing: 1.5 } }],
        },
      },
    ]);
  });
  it("line spacing “exactly 18 pt” is not a multiple of lines: not judged as one", () => {
    const doc = at(stateReport(), { lineSpacing: 1 });
    const exact = patched(doc, (parts) =>
      patchParagraph(
        parts,
        "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận.",
        (x) => replaceOnce(x, `w:line="240" w:lineRule="auto"`, `w:line="360" w:lineRule="exact"`),
      ),
    );
    expect(said(exact)).toEqual([]);
  });
});
