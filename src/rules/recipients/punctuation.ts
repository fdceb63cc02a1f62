/**
 * recipients/punctuation: every recipient line starts with "- "; it ends with "," (Party) or ";" (State); the last
 * line ends with ".".
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { basisOf } from "../format";

export const meta: Rule["meta"] = {
  id: "recipients/punctuation",
  area: "recipients",
  description:
    "Dòng nơi nhận: bắt đầu bằng gạch đầu dòng, kết thúc bằng dấu phẩy (Đảng) hoặc chấm phẩy (Nhà nước), dòng cuối dấu chấm.",
  messages: {
    prefix: "Dòng nơi nhận “{line}” không bắt đầu bằng “- ”; {basis} yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng",
    end: "Dòng nơi nhận “{line}” kết thúc bằng “{actual}”; {basis} yêu cầu dấu “{expected}”",
    noEnd: "Dòng nơi nhận “{line}” không có dấu “{expected}” ở cuối; {basis} yêu cầu",
  },
};

const TRAILING = /[\s,;.:]*$/u;

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/punctuation"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const lines = ctx.structure.recipients.lines;
  lines.forEach((i, k) => {
    const p = model.paragraphs[i]!;
    const text = p.text.replace(/\s+$/u, "");
    const line = excerptOf(text, 60);
    const excerpt = excerptOf(p.text);
    const lead = /^\s*([-–—+•*])?\s*/u.exec(text)!;
    if (lead[0] !== data.linePrefix) {
      ctx.report({
        messageId: "prefix",
        data: { line, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: i,
        excerpt,
        fix: {
          title: `Bắt đầu dòng bằng “${data.linePrefix}”`,
          edits: [
            {
              kind: "replaceText",
              paragraph: i,
              find: text.slice(0, lead[0].length + 1),
              replace: data.linePrefix + text.charAt(lead[0].length),
            },
          ],
        },
      });
    }
    const expected = k === lines.length - 1 ? data.lastEnd : data.lineEnd;
    const trail = TRAILING.exec(text)![0];
    const actual = trail.trim();
    if (actual === expected) return;
    const core = text.slice(0, text.length - trail.length);
    // "(b/c)" and similar end with ")" which is part of the line, not punctuation.
    const lastWord = core.slice(-Math.min(core.length, 12));
    ctx.report({
      messageId: actual === "" ? "noEnd" : "end",
      data: { line, actual, expected, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: i,
      excerpt,
      fix: {
        title: `Kết thúc dòng bằng “${expected}”`,
        edits: [{ kind: "replaceText", paragraph: i, find: lastWord + trail, replace: lastWord + expected }],
      },
    });
  });
};

export const rule: Rule = { meta, check, fixable: true };
