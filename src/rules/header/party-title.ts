/** header/party-title: a Party document carries “ĐẢNG CỘNG SẢN VIỆT NAM”, 15 pt bold capitals, a line under it, top right. */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { anyUnderlined, basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "header/party-title",
  area: "header",
  description: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: chữ in hoa, đậm, cỡ 15, có đường kẻ dưới, ở góc phải phía trên.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Thiếu tiêu đề “{text}” ở đầu văn bản; {basis} yêu cầu văn bản của Đảng có tiêu đề này",
    noLine:
      "Dưới tiêu đề “{text}” không thấy đường kẻ (đường kẻ vẽ bằng hình không kiểm tra được); {basis} yêu cầu có đường kẻ dưới tiêu đề",
    position: "Tiêu đề “{text}” đặt ở bên {actual}; {basis} yêu cầu đặt ở góc phải phía trên",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/party-title"];
  if (data === undefined) return;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const idx = ctx.structure.header.partyTitle;
  if (idx === undefined) {
    ctx.report({
      messageId: "missing",
      data: { text: data.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: 0,
    });
    return;
  }
  const p = model.paragraphs[idx]!;
  checkElementFormat(ctx, p, "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", data.format, data.firmness, basis);
  const excerpt = excerptOf(p.text);
  if (data.lineUnder && !anyUnderlined(p) && ctx.structure.header.titleLine === undefined) {
    ctx.report({
      messageId: "noLine",
      data: { text: data.text, basis: ctx.basisShort },
      severity: "warning",
      basis,
      paragraph: idx,
      excerpt,
    });
  }
  if (data.position === "right") {
    const c = p.cell;
    const inRightColumn = c !== undefined && c.columnCount >= 2 && c.column === c.columnCount - 1;
    const onRight = inRightColumn ? p.alignment !== "left" : p.alignment === "right";
    if (!onRight) {
      const actual =
        c !== undefined && c.columnCount >= 2 && c.column === 0 ? "trái" : p.alignment === "center" ? "giữa" : "trái";
      ctx.report({
        messageId: "position",
        data: { text: data.text, actual, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: idx,
        excerpt,
      });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
