/**
 * Coverage: which directive items (and which of their tasks) a draft answers, with the evidence paragraphs.
 *
 * Matching works on syllable bigrams after NFC, lower case, tone-mark folding and punctuation removal (matchTokens:
 * the tokens of normalizeForMatch, computed faster), with paraphrases mapped to the conclusion's own wording
 * (data/synonyms.json). Each bigram of the source gets an IDF weight over the source's tasks, lower when several
 * items share it; administrative boilerplate and function words (data/boilerplate.json), the source's own title (the
 * citation sentence every draft repeats) and its closing (who follows up and reports) weigh nothing. A quoted slogan
 * counts whole, as one feature, for the item that sets it.
 *
 * Attribution: a paragraph is evidence only for the items it is mainly about (its own bigram weight per item, within
 * a share of its best item), for the items its section is about (heading and paragraphs together, at most three:
 * merged sections count for each of their items; a flat list of everything counts for none) and for the items it or
 * its heading names by number ("nhiệm vụ 2.4", "mục 2.4 Kết luận"). So a passing mention of defence inside an
 * economy paragraph does not cover 2.4, whatever the order or the names of the draft's sections.
 * A task is answered when an attributed paragraph holds enough of the task's weight; an item's status follows the
 * share of its tasks answered. Substance: an item is answered at all only when an attributed paragraph holds one of
 * its distinctive word pairs (of its own text, of no other item, in few documents at large: "sàn thương mại điện tử",
 * "tiền mặt", "sạt lở"; data/boilerplate.json "common" counts how many real documents use each common pair) or
 * restates one of its tasks whole. A plan that says "thương mại, dịch vụ" has not answered a duty on e-commerce
 * platforms and cashless payment. Paraphrases the source itself uses as distinct terms ("chính quyền số", "kinh tế
 * số" beside "chuyển đổi số") are not mapped for that source. Leadership phrases any plan carries ("đề cao trách nhiệm người đứng đầu", data/boilerplate.json
 * "generic") are never substance. A source on one subject (the rare pairs of its title its items keep repeating:
 * "thiên tai") is answered only by passages about it: the paragraph or its section names it, or the draft does
 * throughout. Without substance, a section of its own on the item (by its heading) makes it partial at most.
 * Pure and fast: the source index is built once per source object, each paragraph is
 * tokenised once.
 */
import type { DocumentModel, Paragraph } from "../model/document";
import { isBlank } from "../model/text";
import { excerptOf } from "../model/excerpt";
import { analyzeStructure } from "../model/structure";
import { array, object, optional, parseData, string } from "../model/schema";
import synonymJson from "./data/synonyms.json";
import { markerOf } from "./parse";
import { COMMON_DF, GENERIC_PAIRS, matchKey, matchTokens, SINGLE_STOP, subjectPairs, ZERO_BIGRAMS } from "./tokens";
import { defaultDirectiveSource } from "./seed";
import { SEED_INDEX_DATA } from "./seedIndex";
import type { DirectiveSource, SourceIndexData } from "./types";
import { ParagraphMemo } from "../model/memo";

export { matchKey, matchTokens };

export type CoverageStatus = "covered" | "partial" | "missing" | "not-applicable";

export interface CoverageEvidence {
  /** Paragraph index in the document model (document order, table cells included, from 0). */
  paragraph: number;
  excerpt: string;
}

export interface TaskCoverage {
  id: string;
  label: string;
  status: CoverageStatus;
  score: number;
  evidence: CoverageEvidence[];
  /** In a plan: the bodies leading the plan's tasks that answer this one (set by the check pipeline). */
  units?: string[];
}

/** One element of the `coverage` array of the JSON contract (docs/json.md); `tasks` is an extra. */
export interface CoverageItem {
  item: string;
  title: string;
  status: CoverageStatus;
  /** 0..1: the share of the item's tasks the draft answers (1 when the draft names the item by number). */
  score: number;
  evidence: CoverageEvidence[];
  tasks: TaskCoverage[];
  /** Why the item does not apply to the unit, when the drafter said so (a not-applicable decision's reason). */
  reason?: string;
}

export interface CoverageOptions {
  /** Item numbers the drafter marked not applicable ("2.4"): reported `not-applicable`, never missing. */
  notApplicable?: string[];
  /**
   * Paragraph indices to read; default `coverageParagraphs(model)`: the body found by analyzeStructure plus the
   * tables inside it. A caller that has the structure already passes `coverageParagraphs(model, structure.bodyParagraphs)`.
   */
  bodyParagraphs?: number[];
}

