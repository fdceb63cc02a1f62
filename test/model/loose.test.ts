/**
 * Loose tests (src/model/loose.ts): a quick look for a list of phrases on a paragraph's own text that must find every
 * text whose folded key (spaces left out) holds one of them, however it was typed.
 */
import { looseTestOf } from "../../src/model/loose";
import { foldedMatchKey } from "../../src/model/text";
import { randomText, seededRandom } from "../support/random";

const squashed = (s: string): string => foldedMatchKey(s).replace(/ /g, "");
/** The exact answer the quick test stands in front of. */
const holdsAny = (phrases: readonly string[], text: string): boolean =>
  phrases.some((p) => squashed(text).includes(squashed(p)));

/** Sharing "phuluc" (the letters all of them hold): one pattern for the six. */
const NOTES = [
  "phân công nhiệm vụ theo phụ lục",
  "phân công thực hiện theo phụ lục",
  "chi tiết theo phụ lục",
  "có phụ lục kèm theo",
  "theo phụ lục đính kèm",
  "theo phụ lục kèm theo",
];
/** Sharing no three letters in a row: each phrase whole. */
const TYPES = ["báo cáo", "kế hoạch", "đề án"];

describe("looseTestOf: a quick test for phrases on a paragraph's own text", () => {
  it.each([
    [NOTES, "(Phân công nhiệm vụ theo Phụ lục đính kèm)", true],
    [NOTES, "CHI TIẾT THEO PHỤ LỤC KÈM THEO", true],
    [NOTES, "theo Phu\u0323 lu\u0323c đính kèm", true], // decomposed marks
    [NOTES, "theo Phụ\u00ad lục", true], // a soft hyphen
    [NOTES, "theo phụ-lục, đính kèm", true],
    [NOTES, "Phụ trách lĩnh vực văn hóa", false],
    [NOTES, "Các nhiệm vụ theo kế hoạch", false],
    [TYPES, "Kế hoạch số 85-KH/HU", true],
    [TYPES, "BÁO CÁO", true],
    [TYPES, "Đề án", true],
    [TYPES, "dê an toàn", true], // loose: its letters, whatever the marks (the exact key then says no)
    [TYPES, "kế toán", false],
  ])("%# %j finds %s", (phrases, text, expected) => {
    expect(looseTestOf(phrases)(text)).toBe(expected);
  });

  it("an empty list finds nothing", () => {
    expect(looseTestOf([])("theo phụ lục")).toBe(false);
  });

  it("never misses a text whose folded key holds a phrase (20,000 random texts for each kind of list)", () => {
    const pieces = [
      "theo",
      "THEO ",
      "phụ",
      "PHỤ",
      "phu\u0323",
      "lục",
      "LỤC",
      "lu\u0323c",
      "Phụ lục",
      "theo phụ lục",
      "THEO PHU\u0323 LU\u0323C",
      "kèm theo",
      " kèm",
      "đính",
      "chi tiết",
      "có ",
      "báo",
      "BÁO",
      "cáo",
      "ca\u0301o",
      "kế",
      "KẾ",
      "hoạch",
      "đề",
      "ĐỀ",
      "Đề",
      "án",
      "de",
      "an",
      " ",
      "  ",
      "\u00ad",
      "\u200b",
      "\n",
      ",",
      "-",
      "(",
      ")",
      "x",
      "\u212a", // the Kelvin sign: a k
      "Ế",
    ];
    const random = seededRandom(11);
    for (const phrases of [NOTES, TYPES]) {
      const quick = looseTestOf(phrases);
      let held = 0;
      let notHeld = 0;
      for (let k = 0; k < 20000; k++) {
        const text = randomText(random, pieces, 1 + random(12));
        if (holdsAny(phrases, text)) {
          held++;
          if (!quick(text)) throw new Error(`missed ${JSON.stringify(text)}`);
        } else notHeld++;
      }
      // both answers are exercised
      expect(held).toBeGreaterThan(150);
      expect(notHeld).toBeGreaterThan(150);
    }
  });
});
