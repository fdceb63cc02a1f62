/**
 * Small programmatic drafts for rule tests: a compliant plan and report for each profile (partyPlan, partyReport,
 * statePlan, stateReport: zero errors under the rules of docs/rules.md), and `variant()` to break one thing at a time.
 *
 * Block layout, the same in all four: [0] header table, [1] type name, [2] summary, [3] "-----", [4..-2] body,
 * [-1] recipients/signature table. The header table has 7 paragraphs (issuer column 4, title column 3), the
 * signature table 7 (recipients 4, signature 3).
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
            para("", { align: "right" }),
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
        para("-------", { align: "center", sizePt: 13 }),
        para("Số: 215/BC-KTHT", { align: "center", sizePt: 13 }),
      ],
      [
        para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { align: "center", bold: true, sizePt: 13 }),
        para("Độc lập - Tự do - Hạnh phúc", { align: "center", bold: true, underline: true }),
        para("Lục Nam, ngày 20 tháng 12 năm 2023", { align: "center", italic: true }),
      ],
    ],
  ];
  doc.blocks[1] = para("BÁO CÁO", { align: "center", bold: true });
  doc.blocks[2] = para("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", {
    align: "center",
    bold: true,
  });
  doc.blocks[doc.blocks.length - 1] = {
    type: "table",
    borderless: true,
    columnWidthsMm: [85, 80],
    rows: [
      [
        [
          para("Nơi nhận:", { bold: true, italic: true, sizePt: 12 }),
          para("- Thường trực Tỉnh ủy (b/c);", { sizePt: 11 }),
          para("- Văn phòng Tỉnh ủy;", { sizePt: 11 }),
          para("- Lưu: VT, KTHT.", { sizePt: 11 }),
        ],
        [
          para("KT. TRƯỞNG PHÒNG", { align: "center", bold: true }),
          para("PHÓ TRƯỞNG PHÒNG", { align: "center", bold: true }),
          para("Trần Minh Đức", { align: "center", bold: true }),
        ],
      ],
    ],
  };
  return {
    ...doc,
    name: "state-report",
    description: "compliant State report",
    defaults: { font: "Times New Roman", sizePt: 14 },
  };
}

/** A compliant Party report: the plan's layout with the type name, number and summary of a report. */
export function partyReport(): DocSpec {
  return variant(partyPlan(), (d) => {
    d.name = "party-report";
    d.description = "compliant Party report";
    setCellText(d, 0, 0, 3, "Số 112-BC/HU");
    setCellText(d, 0, 1, 2, "Lục Nam, ngày 05 tháng 02 năm 2024");
    d.blocks[1] = para("BÁO CÁO", { align: "center", bold: true, sizePt: 16, spaceBeforePt: 12 });
    d.blocks[2] = para("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", {
      align: "center",
      bold: true,
    });
  });
}

/** A compliant State plan: the report's layout with the type name, number and summary of a plan. */
export function statePlan(): DocSpec {
  return variant(stateReport(), (d) => {
    d.name = "state-plan";
    d.description = "compliant State plan";
    setCellText(d, 0, 0, 3, "Số: 09/KH-KTHT");
    d.blocks[1] = para("KẾ HOẠCH", { align: "center", bold: true });
    d.blocks[2] = para("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", {
      align: "center",
      bold: true,
    });
  });
}

/** Replace the text of one paragraph of a table cell: block `b` (negative: from the end), column `col`, paragraph `k`. */
export function setCellText(d: DocSpec, b: number, col: number, k: number, text: string): void {
  const t = d.blocks[b < 0 ? d.blocks.length + b : b];
  if (t?.type !== "table") throw new Error(`block ${b} is not a table`);
  const p = t.rows[0]![col]![k];
  if (p === undefined) throw new Error(`no paragraph ${k} in column ${col}`);
  p.text = text;
  delete p.runs;
}

/** The paragraph spec of a cell paragraph, to change its formatting. */
export function cellPara(d: DocSpec, b: number, col: number, k: number): SpecParagraph {
  const t = d.blocks[b < 0 ? d.blocks.length + b : b];
  if (t?.type !== "table") throw new Error(`block ${b} is not a table`);
  const p = t.rows[0]![col]![k];
  if (p === undefined) throw new Error(`no paragraph ${k} in column ${col}`);
  return p;
}

/** The paragraph spec of a top-level block. */
export function blockPara(d: DocSpec, b: number): SpecParagraph {
  const p = d.blocks[b < 0 ? d.blocks.length + b : b];
  if (p?.type !== "paragraph") throw new Error(`block ${b} is not a paragraph`);
  return p;
}

/** A copy of a spec with changes applied by `edit` (the original is not modified). */
export function variant(doc: DocSpec, edit: (d: DocSpec) => void): DocSpec {
  const copy = JSON.parse(JSON.stringify(doc)) as DocSpec;
  edit(copy);
  return copy;
}

/** Paragraph index of the first body paragraph in every sample (7 header cell paragraphs, title, summary, "-----"). */
export const FIRST_BODY_PARAGRAPH = 10;
/** Paragraph indices in every sample. */
export const P = {
  typeName: 7,
  summary: 8,
  separator: 9,
  firstBody: 10,
  /** The signature table (after 7 body paragraphs): "Nơi nhận:", three lines, then the signature column. */
  label: 17,
  recipientLines: [18, 19, 20],
  signature: [21, 22, 23],
} as const;

/** A plan about administrative reform: the sample's layout with no word of the conclusion, and recipients lacking the
 * two the conclusion requires. */
export function planNotCitingTheConclusion(): DocSpec {
  return variant(partyPlan(), (d) => {
    blockPara(d, 2).text = "cải cách hành chính năm 2024";
    for (let b = 4; b < d.blocks.length - 1; b++) {
      const p = d.blocks[b]!;
      if (p.type === "paragraph" && /Kết luận/.test(p.text ?? ""))
        p.text =
          "Thực hiện Kế hoạch cải cách hành chính của Ủy ban nhân dân tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch.";
    }
    const sig = d.blocks[d.blocks.length - 1]!;
    if (sig.type === "table") sig.rows[0]![0]!.splice(1, 2, { type: "paragraph", text: "- Các chi bộ trực thuộc," });
  });
}
