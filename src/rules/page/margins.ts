/** page/margins: top, bottom, left, right margins within the profile's ranges (±1 mm). */
import type { Rule } from "../types";
import { severityFor } from "../types";
import type { Range } from "../profiles";
import type { Fix } from "../fix";
import { round1 } from "./size";

export const meta: Rule["meta"] = {
  id: "page/margins",
  area: "page",
  description: "Định lề trang văn bản (trên, dưới, trái, phải) theo quy định.",
  messages: {
    wrongMargin: "Lề {side} {actual} mm; {basis} yêu cầu {expected}",
  },
};

const SIDES = [
  ["topMm", "trên"],
  ["bottomMm", "dưới"],
  ["leftMm", "trái"],
  ["rightMm", "phải"],
] as const;

function describe(r: Range): string {
  return r.min === r.max ? `${r.min} mm` : `${r.min}–${r.max} mm`;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/margins"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  for (const s of model.sections) {
    if (!s.known) continue; // page/size already says the page setup could not be read
    const paragraph = model.paragraphs.find((p) => p.section === s.index)?.index ?? null;
    // One fix for the whole section: every margin brought into its range (the nearest allowed value).
    const clamp = (v: number, r: Range): number => (v < r.min ? r.min : v > r.max ? r.max : v);
    const fix: Fix = {
      title: "Đặt lề trang theo quy định",
      edits: [
        {
          kind: "setPageMargins",
          section: s.index,
          marginsMm: {
            top: clamp(s.margins.topMm, data.topMm),
            bottom: clamp(s.margins.bottomMm, data.bottomMm),
            left: clamp(s.margins.leftMm, data.leftMm),
            right: clamp(s.margins.rightMm, data.rightMm),
          },
        },
      ],
    };
    for (const [key, side] of SIDES) {
      const actual = s.margins[key];
      const range = data[key];
      if (actual < range.min - data.toleranceMm || actual > range.max + data.toleranceMm) {
        ctx.report({
          messageId: "wrongMargin",
          data: { side, actual: round1(actual), expected: describe(range), basis: ctx.basisShort },
          severity: severityFor(data.firmness),
          basis,
          paragraph,
          fix,
        });
      }
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
