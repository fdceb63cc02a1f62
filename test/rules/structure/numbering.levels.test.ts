/**
 * structure/numbering, how the levels nest and which paragraphs are read: the heading a number sits under (1.1. under
 * its khoản, khoản under a Chương before its Điều), A., B. lists meeting Roman numbers, what follows đ), y), z), a
 * công văn (no type name), a Chương I read into a Điều lệ's title block, each appendix on its own, and the excerpt.
 */
import { rule as numbering } from "../../../src/rules/structure/numbering";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { bodyParagraph } from "../bodyText";
import { body, withLines } from "./lines";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import { blockPara, setCellText, statePlan, stateReport, variant } from "../../support/samples";

/** A công văn: no type name, its “V/v” line under the number. */
const officialLetter = (): DocSpec =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 3, "Số: 45/UBND-VX");
    blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
  });
/** An appendix to add after the signature table: its title, its “Kèm theo” line, then its lines. */
const appendix = (title: string, lines: string[]): SpecParagraph[] => [
  bodyParagraph(title, { align: "center", bold: true, firstLineMm: 0 }),
  bodyParagraph("(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20/12/2023 của Phòng Kinh tế và Hạ tầng)", {
    align: "center",
    italic: true,
    firstLineMm: 0,
  }),
  ...lines.map((t) => bodyParagraph(t)),
];
/** Points a) … up to `last` in the Vietnamese alphabet, one paragraph each. */
/** Points a) and b), and under b) two points in small Roman numerals. */
const ROMANS_UNDER_B = [
  "1. Nhiệm vụ:",
  "a) Rà soát thủ tục hành chính;",
  "b) Công bố thủ tục hành chính, gồm:",
  "i) Công bố trên Cổng dịch vụ công;",
  "ii) Niêm yết tại trụ sở;",
];

const pointsTo = (last: string): string[] => {
  const letters = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
  return letters.slice(0, letters.indexOf(last) + 1).map((l) => `${l}) Nội dung ${l};`);
};

