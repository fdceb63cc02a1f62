/**
 * structure/numbering: the numbers of a document's headings follow each other. Levels go Phần → I., II. → 1., 2.
 * (1.1., 1.2.) → a), b) → - (or +); within a level there is no gap ("2." then "4."), no repeat, nothing out of order
 * ("II." after "IV."), the first item under a heading is the first number (a "3." under "I." with no 1./2.), Roman
 * numerals are well formed (IIII, VX), and typed points use the Vietnamese alphabet (a, b, c, d, đ, e, g, ...: no f,
 * j, w, z). Numbers typed at the start of a paragraph and Word's automatic numbers (`listLabel`, computed by the
 * reader from numbering.xml) are read alike; Word's own letter lists (a, b, c, d, e, f) are its sequence, not a typing
 * error. The main document and each attachment (a Phụ lục's own I., II.) are numbered on their own; numbers in the
 * cells of a table (STT columns) are not headings. Warnings: a reader sees the slip, the clerk rarely sends it back.
 */
import { ParagraphMemo } from "../../model/memo";
import { toRoman } from "../../model/text";
import type { DocumentModel, Paragraph } from "../../model/document";
import { excerptOf } from "../../model/excerpt";
import type { Rule, RuleContext } from "../types";
import { NUMBERING_DATA as DATA } from "../data";

export const meta: Rule["meta"] = {
  id: "structure/numbering",
  area: "structure",
  description:
    "Đánh số đề mục liên tục, đúng cấp (I., II. → 1., 2. → a), b) → -): không bỏ số, không lặp, không sai thứ tự.",
  messages: {
    gap: "Sau {what} “{prev}” là “{label}”: thiếu {what} {missing}",
    repeat: "Sau {what} “{prev}” lại là “{label}”: số {what} bị lặp",
    order: "Sau {what} “{prev}” là “{label}”: sai thứ tự (cần “{expected}”)",
    orderLast: "Sau {what} “{prev}” là “{label}”: sai thứ tự",
    first: "{What} đầu tiên dưới “{parent}” là “{label}”: thiếu {what} {missing}",
    firstTop: "{What} đầu tiên là “{label}”: thiếu {what} {missing}",
    continued:
      "Số tự động của Word dưới “{parent}” bắt đầu từ “{label}”, nối tiếp danh sách trước: cần đánh lại từ “{expected}”",
    prefix: "{What} “{label}” nằm dưới {what} “{parent}”: số đầu không khớp (cần “{expected}”)",
    noArticle: "Mục “{label}” (sau “{prev}”) thiếu chữ “Điều”: cần “{expected}”",
    roman: "Số La Mã “{label}” viết sai: cần viết “{expected}”",
    letter:
      "Điểm “{label}”: chữ “{letter}” không có trong bảng chữ cái tiếng Việt dùng đánh số điểm (a, b, c, d, đ, e, g, h, i, k ...)",
  },
};

type Kind = "part" | "chapter" | "upper" | "roman" | "article" | "arabic" | "letter" | "lowerRoman" | "paren";

/** A heading number as read: typed at the start of the text, or Word's automatic label. */
interface Marker {
  kind: Kind;
  /** Stack key: the kind, and for "1.2." numbers their depth. */
  key: string;
  rank: number;
  /** Position in its sequence: the number, or for letters 2 × its index in the Vietnamese alphabet (f, j, w, z odd). */
  pos: number;
  /** The number's components ("1.2." → [1, 2]); one for the other kinds. */
  path: number[];
  /** As shown: "2.", "b)", "IIII.". */
  label: string;
  /** Affixes of the label around the number, to write the expected one: "" and "." for "2.". */
  before: string;
  after: string;
  word: boolean;
  paragraph: number;
  /** A typed Roman numeral not written the standard way (IIII, VX). */
  badRoman?: boolean;
  /** A typed point letter outside the Vietnamese alphabet (f, j, w, z). */
  foreignLetter?: string;
  /** "i)", "v)", "x)": a point letter, or the first of a list numbered i), ii), iii) (decided by what precedes). */
  lowerRomanValue?: number;
}

