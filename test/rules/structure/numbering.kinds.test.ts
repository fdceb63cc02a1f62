/**
 * structure/numbering, the kinds of numbers one by one: A., B. (upper), 1) (paren), Phần/Chương written in words,
 * digits or Roman, Điều, Roman numerals written wrong, letters outside the Vietnamese alphabet, quoted passages,
 * items after a tab, and the exact text of each message with the label it suggests.
 */
import { rule as numbering } from "../../../src/rules/structure/numbering";
import { bodyParagraph } from "../bodyText";
import { body, withLines } from "./lines";
import { runRuleTester } from "../../support/ruleTester";
import { statePlan, stateReport, variant } from "../../support/samples";

/** "Phần thứ ba" followed by words up to `length` characters: a heading up to 160 characters, a sentence beyond. */
const partOfLength = (length: number): string => {
  const text = `Phần thứ ba ${"kết quả thực hiện nhiệm vụ năm 2025 ".repeat(6)}`.slice(0, length - 1).trimEnd();
  return `${text}${"x".repeat(length - text.length)}`;
};

runRuleTester(numbering, {
  valid: [
    {
      name: "A., B., … H., I. (I. after H. is the next letter, not a Roman one), then K.",
      doc: withLines(stateReport(), [
        ...["A", "B", "C", "D", "Đ", "E", "G", "H", "I", "K"].map((l) => `${l}. PHẦN NỘI DUNG ${l}`),
      ]),
    },
    {
      name: "items 1), 2), 3) under a point",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Rà soát:", "1) Văn bản;", "2) Thủ tục;", "3) Hồ sơ."]),
    },
    {
      name: "Phần/Chương in digits, in Roman, in words; “Phần mở đầu” and a long sentence opening with “Phần” are not numbers",
      doc: withLines(stateReport(), [
        "Phần mở đầu",
        "Phần 1",
        "Chương I",
        "Chương II",
        "Phần 2",
        "Chương thứ nhất",
        "Chương thứ hai",
        `Phần thứ năm ${"của báo cáo nêu rõ kết quả thực hiện các nhiệm vụ trọng tâm trong năm và những tồn tại, hạn chế cần khắc phục ".repeat(2)}`,
      ]),
    },
    {
      name: "roman numerals with a dash: I - , II - , III -",
      doc: withLines(stateReport(), ["I - TÌNH HÌNH", "II - KẾT QUẢ", "III - PHƯƠNG HƯỚNG"]),
    },
    {
      name: "a number after leading spaces and non-breaking spaces is read",
      doc: withLines(statePlan(), ["1. Một", "  \u00a02. Hai", "\u00a03. Ba"]),
    },
    {
      name: "points a. b. before a capital, and d). with a trailing dot",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a. Tiêu đề", "b. Tiêu đề", "c). Ba", "d). Bốn"]),
    },
    {
      name: "sections 1.1 Tiêu đề (no final dot, a capital follows) go on to 1.2",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1 Tình hình chung", "1.2 Kết quả đạt được", "2. Giải pháp"]),
    },
    {
      name: "a quotation without its closing mark hides its own numbering only",
      doc: withLines(stateReport(), [
        "1. Căn cứ",
        "Nghị định quy định:",
        "“c) Trong thời hạn 60 ngày làm việc;",
        "e) Hội báo cáo kết quả đại hội;",
        "g) Các nội dung khác.”",
        "2. Đề xuất",
      ]),
    },
    {
      name: "a one-column table (a box) is read like the text around it: 1., 2. (in the box), 3.",
      doc: variant(withLines(statePlan(), ["I. NHIỆM VỤ", "1. Rà soát", "3. Công bố"]), (d) => {
        d.blocks.splice(6, 0, {
          type: "table",
          columnWidthsMm: [165],
          rows: [[[bodyParagraph("2. Đơn giản hóa thủ tục hành chính")]]],
        });
      }),
    },
    {
      name: "a heading “PHẦN CUỐI” carries no number",
      doc: withLines(stateReport(), ["PHẦN I", "PHẦN II", "PHẦN CUỐI", "PHẦN III"]),
    },
    {
      name: "an STT column in the middle of the text is not read: 1., (table 2., 5.), 2.",
      doc: variant(withLines(statePlan(), ["I. NHIỆM VỤ", "1. Rà soát", "2. Công bố"]), (d) => {
        d.blocks.splice(6, 0, {
          type: "table",
          columnWidthsMm: [15, 100, 50],
          rows: [
            [[bodyParagraph("2.")], [bodyParagraph("Rà soát thủ tục")], [bodyParagraph("Sở Nội vụ")]],
            [[bodyParagraph("5.")], [bodyParagraph("Công bố thủ tục")], [bodyParagraph("Văn phòng")]],
          ],
        });
      }),
    },
    {
      name: "near misses: “1.5 lần so với Năm 2024” and “2 Sở chưa báo cáo” open with numbers that are not headings",
      doc: withLines(stateReport(), [
        "1. Kết quả",
        "1.5 lần so với cùng kỳ Năm 2024.",
        "2 Sở chưa báo cáo.",
        "2. Tồn tại",
      ]),
    },
    {
      name: "points under a section 1.1. do not end it: 1., 1.1., a), b), 1.2.",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1. Tình hình", "a) Thuận lợi;", "b) Khó khăn.", "1.2. Kết quả"]),
    },
    {
      name: "a quotation left open (no closing mark): the 39 paragraphs after it and the 40th are skipped",
      doc: withLines(stateReport(), [
        "1. Căn cứ",
        "“Trích Nghị định:",
        ...Array.from({ length: 39 }, (_, i) => `39ội dung trích dẫn đoạn ${i + 1};`),
        "3. Đề xuất",
      ]),
    },
    {
      name: "three levels of sections: 1., 1.1., 1.1.1., 1.1.2., 1.2.",
      doc: withLines(statePlan(), [
        "1. Bối cảnh",
        "1.1. Tình hình",
        "1.1.1. Thuận lợi",
        "1.1.2. Khó khăn",
        "1.2. Kết quả",
      ]),
    },
    {
      name: "a paragraph of 161 characters opening with “Phần thứ ba” is a sentence, not a heading",
      doc: withLines(stateReport(), ["Phần thứ nhất", partOfLength(161)]),
    },
    {
      name: "items typed with a space before the bracket, 1 ) and 2 ), are items 1), 2): the khoản 2. after them follows 1.",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Rà soát:", "1 ) Văn bản;", "2 ) Thủ tục;", "2. Giải pháp"]),
    },
    {
      name: "near miss: “2.5)” after the items 1), 2) is no item (a bracketed item has one number)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "a) Rà soát:",
        "1) Văn bản;",
        "2) Thủ tục;",
        "2.5) lần so với năm trước.",
      ]),
    },
  ],
  invalid: [
    {
      name: "A. list: a gap, a letter out of order, and the body opening with B.",
      doc: withLines(stateReport(), ["B. MỞ ĐẦU", "C. NỘI DUNG", "Đ. KẾT QUẢ", "D. TỒN TẠI"]),
      findings: [
        { message: "Mục đầu tiên là “B.”: thiếu mục A", paragraph: body(0), severity: "warning" },
        { message: "Sau mục “C.” là “Đ.”: thiếu mục D", paragraph: body(2) },
        { message: "Sau mục “Đ.” là “D.”: sai thứ tự (cần “E.”)", paragraph: body(3) },
      ],
    },
    {
      name: "items 1), 2), then 4); a first item 2) under a point",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "a) Rà soát:",
        "1) Văn bản;",
        "2) Thủ tục;",
        "4) Hồ sơ.",
        "b) Kiểm tra:",
        "2) Hồ sơ.",
      ]),
      findings: [
        { message: "Sau mục “2)” là “4)”: thiếu mục 3", paragraph: body(4) },
        { message: "Mục đầu tiên dưới “b)” là “2)”: thiếu mục 1", paragraph: body(6) },
      ],
    },
    {
      name: "Phần I then Phần III; Chương 1 then Chương 3",
      doc: withLines(stateReport(), ["Phần I", "Chương 1", "Chương 3", "Phần III"]),
      findings: [
        { message: "Sau chương “Chương 1” là “Chương 3”: thiếu chương 2", paragraph: body(2) },
        { message: "Sau phần “Phần I” là “Phần III”: thiếu phần II", paragraph: body(3) },
      ],
    },
    {
      name: "Phần thứ nhất, thứ ba, then thứ hai: the gap named in words, the expected one written “Phần thứ tư”",
      doc: withLines(stateReport(), ["Phần thứ nhất", "Phần thứ ba", "Phần thứ hai"]),
      findings: [
        { message: "Sau phần “Phần thứ nhất” là “Phần thứ ba”: thiếu phần thứ hai", paragraph: body(1) },
        { message: "Sau phần “Phần thứ ba” là “Phần thứ hai”: sai thứ tự (cần “Phần thứ tư”)", paragraph: body(2) },
      ],
    },
    {
      name: "Chương V then Chương III: out of order, expected Chương VI",
      doc: withLines(stateReport(), ["Chương IV", "Chương V", "Chương III"]),
      findings: [
        { message: "Chương đầu tiên là “Chương IV”: thiếu chương I, II, III", paragraph: body(0) },
        { message: "Sau chương “Chương V” là “Chương III”: sai thứ tự (cần “Chương VI”)", paragraph: body(2) },
      ],
    },
    {
      name: "Điều 1: then Điều 3: (a colon after the number), then Điều 2.",
      doc: withLines(stateReport(), ["Điều 1: Tên gọi", "Điều 3: Nhiệm vụ", "Điều 2. Quyền hạn"]),
      findings: [
        { message: "Sau điều “Điều 1:” là “Điều 3:”: thiếu điều 2", paragraph: body(1) },
        { message: "Sau điều “Điều 3:” là “Điều 2.”: sai thứ tự (cần “Điều 4.”)", paragraph: body(2) },
      ],
    },
    {
      name: "a malformed Roman numeral opening the body (IIII) and one after V. (IC., read as VI.)",
      doc: withLines(stateReport(), ["IIII. TÌNH HÌNH", "V. KẾT QUẢ", "IC. PHƯƠNG HƯỚNG", "VII. KIẾN NGHỊ"]),
      findings: [
        { message: "Số La Mã “IIII.” viết sai: cần viết “IV.”", paragraph: body(0) },
        { message: "Số La Mã “IC.” viết sai: cần viết “VI.”", paragraph: body(2) },
      ],
    },
    {
      name: "letters outside the alphabet: f) after e) and j) after i) (the list goes on with g), k)), w) after v) (then x), y))",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        ...["a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "j", "k"].map((l) => `${l}) Nội dung ${l};`),
        "2. Giải pháp:",
        ...[
          "a",
          "b",
          "c",
          "d",
          "đ",
          "e",
          "g",
          "h",
          "i",
          "k",
          "l",
          "m",
          "n",
          "o",
          "p",
          "q",
          "r",
          "s",
          "t",
          "u",
          "v",
        ].map((l) => `${l}) Nội dung ${l};`),
        "w) Nội dung w;",
        "x) Nội dung x;",
        "y) Nội dung y.",
      ]),
      findings: [
        {
          message:
            "Điểm “f)”: chữ “f” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(7),
        },
        {
          message:
            "Điểm “j)”: chữ “j” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(11),
        },
        {
          message:
            "Điểm “w)”: chữ “w” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(35),
        },
      ],
    },
    {
      name: "points: a) then h) (many missing: “b) đến g)”), then e) out of order (cần “i)”)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Một;", "h) Tám;", "e) Năm."]),
      findings: [
        { message: "Sau điểm “a)” là “h)”: thiếu điểm b) đến g)", paragraph: body(2) },
        { message: "Sau điểm “h)” là “e)”: sai thứ tự (cần “i)”)", paragraph: body(3) },
      ],
    },
    {
      name: "two items after a tab are taken only when the second is the next one",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Một;\tb) Hai;", "d) Bốn;\tg) Bảy;", "đ) Năm."]),
      findings: [{ message: "Sau điểm “b)” là “d)”: thiếu điểm c)", paragraph: body(2) }],
    },
    {
      name: "a section repeated without its final dot: 1.2 then 1.2",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1 Tình hình chung", "1.2 Kết quả đạt được", "1.2 Tồn tại"]),
      findings: [{ message: "Sau mục “1.2” lại là “1.2”: số mục bị lặp", paragraph: body(3) }],
    },
    {
      name: "after a quotation closes, the numbering is read again",
      doc: withLines(stateReport(), [
        "1. Căn cứ",
        "Nghị định quy định:",
        "“a) Trong thời hạn 60 ngày làm việc;",
        "b) Hội báo cáo kết quả đại hội.”",
        "3. Đề xuất",
      ]),
      findings: [{ message: "Sau mục “1.” là “3.”: thiếu mục 2", paragraph: body(4) }],
    },
    {
      name: "a number after non-breaking spaces is read: 1. then 3.",
      doc: withLines(statePlan(), ["1. Một", "\u00a0\u00a03. Ba"]),
      findings: [{ message: "Sau mục “1.” là “3.”: thiếu mục 2", paragraph: body(1) }],
    },
    {
      name: "two-digit chapters: Chương 11 then Chương 13",
      doc: withLines(stateReport(), ["Chương 10", "Chương 11", "Chương 13"]),
      findings: [
        { message: "Chương đầu tiên là “Chương 10”: thiếu chương 1 đến 9", paragraph: body(0) },
        { message: "Sau chương “Chương 11” là “Chương 13”: thiếu chương 12", paragraph: body(2) },
      ],
    },
    {
      name: "“3.” right after Điều 2. (no khoản yet) is a Điều without its word; Điều 4. then goes on from it",
      doc: withLines(stateReport(), ["Điều 1. Tên gọi", "Điều 2. Tôn chỉ", "3. Tổng Thư ký", "Điều 4. Tài chính"]),
      findings: [{ message: "Mục “3.” (sau “Điều 2.”) thiếu chữ “Điều”: cần “Điều 3.”", paragraph: body(2) }],
    },
    {
      name: "a Word list item whose text opens with a quotation mark is still an item",
      doc: variant(
        withLines(statePlan(), [
          "I. NHIỆM VỤ",
          bodyParagraph("Cải cách thể chế", { list: { id: "tasks", level: 0 } }),
          bodyParagraph("“Chính phủ số” và chuyển đổi số", { list: { id: "tasks", level: 0 } }),
          "4. Cải cách chế độ công vụ",
        ]),
        (d) => {
          d.lists = { tasks: { levels: [{ format: "decimal", text: "%1." }] } };
        },
      ),
      findings: [{ message: "Sau mục “2.” là “4.”: thiếu mục 3", paragraph: body(3) }],
    },
    {
      name: "items set apart with Shift+Enter are lines of their own: a), b) on one paragraph, then d)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Một;\nb) Hai;", "d) Bốn."]),
      findings: [{ message: "Sau điểm “b)” là “d)”: thiếu điểm c)", paragraph: body(2) }],
    },
    {
      name: "a quotation left open (no closing mark) stops hiding after 40 paragraphs: the 41st after it is read",
      doc: withLines(stateReport(), [
        "1. Căn cứ",
        "“Trích Nghị định:",
        ...Array.from({ length: 40 }, (_, i) => `40ội dung trích dẫn đoạn ${i + 1};`),
        "3. Đề xuất",
      ]),
      findings: [{ message: "Sau mục “1.” là “3.”: thiếu mục 2", paragraph: body(42) }],
    },
    {
      name: "the first point under a khoản is b): a) is missing",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "b) Hai;", "c) Ba."]),
      findings: [{ message: "Điểm đầu tiên dưới “1.” là “b)”: thiếu điểm a)", paragraph: body(1) }],
    },
    {
      name: "points written a. c. b. before capitals: the expected label keeps the dot",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a. Rà soát", "c. Công bố", "b. Kiểm tra"]),
      findings: [
        { message: "Sau điểm “a.” là “c.”: thiếu điểm b)", paragraph: body(2) },
        { message: "Sau điểm “c.” là “b.”: sai thứ tự (cần “d.”)", paragraph: body(3) },
      ],
    },
    {
      name: "after a tab: a typed f) is still a foreign letter; a text or an item of another level after a tab is not taken",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "a) Một;",
        "b) Hai;\tghi chú",
        "c) Ba;",
        "d) Bốn;",
        "đ) Năm;",
        "e) Sáu;\tf) Bảy;",
        "2. Giải pháp:\ta) Rà soát",
        "3. Kinh phí",
      ]),
      findings: [
        {
          message:
            "Điểm “f)”: chữ “f” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(6),
        },
      ],
    },
    {
      name: "Điều 1. twice: Điều numbers never start a new list",
      doc: withLines(stateReport(), ["Điều 1. Tên gọi", "Điều 1. Tôn chỉ"]),
      findings: [{ message: "Sau điều “Điều 1.” lại là “Điều 1.”: số điều bị lặp", paragraph: body(1) }],
    },
    {
      name: "sections out of order: 1.3. then 1.2., the expected one keeps its leading number (cần “1.4.”)",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1. Một", "1.2. Hai", "1.3. Ba", "1.2. Bốn"]),
      findings: [{ message: "Sau mục “1.3.” là “1.2.”: sai thứ tự (cần “1.4.”)", paragraph: body(4) }],
    },
    {
      name: "a section under the wrong number and not the first one (2.2. under 1.): said once",
      doc: withLines(statePlan(), ["1. Bối cảnh", "2.2. Tình hình"]),
      findings: [{ message: "Mục “2.2.” nằm dưới mục “1.”: số đầu không khớp (cần “1.1.”)", paragraph: body(1) }],
    },
    {
      name: "khoản under a Điều of a new chapter: its first khoản is 1.",
      doc: withLines(stateReport(), [
        "Chương I",
        "Điều 1. Tên gọi",
        "1. Tên tiếng Việt",
        "Chương II",
        "Điều 2. Nhiệm vụ",
        "2. Hỗ trợ hội viên",
      ]),
      findings: [{ message: "Mục đầu tiên dưới “Điều 2.” là “2.”: thiếu mục 1", paragraph: body(5) }],
    },
    {
      name: "a Roman heading closes the numbers above it: 1., a), I., then 2. is the first under I.",
      doc: withLines(statePlan(), ["1. Mở đầu", "a) Bối cảnh", "I. NỘI DUNG", "2. Nhiệm vụ"]),
      findings: [{ message: "Mục đầu tiên dưới “I.” là “2.”: thiếu mục 1", paragraph: body(3) }],
    },
    {
      name: "Word's 1. 2. 3. under I., then a typed 4. under II.: a first item, not Word's continued list",
      doc: variant(
        withLines(statePlan(), [
          "I. MỤC TIÊU",
          bodyParagraph("Cải cách thể chế", { list: { id: "tasks", level: 0 } }),
          bodyParagraph("Cải cách thủ tục hành chính", { list: { id: "tasks", level: 0 } }),
          bodyParagraph("Cải cách tổ chức bộ máy", { list: { id: "tasks", level: 0 } }),
          "II. TỔ CHỨC THỰC HIỆN",
          "4. Kinh phí thực hiện",
        ]),
        (d) => {
          d.lists = { tasks: { levels: [{ format: "decimal", text: "%1." }] } };
        },
      ),
      findings: [{ message: "Mục đầu tiên dưới “II.” là “4.”: thiếu mục 1, 2, 3", paragraph: body(5) }],
    },
    {
      name: "a paragraph of 160 characters opening with “Phần thứ ba” is still a heading",
      doc: withLines(stateReport(), ["Phần thứ nhất", partOfLength(160)]),
      findings: [{ message: "Sau phần “Phần thứ nhất” là “Phần thứ ba”: thiếu phần thứ hai", paragraph: body(1) }],
    },
    {
      name: "the 160 characters of a “Phần thứ ba” heading are counted after its leading spaces: still a heading",
      doc: withLines(stateReport(), ["Phần thứ nhất", `  ${partOfLength(160)}`]),
      findings: [{ message: "Sau phần “Phần thứ nhất” là “Phần thứ ba”: thiếu phần thứ hai", paragraph: body(1) }],
    },
    {
      name: "a section without its final dot and two spaces before the title (“1.1  Tình hình”) is read: 1.1 then 1.3",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1  Tình hình chung", "1.3 Kết quả đạt được"]),
      findings: [{ message: "Sau mục “1.1” là “1.3”: thiếu mục 1.2", paragraph: body(2) }],
    },
    {
      name: "items 1) to 3), then 2): out of order, the one expected written with its bracket (cần “4)”)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "a) Rà soát:",
        "1) Văn bản;",
        "2) Thủ tục;",
        "3) Hồ sơ;",
        "2) Khác.",
      ]),
      findings: [{ message: "Sau mục “3)” là “2)”: sai thứ tự (cần “4)”)", paragraph: body(5) }],
    },
    {
      name: "a point out of order after a typed f): the one expected is g)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        ...["a", "b", "c", "d", "đ", "e", "f"].map((l) => `${l}) Nội dung ${l};`),
        "d) Nội dung khác.",
      ]),
      findings: [
        {
          message:
            "Điểm “f)”: chữ “f” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(7),
        },
        { message: "Sau điểm “f)” là “d)”: sai thứ tự (cần “g)”)", paragraph: body(8) },
      ],
    },
    {
      name: "a Chương I right under the title is read: Chương I then Chương III",
      doc: withLines(stateReport(), [
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Tên gọi",
        "Chương III",
        "Điều 2. Nhiệm vụ",
      ]),
      findings: [{ message: "Sau chương “Chương I” là “Chương III”: thiếu chương II", paragraph: body(3) }],
    },
    {
      name: "Chương thứ nhất then Chương thứ ba: the missing chapter named in words",
      doc: withLines(stateReport(), ["Chương thứ nhất", "Chương thứ ba"]),
      findings: [
        { message: "Sau chương “Chương thứ nhất” là “Chương thứ ba”: thiếu chương thứ hai", paragraph: body(1) },
      ],
    },
    {
      name: "a section missing between 1.1. and 1.3. is named with its leading number: thiếu mục 1.2",
      doc: withLines(statePlan(), ["1. Bối cảnh", "1.1. Một", "1.3. Ba", "2. Giải pháp", "2.3. Hai"]),
      findings: [
        { message: "Sau mục “1.1.” là “1.3.”: thiếu mục 1.2", paragraph: body(2) },
        { message: "Mục đầu tiên dưới “2.” là “2.3.”: thiếu mục 2.1, 2.2", paragraph: body(4) },
      ],
    },
    {
      name: "parts in capitals: the suggestion is in capitals (PHẦN THỨ TƯ), the missing part named in the sentence",
      doc: withLines(stateReport(), ["PHẦN THỨ NHẤT", "PHẦN THỨ BA", "PHẦN THỨ HAI"]),
      findings: [
        { message: "Sau phần “PHẦN THỨ NHẤT” là “PHẦN THỨ BA”: thiếu phần thứ hai", paragraph: body(1) },
        { message: "Sau phần “PHẦN THỨ BA” là “PHẦN THỨ HAI”: sai thứ tự (cần “PHẦN THỨ TƯ”)", paragraph: body(2) },
      ],
    },
    {
      name: "after y), the last letter of the alphabet, no letter is suggested (z is not a point letter)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        ..."a b c d đ e g h i k l m n o p q r s t u v x y".split(" ").map((l) => `${l}) Nội dung ${l};`),
        "b) Nội dung lạc chỗ.",
      ]),
      findings: [{ message: "Sau điểm “y)” là “b)”: sai thứ tự", paragraph: body(24) }],
    },
    {
      name: "Roman headings with a dash keep their space in the suggestion: “IV -” after “III -”",
      doc: withLines(stateReport(), ["I - TÌNH HÌNH", "III - KẾT QUẢ", "II - PHƯƠNG HƯỚNG"]),
      findings: [
        { message: "Sau mục “I -” là “III -”: thiếu mục II", paragraph: body(1) },
        { message: "Sau mục “III -” là “II -”: sai thứ tự (cần “IV -”)", paragraph: body(2) },
      ],
    },
    {
      name: "a Roman numeral written wrong with a dash: “IIII -” after “III -” should be “IV -”",
      doc: withLines(stateReport(), ["I - TÌNH HÌNH", "II - KẾT QUẢ", "III - TỒN TẠI", "IIII - PHƯƠNG HƯỚNG"]),
      findings: [{ message: "Số La Mã “IIII -” viết sai: cần viết “IV -”", paragraph: body(3) }],
    },
  ],
});
