// text/typing and text/abbreviation read a paragraph further only where its character signs say a reading may find
// something. A sign missing where its pattern matches would drop the rule's findings in that paragraph, so each sign is
// checked against the pattern the rule tested before (kept here as the reference): on every string of up to three pieces of an alphabet
// of letters, keys, marks, spaces and address parts, and on random longer texts. Signs that are exact say no exactly
// where their pattern does; the others may say yes more often (never less), and still skip most text.
import {
  CAPITAL_PAIR,
  DOUBLED_KEY,
  hasCapitalPair,
  LEGACY_CHARACTER,
  MAY_HOLD_ADDRESS,
  MAY_HOLD_TELEX,
  PAIR_MARK,
  RARE_KEY,
  SPACING_SLIP,
  SURROGATE,
  textSigns,
} from "../../src/rules/signs";
import { TYPING_DATA } from "../../src/rules/data";
import { escapeClass } from "../../src/model/text";
import { everyString, randomText, seededRandom } from "../support/random";

const STRAY = escapeClass(TYPING_DATA.strayCharacters.characters);
const LEGACY =
  "\\u00a1-\\u00bf\\u00c4-\\u00c7\\u00cb\\u00ce\\u00cf\\u00d0\\u00d1\\u00d6-\\u00d8\\u00db\\u00dc\\u00de\\u00df\\u00e4-\\u00e7\\u00eb\\u00ee\\u00ef\\u00f0\\u00f1\\u00f6-\\u00f8\\u00fb\\u00fc\\u00fe\\u00ff";
const LEGACY_CLASS = new RegExp(`[${LEGACY}]`, "u");
const RARE = new RegExp(`[fjwzFJWZ${STRAY}]`, "u");
const TONE_AFTER_VOWEL = /[aeiouyăâêôơư][sfrxj]/iu;
const TONE_AT_END = /[sfrxj](?![\p{L}\p{M}\p{N}])/iu;
const DIGIT_AFTER_LETTER = /[a-zđăâêôơư]\d/iu;

/** Each sign, the pattern it stands for, and whether it says yes exactly where the pattern matches. */
const SIGNS: {
  name: string;
  sign: number;
  reference: (s: string) => boolean;
  exact: boolean;
  /** The texts the sign speaks for (all when absent). */
  only?: (s: string) => boolean;
}[] = [
  {
    name: "a Telex key",
    sign: MAY_HOLD_TELEX,
    reference: (s) => RARE.test(s) || TONE_AFTER_VOWEL.test(s) || TONE_AT_END.test(s) || DIGIT_AFTER_LETTER.test(s),
    exact: false,
  },
  { name: "a rare key", sign: RARE_KEY, reference: (s) => RARE.test(s), exact: true },
  { name: "a doubled key", sign: DOUBLED_KEY, reference: (s) => /dd|aa|ee|oo/iu.test(s), exact: true },
  {
    name: "a legacy character",
    sign: LEGACY_CHARACTER,
    reference: (s) => LEGACY_CLASS.test(s),
    exact: true,
  },
  {
    name: "a spacing slip",
    sign: SPACING_SLIP,
    reference: (s) => /[ \u00a0][ \u00a0,.;:)]/.test(s) || /[,;:][^\s\d]/.test(s),
    exact: true,
  },
  { name: "a quotation mark or bracket", sign: PAIR_MARK, reference: (s) => /[“”()"]/.test(s), exact: true },
  {
    name: "an address",
    sign: MAY_HOLD_ADDRESS,
    reference: (s) =>
      /@|:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|int|docx?|xlsx?|pptx?|pdf|zip|rar|txt|jpe?g|png|gif|xml|html?)(?![\p{L}\p{N}])/iu.test(
        s,
      ),
    exact: false,
  },
  {
    name: "a capital before a capital or a digit (text without surrogates: the reader asks the others itself)",
    sign: CAPITAL_PAIR,
    reference: (s) => /\p{Lu}[\p{Lu}\p{Nd}]/u.test(s),
    exact: true,
    only: (s) => !/[\ud800-\udfff]/.test(s),
  },
  { name: "a surrogate", sign: SURROGATE, reference: (s) => /[\ud800-\udfff]/.test(s), exact: true },
];

// letters in both cases and with marks, the tone and vowel keys, ſ and the Kelvin sign (which fold to s and k),
// digits, a combining acute, an astral letter, white space of several kinds, punctuation, the legacy characters'
// edges, address pieces, the stray characters, letters of other scripts
const UNITS = [
  ..."aAeEoOdDđĐơƯyiusSfFrxXjJwWzZſ\u212abnKạệ1 0\u0301",
  "𠀀",
  "\u00a0",
  "\t",
  "\u3000",
  ...'.,;:)(“”"-/@',
  ..."¡¿ÄÖ×ØÜßäö÷øÿÀàÈÝ",
  ..."αɐΑДд٣",
  ...TYPING_DATA.strayCharacters.characters,
  "www",
  "vn",
  "com",
  "xlsx",
];

