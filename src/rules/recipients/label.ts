/** recipients/label: "Nơi nhận:" with its colon; Party 14 pt underlined, not bold, not italic; State 12 pt bold italic. */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "recipients/label",
  area: "recipients",
  description: "Chữ “Nơi nhận:”: viết đúng, có dấu hai chấm, định dạng theo quy định.",
  messages: {
    ...FORMAT_MESSAGES,
    text: "Viết “{actual}”; {basis} yêu cầu “{expected}”",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/label"];
  const basis = basisOf(ctx, data.clause);
  const idx = ctx.structure.recipients.label;
  if (idx === undefined) return; // recipients/block reports a missing block
  const p = model.paragraphs[idx]!;
  const m = /^\s*n[ơo]i\s+nh[ậa]n\s*:?/iu.exec(p.text)!;
  const written = m[0].trim();
  if (written !== data.text) {
    ctx.report({
      messageId: "text",
      data: { actual: written, expected: data.text, basis: ctx.basisShort },
      severity: severityFor(data.firmness),
      basis,
      paragraph: idx,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Sửa thành “${data.text}”`,
        edits: [{ kind: "replaceText", paragraph: idx, find: written, replace: data.text }],
      },
    });
  }
  checkElementFormat(ctx, p, "Chữ “Nơi nhận:”", data.format, data.firmness, basis);
};

export const rule: Rule = { meta, check, fixable: true };
