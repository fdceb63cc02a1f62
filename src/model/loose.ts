/**
 * Loose patterns: a quick first test, on a paragraph's own text, that never misses what a test on its folded match
 * key (`foldedMatchKey`, spaces left out) finds. Each letter or digit of a key is matched by every character that
 * leaves that letter once lower-cased and decomposed (NFD: "ế", "Ế" and "e" followed by its marks all stand for "e";
 * LOOSE_LETTERS), d also as đ or ð, and anything that leaves no letter is allowed between them (marks, spaces,
 * punctuation, invisible format characters): each letter or digit of the key comes from one character of the text, and
 * what lies between them is dropped by both. One regex scan of text that is neither lower-cased nor decomposed first:
 * quick even before the JIT warms up, where keying every paragraph of a draft is not.
 */
import { LOOSE_LETTERS } from "./looseLetters";
import { escapeClass, foldedMatchKey } from "./text";

/** The characters that stand for a letter or digit of a key (none for a character of no key). */
const standFor = (letter: string): string => escapeClass(LOOSE_LETTERS[letter] ?? "");
const ANY_LETTER_CHARS = escapeClass(Object.values(LOOSE_LETTERS).join(""));
/** Between two letters or digits of a loose pattern: any run of characters that leave none. */
export const LOOSE_SKIP = `[^${ANY_LETTER_CHARS}]*`;
/** Any one character that leaves a letter or digit. */
export const LOOSE_ANY_LETTER = `[${ANY_LETTER_CHARS}]`;

/** A folded key's letters and digits (a–z, 0–9; d stands for đ and ð too) as a loose pattern (see above). */
export function loosePattern(foldedKey: string): string {
  return [...squashedLetters(foldedKey)]
    .map((c) => (c === "d" ? `[${standFor("d")}${standFor("đ")}${standFor("ð")}]` : `[${standFor(c)}]`))
    .join(LOOSE_SKIP);
}

function squashedLetters(foldedKey: string): string {
  return foldedKey.replace(/[đð]/g, "d").replace(/[^a-z0-9]+/g, "");
}

/**
 * One loose test for a list of phrases, found wherever any of them is in a text's folded key: the letters all of them
 * share ("phụ lục" in "chi tiết theo phụ lục", "có phụ lục kèm theo"), when they share three or more in a row, else
 * each phrase whole. A pattern led by a single class is scanned for its first letter; six alternatives led by common
 * letters (c, t) tried at each character took twenty times longer.
 */
export function looseTestOf(phrases: readonly string[]): (text: string) => boolean {
  const letters = phrases.map((p) => squashedLetters(foldedMatchKey(p)));
  if (letters.length === 0) return () => false;
  const core = commonRun(letters);
  if (core.length >= 3) {
    const re = new RegExp(loosePattern(core));
    return (text) => re.test(text);
  }
  const each = letters.map((l) => new RegExp(loosePattern(l)));
  return (text) => each.some((re) => re.test(text));
}

/** The longest run of letters every one of `words` holds ("" when they share none). */
function commonRun(words: readonly string[]): string {
  const shortest = [...words].sort((a, b) => a.length - b.length)[0]!;
  for (let length = shortest.length; length > 0; length--)
    for (let start = 0; start + length <= shortest.length; start++) {
      const run = shortest.slice(start, start + length);
      if (words.every((w) => w.includes(run))) return run;
    }
  return "";
}
