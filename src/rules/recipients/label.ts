/**
 * recipients/label: "Nơi nhận:" with its colon; Party 14 pt underlined, not bold, not italic; State 12 pt bold italic.
 * The format is judged on the label's words: Word users often type the colon in the body's size and style, and the
 * label may share its paragraph with the first recipient (after a line break) or the signature (after tabs).
 */
import { severityFor, type Rule } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { LABEL_WORDS, recipientsLabelPiece, type TextPiece } from "../../model/structure/recipients";
import { calibratedSeverity, checkPiecesFormat, replaceAt } from "../pieces";

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
  const r = ctx.structure.recipients;
  const label = recipientsLabelPiece(model.paragraphs, r);
  if (label === undefined) return; // recipients/block reports a missing block
  const p = model.paragraphs[label.paragraph]!;
  // "Nơi nhận :" with a space before the colon reads as "Nơi nhận:": spaces are not the label's text.
  const written = label.text.replace(/\s+/gu, " ").replace(/ :$/u, ":");
  if (written !== data.text) {
    const edit = replaceAt(p, label.start, label.end, data.text, label.start, label.end);
    ctx.report({
      messageId: "text",
      data: { actual: label.text, expected: data.text, basis: ctx.basisShort },
      severity: severityFor(data.firmness),
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      ...(edit === undefined ? {} : { fix: { title: `Sửa thành “${data.text}”`, edits: [edit] } }),
    });
  }
  const m = LABEL_WORDS.exec(label.text)!;
  const words: TextPiece = {
    paragraph: p.index,
    start: label.start + m.index,
    end: label.start + m.index + m[0].length,
    text: m[0],
  };
  checkPiecesFormat(ctx, p, [words], "Chữ “Nơi nhận:”", data.format, data.firmness, basis, {
    severity: (messageId) => (messageId === "wrongSize" ? calibratedSeverity(data.wrongSize) : undefined),
    scope: [label],
  });
};

export const rule: Rule = { meta, check, fixable: true };
