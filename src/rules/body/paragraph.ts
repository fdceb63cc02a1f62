/**
 * body/paragraph: body paragraphs justified, first-line indent about 1–1.27 cm, at least 6 pt between paragraphs,
 * and (State) line spacing 1.0–1.5 lines. Party: size firm (font/size), indent and spacing practice.
 * One finding per paragraph lists everything wrong with it, with one fix setting all of it.
 *
 * Judged as Word shows the page, not as the XML spells it: a leading tab on the default 12.7 mm stop or a left
 * indent on a one-line paragraph is a visible first-line indent; left and justified look the same on one line; the
 * space between two paragraphs is the larger of one's space after and the next one's space before (ECMA-376 Part 1,
 * 17.3.1.33). Titles and headings set in the body (NGHỊ ĐỊNH, Chương I, "(Kèm theo Phụ lục ...)") are not body text.
 */
import type { DocumentModel, Paragraph } from "../../model/document";
import type { FixEdit, ParagraphFormatProps } from "../../model/fix";
import { severityOf, type Rule, type Severity } from "../types";
import { excerptOf } from "../../model/excerpt";
import { ALIGNMENT_NAME, basisOf } from "../format";

export const meta: Rule["meta"] = {
  id: "body/paragraph",
  area: "body",
  description:
    "Đoạn văn phần nội dung: căn đều hai bên, thụt đầu dòng 1–1,27 cm, cách đoạn tối thiểu 6 pt, giãn dòng theo quy định.",
  messages: {
    paragraph: "Đoạn văn {problems}; {basis} yêu cầu {expected}",
  },
};

const round = (n: number): number => Math.round(n * 10) / 10;
const PT_TO_MM = 25.4 / 72;
/** Average advance of Times New Roman text with Vietnamese marks, in em: enough to tell one line from several. */
const AVERAGE_CHAR_EM = 0.4;
const SPACE_EM = 0.25;

function sizeOf(p: Paragraph): number {
  const run = p.runs.find((r) => r.text.trim() !== "");
  return run?.sizePt ?? 14;
}

/** Width of the text column for this paragraph, in mm (A4 portrait with State margins when the section is unknown). */
function columnWidthMm(model: DocumentModel, p: Paragraph): number {
  const s = model.sections[p.section];
  const page = s !== undefined && s.known ? s.pageWidthMm - s.margins.leftMm - s.margins.rightMm : 160;
  return Math.max(40, page - p.indentLeftMm - p.indentRightMm);
}

/** Whether the paragraph fits on one line: then its alignment (left or justified) does not show. */
export function fitsOnOneLine(model: DocumentModel, p: Paragraph): boolean {
  if (p.text.includes("\n")) return false;
  const charMm = sizeOf(p) * PT_TO_MM * AVERAGE_CHAR_EM;
  return p.text.trim().length * charMm + Math.max(0, p.firstLineMm) <= columnWidthMm(model, p);
}

/**
 * The first-line indent a reader sees, in mm from the paragraph's left indent: w:firstLine, plus a leading tab
 * (to the next custom stop or the next default stop), plus leading spaces; on a one-line paragraph a left indent
 * with no first-line indent shows as one too.
 */
export function visibleFirstLineMm(model: DocumentModel, p: Paragraph, oneLine: boolean): number {
  let indent = p.firstLineMm;
  const lead = /^[ \t\u00a0]*/.exec(p.text)![0];
  if (lead !== "") {
    const spaceMm = sizeOf(p) * PT_TO_MM * SPACE_EM;
    const defaultStop = model.defaultTabStopMm ?? 12.7;
    let pos = p.indentLeftMm + p.firstLineMm; // from the text margin
    for (const ch of lead) {
      if (ch === "\t") {
        const custom = (p.tabStopsMm ?? []).find((t) => t > pos + 0.1);
        // A hanging indent adds an implicit stop at the left indent (Word's behaviour for list-like paragraphs).
        const hanging = p.firstLineMm < 0 && p.indentLeftMm > pos + 0.1 ? p.indentLeftMm : undefined;
        // Default stops count only past every custom stop and the hanging indent (ECMA-376 Part 1, w:defaultTabStop):
        // stops at 10 and 25 mm send a second tab to 25 mm, not to the default 12.7 mm.
        pos =
          custom !== undefined || hanging !== undefined
            ? Math.min(custom ?? Infinity, hanging ?? Infinity)
            : (Math.floor(pos / defaultStop) + 1) * defaultStop;
      } else pos += spaceMm;
    }
    indent = pos - p.indentLeftMm;
  }
  if (oneLine && indent <= 0.5 && p.indentLeftMm > 0) indent = p.indentLeftMm;
  return indent;
}

