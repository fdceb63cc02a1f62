/**
 * Shared checks for "this element must be N pt, bold, italic, in capitals, centred": every header, title,
 * signature and recipient rule reports formatting the same way, with the same messages and fixes.
 */
import type { Alignment, Paragraph } from "../model/document";
import { isUpperCaseVietnamese } from "../model/text";
import { excerptOf } from "../model/excerpt";
import type { Fix, RunFormatProps } from "../model/fix";
import type { ElementFormat, Range } from "./profiles";
import { severityFor, type Firmness, type RuleContext } from "./types";

/** Message templates every element rule includes in its meta.messages. */
export const FORMAT_MESSAGES = {
  wrongSize: "{element}: cỡ chữ {actual} pt; {basis} yêu cầu {expected} pt",
  notBold: "{element} không in đậm; {basis} yêu cầu in đậm",
  bold: "{element} in đậm; {basis} yêu cầu không in đậm",
  notItalic: "{element} không in nghiêng; {basis} yêu cầu in nghiêng",
  italic: "{element} in nghiêng; {basis} yêu cầu không in nghiêng",
  notUnderlined: "{element} không gạch chân; {basis} yêu cầu gạch chân",
  underlined: "{element} có gạch chân; {basis} yêu cầu không gạch chân",
  notCaps: "{element} “{text}” không viết in hoa; {basis} yêu cầu chữ in hoa",
  wrongAlignment: "{element} căn {actual}; {basis} yêu cầu căn {expected}",
} as const;

export const ALIGNMENT_NAME: Record<Alignment, string> = {
  left: "trái",
  center: "giữa",
  right: "phải",
  justify: "đều hai bên",
  distribute: "phân bố đều",
};

export function describeRange(r: Range): string {
  return r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`;
}

export function inRange(v: number, r: Range, tolerance = 0): boolean {
  return v >= r.min - tolerance && v <= r.max + tolerance;
}

export function clampTo(v: number, r: Range): number {
  return v < r.min ? r.min : v > r.max ? r.max : v;
}

/** Runs that show text (whitespace-only runs do not count for formatting). */
export function textRuns(p: Paragraph): Paragraph["runs"] {
  return p.runs.filter((r) => r.text.trim() !== "");
}

export const allBold = (p: Paragraph): boolean => textRuns(p).every((r) => r.bold);
export const anyBold = (p: Paragraph): boolean => textRuns(p).some((r) => r.bold);
export const allItalic = (p: Paragraph): boolean => textRuns(p).every((r) => r.italic);
export const anyItalic = (p: Paragraph): boolean => textRuns(p).some((r) => r.italic);
export const allUnderlined = (p: Paragraph): boolean => textRuns(p).every((r) => r.underline !== "none");
export const anyUnderlined = (p: Paragraph): boolean => textRuns(p).some((r) => r.underline !== "none");

/** Shown in capitals: the text is upper case, or every run is formatted with w:caps. */
export function shownInCaps(p: Paragraph): boolean {
  if (isUpperCaseVietnamese(p.text)) return true;
  const runs = textRuns(p);
  return runs.length > 0 && runs.every((r) => r.caps || !/\p{Ll}/u.test(r.text));
}

export function sizesOf(p: Paragraph): number[] {
  return [...new Set(textRuns(p).map((r) => r.sizePt))].sort((a, b) => a - b);
}

function runFix(p: Paragraph, props: RunFormatProps, title: string): Fix {
  return { title, edits: [{ kind: "setRunFormat", paragraph: p.index, props }] };
}

/**
 * Check one paragraph against an element's expected format and report one finding per problem, each with its fix.
 * `firmness` is the rule's; an ElementFormat may carry its own.
 */
export function checkElementFormat(
  ctx: RuleContext,
  p: Paragraph,
  element: string,
  format: ElementFormat,
  firmness: Firmness,
  basis: string,
): void {
  if (textRuns(p).length === 0) return;
  const severity = severityFor(format.firmness ?? firmness);
  const excerpt = excerptOf(p.text);
  const report = (messageId: keyof typeof FORMAT_MESSAGES, data: Record<string, string | number>, fix?: Fix) =>
    ctx.report({
      messageId,
      data: { element, basis: ctx.basisShort, ...data },
      severity,
      basis,
      paragraph: p.index,
      excerpt,
      ...(fix === undefined ? {} : { fix }),
    });
  const size = format.sizePt;
  if (size !== undefined && size !== null) {
    const sizes = sizesOf(p);
    const wrong = sizes.filter((s) => !inRange(s, size));
    if (wrong.length > 0) {
      const target = clampTo(wrong[0]!, size);
      report(
        "wrongSize",
        { actual: sizes.join(", "), expected: describeRange(size) },
        runFix(p, { sizePt: target }, `Đặt cỡ chữ ${target} pt`),
      );
    }
  }
  if (format.bold === true && !allBold(p)) report("notBold", {}, runFix(p, { bold: true }, "In đậm"));
  if (format.bold === false && anyBold(p)) report("bold", {}, runFix(p, { bold: false }, "Bỏ in đậm"));
  if (format.italic === true && !allItalic(p)) report("notItalic", {}, runFix(p, { italic: true }, "In nghiêng"));
  if (format.italic === false && anyItalic(p)) report("italic", {}, runFix(p, { italic: false }, "Bỏ in nghiêng"));
  if (format.underline === true && !allUnderlined(p))
    report("notUnderlined", {}, runFix(p, { underline: true }, "Gạch chân"));
  if (format.underline === false && anyUnderlined(p))
    report("underlined", {}, runFix(p, { underline: false }, "Bỏ gạch chân"));
  if (format.caps === true && !shownInCaps(p)) {
    const upper = p.text.toUpperCase();
    report(
      "notCaps",
      { text: excerptOf(p.text, 40) },
      {
        title: "Viết in hoa",
        edits: [{ kind: "replaceText", paragraph: p.index, find: p.text, replace: upper }],
      },
    );
  }
  const align = format.alignment;
  if (align !== undefined && align !== null && align.length > 0 && !align.includes(p.alignment)) {
    report(
      "wrongAlignment",
      { actual: ALIGNMENT_NAME[p.alignment], expected: align.map((a) => ALIGNMENT_NAME[a]).join(" hoặc ") },
      {
        title: `Căn ${ALIGNMENT_NAME[align[0]!]}`,
        edits: [{ kind: "setParagraphFormat", paragraph: p.index, props: { alignment: align[0]! } }],
      },
    );
  }
}

/** "HD 36-HD/VPTW, <clause>" */
export function basisOf(ctx: RuleContext, clause: string): string {
  return `${ctx.basisShort}, ${clause}`;
}

/** "Văn bản của Đảng" → "văn bản của Đảng": only the first letter (Đảng keeps its capital). */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
