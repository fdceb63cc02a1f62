/**
 * header/none: a document with neither "ĐẢNG CỘNG SẢN VIỆT NAM" nor the national title (a phiếu trình, a form, an
 * appendix kept in its own file) is not an official document in either format: its profile is not guessed into a
 * page of header errors. Say so once; only the general rules (paper, margins, font, text) run on it.
 */
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "header/none",
  area: "header",
  description: "Văn bản không có quốc hiệu hay tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: chỉ kiểm tra các quy tắc chung.",
  messages: {
    none: "Không thấy quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” hay tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” ở phần đầu: văn bản không được trình bày theo thể thức văn bản hành chính hay văn bản của Đảng (phiếu trình, biểu mẫu, phụ lục tách riêng...), nên chỉ kiểm tra khổ giấy, lề, phông chữ và câu chữ. Nếu đây là văn bản chính thức, hãy chọn hồ sơ (--profile party|state)",
    attachment:
      "Tệp chỉ gồm phụ lục hoặc văn bản kèm theo (“{title}”): không kiểm tra số, ký hiệu, trích yếu, chữ ký và nơi nhận như một văn bản chính",
  },
};

export const check: Rule["check"] = (_model, ctx) => {
  const s = ctx.structure;
  if (s.detectedProfile === undefined) {
    ctx.report({ messageId: "none", severity: "info", basis: "Phạm vi áp dụng thể thức", paragraph: null });
    return;
  }
  const first = s.attachments[0];
  if (first !== undefined)
    ctx.report({
      messageId: "attachment",
      data: { title: first.title },
      severity: "info",
      basis: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục IV (phụ lục kèm theo văn bản)",
      paragraph: first.start,
    });
};

export const rule: Rule = { meta, check };
