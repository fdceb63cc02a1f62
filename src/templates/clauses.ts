/**
 * The clause library: the standard sections of a plan or report as data (clause-library.json), plus one section per
 * directive item generated from the directive source, so another conclusion gives other sections with no code change.
 * Variables in a clause's text are filled with plain strings: the result is data for the template, never code.
 * Pure: no Node, no DOM.
 */
import type { DirectiveItem, DirectiveSource } from "../directives/types";
import { array, literal, number, object, oneOf, optional, parseData, string } from "../model/schema";
import type { Infer, ObjectOf } from "../model/schema";
import { collapsedSpaces, nfc } from "../model/text";
import library from "./clause-library.json";
import type { DraftType, Need, ProfileId, ResolvedParticulars } from "./particulars";

const paragraphKind = literal("h1", "h2", "p");
export type ParagraphKind = Infer<typeof paragraphKind>;

const clauseParagraph = object({
  kind: paragraphKind,
  /** Text with {variables}. */
  text: string(),
  /** Opening words in italics ("Kết quả: "), with {variables}. */
  lead: optional(string()),
});
export type ClauseParagraph = Infer<typeof clauseParagraph>;

/** body: paragraphs; closing: the signature and recipients table; recipients: the recipient list alone. */
const placedKind = literal("closing", "recipients");
export type ClauseKind = "body" | Infer<typeof placedKind>;

const profileIds = array(oneOf<ProfileId>({ party: true, state: true }));
const draftTypes = array(oneOf<DraftType>({ plan: true, report: true }));
const byDraftType = object({ plan: string(), report: string() });

/** What every clause of the library has: where it goes, for which profiles and types. */
const placement = {
  id: string(),
  /** Vietnamese title for the task pane. */
  title: string(),
  /** Where it belongs in the document. */
  section: string(),
  /** Position of that section in a full draft (ascending). */
  order: number(),
  profiles: profileIds,
  types: draftTypes,
};

/** clause-library.json: the standard sections, the trích yếu, the texts of an item's section, the closing parts. */
const libraryFile = object({
  $comment: optional(string()),
  clauses: array(object({ ...placement, paragraphs: array(clauseParagraph) })),
  summaries: object({ party: byDraftType, state: byDraftType }),
  items: object({
    plan: object({ title: string(), heading: string(), text: string() }),
    report: object({ title: string(), heading: string(), lead: string(), text: string() }),
  }),
  closing: array(object({ ...placement, kind: placedKind })),
});

export interface Clause extends ObjectOf<typeof placement> {
  kind: ClauseKind;
  paragraphs: ClauseParagraph[];
  /** The directive item this section answers, for item clauses. */
  item?: string;
  /** Values of the item's own variables ({itemTitle}, {taskList}, ...); {index} is its number in the draft. */
  vars?: Record<string, string>;
}

const LIB = parseData(libraryFile, library, "src/templates/clause-library.json");

/** Id of the section generated for a directive item: "nhiem-vu-2.4" (plan), "ket-qua-2.4" (report). */
export function itemClauseId(type: DraftType, item: string): string {
  return `${type === "plan" ? "nhiem-vu" : "ket-qua"}-${item}`;
}

/** Every clause for a directive source, in document order (plan and report clauses interleaved by `order`). */
export function clauseLibrary(source: DirectiveSource): Clause[] {
  const out: Clause[] = LIB.clauses.map((c) => ({ ...c, kind: "body" }));
  source.items.forEach((item, i) => {
    const order = 30 + (i + 1) / 1000;
    const vars = itemVariables(item, i + 1);
    const plan = LIB.items.plan;
    out.push({
      id: itemClauseId("plan", item.number),
      title: fill(plan.title, vars),
      section: "nhiem-vu",
      order,
      profiles: ["party", "state"],
      types: ["plan"],
      kind: "body",
      item: item.number,
      vars,
      paragraphs: [
        { kind: "h2", text: plan.heading },
        { kind: "p", text: plan.text },
      ],
    });
    const report = LIB.items.report;
    out.push({
      id: itemClauseId("report", item.number),
      title: fill(report.title, vars),
      section: "ket-qua",
      order,
      profiles: ["party", "state"],
      types: ["report"],
      kind: "body",
      item: item.number,
      vars,
      paragraphs: [
        { kind: "h2", text: report.heading },
        { kind: "p", lead: report.lead, text: report.text },
      ],
    });
  });
  for (const c of LIB.closing) out.push({ ...c, paragraphs: [] });
  return out.sort((a, b) => a.order - b.order);
}

