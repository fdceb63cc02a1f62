/** font/size: the body text is in the profile's size range (party 14–15 pt, state 13–14 pt). */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";

export const meta: Rule["meta"] = {
  id: "font/size",
  area: "font",
  description: "Cỡ chữ phần nội dung văn bản theo quy định.",
  messages: {
    wrongBodySize: "Cỡ chữ phần nội dung {actual} pt; {basis} yêu cầu {expected} pt",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["font/size"];
  const { minPt, maxPt } = data.body;
  const basis = `${ctx.basisShort}, ${data.clause}`;
  for (const i of ctx.structure.bodyParagraphs) {
    const p = model.paragraphs[i]!;
    const wrong = new Set<number>();
    for (const r of p.runs) {
      if (r.text.trim() === "") continue;
      if (r.sizePt < minPt || r.sizePt > maxPt) wrong.add(r.sizePt);
    }
    if (wrong.size === 0) continue;
    const first = [...wrong][0]!;
    const target = first < minPt ? minPt : maxPt;
    ctx.report({
      messageId: "wrongBodySize",
      data: {
        actual: [...wrong].sort((a, b) => a - b).join(", "),
        expected: minPt === maxPt ? String(minPt) : `${minPt}–${maxPt}`,
        basis: ctx.basisShort,
      },
      severity: severityFor(data.firmness),
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Đặt cỡ chữ ${target} pt`,
        edits: [{ kind: "setRunFormat", paragraph: p.index, props: { sizePt: target } }],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
