/**
 * page/margins: top, bottom, left, right margins within the profile's ranges (±1 mm).
 *
 * Calibrated on issued documents (the profile's `deviation`): a margin a little outside its range, or a bottom margin
 * that the text of a section shorter than a page never reaches, is a warning; further out it is the rule's severity. A
 * landscape section laid out around a table (allowed by page/size) is judged with its sides turned and only warned.
 */
import type { Section } from "../../model/document";
import type { Rule } from "../types";
import { severityOf, severityFor } from "../types";
import type { Range } from "../profiles";
import type { Fix } from "../../model/fix";
import { firstParagraphOf, groupSections, isTableSection, round1, whereSections } from "./size";
import { estimatePages, MULTI_PAGE } from "./numbers";

export const meta: Rule["meta"] = {
  id: "page/margins",
  area: "page",
  description: "Định lề trang văn bản (trên, dưới, trái, phải) theo quy định.",
  messages: {
    wrongMargin: "Lề {side} {actual} mm{pushed}{where}; {basis} yêu cầu {expected}",
    nearMargin: "Lề {side} {actual} mm{pushed}{where}, chưa đúng {expected} theo {basis}; nên chỉnh lại",
    shortBottom:
      "Lề dưới {actual} mm{pushed}{where}, chưa đúng {expected} theo {basis}; chữ chưa kín một trang nên chưa chạm tới lề này, vẫn nên chỉnh lại",
    landscape:
      "Trang ngang (bảng, biểu){where} để lề trên/dưới/trái/phải {actual} mm; khi xoay ngang nên giữ lề của {basis} theo cạnh tương ứng: cạnh đóng gáy (lề trên) {binding}, cạnh đối diện {opposite}, hai bên {sides}",
  },
};

type Side = "top" | "bottom" | "left" | "right";
const SIDES: [Side, "topMm" | "bottomMm" | "leftMm" | "rightMm", string][] = [
  ["top", "topMm", "trên"],
  ["bottom", "bottomMm", "dưới"],
  ["left", "leftMm", "trái"],
  ["right", "rightMm", "phải"],
];

function describe(r: Range): string {
  return r.min === r.max ? `${r.min} mm` : `${r.min}–${r.max} mm`;
}

/** w:pgMar w:header and w:footer: how far the header and footer sit from the page's edge (when the model has them). */
interface HeaderDistances {
  headerMm?: number;
  footerMm?: number;
}
/** Height of one line of header or footer text (12–14 pt, single spacing). */
const HEADER_LINE_MM = 5;

/**
 * Where the text really starts and ends: Word pushes the body below a header that reaches past the top margin (and
 * above a footer past the bottom one), so a 0 mm top margin under a header 12.7 mm from the edge prints the text
 * about 18 mm from it. Even an empty header paragraph takes a line.
 */
