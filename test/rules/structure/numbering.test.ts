import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import { rule as numbering } from "../../../src/rules/structure/numbering";
import type { DocSpec, SpecList, SpecParagraph } from "../../support/docSpec";
import { bodyParagraph } from "../bodyText";
import { body, withLines } from "./lines";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, statePlan, stateReport, variant } from "../../support/samples";

/** A body paragraph: typed text, or `list` for Word's automatic numbering. */
const para = bodyParagraph;

/** The same, with an appendix after the signature table (its paragraphs follow the table's 7). */
const withAppendix = (doc: DocSpec, lines: (string | SpecParagraph)[], appendix: string[]): DocSpec =>
  variant(withLines(doc, lines), (d) => {
    d.blocks.push(
      para("PHỤ LỤC", { align: "center", bold: true, firstLineMm: 0 }),
      para("(Kèm theo Kế hoạch số 09/KH-KTHT ngày 20/12/2023 của Phòng Kinh tế và Hạ tầng)", {
        align: "center",
        italic: true,
        firstLineMm: 0,
      }),
      ...appendix.map((t) => para(t)),
    );
  });

/** Word's list of a plan: I. → 1. → a) → -. */
const PLAN_LIST: Record<string, SpecList> = {
  plan: {
    levels: [
      { format: "upperRoman", text: "%1." },
      { format: "decimal", text: "%2." },
      { format: "lowerLetter", text: "%3)" },
      { format: "bullet", text: "-" },
    ],
  },
};
const word = (text: string, level: number): SpecParagraph => para(text, { list: { id: "plan", level } });
const wordList = (id: string, text: string, level = 0): SpecParagraph => para(text, { list: { id, level } });

const STATE = "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.6";

