/**
 * text/typing: what Vietnamese typing leaves behind. All warnings; one finding per paragraph and kind (the first
 * occurrence named, the others counted), at most `maxParagraphsPerKind` paragraphs per kind and document, the rest
 * in one closing finding.
 *
 * Words (every paragraph):
 * - a stray key inside a word: "c`ủa" (fix: the key removed);
 * - a Telex or VNI sequence the input method did not convert: "nguwowif", "dduwowcj", "vie6t5", "đượcj" (read as
 *   keystrokes, they give one valid Vietnamese syllable, which the message suggests). Only words that are not valid
 *   syllables themselves, in lower case (capitalised only with a vowel key and a tone key: "Vieejt", never a name
 *   such as "Lee", "Cư Jút"); codes ("KH-UBND", "A102", "h5n1"), web and e-mail addresses, file names and English
 *   words (data; "virus", "box") are left alone; a word without a Telex vowel key (w, dd, aa, ee, oo) must stand
 *   among Vietnamese words ("phast", "cuar"). No fix: the reading is a guess;
 * - a word in a legacy encoding shown in a Unicode font: TCVN3 "Ng­êi", "ViÖt", "§¶NG" (a run in a legacy font
 *   itself is font/family's finding). No fix.
 * Layout (the body, from its first to its last paragraph with the tables between, and the attachments; the header,
 * signature and recipient lines align text with spaces and are left alone):
 * - two or more spaces between words (not indentation, not after a list label "a)  ", "Điều 6.  ", not a blank left
 *   for a number or a day "số      /QĐ-UBND", "ngày     tháng"); fix: one space;
 * - a space before "," "." ";" ":" ")" (not an ellipsis " ...", not ".vn"); fix: the space removed;
 * - no space after "," ";" ":" before a letter ("a,b", "Lưu:VT"; not 1,5 or 8:30, not in an address); fix: a space;
 * - a quotation mark or a bracket opened and not closed, or closed and not opened. A bracket or a quotation that
 *   runs over several paragraphs (a table cell's wrapped lines, "(Kèm theo ... \n của ...)", a quoted clause of
 *   several paragraphs) is paired across them. List labels "a)", "1)", "iv)" are no closing brackets. No fix.
 *
 * Calibrated on the real corpus (302 Word files of a provincial office): 64 documents get 143 findings, every one
 * read in its document a real blemish: two or more spaces (100 paragraphs shown, 6 "còn ... đoạn khác"), a space
 * before punctuation (20), no space after ";" (3), quotation marks (10) and brackets (4) left unpaired. No Telex,
 * VNI, legacy-encoded or stray-key word is in it, and none is read there (before the guards, "virus" and the room
 * "A102" were).
 */
import { ParagraphMemo } from "../../model/memo";
import { TYPING_DATA as TYPING } from "../data";
import { excerptOf } from "../../model/excerpt";
import { escapeClass, isBlank } from "../../model/text";
import type { Fix, ReplaceText } from "../../model/fix";
import type { DocumentModel } from "../../model/document";
import { basisOf } from "../format";
import { isLegacyFont } from "../font/family";
import {
  DOUBLED_KEY,
  LEGACY_CHARACTER,
  LEGACY_RANGES,
  MAY_HOLD_ADDRESS,
  MAY_HOLD_TELEX,
  PAIR_MARK as MAY_HOLD_PAIR,
  paragraphSigns,
  RARE_KEY,
  SPACING_SLIP,
  textSigns,
} from "../signs";
import type { Rule, RuleContext } from "../types";

export const meta: Rule["meta"] = {
  id: "text/typing",
  area: "text",
  description:
    "Lỗi gõ phím: ký tự gõ sót trong từ, chữ Telex/VNI chưa chuyển, chữ mã cũ (TCVN3/VNI), thừa hoặc thiếu dấu cách, ngoặc không cân.",
  messages: {
    stray: "Ký tự gõ sót “{char}” trong từ “{word}”{more}",
    telex: "“{word}” là chữ gõ kiểu {method} chưa được bộ gõ chuyển (có lẽ là “{guess}”){more}",
    legacy:
      "“{word}” là chữ mã cũ (TCVN3/VNI) hiện sai trên phông Unicode{more}; chuyển mã đoạn này sang Unicode (bộ chuyển mã của Unikey, EVKey)",
    doubleSpace: "{count} dấu cách liền nhau giữa “{before}” và “{after}”{more}; giữa hai từ chỉ một dấu cách",
    spaceBefore: "Thừa dấu cách trước dấu “{mark}” (“{context}”){more}",
    noSpaceAfter: "Thiếu dấu cách sau dấu “{mark}” (“{context}”){more}",
    quoteOpen: "Ngoặc kép mở trước “{context}” mà không có dấu đóng{more}",
    quoteClose: "Ngoặc kép đóng sau “{context}” mà không có dấu mở{more}",
    straightQuote: 'Đoạn có {count} dấu ngoặc kép thẳng ("), số lẻ: một dấu không có dấu đi cặp{more}',
    bracketOpen: "Ngoặc đơn mở trước “{context}” mà không có dấu đóng{more}",
    bracketClose: "Ngoặc đơn đóng sau “{context}” mà không có dấu mở{more}",
    more: "Còn {count} đoạn khác {what}; chỉ nêu {cap} đoạn đầu",
  },
};

type Kind = "stray" | "telex" | "legacy" | "doubleSpace" | "spaceBefore" | "noSpaceAfter" | "quotes" | "brackets";

/** What the closing finding says of the paragraphs over the cap. */
const KIND_WHAT: Record<Kind, string> = {
  stray: "có ký tự gõ sót trong từ",
  telex: "có chữ Telex/VNI chưa chuyển",
  legacy: "có chữ mã cũ (TCVN3/VNI)",
  doubleSpace: "có nhiều dấu cách liền nhau",
  spaceBefore: "thừa dấu cách trước dấu câu",
  noSpaceAfter: "thiếu dấu cách sau dấu câu",
  quotes: "có dấu ngoặc kép không cân",
  brackets: "có dấu ngoặc đơn không cân",
};
const FIX_TITLE: Partial<Record<Kind, string>> = {
  stray: "Bỏ ký tự gõ sót",
  doubleSpace: "Bỏ dấu cách thừa",
  spaceBefore: "Bỏ dấu cách trước dấu câu",
  noSpaceAfter: "Thêm dấu cách sau dấu câu",
};
const ORDER: Kind[] = ["stray", "telex", "legacy", "doubleSpace", "spaceBefore", "noSpaceAfter", "quotes", "brackets"];

