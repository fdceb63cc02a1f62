// text/typing reads a paragraph word by word for unconverted Telex/VNI only when a quick test says it may hold some
// (mayHoldTelex). That test scans once, led by the tone key or the digit, for what three patterns found: a tone key
// after a vowel, a tone key ending a word, a digit after a letter. A paragraph it passes over loses its findings, so it
// must say yes wherever one of the three patterns (kept here as the reference) matches: on every string of up to three
// characters from the letters, marks and signs where they could part, and on random longer text.
import { mayHoldRareOrTelex, mayHoldTelex } from "../../../src/rules/text/typing";
import { TYPING_DATA } from "../../../src/rules/data";
import { escapeClass } from "../../../src/model/text";
import { rule as typing } from "../../../src/rules/text/typing";
import { findingsOf } from "../../support/ruleTester";
import { stateReport } from "../../support/samples";
import { withBody } from "../bodyText";
import { randomText, seededRandom } from "../../support/random";

const TONE_AFTER_VOWEL = /[aeiouyăâêôơư][sfrxj]/iu;
const TONE_AT_END = /[sfrxj](?![\p{L}\p{M}\p{N}])/iu;
const DIGIT_AFTER_LETTER = /[a-zđăâêôơư]\d/iu;
const TELEX_KEYS = /[fjwz]/iu;
const DOUBLED = /dd|aa|ee|oo/iu;
const reference = (s: string, rare: boolean): boolean =>
  (rare && TELEX_KEYS.test(s)) ||
  DOUBLED.test(s) ||
  TONE_AFTER_VOWEL.test(s) ||
  TONE_AT_END.test(s) ||
  DIGIT_AFTER_LETTER.test(s);

// vowels in both cases, the tone keys in both cases and the long s (ſ folds to s), d/đ, the Kelvin sign (folds to k),
// digits, a combining acute, an astral letter (a surrogate pair), space, punctuation, other letters
const UNITS = [
  "a",
  "E",
  "ơ",
  "Ư",
  "y",
  "s",
  "S",
  "f",
  "r",
  "X",
  "j",
  "ſ",
  "d",
  "Đ",
  "\u212a",
  "b",
  "n",
  "1",
  "0",
  "\u0301",
  "𠀀",
  " ",
  ".",
  "-",
  "1\u0301",
];

/** Every string of one, two or three of the units, to `check`. */
function everyString(units: readonly string[], check: (s: string) => void): void {
  for (const a of units) {
    check(a);
    for (const b of units) {
      check(a + b);
      for (const c of units) check(a + b + c);
    }
  }
}

describe("text/typing's quick Telex test", () => {
  it("agrees with the three patterns on every string of up to three units", () => {
    const differing: string[] = [];
    const check = (s: string) => {
      for (const rare of [false, true]) if (mayHoldTelex(s, rare) !== reference(s, rare)) differing.push(s);
    };
    everyString(UNITS, check);
    expect(differing).toEqual([]);
  });

  it("agrees with them on 20,000 random texts", () => {
    const random = seededRandom(7);
    const differing: string[] = [];
    let yes = 0;
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, UNITS, 1 + random(12));
      const expected = reference(s, true);
      if (expected) yes++;
      if (mayHoldTelex(s, true) !== expected) differing.push(s);
    }
    expect(differing).toEqual([]);
    // both answers occur: the texts are not all of one kind
    expect(yes).toBeGreaterThan(1000);
    expect(yes).toBeLessThan(19000);
  });

  // RARE_CHAR as typing.ts makes it (f j w z and the stray characters of data/typing.json), and the three Telex patterns
  const RARE = new RegExp(`[fjwzFJWZ${escapeClass(TYPING_DATA.strayCharacters.characters)}]`, "u");
  const rareOrTelex = (s: string): boolean =>
    RARE.test(s) || TONE_AFTER_VOWEL.test(s) || TONE_AT_END.test(s) || DIGIT_AFTER_LETTER.test(s);
  // and, for the quick test's "not followed by a Latin letter, mark or digit": a Greek letter, a Latin letter beyond
  // Latin Extended-B, the multiplication sign (no letter, amid the Latin-1 letters), a Vietnamese letter with its tone
  const RARE_UNITS = [...UNITS, "w", "Z", ...TYPING_DATA.strayCharacters.characters, "α", "ɐ", "×", "ệ"];

  it("skips the rare-character and Telex scans only where neither can find anything (every string of up to three units)", () => {
    const missed: string[] = [];
    let skipped = 0;
    const check = (s: string) => {
      if (!mayHoldRareOrTelex(s)) {
        skipped++;
        if (rareOrTelex(s)) missed.push(s);
      }
    };
    everyString(RARE_UNITS, check);
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThan(1000); // it does skip: not a test that always says yes
  });

  it("skips them on Vietnamese prose with numbers, and never where one of them finds something (20,000 random texts)", () => {
    expect(mayHoldRareOrTelex("Kế hoạch thực hiện nhiệm vụ năm 2025 của Sở Nội vụ (giai đoạn 2026 - 2030).")).toBe(
      false,
    );
    const random = seededRandom(13);
    const missed: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, RARE_UNITS, 1 + random(12));
      if (!mayHoldRareOrTelex(s) && rareOrTelex(s)) missed.push(s);
    }
    expect(missed).toEqual([]);
  });

  it("lets through a word typed in Telex that only a tone key at its end gives away", () => {
    // "tinhs" (tính): no f j w z, no doubled letter, the tone key s ends the word
    const found = findingsOf(typing, withBody(stateReport(), "Cán bộ cần tinhs toán kỹ chi phí."));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("tinhs")]);
  });
});
