/**
 * text/repeated-word: a word or a two- or three-syllable phrase written twice in a row ("tác tác",
 * "phát triển phát triển"). Correct reduplications ("từ từ", "ngày ngày", "đời đời") are data
 * (src/rules/data/text.json). Only whitespace may separate the two copies; numbers are ignored. A warning, no fix.
 */
import { ParagraphMemo } from "../../model/memo";
import { normalizeForMatch } from "../../model/text";
import { TEXT_DATA } from "../data";
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "text/repeated-word",
  area: "text",
  description: "Từ hoặc cụm từ bị lặp liền nhau (“tác tác”, “phát triển phát triển”).",
  messages: {
    repeated: "Lặp từ “{words}”; kiểm tra và bỏ bớt một lần “{word}”",
  },
};

const ALLOWED = new Set(TEXT_DATA.reduplications.map((r) => normalizeForMatch(r)));
/** "trực tiếp|tiếp nhận" → left ["trực", "tiếp"], right ["tiếp", "nhận"]. */
const OVERLAPS = TEXT_DATA.overlaps.pairs.map((pair) => {
  const [left, right] = pair.split("|").map((s) => normalizeForMatch(s).split(" "));
  return { left: left!, right: right! };
});

/** The doubled syllable at k, k+1 ends one compound and starts another ("trực tiếp tiếp nhận"). */
function isOverlap(key: (k: number) => string, count: number, k: number): boolean {
  return OVERLAPS.some(({ left, right }) => {
    const from = k - left.length + 1;
    if (from < 0 || k + right.length >= count + 1) return false;
    for (let j = 0; j < left.length; j++) if (normalizeForMatch(key(from + j)) !== left[j]) return false;
    for (let j = 0; j < right.length; j++) if (normalizeForMatch(key(k + 1 + j)) !== right[j]) return false;
    return true;
  });
}
const MAX_N = 3;

/**
 * A token is a run of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/u), read here unit by unit: one regex match
 * per token, and one toLowerCase() per token, were most of this rule's time. Each UTF-16 unit's class is asked of
 * the regex once and remembered; a surrogate pair is asked as one code point.
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** A word unit whose lower case is not one unit whatever surrounds it: "İ" (two units), "Σ" (σ or ς by what follows). */
const WORD_NOT_PER_UNIT = 3;
/** Half of a surrogate pair: the pair is asked as one code point. */
const SURROGATE = 4;
const UNIT_CLASS = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);
/** Each BMP unit's lower case, once its class is known. */
const LOWER_UNIT = new Uint16Array(0x10000);
function learnClass(code: number): number {
  const s = String.fromCharCode(code);
  const lower = s.toLowerCase();
  const k = !WORD_CHAR.test(s) ? OTHER : lower.length !== 1 || code === 0x3a3 ? WORD_NOT_PER_UNIT : WORD;
  UNIT_CLASS[code] = k;
  LOWER_UNIT[code] = lower.charCodeAt(0);
  return k;
}

/** Token k of the paragraph being read is [starts[k], ends[k]); typed arrays, grown as needed, kept across calls. */
let starts = new Int32Array(256);
let ends = new Int32Array(256);

/**
 * The tokens of a paragraph into starts and ends; returns their count, negated when tokens may not be compared by
 * LOWER_UNIT unit by unit (a unit of WORD_NOT_PER_UNIT or a surrogate in the paragraph): unit by unit equals comparing
 * their toLowerCase() otherwise.
 */
function tokenize(text: string): number {
  const length = text.length;
  // a paragraph has fewer than length / 2 + 1 tokens
  if (starts.length <= length >> 1) {
    starts = new Int32Array((length >> 1) + 1);
    ends = new Int32Array((length >> 1) + 1);
  }
  // the arrays as locals, and the common units (a known letter or digit, a known other) first, each ending its turn:
  // 1.15 → 0.73 ms over the 1,500 paragraphs of the bench's plan
  const tokenStarts = starts;
  const tokenEnds = ends;
  const unitClass = UNIT_CLASS;
  let count = 0;
  let perUnit = true;
  let start = -1;
  for (let c = 0; c < length; c++) {
    const code = text.charCodeAt(c);
    const k = unitClass[code]!;
    if (k === WORD) {
      if (start < 0) start = c;
      continue;
    }
    if (k === OTHER) {
      if (start >= 0) {
        tokenStarts[count] = start;
        tokenEnds[count++] = c;
        start = -1;
      }
      continue;
    }
    if (k === UNKNOWN) {
      learnClass(code);
      c--; // read again, its class now known
      continue;
    }
    if (k === SURROGATE) {
      perUnit = false;
      const low = text.charCodeAt(c + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(text.slice(c, c + 2))) {
        if (start < 0) start = c;
        c++; // the low surrogate
      } else if (start >= 0) {
        tokenStarts[count] = start;
        tokenEnds[count++] = c;
        start = -1;
      }
      continue;
    }
    // WORD_NOT_PER_UNIT
    perUnit = false;
    if (start < 0) start = c;
  }
  if (start >= 0) {
    starts[count] = start;
    ends[count++] = length;
  }
  return perUnit ? count : -count;
}