runRuleTester(numbering, {
  valid: [
    { name: "Party plan: I., II., III.", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    {
      name: "a plan's levels typed as kh-cchc-2026 writes them: I. → 1. → a) → -, lists under each heading",
      doc: withLines(statePlan(), [
        "I. MỤC TIÊU, NHIỆM VỤ",
        "1. Cải cách thể chế",
        "a) Mục tiêu",
        "- 100% văn bản quy phạm pháp luật được cập nhật trên cơ sở dữ liệu quốc gia về pháp luật kịp thời, đúng quy định.",
        "b) Nhiệm vụ",
        "- Định kỳ thực hiện việc công bố danh mục văn bản quy phạm pháp luật hết hiệu lực.",
        "2. Cải cách thủ tục hành chính",
        "a) Mục tiêu",
        "II. TỔ CHỨC THỰC HIỆN",
        "1. Công tác triển khai",
        "2. Kinh phí thực hiện",
      ]),
    },
    {
      name: "points in the Vietnamese alphabet: a) b) c) d) đ) e) g) h) i) k)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ của Đại hội:",
        ...["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"].map((l) => `${l}) Thảo luận và thông qua nội dung ${l};`),
      ]),
    },
    {
      name: "near miss: d) then e) typed in Latin order is accepted (only a typed f) is worth a word)",
      doc: withLines(statePlan(), ["1. Nhiệm vụ:", "a) Một;", "b) Hai;", "c) Ba;", "d) Bốn;", "e) Năm."]),
    },
    {
      name: "Word's own letter list a) … f) is its sequence, not a typing slip",
      doc: withLines(
        statePlan(),
        [
          "1. Trách nhiệm của các sở, ban, ngành",
          ...[
            "Sở Nội vụ",
            "Sở Tư pháp",
            "Sở Tài chính",
            "Văn phòng UBND tỉnh",
            "Sở Khoa học và Công nghệ",
            "Công an tỉnh",
          ].map((u) => wordList("points", `${u} chủ trì thực hiện.`)),
        ],
        { points: { levels: [{ format: "lowerLetter", text: "%1)" }] } },
      ),
    },
    {
      name: "Word's numbering mixed with typed points, as real Điều lệ do: a) b) c) d) (Word) đ) (typed) e) (Word) g) (typed)",
      doc: withLines(
        statePlan(),
        [
          "1. Nhiệm vụ của Đại hội:",
          wordList("points", "Thảo luận và thông qua Báo cáo tổng kết nhiệm kỳ;"),
          wordList("points", "Thảo luận và thông qua Điều lệ;"),
          wordList("points", "Thảo luận, góp ý kiến vào Báo cáo kiểm điểm của Ban Chấp hành;"),
          wordList("points", "Thảo luận và quyết định những vấn đề quan trọng trong hoạt động của Hội;"),
          "đ) Bầu Ban Chấp hành, Ban Kiểm tra.",
          wordList("points", "Thông qua nghị quyết Đại hội."),
          "g) Các nội dung khác (nếu có).",
        ],
        { points: { levels: [{ format: "lowerLetter", text: "%1)" }] } },
      ),
    },
    {
      name: "a whole plan numbered by Word, restarting under each heading",
      doc: withLines(
        statePlan(),
        [
          word("MỤC TIÊU, NHIỆM VỤ", 0),
          word("Cải cách thể chế", 1),
          word("Mục tiêu", 2),
          word("100% văn bản được cập nhật kịp thời.", 3),
          word("Nhiệm vụ", 2),
          word("Cải cách thủ tục hành chính", 1),
          word("TỔ CHỨC THỰC HIỆN", 0),
          word("Công tác triển khai", 1),
        ],
        PLAN_LIST,
      ),
    },
    {
      name: "a sub-list starting again at 1 under a point, or under an unnumbered label, is a new list",
      doc: withLines(statePlan(), [
        "1. Cải cách thể chế",
        "a) Mục tiêu:",
        "1. Rà soát văn bản;",
        "2. Công bố văn bản.",
        "b) Nhiệm vụ",
        "2. Cải cách thủ tục hành chính",
        "Mục tiêu:",
        "1. Không có thủ tục hành chính ban hành trái quy định.",
        "2. 100% thủ tục hành chính được công khai.",
      ]),
    },
    {
      name: "sections 1.1., 1.2. under 1.; 2.1. under 2.",
      doc: withLines(stateReport(), [
        "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
        "1. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        "1.1. Công tác chỉ đạo của Tỉnh ủy, Ban Chỉ đạo tỉnh",
        "1.2. Công tác tham mưu, chỉ đạo triển khai của Công an tỉnh",
        "2. VỀ HOÀN THIỆN THỂ CHẾ",
        "2.1.Về dữ liệu",
        "2.2 Về hạ tầng công nghệ thông tin",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ",
      ]),
    },
    {
      name: "numbers in a table's cells (an STT column) are not headings",
      doc: variant(withLines(statePlan(), ["I. NHIỆM VỤ", "1. Các nhiệm vụ cụ thể"]), (d) => {
        d.blocks.splice(6, 0, {
          type: "table",
          columnWidthsMm: [15, 100, 50],
          rows: [
            [[para("1.")], [para("Rà soát thủ tục hành chính")], [para("Sở Nội vụ")]],
            [[para("3.")], [para("Công bố thủ tục hành chính")], [para("Văn phòng UBND tỉnh")]],
          ],
        });
      }),
    },
    {
      name: "a quoted decree's points are its numbering, not the letter's",
      doc: withLines(stateReport(), [
        "1. Về khó khăn, vướng mắc dẫn đến chưa thực hiện khắc dấu của các Hội",
        "Tại khoản 5 Điều 32 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định:",
        "“a) Trong thời hạn 60 ngày làm việc kể từ ngày có quyết định của cơ quan nhà nước có thẩm quyền;",
        "b) Hội báo cáo kết quả đại hội theo quy định tại khoản 1 Điều 21 Nghị định này.”",
        "2. Đề xuất, kiến nghị",
      ]),
    },
    {
      name: "numbers that are not headings: a date, a percentage, a thousand, a lone number",
      doc: withLines(stateReport(), [
        "1. Kết quả",
        "15/9/2023 Ủy ban nhân dân tỉnh ban hành Kế hoạch.",
        "100% văn bản được cập nhật.",
        "1.500 hồ sơ được giải quyết đúng hạn.",
        "3 cơ quan chưa báo cáo.",
        "2. Tồn tại, hạn chế",
      ]),
    },
    {
      name: "Điều numbers run on across chapters; khoản restart under each Điều",
      doc: withLines(stateReport(), [
        "Chương I",
        "QUY ĐỊNH CHUNG",
        "Điều 1. Tên gọi",
        "1. Tên tiếng Việt: Hiệp hội Tôm Lâm Đồng",
        "2. Tên tiếng Anh: Lam Dong Shrimp Association",
        "Điều 2. Tôn chỉ, mục đích",
        "Chương II",
        "NHIỆM VỤ VÀ QUYỀN HẠN",
        "Điều 3. Nhiệm vụ",
        "1. Giúp đỡ, hỗ trợ các hội viên.",
      ]),
    },
    {
      name: "two items run together on one line after a tab (a real Điều lệ: “d) ...⇥5. Thực hiện ...”)",
      doc: withLines(stateReport(), [
        "1. Quyền hạn của Liên đoàn:",
        "a) Xây dựng cơ sở tập luyện;",
        "b) Quyết định khen thưởng, kỷ luật đối với các tổ chức, cá nhân thuộc Liên đoàn.\t2. Thực hiện các nhiệm vụ khác.",
        "3. Phổ biến huấn luyện kiến thức cho hội viên.",
      ]),
    },
    {
      name: "a report in parts: PHẦN THỨ NHẤT, PHẦN THỨ HAI, each with its own I., II.",
      doc: withLines(stateReport(), [
        "PHẦN THỨ NHẤT",
        "KẾT QUẢ THỰC HIỆN NĂM 2025",
        "I. TÌNH HÌNH",
        "II. KẾT QUẢ",
        "PHẦN THỨ HAI",
        "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "I. MỤC TIÊU",
        "II. NHIỆM VỤ, GIẢI PHÁP",
      ]),
    },
    {
      name: "an appendix numbers its own I., II.",
      doc: withAppendix(
        statePlan(),
        ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"],
        ["I. NHIỆM VỤ CHUNG", "1. Tuyên truyền", "II. NHIỆM VỤ CỤ THỂ"],
      ),
    },
  ],
  invalid: [
    {
      name: "a gap: 2. then 4.",
      doc: withLines(statePlan(), [
        "I. NHIỆM VỤ",
        "1. Cải cách thể chế",
        "2. Cải cách thủ tục hành chính",
        "4. Cải cách chế độ công vụ",
      ]),
      findings: [
        {
          message: "Sau mục “2.” là “4.”: thiếu mục 3",
          severity: "warning",
          paragraph: body(3),
          basis: new RegExp(`^${STATE}`),
        },
      ],
    },
    {
      name: "a real report: I. then III. (bc-de-an-06, KIẾN NGHỊ, ĐỀ XUẤT), and the Party profile's basis",
      doc: withLines(partyPlan(), [
        "I. KẾT QUẢ CÁC MẶT CÔNG TÁC",
        "1. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI",
        "8. VỀ TRIỂN KHAI CÁC MÔ HÌNH ĐIỂM CỦA ĐỀ ÁN 06",
        "III. KIẾN NGHỊ, ĐỀ XUẤT: Không.",
      ]),
      findings: [
        { message: "Sau mục “1.” là “8.”: thiếu mục 2 đến 7", paragraph: body(2) },
        {
          message: "Sau mục “I.” là “III.”: thiếu mục II",
          paragraph: body(3),
          basis: /^Thông lệ trình bày văn bản của Đảng/,
        },
      ],
    },
    {
      name: "a repeat, and a point repeated (b) twice, as in a real report on Quyết định 766)",
      doc: withLines(stateReport(), [
        "1. Công tác triển khai thực hiện Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ",
        "a) Văn bản triển khai",
        "b) Về cách tính điểm đạt được của từng cơ quan, đơn vị, địa phương",
        "b) Cách tính điểm cụ thể đối với từng chỉ tiêu trong nhóm chỉ số như sau:",
        "2. Kết quả",
        "2. Tồn tại",
      ]),
      findings: [
        { message: "Sau điểm “b)” lại là “b)”: số điểm bị lặp", paragraph: body(3), severity: "warning" },
        { message: "Sau mục “2.” lại là “2.”: số mục bị lặp", paragraph: body(5) },
      ],
    },
    {
      name: "a level skipped: 3. first under I.; II. after IV.",
      doc: withLines(statePlan(), [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "3. Yêu cầu",
        "II. NHIỆM VỤ",
        "III. GIẢI PHÁP",
        "IV. KINH PHÍ",
        "II. TỔ CHỨC THỰC HIỆN",
      ]),
      findings: [
        { message: "Mục đầu tiên dưới “I.” là “3.”: thiếu mục 1, 2", paragraph: body(1) },
        { message: "Sau mục “IV.” là “II.”: sai thứ tự (cần “V.”)", paragraph: body(5) },
      ],
    },
    {
      name: "the body opens with Phần thứ hai",
      doc: withLines(stateReport(), ["Phần thứ hai", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "I. MỤC TIÊU"]),
      findings: [{ message: "Phần đầu tiên là “Phần thứ hai”: thiếu phần thứ nhất", paragraph: body(0) }],
    },
    {
      name: "the body opens with II.",
      doc: withLines(statePlan(), ["II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"]),
      findings: [{ message: "Mục đầu tiên là “II.”: thiếu mục I", paragraph: body(0) }],
    },
    {
      name: "malformed Roman numerals: IIII, VX",
      doc: withLines(stateReport(), [
        "I. TÌNH HÌNH",
        "II. KẾT QUẢ",
        "III. TỒN TẠI",
        "IIII. NGUYÊN NHÂN",
        "VX. PHƯƠNG HƯỚNG",
        "VI. KIẾN NGHỊ",
      ]),
      findings: [
        { message: "Số La Mã “IIII.” viết sai: cần viết “IV.”", paragraph: body(3) },
        { message: "Số La Mã “VX.” viết sai: cần viết “V.”", paragraph: body(4) },
      ],
    },
    {
      name: "points: b) then d), đ) then g), a typed f)",
      doc: withLines(stateReport(), [
        "1. Tiêu chuẩn, điều kiện Chủ tịch Hội:",
        "a) Tiêu chuẩn:",
        "b) Điều kiện:",
        "d) Nhiệm vụ, quyền hạn của Chủ tịch Hội:",
        "2. Quyền của hội viên:",
        "a) Được Hội bảo vệ quyền, lợi ích hợp pháp;",
        "b) Được Hội cung cấp thông tin;",
        "c) Được tham gia thảo luận;",
        "d) Được dự Đại hội;",
        "đ) Được giới thiệu hội viên mới;",
        "g) Được khen thưởng theo quy định của Hội.",
        "3. Nhiệm vụ của Ban Chấp hành:",
        "a) Tổ chức triển khai thực hiện nghị quyết Đại hội;",
        "b) Chuẩn bị và quyết định triệu tập Đại hội;",
        "c) Quyết định chương trình, kế hoạch công tác hằng năm;",
        "d) Quyết định cơ cấu tổ chức bộ máy;",
        "e) Quyết định kết nạp hội viên;",
        "f) Thông qua Nghị quyết Đại hội.",
      ]),
      findings: [
        { message: "Sau điểm “b)” là “d)”: thiếu điểm c)", paragraph: body(3) },
        { message: "Sau điểm “đ)” là “g)”: thiếu điểm e)", paragraph: body(10) },
        {
          message:
            "Điểm “f)”: chữ “f” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
          paragraph: body(17),
        },
      ],
    },
    {
      name: "Word's numbering goes on under the next heading (4. under II.)",
      doc: withLines(
        statePlan(),
        [
          "I. MỤC TIÊU, NHIỆM VỤ",
          wordList("tasks", "Cải cách thể chế"),
          wordList("tasks", "Cải cách thủ tục hành chính"),
          wordList("tasks", "Cải cách tổ chức bộ máy hành chính nhà nước"),
          "II. TỔ CHỨC THỰC HIỆN",
          wordList("tasks", "Công tác triển khai"),
          wordList("tasks", "Kinh phí thực hiện"),
        ],
        { tasks: { levels: [{ format: "decimal", text: "%1." }] } },
      ),
      findings: [
        {
          message: "Số tự động của Word dưới “II.” bắt đầu từ “4.”, nối tiếp danh sách trước: cần đánh lại từ “1.”",
          paragraph: body(5),
          severity: "warning",
        },
      ],
    },
    {
      name: "Word's 1. 2., then a typed 4.",
      doc: withLines(
        statePlan(),
        [
          "I. NHIỆM VỤ",
          wordList("tasks", "Cải cách thể chế"),
          wordList("tasks", "Cải cách thủ tục hành chính"),
          "4. Cải cách chế độ công vụ",
        ],
        { tasks: { levels: [{ format: "decimal", text: "%1." }] } },
      ),
      findings: [{ message: "Sau mục “2.” là “4.”: thiếu mục 3", paragraph: body(3) }],
    },
    {
      name: "a section's leading number differs from its parent's: 2.1. under 1.",
      doc: withLines(stateReport(), ["1. CÔNG TÁC CHỈ ĐẠO", "2.1. Công tác chỉ đạo của Tỉnh ủy"]),
      findings: [{ message: "Mục “2.1.” nằm dưới mục “1.”: số đầu không khớp (cần “1.1.”)", paragraph: body(1) }],
    },
    {
      name: "Điều 2. then Điều 4., Chương II twice (as real Điều lệ drafts have Điều 10. then 12., Chương V twice)",
      doc: withLines(stateReport(), [
        "Chương I",
        "Điều 1. Tên gọi",
        "Điều 2. Tôn chỉ, mục đích",
        "Chương II",
        "Điều 4. Nghĩa vụ của hội viên",
        "Chương II",
        "Điều 5. Cơ cấu tổ chức của Hiệp hội",
      ]),
      findings: [
        { message: "Sau điều “Điều 2.” là “Điều 4.”: thiếu điều 3", paragraph: body(4) },
        { message: "Sau chương “Chương II” lại là “Chương II”: số chương bị lặp", paragraph: body(5) },
      ],
    },
    {
      name: "“3. Tổng Thư ký” after Điều 2. (a real Điều lệ has “17. Tổng Thư ký”): the word “Điều” is missing, said once",
      doc: withLines(stateReport(), [
        "Điều 1. Tên gọi",
        "Điều 2. Chủ tịch Liên đoàn",
        "1. Chủ tịch Liên đoàn là người đại diện theo pháp luật.",
        "5. Phó Chủ tịch Liên đoàn do Ban Chấp hành bầu.",
        "3. Tổng Thư ký",
        "1. Tổng Thư ký Liên đoàn do Ban Chấp hành bầu.",
        "Điều 4. Ban Kiểm tra",
      ]),
      findings: [
        { message: "Sau mục “1.” là “5.”: thiếu mục 2, 3, 4", paragraph: body(3) },
        { message: "Mục “3.” (sau “Điều 2.”) thiếu chữ “Điều”: cần “Điều 3.”", paragraph: body(4) },
      ],
    },
    {
      name: "an appendix is checked on its own: its I. then III.",
      doc: withAppendix(
        statePlan(),
        ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. TỔ CHỨC THỰC HIỆN"],
        ["I. NHIỆM VỤ CHUNG", "III. NHIỆM VỤ CỤ THỂ"],
      ),
      // Body 3 paragraphs (10–12), the signature table 7 (13–19), PHỤ LỤC 20, its tie line 21, then I. 22, III. 23.
      findings: [{ message: "Sau mục “I.” là “III.”: thiếu mục II", paragraph: 23 }],
    },
    {
      name: "a gap in the main text of a document with an appendix is said once (the appendix is read on its own)",
      doc: withAppendix(
        statePlan(),
        ["I. MỤC ĐÍCH, YÊU CẦU", "III. TỔ CHỨC THỰC HIỆN"],
        ["I. NHIỆM VỤ CHUNG", "II. NHIỆM VỤ CỤ THỂ"],
      ),
      findings: [{ message: "Sau mục “I.” là “III.”: thiếu mục II", paragraph: body(1) }],
    },
  ],
});

describe("real documents", () => {
  const real = (name: string) =>
    checkDocument(readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "real", name)))), {
      rules: ["structure/numbering"],
    }).findings;

  it("kh-cchc-2026-issued.docx: Word's 1. to 7. under the typed I., then II. 1. a) b) c): no finding", () => {
    expect(real("kh-cchc-2026-issued.docx")).toEqual([]);
  });

  it("bc-de-an-06-2026-03.docx: the report goes from I. to III. (no II.)", () => {
    expect(real("bc-de-an-06-2026-03.docx").map((f) => [f.paragraph, f.message, f.severity])).toEqual([
      [116, "Sau mục “I.” là “III.”: thiếu mục II", "warning"],
    ]);
  });
});
