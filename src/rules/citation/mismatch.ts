/**
 * citation/mismatch: a document of the citation register (src/rules/data/citation-register.json) cited with another
 * type, date or issuer than the register's; the provincial plan cited with another period or vision year. An error:
 * a wrong reference in a signed document is a real defect. No fix: the register's value is given as a suggestion.
 */
import { normalizeForMatch } from "../../model/text";
import { CITATION_REGISTER } from "../data";
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";
import { displayDate, findCitations } from "./parse";

export const meta: Rule["meta"] = {
  id: "citation/mismatch",
  area: "citation",
  description: "Văn bản được trích dẫn (Nghị quyết 11-NQ/TW, Chỉ thị 26-CT/TU ...) đúng loại, ngày, cơ quan ban hành.",
  messages: {
    date: "{kind} số {number} ghi ngày {actual}; theo danh mục là ngày {expected} (của {issuer}) — đề nghị sửa thành “ngày {expected}”",
    issuer: "{kind} số {number} ghi “của {actual}”; theo danh mục là văn bản của {expected}",
    kind: "Văn bản số {number} ghi là “{actual}”; theo danh mục là {expected}",
    plan: "Quy hoạch tỉnh ghi “{actual}”; Quy hoạch tỉnh là thời kỳ {period}, tầm nhìn đến năm {vision}",
  },
};

const BASIS = `${CITATION_REGISTER.basis}`;
const PLAN =
  /Quy hoạch tỉnh(?: Bắc Giang)?\s+thời kỳ\s+(\d{4})\s*[-–]\s*(\d{4})(?:,?\s*tầm nhìn đến năm\s+(\d{4}))?/giu;

export const check: Rule["check"] = (model, ctx) => {
  const reg = CITATION_REGISTER;
  const byNumber = new Map(reg.documents.map((d) => [d.number.toUpperCase(), d]));
  const known = reg.knownIssuers.map((k) => normalizeForMatch(k));
  for (const p of model.paragraphs) {
    if (p.text.length < 12) continue;
    for (const c of p.text.includes("/") ? findCitations(p.text) : []) {
      const entry = byNumber.get(c.number);
      if (entry === undefined) continue;
      const excerpt = excerptOf(c.text);
      const report = (messageId: string, data: Record<string, string>) =>
        ctx.report({
          messageId,
          data: { number: entry.number, kind: entry.kind, ...data },
          severity: "error",
          basis: BASIS,
          paragraph: p.index,
          excerpt,
        });
      if (normalizeForMatch(c.kind) !== normalizeForMatch(entry.kind)) {
        report("kind", { actual: c.kind, expected: entry.kind.toLowerCase() });
      }
      if (c.date !== undefined && c.date !== entry.date) {
        report("date", { actual: c.dateText ?? "", expected: displayDate(entry.date), issuer: entry.issuer });
      }
      if (c.issuerText !== undefined) {
        const written = normalizeForMatch(c.issuerText);
        const accepted = [entry.issuer, ...entry.issuerAliases].map((x) => normalizeForMatch(x));
        const ok = accepted.some((a) => written === a || written.startsWith(a + " "));
        // Only a known issuer that is not the register's is a contradiction ("của Tỉnh ủy về ..." is fine for 233-NQ/TU).
        const other = known.find((k) => written === k || written.startsWith(k + " "));
        if (!ok && other !== undefined) report("issuer", { actual: c.issuerText, expected: entry.issuer });
      }
    }
    // The register's provincial plan is named with a capital ("Quy hoạch tỉnh"); "quy hoạch tỉnh thời kỳ 2011-2020"
    // in lower case is the common noun, often an earlier period's plan cited on purpose: never an error.
    if (p.text.includes("Quy hoạch tỉnh")) {
      PLAN.lastIndex = 0;
      for (let m = PLAN.exec(p.text); m !== null; m = PLAN.exec(p.text)) {
        if (!m[0].startsWith("Quy hoạch tỉnh")) continue;
        const period = `${m[1]}-${m[2]}`;
        const plan = reg.provincialPlan;
        if (period !== plan.period || (m[3] !== undefined && m[3] !== plan.visionYear)) {
          ctx.report({
            messageId: "plan",
            data: { actual: m[0], period: plan.period, vision: plan.visionYear },
            severity: "error",
            basis: BASIS,
            paragraph: p.index,
            excerpt: excerptOf(m[0]),
          });
        }
      }
    }
  }
};

export const rule: Rule = { meta, check };
