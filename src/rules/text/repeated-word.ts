/**
 * text/repeated-word: a word or a two- or three-syllable phrase written twice in a row ("tác tác",
 * "phát triển phát triển"). Correct reduplications ("từ từ", "ngày ngày", "đời đời") are data
 * (src/rules/data/text.json). Only whitespace may separate the two copies; numbers are ignored. A warning, no fix.
 */
import { normalizeForMatch } from "../../model/text";
import { TEXT_DATA } from "../data";
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "text/repeated-word",
  area: "text",
  description: "Từ hoặc cụm từ bị lặp liền nhau (“tác tác”, “phát triển phát triển”).",
  messages: {
    repeated: "Lặp từ “{words}”; kiểm tra và bỏ bớt một lần “{word}”",
  },
};

const ALLOWED = new Set(TEXT_DATA.reduplications.map((r) => normalizeForMatch(r)));
/** "trực tiếp|tiếp nhận" → left ["trực", "tiếp"], right ["tiếp", "nhận"]. */
const OVERLAPS = TEXT_DATA.overlaps.pairs.map((pair) => {
  const [left, right] = pair.split("|").map((s) => normalizeForMatch(s).split(" "));
  return { left: left!, right: right! };
});

/** The doubled syllable at k, k+1 ends one compound and starts another ("trực tiếp tiếp nhận"). */
function isOverlap(keys: string[], k: number): boolean {
  return OVERLAPS.some(({ left, right }) => {
    const from = k - left.length + 1;
    if (from < 0 || k + right.length >= keys.length + 1) return false;
    for (let j = 0; j < left.length; j++) if (normalizeForMatch(keys[from + j]!) !== left[j]) return false;
    for (let j = 0; j < right.length; j++) if (normalizeForMatch(keys[k + 1 + j] ?? "") !== right[j]) return false;
    return true;
  });
}
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_N = 3;

export const check: Rule["check"] = (model, ctx) => {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const p of model.paragraphs) {
    const text = p.text;
    keys.length = 0;
    starts.length = 0;
    ends.length = 0;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
      keys.push(m[0].toLowerCase());
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
    const count = keys.length;
    if (count < 2) continue;
    // Token k and k+1 are adjacent when only spaces separate them.
    const adjacent = (k: number): boolean => {
      for (let c = ends[k]!; c < starts[k + 1]!; c++) {
        const ch = text.charCodeAt(c);
        if (ch !== 32 && ch !== 0xa0) return false;
      }
      return true;
    };
    for (let i = 0; i < count; i++) {
      for (let n = 1; n <= MAX_N && i + 2 * n <= count; n++) {
        if (keys[i] !== keys[i + n]) continue;
        let same = true;
        for (let k = 1; k < n && same; k++) same = keys[i + k] === keys[i + n + k];
        if (!same) continue;
        let joined = true;
        for (let k = i; k < i + 2 * n - 1 && joined; k++) joined = adjacent(k);
        if (!joined) continue;
        if (keys.slice(i, i + n).some((t) => /\p{N}/u.test(t))) continue;
        const last = i + 2 * n - 1;
        const words = text.slice(starts[i]!, ends[last]!);
        if (n === 1 && ALLOWED.has(normalizeForMatch(words))) continue;
        if (n === 1 && isOverlap(keys, i)) continue;
        // "Lâm Đồng đồng hành", "Đại hội Hội viên": one copy capitalised and the other not are two different words.
        const [a, b] = [text[starts[i]!]!, text[starts[i + 1]!]!];
        if (n === 1 && (a === a.toLowerCase()) !== (b === b.toLowerCase())) continue;
        ctx.report({
          messageId: "repeated",
          data: { words, word: text.slice(starts[i]!, ends[i + n - 1]!) },
          severity: "warning",
          basis: TEXT_DATA.basis.repeatedWord,
          paragraph: p.index,
          excerpt: excerptOf(text.slice(Math.max(0, starts[i]! - 30), ends[last]! + 30)),
        });
        i = last;
        break;
      }
    }
  }
};

export const rule: Rule = { meta, check };
