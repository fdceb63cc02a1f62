/**
 * recipients/archive: the last recipient line is the archive line. Party: "- Lưu Văn phòng Huyện ủy." State:
 * "- Lưu: VT, <unit>." (colon, VT for văn thư, then the drafting unit).
 */
import { normalizeForMatch } from "../../model/text";
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { basisOf } from "../format";

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

const ARCHIVE = /^\s*[-–+•]?\s*Lưu\b/iu;

/** The archive line a Party committee writes: "Lưu Văn phòng Huyện ủy" from "HUYỆN ỦY LỤC NAM". */
export function partyArchiveUnit(issuer: string | undefined): string | undefined {
  if (issuer === undefined) return undefined;
  const m = /^(tỉnh|huyện|thành|thị|quận|đảng) uỷ(?=\s|$)/.exec(normalizeForMatch(issuer));
  if (m === null) return undefined;
  const level = m[1]!;
  return `Văn phòng ${level.charAt(0).toLocaleUpperCase("vi")}${level.slice(1)} ủy`;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/archive"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const r = ctx.structure.recipients;
  if (r.label === undefined || r.lines.length === 0) return;
  const archive = r.lines.filter((i) => ARCHIVE.test(model.paragraphs[i]!.text));
  const lastIdx = r.lines[r.lines.length - 1]!;
  const common = { example: data.example, basis: ctx.basisShort };
  if (archive.length === 0) {
    const issuerIdx = ctx.structure.header.issuer[ctx.structure.header.issuer.length - 1];
    const issuer = issuerIdx === undefined ? undefined : model.paragraphs[issuerIdx]!.text;
    const text =
      ctx.profileId === "state"
        ? "- Lưu: VT."
        : partyArchiveUnit(issuer) === undefined
          ? undefined
          : `- Lưu ${partyArchiveUnit(issuer)}.`;
    const last = model.paragraphs[lastIdx]!;
    const lastText = last.text.replace(/\s+$/u, "");
    const trail = /[\s,;.:]*$/u.exec(lastText)![0];
    const core = lastText.slice(0, lastText.length - trail.length).slice(-12);
    const lineEnd = ctx.profile.rules["recipients/punctuation"].lineEnd;
    ctx.report({
      messageId: "missing",
      data: common,
      severity,
      basis,
      paragraph: lastIdx,
      excerpt: excerptOf(last.text),
      ...(text === undefined
        ? {}
        : {
            fix: {
              title: `Thêm dòng “${text}”`,
              edits: [
                { kind: "replaceText" as const, paragraph: lastIdx, find: core + trail, replace: core + lineEnd },
                { kind: "insertParagraphAfter" as const, paragraph: lastIdx, text },
              ],
            },
          }),
    });
    return;
  }
  for (const i of archive) {
    const p = model.paragraphs[i]!;
    const line = excerptOf(p.text.trim(), 60);
    const excerpt = excerptOf(p.text);
    if (i !== lastIdx) {
      ctx.report({ messageId: "notLast", data: { ...common, line }, severity, basis, paragraph: i, excerpt });
      continue;
    }
    const after = p.text.replace(ARCHIVE, "");
    if (data.colon && !/^\s*:/.test(after)) {
      const m = /Lưu\s*/u.exec(p.text)!;
      ctx.report({
        messageId: "colon",
        data: { ...common, line },
        severity,
        basis,
        paragraph: i,
        excerpt,
        fix: {
          title: "Thêm dấu hai chấm sau “Lưu”",
          edits: [{ kind: "replaceText", paragraph: i, find: m[0], replace: "Lưu: " }],
        },
      });
    }
    const items = after
      .replace(/^\s*:?\s*/, "")
      .replace(/[.;,\s]+$/u, "")
      .split(/\s*,\s*/)
      .filter(Boolean);
    if (data.requireVT && !items.some((x) => x.toUpperCase() === "VT")) {
      ctx.report({ messageId: "noVT", data: { ...common, line }, severity, basis, paragraph: i, excerpt });
    } else if (data.requireUnit && items.filter((x) => x.toUpperCase() !== "VT").length === 0) {
      ctx.report({ messageId: "noUnit", data: { ...common, line }, severity, basis, paragraph: i, excerpt });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
