// Whether a draft implements the conclusion is judged by whether it cites it (src/directives/cites.ts). Every
// paragraph of a draft that never cites it is read, so each is first tested on a looser key; the exact key decides.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { citationCues, citesSource, looseCitationCues } from "../../src/directives/cites";
import { LOOSE_LETTERS } from "../../src/model/looseLetters";
import { defaultDirectiveSource } from "../../src/directives/seed";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { foldedMatchKey } from "../../src/model/text";
import { lettersLeftBy, looseLetterTable } from "../support/looseLetters";
import { modelParagraph } from "../support/modelParts";
import { randomText, seededRandom } from "../support/random";

const seed = defaultDirectiveSource();
const draftOf = (...texts: string[]): DocumentModel =>
  ({ paragraphs: texts.map((t, i) => modelParagraph(i, t)) }) as unknown as DocumentModel;
/** The exact test alone, as citesSource read every paragraph before the quick first test. */
const citesExactly = (texts: readonly string[], number?: string): boolean => {
  const cues = citationCues(seed, number);
  return texts.some((t) => t.length >= 8 && cues.some((c) => c.test(foldedMatchKey(t).replace(/\s+/g, ""))));
};

describe("citesSource", () => {
  it.each([
    ["Thực hiện Kết luận của Ban Chấp hành Đảng bộ tỉnh về một số nhiệm vụ, giải pháp trọng tâm", undefined, true],
    ["THỰC HIỆN KẾT LUẬN CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH", undefined, true],
    [
      "Kết luận về một số nhiệm vụ, giải pháp trọng tâm cần tập trung thực hiện từ nay đến hết nhiệm kỳ của Ban Chấp hành Đảng bộ tỉnh",
      undefined,
      true,
    ],
    [
      "Thực hiện Kê\u0301t luâ\u0323n cu\u0309a Ban Châ\u0301p ha\u0300nh Ðảng bộ tỉnh (decomposed, look-alike Ð)",
      undefined,
      true,
    ],
    ["Căn cứ Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Thường vụ", "125-KL/TU", true],
    ["Căn cứ Kết luận số 125–KL/TU của Ban Thường vụ (an en dash)", "125-KL/TU", true],
    ["Căn cứ Kết luận số 126-KL/TU của Ban Thường vụ", "125-KL/TU", false],
    ["Theo Kết luận của Ban Thường vụ Tỉnh ủy", undefined, false],
    ["Kế hoạch cải cách hành chính nhà nước năm 2026 của Ủy ban nhân dân tỉnh", undefined, false],
  ])("%j (number %j): %j", (text, number, expected) => {
    expect(citesSource(draftOf("KẾ HOẠCH", text), seed, number)).toBe(expected);
    expect(citesExactly(["KẾ HOẠCH", text], number)).toBe(expected);
  });

  it("is not fooled by a type ending one paragraph and the issuer starting the next, early or late in the draft", () => {
    // the first 40 paragraphs are read one by one; the rest is searched whole first, then paragraph by paragraph
    const filler = Array.from({ length: 60 }, (_, k) => `Nhiệm vụ thứ ${k + 1} của các cơ quan, đơn vị.`);
    const split = ["Căn cứ Hướng dẫn số 36-HD/VPTW và Kết luận", "Ban Chấp hành Đảng bộ tỉnh đã chỉ đạo nhiều việc."];
    const joined = `${split[0]} của ${split[1]}`;
    for (const before of [[], filler]) {
      expect(citesSource(draftOf("KẾ HOẠCH", ...before, ...split), seed)).toBe(false);
      expect(citesSource(draftOf("KẾ HOẠCH", ...before, joined), seed)).toBe(true);
      expect(
        citesSource(draftOf("KẾ HOẠCH", ...before, "Căn cứ số 125-KL/", "TU ngày 5/9/2023"), seed, "125-KL/TU"),
      ).toBe(false);
      expect(citesSource(draftOf("KẾ HOẠCH", ...before, "Căn cứ số 125-KL/TU ngày 5/9/2023"), seed, "125-KL/TU")).toBe(
        true,
      );
    }
  });

  it("decides as the exact test alone on every paragraph of the real documents", () => {
    const dir = join(__dirname, "..", "fixtures", "real");
    let cited = 0;
    let paragraphs = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".docx"))) {
      const texts = readDocument(new Uint8Array(readFileSync(join(dir, f)))).paragraphs.map((p) => p.text);
      for (const text of texts) {
        paragraphs++;
        for (const number of [undefined, "202/2025/QH15", "76/NQ-CP"]) {
          const exact = citesExactly([text], number);
          if (exact) cited++;
          expect([f, text, number, citesSource(draftOf(text), seed, number)]).toEqual([f, text, number, exact]);
        }
      }
    }
    expect(paragraphs).toBeGreaterThan(5000);
    expect(cited).toBeGreaterThan(3); // the real documents do cite these numbers: both answers are exercised
  });

  it("decides as the exact test alone on 20,000 random sentences made of the cues' pieces", () => {
    const pieces = [
      "Kết luận",
      "KẾT LUẬN",
      "kết  luận",
      "Kê\u0301t luâ\u0323n",
      "Ban Chấp hành",
      "BAN CHẤP HÀNH",
      "Ban Chấp\u00adhành",
      "Đảng bộ tỉnh",
      "Ðảng bộ",
      "ĐẢNG BỘ TỈNH",
      "tỉnh",
      "của",
      "về",
      "số",
      "125-KL/TU",
      "125 - KL/TU",
      "125–KL/TU",
      "125",
      "KL",
      "/",
      "TU",
      ".",
      ";",
      ",",
      "“",
      "”",
      " ",
      "  ",
      "\u200b",
      "²",
      "đ",
      "ð",
      "nhiệm vụ",
      "x".repeat(60),
      "về một số nhiệm vụ, giải pháp trọng tâm cần tập trung",
    ];
    let seedValue = 42;
    const random = (n: number): number => {
      seedValue = (seedValue * 1103515245 + 12345) % 2147483648;
      return seedValue % n;
    };
    let agreeing = 0;
    let cited = 0;
    for (let k = 0; k < 20000; k++) {
      const parts: string[] = [];
      const some = (n: number): void => {
        for (let i = 0; i < n; i++) parts.push(pieces[random(pieces.length)]!);
      };
      // half of them shaped as a citation: a type word, a few pieces, an issuer or a number, more pieces
      if (random(2) === 0) {
        some(random(3));
        parts.push(pieces[random(4)]!);
        some(random(4));
        parts.push(pieces[4 + random(13)]!);
        some(random(4));
        parts.push(pieces[4 + random(13)]!);
        some(random(3));
      } else some(2 + random(8));
      const text = parts.join(random(2) === 0 ? " " : "");
      const number = random(2) === 0 ? undefined : "125-KL/TU";
      const exact = citesExactly([text], number);
      if (citesSource(draftOf(text), seed, number) === exact) agreeing++;
      if (exact) cited++;
    }
    expect(agreeing).toBe(20000);
    expect(cited).toBeGreaterThan(300);
  });
});

