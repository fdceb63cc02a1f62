/**
 * recipients/archive: the last recipient line is the archive line. Party: "- Lưu Văn phòng Huyện ủy." State:
 * "- Lưu: VT, <unit>." (colon, VT for văn thư, then the drafting unit). The line may end with the drafter's mark,
 * as NĐ 30 describes it (the drafter's initials and the number of copies): "- Lưu: VT, NC.Châu" with the initials
 * in subscript, "- Lưu: VT, VX.Tr.", "- Lưu: VT, NC, Châu (02b).", "- Lưu: VT, HC (2).". The mark is not a unit.
 */
import type { Paragraph } from "../../model/document";
import { normalizeForMatch } from "../../model/text";
import { severityFor, type Rule } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf } from "../format";
import { ARCHIVE_LINE, recipientEntries, runsIn, type TextPiece } from "../../model/structure/recipients";
import { replaceAt } from "../pieces";

export const meta: Rule["meta"] = {
  id: "recipients/archive",
  area: "recipients",
  description: "Dòng lưu văn bản (“- Lưu ...”) là dòng cuối của nơi nhận, viết đúng thể thức.",
  messages: {
    missing: "Nơi nhận thiếu dòng lưu văn bản (“{example}”) ở cuối; {basis} yêu cầu",
    notLast: "Dòng “{line}” không phải dòng cuối của nơi nhận; {basis} yêu cầu dòng lưu ở cuối",
    colon: "Dòng lưu “{line}” thiếu dấu hai chấm sau “Lưu”; {basis} viết “{example}”",
    noVT: "Dòng lưu “{line}” thiếu “VT” (văn thư); {basis} viết “{example}”",
    noUnit: "Dòng lưu “{line}” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; {basis} viết “{example}”",
  },
};

/** The archive line a Party committee writes: "Lưu Văn phòng Huyện ủy" from "HUYỆN ỦY LỤC NAM". */
export function partyArchiveUnit(issuer: string | undefined): string | undefined {
  if (issuer === undefined) return undefined;
  const m = /^(tỉnh|huyện|thành|thị|quận|đảng) uỷ(?=\s|$)/.exec(normalizeForMatch(issuer));
  if (m === null) return undefined;
  const level = m[1]!;
  return `Văn phòng ${level.charAt(0).toUpperCase()}${level.slice(1)} ủy`;
}

/** The count of copies or the drafter's initials in brackets at the end: "(02b)", "(2)", "(30 bản)", "(M.Anh)". */
const COPIES = /\s*\([^()]*\)(?=[\s.,;]*$)/u;
/** Initials glued after the last unit's period: "NC.Châu", "VX.Tr.", "NCKS. Hg". */
const GLUED_INITIALS = /(?<=[\p{Lu}\d]{2}\.)\s?\p{Lu}\p{Ll}*\.?\s*$/u;

/**
 * The archive line's text without the drafter's mark (subscript or superscript runs at its end, a count of copies or
 * initials in brackets, initials glued after the last unit): "- Lưu: VT, NC.Châu" → "- Lưu: VT, NC."; "- Lưu: VT, HC (2)." → "- Lưu: VT,
 * HC.". `length` is how much of the piece's text the rest takes (the end a fix may touch).
 */
export function withoutDrafterMark(p: Paragraph, x: TextPiece): { text: string; length: number } {
  let text = x.text;
  const runs = runsIn(p, x);
  for (let k = runs.length - 1; k >= 0 && runs[k]!.vertAlign !== undefined; k--)
    text = text.slice(0, Math.max(0, text.length - runs[k]!.text.length));
  text = text.trimEnd();
  const length = text.length;
  return { text: text.replace(COPIES, "").replace(GLUED_INITIALS, "").trimEnd(), length };
}

