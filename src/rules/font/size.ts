/**
 * font/size: the body text is in the profile's size range (party 14–15 pt, state 13–14 pt).
 *
 * Judged: the running text of the body. Not judged: tables (a task table's 12 pt cells are not body text; the body
 * structure already leaves them out), the header and signature blocks, titles and headings set in the body
 * (centred or right-aligned short lines: "PHIẾU TRÌNH", "Chương I", a table caption), and runs of punctuation
 * alone (a 16 pt full stop is a warning: nobody sees it on the page).
 */
import type { Rule, Severity } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { isTitleLine } from "../body/paragraph";
import { showsText } from "./family";

export const meta: Rule["meta"] = {
  id: "font/size",
  area: "font",
  description: "Cỡ chữ phần nội dung văn bản theo quy định.",
  messages: {
    wrongBodySize: "Cỡ chữ phần nội dung {actual} pt; {basis} yêu cầu {expected} pt",
    punctuationSize: "Dấu câu “{text}” cỡ chữ {actual} pt trong đoạn văn; {basis} yêu cầu {expected} pt",
  },
};

const noLetters = (s: string): boolean => !/[\p{L}\p{N}]/u.test(s);

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["font/size"];
  const { minPt, maxPt } = data.body;
  const basis = `${ctx.basisShort}, ${data.clause}`;
  const expected = minPt === maxPt ? String(minPt) : `${minPt}–${maxPt}`;
  for (const i of ctx.structure.bodyParagraphs) {
    const p = model.paragraphs[i]!;
    if (p.cell !== undefined || isTitleLine(model, p)) continue;
    const wrongRuns = p.runs.filter((r) => showsText(r) && (r.sizePt < minPt || r.sizePt > maxPt));
    if (wrongRuns.length === 0) continue;
    const wrong = [...new Set(wrongRuns.map((r) => r.sizePt))].sort((a, b) => a - b);
    const minor = wrongRuns.every((r) => noLetters(r.text));
    // The fix keeps the paragraph's own body size when it has one (a 16 pt full stop in 14 pt text becomes 14 pt).
    const inRange = p.runs.filter((r) => showsText(r) && r.sizePt >= minPt && r.sizePt <= maxPt);
    const chars = new Map<number, number>();
    for (const r of inRange) chars.set(r.sizePt, (chars.get(r.sizePt) ?? 0) + r.text.length);
    const dominant = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0];
    const target = dominant ?? (wrong[0]! < minPt ? minPt : maxPt);
    const severity: Severity = minor ? "warning" : severityFor(data.firmness);
    ctx.report({
      messageId: minor ? "punctuationSize" : "wrongBodySize",
      data: {
        actual: wrong.join(", "),
        text: excerptOf(wrongRuns.map((r) => r.text.trim()).join(" "), 20),
        expected,
        basis: ctx.basisShort,
      },
      severity,
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
