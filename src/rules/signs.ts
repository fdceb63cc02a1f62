/**
 * A paragraph's character signs: one pass over its text that says which readings of the rules may find something
 * there (`paragraphSigns`). Each sign holds wherever the quick pattern it stands for matches; the rule that asks then
 * runs its exact patterns, and a paragraph without the sign is not read further. The check reads every paragraph's
 * signs once, before the rules ("(character signs)" in the timing), and the rules look them up (memoised by text).
 *
 * Why one pass: text/typing tested every paragraph with seven quick patterns, each a scan of the whole text, and
 * text/abbreviation walked it once more for a capital before a capital or a digit. On the Word-written 100-page plan of
 * `npm run bench` those scans were half of text/typing's time and a fifth of text/abbreviation's. Here each character
 * is looked up once: its class (`CLASS`, learnt when a character is first met), then what the pair (the character
 * before, this one) signals (`SIGNS`).
 */
import { TYPING_DATA } from "./data";
import { ParagraphMemo } from "../model/memo";

/**
 * text/typing: a key a Vietnamese word does not hold (f j w z, the stray characters), a tone key after a vowel or
 * ending a word, or a digit after a letter: what /[fjwz…]|[aeiouyăâêôơư][sfrxj]|[sfrxj](?![\p{L}\p{M}\p{N}])|
 * [a-zđăâêôơư]\d/iu finds (and, since a tone key before a letter of another script counts as ending a word, a little
 * more).
 */
export const MAY_HOLD_TELEX = 1;
/** text/typing: f j w z or a stray character of data/typing.json, in either case. */
export const RARE_KEY = 2;
/** text/typing: dd, aa, ee or oo, in either case. */
export const DOUBLED_KEY = 4;
/** text/typing: a Latin-1 character that is no Vietnamese letter (TCVN3 or VNI text shown in a Unicode font). */
export const LEGACY_CHARACTER = 8;
/** text/typing: two spaces (or no-break spaces), a space before , . ; : ) or a , ; : before a non-space non-digit. */
export const SPACING_SLIP = 16;
/** text/typing: a quotation mark (“ ” ") or a bracket. */
export const PAIR_MARK = 32;
/** text/typing: @, :/, a full stop before an ASCII letter or after a w: where an address or a file name may be. */
export const MAY_HOLD_ADDRESS = 64;
/** text/abbreviation: a capital (\p{Lu}) before a capital or a digit (\p{Nd}), in the BMP: "UBND", "HĐND", "B2". */
export const CAPITAL_PAIR = 128;
/** A surrogate: a character beyond the BMP, which CAPITAL_PAIR does not read (its asker then reads the text itself). */
export const SURROGATE = 256;

// What a character is, one bit each; a character's class is the set of these it has.
const VOWEL = 1 << 0; // aeiouyăâêôơư in either case
const TONE_KEY = 1 << 1; // s f r x j (ſ folds to s)
const RARE = 1 << 2; // f j w z, the stray characters
const DIGIT = 1 << 3; // 0–9
const LETTER = 1 << 4; // a–z, đăâêôơư in either case, ſ and the Kelvin sign (which fold to s and k)
const LATIN = 1 << 5; // Latin letters, combining marks and digits: what "a tone key ending a word" must not be before
const SPACE = 1 << 6; // space, no-break space
const AFTER_SPACE = 1 << 7; // space, no-break space , . ; : )
const MARK = 1 << 8; // , ; :
const WHITE_OR_DIGIT = 1 << 9; // \s and 0–9
const LEGACY = 1 << 10;
const PAIR = 1 << 11;
const AT = 1 << 12;
const COLON = 1 << 13;
const SLASH = 1 << 14;
const FULL_STOP = 1 << 15;
const W = 1 << 16;
const ASCII_LETTER = 1 << 17;
const CAPITAL = 1 << 18; // \p{Lu}
const CAPITAL_OR_DIGIT = 1 << 19; // \p{Lu} or \p{Nd}
const SURROGATE_UNIT = 1 << 20;
const DOUBLED = [1 << 21, 1 << 22, 1 << 23, 1 << 24] as const; // d a e o: each its own bit, so a pair can match them
const ANY_DOUBLED = DOUBLED[0] | DOUBLED[1] | DOUBLED[2] | DOUBLED[3];

const VOWELS = "aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ";
const TONE_KEYS = "sfrxjſSFRXJ";
const RARES = "fjwzFJWZ" + TYPING_DATA.strayCharacters.characters;
const LETTERS = "đăâêôơưĐĂÂÊÔƠƯſ\u212a";
// JavaScript's \s in the BMP: what String.prototype.trim removes
const WHITE = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff";
/** Latin-1 characters that are no Vietnamese letters: TCVN3 and VNI text shown in a Unicode font has them. */
export const LEGACY_RANGES: readonly (readonly [number, number])[] = [
  [0xa1, 0xbf],
  [0xc4, 0xc7],
  [0xcb, 0xcb],
  [0xce, 0xd1],
  [0xd6, 0xd8],
  [0xdb, 0xdc],
  [0xde, 0xdf],
  [0xe4, 0xe7],
  [0xeb, 0xeb],
  [0xee, 0xf1],
  [0xf6, 0xf8],
  [0xfb, 0xfc],
  [0xfe, 0xff],
];
const LATIN_RANGES: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
];
const inRanges = (c: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([from, to]) => c >= from && c <= to);
const ONE_CAPITAL = /^\p{Lu}$/u;
const ONE_DIGIT = /^\p{Nd}$/u;

