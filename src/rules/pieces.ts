/**
 * What the recipient and signature rules share: they judge stretches of a paragraph (the label's words, one
 * recipient, one signature line), since a paragraph may hold the label, a recipient and the signature at once.
 * Formatting judged on the stretch, text fixes that find exactly their text, and the severity of a deviation the
 * profile calibrates on issued documents.
 */
import type { Paragraph } from "../model/document";
import type { FixEdit } from "../model/fix";
import { coversParagraph, pieceParagraph, type TextPiece } from "../model/structure/recipients";
import type { Calibrated, ElementFormat } from "./profiles";
import { checkElementFormat } from "./format";
import { severityOf, type Firmness, type RuleContext, type Severity } from "./types";

/**
 * The severity of a deviation the profile calibrates (profile data next to the value: `halfPoint`, `wrongSize`...);
 * undefined when the profile does not calibrate it, so the rule's own severity applies.
 */
export function calibratedSeverity(c: Calibrated | undefined): Severity | undefined {
  return c === undefined ? undefined : severityOf(c);
}

/**
 * Formatting of some pieces of a paragraph (the label's words, a recipient's text, one signature line), reported on
 * the paragraph. A fix that formats the whole paragraph is kept only when `scope` covers all of its visible text.
 */
export function checkPiecesFormat(
  ctx: RuleContext,
  p: Paragraph,
  pieces: TextPiece[],
  element: string,
  format: ElementFormat,
  firmness: Firmness,
  basis: string,
  options: {
    /** Calibrated severity by kind of deviation; `halfPoint`: every wrong size is within 0.5 pt of the range. */
    severity?: (messageId: string, halfPoint: boolean) => Severity | undefined;
    scope?: TextPiece[];
    skipSubscript?: boolean;
  } = {},
): void {
  const view = pieceParagraph(p, pieces);
  // Judged on the words: a dash or a colon typed in another size is not what the reader sees of the line. The
  // drafter's initials in subscript after the archive line are not a recipient's text.
  view.runs = view.runs.filter(
    (r) => /[\p{L}\p{N}]/u.test(r.text) && (options.skipSubscript !== true || r.vertAlign === undefined),
  );
  const whole = coversParagraph(p, options.scope ?? pieces);
  const range = format.sizePt;
  const halfPoint =
    range !== undefined &&
    range !== null &&
    view.runs.every((r) => r.sizePt >= range.min - 0.5 && r.sizePt <= range.max + 0.5);
  const scoped: RuleContext = {
    ...ctx,
    report: (f) => {
      const { fix, ...rest } = f;
      const severity = options.severity?.(f.messageId, f.messageId === "wrongSize" && halfPoint);
      const keep =
        fix !== undefined && (whole || fix.edits.every((e) => e.kind === "replaceText" && isLocal(p, e.find)));
      ctx.report({
        ...rest,
        ...(severity === undefined ? {} : { severity }),
        ...(keep ? { fix } : {}),
      });
    },
  };
  checkElementFormat(scoped, view, element, format, firmness, basis);
}

function isLocal(p: Paragraph, find: string): boolean {
  return find !== "" && !/[\t\n]/.test(find) && p.text.indexOf(find) === p.text.lastIndexOf(find);
}

/** How many texts replaceAt tries before it gives up (no fix offered): about every widening by up to 60 characters. */
const MAX_TRIED_FINDS = 2000;

/**
 * A replaceText edit that replaces exactly `p.text[start, end)` by `replacement`: the text searched for is widened
 * with its neighbours inside [lo, hi) until its first occurrence in the paragraph is this one and it crosses no tab
 * or line break (the fixer does not edit across them). Undefined when no such text exists, or none among the first
 * MAX_TRIED_FINDS tried: on a line of 40,000 "a", every text tried occurs earlier, and trying them all took seconds.
 */
export function replaceAt(
  p: Paragraph,
  start: number,
  end: number,
  replacement: string,
  lo: number,
  hi: number,
): FixEdit | undefined {
  let tried = 0;
  for (let widen = 0; widen <= hi - lo; widen++) {
    // only the ways of sharing `widen` between the two sides that stay inside [lo, hi)
    const leftMax = Math.min(widen, start - lo);
    for (let left = Math.max(0, widen - (hi - end)); left <= leftMax; left++) {
      const a = start - left;
      const b = end + (widen - left);
      if (a === b) continue;
      if (++tried > MAX_TRIED_FINDS) return undefined;
      const find = p.text.slice(a, b);
      // first occurrence here: none before a, looked for backwards (an earlier one is most often near)
      if (/[\t\n]/.test(find) || (a > 0 && p.text.lastIndexOf(find, a - 1) >= 0)) continue;
      const replace = p.text.slice(a, start) + replacement + p.text.slice(end, b);
      return { kind: "replaceText", paragraph: p.index, find, replace };
    }
  }
  return undefined;
}