const RANK: Record<Kind, number> = {
  part: 0,
  chapter: 1,
  upper: 2,
  roman: 3,
  article: 4,
  arabic: 5,
  // one rank: either list may run under the other (see `underOtherPoints`)
  letter: 6,
  lowerRoman: 6,
  paren: 7,
};
const WHAT: Record<Kind, string> = {
  part: "phần",
  chapter: "chương",
  upper: "mục",
  roman: "mục",
  article: "điều",
  arabic: "mục",
  letter: "điểm",
  lowerRoman: "điểm",
  paren: "mục",
};

const VN_LETTERS: readonly string[] = DATA.vietnameseLetters;
const VN_INDEX = new Map(VN_LETTERS.map((l, i) => [l, i]));
const LATIN = "abcdefghijklmnopqrstuvwxyz";
const ORDINALS: Record<string, number> = DATA.ordinals;

/** A letter's position: Vietnamese letters at even places, f/j/w/z just after the letter they follow in Latin. */
function letterPos(l: string): number {
  const vn = VN_INDEX.get(l);
  if (vn !== undefined) return vn * 2;
  const latin = LATIN.indexOf(l);
  if (latin < 0) return -1;
  const before = VN_INDEX.get(LATIN[latin - 1] ?? "") ?? -1;
  return before * 2 + 1;
}
function letterAt(pos: number): string {
  if (pos % 2 === 0) return VN_LETTERS[pos / 2] ?? "";
  return LATIN[LATIN.indexOf(VN_LETTERS[(pos - 1) / 2] ?? "") + 1] ?? "";
}
/** The letters a point may follow with: the next in the Vietnamese alphabet, and the next in Latin (Word's lists). */
function letterNext(pos: number): number[] {
  const l = letterAt(pos);
  const out: number[] = [];
  const vn = VN_INDEX.get(l);
  if (vn !== undefined && vn + 1 < VN_LETTERS.length) out.push((vn + 1) * 2);
  const latin = LATIN.indexOf(l);
  if (latin >= 0 && latin + 1 < LATIN.length) out.push(letterPos(LATIN[latin + 1]!));
  return out;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
/** The value of a Roman numeral read leniently (subtractive pairs), for a well-formed one its value. */
function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const PART = /^(phần|chương)\s+(?:thứ\s+)?([ivxlc]+|\d{1,2}|[\p{L}]+)(?=$|[\s.:\-–])/iu;
const ARTICLE = /^(điều)\s+(\d{1,3})\s*[.:]/iu;
const ROMAN = /^([IVXLC]{1,8})(\s*[.:)]|\s*[-–](?=\s))(?=\s|$)/u;
const UPPER = /^([A-ZĐ])(\.)(?=\s|$)/u;
/** "1.", "1.2.", "1.2 Tiêu đề", "1)"; the text may follow the dot without a space ("1.Tên gọi", "6.1.Công tác"). */
const ARABIC = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.(?=\p{L})|\.|\s*\))?(?=\s|$|\p{L})/u;
/** "a)", "đ)", "d).", "a. Tiêu đề"; "Đ)" in a list of small letters is a capital typed by mistake. */
const LETTER = /^([a-zđA-ZĐ])(\s*\)\.?|\.(?=\s+\p{Lu}))(?=\s|$)/u;
/** Points numbered in small Roman numerals: "ii)", "iv)" (a lone "i)", "v)", "x)" is read as a letter first). */
const LOWER_ROMAN = /^([ivx]{2,5})(\s*\)\.?)(?=\s|$)/u;
/** Quotation marks a quoted passage (another document's numbered text) opens and closes with. */
const OPENING_QUOTE = /^[\s\u00a0]*["“]/u;
const CLOSING_QUOTE = /["”][\s.;,:)]*$/u;
/** A quotation hides its opening paragraph and at most this many more (a missing closing mark does not hide the rest). */
const MAX_QUOTE = 40;

/**
 * A marker, its fields always in this order: markers are made for most lines of a check (and copied from the memo at
 * each re-check), and objects of one shape are made and copied several times faster than by spreads.
 */
function newMarker(
  head: { word: boolean; paragraph: number },
  kind: Kind,
  key: string,
  pos: number,
  path: number[],
  label: string,
  before: string,
  after: string,
): Marker {
  return { label, before, after, word: head.word, paragraph: head.paragraph, kind, key, rank: RANK[kind], pos, path };
}

/** A marker's copy for another paragraph, its path its own (a check corrects its marker's position). */
function copyMarker(m: Marker, paragraph: number): Marker {
  const c = newMarker({ word: m.word, paragraph }, m.kind, m.key, m.pos, [...m.path], m.label, m.before, m.after);
  c.rank = m.rank;
  if (m.badRoman !== undefined) c.badRoman = m.badRoman;
  if (m.foreignLetter !== undefined) c.foreignLetter = m.foreignLetter;
  if (m.lowerRomanValue !== undefined) c.lowerRomanValue = m.lowerRomanValue;
  return c;
}

function romanMarker(token: string, suffix: string, head: { word: boolean; paragraph: number }, label: string) {
  const value = romanValue(token);
  const marker = newMarker(head, "roman", "roman", value, [value], label, "", suffix);
  if (value <= 0 || toRoman(value) !== token) marker.badRoman = true;
  return marker;
}

/** The heading number a paragraph starts with (its Word label first), or undefined. `upperActive`: the letter an
 * A., B., C. sequence stands at, so that "I." after "H." is a letter, not a Roman one. */
function markerOf(line: string, word: boolean, paragraph: number, upperActive: string | undefined): Marker | undefined {
  // Only the opening characters can hold a number: no copy of a long paragraph is made.
  let start = 0;
  while (start < line.length && (line.charCodeAt(start) <= 32 || line.charCodeAt(start) === 0xa0)) start++;
  if (start === line.length) return undefined;
  const length = line.length - start;
  const text = line.slice(start, start + 96);
  const base = { word, paragraph };
  let m = ARTICLE.exec(text);
  if (m !== null) {
    const v = Number(m[2]);
    return newMarker(base, "article", "article", v, [v], m[0].trim(), `${m[1]} `, ".");
  }
  m = PART.exec(text);
  if (m !== null && length <= 160) {
    const raw = m[2]!;
    const lower = raw.toLowerCase();
    const kind: Kind = m[1]!.toLowerCase() === "phần" ? "part" : "chapter";
    const v = /^\d+$/.test(raw)
      ? Number(raw)
      : /^[ivxlc]+$/i.test(raw) && raw === raw.toUpperCase()
        ? romanValue(raw)
        : ORDINALS[lower];
    if (v === undefined || v <= 0) return undefined;
    return newMarker(base, kind, kind, v, [v], m[0].trim(), `${m[1]} `, "");
  }
  m = ROMAN.exec(text);
  if (m !== null) {
    const token = m[1]!;
    const single = token.length === 1;
    // "I.", "V.", "X." continue an A., B. list at H., U., W.; other single letters (C., L.) are letters.
    const letterFollows =
      upperActive !== undefined && LATIN.indexOf(upperActive.toLowerCase()) + 1 === LATIN.indexOf(token.toLowerCase());
    if (!single || (/^[IVX]$/.test(token) && !letterFollows)) {
      // the suffix as typed, its space kept: "II -" is suggested after "I -", not "II-"
      return romanMarker(token, m[2]!, base, m[0].trim());
    }
  }
  m = UPPER.exec(text);
  if (m !== null) {
    const pos = letterPos(m[1]!.toLowerCase());
    if (pos < 0) return undefined;
    return newMarker(base, "upper", "upper", pos, [pos], m[0].trim(), "", m[2]!.trim());
  }
  m = ARABIC.exec(text);
  if (m !== null) {
    const path = m[1]!.split(".").map(Number);
    const suffix = (m[2] ?? "").trim();
    // "1.2 Tiêu đề" without a final dot is a number only before a capital; a lone "1" never is.
    if (suffix === "" && (path.length < 2 || !/^\s+\p{Lu}/u.test(text.slice(m[0].length)))) return undefined;
    if (suffix === ")") {
      if (path.length > 1) return undefined;
      return newMarker(base, "paren", "paren", path[0]!, path, m[0].trim(), "", ")");
    }
    const marker = newMarker(
      base,
      "arabic",
      `arabic${path.length}`,
      path[path.length - 1]!,
      path,
      m[0].trim(),
      "",
      suffix,
    );
    marker.rank = RANK.arabic + (path.length - 1) / 10;
    return marker;
  }
  m = LOWER_ROMAN.exec(text);
  if (m !== null) {
    const value = romanValue(m[1]!.toUpperCase());
    if (toRoman(value).toLowerCase() === m[1]) {
      return newMarker(base, "lowerRoman", "lowerRoman", value, [value], m[0].trim(), "", m[2]!.trim());
    }
  }
  m = LETTER.exec(text);
  if (m !== null) {
    const l = m[1]!.toLowerCase();
    const pos = letterPos(l);
    if (pos < 0) return undefined;
    const marker = newMarker(base, "letter", "letter", pos, [pos], m[0].trim(), "", m[2]!.includes(")") ? ")" : ".");
    if (!word && !VN_INDEX.has(l)) marker.foreignLetter = l;
    if (m[1] === "i" || m[1] === "v" || m[1] === "x") marker.lowerRomanValue = romanValue(m[1].toUpperCase());
    return marker;
  }
  return undefined;
}

/** Lines' markers outside an A., B., C. list, memoised (src/model/memo): a re-check reads only the edited lines. */
const MARKERS = {
  word: new ParagraphMemo((line: string) => markerOf(line, true, -1, undefined)),
  typed: new ParagraphMemo((line: string) => markerOf(line, false, -1, undefined)),
};

/** markerOf, from the memo where it can be: a fresh copy each time, since a check corrects its marker's position. */
function markerAt(line: string, word: boolean, paragraph: number, upperActive: string | undefined): Marker | undefined {
  if (upperActive !== undefined) return markerOf(line, word, paragraph, upperActive);
  const m = (word ? MARKERS.word : MARKERS.typed).get(line);
  return m === undefined ? undefined : copyMarker(m, paragraph);
}

/** "thứ nhất", "thứ hai" ... for "Phần thứ hai" (the first of each number in the data's list). */
const ORDINAL_WORDS = new Map<number, string>();
for (const [w, n] of Object.entries(ORDINALS)) if (!ORDINAL_WORDS.has(n) && w !== "một") ORDINAL_WORDS.set(n, w);

/** The label of position `pos` in the kind's sequence, written like `like` ("3." after "2.", "c)" after "b)"). */
function labelAt(like: Marker, pos: number, path?: number[]): string {
  const ordinal = (like.kind === "part" || like.kind === "chapter") && /\sthứ\s/iu.test(like.label);
  const number = ordinal
    ? `thứ ${ORDINAL_WORDS.get(pos) ?? pos}`
    : like.kind === "roman" || ((like.kind === "part" || like.kind === "chapter") && /[IVXLC]$/.test(like.label))
      ? toRoman(pos)
      : like.kind === "letter"
        ? letterAt(pos)
        : like.kind === "lowerRoman"
          ? toRoman(pos).toLowerCase()
          : like.kind === "upper"
            ? letterAt(pos).toUpperCase()
            : (path ?? [pos]).join(".");
  const label = `${like.before}${number}${like.after}`;
  // "PHẦN THỨ BA" is followed by "PHẦN THỨ TƯ", not "PHẦN thứ tư"
  return ordinal && like.label === like.label.toUpperCase() ? label.toUpperCase() : label;
}

/** The bare names of the missing items between two positions (exclusive): "3", "3, 4", "3 đến 7"; "c)" for points. */
function missingBetween(like: Marker, from: number, to: number): string {
  const names: string[] = [];
  const bare = (pos: number): string => {
    // a section names its leading numbers: "1.2", not "2", is missing between "1.1." and "1.3."
    const l = labelAt(
      { ...like, before: "", after: like.kind === "letter" || like.kind === "lowerRoman" ? ")" : "" },
      pos,
      [...like.path.slice(0, -1), pos],
    );
    if (like.kind !== "part" && like.kind !== "chapter") return l;
    // named in the running text: "thiếu phần thứ hai", even under "PHẦN THỨ BA"
    return /\sthứ\s/iu.test(like.label) ? l.trim().toLowerCase() : l.trim();
  };
  if (like.kind === "letter" || like.kind === "upper") {
    // Only the Vietnamese letters in between are missing (f, j, w, z are never required).
    for (let pos = from + 1; pos < to; pos++) if (pos % 2 === 0) names.push(bare(pos));
  } else for (let pos = from + 1; pos < to; pos++) names.push(bare(pos));
  if (names.length > 3) return `${names[0]} đến ${names[names.length - 1]}`;
  return names.join(", ");
}

const firstPos = (m: Marker): number => (m.kind === "letter" || m.kind === "upper" ? 0 : 1);
const isNext = (prev: Marker, cur: Marker): boolean =>
  cur.kind === "letter" || cur.kind === "upper" ? letterNext(prev.pos).includes(cur.pos) : cur.pos === prev.pos + 1;
/** The position that follows, or undefined after the alphabet's last letter "y" (Latin's "z" is no point letter). */
const nextPos = (m: Marker): number | undefined => {
  if (m.kind !== "letter" && m.kind !== "upper") return m.pos + 1;
  const next = letterNext(m.pos)[0];
  return next === undefined || next % 2 === 1 ? undefined : next;
};

interface Report {
  messageId: string;
  data: Record<string, string>;
  paragraph: number;
}

/** Check one numbered scope (the main body, or one attachment): its paragraphs in order. */
function checkScope(paragraphs: Paragraph[], out: Report[]): void {
  const stack: Marker[] = [];
  /** The last item of each key that left the stack (a Word list that goes on under the next heading). */
  const left = new Map<string, Marker>();
  let lastArticle: Marker | undefined;
  const what = (m: Marker): string => WHAT[m.kind];
  const data = (m: Marker, extra: Record<string, string>): Record<string, string> => {
    const w = what(m);
    return { what: w, What: w.charAt(0).toUpperCase() + w.slice(1), label: m.label, ...extra };
  };
  // Where each key and each kind sits in the stack (positions, bottom to top): the nearest item of a key or kind is
  // looked up, not searched for. A list restarted at 1 over and over leaves its earlier items in the stack, and a
  // search from the top on every line took time growing with the square (32,000 restarts: 3.8 s).
  const byKey = new Map<string, number[]>();
  const byKind = new Map<Kind, number[]>();
  const positionsOf = <K>(map: Map<K, number[]>, k: K): number[] => {
    let list = map.get(k);
    if (list === undefined) map.set(k, (list = []));
    return list;
  };
  const push = (m: Marker): void => {
    positionsOf(byKey, m.key).push(stack.length);
    positionsOf(byKind, m.kind).push(stack.length);
    stack.push(m);
  };
  const popTo = (length: number): void => {
    while (stack.length > length) {
      const gone = stack.pop()!;
      byKey.get(gone.key)!.pop();
      byKind.get(gone.kind)!.pop();
      left.set(gone.key, gone);
    }
  };

  let quoteLeft = 0;
  for (const p of paragraphs) {
    if (p.cell !== undefined && p.cell.columnCount > 1) continue;
    // A quoted passage (“a) Trong thời hạn ...”) is another text's numbering: skipped to its closing mark.
    if (quoteLeft > 0 || (p.listLabel === undefined && OPENING_QUOTE.test(p.text))) {
      quoteLeft = CLOSING_QUOTE.test(p.text) ? 0 : quoteLeft > 0 ? quoteLeft - 1 : MAX_QUOTE;
      continue;
    }
    // Word's label, or the typed text: each line of it (items set apart with Shift+Enter are lines of their own).
    const lines = p.listLabel !== undefined ? [p.listLabel] : p.text.includes("\n") ? p.text.split("\n") : [p.text];
    for (const line of lines) {
      const upper = topOfKind("upper");
      const cur = markerAt(
        line,
        p.listLabel !== undefined,
        p.index,
        upper === undefined ? undefined : letterAt(upper.pos),
      );
      if (cur !== undefined) step(cur);
      if (p.listLabel !== undefined) continue;
      // An item typed on after a tab ("d) Quyết định khen thưởng ...⇥5. Thực hiện ...") is taken when it is the
      // next one: two items run together on one line are not a missing item.
      for (let tab = line.indexOf("\t"); tab >= 0; tab = line.indexOf("\t", tab + 1)) {
        const inner = markerAt(line.slice(tab + 1, tab + 97), false, p.index, undefined);
        const last = inner === undefined ? undefined : topOf(inner.key);
        if (inner !== undefined && last !== undefined && isNext(last, inner)) step(inner);
      }
    }
  }

  function topOfKind(kind: Kind): Marker | undefined {
    const at = byKind.get(kind)?.at(-1);
    return at === undefined ? undefined : stack[at];
  }

  function topOf(key: string): Marker | undefined {
    const at = byKey.get(key)?.at(-1);
    return at === undefined ? undefined : stack[at];
  }

  function step(input: Marker): void {
    let cur = input;
    // "i)" starts a list in small Roman numerals unless it follows "h)"; "v)", "x)" go on with one ("iv)", "ix)")
    if (cur.lowerRomanValue !== undefined) {
      const letters = topOf("letter");
      const romans = topOf("lowerRoman");
      const goesOnLetters = letters !== undefined && isNext(letters, cur);
      // "v)" after "iii)" goes on with the Roman list (and is told that iv) is missing), unless it is the next letter
      const goesOnRoman =
        romans !== undefined &&
        (romans.pos + 1 === cur.lowerRomanValue || (romans.pos < cur.lowerRomanValue && !goesOnLetters));
      if (goesOnRoman || (cur.lowerRomanValue === 1 && !goesOnLetters)) {
        const v = cur.lowerRomanValue;
        cur = { ...cur, kind: "lowerRoman", key: "lowerRoman", rank: RANK.lowerRoman, pos: v, path: [v] };
      }
    }
    const report = (messageId: string, extra: Record<string, string>): void => {
      out.push({ messageId, data: data(cur, extra), paragraph: cur.paragraph });
    };

    let reported = false;
    // "17. Tổng Thư ký" where "Điều 17." belongs: the number goes on from the last Điều, not from the khoản above.
    if (cur.kind === "arabic" && cur.path.length === 1 && !cur.word && lastArticle?.pos === cur.pos - 1) {
      const same = topOf(cur.key);
      if (same === undefined ? cur.pos !== firstPos(cur) : !isNext(same, cur) && cur.pos !== firstPos(cur)) {
        const article: Marker = {
          ...cur,
          kind: "article",
          key: "article",
          rank: RANK.article,
          before: "Điều ",
          after: ".",
        };
        report("noArticle", { prev: lastArticle.label, expected: labelAt(article, cur.pos) });
        cur = article;
        reported = true;
      }
    }

    const at = byKey.get(cur.key)?.at(-1) ?? -1;
    // Điều numbers run on through the whole text, across chapters.
    const prev = cur.kind === "article" ? lastArticle : at >= 0 ? stack[at] : undefined;
    // A list that starts again at 1 (or a) is a new list, not a repeat: a sub-list under a deeper item
    // ("1. ... a) ... 1. 2."), or a list under a heading the rule cannot see ("Mục tiêu:" 1. 2. "Nhiệm vụ:" 1. 2.).
    const nested = prev !== undefined && cur.kind !== "article" && cur.pos === firstPos(cur);

    if (cur.badRoman === true) {
      const expected = (prev !== undefined && !nested ? nextPos(prev) : undefined) ?? (cur.pos > 0 ? cur.pos : 1);
      report("roman", { expected: labelAt(cur, expected) });
      cur.pos = expected;
      cur.path = [expected];
      reported = true;
    } else if (cur.foreignLetter !== undefined) {
      report("letter", { letter: cur.foreignLetter });
      reported = true;
    }

    if (prev !== undefined && !nested) {
      if (!reported && !isNext(prev, cur)) {
        if (cur.pos === prev.pos) report("repeat", { prev: prev.label });
        else if (cur.pos > prev.pos)
          report("gap", { prev: prev.label, missing: missingBetween(cur, prev.pos, cur.pos) });
        else {
          const next = nextPos(prev);
          if (next === undefined) report("orderLast", { prev: prev.label });
          else report("order", { prev: prev.label, expected: labelAt(cur, next, [...cur.path.slice(0, -1), next]) });
        }
      }
      if (at >= 0) {
        popTo(at);
        push(cur);
      } else {
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= cur.rank) popTo(stack.length - 1);
        push(cur);
      }
    } else {
      // A new level (or a sub-list): it sits under the nearest item of a higher rank. Points in letters and in
      // small Roman numerals nest either way: the first of one list under an item of the other ("b) ... gồm:" then
      // "i)", "ii)", then "c)"; or "i) ... gồm:" then "a)", "b)", then "ii)") opens a sub-list.
      const top = stack[stack.length - 1];
      const underOtherPoints =
        top !== undefined &&
        cur.pos === firstPos(cur) &&
        ((cur.kind === "letter" && top.kind === "lowerRoman") || (cur.kind === "lowerRoman" && top.kind === "letter"));
      if (!nested && !underOtherPoints)
        while (stack.length > 0 && stack[stack.length - 1]!.rank >= cur.rank) popTo(stack.length - 1);
      const parent = stack[stack.length - 1];
      const first = firstPos(cur);
      if (!reported && cur.kind === "arabic" && cur.path.length > 1) {
        // "2.1." under "1.": the leading numbers are the parent's.
        const arabic = byKind.get("arabic") ?? [];
        let owner: Marker | undefined;
        for (let k = arabic.length - 1; k >= 0 && owner === undefined; k--) {
          const m = stack[arabic[k]!]!;
          if (m.path.length === cur.path.length - 1) owner = m;
        }
        const prefix = cur.path.slice(0, -1);
        if (owner !== undefined && owner.path.join(".") !== prefix.join(".")) {
          report("prefix", { parent: owner.label, expected: labelAt(cur, first, [...owner.path, first]) });
          reported = true;
        }
      }
      if (!reported && cur.pos !== first) {
        const before = left.get(cur.key);
        if (cur.word && before !== undefined && before.word && isNext(before, cur) && parent !== undefined) {
          report("continued", {
            parent: parent.label,
            expected: labelAt(cur, first, [...cur.path.slice(0, -1), first]),
          });
        } else if (cur.pos > first) {
          const missing = missingBetween(cur, first - 1, cur.pos);
          if (missing !== "") {
            if (parent !== undefined) report("first", { parent: parent.label, missing });
            else report("firstTop", { missing });
          }
        }
      }
      push(cur);
    }
    if (cur.kind === "article") lastArticle = cur;
  }
}

export const check: Rule["check"] = (model: DocumentModel, ctx: RuleContext) => {
  const { structure } = ctx;
  const scopes: Paragraph[][] = [];
  const paras = model.paragraphs;
  const mainEnd = structure.attachments[0]?.start ?? paras.length;
  const body = structure.bodyParagraphs.filter((i) => i < mainEnd);
  // From the type name on: a Điều lệ's "Chương I" under its title may be taken for part of the trích yếu.
  const afterTitle = structure.typeNameParagraph === undefined ? paras.length : structure.typeNameParagraph + 1;
  const first = Math.min(afterTitle, body[0] ?? paras.length);
  const last = body[body.length - 1] ?? -1;
  scopes.push(paras.slice(first, last + 1));
  for (const a of structure.attachments) scopes.push(paras.slice(a.start + 1, a.end + 1));
  const reports: Report[] = [];
  for (const scope of scopes) checkScope(scope, reports);
  const basis = ctx.profileId === "party" ? DATA.basis.party : DATA.basis.state;
  for (const r of reports) {
    ctx.report({
      messageId: r.messageId,
      data: r.data,
      severity: "warning",
      basis,
      paragraph: r.paragraph,
      excerpt: excerptOf(paras[r.paragraph]?.text ?? ""),
    });
  }
};

export const rule: Rule = { meta, check };
