/**
 * Small programmatic drafts for rule tests: a compliant Party plan and a compliant State report, and `variant()`
 * to break one thing at a time.
 */
import type { DocSpec, SpecBlock, SpecParagraph } from "./docSpec";

const para = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  ...extra,
});
const body = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph =>
  para(text, { align: "justify", firstLineMm: 12.7, spaceAfterPt: 6, ...extra });

export function partyPlan(): DocSpec {
  const blocks: SpecBlock[] = [
    {
      type: "table",
      borderless: true,
      columnWidthsMm: [75, 90],
      rows: [
        [
          [
            para("ĐẢNG BỘ TỈNH BẮC GIANG", { align: "center" }),
            para("HUYỆN ỦY LỤC NAM", { align: "center", bold: true }),
            para("*", { align: "center" }),
            para("Số 85-KH/HU", { align: "center" }),
          ],
          [
            para("ĐẢNG CỘNG SẢN VIỆT NAM", { align: "right", bold: true, sizePt: 15, underline: true }),
            para("Lục Nam, ngày 15 tháng 9 năm 2023", { align: "right", italic: true }),
          ],
        ],
      ],
    },
    para("KẾ HOẠCH", { align: "center", bold: true, sizePt: 16, spaceBeforePt: 12 }),
    para("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", {
      align: "center",
      bold: true,
    }),
    para("-----", { align: "center" }),
    body(
      "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:",
    ),
    body("I. MỤC ĐÍCH, YÊU CẦU", { bold: true }),
    body(
      "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận.",
    ),
    body("II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }),
    body(
      "Tập trung đẩy mạnh giải phóng mặt bằng các dự án trọng điểm, phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư.",
    ),
    body("III. TỔ CHỨC THỰC HIỆN", { bold: true }),
    body("Văn phòng Huyện ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Huyện ủy và Văn phòng Tỉnh ủy."),
    {
      type: "table",
      borderless: true,
      columnWidthsMm: [85, 80],
      rows: [
        [
          [
            para("Nơi nhận:", { underline: true }),
            para("- Thường trực Tỉnh ủy (b/c),", { sizePt: 12 }),
            para("- Văn phòng Tỉnh ủy,", { sizePt: 12 }),
            para("- Lưu Văn phòng Huyện ủy.", { sizePt: 12 }),
          ],
          [
            para("T/M BAN THƯỜNG VỤ", { align: "center", bold: true }),
            para("BÍ THƯ", { align: "center" }),
            para("Nguyễn Văn An", { align: "center", bold: true }),
          ],
        ],
      ],
    },
  ];
  return {
    name: "party-plan",
    description: "compliant Party plan",
    page: { widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, pageNumbers: true },
    defaults: { font: "Times New Roman", sizePt: 14 },
    blocks,
  };
}

export function stateReport(): DocSpec {
  const doc = partyPlan();
  const header = doc.blocks[0]!;
  if (header.type !== "table") throw new Error("unexpected sample");
  header.rows = [
    [
      [
        para("UBND HUYỆN LỤC NAM", { align: "center", sizePt: 13 }),
        para("PHÒNG KINH TẾ VÀ HẠ TẦNG", { align: "center", bold: true, sizePt: 13 }),
        para("Số: 215/BC-KTHT", { align: "center", sizePt: 13 }),
      ],
      [
        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true, sizePt: 13 }),
        para("Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true }),
        para("Lục Nam, ngày 20 tháng 12 năm 2023", { align: "center", italic: true }),
      ],
    ],
  ];
  doc.blocks[1] = para("BÁO CÁO", { align: "center", bold: true });
  return {
    ...doc,
    name: "state-report",
    description: "compliant State report",
    defaults: { font: "Times New Roman", sizePt: 14 },
  };
}

/** A copy of a spec with changes applied by `edit` (the original is not modified). */
export function variant(doc: DocSpec, edit: (d: DocSpec) => void): DocSpec {
  const copy = JSON.parse(JSON.stringify(doc)) as DocSpec;
  edit(copy);
  return copy;
}

/** Paragraph index of the first body paragraph in both samples (4 header cells + title, summary, separator). */
export const FIRST_BODY_PARAGRAPH = 9;