/** Tunable thresholds of the matcher (exported for the tests' documentation; not user settings). */
export const THRESHOLDS = {
  /** A task's weight beyond this is not needed in one paragraph: long tasks are not harder to answer. */
  taskWeightCap: 14,
  /** Share of a task's (capped) weight one attributed paragraph must hold for the task to be answered. */
  taskAnswered: 0.34,
  /** A paragraph is about item I when I's weight in it reaches this share of its best item's weight... */
  paragraphShare: 0.5,
  /** ...and at least this absolute weight. */
  paragraphMinWeight: 5,
  /** Least weight of an item over a section (heading counted twice) for the section to be about it. */
  sectionMinWeight: 4,
  /** A section is about item I when I's weight over its heading and paragraphs reaches this share of the best... */
  sectionShare: 0.5,
  /** ...and it is about at most this many items (else it is a flat list and attributes nothing by itself). */
  maxSectionItems: 3,
  /** Share of tasks answered for "covered"; one task answered (by a paragraph about the item) makes "partial". */
  covered: 0.5,
  /** How many evidence paragraphs an item lists. */
  maxEvidence: 5,
  /**
   * A word pair of one item only and in at most this many of the background documents (see COMMON_DF; "sàn thương",
   * "tiền mặt", "sạt lở") is part of the item's substance; commoner pairs ("thương mại" in 17, "dịch vụ" in 89) are not.
   */
  substanceMaxDocuments: 12,
  /**
   * A paragraph matching this share of a task's (capped) weight restates it: it addresses the substance too (0.95, not
   * 1: "đề cao trách nhiệm" for "nâng cao trách nhiệm" restates the seed's 2.2.1 but for one pair).
   */
  restates: 0.95,
  /** A draft naming the source's subject in this many paragraphs is about it throughout (see onSubject). */
  subjectParagraphs: 3,
};

/** A heading's words count this many times its length in the section's weight. */
const HEADING_FACTOR = 2;

// ---------------------------------------------------------------------------------------------------------------
// Text → canonical tokens

const synonymData = parseData(
  object({ $comment: optional(string()), groups: array(object({ canonical: string(), variants: array(string()) })) }),
  synonymJson,
  "src/directives/data/synonyms.json",
);

/** Paraphrases by their first token: [variant tokens, canonical tokens], longest variant first. */
type SynonymTable = Map<string, [string[], string[]][]>;

function synonymTable(keep: (variant: string[], canonical: string[]) => boolean): SynonymTable {
  const table: SynonymTable = new Map();
  for (const g of synonymData.groups) {
    const canonical = matchTokens(g.canonical);
    for (const v of g.variants) {
      const variant = matchTokens(v);
      if (variant.length === 0 || variant.join(" ") === canonical.join(" ") || !keep(variant, canonical)) continue;
      let list = table.get(variant[0]!);
      if (list === undefined) table.set(variant[0]!, (list = []));
      list.push([variant, canonical]);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b[0].length - a[0].length);
  return table;
}

const SYNONYMS = synonymTable(() => true);

/**
 * The paraphrases that apply to a source: all, except those the source itself uses apart from the wording they map
 * to. A resolution on digital transformation that says "chính quyền số" (item 3) and "kinh tế số" (item 4) means them
 * as different duties: mapping both to "chuyển đổi số" would merge its items.
 */
function sourceSynonyms(sourceText: string): SynonymTable {
  const key = ` ${matchKey(sourceText)} `;
  return synonymTable((variant, canonical) => {
    const parts = key.split(` ${canonical.join(" ")} `);
    const drop = parts.length > 1 && parts.join(" | ").includes(` ${variant.join(" ")} `);
    return !drop;
  });
}

/** matchTokens, then paraphrases replaced by the conclusion's wording ("đơn thư" → "khiếu nại tố cáo"). */
export function canonicalTokens(text: string, synonyms: SynonymTable = SYNONYMS): string[] {
  const toks = matchTokens(text);
  const out: string[] = [];
  for (let i = 0; i < toks.length;) {
    const list = synonyms.get(toks[i]!);
    let hit: [string[], string[]] | undefined;
    if (list !== undefined) hit = list.find(([v]) => v.every((t, k) => toks[i + k] === t));
    if (hit === undefined) {
      out.push(toks[i]!);
      i++;
    } else {
      out.push(...hit[1]);
      i += hit[0].length;
    }
  }
  return out;
}

export function canonicalText(text: string, synonyms: SynonymTable = SYNONYMS): string {
  return canonicalTokens(text, synonyms).join(" ");
}

const SLOGAN = "\u0000slogan:";
/** A slogan quoted whole is strong evidence for the item that sets it. */
const SLOGAN_WEIGHT = 8;
const REFERENCE_TOKEN = /^\d+-[\p{L}]+\/[\p{L}]+$/u; // "48-kl/tw"
const NUMERIC = /^[\d.,/%-]+$/u;

function analyse(text: string, slogans: readonly string[], synonyms: SynonymTable): Set<string> {
  const toks = canonicalTokens(text, synonyms);
  const key = toks.join(" ");
  const f = new Set<string>();
  slogans.forEach((s, i) => {
    if (key.includes(s)) f.add(`${SLOGAN}${i}`);
  });
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    if (a === "") continue;
    const b = toks[i + 1];
    const digitA = a.charCodeAt(0) <= 57;
    if (digitA && REFERENCE_TOKEN.test(a)) f.add(a);
    if (b === undefined || SINGLE_STOP.has(a) || SINGLE_STOP.has(b)) continue;
    if ((digitA && NUMERIC.test(a)) || (b.charCodeAt(0) <= 57 && NUMERIC.test(b))) continue;
    const g = `${a} ${b}`;
    if (!ZERO_BIGRAMS.has(g)) f.add(g);
  }
  return f;
}

