/**
 * What the header rules share: an element is a part of a paragraph (one side of a tab-split line, one line of a cell
 * paragraph broken with w:br), so its format is measured by its own runs; the sizes issued documents commonly carry
 * are a warning (calibration recorded in the profile data); titles pushed to the middle with spaces are said plainly.
 */
import type { Alignment, DocumentModel, Paragraph } from "../../model/document";
import type { Fix } from "../../model/fix";
import { ALIGNMENT_NAME, checkElementFormat, clampTo, describeRange, inRange, sizesOf } from "../format";
import { excerptOf } from "../../model/excerpt";
import { isWholeParagraph, partParagraph } from "../../model/structure/header";
import type { HeaderStructure, TextPart } from "../../model/structure/types";
import type { ElementFormat } from "../profiles";
import type { Firmness, RuleContext } from "../types";

/** Message templates the header rules add to their meta.messages. */
export const PART_MESSAGES = {
  commonSize:
    "{element}: cỡ chữ {actual} pt; {basis} quy định {expected} pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
  pushedBySpaces:
    "{element} căn {actual} rồi đẩy vào giữa bằng {pusher}; {basis} trình bày {element2} căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
  notCentred: "{element} căn {actual}, không căn giữa; {basis} trình bày {element2} căn giữa",
} as const;

/**
 * Where a single header element is: the part the structure found within a shared line (a tab-split line, a cell
 * broken with w:br, a text box), else the whole paragraph it stands in; undefined when the header has none.
 */
export function headerPart(
  model: DocumentModel,
  header: HeaderStructure,
  element: "partyTitle" | "nationalTitle" | "motto" | "number" | "date",
): TextPart | undefined {
  const found = header.parts?.[element];
  if (found !== undefined) return found;
  const paragraph = header[element];
  return paragraph === undefined ? undefined : { paragraph, start: 0, end: model.paragraphs[paragraph]!.text.length };
}

/** The text before a part on its own line of the paragraph, and after it (a part in a text box: undefined). */
export function lineAround(p: Paragraph, part: TextPart): { before: string; after: string } | undefined {
  if (part.textBox !== undefined) return undefined;
  return {
    before: p.text.slice(0, part.start).split("\n").pop()!,
    after: p.text.slice(part.end).split("\n")[0]!,
  };
}

/** The element's view (its own text and runs), and whether it is its paragraph's whole text. */
export function viewOf(model: DocumentModel, part: TextPart): { p: Paragraph; view: Paragraph; whole: boolean } {
  const p = model.paragraphs[part.paragraph]!;
  return { p, view: partParagraph(p, part), whole: isWholeParagraph(p, part) };
}

/** A context whose findings drop fixes that would reformat the whole paragraph when the element is only part of it. */
function partContext(ctx: RuleContext, whole: boolean, inTextBox: boolean): RuleContext {
  if (whole) return ctx;
  return {
    ...ctx,
    report(f) {
      const paragraphWide = f.fix?.edits.some((e) => e.kind === "setRunFormat" || e.kind === "setParagraphFormat");
      ctx.report(inTextBox || paragraphWide === true ? { ...f, fix: undefined } : f);
    },
  };
}

/**
 * Check an element's format on its own runs. A size outside the rule's range but inside the profile's `tolerated`
 * range (what issued documents commonly carry) is a warning said plainly; everything else as checkElementFormat.
 */
