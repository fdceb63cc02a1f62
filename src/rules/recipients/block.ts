/**
 * recipients/block: a plan or report has a "Nơi nhận:" block with at least one line, in the left column, lines in
 * the profile's size. Also the helpers the recipient and signature rules share: severity calibrated on issued
 * documents, formatting judged on a stretch of a paragraph, and text fixes that find exactly their text.
 */
import type { Paragraph } from "../../model/document";
import type { Rule, RuleContext, Severity } from "../types";
import { severityFor, type Firmness } from "../types";
import type { FixEdit } from "../../model/fix";
import type { ElementFormat } from "../profiles";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";
import { coversParagraph, pieceParagraph, recipientEntries, type TextPiece } from "../../model/structure/recipients";

export const meta: Rule["meta"] = {
  id: "recipients/block",
  area: "recipients",
  description: "Khối “Nơi nhận”: có mặt, ở cột trái phía dưới, các dòng nơi nhận đúng cỡ chữ.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy khối “Nơi nhận:” cuối văn bản; {basis} yêu cầu ghi nơi nhận",
    empty: "Khối “Nơi nhận:” không có dòng nào; {basis} yêu cầu liệt kê nơi nhận, dòng cuối là “Lưu ...”",
    column: "Khối “Nơi nhận:” đặt ở cột phải; {basis} yêu cầu đặt ở góc trái, phía dưới, ngang phần ký",
  },
};

/**
 * A deviation calibrated on issued documents (profile data, next to the value): the severity it gets and how many
 * issued documents of the measured corpus carry it. A deviation real offices commonly issue is a warning, however
 * firm the rule's text.
 */
export interface Calibration {
  severity: Severity;
  issued: string;
}

export interface Calibrated {
  firmness: Firmness;
  calibration?: Record<string, Calibration>;
}

export function severityOf(data: Calibrated, deviation: string): Severity {
  return data.calibration?.[deviation]?.severity ?? severityFor(data.firmness);
}

/**
 * The calibrated severity of a deviation, undefined when the profile does not calibrate it. A formatting deviation
 * may be calibrated as a whole ("format") or by kind ("format.wrongSize", "format.notItalic" ...).
 */
export function calibratedSeverity(data: Calibrated, deviation: string, messageId?: string): Severity | undefined {
  const c = data.calibration;
  return (messageId === undefined ? undefined : c?.[`${deviation}.${messageId}`]?.severity) ?? c?.[deviation]?.severity;
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

/**
 * A replaceText edit that replaces exactly `p.text[start, end)` by `replacement`: the text searched for is widened
 * with its neighbours inside [lo, hi) until its first occurrence in the paragraph is this one and it crosses no tab
 * or line break (the fixer does not edit across them). Undefined when no such text exists.
 */
export function replaceAt(
  p: Paragraph,
  start: number,
  end: number,
  replacement: string,
  lo: number,
  hi: number,
): FixEdit | undefined {
  for (let widen = 0; widen <= hi - lo; widen++) {
    for (let left = 0; left <= widen; left++) {
      const a = start - left;
      const b = end + (widen - left);
      if (a < lo || b > hi || a === b) continue;
      const find = p.text.slice(a, b);
      if (/[\t\n]/.test(find) || p.text.indexOf(find) !== a) continue;
      const replace = p.text.slice(a, start) + replacement + p.text.slice(end, b);
      return { kind: "replaceText", paragraph: p.index, find, replace };
    }
  }
  return undefined;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["recipients/block"] as ProfileBlock;
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const r = ctx.structure.recipients;
  if (r.label === undefined) {
    if (ctx.documentType !== "other")
      ctx.report({ messageId: "missing", data: { basis: ctx.basisShort }, severity, basis, paragraph: null });
    return;
  }
  const entries = recipientEntries(model.paragraphs, r);
  if (entries.length === 0) {
    ctx.report({ messageId: "empty", data: { basis: ctx.basisShort }, severity, basis, paragraph: r.label });
    return;
  }
  if (
    data.column === "left" &&
    r.column !== undefined &&
    r.column.columnCount >= 2 &&
    r.column.column === r.column.columnCount - 1
  ) {
    ctx.report({ messageId: "column", data: { basis: ctx.basisShort }, severity, basis, paragraph: r.label });
  }
  // One check per paragraph, on the recipients' text alone (a paragraph may also hold the label or the signature).
  const byParagraph = new Map<number, TextPiece[]>();
  for (const e of entries)
    for (const x of e.pieces) byParagraph.set(x.paragraph, [...(byParagraph.get(x.paragraph) ?? []), x]);
  for (const [i, pieces] of byParagraph)
    checkPiecesFormat(ctx, model.paragraphs[i]!, pieces, "Dòng nơi nhận", data.lineFormat, data.firmness, basis, {
      severity: (messageId) => calibratedSeverity(data, "lineFormat", messageId),
      skipSubscript: true,
    });
};

type ProfileBlock = RuleContextRules["recipients/block"] & Calibrated;
type RuleContextRules = RuleContext["profile"]["rules"];

export const rule: Rule = { meta, check, fixable: true };