describe("the quick first test, on the draft's own text", () => {
  it("knows, for every character, the letter or digit it leaves once lower-cased and decomposed (LOOSE_LETTERS)", () => {
    // src/model/looseLetters.ts is made from this Node's Unicode data by scripts/make-loose-letters.ts
    expect(LOOSE_LETTERS).toEqual(looseLetterTable());
    expect(LOOSE_LETTERS["e"]).toContain("Ế");
    expect(LOOSE_LETTERS["k"]).toContain("\u212a"); // the Kelvin sign lower-cases to k
    expect(LOOSE_LETTERS["đ"]).toBe("Đđ");
    // beyond the BMP (surrogate pairs), no character leaves any
    for (let cp = 0x10000; cp <= 0x10ffff; cp += 1) {
      if (lettersLeftBy(String.fromCodePoint(cp)) !== "") throw new Error(`U+${cp.toString(16)} leaves a letter`);
    }
  });

  /** The quick test as it was: the cue's letters on the text lower-cased and decomposed, anything else between. */
  const SKIP = "[^a-z0-9đð]*";
  const loosePattern = (key: string): string =>
    [...key.replace(/[đð]/g, "d").replace(/[^a-z0-9]+/g, "")].map((c) => (c === "d" ? "[dđð]" : c)).join(SKIP);
  const decomposedCues = (number: string | undefined): RegExp[] =>
    citationCues(seed, number).map((exact) => {
      const [type, issuer] = exact.source.split("[^.;]{0,120}");
      return issuer === undefined
        ? new RegExp(loosePattern(type!.replace(/\\/g, "")))
        : new RegExp(`${loosePattern(type!)}(?:${SKIP}[a-z0-9đð]){0,120}${SKIP}${loosePattern(issuer)}`);
    });

  it("finds a cue exactly where the decomposed copy of the text would, on 30,000 random texts", () => {
    const pieces = [
      ..."kếtluậnKẾTLUẬNbanchấphànhđảngbộtỉnhBANCHẤPHÀNHĐẢNGBỘTỈNHĐðdD125KLTU",
      "Kê\u0301t",
      "luâ\u0323n",
      "Châ\u0301p",
      "\u212a", // Kelvin sign: k
      "İ", // capital I with dot above: i and a mark
      "ǅ", // a digraph: no letter of ours
      "ﬀ",
      "²",
      "１",
      "\u0301",
      "\u00ad",
      "\u200b",
      " ",
      "\n",
      "-",
      "/",
      ".",
      ";",
      "😀",
      "\ud835",
      "𝐤", // mathematical bold small k: no letter (not a canonical decomposition)
      "Kết luận của Ban Chấp hành Đảng bộ tỉnh",
      "125-KL/TU",
      "x".repeat(30),
    ];
    const random = seededRandom(7);
    let found = 0;
    for (const number of [undefined, "125-KL/TU"]) {
      const raw = looseCitationCues(seed, number);
      const decomposed = decomposedCues(number);
      expect(raw).toHaveLength(decomposed.length);
      for (let k = 0; k < 15000; k++) {
        const text = randomText(random, pieces, 1 + random(40));
        const lowered = text.toLowerCase().normalize("NFD");
        raw.forEach((cue, i) => {
          const expected = decomposed[i]!.test(lowered);
          if (expected) found++;
          if (cue.test(text) !== expected) throw new Error(`cue ${i} on ${JSON.stringify(text)}: ${!expected}`);
        });
      }
    }
    expect(found).toBeGreaterThan(500); // both answers are exercised
  });
});