/**
 * Features of a text: content bigrams, document references ("48-kl/tw") as single tokens, and each of the given
 * slogans (canonical text) the text holds whole.
 */
export function features(
  text: string,
  slogans: readonly string[] = [],
  synonyms: SynonymTable = SYNONYMS,
): Set<string> {
  return analyse(text, slogans, synonyms);
}

// ---------------------------------------------------------------------------------------------------------------
// Source index (built once per source object)

interface TaskEntry {
  item: number;
  id: string;
  label: string;
  /** Sum of the weights of the task's features, capped. */
  norm: number;
}

/** Postings of every feature id, flat: entries `start[f]` to `start[f + 1]` of `ids` and `weights`. */
interface Postings {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
}

function flatten(lists: [number, number][][]): Postings {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, f) => (start[f + 1] = start[f]! + l.length));
  const ids = new Int32Array(start[lists.length]!);
  const weights = new Float64Array(start[lists.length]!);
  lists.forEach((l, f) =>
    l.forEach(([id, w], k) => {
      ids[start[f]! + k] = id;
      weights[start[f]! + k] = w;
    }),
  );
  return { start, ids, weights };
}

interface SourceIndex {
  tasks: TaskEntry[];
  /** Feature id → [task index, weight] and [item index, weight] postings. */
  taskPostings: Postings;
  itemPostings: Postings;
  /** Token → id, for the tokens the source's features are made of; a draft's other tokens are skipped at once. */
  vocab: Map<string, number>;
  /** Bigram (id × base + id) → feature id; reference token id → feature id. */
  base: number;
  bigrams: Map<number, number>;
  unigrams: Map<number, number>;
  /** Each slogan's token ids and its feature id. */
  slogans: { ids: number[]; feature: number }[];
  /** Slogans' canonical text, for the source's own features. */
  sloganTexts: string[];
  /** Item number token ("2.4") → item index, for explicit references. */
  refNumbers: Map<string, number>;
  /** The paraphrases that apply to this source (sourceSynonyms). */
  synonyms: SynonymTable;
  /** Feature ids of each item's substance: pairs of its own text, of that item only, rare in documents at large. */
  itemDistinct: number[][];
  /** The source's subject (subjectPairs: "thiên tai" of a directive on disasters), as "a b" pairs; empty: none. */
  subject: Set<string>;
}

const INDEX = new WeakMap<DirectiveSource, SourceIndex>();

const postingsData = (p: Postings) => ({ start: [...p.start], ids: [...p.ids], weights: [...p.weights] });
const postingsOf = (d: SourceIndexData["taskPostings"]): Postings => ({
  start: Int32Array.from(d.start),
  ids: Int32Array.from(d.ids),
  weights: Float64Array.from(d.weights),
});

