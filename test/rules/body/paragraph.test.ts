import { rule as bodyParagraph } from "../../../src/rules/body/paragraph";
import type { DocSpec } from "../../support/docSpec";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, stateReport, variant } from "../../support/samples";

/** Four lines or so at 14 pt on A4: its alignment shows. */
const LONG_PARAGRAPH =
  "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận; cụ thể hóa thành chương trình, kế hoạch công tác của từng cơ quan, đơn vị, gắn với trách nhiệm của người đứng đầu, bảo đảm thực hiện thắng lợi các mục tiêu, chỉ tiêu đã đề ra.";

/** Apply `f` to every body paragraph block (blocks 4 .. -2). */
function everyBody(d: DocSpec, f: (p: ReturnType<typeof blockPara>) => void): void {
  for (let b = 4; b < d.blocks.length - 1; b++) f(blockPara(d, b));
}

runRuleTester(bodyParagraph, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    { name: "indent of 10 mm", doc: variant(partyPlan(), (d) => everyBody(d, (p) => (p.firstLineMm = 10))) },
    // the indent's bounds with their 0.5 mm tolerance, just inside
    { name: "indent of 9.5 mm", doc: variant(partyPlan(), (d) => (blockPara(d, 6).firstLineMm = 9.5)) },
    { name: "indent of 13.2 mm", doc: variant(partyPlan(), (d) => (blockPara(d, 6).firstLineMm = 13.2)) },
    // line spacing 1–1.5 with its 0.01 tolerance, just inside
    { name: "State line spacing 1.51", doc: variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 1.51)) },
    { name: "State line spacing 0.99", doc: variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 0.99)) },
    { name: "Party line spacing is not checked", doc: variant(partyPlan(), (d) => (blockPara(d, 4).lineSpacing = 2)) },
    { name: "State line spacing 1.5", doc: variant(stateReport(), (d) => everyBody(d, (p) => (p.lineSpacing = 1.5))) },
    {
      name: "spacing given as space before the next paragraph",
      doc: variant(partyPlan(), (d) => everyBody(d, (p) => Object.assign(p, { spaceAfterPt: 0, spaceBeforePt: 6 }))),
    },
    {
      // Real offices indent with a tab on Word's default 12.7 mm stop instead of a first-line indent.
      name: "a leading tab on the default stop is the first-line indent",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, text: "\t" + LONG_PARAGRAPH }),
      ),
    },
    {
      name: "a one-line paragraph with a 12.7 mm left indent shows as indented",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, indentLeftMm: 12.7, text: "Kết quả cụ thể như sau:" }),
      ),
    },
    {
      // NĐ 30 centres the titles set in the body (Chương I, a caption): not running text.
      name: "a centred caption in the body",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), {
          align: "center",
          firstLineMm: 0,
          text: "(Phân công nhiệm vụ theo Phụ lục đính kèm)",
        }),
      ),
    },
  ],
  invalid: [
    {
      name: "a left indent on a paragraph of several lines is not a first-line indent",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, indentLeftMm: 12.7, text: LONG_PARAGRAPH }),
      ),
      findings: [
        {
          message: "Đoạn văn thụt đầu dòng 0 mm; NĐ 30/2020/NĐ-CP yêu cầu thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "two tabs push the first line 25.4 mm in",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, text: "\t\t" + LONG_PARAGRAPH }),
      ),
      findings: [{ message: /thụt đầu dòng 25.4 mm/, severity: "warning", paragraph: P.firstBody }],
    },
    {
      name: "Party paragraph of several lines left aligned without indent: a warning (practice)",
      doc: variant(partyPlan(), (d) =>
        Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0, text: LONG_PARAGRAPH }),
      ),
      findings: [
        {
          message:
            "Đoạn văn căn trái, thụt đầu dòng 0 mm; HD 36-HD/VPTW yêu cầu căn đều hai bên, thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: /^HD 36-HD\/VPTW, kỹ thuật trình bày/,
        },
      ],
    },
    {
      name: "a one-line paragraph left aligned looks justified: only its missing indent shows",
      doc: variant(partyPlan(), (d) => Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0 })),
      findings: [
        {
          message: "Đoạn văn thụt đầu dòng 0 mm; HD 36-HD/VPTW yêu cầu thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "indent of 9.4 mm: just under 10 mm less the tolerance",
      doc: variant(partyPlan(), (d) => (blockPara(d, 6).firstLineMm = 9.4)),
      findings: [
        {
          message: "Đoạn văn thụt đầu dòng 9.4 mm; HD 36-HD/VPTW yêu cầu thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody + 2,
        },
      ],
    },
    {
      name: "indent of 13.3 mm: just over 12.7 mm and the tolerance",
      doc: variant(partyPlan(), (d) => (blockPara(d, 6).firstLineMm = 13.3)),
      findings: [{ message: "Đoạn văn thụt đầu dòng 13.3 mm; HD 36-HD/VPTW yêu cầu thụt đầu dòng 10–12.7 mm" }],
    },
    {
      name: "5.5 pt between paragraphs: under 6 pt",
      doc: variant(stateReport(), (d) => (blockPara(d, 4).spaceAfterPt = 5.5)),
      findings: [
        {
          message: "Đoạn văn cách đoạn sau 5.5 pt; NĐ 30/2020/NĐ-CP yêu cầu cách đoạn tối thiểu 6 pt",
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "State line spacing 1.52: just over 1.5",
      doc: variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 1.52)),
      findings: [
        {
          message: "Đoạn văn giãn dòng 1.52 dòng; NĐ 30/2020/NĐ-CP yêu cầu giãn dòng 1–1.5 dòng",
          severity: "error",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "State line spacing 0.98: just under 1",
      doc: variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 0.98)),
      findings: [{ message: "Đoạn văn giãn dòng 0.98 dòng; NĐ 30/2020/NĐ-CP yêu cầu giãn dòng 1–1.5 dòng" }],
    },
    {
      name: "State paragraph with no space after and double line spacing: an error (firm)",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 4), { spaceAfterPt: 0, lineSpacing: 2 })),
      findings: [
        {
          message:
            "Đoạn văn cách đoạn sau 0 pt, giãn dòng 2 dòng; NĐ 30/2020/NĐ-CP yêu cầu cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
          severity: "error",
          paragraph: P.firstBody,
        },
      ],
    },
  ],
});

describe("body/paragraph fixes set the nearest allowed value", () => {
  it.each([
    [
      "State line spacing 1.52",
      variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 1.52)),
      { lineSpacing: 1.5 },
    ],
    [
      "State line spacing 0.98",
      variant(stateReport(), (d) => (blockPara(d, 4).lineSpacing = 0.98)),
      { lineSpacing: 1 },
    ],
    ["Party indent 13.3 mm", variant(partyPlan(), (d) => (blockPara(d, 4).firstLineMm = 13.3)), { firstLineMm: 12.7 }],
    ["State indent 13.3 mm", variant(stateReport(), (d) => (blockPara(d, 4).firstLineMm = 13.3)), { firstLineMm: 10 }],
    ["5.5 pt after", variant(stateReport(), (d) => (blockPara(d, 4).spaceAfterPt = 5.5)), { spaceAfterPt: 6 }],
  ])("%s", (_name, doc, props) => {
    expect(findingsOf(bodyParagraph, doc).map((f) => f.fix?.edits)).toEqual([
      [{ kind: "setParagraphFormat", paragraph: P.firstBody, props }],
    ]);
  });
});
