// allMatches (src/model/text.ts) stands in for String.prototype.matchAll in the rules that read every paragraph: it
// must give the same matches, in order, with the same groups and places, for every kind of pattern the rules use, and
// leave a shared pattern ready for the next text.
import { allMatches } from "../../src/model/text";

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaAllMatches = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, ...m]);

describe("allMatches", () => {
  it.each([
    [/\(([^()/]{2,60})\)/gu, "Ủy ban nhân dân (UBND) và Ban Chỉ đạo (BCĐ), (x) không"],
    [/[\p{L}\p{Nd}]+(?:[-&][\p{L}\p{Nd}]+)*/gu, "UBND tỉnh, HIV/AIDS, R&D, 125-KL/TU, 𠀀𠀁 chữ Nôm"],
    [/\p{L}*/gu, "ab 𠀀 c"], // empty matches between words, a surrogate pair stepped over whole
    [/x*/g, "axxb\ud800\udc00"], // not unicode: the pair is two steps
    [/(?:^|\s)viết\s+tắt\s*là\s*([^.;]*)/giu, "Tên viết tắt là: ABC. VIẾT TẮT LÀ XYZ"],
    [/nothing/g, "không khớp"],
    [/$/gmu, "dòng một\ndòng hai"],
  ])("%s on %j: the same matches as matchAll", (re, text) => {
    const expected = viaMatchAll(re, text);
    expect(viaAllMatches(re, text)).toEqual(expected);
    expect(re.lastIndex).toBe(0);
    // again, with the pattern left as the first call left it
    expect(viaAllMatches(re, text)).toEqual(expected);
  });

  it("is not disturbed by the same pattern used on another text while its matches are read", () => {
    const WORD = /\p{L}+/gu;
    const pairs = allMatches(WORD, "một hai ba").map((m) => [m[0], allMatches(WORD, m[0].toUpperCase()).length]);
    expect(pairs).toEqual([
      ["một", 1],
      ["hai", 1],
      ["ba", 1],
    ]);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/a/u, "a")).toThrow(TypeError);
  });
});
