/**
 * recipients/block: a plan or report has a "Nơi nhận:" block with at least one line, in the left column, lines in
 * the profile's size.
 */
import { severityFor, type Rule } from "../types";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { recipientEntries, type TextPiece } from "../../model/structure/recipients";
import { checkPiecesFormat } from "../pieces";

export const meta: Rule["meta"] = {
  id: "recipients/block",
  area: "recipients",
  description: "Khối “Nơi nhận”: có mặt, ở cột trái phía dưới, các dòng nơi nhận đúng cỡ chữ.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy khối “Nơi nhận:” cuối văn bản; {basis} yêu cầu ghi nơi nhận",
    empty: "Khối “Nơi nhận:” không có dòng nào; {basis} yêu cầu liệt kê nơi nhận, dòng cuối là “Lưu ...”",
    column: "Khối “Nơi nhận:” đặt ở cột phải; {basis} yêu cầu đặt ở góc trái, phía dưới, ngang phần ký",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/block"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const r = ctx.structure.recipients;
  if (r.label === undefined) {
    if (ctx.documentType !== "other")
      ctx.report({ messageId: "missing", data: { basis: ctx.basisShort }, severity, basis, paragraph: null });
    return;
  }
  const entries = recipientEntries(model.paragraphs, r);
  if (entries.length === 0) {
    ctx.report({ messageId: "empty", data: { basis: ctx.basisShort }, severity, basis, paragraph: r.label });
    return;
  }
  if (
    data.column === "left" &&
    r.column !== undefined &&
    r.column.columnCount >= 2 &&
    r.column.column === r.column.columnCount - 1
  ) {
    ctx.report({ messageId: "column", data: { basis: ctx.basisShort }, severity, basis, paragraph: r.label });
  }
  // One check per paragraph, on the recipients' text alone (a paragraph may also hold the label or the signature).
  const byParagraph = new Map<number, TextPiece[]>();
  for (const e of entries)
    for (const x of e.pieces) byParagraph.set(x.paragraph, [...(byParagraph.get(x.paragraph) ?? []), x]);
  for (const [i, pieces] of byParagraph)
    checkPiecesFormat(ctx, model.paragraphs[i]!, pieces, "Dòng nơi nhận", data.lineFormat, data.firmness, basis, {
      skipSubscript: true,
    });
};

export const rule: Rule = { meta, check, fixable: true };
