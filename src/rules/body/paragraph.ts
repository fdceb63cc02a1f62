/**
 * body/paragraph: body paragraphs justified, first-line indent about 1–1.27 cm, at least 6 pt between paragraphs,
 * and (State) line spacing 1.0–1.5 lines. Party: size firm (font/size), indent and spacing practice.
 * One finding per paragraph lists everything wrong with it, with one fix setting all of it.
 */
import type { Paragraph } from "../../model/document";
import type { ParagraphFormatProps } from "../fix";
import type { Rule } from "../types";
import { severityFor, type Firmness } from "../types";
import { excerptOf } from "../excerpt";
import { ALIGNMENT_NAME, basisOf } from "../format";

export const meta: Rule["meta"] = {
  id: "body/paragraph",
  area: "body",
  description:
    "Đoạn văn phần nội dung: căn đều hai bên, thụt đầu dòng 1–1,27 cm, cách đoạn tối thiểu 6 pt, giãn dòng theo quy định.",
  messages: {
    paragraph: "Đoạn văn {problems}; {basis} yêu cầu {expected}",
  },
};

const round = (n: number): number => Math.round(n * 10) / 10;

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["body/paragraph"];
  const basis = basisOf(ctx, data.clause);
  const body = ctx.structure.bodyParagraphs;
  for (let k = 0; k < body.length; k++) {
    const p = model.paragraphs[body[k]!]!;
    const next: Paragraph | undefined = k + 1 < body.length ? model.paragraphs[body[k + 1]!] : undefined;
    const problems: string[] = [];
    const expected: string[] = [];
    const props: ParagraphFormatProps = {};
    const firmness: Firmness[] = [];
    if (data.alignment !== null && p.alignment !== data.alignment.value) {
      problems.push(`căn ${ALIGNMENT_NAME[p.alignment]}`);
      expected.push(`căn ${ALIGNMENT_NAME[data.alignment.value]}`);
      props.alignment = data.alignment.value;
      firmness.push(data.alignment.firmness);
    }
    const ind = data.firstLineMm;
    if (ind !== null && !p.numbered) {
      if (p.firstLineMm < ind.min - ind.toleranceMm || p.firstLineMm > ind.max + ind.toleranceMm) {
        problems.push(`thụt đầu dòng ${round(p.firstLineMm)} mm`);
        expected.push(`thụt đầu dòng ${ind.min}–${ind.max} mm`);
        props.firstLineMm = ind.fixMm;
        firmness.push(ind.firmness);
      }
    }
    const sp = data.spacingPt;
    // The space between two paragraphs is the larger of the first's "after" and the second's "before".
    if (sp !== null && next !== undefined && Math.max(p.spaceAfterPt, next.spaceBeforePt) < sp.min) {
      problems.push(`cách đoạn sau ${round(Math.max(p.spaceAfterPt, next.spaceBeforePt))} pt`);
      expected.push(`cách đoạn tối thiểu ${sp.min} pt`);
      props.spaceAfterPt = sp.min;
      firmness.push(sp.firmness);
    }
    const ls = data.lineSpacing;
    if (
      ls !== null &&
      p.lineSpacing.rule === "auto" &&
      (p.lineSpacing.value < ls.min - 0.01 || p.lineSpacing.value > ls.max + 0.01)
    ) {
      problems.push(`giãn dòng ${round(p.lineSpacing.value * 100) / 100} dòng`);
      expected.push(`giãn dòng ${ls.min}–${ls.max} dòng`);
      props.lineSpacing = p.lineSpacing.value < ls.min ? ls.min : ls.max;
      firmness.push(ls.firmness);
    }
    if (problems.length === 0) continue;
    ctx.report({
      messageId: "paragraph",
      data: { problems: problems.join(", "), expected: expected.join(", "), basis: ctx.basisShort },
      severity: firmness.includes("firm") ? severityFor("firm") : severityFor("practice"),
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Định dạng đoạn văn: ${expected.join(", ")}`,
        edits: [{ kind: "setParagraphFormat", paragraph: p.index, props }],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