/** The tokens tokenize finds in a text, and whether they compare unit by unit (for its tests). */
export function tokensOf(text: string): { tokens: string[]; perUnit: boolean } {
  const signed = tokenize(text);
  const tokens: string[] = [];
  for (let k = 0; k < Math.abs(signed); k++) tokens.push(text.slice(starts[k], ends[k]));
  return { tokens, perUnit: signed >= 0 };
}

/** Tokens x and y in lower case are equal, compared unit by unit (the paragraph allows it). */
function sameUnits(text: string, x: number, y: number): boolean {
  const x0 = starts[x]!;
  const y0 = starts[y]!;
  const length = ends[x]! - x0;
  if (ends[y]! - y0 !== length) return false;
  for (let j = 0; j < length; j++) {
    const a = text.charCodeAt(x0 + j);
    const b = text.charCodeAt(y0 + j);
    if (a !== b && LOWER_UNIT[a] !== LOWER_UNIT[b]) return false;
  }
  return true;
}

/** A repetition found in a paragraph text: the two copies, the one to drop, the excerpt around them. */
interface Repeat {
  words: string;
  word: string;
  excerpt: string;
}

/** The repetitions of a paragraph text: a pure function of the text. */
function repeatsIn(text: string): Repeat[] {
  const out: Repeat[] = [];
  const signedCount = tokenize(text);
  const perUnit = signedCount >= 0;
  const count = Math.abs(signedCount);
  if (count < 2) return out;
  /** Token k in lower case ("" past the last). */
  const key = (k: number): string => (k >= count ? "" : text.slice(starts[k], ends[k]).toLowerCase());
  /** key(x) === key(y), without building either string where the paragraph allows. */
  const same = (x: number, y: number): boolean => (perUnit ? sameUnits(text, x, y) : key(x) === key(y));
  // Token k and k+1 are adjacent when only spaces separate them.
  const adjacent = (k: number): boolean => {
    for (let c = ends[k]!; c < starts[k + 1]!; c++) {
      const ch = text.charCodeAt(c);
      if (ch !== 32 && ch !== 0xa0) return false;
    }
    return true;
  };
  for (let i = 0; i < count; i++) {
    for (let n = 1; n <= MAX_N && i + 2 * n <= count; n++) {
      if (!same(i, i + n)) continue;
      let equal = true;
      for (let k = 1; k < n && equal; k++) equal = same(i + k, i + n + k);
      if (!equal) continue;
      let joined = true;
      for (let k = i; k < i + 2 * n - 1 && joined; k++) joined = adjacent(k);
      if (!joined) continue;
      let digit = false;
      for (let k = i; k < i + n && !digit; k++) digit = /\p{N}/u.test(key(k));
      if (digit) continue;
      const last = i + 2 * n - 1;
      const words = text.slice(starts[i]!, ends[last]!);
      if (n === 1 && ALLOWED.has(normalizeForMatch(words))) continue;
      if (n === 1 && isOverlap(key, count, i)) continue;
      // "Lâm Đồng đồng hành", "Đại hội Hội viên": one copy capitalised and the other not are two different words.
      const [a, b] = [text[starts[i]!]!, text[starts[i + 1]!]!];
      if (n === 1 && (a === a.toLowerCase()) !== (b === b.toLowerCase())) continue;
      out.push({
        words,
        word: text.slice(starts[i]!, ends[i + n - 1]!),
        excerpt: excerptOf(text.slice(Math.max(0, starts[i]! - 30), ends[last]! + 30)),
      });
      i = last;
      break;
    }
  }
  return out;
}

/** Memoised by text (src/model/memo): a re-check reads only the edited paragraphs again. */
const REPEATS = new ParagraphMemo((text: string): readonly Repeat[] => repeatsIn(text));

export const check: Rule["check"] = (model, ctx) => {
  for (const p of model.paragraphs)
    for (const { words, word, excerpt } of REPEATS.get(p.text))
      ctx.report({
        messageId: "repeated",
        data: { words, word },
        severity: "warning",
        basis: TEXT_DATA.basis.repeatedWord,
        paragraph: p.index,
        excerpt,
      });
};

export const rule: Rule = { meta, check };