/** The body clauses of a full draft, in order: only the chosen directive items (all when `items` is undefined). */
export function draftClauses(
  source: DirectiveSource,
  profile: ProfileId,
  type: DraftType,
  items: readonly string[] | undefined,
): Clause[] {
  const chosen = items === undefined ? undefined : new Set(items);
  return clauseLibrary(source).filter(
    (c) =>
      c.kind === "body" &&
      c.profiles.includes(profile) &&
      c.types.includes(type) &&
      (c.item === undefined || chosen === undefined || chosen.has(c.item)),
  );
}

/** The trích yếu under the type name, with {variables}. */
export function summaryText(profile: ProfileId, type: DraftType): string {
  return LIB.summaries[profile][type];
}

/** Which particulars a clause needs (a clause inserted at the cursor does not need the document's number). */
export function clauseNeeds(clause: Clause): Need[] {
  if (clause.kind !== "body") return ["issuer", "signature"];
  const text = clause.paragraphs.map((p) => `${p.lead ?? ""}${p.text}`).join(" ");
  const needs: Need[] = [];
  if (/\{conclusion(Ref|Short)\}/.test(text)) needs.push("conclusion");
  if (/\{(actor|issuerShort)\}/.test(text)) needs.push("issuer");
  return needs;
}

/* ---------- variables ---------- */

/**
 * Replaces {name} with vars[name] in ONE pass, so a value that itself contains "{...}" stays as typed.
 * An unknown name is a bug in the library, so it throws.
 */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`clause variable {${name}} has no value`);
    return v;
  });
}

/** The conclusion as cited in a sentence: "Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh về ...". */
export function conclusionVariables(source: DirectiveSource, r: ResolvedParticulars): Record<string, string> {
  const m = /^(.+?) của (.+?) về (.+)$/u.exec(collapsedSpaces(nfc(source.title)));
  const kind = m?.[1] ?? "Kết luận";
  const ofWhom = m === null ? "" : ` của ${m[2]!} về ${m[3]!}`;
  const short = `${kind} số ${r.conclusionNumber}`;
  return {
    conclusionShort: short,
    conclusionRef: `${short} ngày ${r.conclusionDate}${ofWhom}`,
  };
}

export function particularVariables(source: DirectiveSource, r: ResolvedParticulars): Record<string, string> {
  return {
    ...conclusionVariables(source, r),
    actor: r.names.actor,
    issuerShort: r.names.short,
    place: r.place,
  };
}

/** Words that keep their capital letter at the start of a lower-cased phrase. */
const KEEP_CAPITAL = /^(Đảng|Nhà nước|Nhân dân|Mặt trận Tổ quốc|Bộ Chính trị|Trung ương|Tỉnh ủy|Quy hoạch tỉnh)\b/u;

/** "Quốc phòng, an ninh" → "quốc phòng, an ninh"; acronyms and proper names keep their capital. */
export function lowerFirst(s: string): string {
  const first = s.split(/[\s,;:]/u)[0] ?? "";
  if (first.length > 1 && first === first.toUpperCase()) return s;
  if (KEEP_CAPITAL.test(s)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Removes a word or a pair of words written twice in a row ("phát triển phát triển", "tác tác"). */
export function dropDoubledWords(s: string): string {
  return s
    .replace(/(^|\s)(\p{L}+\s\p{L}+)\s\2(?=[\s,.;:]|$)/gu, "$1$2")
    .replace(/(^|\s)(\p{L}+)\s\2(?=[\s,.;:]|$)/gu, "$1$2");
}

/** One task as a clause of the plan's item paragraph: no leading "Tiếp tục"/"Trong đó,", no final punctuation. */
function taskPhrase(text: string): string {
  const t = nfc(text)
    .trim()
    .replace(/^(trong đó|đồng thời)\s*,\s*/iu, "")
    .replace(/^tiếp tục\s+/iu, "")
    .replace(/\s+/gu, " ")
    // the source's "..." (and so on) reads as a blank to fill in a draft
    .replace(/,?\s*(\.{3}|…)(?=\s|$)/gu, "")
    .replace(/ ([,;.:)])/gu, "$1")
    // fragments the parser joined: "... hiệu quả. tập trung ..." reads "... hiệu quả; tập trung ..."
    .replace(/\. (?=\p{Ll})/gu, "; ")
    .replace(/[\s.;,:]+$/u, "");
  return lowerFirst(dropDoubledWords(t));
}

function itemVariables(item: DirectiveItem, index: number): Record<string, string> {
  const tasks = item.tasks.length > 0 ? item.tasks.map((t) => t.text) : item.paragraphs;
  const labels = item.tasks.length > 0 ? item.tasks.map((t) => t.label) : [item.title];
  return {
    index: String(index),
    itemNumber: item.number,
    itemTitle: nfc(item.title),
    itemTitleLower: lowerFirst(nfc(item.title)),
    taskList: tasks.map(taskPhrase).filter(Boolean).join("; "),
    taskLabels: labels.map((l) => lowerFirst(nfc(l))).join("; "),
  };
}
