/**
 * title/summary: the trích yếu under the type name, bold 14–15 pt (Party) or 13–14 pt (State); in a Party document
 * it starts in lower case ("thực hiện Kết luận ...", "về ..."); a "-----" line follows it.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "title/summary",
  area: "title",
  description:
    "Trích yếu nội dung: in đậm, cỡ chữ theo quy định; văn bản của Đảng bắt đầu bằng chữ thường; có dòng “-----” dưới trích yếu.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy trích yếu nội dung dưới tên loại “{typeName}”; {basis} yêu cầu có trích yếu",
    upperStart: "Trích yếu bắt đầu bằng chữ hoa “{word}”; {basis} yêu cầu bắt đầu bằng chữ thường (“{expected}”)",
    noSeparator: "Thiếu dòng “{separator}” dưới trích yếu; {basis} yêu cầu có đường kẻ dưới trích yếu",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["title/summary"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const s = ctx.structure;
  if (s.typeNameParagraph === undefined || ctx.documentType === "other") return;
  if (s.summaryParagraphs.length === 0) {
    ctx.report({
      messageId: "missing",
      data: { typeName: s.typeName ?? "", basis: ctx.basisShort },
      severity,
      basis,
      paragraph: s.typeNameParagraph,
    });
    return;
  }
  for (const i of s.summaryParagraphs) {
    checkElementFormat(ctx, model.paragraphs[i]!, "Trích yếu", data.format, data.firmness, basis);
  }
  const first = model.paragraphs[s.summaryParagraphs[0]!]!;
  if (data.startsLowerCase) {
    const m = /^\s*(\p{L}+)/u.exec(first.text);
    const word = m?.[1];
    // "Kết luận" etc. inside the text keep their capitals; only the leading word is lowered, unless an acronym.
    if (word !== undefined && /^\p{Lu}\p{Ll}*$/u.test(word)) {
      const expected = word.toLowerCase();
      ctx.report({
        messageId: "upperStart",
        data: { word, expected, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: first.index,
        excerpt: excerptOf(first.text),
        fix: {
          title: `Viết thường chữ đầu “${expected}”`,
          edits: [{ kind: "replaceText", paragraph: first.index, find: word, replace: expected }],
        },
      });
    }
  }
  if (s.summaryLine === undefined) {
    const last = s.summaryParagraphs[s.summaryParagraphs.length - 1]!;
    ctx.report({
      messageId: "noSeparator",
      data: { separator: data.separator, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: last,
      excerpt: excerptOf(model.paragraphs[last]!.text),
      fix: {
        title: `Thêm dòng “${data.separator}” dưới trích yếu`,
        edits: [
          {
            kind: "insertParagraphAfter",
            paragraph: last,
            text: data.separator,
            format: { alignment: "center", bold: false, italic: false, underline: false },
          },
        ],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
