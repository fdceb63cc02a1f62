/**
 * signature/block: the authority line (after T/M ...), the position line and the signer's name.
 * Party: authority 14 pt bold capitals, position 14 pt capitals (bold unsure: not checked), name 14 pt bold.
 * State: 13–14 pt bold capitals; name 13–14 pt bold.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "signature/block",
  area: "signature",
  description: "Quyền hạn, chức vụ và họ tên người ký: chữ in hoa, đậm, cỡ chữ theo quy định.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy phần ký (quyền hạn, chức vụ, họ tên người ký) cuối văn bản; {basis} yêu cầu có phần ký",
    noName: "Chưa có họ tên người ký dưới chức vụ “{position}”",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["signature/block"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const sig = ctx.structure.signature;
  if (sig.paragraphs.length === 0) {
    if (ctx.documentType !== "other")
      ctx.report({ messageId: "missing", data: { basis: ctx.basisShort }, severity, basis, paragraph: null });
    return;
  }
  const lines = sig.paragraphs.filter((i) => i !== sig.name);
  lines.forEach((i, k) => {
    const p = model.paragraphs[i]!;
    // With a prefix the first line is the authority ("T/M BAN THƯỜNG VỤ"); the following ones are positions.
    const isAuthority = sig.prefix !== undefined && k === 0;
    checkElementFormat(
      ctx,
      p,
      isAuthority ? "Dòng quyền hạn ký" : "Chức vụ người ký",
      isAuthority ? data.authority : data.position,
      data.firmness,
      basis,
    );
  });
  if (sig.name !== undefined) {
    checkElementFormat(ctx, model.paragraphs[sig.name]!, "Họ tên người ký", data.name, data.firmness, basis);
  } else {
    const last = model.paragraphs[lines[lines.length - 1]!]!;
    ctx.report({
      messageId: "noName",
      data: { position: last.text.trim() },
      severity: "warning",
      basis,
      paragraph: last.index,
      excerpt: excerptOf(last.text),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