/* ---------- masking what is not running text ---------- */

/** Web and e-mail addresses, domain names, file names: replaced by "_" (same length) before any check. */
const NOT_TEXT =
  /(?:https?:\/\/|www\.)[^\s“”"<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:vn|com|net|org|gov|edu|int|docx?|xlsx?|pptx?|pdf|zip|rar|txt|jpe?g|png|gif|xml|html?)(?![\p{L}\p{N}])(?:\/[^\s“”"<>()]*)?/giu;
/**
 * A quicker test first, where the paragraph's signs (src/rules/signs) hold MAY_HOLD_ADDRESS: most paragraphs hold no
 * address, and the full pattern is slow on long ones.
 */
const ADDRESS =
  /@|:\/\/|www\.|\.(?:vn|com|net|org|gov|edu|int|docx?|xlsx?|pptx?|pdf|zip|rar|txt|jpe?g|png|gif|xml|html?)(?![\p{L}\p{N}])/iu;
const maskedAddresses = (text: string): string => text.replace(NOT_TEXT, (m) => "_".repeat(m.length));

/* ---------- Vietnamese syllables, Telex and VNI ---------- */

const ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|r|s|t|v|x)?";
const NUCLEUS =
  "(uyê|uya|uyu|ươi|ươu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|iê|yê|uô|ươ|ưa|ưi|ưu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uơ|uy|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)";
const SYLLABLE = new RegExp(`^(${ONSET})${NUCLEUS}(ch|ng|nh|c|m|n|p|t)?$`, "u");
/** Nuclei that need a final consonant ("ăn", "ân", "tiến"; never "ă", "â", "tiê" alone). */
const NEEDS_FINAL = new Set(["ă", "â", "oă", "uâ", "iê", "yê", "uô", "ươ", "uyê"]);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ACUTE = "\u0301";
const DOT = "\u0323";

/** A valid Vietnamese syllable (lower case, tone separate): onset, nucleus, final, and the tone a stop allows. */
function parseSyllable(base: string, tone: string): { onset: string; nucleus: string; final: string } | undefined {
  const m = SYLLABLE.exec(base);
  if (m === null) return undefined;
  const [onset, nucleus, final] = [m[1]!, m[2]!, m[3] ?? ""];
  if (final === "" && NEEDS_FINAL.has(nucleus)) return undefined;
  // After c, ch, p, t only the acute and the dot below.
  if (/^(c|ch|p|t)$/.test(final) && tone !== "" && tone !== ACUTE && tone !== DOT) return undefined;
  return { onset, nucleus, final };
}

/** "người" → { base: "ngươi", tone: grave }. */
function splitTone(word: string): { base: string; tone: string } {
  const nfd = word.normalize("NFD");
  const tone = (nfd.match(TONE_MARKS) ?? []).pop() ?? "";
  return { base: nfd.replace(TONE_MARKS, "").normalize("NFC"), tone };
}

const VOWELS = "aăâeêioôơuưy";
/** The most letters a syllable has (SYLLABLE: onset "ngh", nucleus of three, final of two). */
const LONGEST_SYLLABLE = 8;
const CIRCUMFLEX: Record<string, string> = { a: "â", e: "ê", o: "ô" };
const HORN: Record<string, string> = { u: "ư", o: "ơ" };
const TELEX_TONES: Record<string, string> = { s: ACUTE, f: "\u0300", r: "\u0309", x: "\u0303", j: DOT };
const VNI_TONES: Record<string, string> = { "1": ACUTE, "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": DOT };

interface Decoded {
  base: string;
  tone: string;
  /** A vowel or đ key was used (w, dd, aa, ee, oo; VNI 6–9), not only a tone key. */
  vowelKey: boolean;
  /** Tone keys typed, and whether a vowel came after one ("virus": r, then u): one syllable has one, at its end. */
  toneKeys: number;
  vowelAfterTone: boolean;
}

function lastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return k;
  return -1;
}

/** Add a horn (ư, ơ; "uo" → "ươ") or a breve (ă) to the last vowel that takes it. */
function hookLast(out: string[], breve: boolean): boolean {
  const n = out.length;
  if (n >= 2 && out[n - 2] === "u" && out[n - 1] === "o") {
    out[n - 2] = "ư";
    out[n - 1] = "ơ";
    return true;
  }
  for (let k = n - 1; k >= 0; k--) {
    const c = out[k]!;
    if (!VOWELS.includes(c)) continue;
    if (HORN[c] !== undefined) out[k] = HORN[c];
    else if (breve && c === "a") out[k] = "ă";
    else return false;
    return true;
  }
  return false;
}

/** Read a word as Telex keystrokes: "nguwowif" → ngươi + grave. */
function decodeTelex(word: string): Decoded | undefined {
  let { base, tone } = splitTone(word);
  const out: string[] = [];
  let vowelKey = false;
  let keys = false;
  let toneKeys = 0;
  let vowelAfterTone = false;
  // Whether `out` holds a vowel, kept as it grows: no step below turns a vowel into a consonant or back, so it is the
  // same as asking `out` each time (which, on a word of 40,000 letters with no vowel, took seconds).
  let hasVowel = false;
  for (const ch of base) {
    const prev = out[out.length - 1];
    if (ch === "d" && prev === "d") {
      out[out.length - 1] = "đ";
      vowelKey = keys = true;
    } else if (CIRCUMFLEX[ch] !== undefined && prev === ch) {
      out[out.length - 1] = CIRCUMFLEX[ch];
      vowelKey = keys = true;
    } else if (ch === "w") {
      if (!hookLast(out, true)) out.push("ư");
      vowelKey = keys = hasVowel = true;
    } else if (TELEX_TONES[ch] !== undefined && hasVowel) {
      tone = TELEX_TONES[ch];
      keys = true;
      toneKeys++;
    } else if (ch === "z" && hasVowel) {
      tone = "";
      keys = true;
      toneKeys++;
    } else {
      const vowel = VOWELS.includes(ch);
      if (toneKeys > 0 && vowel) vowelAfterTone = true;
      hasVowel ||= vowel;
      out.push(ch);
    }
  }
  base = out.join("");
  return keys ? { base, tone, vowelKey, toneKeys, vowelAfterTone } : undefined;
}

