/**
 * structure/numbering, how the levels nest: which heading a number sits under (sections 1.1. under their khoản, a
 * sub-list under a point, khoản under a Chương before its first Điều), when an A., B. list and Roman numbers meet,
 * and which paragraphs a document's numbering is read from (a công văn has no type name).
 */
import { rule as numbering } from "../../../src/rules/structure/numbering";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { bodyParagraph } from "../bodyText";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, setCellText, statePlan, stateReport, variant } from "../../support/samples";

/** A sample with its body (blocks 4 to the signature table) replaced: body paragraph k is paragraph P.firstBody + k. */
const withLines = (doc: DocSpec, lines: (string | SpecParagraph)[]): DocSpec =>
  variant(doc, (d) => {
    d.blocks = [
      ...d.blocks.slice(0, 4),
      ...lines.map((x) => (typeof x === "string" ? bodyParagraph(x) : x)),
      d.blocks[d.blocks.length - 1]!,
    ];
  });
const body = (k: number): number => P.firstBody + k;
/** A công văn: no type name, its “V/v” line under the number. */
const officialLetter = (): DocSpec =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 3, "Số: 45/UBND-VX");
    blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
  });
/** Points a) … up to `last` in the Vietnamese alphabet, one paragraph each. */
const pointsTo = (last: string): string[] => {
  const letters = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
  return letters.slice(0, letters.indexOf(last) + 1).map((l) => `${l}) Nội dung ${l};`);
};

runRuleTester(numbering, {
  valid: [
    {
      name: "a sub-list 1. under a point owns the sections after it: 2., a), 1., 1.1., 1.2.",
      doc: withLines(statePlan(), [
        "1. Bối cảnh",
        "2. Nhiệm vụ",
        "a) Mục tiêu:",
        "1. Rà soát văn bản",
        "1.1. Văn bản quy phạm pháp luật",
        "1.2. Văn bản hành chính",
      ]),
    },
    {
      name: "sections 2.1., 2.2. right under II. (no khoản 2. typed) are read as its sections",
      doc: withLines(statePlan(), ["I. MỤC TIÊU", "II. NHIỆM VỤ", "2.1. Rà soát", "2.2. Công bố"]),
    },
    {
      name: "an A., B. list with Roman headings under each letter: I. after A. is a Roman number, not the letter I",
      doc: withLines(stateReport(), [
        "A. ĐÁNH GIÁ",
        "I. TÌNH HÌNH",
        "II. KẾT QUẢ",
        "B. PHƯƠNG HƯỚNG",
        "I. MỤC TIÊU",
        "II. NHIỆM VỤ",
      ]),
    },
    {
      name: "V. after the points a) … u) of IV. is the Roman heading V., not the letter after u",
      doc: withLines(stateReport(), [
        "I. TÌNH HÌNH",
        "II. KẾT QUẢ",
        "III. TỒN TẠI",
        "IV. NHIỆM VỤ",
        "1. Nhiệm vụ cụ thể:",
        ...pointsTo("u"),
        "V. KIẾN NGHỊ",
      ]),
    },
  ],
  invalid: [
    {
      name: "a section 1.2. first under khoản 1. of Điều 1.: 1.1 is missing (not a Điều without its word)",
      doc: withLines(stateReport(), ["Điều 1. Tên gọi", "1. Tên tiếng Việt", "1.2. Tên viết tắt"]),
      findings: [{ message: "Mục đầu tiên dưới “1.” là “1.2.”: thiếu mục 1.1", paragraph: body(2), severity: "warning" }],
    },
    {
      name: "khoản typed under a Chương before its first Điều end at that Điều: its first khoản 2. still lacks 1.",
      doc: withLines(stateReport(), [
        "Chương I",
        "Điều 1. Tên gọi",
        "Chương II",
        "1. Mục đích",
        "Điều 2. Nhiệm vụ",
        "2. Hỗ trợ hội viên",
      ]),
      findings: [{ message: "Mục đầu tiên dưới “Điều 2.” là “2.”: thiếu mục 1", paragraph: body(5) }],
    },
    {
      name: "a typed f) that also skips đ) and e) (d) then f)) is said once, as a foreign letter",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", ...pointsTo("d"), "f) Nội dung f."]),
      findings: [
        {
          message:
            "Điểm “f)”: chữ “f” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(5),
        },
      ],
    },
    {
      name: "a công văn (no type name) has its body's numbering read: 1. then 3.",
      doc: withLines(officialLetter(), ["1. Rà soát thủ tục hành chính", "3. Báo cáo kết quả"]),
      findings: [{ message: "Sau mục “1.” là “3.”: thiếu mục 2", paragraph: body(1), severity: "warning" }],
    },
  ],
});