describe("textSigns: a paragraph's character signs", () => {
  it.each(SIGNS.map((s) => [s.name, s] as const))(
    "%s: yes wherever the rule's pattern matches (every string of up to three pieces)",
    (_name, { sign, reference, exact, only }) => {
      const missed: string[] = [];
      const extra: string[] = [];
      let no = 0;
      everyString(UNITS, (s) => {
        if (only !== undefined && !only(s)) return;
        const says = (textSigns(s) & sign) !== 0;
        if (!says) no++;
        if (reference(s) && !says) missed.push(s);
        if (exact && says && !reference(s)) extra.push(s);
      });
      expect(missed).toEqual([]);
      expect(extra).toEqual([]);
      expect(no).toBeGreaterThan(1000); // it does say no: not a sign that is always set
    },
  );

  it("never misses on 20,000 random texts, each sign set on some and not on others", () => {
    const random = seededRandom(29);
    const missed: string[] = [];
    const set = SIGNS.map(() => 0);
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, UNITS, 1 + random(14));
      const signs = textSigns(s);
      SIGNS.forEach(({ sign, reference, only }, i) => {
        if (only !== undefined && !only(s)) return;
        if ((signs & sign) !== 0) set[i]!++;
        else if (reference(s)) missed.push(`${sign}: ${s}`);
      });
    }
    expect(missed).toEqual([]);
    for (const n of set) {
      expect(n).toBeGreaterThan(100);
      expect(n).toBeLessThan(19900);
    }
  });

  it("reads a text holding every BMP character (its classes fit the table), as it reads the same text in pieces", () => {
    let all = "";
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    const whole = textSigns(all);
    let pieces = 0;
    for (let c = 0; c < all.length; c += 997) pieces |= textSigns(all.slice(c, c + 998));
    expect(whole).toBe(pieces);
    expect(whole & SURROGATE).toBe(SURROGATE);
  });

  it("gives plain Vietnamese prose no sign but its brackets", () => {
    expect(textSigns("Kế hoạch thực hiện nhiệm vụ năm 2025 của Sở Nội vụ (giai đoạn 2026 - 2030).")).toBe(PAIR_MARK);
    expect(textSigns("Tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng, triển khai thực hiện")).toBe(0);
    expect(textSigns("")).toBe(0);
  });

  it("sees what each reading looks for", () => {
    expect(textSigns("ddaay") & (DOUBLED_KEY | MAY_HOLD_TELEX)).toBe(DOUBLED_KEY);
    expect(textSigns("tinhs") & MAY_HOLD_TELEX).toBe(MAY_HOLD_TELEX); // a tone key ending the text
    expect(textSigns("vie6t5") & MAY_HOLD_TELEX).toBe(MAY_HOLD_TELEX);
    expect(textSigns("Ng\u00adêi") & LEGACY_CHARACTER).toBe(LEGACY_CHARACTER);
    expect(textSigns("a  b") & SPACING_SLIP).toBe(SPACING_SLIP);
    expect(textSigns("Lưu:VT") & SPACING_SLIP).toBe(SPACING_SLIP);
    expect(textSigns("8:30, 1,5") & SPACING_SLIP).toBe(0);
    expect(textSigns("xem tại dichvucong.gov.vn") & MAY_HOLD_ADDRESS).toBe(MAY_HOLD_ADDRESS);
    expect(textSigns("UBND tỉnh") & CAPITAL_PAIR).toBe(CAPITAL_PAIR);
    expect(textSigns("HĐND") & CAPITAL_PAIR).toBe(CAPITAL_PAIR);
    expect(textSigns("Phụ lục B2") & CAPITAL_PAIR).toBe(CAPITAL_PAIR);
    expect(textSigns("Ủy ban nhân dân Tỉnh") & CAPITAL_PAIR).toBe(0);
  });
});

describe("hasCapitalPair (the sign, or the regex in a text beyond the BMP): a capital followed by a capital or a digit, as /\\p{Lu}[\\p{Lu}\\p{Nd}]/u says", () => {
  const regex = /\p{Lu}[\p{Lu}\p{Nd}]/u;
  it.each([
    ["UBND tỉnh", true],
    ["Ủy ban nhân dân tỉnh", false],
    ["HĐND", true],
    ["ĐẢNG", true],
    ["B2 và C3", true],
    ["Ư٣ (an Arabic-Indic digit after a capital)", true],
    ["ǅa (a title-case letter is not a capital)", false],
    ["ΑΒ (Greek)", true],
    ["𝐀𝐁 (mathematical capitals outside the BMP)", true],
    ["a𝐀b", false],
    ["Kế hoạch số 85", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(hasCapitalPair(text)).toBe(expected);
    expect(regex.test(text)).toBe(expected);
  });
  it("agrees with the regex on every pair of BMP code units after a capital, a digit and a small letter", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [`A${ch}`, `${ch}A`, `${ch}7`, `x${ch}y`])
        if (hasCapitalPair(s) !== regex.test(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
