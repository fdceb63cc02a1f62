// text/typing reads a paragraph word by word for unconverted Telex/VNI only when a quick test says it may hold some
// (mayHoldTelex). That test scans once, led by the tone key or the digit, for what three patterns found: a tone key
// after a vowel, a tone key ending a word, a digit after a letter. A paragraph it passes over loses its findings, so it
// must say yes wherever one of the three patterns (kept here as the reference) matches: on every string of up to three
// characters from the letters, marks and signs where they could part, and on random longer text.
import { mayHoldTelex } from "../../../src/rules/text/typing";
import { rule as typing } from "../../../src/rules/text/typing";
import { findingsOf } from "../../support/ruleTester";
import { stateReport } from "../../support/samples";
import { withBody } from "../bodyText";
import { everyString, randomText, seededRandom } from "../../support/random";

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

  it("lets through a word typed in Telex that only a tone key at its end gives away", () => {
    // "tinhs" (tính): no f j w z, no doubled letter, the tone key s ends the word
    const found = findingsOf(typing, withBody(stateReport(), "Cán bộ cần tinhs toán kỹ chi phí."));
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining("tinhs")]);
  });
});