/** Read a word as VNI keystrokes: "vie6t5" → viêt + dot below. */
function decodeVni(word: string): Decoded | undefined {
  let { base, tone } = splitTone(word);
  const out: string[] = [];
  let hasVowel = false; // kept as `out` grows, as in decodeTelex
  for (const ch of base) {
    if (VNI_TONES[ch] !== undefined) {
      if (!hasVowel) return undefined;
      tone = VNI_TONES[ch];
    } else if (ch === "0") tone = "";
    else if (ch === "6") {
      const k = lastIndex(out, (c) => CIRCUMFLEX[c] !== undefined);
      if (k < 0) return undefined;
      out[k] = CIRCUMFLEX[out[k]!]!;
    } else if (ch === "7") {
      if (!hookLast(out, false)) return undefined;
    } else if (ch === "8") {
      const k = out.lastIndexOf("a");
      if (k < 0) return undefined;
      out[k] = "ă";
    } else if (ch === "9") {
      const k = out.lastIndexOf("d");
      if (k < 0) return undefined;
      out[k] = "đ";
    } else {
      hasVowel ||= VOWELS.includes(ch);
      out.push(ch);
    }
  }
  base = out.join("");
  return { base, tone, vowelKey: true, toneKeys: 0, vowelAfterTone: false };
}

/** The syllable written with its tone on the right vowel: ngươi + grave → "người". */
function withTone(base: string, tone: string): string {
  const s = parseSyllable(base, tone);
  if (s === undefined || tone === "") return base;
  const { onset, nucleus, final } = s;
  let k = -1;
  for (let i = 0; i < nucleus.length; i++) if ("ăâêôơư".includes(nucleus[i]!)) k = i;
  if (k < 0) {
    if (final !== "" || nucleus.length === 3) k = nucleus.length === 3 && final === "" ? 1 : nucleus.length - 1;
    else if (nucleus.length === 2) k = /^(oa|oe|uy)$/.test(nucleus) ? 1 : 0;
    else k = 0;
  }
  const marked = nucleus.slice(0, k + 1) + tone + nucleus.slice(k + 1);
  return (onset + marked + final).normalize("NFC");
}

const ENGLISH = new Set(TYPING.englishWords.words);
const VIETNAMESE_MARKED = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;
const ASCII_WORD = /^[a-z]+$/;

/** A neighbour that reads as Vietnamese: a marked word, or an unmarked valid syllable ("cho", "theo"). */
function looksVietnamese(word: string | undefined): boolean {
  if (word === undefined) return true;
  const w = word.toLowerCase();
  if (VIETNAMESE_MARKED.test(w)) return true;
  return ASCII_WORD.test(w) && parseSyllable(w, "") !== undefined;
}

/**
 * The Telex/VNI reading of a word that is no syllable, when one reading gives a valid one. Lower-case words; a
 * capitalised one ("Vieejt") only with a vowel key and a tone key both, which no name has ("Lee", "Jút" stay).
 */
function leftover(word: string, prev: string | undefined, next: string | undefined) {
  const lower = word.toLowerCase();
  const capitalised = word !== lower;
  if (capitalised && word.slice(1) !== lower.slice(1)) return undefined;
  if (word.length < 3 || /^\d/.test(word)) return undefined;
  const { base, tone } = splitTone(lower);
  const digits = /\d/.test(lower);
  if (!digits && parseSyllable(base, tone) !== undefined) return undefined;
  const cased = (guess: string): string => (capitalised ? guess.charAt(0).toUpperCase() + guess.slice(1) : guess);
  if (digits) {
    // VNI: a key digit inside the word ("vie6t5"), or two of them; "ca2", "covid19", "mp3" are no leftovers.
    // A code ("A102", "h5n1", "k12") has a single letter, a 0, or three digits in a row.
    if (!/^[a-zđăâêôơư]{2,}[\da-zđăâêôơư]*$/u.test(lower) || !/\d[a-zđ]|\d.*\d/u.test(lower)) return undefined;
    if (/0|\d{3}/u.test(lower)) return undefined;
    // VNI keys change letters in place: more letters than the longest syllable has (8, "nghiêng") never read as one,
    // and each key looks back through the letters (a word of thousands took seconds)
    if (base.replace(/\d/g, "").length > LONGEST_SYLLABLE) return undefined;
    const d = decodeVni(lower);
    if (d === undefined || parseSyllable(d.base, d.tone) === undefined) return undefined;
    return { method: "VNI", guess: cased(withTone(d.base, d.tone)) };
  }
  const d = decodeTelex(lower);
  if (d === undefined || parseSyllable(d.base, d.tone) === undefined) return undefined;
  if (capitalised && !(d.vowelKey && d.toneKeys === 1 && d.tone !== "")) return undefined;
  const ascii = ASCII_WORD.test(lower);
  if (ascii && (ENGLISH.has(lower) || d.toneKeys > 1 || d.vowelAfterTone)) return undefined;
  // Unmarked letters only: the neighbours must read as Vietnamese, and a tone key alone needs a marked neighbour.
  if (ascii && (!looksVietnamese(prev) || !looksVietnamese(next))) return undefined;
  if (ascii && !d.vowelKey && !VIETNAMESE_MARKED.test(`${prev ?? ""}${next ?? ""}`)) return undefined;
  return { method: "Telex", guess: cased(withTone(d.base, d.tone)) };
}