/** The index of a source as data (for the generated seed index and the test that compares it with today's). */
export function sourceIndexData(source: DirectiveSource): SourceIndexData {
  const x = buildIndex(source);
  return {
    tasks: x.tasks,
    taskPostings: postingsData(x.taskPostings),
    itemPostings: postingsData(x.itemPostings),
    vocab: [...x.vocab],
    base: x.base,
    bigrams: [...x.bigrams],
    unigrams: [...x.unigrams],
    slogans: x.slogans,
    sloganTexts: x.sloganTexts,
    refNumbers: [...x.refNumbers],
    synonyms: [...x.synonyms],
    itemDistinct: x.itemDistinct,
    subject: [...x.subject],
  };
}

function indexFromData(d: SourceIndexData): SourceIndex {
  return {
    tasks: d.tasks,
    taskPostings: postingsOf(d.taskPostings),
    itemPostings: postingsOf(d.itemPostings),
    vocab: new Map(d.vocab),
    base: d.base,
    bigrams: new Map(d.bigrams),
    unigrams: new Map(d.unigrams),
    slogans: d.slogans,
    sloganTexts: d.sloganTexts,
    refNumbers: new Map(d.refNumbers),
    synonyms: new Map(d.synonyms),
    itemDistinct: d.itemDistinct,
    subject: new Set(d.subject),
  };
}

function indexOf(source: DirectiveSource): SourceIndex {
  const hit = INDEX.get(source);
  if (hit !== undefined) return hit;
  // the seed's, built when src/directives/seedIndex.ts was generated (a test checks it equals today's)
  const index = source === defaultDirectiveSource() ? indexFromData(SEED_INDEX_DATA) : buildIndex(source);
  INDEX.set(source, index);
  return index;
}

