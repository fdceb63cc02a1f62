/**
 * recipients/punctuation: every recipient entry starts with "- "; it ends with "," (Party) or ";" (State); the last
 * entry ends with ".". An entry wrapped over two lines ("- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;")
 * is judged at its end; the drafter's mark after the archive line ("NC.Châu", "(02b)") is not its punctuation.
 */
import { severityFor, type Rule } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf } from "../format";
import { ARCHIVE_LINE, recipientEntries } from "../../model/structure/recipients";
import { calibratedSeverity, replaceAt } from "../pieces";
import { withoutDrafterMark } from "./archive";

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
  const entries = recipientEntries(model.paragraphs, ctx.structure.recipients);
  entries.forEach((e, k) => {
    const first = e.pieces[0]!;
    const p = model.paragraphs[first.paragraph]!;
    const line = excerptOf(e.text, 60);
    const excerpt = excerptOf(p.text);
    const lead = /^([-–—+•*])?\s*/u.exec(first.text)![0];
    // A Word list item shows its bullet from the numbering: its text has no dash to check.
    if (!e.listItem && lead !== data.linePrefix) {
      const edit = replaceAt(p, first.start, first.start + lead.length, data.linePrefix, first.start, first.end);
      ctx.report({
        messageId: "prefix",
        data: { line, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: first.paragraph,
        excerpt,
        ...(edit === undefined ? {} : { fix: { title: `Bắt đầu dòng bằng “${data.linePrefix}”`, edits: [edit] } }),
      });
    }
    const last = k === entries.length - 1;
    const expected = last ? data.lastEnd : data.lineEnd;
    // The drafter's mark after the archive line is not its punctuation: judge the text before it, on the line above
    // when the mark has a line of its own ("- Lưu: VT, NC." Shift+Enter "Châu" in subscript).
    const archive = last && ARCHIVE_LINE.test(e.text);
    let j = e.pieces.length - 1;
    while (archive && j > 0 && withoutDrafterMark(model.paragraphs[e.pieces[j]!.paragraph]!, e.pieces[j]!).text === "")
      j--;
    const x = e.pieces[j]!;
    const q = model.paragraphs[x.paragraph]!;
    const { text, length } = archive ? withoutDrafterMark(q, x) : { text: x.text, length: x.text.length };
    const actual = TRAILING.exec(text)![0].trim();
    if (actual === expected) return;
    // The fix puts the mark at the end of the text, before a subscript mark ("NC" + "." + "Châu"), after a count.
    const full = x.text.slice(0, length);
    const trail = TRAILING.exec(full)![0];
    const from = x.start + length - trail.length;
    const edit = replaceAt(q, from, x.start + length, expected, x.start, x.start + length);
    ctx.report({
      messageId: actual === "" ? "noEnd" : "end",
      data: { line, actual, expected, basis: ctx.basisShort },
      severity: last ? severity : (calibratedSeverity(data.wrongLineEnd) ?? severity),
      basis,
      paragraph: x.paragraph,
      excerpt: excerptOf(q.text),
      ...(edit === undefined ? {} : { fix: { title: `Kết thúc dòng bằng “${expected}”`, edits: [edit] } }),
    });
  });
};

export const rule: Rule = { meta, check, fixable: true };
