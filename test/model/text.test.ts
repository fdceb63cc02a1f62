import {
  foldDiacritics,
  foldToneMarks,
  isUpperCaseVietnamese,
  nfc,
  normalizeForMatch,
  syllableNgrams,
  syllables,
  isBlank,
  mostlyCapitals,
  collapsedSpaces,
} from "../../src/model/text";
import { randomText, seededRandom } from "../support/random";

const nfd = (s: string) => s.normalize("NFD");

describe("nfc", () => {
  it.each([
    ["Đảng bộ tỉnh", "Đảng bộ tỉnh"],
    [nfd("Ủy ban nhân dân"), "Ủy ban nhân dân"],
    ["ho\u0300a", "hòa"],
    ["hoa\u0300", "hoà"],
    ["", ""],
  ])("nfc(%j) = %j", (input, expected) => {
    expect(nfc(input)).toBe(expected);
    expect(nfc(input)).toBe(expected.normalize("NFC"));
  });
});

describe("case mapping", () => {
  // the code base lower- and upper-cases Vietnamese with the locale-free toLowerCase/toUpperCase (src/model/text.ts)
  it("is the Vietnamese locale's on every code point", () => {
    const differing: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s.toLocaleLowerCase("vi") || s.toUpperCase() !== s.toLocaleUpperCase("vi"))
        differing.push(`U+${c.toString(16)}`);
    }
    expect(differing).toEqual([]);
    // a Turkish dotted capital I and a Greek final sigma: context and language rules the "vi" locale does not have
    expect("ĐẢNG BỘ İ ΟΔΟΣ".toLowerCase()).toBe("ĐẢNG BỘ İ ΟΔΟΣ".toLocaleLowerCase("vi"));
    expect("ĐẢNG BỘ İ ΟΔΟΣ".toLowerCase()).not.toBe("ĐẢNG BỘ İ ΟΔΟΣ".toLocaleLowerCase("tr"));
  });
});

