// text/abbreviation reads only the words that do not start with a–z (wordsNotFromAToZ), found unit by unit with each
// unit's class looked up. It must give exactly the words that walking every word (WORD, by exec) and passing over
// those starting with a–z gave: on every paragraph of the real documents, on every BMP character between letters and
// joiners, and on random text of letters, digits, joiners, marks, astral letters and spaces.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../../src/docx/reader";
import { wordsNotFromAToZ, wordsNotFromAToZByRegex } from "../../../src/rules/text/abbreviation";
import { randomText, seededRandom } from "../../support/random";

const WORD = /[\p{L}\p{Nd}]+(?:[-&][\p{L}\p{Nd}]+)*/gu;
const everyWordWalked = (text: string): string[] =>
  [...text.matchAll(WORD)].filter((w) => !/^[a-z]/.test(w[0])).map((w) => `${w.index}:${w[0]}`);
const read = (text: string): string[] => wordsNotFromAToZ(text).map((w) => `${w.index}:${w.word}`);
const readByRegex = (text: string): string[] => wordsNotFromAToZByRegex(text).map((w) => `${w.index}:${w.word}`);

describe("the words text/abbreviation reads", () => {
  it("are those of a walk over every word, on every paragraph of the real documents", () => {
    const dir = join(__dirname, "..", "..", "fixtures", "real");
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".docx"))
      .flatMap((f) => readDocument(new Uint8Array(readFileSync(join(dir, f)))).paragraphs.map((p) => p.text));
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.filter((t) => read(t).join(" ") !== everyWordWalked(t).join(" "))).toEqual([]);
  });

  it("are those of a walk over every word, on 20,000 random texts", () => {
    const units = [
      "a",
      "z",
      "đ",
      "Đ",
      "U",
      "B",
      "ND",
      "1",
      "-",
      "&",
      " ",
      ".",
      "(",
      ")",
      "é",
      "\u0301",
      "𠀀",
      "_",
      "/",
    ];
    const random = seededRandom(11);
    const differing: string[] = [];
    for (let k = 0; k < 20000; k++) {
      const text = randomText(random, units, 1 + random(16));
      if (read(text).join(" ") !== everyWordWalked(text).join(" ")) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("are those of a walk over every word, for every BMP character alone, after a letter or joiner and before one", () => {
    const differing: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `A${ch}B`, `a-${ch}`, `${ch}-B`, `X&${ch}&y`])
        if (read(text).join(" ") !== everyWordWalked(text).join(" ")) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it("walk text with a letter beyond the BMP by the regex, with the same words", () => {
    const text = "Chữ 𠀀 và UBND, 𠀀-AB, x-𠀀 QĐ";
    expect(read(text)).toEqual(readByRegex(text));
    expect(read(text)).toEqual(everyWordWalked(text));
  });

  it("keep a word joined to a lower-case one whole: “x-UBND” is one word, read by neither", () => {
    expect(read("Mã x-UBND và KT-XH, GD&ĐT")).toEqual(["0:Mã", "13:KT-XH", "20:GD&ĐT"]);
  });
});