/**
 * A title or heading set in the body: centred and short (NGHỊ ĐỊNH, Chương I, Phần thứ hai, "Về công tác văn
 * thư", a table caption, "(Phân công nhiệm vụ theo Phụ lục đính kèm)"), or a one-line bold or capitalised title
 * aligned right or centred. NĐ 30 centres these; they are not running text.
 */
export function isTitleLine(model: DocumentModel, p: Paragraph): boolean {
  const text = p.text.trim();
  if (p.alignment === "center" || p.alignment === "right") return text.length <= 250 || fitsOnOneLine(model, p);
  return false;
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["body/paragraph"];
  const basis = basisOf(ctx, data.clause);
  const body = ctx.structure.bodyParagraphs.filter((i) => !isTitleLine(model, model.paragraphs[i]!));
  for (let k = 0; k < body.length; k++) {
    const p = model.paragraphs[body[k]!]!;
    const nextIndex = body[k + 1];
    // Only a paragraph that directly follows decides the space after (a table or a title in between changes it).
    const next: Paragraph | undefined =
      nextIndex !== undefined && nextIndex === p.index + 1 ? model.paragraphs[nextIndex] : undefined;
    const oneLine = fitsOnOneLine(model, p);
    const problems: string[] = [];
    const expected: string[] = [];
    const props: ParagraphFormatProps = {};
    const severities: Severity[] = [];
    const extraEdits: FixEdit[] = [];
    const align = data.alignment;
    if (align !== null && p.alignment !== align.value && !(oneLine && p.alignment === "left")) {
      problems.push(`căn ${ALIGNMENT_NAME[p.alignment]}`);
      expected.push(`căn ${ALIGNMENT_NAME[align.value]}`);
      props.alignment = align.value;
      severities.push(severityOf(align));
    }
    const ind = data.firstLineMm;
    if (ind !== null && !p.numbered) {
      const shown = visibleFirstLineMm(model, p, oneLine);
      if (shown < ind.min - ind.toleranceMm || shown > ind.max + ind.toleranceMm) {
        problems.push(`thụt đầu dòng ${round(shown)} mm`);
        expected.push(`thụt đầu dòng ${ind.min}–${ind.max} mm`);
        props.firstLineMm = ind.fixMm;
        severities.push(severityOf(ind));
        // Tabs or spaces typed before the text would still push it: the fix removes them.
        const lead = /^[ \t\u00a0]+(\S{1,12})/u.exec(p.text);
        if (lead !== null)
          extraEdits.push({ kind: "replaceText", paragraph: p.index, find: lead[0], replace: lead[1]! });
      }
    }
    const sp = data.spacingPt;
    // The space between two paragraphs is the larger of the first's "after" and the second's "before".
    if (sp !== null && next !== undefined && Math.max(p.spaceAfterPt, next.spaceBeforePt) < sp.min) {
      problems.push(`cách đoạn sau ${round(Math.max(p.spaceAfterPt, next.spaceBeforePt))} pt`);
      expected.push(`cách đoạn tối thiểu ${sp.min} pt`);
      props.spaceAfterPt = sp.min;
      severities.push(severityOf(sp));
    }
    const ls = data.lineSpacing;
    if (
      ls !== null &&
      p.lineSpacing.rule === "auto" &&
      (p.lineSpacing.value < ls.min - 0.01 || p.lineSpacing.value > ls.max + 0.01)
    ) {
      problems.push(`giãn dòng ${round(p.lineSpacing.value * 100) / 100} dòng`);
      expected.push(`giãn dòng ${ls.min}–${ls.max} dòng`);
      props.lineSpacing = p.lineSpacing.value < ls.min ? ls.min : ls.max;
      severities.push(severityOf(ls));
    }
    if (problems.length === 0) continue;
    ctx.report({
      messageId: "paragraph",
      data: { problems: problems.join(", "), expected: expected.join(", "), basis: ctx.basisShort },
      severity: severities.includes("error") ? "error" : "warning",
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Định dạng đoạn văn: ${expected.join(", ")}`,
        edits: [...extraEdits, { kind: "setParagraphFormat", paragraph: p.index, props }],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