/** The units after "Lưu:" ("VT", "NC" ...), without the drafter's mark. */
function archiveItems(core: string): string[] {
  const items = core
    .replace(ARCHIVE_LINE, "")
    .replace(/^\s*:?\s*/u, "")
    .replace(/[.;,\s]+$/u, "")
    .split(/\s*[,;]\s*|\.\s+/u)
    .filter(Boolean);
  // A last item that is one capitalised word ("NC, Châu") is the drafter's name, not a unit.
  if (items.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(items[items.length - 1]!)) items.pop();
  return items;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/archive"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const r = ctx.structure.recipients;
  const entries = recipientEntries(model.paragraphs, r);
  if (r.label === undefined || entries.length === 0) return;
  const lastEntry = entries[entries.length - 1]!;
  const common = { example: data.example, basis: ctx.basisShort };
  const archive = entries.filter((e) => ARCHIVE_LINE.test(e.text));
  if (archive.length === 0) {
    const issuerIdx = ctx.structure.header.issuer[ctx.structure.header.issuer.length - 1];
    const issuer = issuerIdx === undefined ? undefined : model.paragraphs[issuerIdx]!.text;
    const text =
      ctx.profileId === "state"
        ? "- Lưu: VT."
        : partyArchiveUnit(issuer) === undefined
          ? undefined
          : `- Lưu ${partyArchiveUnit(issuer)}.`;
    const x = lastEntry.pieces[lastEntry.pieces.length - 1]!;
    const last = model.paragraphs[x.paragraph]!;
    const trail = /[\s,;.:]*$/u.exec(x.text)![0];
    const lineEnd = ctx.profile.rules["recipients/punctuation"].lineEnd;
    const end = replaceAt(last, x.end - trail.length, x.end, lineEnd, x.start, x.end);
    ctx.report({
      messageId: "missing",
      data: common,
      severity,
      basis,
      paragraph: x.paragraph,
      excerpt: excerptOf(last.text),
      ...(text === undefined || end === undefined
        ? {}
        : {
            fix: {
              title: `Thêm dòng “${text}”`,
              edits: [end, { kind: "insertParagraphAfter" as const, paragraph: x.paragraph, text }],
            },
          }),
    });
    return;
  }
  for (const e of archive) {
    const x = e.pieces[0]!;
    const p = model.paragraphs[x.paragraph]!;
    const line = excerptOf(e.text, 60);
    const excerpt = excerptOf(p.text);
    if (e !== lastEntry) {
      ctx.report({
        messageId: "notLast",
        data: { ...common, line },
        severity,
        basis,
        paragraph: x.paragraph,
        excerpt,
      });
      continue;
    }
    const tail = e.pieces[e.pieces.length - 1]!;
    const core =
      e.pieces.length === 1
        ? withoutDrafterMark(p, x).text
        : `${e.pieces
            .slice(0, -1)
            .map((y) => y.text)
            .join(" ")} ${withoutDrafterMark(model.paragraphs[tail.paragraph]!, tail).text}`;
    const after = core.replace(ARCHIVE_LINE, "");
    if (data.colon && !/^\s*:/u.test(after)) {
      const m = /Lưu\s*/u.exec(x.text)!;
      const edit = replaceAt(p, x.start + m.index, x.start + m.index + m[0].length, "Lưu: ", x.start, x.end);
      ctx.report({
        messageId: "colon",
        data: { ...common, line },
        severity,
        basis,
        paragraph: x.paragraph,
        excerpt,
        ...(edit === undefined ? {} : { fix: { title: "Thêm dấu hai chấm sau “Lưu”", edits: [edit] } }),
      });
    }
    const items = archiveItems(core);
    if (data.requireVT && !items.some((y) => y.toUpperCase() === "VT")) {
      ctx.report({
        messageId: "noVT",
        data: { ...common, line },
        severity,
        basis,
        paragraph: x.paragraph,
        excerpt,
      });
    } else if (data.requireUnit && items.filter((y) => y.toUpperCase() !== "VT").length === 0) {
      ctx.report({
        messageId: "noUnit",
        data: { ...common, line },
        severity,
        basis,
        paragraph: x.paragraph,
        excerpt,
      });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