export function checkPartFormat(
  ctx: RuleContext,
  model: DocumentModel,
  part: TextPart,
  element: string,
  format: ElementFormat,
  firmness: Firmness,
  basis: string,
): void {
  const { view: full, whole } = viewOf(model, part);
  // Runs of punctuation alone (a non-bold "-" between the motto's words) do not carry the element's look.
  const meaningful = full.runs.filter((r) => /[\p{L}\p{N}]/u.test(r.text));
  const view = meaningful.length > 0 ? { ...full, runs: meaningful } : full;
  const pctx = partContext(ctx, whole, part.textBox !== undefined);
  let rest: ElementFormat = format;
  const size = format.sizePt;
  const tolerated = format.tolerated?.sizePt;
  if (size !== undefined && size !== null && tolerated !== undefined) {
    const sizes = sizesOf(view);
    const wrong = sizes.filter((s) => !inRange(s, size));
    if (wrong.length > 0 && wrong.every((s) => inRange(s, tolerated))) {
      const target = clampTo(wrong[0]!, size);
      const fix: Fix = {
        title: `Đặt cỡ chữ ${target} pt`,
        edits: [{ kind: "setRunFormat", paragraph: part.paragraph, props: { sizePt: target } }],
      };
      pctx.report({
        messageId: "commonSize",
        data: { element, actual: sizes.join(", "), expected: describeRange(size), basis: ctx.basisShort },
        severity: "warning",
        basis,
        paragraph: part.paragraph,
        excerpt: excerptOf(view.text),
        fix,
      });
      rest = { ...format, sizePt: null };
    }
  }
  checkElementFormat(pctx, view, element, rest, firmness, basis);
}

/**
 * A title or the motto should be centred (in its column, or over the right half by a centred tab stop). Left-aligned
 * and pushed to the middle with spaces, or with no alignment at all, it looks right only with this font and size:
 * issued documents carry it, so it is a warning.
 */
export function checkCentred(
  ctx: RuleContext,
  model: DocumentModel,
  part: TextPart,
  element: string,
  /** The element as the object of a sentence ("quốc hiệu"). */
  element2: string,
  basis: string,
  /** Alignments that are right in a column (the Party title may also be aligned right). */
  accepted: readonly Alignment[] = ["center"],
): void {
  if (part.textBox !== undefined) return;
  const { p, whole } = viewOf(model, part);
  const { before: line, after: rest } = lineAround(p, part)!;
  const inColumn = p.cell !== undefined && p.cell.columnCount >= 2;
  const spaces = /[ \u00a0]{2,}/.test(line) && !/\t/.test(line);
  const centred = accepted.includes(p.alignment);
  // In a column, the paragraph must be centred. In a one-paragraph header line the title is placed by a tab stop
  // (fine) or by spaces (not fine); a title alone in a plain paragraph at the left margin is misplaced too.
  // alone on its line: the whole paragraph, or one line of it ("CỘNG HÒA ...⏎Độc lập - Tự do - Hạnh phúc")
  const alone = (whole || (line.trim() === "" && rest.trim() === "")) && !inColumn && !/\t/.test(line) && !spaces;
  const bad = inColumn ? !centred : spaces || (alone && !centred && p.alignment !== "right");
  if (!bad) return;
  const fix: Fix | undefined =
    whole && inColumn
      ? {
          title: "Căn giữa, bỏ dấu cách đầu dòng",
          edits: [
            { kind: "setParagraphFormat", paragraph: p.index, props: { alignment: "center" } },
            ...(p.text !== p.text.trim()
              ? [{ kind: "replaceText" as const, paragraph: p.index, find: p.text, replace: p.text.trim() }]
              : []),
          ],
        }
      : undefined;
  ctx.report({
    messageId: spaces ? "pushedBySpaces" : "notCentred",
    data: { element, element2, actual: ALIGNMENT_NAME[p.alignment], pusher: "dấu cách", basis: ctx.basisShort },
    severity: "warning",
    basis,
    paragraph: p.index,
    excerpt: excerptOf(p.text),
    ...(fix === undefined ? {} : { fix }),
  });
}

/**
 * Whether the document is of a kind the regulation numbers and dates in its header: a type name of its list
 * (the profile's `typeCodesByName`) or a công văn. Office forms outside the list (a phiếu trình, a list, a form for
 * comments) often carry neither: issued ones in the corpus do, so their absence there is a warning.
 */
export function isListedType(ctx: RuleContext): boolean {
  const s = ctx.structure;
  if (s.header.letterSubject !== undefined) return true;
  const codes = ctx.profile.rules["header/number"].typeCodesByName;
  return s.typeName !== undefined && codes !== undefined && s.typeName in codes;
}

/** “PHIẾU TRÌNH” or "văn bản không có tên loại", for messages about a document outside the regulation's list. */
export function kindOf(ctx: RuleContext): string {
  const t = ctx.structure.typeName;
  return t === undefined ? "văn bản không có tên loại" : `văn bản “${t}”`;
}