function printedMargins(s: Section): Record<Side, number> {
  const d: HeaderDistances & Section["margins"] = s.margins;
  const lines = (parts: Section["headers"]): number => Math.max(0, ...parts.map((h) => h.text.split("\n").length));
  const top =
    d.headerMm !== undefined && s.headers.length > 0
      ? Math.max(s.margins.topMm, d.headerMm + lines(s.headers) * HEADER_LINE_MM)
      : s.margins.topMm;
  const bottom =
    d.footerMm !== undefined && s.footers.length > 0
      ? Math.max(s.margins.bottomMm, d.footerMm + lines(s.footers) * HEADER_LINE_MM)
      : s.margins.bottomMm;
  return { top, bottom, left: s.margins.leftMm, right: s.margins.rightMm };
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/margins"];
  const size = ctx.profile.rules["page/size"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  const ranges: Record<Side, Range> = {
    top: data.topMm,
    bottom: data.bottomMm,
    left: data.leftMm,
    right: data.rightMm,
  };
  const tol = data.toleranceMm;
  const fits = (v: number, r: Range): boolean => v >= r.min - tol && v <= r.max + tol;
  // page/size already says when the page setup could not be read.
  const known = model.sections.filter((s) => s.known);
  const tableLandscape = (s: Section): boolean =>
    size.landscapeTables && s.orientation === "landscape" && isTableSection(model, ctx.structure, s.index);

  // Landscape table pages: NĐ 30 gives no margins for them; accept the portrait margins as they stand or turned a
  // quarter (the binding edge on top), otherwise warn once, without a fix (moving a wide table's margins reflows it).
  const turned = (s: Section): boolean => {
    const m = s.margins;
    const asIs = fits(m.topMm, ranges.top) && fits(m.bottomMm, ranges.bottom) && fits(m.leftMm, ranges.left);
    const rotated =
      fits(m.topMm, ranges.left) &&
      fits(m.bottomMm, ranges.right) &&
      fits(m.leftMm, ranges.top) &&
      fits(m.rightMm, ranges.bottom);
    return (asIs && fits(m.rightMm, ranges.right)) || rotated;
  };
  const landscapeGroups = groupSections(known, (s) =>
    tableLandscape(s) && !turned(s)
      ? [s.margins.topMm, s.margins.bottomMm, s.margins.leftMm, s.margins.rightMm].map(round1).join("/")
      : undefined,
  );
  for (const [actual, group] of landscapeGroups) {
    ctx.report({
      messageId: "landscape",
      data: {
        actual,
        where: whereSections(model, group),
        basis: ctx.basisShort,
        binding: describe(ranges.left),
        opposite: describe(ranges.right),
        sides: describe(ranges.top),
      },
      severity: severityOf(data.landscape),
      basis,
      paragraph: firstParagraphOf(model, group[0]!.index),
    });
  }

  // Portrait pages (and landscape pages that page/size asks to turn portrait): one finding per side, per group of
  // sections with the same margins, each with one fix bringing every margin of those sections into its range.
  // Whether a section's text runs over a page, so reaches its bottom margin (a section starts a new page).
  const fillsPage = (s: Section): boolean => estimatePages(model, new Set([s.index])) > MULTI_PAGE;
  const portrait = known.filter((s) => !tableLandscape(s));
  const groups = groupSections(portrait, (s) => {
    const printed = printedMargins(s);
    return [s.margins.topMm, s.margins.bottomMm, printed.top, printed.bottom, s.margins.leftMm, s.margins.rightMm].map(
      round1,
    );
  });
  const clamp = (v: number, r: Range): number => (v < r.min ? r.min : v > r.max ? r.max : v);
  for (const [, group] of groups) {
    const m = group[0]!.margins;
    const printed = printedMargins(group[0]!);
    const fix: Fix = {
      title: "Đặt lề trang theo quy định",
      edits: group.map((s) => ({
        kind: "setPageMargins" as const,
        section: s.index,
        marginsMm: {
          top: clamp(s.margins.topMm, ranges.top),
          bottom: clamp(s.margins.bottomMm, ranges.bottom),
          left: clamp(s.margins.leftMm, ranges.left),
          right: clamp(s.margins.rightMm, ranges.right),
        },
      })),
    };
    for (const [side, key, name] of SIDES) {
      const actual = printed[side];
      const range = ranges[side];
      if (fits(actual, range)) continue;
      const pushed = Math.abs(actual - m[key]) > tol;
      const off = actual < range.min ? range.min - actual : actual - range.max;
      const near = off <= data.deviation.bandMm[side] + tol;
      const short = side === "bottom" && actual < range.min && !group.some(fillsPage);
      const messageId = near ? "nearMargin" : short ? "shortBottom" : "wrongMargin";
      ctx.report({
        messageId,
        data: {
          side: name,
          actual: round1(m[key]),
          pushed: pushed
            ? ` (${side === "top" ? "đầu" : "chân"} trang đẩy chữ cách mép khoảng ${round1(actual)} mm)`
            : "",
          expected: describe(range),
          where: whereSections(model, group),
          basis: ctx.basisShort,
        },
        severity: near || short ? severityOf(data.deviation) : severityFor(data.firmness),
        basis,
        paragraph: firstParagraphOf(model, group[0]!.index),
        fix,
      });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
