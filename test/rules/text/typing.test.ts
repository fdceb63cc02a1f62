import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import { fixDocument } from "../../../src/fixer";
import { rule as typing } from "../../../src/rules/text/typing";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, P, partyPlan, stateReport, variant } from "../../support/samples";
import { stateReportBody, withBody } from "../bodyText";

const SPACING = /^Thông lệ soạn thảo tiếng Việt: giữa hai từ chỉ một dấu cách/;
const TYPING = "Kỹ thuật soạn thảo: văn bản phải chính xác về chính tả, không còn ký tự gõ sót của bộ gõ (Telex, VNI)";
const PAIRS = "Thông lệ soạn thảo: dấu ngoặc đơn, ngoặc kép phải có cả dấu mở và dấu đóng";

const body = stateReportBody;

runRuleTester(typing, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    {
      name: "addresses, file names, codes, English words and names are no typos",
      doc: withBody(
        stateReport(),
        "Đăng tải trên https://dichvucong.gov.vn/p/home (Cổng dịch vụ công), gửi vanphong@lamdong.gov.vn tệp BaoCao_2025.docx; họp qua Zoom, zalo, website, wifi, virus, box; Kế hoạch số 02-KH/BCĐTW, Công văn số 1159/CĐS-PCĐS; xã Cư Jút, ông Lee.",
      ),
    },
    {
      name: "numbers, times and abbreviations with punctuation inside: 99,42%, 10.000, 8:30, 1:500, TP.HCM, b/c",
      doc: withBody(
        stateReport(),
        "Tỷ lệ 99,42%, 10.000 người, lúc 8:30, bản đồ 1:500, tại TP.HCM (b/c); 30°C, 100m² đất.",
      ),
    },
    {
      name: "list labels are no closing brackets; “(1)”, “(Dự án 4)”, “(Tầng 3)” are closed",
      doc: withBody(
        stateReport(),
        "Gồm: a) rà soát; b) cập nhật; ê) báo cáo; (1) Ban hành Kế hoạch; (2) Thành lập tổ giúp việc (Dự án 4) tại Hội trường (Tầng 3).",
      ),
    },
    // Real paragraphs of issued documents: two spaces after a label align the text; blanks wait for the clerk.
    {
      name: "two spaces after a label, a blank number and day, an ellipsis",
      doc: body(
        "Điều 6.  Nghĩa vụ, trách nhiệm của Hội",
        "c)  Thảo luận và thông qua báo cáo tổng kết nhiệm kỳ.",
        "Theo Tờ trình số      /TTr-SNV ngày      tháng 5 năm 2025 của Sở Nội vụ.",
        "Các sở, ngành ... tiếp tục triển khai.",
      ),
    },
    {
      name: "a bracket over two lines (“(Kèm theo ... / của ...)”), a quotation over three paragraphs",
      doc: body(
        "(Kèm theo Quyết định số          /QĐ-UBND ngày      tháng 12 năm 2025",
        "của Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng)",
        "“1. Theo quy định tại khoản 6 Điều 21 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ về tổ chức, hoạt động và quản lý hội;",
        "2. Hội có trách nhiệm báo cáo tình hình tổ chức, hoạt động hằng năm;",
        "3. Việc báo cáo thực hiện theo Mẫu số 16 Phụ lục II kèm theo Nghị định”.",
      ),
    },
    {
      name: "the signature block aligns with spaces: not checked",
      doc: variant(stateReport(), (d) => {
        cellPara(d, -1, 1, 0).text = "KT.  TRƯỞNG PHÒNG";
      }),
    },
  ],
  invalid: [
    {
      name: "two spaces between words (real: Điều lệ Hội Cựu giáo chức)",
      doc: withBody(stateReport(), "1. Tổ chức thuộc Hội  và hội viên có thành tích xuất sắc được khen thưởng."),
      findings: [
        {
          message: "2 dấu cách liền nhau giữa “Hội” và “và”; giữa hai từ chỉ một dấu cách",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: SPACING,
        },
      ],
    },
    {
      name: "several in one paragraph: one finding, the others counted, one fix for all",
      doc: withBody(stateReport(), "b) Ban Kiểm tra  họp định kỳ mỗi năm  hai lần vào quý I và quý III."),
      findings: [
        {
          message: "2 dấu cách liền nhau giữa “tra” và “họp” và 1 chỗ khác trong đoạn; giữa hai từ chỉ một dấu cách",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a space before a comma, a full stop, a semicolon (real: Điều lệ liên đoàn)",
      doc: body(
        "Chấp hành Điều lệ , quy định của Hội.",
        "Chỉ đạo hoạt động của Văn phòng, Ban Kiểm tra .",
        "Bầu ủy viên Ban Kiểm tra ; bầu bổ sung ủy viên Ban Chấp hành.",
      ),
      findings: [
        { message: "Thừa dấu cách trước dấu “,” (“lệ ,”)", severity: "warning", paragraph: P.firstBody },
        { message: "Thừa dấu cách trước dấu “.” (“tra .”)", paragraph: P.firstBody + 1 },
        { message: "Thừa dấu cách trước dấu “;” (“tra ;”)", paragraph: P.firstBody + 2 },
      ],
    },
    {
      name: "no space after a semicolon or a colon (real: Báo cáo Đề án 06)",
      doc: withBody(
        stateReport(),
        "Triển khai “Hóa đơn điện tử khởi tạo từ máy tính tiền”;“Thu phí không dùng tiền mặt”; Lưu:VT.",
      ),
      findings: [
        {
          message: "Thiếu dấu cách sau dấu “;” (“tiền”;“Thu”) và 1 chỗ khác trong đoạn",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: SPACING,
        },
      ],
    },
    {
      name: "a stray key inside a word",
      doc: withBody(partyPlan(), "Thực hiện chỉ đạo c`ủa Ban Thường vụ Huyện ủy."),
      findings: [
        { message: "Ký tự gõ sót “`” trong từ “c`ủa”", severity: "warning", paragraph: P.firstBody + 1, basis: TYPING },
      ],
    },
    {
      name: "Telex and VNI left unconverted",
      doc: body(
        "Chăm lo đời sống nguwowif dân trên địa bàn.",
        "Các nhiệm vụ dduwowcj giao phải hoàn thành đúng hạn.",
        "Xây dựng nông thôn mới vie6t5 nam.",
        "Vieejt Nam và thế giới.",
      ),
      findings: [
        {
          message: "“nguwowif” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “người”)",
          severity: "warning",
          paragraph: P.firstBody,
          basis: TYPING,
        },
        { message: "“dduwowcj” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “được”)" },
        { message: "“vie6t5” là chữ gõ kiểu VNI chưa được bộ gõ chuyển (có lẽ là “việt”)" },
        { message: "“Vieejt” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “Việt”)" },
      ],
    },
    {
      name: "a tone key alone among Vietnamese words; half-converted words",
      doc: withBody(stateReport(), "Thúc đẩy phast triển kinh tế cuar tỉnh, các nhiệm vụ đượcj giao."),
      findings: [
        {
          message: "“phast” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “phát”) và 2 chỗ khác trong đoạn",
        },
      ],
    },
    {
      name: "TCVN3 text in a Unicode font",
      doc: withBody(stateReport(), "Ng\u00adêi d©n ViÖt Nam vµ §¶NG bé."),
      findings: [
        {
          message:
            "“Ng\u00adêi” là chữ mã cũ (TCVN3/VNI) hiện sai trên phông Unicode và 4 chỗ khác trong đoạn; chuyển mã đoạn này sang Unicode (bộ chuyển mã của Unikey, EVKey)",
          severity: "warning",
          basis: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4 (phông chữ): bộ mã ký tự Unicode theo TCVN 6909:2001",
        },
      ],
    },
    {
      name: "a quotation not closed (real: Nghệ An), a bracket not closed (real: Báo cáo CCHC quý I/2026)",
      doc: body(
        "Đạt ít nhất 20% địa bàn cấp xã “không ma túy” trong năm 2025 và đến hết năm 2030 có ít nhất 50% địa bàn cấp xã “không ma tuý.",
        "Tổng số biên chế được giao (tại Quyết định số 2631/QĐ-UBND ngày 22/12/2025): 9.818 (cấp tỉnh: 3.585; cấp xã: 6.233",
      ),
      findings: [
        {
          message: "Ngoặc kép mở trước “không ma tuý.” mà không có dấu đóng",
          severity: "warning",
          paragraph: P.firstBody,
          basis: PAIRS,
        },
        {
          message: "Ngoặc đơn mở trước “cấp tỉnh: 3.585; cấp xã: 6.233” mà không có dấu đóng",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a closing mark without an opening one, an odd number of straight quotes",
      doc: body(
        "Thực hiện Nghị quyết số 93/NQ-CP về ban hành Kế hoạch thực hiện Kết luận số 132-KL/TW); Nghị quyết số 50/NQ-CP.",
        'Tiếp tục triển khai thực hiện phong trào xây dựng "Gia đình, "Dòng họ", tổ dân phố văn hóa.',
      ),
      findings: [
        { message: "Ngoặc đơn đóng sau “… hoạch thực hiện Kết luận số 132-KL/TW” mà không có dấu mở" },
        { message: 'Đoạn có 3 dấu ngoặc kép thẳng ("), số lẻ: một dấu không có dấu đi cặp' },
      ],
    },
    {
      name: "at most five paragraphs of a kind, then one finding for the rest, with its fix",
      doc: body(
        "Một  là, tăng cường kỷ luật.",
        "Hai  là, đẩy mạnh cải cách.",
        "Ba  là, nâng cao chất lượng.",
        "Bốn  là, phát huy dân chủ.",
        "Năm  là, chuyển đổi số.",
        "Sáu  là, hợp tác quốc tế.",
        "Bảy  là, kiểm tra, giám sát.",
      ),
      findings: [
        { message: "2 dấu cách liền nhau giữa “Một” và “là,”; giữa hai từ chỉ một dấu cách", paragraph: P.firstBody },
        { message: /giữa “Hai” và “là,”/ },
        { message: /giữa “Ba” và “là,”/ },
        { message: /giữa “Bốn” và “là,”/ },
        { message: /giữa “Năm” và “là,”/ },
        {
          message: "Còn 2 đoạn khác có nhiều dấu cách liền nhau; chỉ nêu 5 đoạn đầu",
          severity: "warning",
          paragraph: P.firstBody + 5,
        },
      ],
    },
  ],
});

describe("text/typing fixes", () => {
  it("one space between words, none before the comma, one after the semicolon; the rest unchanged", () => {
    const doc = withBody(
      stateReport(),
      "Các đơn vị thực hiện  nghiêm túc , kịp thời;báo cáo  kết quả về Sở Nội vụ (qua https://sonoivu.lamdong.gov.vn).",
    );
    const out = fixDocument(buildDocxFromSpec(doc), { profile: "auto", rules: ["text/typing"] });
    expect(readDocument(out.bytes).paragraphs[P.firstBody + 1]!.text).toBe(
      "Các đơn vị thực hiện nghiêm túc, kịp thời; báo cáo kết quả về Sở Nội vụ (qua https://sonoivu.lamdong.gov.vn).",
    );
  });
});

describe("text/typing on the real documents (test/fixtures/real)", () => {
  const dir = join(__dirname, "..", "..", "fixtures", "real");
  const found = (file: string): string[] =>
    checkDocument(readDocument(new Uint8Array(readFileSync(join(dir, file)))), { rules: ["text/typing"] }).findings.map(
      (f) => `${f.paragraph} ${f.message}`,
    );
  it("the quarterly report: a table cell's bracket left open, two spaces after a colon", () => {
    expect(found("bc-cchc-quy1-2026.docx")).toEqual([
      "581 Ngoặc đơn mở trước “cấp tỉnh: 3.585; cấp xã: 6.233” mà không có dấu đóng",
      "586 2 dấu cách liền nhau giữa “mặt:” và “8.334”; giữa hai từ chỉ một dấu cách",
    ]);
  });
  it("the Điều lệ: “Phụ lục II  kèm theo”, “Ban Kiểm tra ;”", () => {
    expect(found("qd-dieu-le-bong-ban.docx")).toEqual([
      "105 2 dấu cách liền nhau giữa “II” và “kèm”; giữa hai từ chỉ một dấu cách",
      "184 Thừa dấu cách trước dấu “;” (“tra ;”)",
    ]);
  });
  it.each([["cv-ubmttq-chuc-danh-hoi.docx"], ["phieu-trinh-hiep-hoi-van-tai.docx"], ["bc-cchc-2025-issued.docx"]])(
    "%s: nothing",
    (file) => {
      expect(found(file)).toEqual([]);
    },
  );
});
