// findStandalone (src/model/structure/header.ts) finds a title or the motto standing on its own in a header line. It
// keys each word once and steps over runs of words without letters; it must find what keying every stretch of words
// (the reference below, as it was written first) finds: on every line of the real documents, and on random lines of
// the titles' words, punctuation, tabs and runs of spaces.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import {
  compactKey,
  findStandalone,
  MOTTO_KEY,
  NATIONAL_TITLE_KEY,
  PARTY_TITLE_KEY,
} from "../../src/model/structure/header";
import { seededRandom } from "../support/random";

const KEYS = [PARTY_TITLE_KEY, NATIONAL_TITLE_KEY, MOTTO_KEY];

function keyingEveryStretch(text: string, from: number, to: number, keys: readonly string[]) {
  const words: { start: number; end: number }[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null; m = re.exec(slice))
    words.push({ start: from + m.index, end: from + m.index + m[0].length });
  const gapBefore = (pos: number) => {
    const before = text.slice(from, pos);
    return before.trim() === "" || /(?:\t|[ \u00a0]{2,})$/.test(before);
  };
  const gapAfter = (pos: number) => {
    const after = text.slice(pos, to);
    return after.trim() === "" || /^(?:\t|[ \u00a0]{2,})/.test(after);
  };
  for (let i = 0; i < words.length; i++) {
    if (!gapBefore(words[i]!.start)) continue;
    for (let j = i; j < words.length; j++) {
      const c = compactKey(text.slice(words[i]!.start, words[j]!.end));
      const hit = keys.find((k) => k === c);
      if (hit !== undefined && gapAfter(words[j]!.end)) return { start: words[i]!.start, end: words[j]!.end, key: hit };
      if (!keys.some((k) => k.startsWith(c))) break;
    }
  }
  return undefined;
}

describe("findStandalone", () => {
  it("finds what keying every stretch finds, on every line of the real documents", () => {
    const dir = join(__dirname, "..", "fixtures", "real");
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith(".docx"))
      .flatMap((f) => readDocument(new Uint8Array(readFileSync(join(dir, f)))).paragraphs.map((p) => p.text))
      .flatMap((t) => t.split("\n"));
    expect(lines.length).toBeGreaterThan(5000);
    const differing = lines.filter(
      (t) =>
        JSON.stringify(findStandalone(t, 0, t.length, KEYS)) !==
        JSON.stringify(keyingEveryStretch(t, 0, t.length, KEYS)),
    );
    expect(differing).toEqual([]);
    expect(lines.filter((t) => findStandalone(t, 0, t.length, KEYS) !== undefined).length).toBeGreaterThan(10);
  });

  it("finds what keying every stretch finds, on 20,000 random header lines", () => {
    const units = [
      "ĐẢNG",
      "CỘNG",
      "SẢN",
      "VIỆT",
      "NAM",
      "HÒA",
      "XÃ",
      "HỘI",
      "CHỦ",
      "NGHĨA",
      "Độc",
      "lập",
      "Tự",
      "do",
      "Hạnh",
      "phúc",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Độc lập-Tự do",
      "-",
      "–",
      ";",
      ",",
      "*",
      "UBND",
      "TỈNH",
      "\t",
      "  ",
      "\u00a0\u00a0",
      "1",
      "/",
      "a-b",
    ];
    const random = seededRandom(17);
    const differing: string[] = [];
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      let text = "";
      for (let i = 1 + random(8); i > 0; i--) text += (random(3) === 0 ? "" : " ") + units[random(units.length)];
      const from = random(3);
      const to = text.length - random(3);
      if (from > to) continue;
      const expected = keyingEveryStretch(text, from, to, KEYS);
      if (expected !== undefined) found++;
      if (JSON.stringify(findStandalone(text, from, to, KEYS)) !== JSON.stringify(expected)) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it("takes the marks after a title up to the gap that ends it", () => {
    const text = "UBND TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM ; -\tSố 12";
    expect(findStandalone(text, 0, text.length, KEYS)).toEqual({ start: 10, end: 36, key: PARTY_TITLE_KEY });
    expect(keyingEveryStretch(text, 0, text.length, KEYS)).toEqual({ start: 10, end: 36, key: PARTY_TITLE_KEY });
    // no gap after the marks either: the title does not stand on its own
    const joined = "UBND TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM ; - Số 12";
    expect(findStandalone(joined, 0, joined.length, KEYS)).toBeUndefined();
  });

  it("reads a header cell of 20,000 “; ” and finds the title after it", () => {
    const text = `${"; ".repeat(20_000)}\tĐẢNG CỘNG SẢN VIỆT NAM`;
    expect(findStandalone(text, 0, text.length, KEYS)).toEqual({
      start: 0, // the run of ";" before it has no letter: it belongs to the stretch, as the title stands on its own
      end: text.length,
      key: PARTY_TITLE_KEY,
    });
  });
});