/* ---------- legacy encodings ---------- */

/** The legacy characters (LEGACY_RANGES, which the signs read too), for a character class. */
const hex = (c: number): string => `\\u${c.toString(16).padStart(4, "0")}`;
const LEGACY_CHAR = LEGACY_RANGES.map(([from, to]) => (from === to ? hex(from) : `${hex(from)}-${hex(to)}`)).join("");
const LEGACY_TOKEN = new RegExp(`[\\p{L}${LEGACY_CHAR}]+`, "gu");
const HAS_LEGACY = new RegExp(`[${LEGACY_CHAR}]`); // no u: a class of BMP characters, the same answers
const LEGACY_ONLY = new RegExp(`^[${LEGACY_CHAR}]+$`, "u");
/** Units and signs that use these characters rightly: °C, m², km³, µg, «...». */
const NOT_LEGACY = /^(?:°[CF]?|[kcdm]?m[²³]|µ[gmls]?|[«»]+)$/u;

/* ---------- layout ---------- */

const SPACES = /(\S)([ \u00a0]{2,})(?=\S)/gu;
/** What every SPACES match holds; most paragraphs have none, and this test is quicker than SPACES finding none. */
const TWO_SPACES = /[ \u00a0]{2}/;
/** A list label at the start of the paragraph, after which two spaces align the text. */
const LEADING_LABEL =
  /^\s*(?:[-–+•*]|\p{L}\)|\d+(?:\.\d+)*[.)]|[IVXLC]+[.)]|(?:Điều|Chương|Mục|Phần|Khoản)\s+[\dIVXLC]+[.:]?)\s*$/iu;
/** A blank left for the clerk ("số      /QĐ-UBND", "ngày     tháng", "ngày    /5/2025"). */
const BLANK_AFTER = /^[/…._]/u;
/** The word before a blank at the very end of a short text (no longer than the word and one character before it). */
const BLANK_WORD_AT_END = /(?:^|\s)(?:số|ngày|tháng)$/iu;
const BLANK_WORD_AFTER_SPACE_AT_END = /\s(?:số|ngày|tháng)$/iu;
const COLON_OR_SPACE = /[:\s]/u;

/**
 * Whether a blank's label ends the text before `at`: /(?:^|\s)(?:số|ngày|tháng)[:\s]*$/iu on text.slice(0, at) (the
 * label, then colons and spaces). For the places of one paragraph, asked in increasing order, each in time
 * independent of the paragraph's length. The regex, unanchored at its start, tried every position of the text before
 * each place: a paragraph of 10,000 "số  " took over half a second. The run of colons and spaces that ends at `at`
 * is walked back (from where the last one was found, when it reaches the last place), then the word before it is
 * tested within its own length and one character.
 */