function buildIndex(source: DirectiveSource): SourceIndex {
  // Every draft repeats the source's title (its citation sentence) and mirrors its closing (who follows up and
  // reports): neither says which item a paragraph answers.
  const synonyms = sourceSynonyms(source.items.flatMap((item) => item.paragraphs).join("\n"));
  const titleFeatures = features(`${source.title}. ${source.closing ?? ""}`, [], synonyms);
  const slogans = source.slogans.map((s) => canonicalText(s, synonyms)).filter((s) => s.split(" ").length >= 3);
  const taskFeatures: Set<string>[] = [];
  // The task's own words, without its label (a topic's name, which may not be the source's wording).
  const textFeatures: Set<string>[] = [];
  const tasks: TaskEntry[] = [];
  source.items.forEach((item, i) => {
    for (const t of item.tasks) {
      // A quoted slogan lists every area ("... bảo đảm quốc phòng, an ninh là trọng yếu"): it is matched whole, as
      // one feature, not word by word, or it would tie its item to every other item.
      const unquoted = t.text.replace(/["“][^"“”]*["”]/gu, " ; ");
      const own = features(unquoted, [], synonyms);
      for (const g of titleFeatures) own.delete(g);
      textFeatures.push(own);
      const f = features(`${t.label}. ${unquoted}`, [], synonyms);
      for (const g of titleFeatures) f.delete(g);
      for (const g of features(t.text, slogans, synonyms)) if (g.startsWith(SLOGAN)) f.add(g);
      taskFeatures.push(f);
      tasks.push({ item: i, id: t.id, label: t.label, norm: 0 });
    }
  });
  const df = new Map<string, number>();
  const itemDf = new Map<string, Set<number>>();
  taskFeatures.forEach((f, k) => {
    for (const g of f) {
      df.set(g, (df.get(g) ?? 0) + 1);
      let s = itemDf.get(g);
      if (s === undefined) itemDf.set(g, (s = new Set()));
      s.add(tasks[k]!.item);
    }
  });
  const n = tasks.length;
  const nItems = source.items.length;
  const weight = (g: string): number => {
    if (g.startsWith(SLOGAN)) return SLOGAN_WEIGHT;
    const d = df.get(g) ?? 1;
    const items = itemDf.get(g)?.size ?? 1;
    // Rare across tasks, and even more so when one item alone uses it.
    return Math.log(1 + n / d) * (items === 1 ? 1 : Math.max(0.25, 1 - items / Math.max(2, nItems)));
  };
  // Dense feature ids, postings by id.
  const fid = new Map<string, number>();
  for (const f of taskFeatures) for (const g of f) if (!fid.has(g)) fid.set(g, fid.size);
  // The substance of each task and item: pairs of one item only, rare in documents of any subject.
  const isDistinctive = (g: string): boolean =>
    !g.startsWith(SLOGAN) &&
    (itemDf.get(g)?.size ?? 0) === 1 &&
    !GENERIC_PAIRS.has(g) &&
    (COMMON_DF.get(g) ?? 0) <= THRESHOLDS.substanceMaxDocuments;
  const itemDistinct: number[][] = source.items.map(() => []);
  textFeatures.forEach((f, k) => {
    for (const g of f) if (isDistinctive(g)) itemDistinct[tasks[k]!.item]!.push(fid.get(g)!);
  });
  const taskPostings: [number, number][][] = Array.from({ length: fid.size }, () => []);
  const itemPostings: [number, number][][] = Array.from({ length: fid.size }, () => []);
  taskFeatures.forEach((f, k) => {
    let total = 0;
    for (const g of f) {
      const w = weight(g);
      total += w;
      taskPostings[fid.get(g)!]!.push([k, w]);
    }
    tasks[k]!.norm = Math.max(1e-9, Math.min(total, THRESHOLDS.taskWeightCap));
  });
  for (const [g, items] of itemDf) {
    const w = weight(g);
    for (const i of items) itemPostings[fid.get(g)!]!.push([i, w]);
  }
  const vocab = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = vocab.get(t);
    if (id === undefined) vocab.set(t, (id = vocab.size));
    return id;
  };
  for (const g of fid.keys()) if (!g.startsWith(SLOGAN)) for (const t of g.split(" ")) idOf(t);
  const sloganIds = slogans.map((text) => text.split(" ").map(idOf));
  const base = vocab.size + 1;
  const bigrams = new Map<number, number>();
  const unigrams = new Map<number, number>();
  for (const [g, id] of fid) {
    if (g.startsWith(SLOGAN)) continue;
    const parts = g.split(" ");
    if (parts.length === 1) unigrams.set(vocab.get(parts[0]!)!, id);
    else bigrams.set(vocab.get(parts[0]!)! * base + vocab.get(parts[1]!)!, id);
  }
  const index: SourceIndex = {
    tasks,
    taskPostings: flatten(taskPostings),
    itemPostings: flatten(itemPostings),
    vocab,
    base,
    bigrams,
    unigrams,
    slogans: sloganIds.map((ids, i) => ({ ids, feature: fid.get(`${SLOGAN}${i}`) ?? -1 })),
    sloganTexts: slogans,
    refNumbers: new Map(source.items.map((item, i) => [matchKey(item.number), i])),
    synonyms,
    itemDistinct,
    subject: subjectPairs(
      source.title,
      source.items.map((item) => item.paragraphs.join(" ")),
    ),
  };
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Draft side

/** A heading line of a draft: short, numbered ("II.", "3.", "a)") or bold or in capitals, no final full stop. */
function isHeading(p: Paragraph): boolean {
  const text = p.text.trim();
  if (text === "" || /[.;]$/.test(text) || text.length > 200 || p.cell !== undefined) return false;
  const m = markerOf(text);
  if (m !== undefined && m.kind !== "bullet") return true;
  const runs = p.runs.filter((r) => r.text.trim() !== "");
  return runs.length > 0 && runs.every((r) => r.bold);
}

const REF_WORDS = new Set(["mục", "điểm", "khoản", "tiết", "phần", "ý", "vụ", "dung"]);
const REF_PAIRS: Record<string, string> = { vụ: "nhiệm", dung: "nội" };

function isRefWord(toks: readonly string[], i: number): boolean {
  const w = toks[i];
  if (w === undefined || !REF_WORDS.has(w)) return false;
  const before = REF_PAIRS[w];
  return before === undefined || toks[i - 1] === before;
}

/**
 * Explicit references in a text: the items it names ("nhiệm vụ 2.4", "mục 2.4 Kết luận", "điểm số 2.4"). A list or
 * range of three or more items ("từ mục 2.1 đến mục 2.8") is a summary of the conclusion, not an answer to one item.
 */
function explicitRefs(index: SourceIndex, toks: readonly string[]): number[] {
  const out: number[] = [];
  let range = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.charCodeAt(0) > 57) {
      if (t === "từ" && isRefWord(toks, i + (toks[i + 1] === "nhiệm" ? 2 : 1))) range = true;
      continue;
    }
    const item = index.refNumbers.get(t);
    if (item === undefined) continue;
    // "nhiệm vụ 2.4", "mục số 2.4", and the numbers listed after one: "các nhiệm vụ 2.3, 2.4 và 2.5".
    let j = i - 1;
    while (j >= 0 && (toks[j] === "và" || index.refNumbers.has(toks[j]!))) j--;
    if (toks[j] === "số") j--;
    if (isRefWord(toks, j) && !out.includes(item)) out.push(item);
  }
  if (out.length >= 2 && range) return [];
  return out.length >= 3 ? [] : out;
}

