/**
 * signature/prefix: Party "T/M", "K/T", "T/L" (with a slash; a cấp ủy never uses "K/T": a deputy signs
 * "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ"); State "TM.", "KT.", "TL.", "TUQ.", "Q." (with a period).
 */
import { isUpperCaseVietnamese, normalizeForMatch } from "../../model/text";
import type { Rule, RuleContext } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { lowerFirst, basisOf } from "../format";
import { SIGNATURE_PREFIX } from "../../model/structure";
import { signatureLines } from "../../model/structure/recipients";
import { replaceAt } from "../pieces";

export const meta: Rule["meta"] = {
  id: "signature/prefix",
  area: "signature",
  description: "Chữ viết tắt quyền hạn ký (T/M, K/T, T/L của Đảng; TM., KT., TL., TUQ., Q. của Nhà nước).",
  messages: {
    wrongForm: "Quyền hạn ký viết “{actual}”; {profileName} viết “{expected}”",
    committeeKT:
      "Cấp ủy không ký thay (“{actual}”); {basis}: cấp phó ký “T/M BAN THƯỜNG VỤ” (hoặc “T/M HUYỆN ỦY”...) rồi ghi chức vụ “PHÓ BÍ THƯ”",
    committeeMissing:
      "Văn bản của cấp ủy thiếu dòng “T/M ...” (thay mặt) trước chức vụ người ký “{actual}”; {basis} yêu cầu ghi “T/M BAN THƯỜNG VỤ” hoặc “T/M {issuer}”",
  },
};

/** The letters of a written prefix: "T/M", "TM.", "T.M", "TM" → "TM". */
const letters = (s: string): string => s.replace(/[^A-Z]/g, "");

/** The issuing body is a Party committee (tỉnh ủy, huyện ủy, thành ủy, đảng ủy...), not a ban or an office. */
export function issuerIsCommittee(ctx: RuleContext, issuerText: string | undefined): boolean {
  if (issuerText === undefined) return false;
  const key = normalizeForMatch(issuerText);
  return ctx.profileId === "party" && /^(tỉnh|huyện|thành|thị|quận|đảng) uỷ(?=\s|$)/.test(key) && !/^ban\b/.test(key);
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["signature/prefix"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const sig = ctx.structure.signature;
  const issuerIdx = ctx.structure.header.issuer[ctx.structure.header.issuer.length - 1];
  const issuer = issuerIdx === undefined ? undefined : model.paragraphs[issuerIdx]!.text.trim();
  const committee = issuerIsCommittee(ctx, issuer);
  const lines = signatureLines(model.paragraphs, ctx.structure.recipients, sig);
  if (sig.prefix === undefined) {
    const first = lines[0];
    if (committee && data.committeePrefixRequired && first !== undefined) {
      const p = model.paragraphs[first.paragraph]!;
      ctx.report({
        messageId: "committeeMissing",
        data: { actual: first.text, issuer: issuer ?? "", basis: ctx.basisShort },
        severity,
        basis,
        paragraph: first.paragraph,
        excerpt: excerptOf(p.text),
      });
    }
    return;
  }
  // Every prefix line of the block ("TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH"); the first may share its paragraph
  // with the label, after tabs.
  for (const line of lines) {
    if (!SIGNATURE_PREFIX.test(line.text) || !isUpperCaseVietnamese(line.text.replace(/[^\p{L}]/gu, ""))) continue;
    const p = model.paragraphs[line.paragraph]!;
    const m = SIGNATURE_PREFIX.exec(line.text)!;
    const written = m[0].trim();
    const key = letters(written);
    const canonical = data.forms.find((f) => letters(f) === key);
    const excerpt = excerptOf(p.text);
    if (canonical === undefined) {
      // A prefix of the other profile with no equivalent here ("TUQ." in a Party document): report, no fix.
      ctx.report({
        messageId: "wrongForm",
        data: { actual: written, expected: data.forms.join("”, “"), profileName: lowerFirst(ctx.profile.name) },
        severity,
        basis,
        paragraph: p.index,
        excerpt,
      });
      continue;
    }
    if (committee && data.committeeForbids.includes(canonical)) {
      ctx.report({
        messageId: "committeeKT",
        data: { actual: written, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: p.index,
        excerpt,
      });
      continue;
    }
    const rest = line.text.slice(m.index + m[0].length);
    const needsSpace = rest !== "" && !/^\s/.test(rest);
    if (written === canonical && !needsSpace) continue;
    const at = line.start + m.index;
    const replace = m[0].replace(written, canonical) + (needsSpace ? " " : "");
    const edit = replaceAt(p, at, at + m[0].length, replace, line.start, line.end);
    // the right prefix typed without its space ("KT.TRƯỞNG PHÒNG"): a slip of typing, said with the word it is glued to
    const glued = written === canonical;
    const word = glued ? /^\S+/.exec(rest)![0] : "";
    ctx.report({
      messageId: "wrongForm",
      data: {
        actual: glued ? `${written}${word}` : written,
        expected: glued ? `${canonical} ${word}` : canonical,
        profileName: lowerFirst(ctx.profile.name),
      },
      severity: glued ? "warning" : severity,
      basis,
      paragraph: p.index,
      excerpt,
      ...(edit === undefined ? {} : { fix: { title: `Sửa thành “${canonical}”`, edits: [edit] } }),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
