/**
 * What the directive parser and the coverage matcher compare: the tokens of src/model/text.ts's scanner
 * (matchTokens: normalizeForMatch's tokens on Vietnamese text, computed several times faster), the word pairs that
 * say something, and the subject of a source.
 */
import { array, number, object, optional, parseData, record, string } from "../model/schema";
import { matchKey, matchTokens } from "../model/text";
import boilerplateJson from "./data/boilerplate.json";

export { matchKey, matchTokens };

// ---------------------------------------------------------------------------------------------------------------
// Word pairs that say something, and the subject of a source

/** data/boilerplate.json: administrative phrases, stop syllables, and how common each word pair is in real documents. */
export const boilerplateData = parseData(
  object({
    $comment: optional(string()),
    phrases: array(string()),
    stopwords: array(string()),
    generic: object({ $comment: optional(string()), phrases: array(string()) }),
    common: object({
      $comment: optional(string()),
      documents: number(),
      minDocuments: number(),
      byDocuments: record(array(string())),
    }),
  }),
  boilerplateJson,
  "src/directives/data/boilerplate.json",
);

/** Syllables that make a word pair meaningless on their own ("của", "các", "tiếp" of "tiếp tục" alone). */
export const SINGLE_STOP = new Set<string>();
/** Word pairs inside an administrative phrase ("tăng cường", "lãnh đạo, chỉ đạo"): they say nothing of a subject. */
export const ZERO_BIGRAMS = new Set<string>();
for (const w of boilerplateData.stopwords) SINGLE_STOP.add(matchKey(w));
for (const phrase of boilerplateData.phrases) {
  const toks = matchTokens(phrase);
  if (toks.length === 1) SINGLE_STOP.add(toks[0]!);
  for (let i = 0; i + 1 < toks.length; i++) ZERO_BIGRAMS.add(`${toks[i]} ${toks[i + 1]}`);
}

/**
 * How common a word pair is in documents of any subject (data/boilerplate.json "common", counted over real documents
 * by scripts/make-coverage-background.ts): the number of documents holding it, for pairs in at least `minDocuments`.
 */
export const COMMON_DF = new Map<string, number>();
for (const [n, pairs] of Object.entries(boilerplateData.common.byDocuments))
  for (const g of pairs) COMMON_DF.set(g, Number(n));

/** A pair in at most this many of the background documents is rare: it names a subject ("thiên tai", "sạt lở"). */
export const RARE_MAX_DOCUMENTS = 12;

/** Word pairs of the generic leadership phrases ("đề cao trách nhiệm người đứng đầu"): never an item's substance. */
export const GENERIC_PAIRS = new Set<string>();
for (const phrase of boilerplateData.generic.phrases) {
  const toks = matchTokens(phrase);
  for (let i = 0; i + 1 < toks.length; i++) GENERIC_PAIRS.add(`${toks[i]} ${toks[i + 1]}`);
}

const NUMERIC_TOKEN = /^[\d.,/%-]+$/u;

/** The word pairs of a text that may carry a subject: no stop syllable, no administrative phrase, no number. */
export function contentPairs(text: string): Set<string> {
  const toks = matchTokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (SINGLE_STOP.has(a) || SINGLE_STOP.has(b) || NUMERIC_TOKEN.test(a) || NUMERIC_TOKEN.test(b)) continue;
    const g = `${a} ${b}`;
    if (!ZERO_BIGRAMS.has(g)) out.add(g);
  }
  return out;
}

/**
 * The subject of a source: the rare word pairs (RARE_MAX_DOCUMENTS) of what its title is about (after "về":
 * "thiên tai" of "phòng, chống thiên tai và tìm kiếm cứu nạn") that its items keep coming back to: in at least half of
 * them, and in two at least. A conclusion on many subjects ("một số nhiệm vụ, giải pháp trọng tâm ... nhiệm kỳ Đại
 * hội") has none, nor has a resolution whose items are each a subject of their own ("hạ tầng số", "kinh tế số").
 */
export function subjectPairs(title: string, items: readonly string[]): Set<string> {
  const about = /(?:^|\s)về\s+(.+)$/iu.exec(title)?.[1] ?? "";
  const out = new Set<string>();
  if (about === "" || items.length < 2) return out;
  const keys = items.map((t) => ` ${matchKey(t)} `);
  for (const g of contentPairs(about)) {
    if ((COMMON_DF.get(g) ?? 0) > RARE_MAX_DOCUMENTS) continue;
    const n = keys.filter((k) => k.includes(` ${g} `)).length;
    if (n >= 2 && n * 2 >= items.length) out.add(g);
  }
  return out;
}
