/**
 * text/typing's first look at a paragraph: one pass over its characters that says which of the rule's readings may
 * find something (`typingSigns`). Each sign holds wherever the quick pattern it stands for matches, and the reading it
 * opens then runs the rule's exact patterns; a paragraph with no sign (most of them) is not read further.
 *
 * Why one pass: the rule tested every paragraph with seven quick patterns, each a scan of the whole text (a tone key
 * after a vowel or ending a word, a doubled vowel key, a legacy-encoded character, two spaces or a space before a mark,
 * a quotation mark or bracket, an address). On the Word-written 100-page plan of `npm run bench` those scans were
 * half the rule's time and made it the slowest rule but coverage. Here each character is looked up once: its class
 * (`CLASS`), then what the pair (the character before, this one) signals (`SIGNS`), both tables made once at load.
 */
import { TYPING_DATA } from "../data";

/** A key a Vietnamese word does not hold (f j w z, the stray characters), a tone key after a vowel or ending a word,
 * or a digit after a letter: what /[fjwz…]|[aeiouyăâêôơư][sfrxj]|[sfrxj](?![\p{L}\p{M}\p{N}])|[a-zđăâêôơư]\d/iu
 * finds (and, since a tone key before a letter of another script counts as ending a word, a little more). */
export const MAY_HOLD_TELEX = 1;
/** f j w z or a stray character of data/typing.json, in either case. */
export const RARE_KEY = 2;
/** dd, aa, ee or oo, in either case. */
export const DOUBLED_KEY = 4;
/** A Latin-1 character that is no Vietnamese letter: text in TCVN3 or VNI shown in a Unicode font has them. */
export const LEGACY_CHARACTER = 8;
/** Two spaces (or no-break spaces), a space before , . ; : ) or a , ; : before anything but white space or a digit. */
export const SPACING_SLIP = 16;
/** A quotation mark (“ ” ") or a bracket. */
export const PAIR_MARK = 32;
/** @, :/, a full stop before an ASCII letter or after a w: where a web or e-mail address or a file name may be. */
export const MAY_HOLD_ADDRESS = 64;

// What a character is, one bit each; a character's class is the set of these it has.
const VOWEL = 1 << 0; // aeiouyăâêôơư in either case
const TONE_KEY = 1 << 1; // s f r x j (ſ folds to s)
const RARE = 1 << 2; // f j w z, the stray characters
const DIGIT = 1 << 3;
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
const DOUBLED = [1 << 18, 1 << 19, 1 << 20, 1 << 21] as const; // d a e o: each its own bit, so a pair can match them

const properties = new Uint32Array(0x10000);
/** The characters given a property (a few hundred): the classes are made from these, not from all 65,536. */
const described: number[] = [];
const addRange = (from: number, to: number, bits: number): void => {
  for (let c = from; c <= to; c++) {
    if (properties[c] === 0) described.push(c);
    properties[c]! |= bits;
  }
};
const add = (chars: string, bits: number): void => {
  for (const ch of chars) addRange(ch.charCodeAt(0), ch.charCodeAt(0), bits);
};
const UPPER = (s: string): string => s.toUpperCase();

add("aeiouyăâêôơư" + UPPER("aeiouyăâêôơư"), VOWEL);
add("sfrxjſSFRXJ", TONE_KEY);
add("fjwzFJWZ" + TYPING_DATA.strayCharacters.characters, RARE);
addRange(0x30, 0x39, DIGIT | LATIN | WHITE_OR_DIGIT);
addRange(0x61, 0x7a, LETTER | LATIN | ASCII_LETTER);
addRange(0x41, 0x5a, LETTER | LATIN | ASCII_LETTER);
add("đăâêôơưĐĂÂÊÔƠƯſ\u212a", LETTER);
for (const [from, to] of [
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
  [0x300, 0x36f],
  [0x1e00, 0x1eff],
] as const)
  addRange(from, to, LATIN);
add(" \u00a0", SPACE | AFTER_SPACE);
add(",.;:)", AFTER_SPACE);
add(",;:", MARK);
// JavaScript's \s: what String.prototype.trim removes
add("\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff", WHITE_OR_DIGIT);
addRange(0x2000, 0x200a, WHITE_OR_DIGIT);
for (const [from, to] of [
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
] as const)
  addRange(from, to, LEGACY);
add('“”()"', PAIR);
add("@", AT);
add(":", COLON);
add("/", SLASH);
add(".", FULL_STOP);
add("wW", W);
"daeo".split("").forEach((letter, k) => add(letter + UPPER(letter), DOUBLED[k]!));

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
  for (const bit of DOUBLED) if (before & bit && after & bit) signs |= DOUBLED_KEY;
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
  return signs;
}

/** Each character's class: 0 for those with no property (and for "no character", before the first). */
const CLASS = new Uint8Array(0x10000);
const classProperties: number[] = [0];
{
  const classOf = new Map<number, number>([[0, 0]]);
  for (const c of described) {
    const p = properties[c]!;
    let k = classOf.get(p);
    if (k === undefined) {
      k = classProperties.length;
      classProperties.push(p);
      classOf.set(p, k);
    }
    CLASS[c] = k;
  }
}
/** Classes fit in 6 bits: a pair's row is the class before, shifted. */
const ROW = 6;
if (classProperties.length > 1 << ROW) throw new Error("typing-scan: more character classes than the table holds");
const SIGNS = new Uint8Array(1 << (2 * ROW));
for (let b = 0; b < classProperties.length; b++)
  for (let a = 0; a < classProperties.length; a++)
    SIGNS[(b << ROW) | a] = signsOf(classProperties[b]!, classProperties[a]!);
/** A tone key ending the text (no character after it) is a tone key ending a word. */
const ENDING: number[] = classProperties.map((p) => (p & TONE_KEY ? MAY_HOLD_TELEX : 0));

/** The signs of a paragraph's text: a bit for each reading that may find something in it (0: none). */
export function typingSigns(text: string): number {
  let signs = 0;
  let row = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    signs |= SIGNS[row | k]!;
    row = k << ROW;
  }
  return signs | ENDING[row >> ROW]!;
}
