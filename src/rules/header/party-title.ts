/** header/party-title: a Party document carries “ĐẢNG CỘNG SẢN VIỆT NAM”, 15 pt bold capitals, a line under it, top right. */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { checkCentred, checkPartFormat, PART_MESSAGES, viewOf, headerPart, lineAround } from "./parts";
import { PUSHED_RIGHT } from "../../model/structure/header";

export const meta: Rule["meta"] = {
  id: "header/party-title",
  area: "header",
  description: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: chữ in hoa, đậm, cỡ 15, có đường kẻ dưới, ở góc phải phía trên.",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missing: "Thiếu tiêu đề “{text}” ở đầu văn bản; {basis} yêu cầu văn bản của Đảng có tiêu đề này",
    noLine:
      "Dưới tiêu đề “{text}” không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); {basis} yêu cầu có đường kẻ dưới tiêu đề",
    position: "Tiêu đề “{text}” đặt ở bên {actual}; {basis} yêu cầu đặt ở góc phải phía trên",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/party-title"];
  if (data === undefined) return;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const part = headerPart(model, h, "partyTitle");
  if (part === undefined) {
    ctx.report({
      messageId: "missing",
      data: { text: data.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: 0,
    });
    return;
  }
  const { p, whole } = viewOf(model, part);
  const idx = p.index;
  checkPartFormat(ctx, model, part, "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", data.format, data.firmness, basis);
  const excerpt = excerptOf(p.text);
  if (data.lineUnder && h.titleLineKind === undefined && h.titleLine === undefined) {
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
    // Top right: the right-hand column of the header table, the right side of a tab-split line, or a paragraph
    // aligned right. Within the right column, a left alignment pushed with spaces is a presentation warning.
    const c = p.cell;
    const inRightColumn = c !== undefined && c.columnCount >= 2 && c.column === c.columnCount - 1;
    // a row of one cell (a first row merged across the header table) is laid out as a plain paragraph
    const plain = c === undefined || c.columnCount < 2;
    // the right side of a line split by a tab stop or spaces: text before the title on its own line
    const lineBefore = lineAround(p, part)?.before;
    const rightSide = plain && !whole && part.start > 0 && (lineBefore === undefined || lineBefore.trim() !== "");
    // pushed to the right with spaces (as the header reading takes it): there, with the presentation warning
    const pushedRight = plain && lineBefore !== undefined && lineBefore.trim() === "" && PUSHED_RIGHT.test(lineBefore);
    if (inRightColumn || rightSide || pushedRight) {
      checkCentred(ctx, model, part, "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”", "tiêu đề", basis, ["center", "right"]);
      return;
    }
    if (plain && p.alignment === "right") return;
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
};

export const rule: Rule = { meta, check, fixable: true };
