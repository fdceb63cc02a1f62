/**
 * text/typing, the layout: spaces, punctuation, marks left unpaired, where they are looked at, the cap per kind
 * and the fixes. Each exemption (a list label, a blank for the clerk, a number) is met by a near miss that is reported.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import type { Finding } from "../../../src/rules/types";
import { rule as typing } from "../../../src/rules/text/typing";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { briefFinding as brief, runRuleTester } from "../../support/ruleTester";
import { blockPara, P, setCellText, stateReport, variant } from "../../support/samples";
import { bodyParagraph, stateReportBody, withBody, withBodyBlocks } from "../bodyText";

const SPACING =
  "Thông lệ soạn thảo tiếng Việt: giữa hai từ chỉ một dấu cách; dấu câu (, . ; : và ngoặc đóng) viết liền chữ đứng trước, cách một dấu cách với chữ đứng sau";
const TYPING = "Kỹ thuật soạn thảo: văn bản phải chính xác về chính tả, không còn ký tự gõ sót của bộ gõ (Telex, VNI)";
const PAIRS = "Thông lệ soạn thảo: dấu ngoặc đơn, ngoặc kép phải có cả dấu mở và dấu đóng";
const ENCODING = "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4 (phông chữ): bộ mã ký tự Unicode theo TCVN 6909:2001";
const double = (count: number, before: string, after: string, more = "") =>
  `${count} dấu cách liền nhau giữa “${before}” và “${after}”${more}; giữa hai từ chỉ một dấu cách`;

const body = stateReportBody;

/** A body of `count` paragraphs: `first` in the first, `last` in the last, plain sentences between. */
function longBody(count: number, first: string, last: string): DocSpec {
  const texts = Array.from({ length: count }, (_, k) => `Nội dung thứ ${k + 1} của báo cáo.`);
  texts[0] = first;
  texts[count - 1] = last;
  return withBodyBlocks(
    stateReport(),
    texts.map((t) => bodyParagraph(t)),
  );
}

/** The State report with an appendix after its signature: paragraphs 24–27, its last one the given text. */
const withAppendix = (text: string): DocSpec =>
  variant(stateReport(), (d) => {
    d.blocks.push(
      { type: "paragraph", text: "PHỤ LỤC", align: "center", bold: true },
      { type: "paragraph", text: "(Kèm theo Báo cáo số 215/BC-KTHT ngày 20/12/2023)", align: "center", italic: true },
      { type: "paragraph", text: "NHIỆM VỤ TRỌNG TÂM", align: "center", bold: true },
      { type: "paragraph", text, align: "justify" },
    );
  });

const typingFindings = (doc: DocSpec): Finding[] =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [typing.meta.id] }).findings;

