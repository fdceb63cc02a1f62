/**
 * text/abbreviation: an abbreviation (a word of two or more capital letters: "BCĐ", "CCHC", "PCI", "KT-XH") used
 * before it is spelled out. It is spelled out by its long form followed by the abbreviation in parentheses ("Ban Chỉ
 * đạo (BCĐ)", "Chỉ số cải cách hành chính (PAR INDEX)") or by "(viết tắt là ...)", "(sau đây gọi tắt là ...)",
 * "(sau đây viết tắt là ...)", "(gọi tắt là ...)". Abbreviations every reader of official documents knows (UBND,
 * HĐND, type codes, units) are data per profile (src/rules/data/abbreviations.json).
 *
 * Not abbreviations: Roman numerals (I, XIX), words in capitals (a word with a Vietnamese vowel mark, a paragraph in
 * capitals: "KẾ HOẠCH", "TỔ CHỨC THỰC HIỆN"), parts of a number and symbol ("85-KH/HU", "215/KH-SCT": with a "/"),
 * the header, the signature and the recipient list, the words of a quoted foreign name (“Provincial Competitiveness
 * Index”). Each undefined abbreviation is reported once, at its first use; also one used before it is spelled out,
 * and one spelled out twice with different long forms. Warnings.
 */
import { ParagraphMemo } from "../../model/memo";
import type { DocumentModel } from "../../model/document";
import { excerptOf } from "../../model/excerpt";
import type { DocumentStructure } from "../../model/structure";
import { allMatches, mostlyCapitals } from "../../model/text";
import { hasCapitalPair } from "../signs";
import type { ProfileId } from "../../model/vocabulary";
import { ABBREVIATION_DATA as DATA } from "../data";
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "text/abbreviation",
  area: "text",
  description:
    "Chữ viết tắt (“BCĐ”, “CCHC”, “PCI”) phải được viết đầy đủ ở lần dùng đầu tiên, chữ viết tắt trong ngoặc đơn ngay sau.",
  messages: {
    undefined:
      "Chữ viết tắt “{abbr}” ({uses}) không được giải thích: lần đầu cần viết đầy đủ, chữ viết tắt trong ngoặc đơn ngay sau (“... ({abbr})”)",
    typo: "“{abbr}” ({uses}) không phải chữ viết tắt thông dụng: có phải “{known}” gõ nhầm thứ tự chữ?",
    usedBeforeDefined:
      "Chữ viết tắt “{abbr}” dùng trước khi được giải thích ở {where} (“{definition}”): chuyển phần viết đầy đủ lên lần dùng đầu tiên",
    definedTwice: "Chữ viết tắt “{abbr}” được giải thích hai lần khác nhau: “{first}” (đoạn {firstAt}) và “{second}”",
  },
};

/**
 * Per profile: the abbreviations that need no definition, the basis printed with the findings, and the length of the
 * longest exempt one (a word longer than that has no exempt twin with two letters swapped).
 */
interface Exempt {
  basis: string;
  exempt: ReadonlySet<string>;
  longest: number;
}
const EXEMPT: Record<ProfileId, Exempt> = {
  party: exemptOf("party"),
  state: exemptOf("state"),
};

function exemptOf(profile: ProfileId): Exempt {
  const p = DATA.profiles[profile];
  const exempt = new Set<string>();
  for (const name of p.lists) {
    const list = DATA.lists[name];
    if (list === undefined) throw new Error(`src/rules/data/abbreviations.json: no list "${name}" (${profile})`);
    for (const key of Object.keys(list.entries)) exempt.add(key.normalize("NFC").toUpperCase());
  }
  return { basis: p.basis, exempt, longest: Math.max(0, ...[...exempt].map((a) => a.length)) };
}

/** A word: letters and digits, joined by "-" or "&" ("KT-XH", "GD&ĐT", "COVID-19", "85-KH"). */
const WORD = /[\p{L}\p{Nd}]+(?:[-&][\p{L}\p{Nd}]+)*/gu;
/** A word of a text: where it starts, and the word as WORD takes it. */
export interface WordAt {
  index: number;
  word: string;
}

