/**
 * The tokens the directive parser and the coverage matcher compare: the same as normalizeForMatch's (NFC, lower case,
 * tone marks folded to the new style, punctuation dropped), computed by a hand-written scanner several times faster
 * than Unicode-property regular expressions. The matcher keys every paragraph of a 100-page draft with it.
 */
import { foldToneMarks } from "../model/text";

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