runRuleTester(typing, {
  valid: [
    {
      name: "two spaces after a leading label: a dash, “a)”, “1.2.”, “IV.”, “Chương II”, “khoản 2.”",
      doc: body(
        "-  Nội dung chính.",
        "a)  Nội dung chính.",
        "1.2.  Nội dung chính.",
        "IV.  Nội dung chính.",
        "Chương II  Những quy định chung",
        "khoản 2.  Nội dung khác.",
      ),
    },
    {
      name: "two spaces after a numbered label of two digits, of one, of two levels (“12.”, “3.”, “1.12.”)",
      doc: body("12.  Nội dung.", "3.  Nội dung.", "1.12.  Nội dung."),
    },
    {
      name: "spaces after “Số:” opening the paragraph: a blank for the clerk",
      doc: withBody(stateReport(), "Số:      của Ủy ban nhân dân tỉnh."),
    },
    {
      name: "spaces before “tháng”, “năm”, a slash, an ellipsis, underscores, or after “số”: blanks for the clerk",
      doc: body(
        "Trong  tháng 5 có họp.",
        "Trong  năm 2025 có họp.",
        "Gửi trước    /5/2025.",
        "Các sở  … thực hiện.",
        "Người ký  ____ xong.",
        "Theo Quyết định số      của Ủy ban.",
      ),
    },
    {
      name: "a space before a mark: a blank “( )” or ““ ””, an ellipsis, “./.”, a number after “:” “,” “.”",
      doc: body(
        "Kế hoạch ( ) mới, ý kiến “ ” khác.",
        "Các sở ... và ngành.",
        "Trên đây là báo cáo ./.",
        "Lúc 8 :30 và 1 ,5 và 3 .5 kết thúc.",
      ),
    },
    {
      name: "a space before a mark after an ellipsis, an address, or “ngày”",
      doc: body("Các sở … , ngành.", "Gửi vanphong@lamdong.gov.vn , bản sao.", "Tại ngày , tháng đó."),
    },
    {
      name: "a comma inside a web address (http, HTTP, www, a .vn domain) or a file name; a space after an e-mail",
      doc: body(
        "Xem http://trang.thongtin/tin,moi và bài.",
        "Xem HTTP://trang.thongtin/tin,moi và bài.",
        "Xem www.trang.thongtin/tin,moi và bài.",
        "Xem trang.gov.vn/tin,moi và bài.",
        "Tệp bao,cao.pdf và bài.",
        "Gửi thu.ky@so.thongtin , bản.",
        "Xem (http://trang.thongtin/tin,moi) và bài.",
      ),
    },
    {
      name: "a file name of each short type (.doc, .xls, .ppt, .jpg, .htm) is masked whole",
      doc: body(
        "Tệp BaoCao,PhuLuc.doc kèm theo.",
        "Tệp BaoCao,PhuLuc.xls kèm theo.",
        "Tệp BaoCao,PhuLuc.ppt kèm theo.",
        "Tệp BaoCao,PhuLuc.jpg kèm theo.",
        "Tệp BaoCao,PhuLuc.htm kèm theo.",
      ),
    },
    {
      name: "an e-mail address with letters a Unicode font shows as legacy ones (ü) is masked whole",
      doc: withBody(stateReport(), "Gửi jürgen.müller@firma.de bản sao."),
    },
    {
      name: "the header and the recipients align with spaces: not checked",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 1, "PHÒNG  KINH TẾ VÀ HẠ TẦNG");
        setCellText(d, -1, 0, 0, "Nơi  nhận:");
        setCellText(d, -1, 0, 2, "- Văn phòng  Tỉnh ủy;");
      }),
    },
    {
      name: "the summary above the body is not checked for spaces",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 2).text = "kết quả thực hiện  Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh";
      }),
    },
    {
      name: "list labels “12)”, “vii)”, “1.2)”, “x)” after a quotation mark, “1.12)” are no closing brackets",
      doc: withBody(stateReport(), "Gồm: 12) một; vii) hai; 1.2) ba; “x) bốn”; 1.12) năm."),
    },
    {
      name: "a bracket closed three paragraphs after it opened is paired",
      doc: body("Mở (một", "hai", "ba", "đóng) xong."),
    },
    {
      name: "empty and blank paragraphs do not count in the distance between a bracket and its pair",
      doc: body("Mở (một", "", " ", "   ", "đóng) xong."),
    },
    {
      name: "a straight quotation over three paragraphs is paired",
      doc: body('Mở "một', "hai", 'đóng" xong.'),
    },
    {
      name: "a straight quotation closed three paragraphs after it opened, further down the body, is paired",
      doc: body("Nội dung một.", "Nội dung hai.", "Nội dung ba.", 'Mở "một', "hai", "ba", 'đóng" xong.'),
    },
    {
      name: "a quotation closed sixty paragraphs after it opened is paired",
      doc: longBody(61, "Trích “Điều 1.", "Điều cuối”."),
    },
    {
      name: "a straight quotation closed sixty paragraphs after it opened is paired too (a quotation, not a bracket)",
      doc: longBody(61, 'Trích "Điều 1.', 'Điều cuối".'),
    },
    {
      name: "a straight quotation over five paragraphs (past a bracket's three) is paired",
      doc: body('Trích "Điều 1.', "Nội dung 2.", "Nội dung 3.", "Nội dung 4.", 'Điều cuối".'),
    },
  ],
  invalid: [
    {
      name: "a label inside the sentence does not excuse two spaces (“Gồm a)  nội dung”)",
      doc: withBody(stateReport(), "Gồm a)  nội dung chính."),
      findings: [{ message: double(2, "a)", "nội"), severity: "warning", paragraph: P.firstBody + 1, basis: SPACING }],
    },
    {
      name: "two spaces inside “Điều  6.” are reported, those after the label are not",
      doc: withBody(stateReport(), "Điều  6.  Nội dung."),
      findings: [{ message: double(2, "Điều", "6."), paragraph: P.firstBody + 1 }],
    },
    {
      name: "a dash glued to the first word is no label (“-Thực  hiện”)",
      doc: withBody(stateReport(), "-Thực  hiện kế hoạch."),
      findings: [{ message: double(2, "-Thực", "hiện"), paragraph: P.firstBody + 1 }],
    },
    {
      name: "the last paragraph of an appendix is checked for spaces",
      doc: withAppendix("Danh mục  nhiệm vụ, cơ quan chủ trì."),
      findings: [{ message: double(2, "mục", "nhiệm"), paragraph: 27, basis: SPACING }],
    },
    {
      name: "three spaces counted, a no-break space counted",
      doc: body("Họp   và bàn.", "Họp\u00a0 và bàn."),
      findings: [
        { message: double(3, "Họp", "và"), paragraph: P.firstBody },
        { message: double(2, "Họp", "và"), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "two spaces before a full stop are a space before punctuation, not two spaces between words",
      doc: withBody(stateReport(), "Kế hoạch  ."),
      findings: [{ message: "Thừa dấu cách trước dấu “.” (“hoạch  .”)", paragraph: P.firstBody + 1, basis: SPACING }],
    },
    {
      name: "a space before a semicolon even before a digit; before a closing bracket; two before a comma; one before a full stop mid-paragraph; a no-break space shown as a space",
      doc: body(
        "Mục 2 ;5 khác.",
        "Theo (Kế hoạch ) mới.",
        "Điều lệ  , quy định.",
        "Họp Ban Kiểm tra . Sau đó về.",
        "Theo kế hoạch\u00a0; tiếp theo.",
      ),
      findings: [
        { message: "Thừa dấu cách trước dấu “;” (“2 ;”)", paragraph: P.firstBody },
        { message: "Thừa dấu cách trước dấu “)” (“hoạch )”)", paragraph: P.firstBody + 1 },
        { message: "Thừa dấu cách trước dấu “,” (“lệ  ,”)", paragraph: P.firstBody + 2 },
        { message: "Thừa dấu cách trước dấu “.” (“tra .”)", paragraph: P.firstBody + 3 },
        { message: "Thừa dấu cách trước dấu “;” (“hoạch ;”)", paragraph: P.firstBody + 4 },
      ],
    },
    {
      name: "no space after a mark that follows a bracket, a quotation mark, a straight quote",
      doc: withBody(stateReport(), 'Xem (a),b và “c”;d và "e":f.'),
      findings: [
        {
          message: "Thiếu dấu cách sau dấu “,” (“(a),b”) và 2 chỗ khác trong đoạn",
          paragraph: P.firstBody + 1,
          basis: SPACING,
        },
      ],
    },
    {
      name: "no space after a colon: the context cut at 40 characters",
      doc: withBody(stateReport(), "ABCDEFGHIJKLMNOPQRSTUVWXYZ:abcdefghijklmnopqrstuvwxyz"),
      findings: [{ message: "Thiếu dấu cách sau dấu “:” (“ABCDEFGHIJKLMNOPQRSTUVWXYZ:abcdefghijklm”)" }],
    },
    {
      name: "a comma in what is no address: an unknown domain without http or www, a file name of an unknown type",
      doc: body("Xem trang.thongtin/tin,moi và bài.", "Tệp bao,cao.pdfx và bài."),
      findings: [
        { message: "Thiếu dấu cách sau dấu “,” (“trang.thongtin/tin,moi”)", paragraph: P.firstBody },
        { message: "Thiếu dấu cách sau dấu “,” (“bao,cao.pdfx”)", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "two spaces before or after an e-mail address, between sentences before a domain: the address masked alone",
      doc: body(
        "Sở  Nội vụ gửi thu.ky@so.thongtin.",
        "Gửi thu.ky@so.thongtin và Sở  Nội vụ qua www.sonoivu.vn.",
        "Xong kế hoạch.  Xem tại sonoivu.lamdong.gov.vn.",
      ),
      findings: [
        { message: double(2, "Sở", "Nội"), paragraph: P.firstBody },
        { message: double(2, "Sở", "Nội"), paragraph: P.firstBody + 1 },
        { message: double(2, "hoạch.", "Xem"), paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "a bracket closed four paragraphs after it opened: both reported",
      doc: body("Mở (một", "hai", "ba", "bốn", "đóng) xong."),
      findings: [
        { message: "Ngoặc đơn mở trước “một” mà không có dấu đóng", paragraph: P.firstBody, basis: PAIRS },
        { message: "Ngoặc đơn đóng sau “đóng” mà không có dấu mở", paragraph: P.firstBody + 4, basis: PAIRS },
      ],
    },
    {
      name: "a quotation closed sixty-one paragraphs after it opened: both reported",
      doc: longBody(62, "Trích “Điều 1.", "Điều cuối”."),
      findings: [
        { message: "Ngoặc kép mở trước “Điều 1.” mà không có dấu đóng", paragraph: P.firstBody },
        { message: "Ngoặc kép đóng sau “Điều cuối” mà không có dấu mở", paragraph: P.firstBody + 61 },
      ],
    },
    {
      name: "a straight quotation closed sixty-one paragraphs after it opened: both reported",
      doc: longBody(62, 'Trích "Điều 1.', 'Điều cuối".'),
      findings: [
        { message: 'Đoạn có 1 dấu ngoặc kép thẳng ("), số lẻ: một dấu không có dấu đi cặp', paragraph: P.firstBody },
        {
          message: 'Đoạn có 1 dấu ngoặc kép thẳng ("), số lẻ: một dấu không có dấu đi cặp',
          paragraph: P.firstBody + 61,
        },
      ],
    },
    {
      name: "a closing bracket does not close a quotation left open",
      doc: body("Mở “một", "đóng) xong"),
      findings: [
        { message: "Ngoặc kép mở trước “một” mà không có dấu đóng", paragraph: P.firstBody },
        { message: "Ngoặc đơn đóng sau “đóng” mà không có dấu mở", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "the words around an unpaired bracket without the spaces at their ends or inside",
      doc: body("Theo Kế hoạch ) mới.", "Mở (Kèm  theo nội dung"),
      findings: [
        { message: "Thừa dấu cách trước dấu “)” (“hoạch )”)", paragraph: P.firstBody },
        { message: "Ngoặc đơn đóng sau “Theo Kế hoạch” mà không có dấu mở", paragraph: P.firstBody },
        { message: double(2, "(Kèm", "theo"), paragraph: P.firstBody + 1 },
        { message: "Ngoặc đơn mở trước “Kèm theo nội dung” mà không có dấu đóng", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "findings in paragraph order when the first paragraph has only an unpaired bracket",
      doc: body("Mở (một", "Hội  và."),
      findings: [
        { message: "Ngoặc đơn mở trước “một” mà không có dấu đóng", paragraph: P.firstBody },
        { message: double(2, "Hội", "và."), paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a straight quote does not close a bracket left open",
      doc: body("Mở (một", 'Nói "hai'),
      findings: [
        { message: "Ngoặc đơn mở trước “một” mà không có dấu đóng", paragraph: P.firstBody },
        {
          message: 'Đoạn có 1 dấu ngoặc kép thẳng ("), số lẻ: một dấu không có dấu đi cặp',
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "“abc)”, “123)”, a seven-letter “ivxlcvi)” are no list labels",
      doc: withBody(stateReport(), "Gồm: abc) và 123) và ivxlcvi) xong."),
      findings: [
        { message: "Ngoặc đơn đóng sau “Gồm: abc” mà không có dấu mở và 2 chỗ khác trong đoạn", basis: PAIRS },
      ],
    },
    {
      name: "the words around an unpaired bracket: whole up to 38 characters, cut at a word from 39 (far apart: not paired)",
      doc: body(
        "(Nội dung gồm mười hai chữ cái abcdefgh",
        "(Nội dung gồm mười hai chữ cái abcdefghi",
        "Nội dung thứ ba.",
        "Nội dung thứ tư.",
        "Nội dung thứ năm.",
        "Nội dung gồm mười hai chữ cái abcdefgh)",
        "Nội dung gồm mười hai chữ cái abcdefghi)",
      ),
      findings: [
        { message: "Ngoặc đơn mở trước “Nội dung gồm mười hai chữ cái abcdefgh” mà không có dấu đóng" },
        { message: "Ngoặc đơn mở trước “Nội dung gồm mười hai chữ cái …” mà không có dấu đóng" },
        {
          message: "Ngoặc đơn đóng sau “Nội dung gồm mười hai chữ cái abcdefgh” mà không có dấu mở",
          paragraph: P.firstBody + 5,
        },
        {
          message: "Ngoặc đơn đóng sau “… dung gồm mười hai chữ cái abcdefghi” mà không có dấu mở",
          paragraph: P.firstBody + 6,
        },
      ],
    },
    {
      name: "a closing quotation mark before an opening one: both, the first named; a closing one after a number",
      doc: body("Theo mục 1” của Kế hoạch.", "Đóng” rồi mở “lại"),
      findings: [
        { message: "Ngoặc kép đóng sau “Theo mục 1” mà không có dấu mở", paragraph: P.firstBody },
        {
          message: "Ngoặc kép đóng sau “Đóng” mà không có dấu mở và 1 chỗ khác trong đoạn",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a stray key in the header is reported: words are read everywhere",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 1, "PHÒNG KINH T`Ế VÀ HẠ TẦNG")),
      findings: [{ message: "Ký tự gõ sót “`” trong từ “T`Ế”", paragraph: 1, basis: TYPING }],
    },
  ],
});

describe("text/typing fixes: each edit from the word before to the word after, unique in the paragraph", () => {
  const at = P.firstBody + 1;
  it("a space before a comma, two spaces before a full stop: removed", () => {
    expect(typingFindings(body("Điều lệ , quy định.", "Kế hoạch  .")).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: P.firstBody,
        message: "Thừa dấu cách trước dấu “,” (“lệ ,”)",
        fix: {
          title: "Bỏ dấu cách trước dấu câu",
          edits: [{ kind: "replaceText", paragraph: P.firstBody, find: "lệ ,", replace: "lệ," }],
        },
      },
      {
        severity: "warning",
        paragraph: at,
        message: "Thừa dấu cách trước dấu “.” (“hoạch  .”)",
        fix: {
          title: "Bỏ dấu cách trước dấu câu",
          edits: [{ kind: "replaceText", paragraph: at, find: "hoạch  .", replace: "hoạch." }],
        },
      },
    ]);
  });
  // The fix moves the space after the comma (“lệ, quy”): it leaves nothing for the next check to report.
  it("a space before a comma and none after it: reported once, the space moved after the comma", () => {
    expect(typingFindings(withBody(stateReport(), "Điều lệ ,quy định của Hội.")).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: at,
        message: "Thừa dấu cách trước dấu “,” (“lệ ,”)",
        fix: {
          title: "Bỏ dấu cách trước dấu câu",
          edits: [{ kind: "replaceText", paragraph: at, find: "lệ ,quy", replace: "lệ, quy" }],
        },
      },
    ]);
  });
  it("no space after a colon and a comma: one added after each", () => {
    expect(typingFindings(withBody(stateReport(), "Lưu:VT,KTHT.")).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: at,
        message: "Thiếu dấu cách sau dấu “:” (“Lưu:VT,KTHT.”) và 1 chỗ khác trong đoạn",
        fix: {
          title: "Thêm dấu cách sau dấu câu",
          edits: [
            { kind: "replaceText", paragraph: at, find: "Lưu:VT,", replace: "Lưu: VT," },
            { kind: "replaceText", paragraph: at, find: "VT,KTHT.", replace: "VT, KTHT." },
          ],
        },
      },
    ]);
  });
  it("the excerpt of a long paragraph: forty characters either side of the mark", () => {
    const text =
      "Các cơ quan, đơn vị gửi báo cáo về Văn phòng trước ngày 15 hằng tháng;lưu trữ hồ sơ đầy đủ theo quy định hiện hành của pháp luật.";
    expect(typingFindings(withBody(stateReport(), text)).map((f) => [f.message, f.excerpt])).toEqual([
      [
        "Thiếu dấu cách sau dấu “;” (“tháng;lưu”)",
        "áo về Văn phòng trước ngày 15 hằng tháng;lưu trữ hồ sơ đầy đủ theo quy định hiện",
      ],
    ]);
  });
  it("a Telex word in the paragraph does not shorten the fix of two spaces", () => {
    expect(typingFindings(withBody(stateReport(), "Chăm lo nguwowif dân  và.")).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: at,
        message: "“nguwowif” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “người”)",
      },
      {
        severity: "warning",
        paragraph: at,
        message: double(2, "dân", "và."),
        fix: {
          title: "Bỏ dấu cách thừa",
          edits: [{ kind: "replaceText", paragraph: at, find: "dân  và.", replace: "dân và." }],
        },
      },
    ]);
  });
  it("the same words twice: each edit reaches to the next change, where it is unique", () => {
    expect(typingFindings(withBody(stateReport(), "Hội  và một, Hội  và hai")).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: at,
        message: double(2, "Hội", "và", " và 1 chỗ khác trong đoạn"),
        fix: {
          title: "Bỏ dấu cách thừa",
          edits: [
            { kind: "replaceText", paragraph: at, find: "Hội  và một, Hội", replace: "Hội và một, Hội" },
            { kind: "replaceText", paragraph: at, find: "và một, Hội  và hai", replace: "và một, Hội và hai" },
          ],
        },
      },
    ]);
  });
  // "Hội  và " + filler + " Hội  và": the first edit must run to the second change, 200 characters or 201.
  const repeated = (toSecond: number) => `Hội  và ${"x".repeat(toSecond - 12)} Hội  và`;
  it("an edit of 200 characters is given", () => {
    const text = repeated(200);
    expect(typingFindings(withBody(stateReport(), text)).map(brief)).toEqual([
      {
        severity: "warning",
        paragraph: at,
        message: double(2, "Hội", "và", " và 1 chỗ khác trong đoạn"),
        fix: {
          title: "Bỏ dấu cách thừa",
          edits: [
            {
              kind: "replaceText",
              paragraph: at,
              find: text.slice(0, 200),
              replace: text.slice(0, 3) + text.slice(4, 200),
            },
            { kind: "replaceText", paragraph: at, find: text.slice(5), replace: text.slice(5, -4) + " và" },
          ],
        },
      },
    ]);
  });
  it("an edit of 201 characters is not: no fix for the paragraph", () => {
    expect(typingFindings(withBody(stateReport(), repeated(201))).map(brief)).toEqual([
      { severity: "warning", paragraph: at, message: double(2, "Hội", "và", " và 1 chỗ khác trong đoạn") },
    ]);
  });
  it("the same words twice with nothing unique between them: no fix", () => {
    expect(typingFindings(withBody(stateReport(), "Hội  và  Hội  và")).map(brief)).toEqual([
      { severity: "warning", paragraph: at, message: double(2, "Hội", "và", " và 2 chỗ khác trong đoạn") },
    ]);
  });
});

describe("text/typing: five paragraphs of a kind, then one closing finding naming the kind", () => {
  const more = (what: string) => `Còn 1 đoạn khác ${what}; chỉ nêu 5 đoạn đầu`;
  const sixth = P.firstBody + 5;
  const closing = (text: string) => {
    const found = typingFindings(body(...Array.from({ length: 6 }, () => text)));
    expect(found).toHaveLength(6);
    const f = found[5]!;
    return { severity: f.severity, paragraph: f.paragraph, message: f.message, basis: f.basis, fix: f.fix };
  };
  const edit = (find: string, replace: string) => ({ kind: "replaceText", paragraph: sixth, find, replace });
  const rows: { kind: string; text: string; what: string; basis: string; fix?: [string, string, string] }[] = [
    {
      kind: "stray keys",
      text: "Chỉ đạo c`ủa Ban.",
      what: "có ký tự gõ sót trong từ",
      basis: TYPING,
      fix: ["Bỏ ký tự gõ sót", "c`ủa", "của"],
    },
    { kind: "Telex words", text: "Chăm lo nguwowif dân.", what: "có chữ Telex/VNI chưa chuyển", basis: TYPING },
    { kind: "legacy words", text: "Ng\u00adêi dân.", what: "có chữ mã cũ (TCVN3/VNI)", basis: ENCODING },
    {
      kind: "two spaces",
      text: "Hội  và.",
      what: "có nhiều dấu cách liền nhau",
      basis: SPACING,
      fix: ["Bỏ dấu cách thừa", "Hội  và.", "Hội và."],
    },
    {
      kind: "spaces before a mark",
      text: "Điều lệ , quy định.",
      what: "thừa dấu cách trước dấu câu",
      basis: SPACING,
      fix: ["Bỏ dấu cách trước dấu câu", "lệ ,", "lệ,"],
    },
    {
      kind: "no space after a mark",
      text: "Lưu:VT.",
      what: "thiếu dấu cách sau dấu câu",
      basis: SPACING,
      fix: ["Thêm dấu cách sau dấu câu", "Lưu:VT.", "Lưu: VT."],
    },
    { kind: "quotation marks", text: "Đóng” ở đây.", what: "có dấu ngoặc kép không cân", basis: PAIRS },
    { kind: "brackets", text: "Đóng) ở đây.", what: "có dấu ngoặc đơn không cân", basis: PAIRS },
  ];
  it.each(rows)("$kind", ({ text, what, basis, fix }) => {
    expect(closing(text)).toEqual({
      severity: "warning",
      paragraph: sixth,
      message: more(what),
      basis,
      fix: fix === undefined ? undefined : { title: fix[0], edits: [edit(fix[1], fix[2])] },
    });
  });
  it("the closing finding has no fix when one paragraph over the cap has none", () => {
    const texts = Array.from({ length: 7 }, () => "Hội  và.");
    texts[6] = "Hội  và  Hội  và";
    const found = typingFindings(body(...texts)).map(brief);
    expect(found.slice(5)).toEqual([
      {
        severity: "warning",
        paragraph: sixth,
        message: "Còn 2 đoạn khác có nhiều dấu cách liền nhau; chỉ nêu 5 đoạn đầu",
      },
    ]);
  });
  it("the closing finding's fix covers every paragraph over the cap", () => {
    const found = typingFindings(body(...Array.from({ length: 7 }, () => "Hội  và."))).map(brief);
    expect(found.slice(5)).toEqual([
      {
        severity: "warning",
        paragraph: sixth,
        message: "Còn 2 đoạn khác có nhiều dấu cách liền nhau; chỉ nêu 5 đoạn đầu",
        fix: {
          title: "Bỏ dấu cách thừa",
          edits: [edit("Hội  và.", "Hội và."), { ...edit("Hội  và.", "Hội và."), paragraph: sixth + 1 }],
        },
      },
    ]);
  });
});