/** Each BMP unit's part in a word, learnt from WORD's classes when first met. */
const UNKNOWN_UNIT = 0;
const A_TO_Z = 1;
const OTHER_WORD_UNIT = 2;
const JOINER = 3;
const SEPARATOR = 4;
const SURROGATE = 5;
const WORD_UNIT = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);
const ONE_WORD_UNIT = /^[\p{L}\p{Nd}]$/u;
function wordUnit(code: number): number {
  let k = WORD_UNIT[code]!;
  if (k === UNKNOWN_UNIT) {
    k =
      code >= 97 && code <= 122
        ? A_TO_Z
        : ONE_WORD_UNIT.test(String.fromCharCode(code))
          ? OTHER_WORD_UNIT
          : code === 0x2d || code === 0x26
            ? JOINER
            : SEPARATOR;
    WORD_UNIT[code] = k;
  }
  return k;
}

/**
 * The words of a text (WORD) that do not start with a–z, in order: the only ones that may be abbreviations (a word
 * starting with a–z has a lower-case letter), and a few in most paragraphs. Read unit by unit, each unit's class
 * looked up: walking every word by exec took most of this rule's time. Text with a surrogate (a letter beyond the BMP)
 * is walked by WORD itself.
 */
export function wordsNotFromAToZ(text: string): WordAt[] {
  const out: WordAt[] = [];
  const length = text.length;
  for (let i = 0; i < length;) {
    const k = wordUnit(text.charCodeAt(i));
    if (k === SURROGATE) return wordsNotFromAToZByRegex(text);
    if (k !== A_TO_Z && k !== OTHER_WORD_UNIT) {
      i++;
      continue;
    }
    // a word: letters and digits, and a joiner wherever a letter or digit follows it
    const start = i;
    for (i++; i < length; i++) {
      const u = wordUnit(text.charCodeAt(i));
      if (u === A_TO_Z || u === OTHER_WORD_UNIT) continue;
      if (u === SURROGATE) return wordsNotFromAToZByRegex(text);
      if (u !== JOINER || i + 1 >= length) break;
      const next = wordUnit(text.charCodeAt(i + 1));
      if (next === SURROGATE) return wordsNotFromAToZByRegex(text);
      if (next !== A_TO_Z && next !== OTHER_WORD_UNIT) break;
    }
    if (k !== A_TO_Z) out.push({ index: start, word: text.slice(start, i) });
  }
  return out;
}

/** wordsNotFromAToZ by the regex WORD, for text with surrogates (and the definition the loop must agree with). */
export function wordsNotFromAToZByRegex(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const w of allMatches(WORD, text)) {
    const first = text.charCodeAt(w.index);
    if (first < 97 || first > 122) out.push({ index: w.index, word: w[0] });
  }
  return out;
}

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/u;
/** Roman numerals as headings and congresses use them (I–XXXIX, XL, L...): never C, D or M. */
const ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/** A Vietnamese vowel with a mark: a word in capitals ("TỈNH", "PHÒNG"), not an abbreviation. */
const MARKED_VOWEL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;
/** "(viết tắt là X)", "(sau đây gọi tắt là: X)", "(sau đây được viết tắt là X)", "(viết tắt: X)". */
// (?=[^()]*\)): a closing parenthesis ahead, or no match at once: without it, "(viết tắt" and a long run of spaces
// with no ")" was tried again from every way of sharing the spaces
const SAID_SHORT = /\(\s*(?:sau\s+đây\s+)?(?:được\s+)?(?:gọi|viết)\s+tắt(?=[^()]*\))(?:\s+là)?\s*:?\s*([^()]*)\)/giu;
/** What SAID_SHORT and NAME_SHORT both hold ("tắt", in any case). */
const SHORT = /tắt/iu;
/** A parenthesis: "(BCĐ)", "(PAR INDEX)", "(UBND tỉnh)". */
const PARENTHESIS = /\(([^()/]{2,60})\)/gu;
/**
 * An association's own name in its charter ("Tên viết tắt: LDGA", "Viết tắt là: LADOSA", "Tên viết tắt tiếng nước
 * ngoài (nếu có): RASAB"): the abbreviations after it are spelled out by the name above them.
 */
