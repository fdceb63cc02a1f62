/**
 * The tokens the directive parser and the coverage matcher compare: the same as normalizeForMatch's (NFC, lower case,
 * tone marks folded to the new style, punctuation dropped), computed by a hand-written scanner several times faster
 * than Unicode-property regular expressions. The matcher keys every paragraph of a 100-page draft with it.
 */
import { array, number, object, optional, parseData, record, string } from "../model/schema";
import { foldToneMarks } from "../model/text";
import boilerplateJson from "./data/boilerplate.json";

/** Word characters for the matcher: ASCII letters and digits, Latin letters with diacritics (Vietnamese), marks. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x300 && c <= 0x36f)
  );
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Dashes and minus signs that stand for "-" ("2021–2030"). */
const isDash = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
/** Invisible format characters (soft hyphen, zero-width space and joiners, BOM): they split nothing. */
const isInvisible = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
/** ò ó õ ù ú ũ ỏ ọ ủ ụ: the toned first vowels of old-style "oa", "oe", "uy". */
const isOldToneVowel = (c: number): boolean =>
  c === 0xf2 ||
  c === 0xf3 ||
  c === 0xf5 ||
  c === 0xf9 ||
  c === 0xfa ||
  c === 0x169 ||
  c === 0x1ecd ||
  c === 0x1ecf ||
  c === 0x1ee5 ||
  c === 0x1ee7;

const COMBINING = /[\u0300-\u036f]/;

/** Tone-mark folding per syllable, cached: a draft's vocabulary is small, its text long. */
const FOLDED = new Map<string, string>();
function foldToken(t: string): string {
  let f = FOLDED.get(t);
  if (f === undefined) {
    f = foldToneMarks(t);
    if (FOLDED.size < 100000) FOLDED.set(t, f);
  }
  return f;
}

/**
 * The matcher's tokens of a text: NFC, lower case, tone marks folded (new style), punctuation dropped; "-" and "/"
 * kept inside references ("48-kl/tw", "2021-2030"), "." and "," inside numbers ("2.4", "1.000"). The same tokens as
 * normalizeForMatch gives for running text, computed several times faster (a hand-written scanner instead of
 * Unicode-property regular expressions): the matcher keys every paragraph of a 100-page draft.
 */
export function matchTokens(text: string): string[] {
  // Model text is NFC already; only decomposed input (combining marks) needs composing.
  const s = (COMBINING.test(text) ? text.normalize("NFC") : text).toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let start = -1;
  let flags = 0; // 1: a dash to normalise, 2: ð, 4: maybe an old-style tone mark, 8: an invisible character
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c === 0xf0) flags |= 2;
      else if (isOldToneVowel(c)) flags |= 4;
      continue;
    }
    if (start >= 0 && i + 1 < n) {
      if (isInvisible(c)) {
        flags |= 8;
        continue;
      }
      const next = s.charCodeAt(i + 1);
      if (c === 45 || c === 47 || isDash(c)) {
        if (isWordChar(next)) {
          if (c !== 45 && c !== 47) flags |= 1;
          continue;
        }
      } else if ((c === 46 || c === 44) && isDigit(s.charCodeAt(i - 1)) && isDigit(next)) continue;
    }
    if (start < 0) continue;
    let t = s.slice(start, i);
    if (flags !== 0) {
      if (flags & 8) t = t.replace(/[\u00ad\u200b-\u200d\ufeff]/g, "");
      if (flags & 1) t = t.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-");
      if (flags & 2) t = t.replace(/ð/g, "đ");
      if (flags & 4) t = foldToken(t);
    }
    out.push(t);
    start = -1;
    flags = 0;
  }
  return out;
}

/** Tokens joined by one space. */
export function matchKey(text: string): string {
  return matchTokens(text).join(" ");
}

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
