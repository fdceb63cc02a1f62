/**
 * page/numbers: page numbers from page 2, centred at the top (in the header), none on page 1; State: 13–14 pt.
 * A short draft (about one page) needs no page number.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { ALIGNMENT_NAME, basisOf, describeRange, inRange } from "../format";

export const meta: Rule["meta"] = {
  id: "page/numbers",
  area: "page",
  description: "Số trang: từ trang thứ hai, căn giữa ở đầu trang (lề trên), không đánh số trang đầu.",
  messages: {
    missing:
      "Văn bản nhiều trang nhưng không đánh số trang; {basis} yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên",
    footer: "Số trang đặt ở chân trang; {basis} yêu cầu đặt ở giữa phía trên (đầu trang)",
    firstPage: "Trang đầu cũng có số trang; {basis} yêu cầu không đánh số trang thứ nhất",
    alignment: "Số trang căn {actual}; {basis} yêu cầu căn giữa",
    size: "Số trang cỡ chữ {actual} pt; {basis} yêu cầu {expected} pt",
  },
};

/** Rough page count: about 2,500 characters or 40 paragraphs of text per A4 page. */
function probablyMultiPage(texts: string[]): boolean {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const lines = texts.filter((t) => t.trim() !== "").length;
  return chars / 2500 + lines / 40 > 1.2;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/numbers"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  for (const s of model.sections) {
    if (!s.known) continue;
    const paragraph = model.paragraphs.find((p) => p.section === s.index)?.index ?? null;
    const r = (messageId: string, extra: Record<string, string | number> = {}) =>
      ctx.report({ messageId, data: { basis: ctx.basisShort, ...extra }, severity, basis, paragraph });
    const headerNumbers = s.headers.filter((h) => h.hasPageNumber);
    const footerNumbers = s.footers.filter((h) => h.hasPageNumber);
    if (headerNumbers.length === 0 && footerNumbers.length === 0) {
      if (s.index === 0 && probablyMultiPage(model.paragraphs.map((p) => p.text))) r("missing");
      continue;
    }
    if (headerNumbers.length === 0 && data.place === "header") r("footer");
    const numbered = [...headerNumbers, ...footerNumbers];
    // Page 1 shows the "first" header when w:titlePg is set, the default one otherwise.
    const firstHasNumber = s.differentFirstPage
      ? numbered.some((h) => h.kind === "first")
      : numbered.some((h) => h.kind === "default");
    if (!data.firstPage && firstHasNumber && s.index === 0) r("firstPage");
    const main = numbered.find((h) => h.kind === "default") ?? numbered[0]!;
    if (main.pageNumberAlignment !== undefined && main.pageNumberAlignment !== data.alignment) {
      r("alignment", { actual: ALIGNMENT_NAME[main.pageNumberAlignment] });
    }
    if (data.sizePt !== null && main.pageNumberSizePt !== undefined && !inRange(main.pageNumberSizePt, data.sizePt)) {
      r("size", { actual: main.pageNumberSizePt, expected: describeRange(data.sizePt) });
    }
  }
};

export const rule: Rule = { meta, check };
