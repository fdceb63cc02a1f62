/** font/family: every visible run is in Times New Roman (Unicode), as both regulations require. */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";

export const meta: Rule["meta"] = {
  id: "font/family",
  area: "font",
  description: "Phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001) cho toàn văn bản.",
  messages: {
    wrongFont: "Phông chữ {fonts}; {basis} yêu cầu phông {expected}",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["font/family"];
  const expected = data.family.toLowerCase();
  const basis = `${ctx.basisShort}, ${data.clause}`;
  for (const p of model.paragraphs) {
    const wrong = new Set<string>();
    for (const r of p.runs) {
      if (r.font === undefined || r.text.trim() === "") continue;
      if (r.font.trim().toLowerCase() !== expected) wrong.add(r.font);
    }
    if (wrong.size === 0) continue;
    ctx.report({
      messageId: "wrongFont",
      data: { fonts: [...wrong].join(", "), expected: data.family, basis: ctx.basisShort },
      severity: severityFor(data.firmness),
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Đặt phông ${data.family}`,
        edits: [{ kind: "setRunFormat", paragraph: p.index, props: { font: data.family } }],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