let idBuffer = new Int32Array(256);

/** The source features a draft paragraph holds, as feature ids (each once). */
function draftFeatures(index: SourceIndex, toks: readonly string[], seen: Int32Array, stamp: number): number[] {
  const out: number[] = [];
  const n = toks.length;
  if (idBuffer.length < n) idBuffer = new Int32Array(n * 2);
  const ids = idBuffer;
  for (let i = 0; i < n; i++) ids[i] = index.vocab.get(toks[i]!) ?? -1;
  for (let i = 0; i < n; i++) {
    const a = ids[i]!;
    if (a < 0) continue;
    let f = index.unigrams.get(a);
    if (f !== undefined && seen[f] !== stamp) {
      seen[f] = stamp;
      out.push(f);
    }
    const b = i + 1 < n ? ids[i + 1]! : -1;
    if (b < 0) continue;
    f = index.bigrams.get(a * index.base + b);
    if (f !== undefined && seen[f] !== stamp) {
      seen[f] = stamp;
      out.push(f);
    }
  }
  for (const sl of index.slogans) {
    const len = sl.ids.length;
    if (sl.feature < 0 || len === 0 || seen[sl.feature] === stamp) continue;
    const first = sl.ids[0]!;
    for (let i = 0; i + len <= n; i++) {
      if (ids[i] !== first) continue;
      let k = 1;
      while (k < len && ids[i + k] === sl.ids[k]) k++;
      if (k === len) {
        seen[sl.feature] = stamp;
        out.push(sl.feature);
        break;
      }
    }
  }
  return out;
}

function itemWeights(index: SourceIndex, fids: readonly number[], nItems: number): number[] {
  const w = new Array<number>(nItems).fill(0);
  const { start, ids, weights } = index.itemPostings;
  for (const f of fids) for (let e = start[f]!; e < start[f + 1]!; e++) w[ids[e]!]! += weights[e]!;
  return w;
}

function topItems(w: readonly number[], share: number, min: number): number[] {
  let max = 0;
  for (const x of w) if (x > max) max = x;
  const out: number[] = [];
  if (max < min) return out;
  w.forEach((x, i) => {
    if (x >= min && x >= share * max) out.push(i);
  });
  return out;
}

/**
 * The paragraphs coverage reads: the body (analyzeStructure's, unless given) plus the paragraphs of tables inside
 * it (task assignment tables), which the format rules leave out of the body.
 */
