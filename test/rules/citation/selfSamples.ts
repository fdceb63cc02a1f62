/**
 * Documents the citation/self tests share: an appendix tied to its plan, the State plan as a draft leaves it, a
 * legal decision with its regulation attached.
 */
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { blockPara, setCellText, statePlan, stateReport, variant } from "../../support/samples";

export const para = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  ...extra,
});

/** The sample with an appendix after its signature (paragraphs 17–23): "PHỤ LỤC", its tie line(s), a title, text. */
export function withAppendix(doc: DocSpec, ...tie: string[]): DocSpec {
  return variant(doc, (d) => {
    d.blocks.push(
      para("PHỤ LỤC", { align: "center", bold: true }),
      ...tie.map((t) => para(t, { align: "center", italic: true })),
      para("NHIỆM VỤ TRỌNG TÂM", { align: "center", bold: true }),
      para("Danh mục nhiệm vụ, cơ quan chủ trì, thời hạn hoàn thành.", { align: "justify" }),
    );
  });
}

/** The State plan as the office's draft leaves it: blank number and day ("Số: /KH-UBND", "ngày … tháng 12 năm 2025"). */
export function stateDraft(): DocSpec {
  return variant(statePlan(), (d) => {
    setCellText(d, 0, 0, 3, "Số:           /KH-UBND");
    setCellText(d, 0, 1, 2, "Lâm Đồng, ngày       tháng 12 năm 2025");
  });
}

/** A district's legal decision "Số: 12/2025/QĐ-UBND" with its QUY CHẾ attached after the signature. */
export function decisionWithRegulation(tie: string): DocSpec {
  return variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 3, "Số: 12/2025/QĐ-UBND");
    setCellText(d, 0, 1, 2, "Lục Nam, ngày 20 tháng 12 năm 2025");
    blockPara(d, 1).text = "QUYẾT ĐỊNH";
    d.blocks.push(
      para("QUY CHẾ", { align: "center", bold: true }),
      para("Quản lý, vận hành hệ thống thông tin của huyện", { align: "center", bold: true }),
      para(tie, { align: "center", italic: true }),
      para("Quy chế này quy định việc quản lý, vận hành hệ thống thông tin.", { align: "justify" }),
    );
  });
}
