/**
 * The drafter's decisions about a document, kept in the document itself (a custom XML part, namespace
 * DECISIONS_NS) so that they travel with the file: the task pane, `ketluan check`, `fix` and `matrix` read the same.
 *  - a finding judged acceptable (`Bỏ qua`): keyed by rule and the paragraph's normalised text, not its index, so it
 *    stays ignored when paragraphs are inserted or removed before it;
 *  - a rule turned off for this document;
 *  - a directive item that does not apply to the unit, with its reason.
 * Pure. The part's XML is src/decisions/xml.ts (kept apart: the pane's first chunk needs the model, not an XML
 * parser); src/decisions/package.ts reads and writes it in a .docx.
 */
import type { DocumentModel } from "../model/document";

export const DECISIONS_NS = "urn:ketluan:decisions:1";

export interface IgnoredFinding {
  rule: string;
  /** paragraphKey() of the paragraph's text; "" for a finding about the whole document. */
  paragraph: string;
  /** The start of the paragraph's text, for people reading the list. */
  excerpt: string;
  reason?: string;
}

export interface NotApplicableItem {
  item: string;
  reason?: string;
}

export interface Decisions {
  ignored: IgnoredFinding[];
  rulesOff: string[];
  notApplicable: NotApplicableItem[];
}

export const noDecisions = (): Decisions => ({ ignored: [], rulesOff: [], notApplicable: [] });

export const isEmpty = (d: Decisions): boolean =>
  d.ignored.length === 0 && d.rulesOff.length === 0 && d.notApplicable.length === 0;

/**
 * The key of a paragraph's text: NFC, spaces collapsed, trimmed, case kept; hashed (FNV-1a, two 32-bit lanes) so the
 * part does not copy the document's text.
 */
export function paragraphKey(text: string): string {
  const norm = text.normalize("NFC").replace(/\s+/gu, " ").trim();
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x0100019d) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0") + norm.length.toString(16);
}

/** The key of a finding's place: its paragraph's text key, or "" for a document-wide finding. */
export function placeKey(model: DocumentModel, paragraph: number | null): string {
  if (paragraph === null) return "";
  const p = model.paragraphs[paragraph];
  return p === undefined ? "" : paragraphKey(p.text);
}

const EXCERPT_CHARS = 60;

/** The decision to ignore a finding of `rule` at `paragraph` (index in `model`). */
export function ignoreDecision(
  model: DocumentModel,
  rule: string,
  paragraph: number | null,
  reason?: string,
): IgnoredFinding {
  const text = paragraph === null ? "" : (model.paragraphs[paragraph]?.text ?? "");
  const excerpt = text.replace(/\s+/gu, " ").trim();
  return {
    rule,
    paragraph: placeKey(model, paragraph),
    excerpt: excerpt.length > EXCERPT_CHARS ? `${excerpt.slice(0, EXCERPT_CHARS - 1)}…` : excerpt,
    ...(reason === undefined || reason === "" ? {} : { reason }),
  };
}

/** Whether an ignore decision covers a finding of `rule` at `paragraph` of `model`. */
export function isIgnored(decisions: Decisions, model: DocumentModel, rule: string, paragraph: number | null): boolean {
  if (decisions.ignored.length === 0) return false;
  const key = placeKey(model, paragraph);
  return decisions.ignored.some((d) => d.rule === rule && d.paragraph === key);
}

/** Decisions combined: the later one adds to the earlier, without repeats (a not-applicable reason from the later). */
export function mergeDecisions(a: Decisions, b: Decisions): Decisions {
  const ignored = [...a.ignored];
  for (const d of b.ignored)
    if (!ignored.some((x) => x.rule === d.rule && x.paragraph === d.paragraph)) ignored.push(d);
  const notApplicable = a.notApplicable.filter((x) => !b.notApplicable.some((y) => y.item === x.item));
  return {
    ignored,
    rulesOff: [...new Set([...a.rulesOff, ...b.rulesOff])],
    notApplicable: [...notApplicable, ...b.notApplicable],
  };
}