export function coverageParagraphs(
  model: DocumentModel,
  body: readonly number[] = analyzeStructure(model).bodyParagraphs,
): number[] {
  if (body.length === 0) return [];
  const first = body[0]!;
  const last = body[body.length - 1]!;
  // Tables inside the body (task assignment tables) count; analyzeStructure leaves them to the format rules.
  const out = new Set(body);
  for (const p of model.paragraphs)
    if (p.cell !== undefined && p.index > first && p.index < last && p.text.trim() !== "") out.add(p.index);
  return [...out].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------------------------

/** What pass 1 of computeCoverage reads of a paragraph: a pure function of its text and the source's index. */
interface ParagraphAnalysis {
  fids: readonly number[];
  iw: readonly number[];
  refs: readonly number[];
  namesSubject: boolean;
}

/** Per source index, the analysis of each paragraph text (src/model/memo: a re-check redoes only edited paragraphs). */
const ANALYSIS = new WeakMap<SourceIndex, ParagraphMemo<ParagraphAnalysis>>();

function paragraphAnalysis(index: SourceIndex): ParagraphMemo<ParagraphAnalysis> {
  let memo = ANALYSIS.get(index);
  if (memo !== undefined) return memo;
  // draftFeatures marks the features it has seen with a stamp: one per analysed text, on one array per index
  const seen = new Int32Array(index.taskPostings.start.length - 1).fill(-1);
  let stamp = 0;
  memo = new ParagraphMemo((text) => {
    const toks = canonicalTokens(text, index.synonyms);
    const fids = draftFeatures(index, toks, seen, stamp++);
    return {
      fids,
      iw: itemWeights(index, fids, index.itemDistinct.length),
      refs: explicitRefs(index, toks),
      namesSubject: index.subject.size > 0 && namesSubject(toks, index.subject),
    };
  });
  ANALYSIS.set(index, memo);
  return memo;
}

export function computeCoverage(
  model: DocumentModel,
  source: DirectiveSource,
  options: CoverageOptions = {},
): CoverageItem[] {
  const index = indexOf(source);
  const nItems = source.items.length;
  const nTasks = index.tasks.length;
  const notApplicable = new Set(options.notApplicable ?? []);
  const body = options.bodyParagraphs ?? coverageParagraphs(model);

  // Best paragraph per task and per item, attributed paragraphs per item.
  const taskBest = new Float64Array(nTasks);
  const taskEvidence: number[][] = Array.from({ length: nTasks }, () => []);
  const itemEvidence: { paragraph: number; weight: number }[][] = Array.from({ length: nItems }, () => []);
  const explicit = new Array<boolean>(nItems).fill(false);

  // Pass 1: features, item weights and explicit references of every paragraph; sections under headings.
  interface Unit {
    index: number;
    fids: readonly number[];
    iw: readonly number[];
    refs: readonly number[];
    section: number;
    heading: boolean;
    /** The paragraph names the source's subject. */
    subject: boolean;
  }
  const units: Unit[] = [];
  const sections: { heading: Unit | undefined; weight: number[]; refs: readonly number[]; subject: boolean }[] = [
    { heading: undefined, weight: new Array<number>(nItems).fill(0), refs: [], subject: false },
  ];
  const subject = index.subject;
  for (const pi of body) {
    const p = model.paragraphs[pi];
    if (p === undefined || isBlank(p.text)) continue;
    const { fids, iw, refs, namesSubject: subjectNamed } = paragraphAnalysis(index).get(p.text);
    for (const r of refs) explicit[r] = true;
    const heading = isHeading(p);
    const unit: Unit = {
      index: pi,
      fids,
      iw,
      refs,
      section: sections.length - (heading ? 0 : 1),
      heading,
      subject: subjectNamed,
    };
    if (heading) sections.push({ heading: unit, weight: new Array<number>(nItems).fill(0), refs, subject: false });
    const sec = sections[unit.section]!;
    if (unit.subject) sec.subject = true;
    for (let i = 0; i < nItems; i++) sec.weight[i]! += heading ? HEADING_FACTOR * iw[i]! : iw[i]!;
    units.push(unit);
  }
  // The items a section is about: named by number in its heading, or dominating its heading and paragraphs
  // together. A section spread over many items (a flat list of duties) attributes nothing by itself.
  const sectionItems = sections.map((sec) => {
    if (sec.heading === undefined) return [];
    if (sec.refs.length > 0) return sec.refs;
    const top = topItems(sec.weight, THRESHOLDS.sectionShare, THRESHOLDS.sectionMinWeight);
    return top.length <= THRESHOLDS.maxSectionItems ? top : [];
  });

  // A source on one subject ("phòng, chống thiên tai"): a passage answers its substance only when it is about that
  // subject, that is when it or its section names it, or the draft is about it throughout (names it in
  // SUBJECT_PARAGRAPHS paragraphs at least). A plan on other things that shares a few words with an item (a defence
  // drill, "quy hoạch", "kiểm tra, giám sát") has not answered a directive on disasters.
  const onSubject =
    subject.size === 0 || units.filter((u) => u.subject).length >= THRESHOLDS.subjectParagraphs
      ? () => true
      : (u: Unit) => u.subject || sections[u.section]!.subject;

  // Pass 2: each paragraph is evidence for its own main items, its section's items and the items it names.
  const matched = new Float64Array(nTasks);
  const touched: number[] = [];
  const inHome = new Uint8Array(nItems);
  const has = new Int32Array(index.taskPostings.start.length - 1);
  // Whether a paragraph attributed to the item holds any of its substance (a distinctive pair).
  const substance = index.itemDistinct.map((l) => l.length === 0);
  // The item a section is about by its heading alone, when one: a section of its own on the item ("7. Công tác thi
  // đua, khen thưởng") answers it in part even in common words ("khen thưởng 32 tập thể"), never in full.
  const headedItem = sections.map((sec, k) => {
    if (sec.heading === undefined || sectionItems[k]!.length !== 1) return -1;
    const top = topItems(sec.heading.iw, THRESHOLDS.paragraphShare, Number.MIN_VALUE);
    return top.length === 1 && top[0] === sectionItems[k]![0] ? top[0]! : -1;
  });
  const headed = new Array<boolean>(nItems).fill(false);
  const { start, ids, weights } = index.taskPostings;
  for (const u of units) {
    // A heading is too short to be about an item on its own: it counts for its section's items only.
    const own = u.heading ? [] : topItems(u.iw, THRESHOLDS.paragraphShare, THRESHOLDS.paragraphMinWeight);
    inHome.fill(0);
    let any = false;
    for (const list of [own, sectionItems[u.section]!, u.refs])
      for (const i of list)
        if (inHome[i] === 0) {
          inHome[i] = 1;
          any = true;
          itemEvidence[i]!.push({ paragraph: u.index, weight: u.iw[i]! });
        }
    if (!any) continue;
    for (const f of u.fids)
      for (let e = start[f]!; e < start[f + 1]!; e++) {
        const k = ids[e]!;
        if (matched[k] === 0) touched.push(k);
        matched[k]! += weights[e]!;
      }
    for (const f of u.fids) has[f] = u.index + 1;
    const about = onSubject(u);
    const ownSection = about ? headedItem[u.section]! : -1;
    if (about)
      for (let i = 0; i < nItems; i++)
        if (inHome[i] === 1 && !substance[i] && index.itemDistinct[i]!.some((f) => has[f] === u.index + 1))
          substance[i] = true;
    for (const k of touched) {
      const t = index.tasks[k]!;
      const m = matched[k]!;
      matched[k] = 0;
      if (inHome[t.item] === 0) continue;
      const sc = Math.min(1, m / t.norm);
      // A paragraph that restates the whole task (its capped weight matched) addresses its substance too.
      if (sc >= THRESHOLDS.restates && about) substance[t.item] = true;
      if (sc > taskBest[k]!) taskBest[k] = sc;
      if (t.item === ownSection && sc >= THRESHOLDS.taskAnswered) headed[t.item] = true;
      if (sc >= THRESHOLDS.taskAnswered) taskEvidence[k]!.push(u.index);
    }
    touched.length = 0;
  }

  const evidenceOf = (paragraphs: number[]): CoverageEvidence[] =>
    paragraphs.map((i) => ({ paragraph: i, excerpt: excerptOf(model.paragraphs[i]!.text) }));

  return source.items.map((item, i) => {
    const tasks: TaskCoverage[] = [];
    let answered = 0;
    index.tasks.forEach((t, k) => {
      if (t.item !== i) return;
      const score = round2(taskBest[k]!);
      if (!substance[i] && !headed[i]) taskBest[k] = Math.min(taskBest[k]!, THRESHOLDS.taskAnswered / 2 - 0.01);
      const ok = taskBest[k]! >= THRESHOLDS.taskAnswered;
      if (ok) answered++;
      tasks.push({
        id: t.id,
        label: t.label,
        status: notApplicable.has(item.number)
          ? "not-applicable"
          : ok
            ? "covered"
            : score >= THRESHOLDS.taskAnswered / 2
              ? "partial"
              : "missing",
        score,
        evidence: substance[i] || headed[i] ? evidenceOf(taskEvidence[k]!.slice(0, THRESHOLDS.maxEvidence)) : [],
      });
    });
    const share = tasks.length === 0 ? 0 : answered / tasks.length;
    const score = round2(explicit[i] ? Math.max(share, 1) : share);
    let status: CoverageStatus;
    if (notApplicable.has(item.number)) status = "not-applicable";
    else if (explicit[i]) status = "covered";
    // Without its substance, a section of its own on the item answers it in part at most.
    else if (!substance[i]) status = headed[i] && answered > 0 ? "partial" : "missing";
    else if (share >= THRESHOLDS.covered) status = "covered";
    else if (answered > 0) status = "partial";
    else status = "missing";
    const strongest = [...itemEvidence[i]!]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, THRESHOLDS.maxEvidence)
      .map((e) => e.paragraph)
      .sort((a, b) => a - b);
    return {
      item: item.number,
      title: item.title,
      status,
      score,
      evidence: status === "missing" ? [] : evidenceOf(strongest),
      tasks,
    };
  });
}

/** Whether a paragraph's tokens hold one of the subject's word pairs. */
function namesSubject(toks: readonly string[], subject: ReadonlySet<string>): boolean {
  for (let i = 0; i + 1 < toks.length; i++) if (subject.has(`${toks[i]} ${toks[i + 1]}`)) return true;
  return false;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
