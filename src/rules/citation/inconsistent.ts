/**
 * citation/inconsistent: every mention of the directive source ("Kết luận số 125-KL/TU ngày 05/9/2023", or for another
 * source "Nghị quyết số 05-NQ/HU ...": its type and symbol code from ctx.settings.sourceDocument) in one draft
 * carries the same number and date, and (when the user gave them) the number and date of the settings.
 */
import { CITATION_REGISTER } from "../data";
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";
import { displayDate, findCitations, parseUserDate, type Citation } from "./parse";

export const meta: Rule["meta"] = {
  id: "citation/inconsistent",
  area: "citation",
  description: "Số và ngày của Kết luận được trích dẫn thống nhất trong toàn văn bản (và khớp thiết lập, nếu có).",
  messages: {
    number: "{kind} ghi số {actual}; nơi khác trong văn bản ghi số {expected}",
    date: "{kind} số {number} ghi ngày {actual}; nơi khác trong văn bản ghi ngày {expected}",
    settingNumber: "{kind} ghi số {actual}; theo thiết lập, {kind} là số {expected}",
    settingDate: "{kind} số {number} ghi ngày {actual}; theo thiết lập, {kind} ngày {expected}",
  },
};

const SEED = { kind: "Kết luận", name: "Kết luận của Ban Chấp hành Đảng bộ tỉnh" };
const RULE = "mọi lần trích dẫn trong một văn bản phải cùng số, cùng ngày";

export const check: Rule["check"] = (model, ctx) => {
  const source = ctx.settings.sourceDocument;
  const kindName = source?.kind ?? SEED.kind;
  const kind = kindName.toLowerCase();
  const code = (source?.code ?? CITATION_REGISTER.conclusionCode).toUpperCase();
  const basis = `${source?.name ?? SEED.name}: ${RULE}`;
  const known = new Set(CITATION_REGISTER.documents.map((d) => d.number.toUpperCase()));
  const mentions: { c: Citation; paragraph: number }[] = [];
  for (const p of model.paragraphs) {
    if (!p.text.includes("/") || !p.text.toLowerCase().includes(kind)) continue;
    for (const c of findCitations(p.text)) {
      if (c.kind.toLowerCase() !== kind || !c.number.endsWith("-" + code) || known.has(c.number)) continue;
      mentions.push({ c, paragraph: p.index });
    }
  }
  if (mentions.length === 0) return;
  const setting = ctx.settings.conclusion;
  const settingNumber = setting?.number?.trim().toUpperCase();
  const settingDate = parseUserDate(setting?.date);
  // The reference number: the setting, else the most frequent one (the first on a tie).
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.c.number, (count.get(m.c.number) ?? 0) + 1);
  const majority = [...count.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const refNumber = settingNumber ?? majority;
  const dated = mentions.filter((m) => m.c.number === refNumber && m.c.date !== undefined);
  const dcount = new Map<string, number>();
  for (const m of dated) dcount.set(m.c.date!, (dcount.get(m.c.date!) ?? 0) + 1);
  const majorityDate = dcount.size === 0 ? undefined : [...dcount.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const refDate = settingDate ?? majorityDate;
  for (const { c, paragraph } of mentions) {
    const excerpt = excerptOf(c.text);
    if (c.number !== refNumber) {
      ctx.report({
        messageId: settingNumber !== undefined ? "settingNumber" : "number",
        data: { kind: kindName, actual: c.number, expected: refNumber },
        severity: "error",
        basis,
        paragraph,
        excerpt,
      });
      continue;
    }
    if (c.date !== undefined && refDate !== undefined && c.date !== refDate) {
      ctx.report({
        messageId: settingDate !== undefined ? "settingDate" : "date",
        data: { kind: kindName, number: c.number, actual: c.dateText ?? "", expected: displayDate(refDate) },
        severity: "error",
        basis,
        paragraph,
        excerpt,
      });
    }
  }
};

export const rule: Rule = { meta, check };
