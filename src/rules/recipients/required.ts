/**
 * recipients/required: the recipients the recipient policy requires for this profile and type. The policy is the
 * directive source's own (derived from its closing paragraph, ctx.settings.recipientPolicy) or, for the seed, the
 * shipped src/rules/data/recipient-policy.json: the provincial leadership first, with "(b/c)", and Văn phòng Tỉnh ủy.
 * The issuing body's own level (the provincial committee itself) is exempt.
 */
import { ARCHIVE_LINE } from "../../model/structure/recipients";
import { normalizeForMatch } from "../../model/text";
import { partText } from "../../model/structure/header";
import { RECIPIENT_POLICY } from "../data";
import type { SourceRecipient, SourceRecipientPolicy } from "../../directives/types";
import type { FixEdit } from "../../model/fix";
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "recipients/required",
  area: "recipients",
  description:
    "Nơi nhận bắt buộc theo chính sách nơi nhận (mặc định: Thường trực/Ban Thường vụ Tỉnh ủy (b/c), Văn phòng Tỉnh ủy).",
  messages: {
    missing: "Nơi nhận thiếu “{name}”; {basis}",
    noMark: "Nơi nhận “{line}” thiếu “(b/c)” (báo cáo); {basis}",
    notFirst: "“{name}” phải là nơi nhận đầu tiên (hiện ở dòng thứ {position}); {basis}",
  },
};

/** Whole-word containment on normalised text: "btv tỉnh uỷ" in "các đồng chí btv tỉnh uỷ". */
function containsWords(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

export function matchesRecipient(line: string, rec: SourceRecipient): boolean {
  const key = normalizeForMatch(line);
  return rec.anyOf.some((a) => containsWords(key, normalizeForMatch(a)));
}

export const check: Rule["check"] = (model, ctx) => {
  const policy: SourceRecipientPolicy = ctx.settings.recipientPolicy ?? RECIPIENT_POLICY;
  const r = ctx.structure.recipients;
  if (r.label === undefined || ctx.documentType === "other") return;
  const ids = policy.profiles[ctx.profileId]?.[ctx.documentType] ?? [];
  if (ids.length === 0) return;
  // The issuing body's own text: on a tab-split header line the paragraph also holds the national title.
  const h = ctx.structure.header;
  const issuerLines =
    h.parts !== undefined && h.parts.issuer.length > 0
      ? h.parts.issuer.map((part) => partText(model.paragraphs, part))
      : h.issuer.map((i) => model.paragraphs[i]!.text);
  // The issuing body's own line, and with the line above it: "VĂN PHÒNG" under "HUYỆN ỦY LỤC NAM" is Văn phòng Huyện ủy.
  const own = issuerLines.at(-1);
  const issuers =
    own === undefined
      ? []
      : [own, ...(issuerLines.length > 1 ? [`${own} ${issuerLines.at(-2)!}`] : [])].map((t) => normalizeForMatch(t));
  const exempt = policy.exemptIssuers.map((e) => normalizeForMatch(e));
  if (issuers.some((issuer) => exempt.some((e) => issuer.startsWith(e)))) return;
  const severity = severityFor(policy.firmness);
  const lines = r.lines.map((i) => model.paragraphs[i]!);
  const punct = ctx.profile.rules["recipients/punctuation"];
  for (const id of ids) {
    const rec = policy.recipients[id];
    if (rec === undefined) continue;
    const basis = rec.basis ?? policy.basis;
    const k = lines.findIndex((p) => matchesRecipient(p.text, rec));
    if (k < 0) {
      // Insert where it belongs: first (after the label) or after the leadership line / before the archive line.
      const firstIsLeader = lines[0] !== undefined && !ARCHIVE_LINE.test(lines[0].text);
      const anchor = rec.position === "first" || !firstIsLeader ? r.label : lines[0]!.index;
      const like = lines.find((p) => !ARCHIVE_LINE.test(p.text))?.index ?? lines[0]?.index;
      const edit: FixEdit = {
        kind: "insertParagraphAfter",
        paragraph: anchor,
        text: `${punct.linePrefix}${rec.insert}${punct.lineEnd}`,
        ...(like === undefined ? {} : { like }),
      };
      ctx.report({
        messageId: "missing",
        data: { name: rec.name, basis },
        severity,
        basis,
        paragraph: r.label,
        excerpt: excerptOf(model.paragraphs[r.label]!.text),
        fix: { title: `Thêm nơi nhận “${rec.insert}”`, edits: [edit] },
      });
      continue;
    }
    const p = lines[k]!;
    const line = excerptOf(p.text.trim(), 60);
    if (rec.mark.length > 0 && !rec.mark.some((m) => p.text.includes(m))) {
      const core = p.text.replace(/[\s,;.:]*$/u, "");
      const tail = core.slice(-Math.min(core.length, 12));
      const trail = p.text.slice(core.length);
      ctx.report({
        messageId: "noMark",
        data: { line, basis },
        severity,
        basis,
        paragraph: p.index,
        excerpt: excerptOf(p.text),
        fix: {
          title: `Thêm “${rec.mark[0]}”`,
          edits: [
            { kind: "replaceText", paragraph: p.index, find: tail + trail, replace: `${tail} ${rec.mark[0]}${trail}` },
          ],
        },
      });
    }
    if (rec.position === "first" && k !== 0) {
      ctx.report({
        messageId: "notFirst",
        data: { name: rec.name, position: k + 1, basis },
        severity,
        basis,
        paragraph: p.index,
        excerpt: excerptOf(p.text),
      });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
