/** header/national-title: a State document carries the national title (12–13 pt bold capitals) and the motto (13–14 pt bold, a line under it). */
import { foldToneMarks } from "../../model/text";
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { partText } from "../../model/structure/header";
import { checkCentred, checkPartFormat, PART_MESSAGES, headerPart } from "./parts";

export const meta: Rule["meta"] = {
  id: "header/national-title",
  area: "header",
  description: "Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” và tiêu ngữ “Độc lập - Tự do - Hạnh phúc”.",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missingTitle: "Thiếu quốc hiệu “{text}”; {basis} yêu cầu văn bản hành chính có quốc hiệu",
    missingMotto: "Thiếu tiêu ngữ “{text}” dưới quốc hiệu; {basis} yêu cầu có tiêu ngữ",
    wrongMotto: "Tiêu ngữ viết “{actual}”; {basis} yêu cầu “{text}”",
    noLine:
      "Dưới tiêu ngữ không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); {basis} yêu cầu có đường kẻ ngang dưới tiêu ngữ",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/national-title"];
  if (data === undefined) return;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const titlePart = headerPart(model, h, "nationalTitle");
  if (titlePart === undefined) {
    ctx.report({
      messageId: "missingTitle",
      data: { text: data.title.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: 0,
    });
  } else {
    const format = data.title.format;
    checkPartFormat(ctx, model, titlePart, "Quốc hiệu", format, data.firmness, basis);
    checkCentred(ctx, model, titlePart, "Quốc hiệu", "quốc hiệu", basis);
  }
  const mottoPart = headerPart(model, h, "motto");
  if (mottoPart === undefined) {
    ctx.report({
      messageId: "missingMotto",
      data: { text: data.motto.text, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: h.nationalTitle ?? 0,
    });
    return;
  }
  // The motto is recognised whatever its dashes and spacing; written otherwise than the regulation, say so.
  const written = partText(model.paragraphs, mottoPart).trim();
  if (foldToneMarks(written) !== foldToneMarks(data.motto.text)) {
    ctx.report({
      messageId: "wrongMotto",
      data: { actual: written, text: data.motto.text, basis: ctx.basisShort },
      severity: dashesOnly(written, data.motto.text) ? "warning" : severity,
      basis,
      paragraph: mottoPart.paragraph,
      excerpt: excerptOf(written),
      ...(mottoPart.textBox === undefined
        ? {
            fix: {
              title: `Sửa thành “${data.motto.text}”`,
              edits: [{ kind: "replaceText", paragraph: mottoPart.paragraph, find: written, replace: data.motto.text }],
            },
          }
        : {}),
    });
  }
  checkPartFormat(ctx, model, mottoPart, "Tiêu ngữ", data.motto.format, data.firmness, basis);
  if (titlePart === undefined || titlePart.paragraph !== mottoPart.paragraph)
    checkCentred(ctx, model, mottoPart, "Tiêu ngữ", "tiêu ngữ", basis);
  if (data.lineUnder && h.titleLineKind === undefined && h.titleLine === undefined) {
    ctx.report({
      messageId: "noLine",
      data: { basis: ctx.basisShort },
      severity: "warning",
      basis,
      paragraph: mottoPart.paragraph,
      excerpt: excerptOf(written),
    });
  }
};

/** Only the dashes or the spaces around them differ ("Độc lập – Tự do – Hạnh phúc"): what many issued documents carry. */
function dashesOnly(written: string, wanted: string): boolean {
  const bare = (s: string): string => foldToneMarks(s).replace(/[\s\-–—‐-―−]/g, "");
  return bare(written) === bare(wanted);
}

export const rule: Rule = { meta, check, fixable: true };