export function blankLabelsBefore(text: string): (at: number) => boolean {
  let lastAt = -1;
  let lastRunStart = -1;
  return (at) => {
    let j = at;
    while (j > 0 && COLON_OR_SPACE.test(text[j - 1]!)) {
      j--;
      if (j === lastAt) {
        j = lastRunStart;
        break;
      }
    }
    lastAt = at;
    lastRunStart = j;
    // the words are at most 5 characters: the 6 before j hold the word and the space before it, or reach the start
    const from = Math.max(0, j - 6);
    return (from === 0 ? BLANK_WORD_AT_END : BLANK_WORD_AFTER_SPACE_AT_END).test(text.slice(from, j));
  };
}
const BLANK_NEXT = /^(?:tháng|năm)(?![\p{L}])/iu;
const SPACE_BEFORE = /(\S)([ \u00a0]+)([,.;:)])/gu;
/** What every SPACE_BEFORE match holds (its last space and the mark), tested first as TWO_SPACES is. */
const SPACE_MARK = /[ \u00a0][,.;:)]/;
/** TWO_SPACES or SPACE_MARK: a space before a space or a mark. One scan; each is tested only where this finds one. */
const SPACE_BEFORE_SPACE_OR_MARK = /[ \u00a0][ \u00a0,.;:)]/;
const NO_SPACE_AFTER = /([\p{L}\p{N})”"])([,;:])(?=[\p{L}“(])/gu;
/**
 * What every NO_SPACE_AFTER match holds, a mark followed by a letter, “ or (: a quick scan for the mark, where
 * NO_SPACE_AFTER tries a letter at every char. Loosened to "followed by anything but a space or a digit", which holds
 * whenever the exact one does, without a Unicode class: a quarter quicker over a whole plan (npm run bench).
 */
const MARK_BEFORE_WORD = /[,;:][^\s\d]/;
const NO_OCCURRENCES: readonly Occurrence[] = [];
/** "a)", "1)", "iv)", "ê)" ending here: a list label, when no bracket is open (not "(1)", not "(Dự án 4)"). */
const LABEL_BEFORE = /(?:^|[\s;:,“"])(?:\p{L}|\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,6})$/iu;
/** The stray characters of data/typing.json, escaped for a character class. */
const STRAY_CHARACTERS = escapeClass(TYPING.strayCharacters.characters);
const STRAY = new RegExp(`[\\p{L}][${STRAY_CHARACTERS}]+(?=\\p{L})`, "gu");
/** What every STRAY match holds, scanned for first: most paragraphs have none, and STRAY tries a letter at every char. */
const STRAY_CHAR = new RegExp(`[${STRAY_CHARACTERS}]`, "u");
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A key no Vietnamese word holds: f j w z, a digit, a doubled vowel or d, a tone key after a vowel. */
const TELEX_CANDIDATE = /[fjwz]|\d|dd|aa|ee|oo|[aeiouyăâêôơư][sfrxj]|[sfrxj]$/iu;
/**
 * The same, on a whole paragraph: most paragraphs have none of these and skip the word-by-word reading. The
 * alternatives of /[fjwz]|dd|…|[a-zđ]\d/iu one by one: each alone is a quick scan, the alternation was not.
 */
const TELEX_KEYS = /[fjwz]/iu;
const TELEX_DOUBLED = /dd|aa|ee|oo/i;
/**
 * A tone key after a vowel (/[aeiouyăâêôơư][sfrxj]/iu), a tone key ending a word (/[sfrxj](?![\p{L}\p{M}\p{N}])/iu)
 * or a digit after a letter (/[a-zđăâêôơư]\d/iu): the three in one scan, led by the key or the digit and looking
 * back from it. Two scans for the tone keys and one for the digit took a third longer (npm run bench).
 */
const TELEX_TONE_OR_DIGIT =
  /[sfrxj\d](?:(?<=[aeiouyăâêôơư][sfrxj])|(?<=[sfrxj])(?![\p{L}\p{M}\p{N}])|(?<=[a-zđăâêôơư]\d))/iu;
/**
 * The tests one after the other, without a closure per paragraph; `rare` and `toneOrDigit` false where the signs hold
 * no RARE_KEY or no MAY_HOLD_TELEX in the paragraph (so neither TELEX_KEYS nor TELEX_TONE_OR_DIGIT can match).
 */
export const mayHoldTelex = (masked: string, rare: boolean, toneOrDigit = true): boolean =>
  (rare && TELEX_KEYS.test(masked)) || TELEX_DOUBLED.test(masked) || (toneOrDigit && TELEX_TONE_OR_DIGIT.test(masked));
const CODE_NEIGHBOUR = /[-/._@&+'’`~^\\|]/u;

/** The words (runs of non-space) around [start, end), for a message: “… lý” and “nhà …”. */
function wordBefore(text: string, at: number): string {
  const m = /(\S+)\s*$/u.exec(text.slice(Math.max(0, at - 40), at));
  return m === null ? "" : m[1]!;
}
function wordAfter(text: string, at: number): string {
  const m = /^\s*(\S+)/u.exec(text.slice(at, at + 40));
  return m === null ? "" : m[1]!;
}

interface Occurrence {
  kind: Kind;
  messageId: string;
  data: Record<string, string | number>;
  start: number;
  /** A text change that cures it (certain), on the original text. */
  change?: { start: number; end: number; replace: string };
}

function wordsOf(masked: string): { word: string; start: number; end: number }[] {
  const list: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m !== null; m = WORD.exec(masked))
    list.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return list;
}

/** Slips in words of a paragraph with these signs (those of `masked`). */
function wordOccurrences(text: string, masked: string, signs: number): readonly Occurrence[] {
  let out: Occurrence[] | undefined; // made at the first slip: most paragraphs have none
  STRAY.lastIndex = 0;
  const either = (signs & MAY_HOLD_TELEX) !== 0;
  const rare = (signs & RARE_KEY) !== 0;
  for (let m = rare && STRAY_CHAR.test(masked) ? STRAY.exec(masked) : null; m !== null; m = STRAY.exec(masked)) {
    const at = m.index + 1;
    const strays = m[0].slice(1);
    const from = at - (/[\p{L}\p{M}]*$/u.exec(masked.slice(0, at))?.[0].length ?? 0);
    const to = at + strays.length + (/^[\p{L}\p{M}]*/u.exec(masked.slice(at + strays.length))?.[0].length ?? 0);
    (out ??= []).push({
      kind: "stray",
      messageId: "stray",
      data: { char: strays, word: text.slice(from, to) },
      start: from,
      change: { start: at, end: at + strays.length, replace: "" },
    });
  }
  if (mayHoldTelex(masked, rare, either)) {
    const list = wordsOf(masked);
    list.forEach((w, i) => {
      if (!TELEX_CANDIDATE.test(w.word)) return;
      const before = masked.charAt(w.start - 1);
      const after = masked.charAt(w.end);
      // a full stop that ends the sentence is no part of a code ("... hoàn thành dduwowcj.")
      const endsSentence = after === "." && /^\s?$/u.test(masked.charAt(w.end + 1));
      if (CODE_NEIGHBOUR.test(before) || (CODE_NEIGHBOUR.test(after) && !endsSentence)) return;
      const near = (k: number): string | undefined => {
        const n = list[k];
        return n === undefined || Math.abs(k < i ? w.start - n.end : n.start - w.end) > 3 ? undefined : n.word;
      };
      const found = leftover(w.word, near(i - 1), near(i + 1));
      if (found !== undefined)
        (out ??= []).push({ kind: "telex", messageId: "telex", data: { word: w.word, ...found }, start: w.start });
    });
  }
  if ((signs & LEGACY_CHARACTER) !== 0) {
    LEGACY_TOKEN.lastIndex = 0;
    for (let m = LEGACY_TOKEN.exec(masked); m !== null; m = LEGACY_TOKEN.exec(masked)) {
      const token = m[0];
      if (!HAS_LEGACY.test(token) || LEGACY_ONLY.test(token)) continue;
      const core = token.replace(/^[«]+|[»]+$/gu, "");
      if (NOT_LEGACY.test(core) || !HAS_LEGACY.test(core) || LEGACY_ONLY.test(core)) continue;
      // "30°C", "100m²", "10ft²": a sign, or a unit of up to three letters squared or cubed, after a number.
      if (/\d$/u.test(masked.slice(0, m.index)) && /^(?:[°²³µ]|[A-Za-z]{1,3}[²³]$)/u.test(token)) continue;
      (out ??= []).push({ kind: "legacy", messageId: "legacy", data: { word: token }, start: m.index });
    }
  }
  return out ?? NO_OCCURRENCES;
}

/** Spacing slips of a paragraph whose signs hold SPACING_SLIP. */
function layoutOccurrences(text: string, masked: string): readonly Occurrence[] {
  const out: Occurrence[] = [];
  SPACES.lastIndex = 0;
  const spaced = SPACE_BEFORE_SPACE_OR_MARK.test(masked);
  // one reader for both loops: it answers in any order (and remembers its last walk only for places that follow it);
  // made at the first place asked about, as most paragraphs have none
  let blankBefore: ((at: number) => boolean) | undefined;
  let runs = 0;
  for (let m = spaced && TWO_SPACES.test(masked) ? SPACES.exec(masked) : null; m !== null; m = SPACES.exec(masked)) {
    const at = m.index + 1;
    const end = at + m[2]!.length;
    const next = masked.charAt(end);
    // Only the first two runs can follow a leading label: a label holds one run of spaces at most ("Điều  5."), and
    // the text before a later run holds two. (Tested on every run, the text before each took time of its own.)
    if (runs++ < 2) {
      const head = text.slice(0, at);
      if (/^\s*$/u.test(head) || LEADING_LABEL.test(head)) continue;
    }
    const rest = masked.slice(end);
    if (BLANK_AFTER.test(rest) || (blankBefore ??= blankLabelsBefore(text))(at) || BLANK_NEXT.test(rest)) continue;
    if (/[,.;:)]/u.test(next)) continue; // a space before punctuation: spaceBefore's
    out.push({
      kind: "doubleSpace",
      messageId: "doubleSpace",
      data: { count: m[2]!.length, before: wordBefore(text, at), after: wordAfter(text, end) },
      start: at,
      change: { start: at, end, replace: " " },
    });
  }
  SPACE_BEFORE.lastIndex = 0;
  for (
    let m = spaced && SPACE_MARK.test(masked) ? SPACE_BEFORE.exec(masked) : null;
    m !== null;
    m = SPACE_BEFORE.exec(masked)
  ) {
    const at = m.index + 1;
    const mark = m[3]!;
    const end = at + m[2]!.length;
    const after = masked.charAt(end + 1);
    if (/[(“"]/u.test(m[1]!)) continue; // "(  )", "“ ”": a blank to fill
    if (mark === "." && /[.…\p{L}\p{N}/]/u.test(after)) continue; // " ...", " .vn", " ./." after a blank
    if ((mark === ":" || mark === ",") && /\p{N}/u.test(after)) continue;
    if (m[1] === "_" || m[1] === "…" || (blankBefore ??= blankLabelsBefore(text))(at)) continue;
    out.push({
      kind: "spaceBefore",
      messageId: "spaceBefore",
      data: { mark, context: `${wordBefore(text, at)}${m[2]!.replace(/\u00a0/g, " ")}${mark}` },
      start: at,
      // "lệ ,quy": the space goes after the mark ("lệ, quy"), so that the fix leaves nothing to report
      change:
        /[,;:]/u.test(mark) && /\p{L}/u.test(after)
          ? { start: at, end: end + 1, replace: `${mark} ` }
          : { start: at, end, replace: "" },
    });
  }
  NO_SPACE_AFTER.lastIndex = 0;
  for (
    let m = MARK_BEFORE_WORD.test(masked) ? NO_SPACE_AFTER.exec(masked) : null;
    m !== null;
    m = NO_SPACE_AFTER.exec(masked)
  ) {
    const at = m.index + m[0].length;
    out.push({
      kind: "noSpaceAfter",
      messageId: "noSpaceAfter",
      data: { mark: m[2]!, context: `${wordBefore(text, at)}${wordAfter(text, at)}`.slice(0, 40) },
      start: at - 1,
      change: { start: at, end: at, replace: " " },
    });
  }
  return out;
}

/* ---------- pairs ---------- */

interface Unpaired {
  paragraph: number;
  type: "quote" | "straight" | "bracket";
  open: boolean;
  at: number;
}

const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const OPEN_BRACKET = 0x28; // (
const CLOSE_BRACKET = 0x29; // )
const STRAIGHT_QUOTE = 0x22; // "
const PAIR_MARK = /[“”()"]/g;
const NO_MARKS: readonly Unpaired[] = [];
/**
 * Where the quotations and brackets still open begin, as unpairedIn reads a paragraph (stacks, with their depth kept
 * by unpairedIn): one pair for every paragraph, as unpairedIn runs to its end without calling itself. Two new arrays
 * for each paragraph were most of what the rule allocated (npm run bench).
 */
const OPEN_QUOTES: number[] = [];
const OPEN_BRACKETS: number[] = [];

/** Quotation marks and brackets left open or closed without an opening, in one paragraph (its index: -1, set by the caller). */
function unpairedIn(masked: string): readonly Unpaired[] {
  const t = masked;
  // the regex engine skips to each mark (test, not exec: no match object), a loop over every character took longer
  PAIR_MARK.lastIndex = 0;
  if (!PAIR_MARK.test(t)) return NO_MARKS;
  // made only when needed: most paragraphs with marks have them paired
  let out: Unpaired[] | undefined;
  const quotes = OPEN_QUOTES;
  const brackets = OPEN_BRACKETS;
  let openQuotes = 0;
  let openBrackets = 0;
  let straight = -1;
  do {
    const i = PAIR_MARK.lastIndex - 1;
    const c = t.charCodeAt(i);
    if (c === OPEN_QUOTE) quotes[openQuotes++] = i;
    else if (c === OPEN_BRACKET) brackets[openBrackets++] = i;
    else if (c === CLOSE_QUOTE && openQuotes > 0) openQuotes--;
    else if (c === CLOSE_BRACKET && openBrackets > 0) openBrackets--;
    else if (c === CLOSE_QUOTE || c === CLOSE_BRACKET) {
      if (c === CLOSE_BRACKET && LABEL_BEFORE.test(t.slice(Math.max(0, i - 12), i))) continue;
      (out ??= []).push({ paragraph: -1, type: c === CLOSE_QUOTE ? "quote" : "bracket", open: false, at: i });
    } else if (c === STRAIGHT_QUOTE) straight = straight >= 0 ? -1 : i;
  } while (PAIR_MARK.test(t));
  if (out !== undefined || openQuotes > 0 || openBrackets > 0 || straight >= 0) {
    out ??= [];
    for (let k = 0; k < openQuotes; k++) out.push({ paragraph: -1, type: "quote", open: true, at: quotes[k]! });
    for (let k = 0; k < openBrackets; k++) out.push({ paragraph: -1, type: "bracket", open: true, at: brackets[k]! });
    if (straight >= 0) out.push({ paragraph: -1, type: "straight", open: true, at: straight });
    out.sort((a, b) => a.at - b.at);
  }
  // a paragraph of thousands of "(" leaves long stacks: not kept for the next one
  if (quotes.length > 1024) quotes.length = 0;
  if (brackets.length > 1024) brackets.length = 0;
  return out ?? NO_MARKS;
}

/** Openers and closers paired across paragraphs (a quotation over several paragraphs); what is left over. */
function pairAcross(all: Unpaired[], order: Map<number, number>): Unpaired[] {
  const left: Unpaired[] = [];
  const pending: Unpaired[] = [];
  // straight quotes pair over a quotation's span, as curly ones do (not a bracket's few paragraphs)
  const windowOf = (u: Unpaired): number =>
    u.type === "quote" || u.type === "straight" ? TYPING.pairWindow.quotes : TYPING.pairWindow.brackets;
  for (const u of all) {
    if (u.type === "straight") {
      // Straight quotes have no direction: the next paragraph's odd one closes this one.
      const k = lastIndex(
        pending,
        (o) => o.type === "straight" && order.get(u.paragraph)! - order.get(o.paragraph)! <= windowOf(u),
      );
      if (k >= 0 && pending[k]!.paragraph !== u.paragraph) pending.splice(k, 1);
      else pending.push(u);
      continue;
    }
    if (u.open) {
      pending.push(u);
      continue;
    }
    const k = lastIndex(
      pending,
      (o) =>
        o.type === u.type &&
        o.open &&
        o.paragraph !== u.paragraph &&
        order.get(u.paragraph)! - order.get(o.paragraph)! <= windowOf(o),
    );
    if (k >= 0) pending.splice(k, 1);
    else left.push(u);
  }
  return left.concat(pending).sort((a, b) => order.get(a.paragraph)! - order.get(b.paragraph)! || a.at - b.at);
}

/** A few words after an opening mark, or before a closing one, for the message. */
function contextOf(text: string, at: number, open: boolean): string {
  const raw = open ? text.slice(at + 1, at + 40) : text.slice(Math.max(0, at - 39), at);
  const t = raw.replace(/\s+/gu, " ").trim();
  if (raw.length < 39) return t;
  // Cut at a word boundary: the last word after an opening mark, the first before a closing one, may be partial.
  return open ? t.replace(/\s+\S*$/u, "") + " …" : "… " + t.replace(/^\S*\s+/u, "");
}

function pairOccurrence(u: Unpaired, text: string): Occurrence {
  const context = contextOf(text, u.at, u.open);
  if (u.type === "bracket")
    return { kind: "brackets", messageId: u.open ? "bracketOpen" : "bracketClose", data: { context }, start: u.at };
  if (u.type === "straight")
    return { kind: "quotes", messageId: "straightQuote", data: { count: text.split('"').length - 1 }, start: u.at };
  return { kind: "quotes", messageId: u.open ? "quoteOpen" : "quoteClose", data: { context }, start: u.at };
}

/* ---------- fixes ---------- */

const MAX_FIND = 200;

/**
 * Replace-text edits for changes of one paragraph: each edit's text runs from the word before the change to the word
 * after it, never into another change, and occurs once in the paragraph, so the edits apply in any order.
 * Undefined for a change whose text is not unique.
 */
function editsFor(
  paragraph: number,
  text: string,
  changes: NonNullable<Occurrence["change"]>[],
): (ReplaceText | undefined)[] {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  // each change's place in reading order, looked up (searching the list for each took a while on 50,000 changes)
  const place = new Map(sorted.map((c, k) => [c, k]));
  return changes.map((c) => {
    const k = place.get(c)!;
    const lo = k > 0 ? sorted[k - 1]!.end : 0;
    const hi = k < sorted.length - 1 ? sorted[k + 1]!.start : text.length;
    let a = c.start;
    while (a > lo && !/\s/u.test(text[a - 1]!)) a--;
    if (a === c.start && a > lo) a--;
    let b = c.end;
    while (b < hi && !/\s/u.test(text[b]!)) b++;
    if (b === c.end && b < hi) b++;
    for (const [x, y] of [
      [a, b],
      [lo, hi],
    ] as const) {
      const find = text.slice(x, y);
      if (find.length > MAX_FIND || text.indexOf(find) !== x || text.indexOf(find, x + 1) >= 0) continue;
      const replace = text.slice(x, c.start) + c.replace + text.slice(c.end, y);
      return { kind: "replaceText", paragraph, find, replace };
    }
    return undefined;
  });
}

/* ---------- the rule ---------- */

/** Paragraphs whose spacing is read (1): the body and the attachments, not the header, signature or recipients. */
function layoutSet(model: DocumentModel, ctx: RuleContext): Uint8Array {
  const s = ctx.structure;
  const out = new Uint8Array(model.paragraphs.length);
  const body = s.bodyParagraphs;
  if (body.length > 0) out.fill(1, body[0]!, body[body.length - 1]! + 1);
  for (const a of s.attachments) out.fill(1, a.start, a.end + 1);
  for (const list of [s.header.paragraphs, s.signature.paragraphs, s.recipients.lines])
    for (const i of list) out[i] = 0;
  if (s.recipients.label !== undefined) out[s.recipients.label] = 0;
  return out;
}

/** What the rule reads in one paragraph text, whatever its place and fonts (memoised: src/model/memo). */
interface TypingReading {
  /** Slips in words, legacy-encoded words included (dropped where the paragraph is set in a legacy font). */
  words: readonly Occurrence[];
  /** Whether `words` holds legacy-encoded words. */
  legacy: boolean;
  /** Spacing slips, looked at in the body and attachments only. */
  layout: readonly Occurrence[];
  /** Marks without their pair in the text (paragraph to be set). */
  unpaired: readonly Unpaired[];
}

/** The reading of most paragraphs: one object for all of them. */
const NOTHING: TypingReading = Object.freeze({ words: [], legacy: false, layout: [], unpaired: NO_MARKS });

/** The signs after which wordOccurrences may find something. */
const WORD_SIGNS = MAY_HOLD_TELEX | RARE_KEY | DOUBLED_KEY | LEGACY_CHARACTER;

const READING = new ParagraphMemo((text: string): TypingReading => {
  let signs = paragraphSigns(text);
  if (signs === 0) return NOTHING;
  let masked = text;
  if ((signs & MAY_HOLD_ADDRESS) !== 0 && ADDRESS.test(text)) {
    masked = maskedAddresses(text);
    // the readings look at the text without its addresses, and what stood next to one may now sign something ("s" before
    // a hidden address ends a word): the signs of that text
    signs = textSigns(masked);
  }
  const words = (signs & WORD_SIGNS) !== 0 ? wordOccurrences(text, masked, signs) : NO_OCCURRENCES;
  const layout = (signs & SPACING_SLIP) !== 0 ? layoutOccurrences(text, masked) : NO_OCCURRENCES;
  const unpaired = (signs & MAY_HOLD_PAIR) !== 0 ? unpairedIn(masked) : NO_MARKS;
  if (words.length === 0 && layout.length === 0 && unpaired.length === 0) return NOTHING;
  return { words, legacy: words.some((o) => o.kind === "legacy"), layout, unpaired };
});

export const check: Rule["check"] = (model, ctx) => {
  const layout = layoutSet(model, ctx);
  const perParagraph = new Map<number, Occurrence[]>();
  const unpaired: Unpaired[] = [];
  const order = new Map<number, number>();
  let ordinal = 0; // of the paragraph among those whose spacing and pairs are read
  const paragraphs = model.paragraphs;
  // an index, not for…of: the loop runs once a check, often before it is optimised, and an iterator then made an
  // object per paragraph
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const text = p.text;
    if (isBlank(text)) continue;
    const reading = READING.get(text);
    if (reading === NOTHING) {
      ordinal += layout[p.index]!; // counted among the paragraphs read, with nothing to pair or report
      continue;
    }
    // Legacy-encoded words are not slips in a paragraph set in a legacy font (.VnTime shows them right).
    const legacyFont =
      reading.legacy && p.runs.some((r) => r.text.trim() !== "" && r.font !== undefined && isLegacyFont(r.font));
    const words = legacyFont ? reading.words.filter((o) => o.kind !== "legacy") : reading.words;
    const inLayout = layout[p.index] === 1;
    if (inLayout) {
      // the ordinal is needed only where a mark waits for its pair (pairAcross)
      if (reading.unpaired.length > 0) order.set(p.index, ordinal);
      ordinal++;
      for (const u of reading.unpaired) unpaired.push({ ...u, paragraph: p.index });
    }
    // a list of its own only where there is something to say (most paragraphs have nothing)
    if (words.length > 0 || (inLayout && reading.layout.length > 0))
      perParagraph.set(p.index, inLayout ? [...words, ...reading.layout] : [...words]);
  }
  for (const u of pairAcross(unpaired, order)) {
    const list = perParagraph.get(u.paragraph) ?? [];
    list.push(pairOccurrence(u, model.paragraphs[u.paragraph]!.text));
    perParagraph.set(u.paragraph, list);
  }

  const encodingBasis = `${basisOf(ctx, ctx.profile.rules["font/family"].clause)}: ${TYPING.basis.encoding}`;
  const basisOfKind = (k: Kind): string =>
    k === "legacy"
      ? encodingBasis
      : k === "stray" || k === "telex"
        ? TYPING.basis.typing
        : k === "quotes" || k === "brackets"
          ? TYPING.basis.pairs
          : TYPING.basis.spacing;
  const shown = new Map<Kind, number>();
  const over = new Map<Kind, { first: number; count: number; edits: ReplaceText[]; complete: boolean }>();
  const cap = TYPING.maxParagraphsPerKind;

  for (const index of [...perParagraph.keys()].sort((a, b) => a - b)) {
    const text = model.paragraphs[index]!.text;
    const list = perParagraph.get(index)!.sort((a, b) => a.start - b.start);
    const changes = list.flatMap((o) => (o.change === undefined ? [] : [o.change]));
    const edits = editsFor(index, text, changes);
    const editOf = new Map(changes.map((c, i) => [c, edits[i]]));
    for (const kind of ORDER) {
      const of = list.filter((o) => o.kind === kind);
      if (of.length === 0) continue;
      const first = of[0]!;
      const kindEdits = of.map((o) => (o.change === undefined ? undefined : editOf.get(o.change)));
      const complete = FIX_TITLE[kind] !== undefined && kindEdits.every((e) => e !== undefined);
      const n = shown.get(kind) ?? 0;
      if (n >= cap) {
        const o = over.get(kind) ?? { first: index, count: 0, edits: [], complete: true };
        o.count++;
        o.complete &&= complete;
        if (complete) o.edits.push(...(kindEdits as ReplaceText[]));
        over.set(kind, o);
        continue;
      }
      shown.set(kind, n + 1);
      const fix: Fix | undefined = complete
        ? { title: FIX_TITLE[kind]!, edits: kindEdits as ReplaceText[] }
        : undefined;
      ctx.report({
        messageId: first.messageId,
        data: { ...first.data, more: of.length > 1 ? ` và ${of.length - 1} chỗ khác trong đoạn` : "" },
        severity: "warning",
        basis: basisOfKind(kind),
        paragraph: index,
        excerpt: excerptOf(text.slice(Math.max(0, first.start - 40), first.start + 40)),
        ...(fix === undefined ? {} : { fix }),
      });
    }
  }
  for (const kind of ORDER) {
    const o = over.get(kind);
    if (o === undefined) continue;
    const title = FIX_TITLE[kind];
    ctx.report({
      messageId: "more",
      data: { count: o.count, what: KIND_WHAT[kind], cap },
      severity: "warning",
      basis: basisOfKind(kind),
      paragraph: o.first,
      excerpt: excerptOf(model.paragraphs[o.first]!.text),
      ...(title !== undefined && o.complete && o.edits.length > 0 ? { fix: { title, edits: o.edits } } : {}),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