runRuleTester(numbering, {
  valid: [
    {
      name: "point letters under a small Roman point, then the next Roman point: a), b) under i), then ii)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "i) Rà soát thủ tục hành chính, gồm:",
        "a) Thủ tục cấp tỉnh;",
        "b) Thủ tục cấp huyện;",
        "ii) Công bố thủ tục hành chính.",
        "2. Tổ chức thực hiện",
      ]),
    },
    {
      name: "small Roman points under a point letter, then the next letter: i), ii) under b), then c)",
      doc: withLines(statePlan(), [...ROMANS_UNDER_B, "c) Kiểm tra việc thực hiện.", "2. Tổ chức thực hiện"]),
    },
    {
      name: "points numbered in small Roman numerals: i) to vi) under 1., then 2.",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        ...["i", "ii", "iii", "iv", "v", "vi"].map((r) => `${r}) Nội dung ${r};`),
        "2. Giải pháp",
      ]),
    },
    {
      name: "i) after h) is the next point letter, v) after u) too, x) after v): not Roman numerals",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", ...pointsTo("y").map((t) => t)]),
    },
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
    {
      name: "after đ), an a) typed after a tab is no item (a is not the letter after đ): the list goes on with e)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", ...pointsTo("d"), "đ) Nội dung đ;\ta) ghi chú", "e) Nội dung e."]),
    },
    {
      name: "near miss: a sentence opening with “Phần vi phạm” (vi in small letters) is no Roman part number",
      doc: withLines(stateReport(), [
        "Phần I",
        "Phần vi phạm hành chính được xử lý theo quy định của pháp luật.",
        "Phần II",
      ]),
    },
  ],
  invalid: [
    {
      name: "a list in small Roman numerals with one left out: ii) then iv)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "i) Rà soát;", "ii) Công bố;", "iv) Kiểm tra."]),
      findings: [{ message: "Sau điểm “ii)” là “iv)”: thiếu điểm iii)", paragraph: body(3) }],
    },
    {
      name: "a list in small Roman numerals that skips iv): v) after iii) goes on with it (not a first point letter)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "i) Rà soát;", "ii) Công bố;", "iii) Kiểm tra;", "v) Tổng kết."]),
      findings: [{ message: "Sau điểm “iii)” là “v)”: thiếu điểm iv)", paragraph: body(4) }],
    },
    {
      name: "small Roman points under a point letter, then the next letter skips one: d) after b)",
      doc: withLines(statePlan(), [...ROMANS_UNDER_B, "d) Kiểm tra việc thực hiện."]),
      findings: [{ message: "Sau điểm “b)” là “d)”: thiếu điểm c)", paragraph: body(5) }],
    },
    {
      name: "a list in small Roman numerals out of order: iii) then ii)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "i) Rà soát;", "ii) Công bố;", "iii) Kiểm tra;", "ii) Tổng kết."]),
      findings: [{ message: "Sau điểm “iii)” là “ii)”: sai thứ tự (cần “iv)”)", paragraph: body(4) }],
    },
    {
      name: "a section 1.2. first under khoản 1. of Điều 1.: 1.1 is missing (not a Điều without its word)",
      doc: withLines(stateReport(), ["Điều 1. Tên gọi", "1. Tên tiếng Việt", "1.2. Tên viết tắt"]),
      findings: [
        { message: "Mục đầu tiên dưới “1.” là “1.2.”: thiếu mục 1.1", paragraph: body(2), severity: "warning" },
      ],
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
    {
      name: "a list typed on to z): z is no point letter, and no letter follows it (b) after it: out of order, none suggested)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", ...pointsTo("y"), "z) Nội dung z;", "b) Nội dung lạc chỗ."]),
      findings: [
        {
          message:
            "Điểm “z)”: chữ “z” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(24),
        },
        { message: "Sau điểm “z)” là “b)”: sai thứ tự", paragraph: body(25) },
      ],
    },
    {
      name: "chapters in capitals: the missing one is named in the sentence, in small letters (thiếu chương thứ hai)",
      doc: withLines(stateReport(), ["CHƯƠNG THỨ NHẤT", "CHƯƠNG THỨ BA"]),
      findings: [
        { message: "Sau chương “CHƯƠNG THỨ NHẤT” là “CHƯƠNG THỨ BA”: thiếu chương thứ hai", paragraph: body(1) },
      ],
    },
    {
      name: "Word's list set to start at 3 under I., nothing before it: 1 and 2 are missing",
      doc: variant(
        withLines(statePlan(), [
          "I. NHIỆM VỤ",
          bodyParagraph("Cải cách thể chế", { list: { id: "tasks", level: 0 } }),
          bodyParagraph("Cải cách thủ tục hành chính", { list: { id: "tasks", level: 0 } }),
        ]),
        (d) => {
          d.lists = { tasks: { levels: [{ format: "decimal", text: "%1.", start: 3 }] } };
        },
      ),
      findings: [{ message: "Mục đầu tiên dưới “I.” là “3.”: thiếu mục 1, 2", paragraph: body(1) }],
    },
    {
      name: "a Điều lệ whose “Chương I” is read as part of its title block (no separator line): still its first chapter",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 1).text = "ĐIỀU LỆ";
        blockPara(d, 2).text = "Hiệp hội Tôm Lâm Đồng";
        const heading = (text: string) => bodyParagraph(text, { align: "center", bold: true, firstLineMm: 0 });
        d.blocks.splice(
          3,
          d.blocks.length - 4,
          heading("Chương I"),
          heading("QUY ĐỊNH CHUNG"),
          bodyParagraph("Điều 1. Tên gọi"),
          heading("Chương III"),
          bodyParagraph("Điều 2. Nhiệm vụ"),
        );
      }),
      // No “-----” line: the type name is paragraph 7, “Chương I” 9, “Chương III” 12.
      findings: [{ message: "Sau chương “Chương I” là “Chương III”: thiếu chương II", paragraph: 12 }],
    },
    {
      name: "each appendix numbers its own: a PHỤ LỤC II going on with 3. from PHỤ LỤC I's 1., 2. lacks its 1. and 2.",
      doc: variant(withLines(statePlan(), ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ"]), (d) => {
        d.blocks.push(
          ...appendix("PHỤ LỤC I", ["1. Rà soát thủ tục hành chính", "2. Công bố thủ tục hành chính"]),
          ...appendix("PHỤ LỤC II", ["3. Kinh phí thực hiện"]),
        );
      }),
      // Body 10–11, the signature table 12–18, PHỤ LỤC I 19 (its lines 20–22), PHỤ LỤC II 23, its tie line 24, 3. 25.
      findings: [{ message: "Mục đầu tiên là “3.”: thiếu mục 1, 2", paragraph: 25 }],
    },
  ],
});

describe("structure/numbering: the excerpt", () => {
  it("a finding quotes the paragraph it points at", () => {
    const found = findingsOf(
      numbering,
      withLines(statePlan(), ["1. Rà soát thủ tục hành chính", "3. Báo cáo kết quả"]),
    );
    expect(found.map((f) => [f.paragraph, f.excerpt])).toEqual([[body(1), "3. Báo cáo kết quả"]]);
  });
});