const NAME_SHORT =
  /(?:^|[\s.;(])vi[ếê]t\s+tắt(?:\s+(?:tiếng\s+(?:việt|anh|nước\s+ngoài)|\(nếu\s+có\)))*\s*(?:là|:)\s*:?\s*([^.;()]*(?:\([^()]*\))?)/giu;
/** A foreign name ("Tên tiếng Anh: LAM DONG WIND AND SOLAR ENERGY ASSOCIATION"): its words are not looked at. */
const FOREIGN_NAME =
  /tên\s+(?:tiếng\s+(?:anh|nước\s+ngoài)|giao\s+dịch(?:\s+quốc\s+tế)?|quốc\s+tế)\s*(?:\(nếu\s+có\))?\s*:.*$/giu;
/**
 * A company's, a bank's, an association's name: its capitals are part of it ("Công ty TNHH SX TM DV Nội Thất Như Ý",
 * "Tập đoàn BĐS Liên Minh", "Ngân hàng MB"). Tested on the text before a word: a head, then capitalised words only.
 */
const PROPER_NAME_BEFORE =
  /(?:Công\s+ty|Tập\s+đoàn|Ngân\s+hàng|Nhà\s+hàng|Khách\s+sạn|Hội|Hiệp\s+hội|Câu\s+lạc\s+bộ)(?:\s+(?:\p{Lu}[\p{L}\p{Nd}&.-]*|&|đoàn))*\s+$/u;
/** A chemical formula ("N2O", "H2SO4", "C2H5OH", "C6H12O6"): groups of capitals and digits, in turn. */
const FORMULA = /^(?:\p{Lu}+\p{Nd}+)+\p{Lu}+\p{Nd}*$/u;
/** A quoted stretch. */
const QUOTED = /[“"]([^“”"]{1,200})[”"]/gu;
/** Vietnamese letters a foreign name lacks. */
const VIETNAMESE = /[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** The recipient label and the archive line, when the structure did not find the block (an appendix's own). */
const RECIPIENT_LABEL = /^\s*n[ơo]i\s+nh[ậa]n\b/iu;
const ARCHIVE_LINE = /^\s*(?:[-–+•]\s*)?Lưu\s*:/u;
const LETTERS = /\p{L}+/gu;

/** A word that may be an abbreviation: at least two capitals, no lower-case letter, not a number or a numeral. */
function isCandidate(word: string): boolean {
  if (LOWER.test(word) || /^\p{Nd}/u.test(word)) return false;
  const capitals = word.match(UPPER)?.length ?? 0;
  if (capitals < 2) return false;
  if (ROMAN.test(word)) return false;
  return !MARKED_VOWEL.test(word);
}

/** "Đ" and "D", "Ư" and "U" are the same initial. */
function foldInitial(ch: string): string {
  return ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "D").toUpperCase();
}

/**
 * The long form an abbreviation stands for, read backwards from the parenthesis: as many words as it has letters
 * whose initials are its letters ("Ban Chỉ đạo (BCĐ)", "phòng, chống ma túy (PCMT)"; "và" stands for "&" or is left
 * out: "an ninh và trật tự (ANTT)"), possibly
 * followed by one more word ("Ban Chỉ đạo tỉnh (BCĐ)"). Undefined when the initials do not match (a foreign name).
 */
function longFormBefore(text: string, at: number, abbr: string): string | undefined {
  const letters = [...abbr.replace(/[^\p{L}]/gu, "")].map(foldInitial);
  if (letters.length < 2) return undefined;
  const before = text.slice(Math.max(0, at - 40 * letters.length), at);
  const words = allMatches(LETTERS, before);
  for (let skip = 0; skip <= 1; skip++) {
    let k = words.length - 1 - skip;
    let j = letters.length - 1;
    let first = -1;
    for (; k >= 0 && j >= 0; k--) {
      const w = words[k]![0];
      // "và" is left out of the initials ("an ninh và trật tự (ANTT)") unless the abbreviation has a letter for it
      if (w.toLowerCase() === "và" && (abbr.includes("&") || letters[j] !== "V")) continue;
      if (foldInitial(w[0]!) !== letters[j]) break;
      first = k;
      j--;
    }
    if (j < 0 && first >= 0) {
      const start = words[first]!.index;
      const last = words[words.length - 1 - skip]!;
      return before.slice(start, last.index + last[0].length).replace(/\s+/g, " ");
    }
  }
  return undefined;
}

/** An abbreviation spelled out in a text. */
interface SpelledOut {
  longForm: string | undefined;
  /** What is quoted in the message: the long form with its parenthesis, or the parenthesis. */
  shown: string;
}
/** Where an abbreviation is first spelled out. */
interface Definition extends SpelledOut {
  paragraph: number;
}
interface Use {
  paragraph: number;
  excerpt: string;
}
interface Entry {
  firstUse: Use | undefined;
  uses: number;
  definition: Definition | undefined;
  conflictReported: boolean;
}

/** Paragraphs whose abbreviations are not checked: the header, the type name, the signature, the recipient list. */
function skippedParagraphs(model: DocumentModel, s: DocumentStructure): Set<number> {
  const skip = new Set<number>([
    ...s.header.paragraphs,
    ...s.signature.paragraphs,
    ...s.recipients.lines,
    ...(s.recipients.label === undefined ? [] : [s.recipients.label]),
    ...(s.typeNameParagraph === undefined ? [] : [s.typeNameParagraph]),
  ]);
  // A recipient list the structure did not take (an appendix's own, a document without a header): the label and the
  // lines under it in its cell, or the "- ..." lines that follow it.
  const paras = model.paragraphs;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    if (!RECIPIENT_LABEL.test(p.text) && !ARCHIVE_LINE.test(p.text)) continue;
    skip.add(i);
    if (!RECIPIENT_LABEL.test(p.text)) continue;
    for (let k = i + 1; k < paras.length && k <= i + 40; k++) {
      const q = paras[k]!;
      const sameCell =
        p.cell !== undefined &&
        q.cell !== undefined &&
        q.cell.table === p.cell.table &&
        q.cell.row === p.cell.row &&
        q.cell.column === p.cell.column;
      if (p.cell !== undefined ? !sameCell : !/^\s*[-–+•]/u.test(q.text) && q.text.trim() !== "") break;
      skip.add(k);
    }
  }
  return skip;
}

/**
 * A paragraph in capitals (a heading, a title, "Chương V. CHIA, TÁCH; SÁP NHẬP"): four letters in five or more are
 * capitals, and a word in capitals carries a Vietnamese vowel mark. Its words are not abbreviations.
 */
function isCapitalsHeading(text: string): boolean {
  return MARKED_VOWEL.test(text) && mostlyCapitals(text);
}

/** What one paragraph spells out, and the stretches whose words are not looked at. */
interface ParagraphReading {
  /** Definitions by the offset of the abbreviation they spell out. */
  defined: Map<number, SpelledOut>;
  /** Characters in stretches whose words are not looked at, marked 1 (a list searched for each word was quadratic). */
  ignored: Uint8Array;
}

function definitionAt(text: string, word: string, longFormEnd: number, written: string): SpelledOut {
  const longForm = longFormBefore(text, longFormEnd, word);
  // Shown in a message: the long form when its initials are the abbreviation's, else the words before the parenthesis.
  const before =
    longForm ?? /(?:\S+\s+){0,5}\S*\s*$/u.exec(text.slice(Math.max(0, longFormEnd - 60), longFormEnd))?.[0] ?? "";
  return { longForm, shown: excerptOf(`${before.trim()} ${written.trim()}`.trim(), 90) };
}

/** Each candidate word of `inner` (starting at `innerAt` in the paragraph) is spelled out by the words before `end`. */
function defineWords(
  r: ParagraphReading,
  text: string,
  inner: string,
  innerAt: number,
  end: number,
  written: string,
): void {
  for (const w of allMatches(WORD, inner)) {
    if (!isCandidate(w[0])) continue;
    const at = innerAt + w.index;
    r.defined.set(at, definitionAt(text, w[0], end, written));
  }
}

/**
 * One array of marks for every paragraph read, cleared for each and grown when a paragraph is longer: a new typed
 * array per paragraph took a tenth of this rule's time (its memory is allocated outside the heap). A reading is used
 * before the next paragraph is read (abbreviationEvents), never kept.
 */
let marks = new Uint8Array(1024);
function ignoredMarks(length: number): Uint8Array {
  if (marks.length < length) marks = new Uint8Array(Math.max(length, 2 * marks.length));
  else marks.fill(0, 0, length);
  return marks;
}

/** `words`: the text's words that do not start with a–z (wordsNotFromAToZ), which are all a run of capitals can hold. */
function readParagraph(text: string, words: readonly WordAt[]): ParagraphReading {
  const r: ParagraphReading = { defined: new Map(), ignored: ignoredMarks(text.length) };
  const inIgnored = (k: number): boolean => r.ignored[k] === 1;
  // both "(gọi tắt là ...)" and "viết tắt: ..." hold "tắt": most paragraphs do not, and skip both patterns
  const saysShort = SHORT.test(text);
  for (const m of saysShort ? allMatches(SAID_SHORT, text) : []) {
    const inner = m[1]!;
    defineWords(r, text, inner, m.index + m[0].lastIndexOf(inner), m.index, m[0]);
    r.ignored.fill(1, m.index, m.index + m[0].length);
  }
  for (const m of saysShort ? allMatches(NAME_SHORT, text) : []) {
    if (inIgnored(m.index + 1)) continue;
    const inner = m[1]!;
    const innerAt = m.index + m[0].lastIndexOf(inner);
    for (const w of allMatches(WORD, inner)) {
      if (!isCandidate(w[0])) continue;
      const at = innerAt + w.index;
      r.defined.set(at, { longForm: undefined, shown: excerptOf(m[0].trim(), 90) });
    }
    r.ignored.fill(1, m.index, innerAt + inner.length);
  }
  for (const m of allMatches(PARENTHESIS, text)) {
    if (inIgnored(m.index)) continue;
    // Spelled out: a long form before it (a word, or a closing quote), and a short parenthesis holding an
    // abbreviation: "(BCĐ)", "(PAR INDEX)", "(UBND tỉnh)", "(Chỉ số PAR Index)".
    if (!/[\p{L}\p{Nd}”"]\s*$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const inner = m[1]!;
    const words = inner.trim().split(/\s+/u);
    if (words.length > 4 || !words.some((w) => isCandidate(w.replace(/[^\p{L}\p{Nd}&-]/gu, "")))) continue;
    defineWords(r, text, inner, m.index + 1, m.index, m[0]);
  }
  for (const m of allMatches(FOREIGN_NAME, text)) r.ignored.fill(1, m.index, m.index + m[0].length);
  // A quoted Vietnamese phrase is read; a quoted foreign name of several words is not.
  for (const m of allMatches(QUOTED, text))
    if (/\s/.test(m[1]!.trim()) && !VIETNAMESE.test(m[1]!)) r.ignored.fill(1, m.index, m.index + m[0].length);
  // A run of words in capitals ("PHAN THIET FISH SAUCE", "Chương I. QUY ĐỊNH CHUNG", "UBND TỈNH LÂM ĐỒNG"): a name
  // or a heading when it has three words or more, or a word with a Vietnamese vowel mark.
  // Of two abbreviations in a row ("PAR INDEX"), the second qualifies the first and is not looked at by itself.
  let run: { start: number; end: number; count: number; marked: boolean; second: number } | undefined;
  const close = (): void => {
    if (run !== undefined && (run.count >= 3 || (run.count >= 2 && run.marked))) r.ignored.fill(1, run.start, run.end);
    else if (run !== undefined && run.count === 2) r.ignored.fill(1, run.second, run.end);
    run = undefined;
  };
  // A word starting with a–z between two capital words closes the run as any word not in capitals would: the space
  // between the two then holds more than an optional full stop.
  for (const w of words) {
    const word = w.word;
    const capitals = /\p{Lu}/u.test(word) && !LOWER.test(word);
    if (!capitals) {
      close();
      continue;
    }
    if (run !== undefined && !/^\.?\s+$/u.test(text.slice(run.end, w.index))) close();
    if (run === undefined) run = { start: w.index, end: w.index, count: 0, marked: false, second: w.index };
    if (run.count === 1) run.second = w.index;
    run.end = w.index + word.length;
    run.count++;
    run.marked ||= MARKED_VOWEL.test(word);
  }
  close();
  return r;
}

const SYMBOL_CHAR = /[\p{L}\p{Nd}./&_-]/u;

/**
 * For the words of one paragraph: whether the symbol-like stretch around [start, end) holds a "/", a number and symbol
 * ("04/BC-LĐVTCT.LĐ", "HIV/AIDS"). A stretch is walked once for all the words in it (a paragraph of 13,000 "TU/", one
 * stretch, was walked again for each of its words: seconds).
 */
function numberSymbols(text: string): (start: number, end: number) => boolean {
  let run = { a: 0, b: 0, symbol: false };
  return (start, end) => {
    if (start >= run.a && end <= run.b && run.a < run.b) return run.symbol;
    let a = start;
    while (a > 0 && SYMBOL_CHAR.test(text[a - 1]!)) a--;
    let b = end;
    while (b < text.length && SYMBOL_CHAR.test(text[b]!)) b++;
    // "Kế hoạch số 40/KH- STTTT": a symbol broken after its hyphen.
    const symbol =
      text.slice(a, b).includes("/") || /\/[\p{L}\p{Nd}.&-]*-\s+$/u.test(text.slice(Math.max(0, a - 20), a));
    run = { a, b, symbol };
    return symbol;
  };
}

/** An abbreviation that needs no definition, typed with two neighbouring letters swapped ("UBDN", "UNBD" for "UBND"). */
function transposed(abbr: string, { exempt, longest }: Exempt): string | undefined {
  // a swap keeps the length: a word longer than every exempt one has no such twin (and a word of 20,000 letters,
  // copied and joined once per letter, took seconds)
  if (abbr.length > longest) return undefined;
  const letters = [...abbr];
  if (letters.length < 3) return undefined;
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1]!, letters[i]!];
    const candidate = swapped.join("");
    if (exempt.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * What one paragraph text says of abbreviations, in reading order: each definition ("Ủy ban nhân dân (UBND)") and each
 * use that needs one (not exempt under the profile, not in a name, a symbol or a heading in capitals). A pure function
 * of the profile and the text, memoised (src/model/memo): a re-check reads only the edited paragraphs again.
 */
interface AbbreviationEvent {
  abbr: string;
  start: number;
  end: number;
  /** A definition here (its paragraph is the reader's), and whether the abbreviation is exempt anyway. */
  definition?: SpelledOut;
  exempt?: boolean;
}

const EVENTS: Record<ProfileId, ParagraphMemo<readonly AbbreviationEvent[]>> = {
  party: new ParagraphMemo((text) => abbreviationEvents("party", text)),
  state: new ParagraphMemo((text) => abbreviationEvents("state", text)),
};

function abbreviationEvents(profileId: ProfileId, text: string): AbbreviationEvent[] {
  const out: AbbreviationEvent[] = [];
  // Most paragraphs hold no two capitals in a row: skip them without reading further (the check read each paragraph's
  // character signs once for every rule).
  if (!hasCapitalPair(text) || isCapitalsHeading(text)) return out;
  const { exempt } = EXEMPT[profileId];
  const isExempt = (abbr: string): boolean =>
    exempt.has(abbr) || abbr.split(/[-&]/).every((part) => exempt.has(part) || /^\p{Nd}+$/u.test(part));
  const words = wordsNotFromAToZ(text);
  const { defined, ignored } = readParagraph(text, words);
  const inSymbol = numberSymbols(text);
  for (const w of words) {
    const word = w.word;
    if (!isCandidate(word) || FORMULA.test(word)) continue;
    const start = w.index;
    const end = start + word.length;
    if (inSymbol(start, end)) continue;
    const abbr = word.toUpperCase();
    const definition = defined.get(start);
    if (definition !== undefined) {
      out.push({
        abbr,
        start,
        end,
        definition,
        exempt: isExempt(abbr),
      });
      continue;
    }
    if (ignored[start] === 1 || isExempt(abbr)) continue;
    if (PROPER_NAME_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    out.push({ abbr, start, end });
  }
  return out;
}

export const check: Rule["check"] = (model, ctx) => {
  const exempt = EXEMPT[ctx.profileId];
  const { basis } = exempt;
  const skip = skippedParagraphs(model, ctx.structure);
  const entries = new Map<string, Entry>();
  const entryOf = (abbr: string): Entry => {
    let e = entries.get(abbr);
    if (e === undefined) {
      e = { firstUse: undefined, uses: 0, definition: undefined, conflictReported: false };
      entries.set(abbr, e);
    }
    return e;
  };

  for (const p of model.paragraphs) {
    if (skip.has(p.index)) continue;
    const text = p.text;
    for (const { abbr, start, end, definition, exempt: isExempt } of EVENTS[ctx.profileId].get(text)) {
      if (definition !== undefined) {
        const e = entryOf(abbr);
        const earlier = e.definition;
        if (earlier === undefined) e.definition = { paragraph: p.index, ...definition };
        else if (
          !e.conflictReported &&
          earlier.longForm !== undefined &&
          definition.longForm !== undefined &&
          earlier.longForm.toLowerCase() !== definition.longForm.toLowerCase() &&
          isExempt !== true
        ) {
          e.conflictReported = true;
          ctx.report({
            messageId: "definedTwice",
            data: { abbr, first: earlier.longForm, firstAt: earlier.paragraph, second: definition.longForm },
            severity: "warning",
            basis,
            paragraph: p.index,
            excerpt: excerptOf(text.slice(Math.max(0, start - 60), end + 20)),
          });
        }
        continue;
      }
      const e = entryOf(abbr);
      e.uses++;
      if (e.definition === undefined && e.firstUse === undefined)
        e.firstUse = {
          paragraph: p.index,
          excerpt: excerptOf(text.slice(Math.max(0, start - 40), end + 40)),
        };
    }
  }

  for (const [abbr, e] of entries) {
    const use = e.firstUse;
    if (use === undefined) continue;
    const d = e.definition;
    if (d === undefined) {
      const known = transposed(abbr, exempt);
      ctx.report({
        messageId: known === undefined ? "undefined" : "typo",
        data: { abbr, uses: `dùng ${e.uses} lần`, known: known ?? "" },
        severity: "warning",
        basis,
        paragraph: use.paragraph,
        excerpt: use.excerpt,
      });
    } else {
      ctx.report({
        messageId: "usedBeforeDefined",
        data: {
          abbr,
          where: d.paragraph === use.paragraph ? "phía sau trong cùng đoạn" : `đoạn ${d.paragraph}`,
          definition: d.shown,
        },
        severity: "warning",
        basis,
        paragraph: use.paragraph,
        excerpt: use.excerpt,
      });
    }
  }
};

export const rule: Rule = { meta, check };
