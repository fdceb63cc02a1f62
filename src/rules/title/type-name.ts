/** title/type-name: the type name (KẾ HOẠCH, BÁO CÁO ...) in bold capitals, centred, 15–16 pt (Party) or 13–14 pt (State). */
import type { Rule } from "../types";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "title/type-name",
  area: "title",
  description: "Tên loại văn bản: chữ in hoa, đậm, căn giữa, cỡ chữ theo quy định.",
  messages: {
    ...FORMAT_MESSAGES,
    missing:
      "Không thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO ...) trên một dòng riêng dưới phần đầu; {basis} yêu cầu ghi tên loại văn bản",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["title/type-name"];
  const basis = basisOf(ctx, data.clause);
  const idx = ctx.structure.typeNameParagraph;
  if (idx === undefined) {
    // A letter (công văn) has no type name: only a warning, the type cannot be told for sure.
    if (model.paragraphs.some((p) => p.text.trim() !== ""))
      ctx.report({
        messageId: "missing",
        data: { basis: ctx.basisShort },
        severity: "warning",
        basis,
        paragraph: null,
      });
    return;
  }
  checkElementFormat(ctx, model.paragraphs[idx]!, "Tên loại văn bản", data.format, data.firmness, basis);
};

export const rule: Rule = { meta, check, fixable: true };