/** What the UTF-16 code unit `c` is: the properties above. */
function propertiesOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE_UNIT;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let p = 0;
  if (VOWELS.includes(ch)) p |= VOWEL;
  if (TONE_KEYS.includes(ch)) p |= TONE_KEY;
  if (RARES.includes(ch)) p |= RARE;
  if (c >= 0x30 && c <= 0x39) p |= DIGIT | WHITE_OR_DIGIT;
  const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (ascii) p |= ASCII_LETTER;
  if (ascii || LETTERS.includes(ch)) p |= LETTER;
  if (inRanges(c, LATIN_RANGES)) p |= LATIN;
  if (c === 0x20 || c === 0xa0) p |= SPACE | AFTER_SPACE;
  if (",.;:)".includes(ch)) p |= AFTER_SPACE;
  if (",;:".includes(ch)) p |= MARK;
  if (WHITE.includes(ch) || (c >= 0x2000 && c <= 0x200a)) p |= WHITE_OR_DIGIT;
  if (inRanges(c, LEGACY_RANGES)) p |= LEGACY;
  if ('“”()"'.includes(ch)) p |= PAIR;
  if (ch === "@") p |= AT;
  if (ch === ":") p |= COLON;
  if (ch === "/") p |= SLASH;
  if (ch === ".") p |= FULL_STOP;
  if (lower === "w") p |= W;
  const doubled = "daeo".indexOf(lower);
  if (doubled >= 0 && ascii) p |= DOUBLED[doubled]!;
  const capital = ONE_CAPITAL.test(ch);
  if (capital) p |= CAPITAL;
  if (capital || ONE_DIGIT.test(ch)) p |= CAPITAL_OR_DIGIT;
  return p;
}

/** What the pair (the character before, with properties `before`, this one, with `after`) signals. */
function signsOf(before: number, after: number): number {
  let signs = 0;
  if (after & RARE) signs |= MAY_HOLD_TELEX | RARE_KEY;
  if (
    (before & VOWEL && after & TONE_KEY) ||
    (before & TONE_KEY && !(after & LATIN)) ||
    (before & LETTER && after & DIGIT)
  )
    signs |= MAY_HOLD_TELEX;
  if (before & after & ANY_DOUBLED) signs |= DOUBLED_KEY; // the same letter twice
  if (after & LEGACY) signs |= LEGACY_CHARACTER;
  if ((before & SPACE && after & AFTER_SPACE) || (before & MARK && !(after & WHITE_OR_DIGIT))) signs |= SPACING_SLIP;
  if (after & PAIR) signs |= PAIR_MARK;
  if (
    after & AT ||
    (before & COLON && after & SLASH) ||
    (before & FULL_STOP && after & ASCII_LETTER) ||
    (before & W && after & FULL_STOP)
  )
    signs |= MAY_HOLD_ADDRESS;
  if (before & CAPITAL && after & CAPITAL_OR_DIGIT) signs |= CAPITAL_PAIR;
  if (after & SURROGATE_UNIT) signs |= SURROGATE;
  return signs;
}

/**
 * Classes: 0 is "no character" (before the first), and a class is made for each set of properties met; a pair's
 * row in SIGNS is the class before, shifted by ROW bits. A code unit's class is learnt when it is first met (NEW).
 */
const ROW = 7;
const NEW = 0xff;
const CLASS = new Uint8Array(0x10000).fill(NEW);
const classProperties: number[] = [0];
const classOf = new Map<number, number>([[0, 0]]);
const SIGNS = new Uint16Array(1 << (2 * ROW));
/** A tone key ending the text (no character after it) is a tone key ending a word. */
const ENDING: number[] = [0];

function learn(c: number): number {
  const p = propertiesOf(c);
  let k = classOf.get(p);
  if (k === undefined) {
    k = classProperties.length;
    // a set of properties per class: a few dozen sets exist at most, well under the table's 127
    if (k >= (1 << ROW) - 1) throw new Error("signs: more character classes than the table holds");
    classProperties.push(p);
    classOf.set(p, k);
    for (let other = 0; other <= k; other++) {
      SIGNS[(other << ROW) | k] = signsOf(classProperties[other]!, p);
      SIGNS[(k << ROW) | other] = signsOf(p, classProperties[other]!);
    }
    ENDING.push(p & TONE_KEY ? MAY_HOLD_TELEX : 0);
  }
  CLASS[c] = k;
  return k;
}

/** The signs of a text, read now: a bit for each reading that may find something in it (0: none). */
export function textSigns(text: string): number {
  let signs = 0;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === NEW) k = learn(c);
    signs |= SIGNS[row | k]!;
    row = k << ROW;
  }
  return signs | ENDING[row >> ROW]!;
}

const SIGNS_OF_TEXT = new ParagraphMemo(textSigns);

/** The signs of a paragraph's text, read once per check (memoised by text: a re-check reads only edited paragraphs). */
export function paragraphSigns(text: string): number {
  return SIGNS_OF_TEXT.get(text);
}

const CAPITAL_PAIR_BEYOND_BMP = /\p{Lu}[\p{Lu}\p{Nd}]/u;

/**
 * Whether a paragraph's text holds a capital letter followed by a capital or a digit (/\p{Lu}[\p{Lu}\p{Nd}]/u), the
 * mark of a possible abbreviation ("UBND", "HĐND", "QĐ", "B2"): its CAPITAL_PAIR sign, or, in a text with a surrogate
 * (a letter beyond the BMP, which the signs do not read), the regex itself.
 */
export function hasCapitalPair(text: string): boolean {
  const signs = paragraphSigns(text);
  return (signs & SURROGATE) === 0 ? (signs & CAPITAL_PAIR) !== 0 : CAPITAL_PAIR_BEYOND_BMP.test(text);
}
