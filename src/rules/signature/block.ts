/**
 * signature/block: the authority line (after T/M ...), the position line and the signer's name.
 * Party: authority 14 pt bold capitals, position 14 pt capitals (bold unsure: not checked), name 14 pt bold.
 * State: 13–14 pt bold capitals; name 13–14 pt bold.
 * Each line is judged on its own text: in a signature laid out with tabs, a line shares its paragraph with the label or
 * a recipient line.
 */
import type { Rule, Severity } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { signatureLines } from "../../model/structure/recipients";
import { SIGNATURE_PREFIX } from "../../model/structure/common";
import { calibratedSeverity, checkPiecesFormat } from "../pieces";

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
  // A size within half a point of the range (invisible on paper) takes the severity the profile calibrates for it.
  const sizeSeverity = (_messageId: string, halfPoint: boolean): Severity | undefined =>
    halfPoint ? calibratedSeverity(data.halfPoint) : undefined;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const sig = ctx.structure.signature;
  const lines = signatureLines(model.paragraphs, ctx.structure.recipients, sig);
  if (lines.length === 0) {
    if (ctx.documentType !== "other")
      ctx.report({ messageId: "missing", data: { basis: ctx.basisShort }, severity, basis, paragraph: null });
    return;
  }
  const nameLine = sig.name === undefined ? undefined : lines[lines.length - 1];
  const above = nameLine === undefined ? lines : lines.slice(0, -1);
  above.forEach((x, k) => {
    // With a prefix the first line is the authority ("T/M BAN THƯỜNG VỤ"), and so is a second prefix line
    // ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"); the others are positions.
    const isAuthority = sig.prefix !== undefined && (k === 0 || SIGNATURE_PREFIX.test(x.text));
    checkPiecesFormat(
      ctx,
      model.paragraphs[x.paragraph]!,
      [x],
      isAuthority ? "Dòng quyền hạn ký" : "Chức vụ người ký",
      isAuthority ? data.authority : data.position,
      data.firmness,
      basis,
      { severity: sizeSeverity },
    );
  });
  if (nameLine !== undefined) {
    checkPiecesFormat(
      ctx,
      model.paragraphs[nameLine.paragraph]!,
      [nameLine],
      "Họ tên người ký",
      data.name,
      data.firmness,
      basis,
      { severity: sizeSeverity },
    );
  } else {
    const last = lines[lines.length - 1]!;
    ctx.report({
      messageId: "noName",
      data: { position: last.text },
      severity: "warning",
      basis,
      paragraph: last.paragraph,
      excerpt: excerptOf(model.paragraphs[last.paragraph]!.text),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
