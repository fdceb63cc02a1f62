/** header/national-title: a State document carries the national title (12–13 pt bold capitals) and the motto (13–14 pt bold, a line under it). */
import { foldToneMarks, normalizeForMatch } from "../../model/text";
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { anyUnderlined, basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "header/national-title",
  area: "header",
  description: "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.",
  messages: {
    ...FORMAT_MESSAGES,
    missingTitle: "Thiếu quốc hiệu “{text}”; {basis} yêu cầu văn bản hành chính có quốc hiệu",
    missingMotto: "Thiếu tiêu ngữ “{text}” dưới quốc hiệu; {basis} yêu cầu có tiêu ngữ",
    wrongMotto: "Tiêu ngữ viết “{actual}”; {basis} yêu cầu “{text}”",
    noLine:
      "Dưới tiêu ngữ không thấy đường kẻ (đường kẻ vẽ bằng hình không kiểm tra được); {basis} yêu cầu có đường kẻ ngang dưới tiêu ngữ",
  },
};

/** The motto written with other dashes or spacing: "Độc lập – Tự do – Hạnh phúc", "Độc lập-Tự do-Hạnh phúc". */
function looksLikeMotto(text: string): boolean {
  return normalizeForMatch(text).replace(/[-\s]/g, "") === "độclậptựdohạnhphúc";
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/national-title"];
  if (data === undefined) return;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  if (h.nationalTitle === undefined) {
    ctx.report({
      messageId: "missingTitle",
      data: { text: data.title.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: 0,
    });
  } else {
    checkElementFormat(ctx, model.paragraphs[h.nationalTitle]!, "Quốc hiệu", data.title.format, data.firmness, basis);
  }
  let motto = h.motto;
  const exact = (t: string): boolean => foldToneMarks(t.trim()) === foldToneMarks(data.motto.text);
  if (motto === undefined || !exact(model.paragraphs[motto]!.text)) {
    const near = motto ?? h.paragraphs.find((i) => looksLikeMotto(model.paragraphs[i]!.text));
    if (near !== undefined) {
      const p = model.paragraphs[near]!;
      ctx.report({
        messageId: "wrongMotto",
        data: { actual: p.text.trim(), text: data.motto.text, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: near,
        excerpt: excerptOf(p.text),
        fix: {
          title: `Sửa thành “${data.motto.text}”`,
          edits: [{ kind: "replaceText", paragraph: near, find: p.text.trim(), replace: data.motto.text }],
        },
      });
      motto = near;
    }
  }
  if (motto === undefined) {
    ctx.report({
      messageId: "missingMotto",
      data: { text: data.motto.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: h.nationalTitle ?? 0,
    });
    return;
  }
  const p = model.paragraphs[motto]!;
  checkElementFormat(ctx, p, "Tiêu ngữ", data.motto.format, data.firmness, basis);
  if (data.lineUnder && !anyUnderlined(p) && h.titleLine === undefined) {
    ctx.report({
      messageId: "noLine",
      data: { basis: ctx.basisShort },
      severity: "warning",
      basis,
      paragraph: motto,
      excerpt: excerptOf(p.text),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