describe("foldToneMarks", () => {
  // [old style, new style (canonical)]
  const pairs: [string, string][] = [
    ["hòa", "hoà"],
    ["HÒA", "HOÀ"],
    ["Hòa", "Hoà"],
    ["khóa", "khoá"],
    ["KHÓA", "KHOÁ"],
    ["Khóa", "Khoá"],
    ["hỏa", "hoả"],
    ["lõa", "loã"],
    ["họa", "hoạ"],
    ["HỌA", "HOẠ"],
    ["òa", "oà"],
    ["Òa", "Oà"],
    ["hòe", "hoè"],
    ["khỏe", "khoẻ"],
    ["KHỎE", "KHOẺ"],
    ["lóe", "loé"],
    ["xòe", "xoè"],
    ["nhọe", "nhoẹ"],
    ["thủy", "thuỷ"],
    ["THỦY", "THUỶ"],
    ["Thủy", "Thuỷ"],
    ["ủy", "uỷ"],
    ["ỦY", "UỶ"],
    ["Ủy", "Uỷ"],
    ["tùy", "tuỳ"],
    ["thúy", "thuý"],
    ["lũy", "luỹ"],
    ["nhụy", "nhuỵ"],
    ["ỦY BAN", "UỶ BAN"],
    ["Ủy ban nhân dân tỉnh Khánh Hòa", "Uỷ ban nhân dân tỉnh Khánh Hoà"],
    ["HUYỆN ỦY LỤC NAM", "HUYỆN UỶ LỤC NAM"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["(Hòa), sức khỏe; thủy-lợi", "(Hoà), sức khoẻ; thuỷ-lợi"],
    ["hòa hòa hòa", "hoà hoà hoà"],
    ["Tỉnh ủy Khánh Hòa", "Tỉnh uỷ Khánh Hoà"],
    ["2ủy", "2uỷ"],
    ["qúy", "quý"],
  ];

  it.each(pairs)("old %j → new %j", (oldStyle, newStyle) => {
    expect(foldToneMarks(oldStyle)).toBe(newStyle);
  });

  it.each(pairs)("%j ≡ %j (both directions fold to the same form)", (oldStyle, newStyle) => {
    expect(foldToneMarks(newStyle)).toBe(newStyle);
    expect(foldToneMarks(oldStyle)).toBe(foldToneMarks(newStyle));
  });

  it.each(pairs)("decomposed (NFD) %j folds like the composed form", (oldStyle, newStyle) => {
    expect(foldToneMarks(nfd(oldStyle))).toBe(newStyle);
    expect(foldToneMarks(nfd(newStyle))).toBe(newStyle);
  });

  it.each([
    // qu + y: the mark is on y in both styles
    "quý",
    "quỳ",
    "quỹ",
    "quỷ",
    "quỵ",
    "QUÝ",
    "Quỹ",
    // qu + a: the u belongs to the onset
    "quá",
    "quà",
    "QUẢ",
    // a final consonant: both styles agree, the mark is on the second vowel
    "hoàn",
    "toán",
    "khoét",
    "huých",
    "HOÀN THÀNH",
    "hoạch",
    "loạt",
    // another vowel follows: not an oa/oe/uy nucleus
    "ngoài",
    "hoài",
    "xoáy",
    "khuỷu",
    "tuyết",
    "khuyên",
    "khuya",
    // other clusters and ordinary words
    "của",
    "thuở",
    "thuế",
    "mùa",
    "hoa",
    "khoa",
    "thuy",
    "Đảng bộ tỉnh",
    "",
  ])("leaves %j unchanged", (s) => {
    expect(foldToneMarks(s)).toBe(s);
  });

  it("returns NFC", () => {
    const out = foldToneMarks(nfd("Ủy ban nhân dân tỉnh Khánh Hòa"));
    expect(out).toBe(out.normalize("NFC"));
    expect(out).toBe("Uỷ ban nhân dân tỉnh Khánh Hoà");
  });
});

describe("foldDiacritics", () => {
  it.each([
    ["Đảng bộ tỉnh", "Dang bo tinh"],
    ["ĐẢNG CỘNG SẢN VIỆT NAM", "DANG CONG SAN VIET NAM"],
    ["đồng chí", "dong chi"],
    ["Ủy ban / Uỷ ban", "Uy ban / Uy ban"],
    ["hòa hoà", "hoa hoa"],
    ["ư ơ ă â ê ô", "u o a a e o"],
    ["Ư Ơ Ă Â Ê Ô", "U O A A E O"],
    ["thuở, người, được", "thuo, nguoi, duoc"],
    [nfd("Nghị quyết số 18-NQ/TW"), "Nghi quyet so 18-NQ/TW"],
    ["Ðảng ðoàn (look-alike eth)", "Dang doan (look-alike eth)"],
    ["125-KL/TU, 05/9/2023", "125-KL/TU, 05/9/2023"],
  ])("foldDiacritics(%j) = %j", (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe("normalizeForMatch", () => {
  it.each([
    ["  ỦY BAN   Nhân dân,\ttỉnh Khánh Hòa!  ", "uỷ ban nhân dân tỉnh khánh hoà"],
    ["UỶ BAN NHÂN DÂN", "uỷ ban nhân dân"],
    [nfd("Ủy ban nhân dân"), "uỷ ban nhân dân"],
    ["Số: 125-KL/TU", "số 125-kl/tu"],
    ["ngày 05/9/2023.", "ngày 05/9/2023"],
    ["giai đoạn 2021–2030", "giai đoạn 2021-2030"],
    ["giai đoạn 2021 — 2030", "giai đoạn 2021 2030"],
    ["KL/ TU - Đảng bộ", "kl tu đảng bộ"],
    ["“Kết luận” (số 125); …", "kết luận số 125"],
    ["1.000 tỷ đồng, tăng 2,5%", "1.000 tỷ đồng tăng 2,5"],
    ["năm 2023.Trong đó, 1, 2", "năm 2023 trong đó 1 2"],
    ["Kết lu\u00adận\u200b số", "kết luận số"],
    ["Ban\u00a0Chấp\u2003hành", "ban chấp hành"],
    ["ÐẢNG BỘ", "đảng bộ"],
    ["", ""],
    [" ,.;:!? ", ""],
  ])("normalizeForMatch(%j) = %j", (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it.each([
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hoà xã hội chủ nghĩa Việt Nam"],
    ["HUYỆN ỦY LỤC NAM", "Huyện uỷ Lục Nam"],
    ["Sức khỏe", "sức khoẻ"],
    [nfd("Tỉnh ủy"), "TỈNH UỶ"],
  ])("%j matches %j", (a, b) => {
    expect(normalizeForMatch(a)).toBe(normalizeForMatch(b));
  });
});

describe("syllables and n-grams", () => {
  const sentence = "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh";

  it("tokenises a realistic sentence", () => {
    expect(syllables(sentence)).toEqual([
      "thực",
      "hiện",
      "kết",
      "luận",
      "số",
      "125-kl/tu",
      "ngày",
      "05/9/2023",
      "của",
      "ban",
      "chấp",
      "hành",
      "đảng",
      "bộ",
      "tỉnh",
    ]);
  });

  it.each([
    ["", []],
    ["   ", []],
    ["– ; –", []],
    ["Ủy ban", ["uỷ", "ban"]],
    ["(Tỉnh ủy)", ["tỉnh", "uỷ"]],
  ])("syllables(%j) = %j", (input, expected) => {
    expect(syllables(input)).toEqual(expected);
  });

  it.each<[string[], number, string[]]>([
    [["a", "b", "c"], 1, ["a", "b", "c"]],
    [["a", "b", "c"], 2, ["a b", "b c"]],
    [["a", "b", "c"], 3, ["a b c"]],
    [["a", "b", "c"], 4, []],
    [[], 2, []],
  ])("syllableNgrams(%j, %i) = %j", (tokens, n, expected) => {
    expect(syllableNgrams(tokens, n)).toEqual(expected);
  });

  it("n-grams of a sentence", () => {
    const grams = syllableNgrams(syllables(sentence), 3);
    expect(grams).toHaveLength(13);
    expect(grams[0]).toBe("thực hiện kết");
    expect(grams).toContain("số 125-kl/tu ngày");
    expect(grams.at(-1)).toBe("đảng bộ tỉnh");
  });

  it.each([0, -1, 1.5, NaN])("syllableNgrams rejects n = %p", (n) => {
    expect(() => syllableNgrams(["a"], n)).toThrow(RangeError);
  });
});

describe("isUpperCaseVietnamese", () => {
  it.each([
    ["ĐẢNG CỘNG SẢN VIỆT NAM", true],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true],
    ["KẾ HOẠCH", true],
    ["UỶ BAN NHÂN DÂN TỈNH", true],
    ["Số 125-KL/TU", false],
    ["KẾT LUẬN 125-KL/TU, NGÀY 05/9/2023", true],
    [nfd("ĐẢNG BỘ TỈNH"), true],
    ["Đảng bộ", false],
    ["ĐẢNG Bộ", false],
    ["đẢNG", false],
    ["KẾT LUẬn", false],
    ["123/2023", false],
    ["", false],
    ["–", false],
  ])("isUpperCaseVietnamese(%j) = %p", (input, expected) => {
    expect(isUpperCaseVietnamese(input)).toBe(expected);
  });
});

describe("nfc: the fast path never skips a string that NFC would change", () => {
  it.each([
    ["decomposed Vietnamese", "Kê\u0301 hoa\u0323ch"],
    ["Ohm sign", "\u2126"],
    ["Ångström sign", "\u212b"],
    ["Hangul jamo", "\u1100\u1161"],
    ["Greek ano teleia", "\u0387"],
    ["CJK compatibility ideograph", "\uf900"],
  ])("%s", (_name, s) => {
    expect(nfc(s)).toBe(s.normalize("NFC"));
    expect(nfc(s)).not.toBe(s);
  });
  it("returns precomposed Vietnamese unchanged", () => {
    const s = "Kế hoạch thực hiện Kết luận của Ban Chấp hành Đảng bộ tỉnh";
    expect(nfc(s)).toBe(s);
  });
});

describe("nfc: every BMP character the fast path lets through is already NFC", () => {
  it("holds for all 63,488 non-surrogate code points", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (nfc(s) === s && s.normalize("NFC") !== s) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("nfc: the quick class of plain characters (Latin, precomposed Vietnamese, dashes and quotes)", () => {
  it("composes a combining tone mark after any of them, as Word's decomposed text needs", () => {
    const wrong: string[] = [];
    const plain = [
      [0x20, 0x2ff],
      [0x1e00, 0x1eff],
      [0x2002, 0x2027],
    ];
    for (const [from, to] of plain)
      for (let c = from!; c <= to!; c++) {
        for (const mark of ["\u0301", "\u0323", "\u0309"]) {
          const s = `x${String.fromCharCode(c)}${mark} y`;
          if (nfc(s) !== s.normalize("NFC")) wrong.push(c.toString(16));
        }
      }
    expect(wrong).toEqual([]);
  });
  it("still changes the en quad and em quad (U+2000, U+2001) next to the plain dashes", () => {
    expect(nfc("a\u2000b\u2001c – d")).toBe("a\u2002b\u2003c – d");
  });
});

describe("mostlyCapitals: four capitals (\\p{Lu}) or more for each lower-case letter (\\p{Ll})", () => {
  const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;
  const byRegex = (s: string): boolean => 4 * count(/\p{Ll}/gu, s) <= count(/\p{Lu}/gu, s);
  it.each([
    ["CHƯƠNG V. CHIA, TÁCH; SÁP NHẬP", true],
    ["Chương V. CHIA, TÁCH; SÁP NHẬP VÀ GIẢI THỂ", true], // 5 lower-case letters, 26 capitals
    ["Chương V. CHIA, TÁCH; SÁP NHẬP", false], // 5 lower-case letters, 17 capitals
    ["Ủy ban nhân dân tỉnh", false],
    ["UBND tỉnh", false], // 4 capitals, 4 lower-case letters
    ["UBND TỈNH x", true], // 8 capitals for 1
    ["ABCD e", true],
    ["ABC d", false],
    ["ǅ (title case is neither)", false],
    ["𝐀𝐁𝐂𝐃 e (capitals outside the BMP)", false],
    ["𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇 ab", true],
    ["2025 - 2030", true], // no letter at all
    ["", true],
  ])("%j → %s", (text, expected) => {
    expect(mostlyCapitals(text)).toBe(expected);
    expect(byRegex(text)).toBe(expected);
  });
  it("agrees with counting by the regexes on every BMP code unit among capitals and lower-case letters", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `ABC${ch}`, `ABCD${ch}`, `${ch}ABCDEFG`, `x${ch}ABCDEFG`])
        if (mostlyCapitals(s) !== byRegex(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  it("agrees with them on 20,000 random texts of capitals, lower-case letters, digits, marks and astral letters", () => {
    const pieces = [..."AĐỦađủǅ1 .", "\u0301", "𝐀", "𝐚", "\ud835", "UBND", "tỉnh", "Ư"];
    const random = seededRandom(11);
    let yes = 0;
    for (let k = 0; k < 20000; k++) {
      const s = randomText(random, pieces, random(30));
      const expected = byRegex(s);
      if (expected) yes++;
      if (mostlyCapitals(s) !== expected) throw new Error(`${JSON.stringify(s)}: ${!expected}`);
    }
    expect(yes).toBeGreaterThan(1000); // both answers are exercised
    expect(yes).toBeLessThan(19000);
  });
});

describe("isBlank: empty or white space only, as trim() says", () => {
  it.each([
    ["", true],
    [" \t\n", true],
    ["\u00a0\u2003\ufeff", true],
    [" a ", false],
    ["\u200b", false],
    ["…", false],
  ])("%j → %s", (text, expected) => {
    expect(isBlank(text)).toBe(expected);
  });
  it("agrees with trim() on every BMP code unit, alone and between spaces", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, ` ${ch} `]) if (isBlank(s) !== (s.trim() === "")) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("collapsedSpaces: each run of white space one space, trimmed", () => {
  const byRegex = (t: string): string => t.replace(/\s+/g, " ").trim();

  it.each([
    ["Sở Nội vụ", "Sở Nội vụ"],
    ["  Sở  Nội\tvụ ", "Sở Nội vụ"],
    ["Thời gian\nhoàn thành", "Thời gian hoàn thành"],
    ["Quý\u00a0II/2026", "Quý II/2026"],
    ["\u3000Chủ trì\u2003", "Chủ trì"],
    [" ", ""],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(collapsedSpaces(text)).toBe(expected);
  });

  it("gives what the regex gives on 20,000 random texts of every kind of white space", () => {
    // every character \s matches, and some that it does not (zero-width space, soft hyphen)
    const spaces = [
      ..."\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff",
    ];
    const pieces = [...spaces, " ", " ", "\u200b", "\u00ad", "a", "Sở", "vụ", "ệ", "-", ".", "Nội", "x"];
    const random = seededRandom(3);
    let changed = 0;
    for (let k = 0; k < 20000; k++) {
      const text = randomText(random, pieces, random(12));
      const expected = byRegex(text);
      if (expected !== text) changed++;
      if (collapsedSpaces(text) !== expected) throw new Error(JSON.stringify(text));
    }
    // both answers are exercised
    expect(changed).toBeGreaterThan(1000);
    expect(changed).toBeLessThan(19000);
  });
});
