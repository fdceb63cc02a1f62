/**
 * Profile and type-name detection (src/model/structure/title.ts) on the document model directly: the titles in a text
 * box or on a tab-split line, and every type name of NĐ 30 however it is laid out. (The reader gives a text box's
 * text, not its runs, so these build the model rather than a .docx.)
 */
import type { DocumentModel, Drawing, Paragraph } from "../../../src/model/document";
import { checkDocument } from "../../../src/check";
import { detectProfile, findTypeName } from "../../../src/model/structure/title";
import { modelParagraph, modelRun, textBoxDrawing } from "../../support/modelParts";

const RUN = modelRun({ bold: true });
const para = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph =>
  modelParagraph(index, text, { alignment: "center", ...extra }, RUN);
const textBox = (text: string, xMm: number): Drawing => textBoxDrawing(text, xMm);

describe("profile detection", () => {
  it("sees the titles in a text box", () => {
    const paras = [
      para(0, "SỞ NỘI VỤ", {
        drawings: [textBox("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", 85)],
      }),
    ];
    expect(detectProfile(paras)).toBe("state");
  });
  it("sees the titles on the right side of a tab-split line", () => {
    expect(detectProfile([para(0, "HUYỆN ỦY LỤC NAM\tĐẢNG CỘNG SẢN VIỆT NAM")])).toBe("party");
    expect(detectProfile([para(0, "UBND TỈNH LÂM ĐỒNG\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")])).toBe("state");
  });
  it("is undefined for a document with neither title, even when its text names the Party", () => {
    const paras = [
      para(0, "BÀI PHÁT BIỂU KHAI MẠC"),
      para(1, "Dưới sự lãnh đạo của Đảng Cộng sản Việt Nam, tỉnh ta đã đạt nhiều kết quả.", { alignment: "justify" }),
    ];
    expect(detectProfile(paras)).toBeUndefined();
  });

  it("the national title in a text box is not reported missing", () => {
    const model: DocumentModel = {
      paragraphs: [
        para(0, "SỞ NỘI VỤ", {
          alignment: "left",
          drawings: [textBox("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", 85)],
        }),
        para(1, "Số: 12/BC-SNV", {
          alignment: "left",
          runs: [{ ...RUN, bold: false, sizePt: 13, text: "Số: 12/BC-SNV" }],
        }),
        para(2, "BÁO CÁO"),
        para(3, "Kết quả năm 2025"),
        para(4, "Nội dung báo cáo.", { alignment: "justify" }),
      ],
      sections: [],
      defaults: { ...RUN, bold: false },
      source: "docx",
    };
    const found = checkDocument(model, { rules: ["header/national-title"], directives: false }).findings;
    expect(found.filter((f) => /Thiếu/.test(f.message))).toEqual([]);
  });
});

describe("type name detection", () => {
  const NAMES = [
    "NGHỊ QUYẾT",
    "QUYẾT ĐỊNH",
    "CHỈ THỊ",
    "QUY CHẾ",
    "QUY ĐỊNH",
    "THÔNG CÁO",
    "THÔNG BÁO",
    "HƯỚNG DẪN",
    "CHƯƠNG TRÌNH",
    "KẾ HOẠCH",
    "PHƯƠNG ÁN",
    "ĐỀ ÁN",
    "DỰ ÁN",
    "BÁO CÁO",
    "BIÊN BẢN",
    "TỜ TRÌNH",
    "HỢP ĐỒNG",
    "CÔNG ĐIỆN",
    "BẢN GHI NHỚ",
    "BẢN THỎA THUẬN",
    "GIẤY ỦY QUYỀN",
    "GIẤY MỜI",
    "GIẤY GIỚI THIỆU",
    "GIẤY NGHỈ PHÉP",
    "PHIẾU GỬI",
    "PHIẾU CHUYỂN",
    "PHIẾU BÁO",
    "THƯ CÔNG",
    "NGHỊ ĐỊNH",
    "THÔNG TƯ",
  ];
  const header = [
    para(0, "ỦY BAN NHÂN DÂN", { cell: { table: 0, row: 0, column: 0, columnCount: 2, depth: 1 } }),
    para(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { cell: { table: 0, row: 0, column: 1, columnCount: 2, depth: 1 } }),
  ];
  it.each(NAMES)("%s", (name) => {
    const got = findTypeName([...header, para(2, name), para(3, "Về việc ...")]);
    expect(got.typeName).toBe(name);
    expect(got.typeNameParagraph).toBe(2);
    expect(got.documentType).toBe(name === "KẾ HOẠCH" ? "plan" : name === "BÁO CÁO" ? "report" : "other");
  });
  it("split over runs, with the old tone-mark placement", () => {
    const p = para(2, "THÔNG BÁO", {
      runs: [
        { ...RUN, text: "THÔNG " },
        { ...RUN, text: "BÁO" },
      ],
    });
    expect(findTypeName([...header, p]).typeName).toBe("THÔNG BÁO");
    expect(findTypeName([...header, para(2, "BẢN THOẢ THUẬN")]).typeName).toBe("BẢN THỎA THUẬN");
  });
  it("followed by more words on the same line", () => {
    expect(findTypeName([...header, para(2, "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC")]).typeName).toBe("PHIẾU TRÌNH");
    expect(findTypeName([...header, para(2, "QUYẾT ĐỊNH Về việc thành lập Tổ công tác")]).typeName).toBe("QUYẾT ĐỊNH");
  });
  it("in a one-cell table", () => {
    const p = para(2, "KẾ HOẠCH", { cell: { table: 1, row: 0, column: 0, columnCount: 1, depth: 1 } });
    expect(findTypeName([...header, p])).toEqual({ typeNameParagraph: 2, documentType: "plan", typeName: "KẾ HOẠCH" });
  });
  it("not a sentence that starts with the words, nor a heading inside the body", () => {
    expect(
      findTypeName([...header, para(2, "Kế hoạch này được triển khai trong toàn tỉnh.")]).typeName,
    ).toBeUndefined();
    const cv = [
      ...header,
      para(2, "V/v báo cáo"),
      para(3, "Kính gửi: Ủy ban nhân dân tỉnh."),
      para(4, "BÁO CÁO KẾT QUẢ"),
    ];
    expect(findTypeName(cv).typeName).toBeUndefined();
  });
});
