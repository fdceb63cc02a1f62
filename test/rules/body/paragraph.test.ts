import { rule as bodyParagraph } from "../../../src/rules/body/paragraph";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
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
