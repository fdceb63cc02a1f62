/**
 * Vietnamese text utilities for rules and the coverage matcher. Pure string functions (no Node, no DOM).
 *
 * Tone-mark placement: Vietnamese has two accepted placements of the tone mark in the open syllables
 * "oa", "oe", "uy": the old style puts it on the first vowel ("hòa", "khỏe", "thủy", "ỦY BAN"), the new style on the
 * second ("hoà", "khoẻ", "thuỷ", "UỶ BAN"). Both occur in the same province's documents, often in the same file.
 * `foldToneMarks` maps both to ONE canonical form: the NEW style (mark on the second vowel).
 *
 * Only these three clusters differ, and only in an open syllable (nothing after the cluster): with a final consonant
 * or another vowel both styles agree ("hoàn", "khoét", "huých", "ngoài", "khuỷu", "tuyết"), and those are never
 * touched. "qu" + "y" ("quý", "quỳ", "quỹ") already carries the mark on y in both styles; a mistaken "qúy" is
 * folded to "quý" as well.
 *
 * Regexes use \p{...} property escapes but no look-behind, so they also run in older WebKit-based Office hosts.
 *
 * Case: the code base writes `toLowerCase()`/`toUpperCase()`, never `toLocaleLowerCase("vi")`. Vietnamese has no
 * language-specific case mapping (Unicode's SpecialCasing has rules for Lithuanian, Turkish and Azeri only), so the
 * two agree on every character (test/model/text.test.ts checks all of them), and the locale form costs four times as
 * much per call.
 */

/** Unicode NFC (composed): what every function here works on and returns. */
/**
 * Characters that NFC can change: combining marks (decomposed Vietnamese, "e" + U+0302 + U+0301), Hangul jamo and
 * the canonical singletons (Ohm, Kelvin and Ångström signs, Greek tonos and ano teleia, CJK compatibility ideographs).
 * Text without any of them is already NFC, so the costly normalisation is skipped for almost every paragraph.
 */
const MAY_CHANGE_UNDER_NFC =
  // eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
  /[\u0300-\u036f\u0374\u037e\u0387\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0f00-\u0fff\u1000-\u109f\u1100-\u11ff\u1b00-\u1b7f\u1dc0-\u1dff\u1f71-\u1ffe\u2000-\u2001\u20d0-\u20ff\u2126\u212a\u212b\u2329\u232a\u2adc\u302a-\u302f\u3099\u309a\uac00-\ud7af\uf900-\ufaff\ufb1d-\ufb4e\ufe20-\ufe2f\ud800-\udfff]/;

/**
 * Characters that are certainly NFC whatever follows them: Latin with its extensions (below the combining marks),
 * the precomposed Vietnamese letters (U+1E00–U+1EFF) and the punctuation drafters type (dashes, curly quotes, the
 * ellipsis). A text of these only, nearly every paragraph, is told apart by this simpler class, four times faster than
 * MAY_CHANGE_UNDER_NFC (whose ranges all lie outside it).
 */
// eslint-disable-next-line no-control-regex -- every character below U+0300, control characters included
const NOT_PLAIN = /[^\u0000-\u02ff\u1e00-\u1eff\u2002-\u2027]/;

export function nfc(s: string): string {
  return NOT_PLAIN.test(s) && MAY_CHANGE_UNDER_NFC.test(s) ? s.normalize("NFC") : s;
}

/**
 * A whole syllable whose vowel nucleus is an old-style toned "oa"/"oe"/"uy": optional consonant onset, then the
 * cluster, then no further letter. Group 1: the boundary before the syllable (start or a non-letter), group 2: the
 * onset, group 3: the cluster.
 */
const OLD_STYLE_SYLLABLE = /(^|[^\p{L}\p{M}])([bcdđghklmnpqrstvx]*)([òóỏõọ][ae]|[ùúủũụ]y)(?![\p{L}\p{M}])/giu;

/** Tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

function moveToneToSecondVowel(cluster: string): string {
  // Both characters are in the BMP; the first decomposes to base vowel + tone mark.
  const first = cluster.charAt(0).normalize("NFD");
  const tone = first.slice(1);
  if (!TONE_MARK.test(tone)) return cluster;
  return first.charAt(0) + (cluster.charAt(1) + tone).normalize("NFC");
}

function foldToneMarksNfc(s: string): string {
  return s.replace(
    OLD_STYLE_SYLLABLE,
    (_m, before: string, onset: string, cluster: string) => before + onset + moveToneToSecondVowel(cluster),
  );
}

/**
 * Makes tone-mark placement irrelevant: old-style "hòa", "khỏe", "thủy" become new-style "hoà", "khoẻ", "thuỷ"
 * (upper and mixed case alike: "ỦY BAN" → "UỶ BAN"). Everything else is unchanged. Input in any normalization form;
 * output NFC.
 */
export function foldToneMarks(s: string): string {
  return foldToneMarksNfc(nfc(s));
}

/**
 * Removes every diacritic, for loose matching: "Đảng bộ tỉnh" → "Dang bo tinh". đ/Đ become d/D; so do the
 * look-alike ð/Ð (U+00F0/U+00D0) that legacy-font conversions sometimes leave instead of đ/Đ. Output NFC.
 */
export function foldDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đð]/g, "d").replace(/[ĐÐ]/g, "D").normalize("NFC");
}

/** Dashes and minus signs that stand for "-" in references such as "2021–2030". */
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Slash look-alikes (fraction slash, division slash, full-width solidus). */
const SLASHES = /[\u2044\u2215\uff0f]/g;
/** Invisible format characters (soft hyphen, zero-width space/joiners, BOM, ...): removed, they split nothing. */
const FORMAT_CHARS = /\p{Cf}/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;
const NON_WORD = /[^\p{L}\p{M}\p{N}]/gu;

/**
 * The key used to compare texts: NFC, lower case, tone marks folded (new style), punctuation turned into spaces,
 * whitespace collapsed and trimmed. Diacritics are kept (see `foldDiacritics` for looser matching).
 *
 * Kept inside tokens: "/" and "-" between two letters/digits ("125-KL/TU", "05/9/2023", "2021-2030", with any
 * dash normalised to "-"), and "." or "," between two digits ("1.000", "2,5").
 */
export function normalizeForMatch(s: string): string {
  return BEYOND_SCANNER.test(s) ? normalizeForMatchSlowly(s) : matchKey(s);
}

/** `foldDiacritics(normalizeForMatch(s))`, the looser key: "Kết luận số 125-KL/TU" → "ket luan so 125-kl/tu". */
export function foldedMatchKey(s: string): string {
  return foldDiacritics(normalizeForMatch(s));
}

/**
 * Characters on which the scanner below (matchTokens) and the regexes of normalizeForMatch could part: all but
 * ASCII, Latin-1 and Latin Extended-A/B, combining diacritics, the precomposed Vietnamese letters and general
 * punctuation; and among those, the ones the scanner does not treat as the regexes do: the letters and digits below
 * U+00C0 (ª µ º ² ³ ¹ ¼ ½ ¾), ð and Ð (read as đ before tone marks are folded, not after), capitals whose lower case
 * lies beyond U+024F (Ɓ Ɔ Ɛ …), the invisible format characters (soft hyphen, zero-width and direction marks) and the
 * fraction slash. A text with none of them (nearly every paragraph) is keyed by the scanner, several times faster;
 * test/model/match-key-paths.test.ts compares both paths on every character of those ranges and on real text.
 */
const BEYOND_SCANNER =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- control characters and combining marks are ranges here
  /[^\u0000-\u00a9\u00ab\u00ac\u00ae-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf-\u00cf\u00d1-\u00ef\u00f1-\u0180\u0182-\u0185\u0187\u0188\u018b-\u018e\u0191\u0192\u0195\u0198-\u019b\u019e\u01a0-\u01a5\u01a7\u01a8\u01aa-\u01ad\u01af\u01b0\u01b3-\u01b6\u01b8-\u0239\u023b-\u023d\u023f-\u0243\u0246-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u200a\u2010-\u2029\u202f-\u2043\u2045-\u205f\u2065]/;

/** normalizeForMatch by its regexes alone: the definition the fast path must agree with (exported for that test). */
export function normalizeForMatchSlowly(s: string): string {
  const t = foldToneMarksNfc(nfc(s).toLowerCase())
    .replace(FORMAT_CHARS, "")
    .replace(DASHES, "-")
    .replace(SLASHES, "/")
    .replace(/ð/g, "đ")
    .replace(NON_WORD, (ch: string, i: number, str: string) => {
      const prev = str.charAt(i - 1);
      const next = str.charAt(i + 1);
      if (ch === "/" || ch === "-") return WORD_CHAR.test(prev) && WORD_CHAR.test(next) ? ch : " ";
      if (ch === "." || ch === ",") return DIGIT.test(prev) && DIGIT.test(next) ? ch : " ";
      return " ";
    });
  return t.split(/\s+/).filter(Boolean).join(" ");
}

/* ---------- the scanner: the matcher's tokens, and normalizeForMatch's on most text ---------- */

/** Word characters for the matcher: ASCII letters and digits, Latin letters with diacritics (Vietnamese), marks. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff) ||
    (c >= 0x300 && c <= 0x36f)
  );
}
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Dashes and minus signs that stand for "-" ("2021–2030"). */
const isDash = (c: number): boolean =>
  (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
/** Invisible format characters (soft hyphen, zero-width space and joiners, BOM): they split nothing. */
const isInvisible = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
/** ò ó õ ù ú ũ ỏ ọ ủ ụ: the toned first vowels of old-style "oa", "oe", "uy". */
const isOldToneVowel = (c: number): boolean =>
  c === 0xf2 ||
  c === 0xf3 ||
  c === 0xf5 ||
  c === 0xf9 ||
  c === 0xfa ||
  c === 0x169 ||
  c === 0x1ecd ||
  c === 0x1ecf ||
  c === 0x1ee5 ||
  c === 0x1ee7;

const COMBINING = /[\u0300-\u036f]/;

/** Tone-mark folding per syllable, cached: a draft's vocabulary is small, its text long. */
const FOLDED = new Map<string, string>();
function foldToken(t: string): string {
  let f = FOLDED.get(t);
  if (f === undefined) {
    f = foldToneMarks(t);
    if (FOLDED.size < 100000) FOLDED.set(t, f);
  }
  return f;
}

/**
 * The matcher's tokens of a text: NFC, lower case, tone marks folded (new style), punctuation dropped; "-" and "/"
 * kept inside references ("48-kl/tw", "2021-2030"), "." and "," inside numbers ("2.4", "1.000"). Computed several times
 * faster than by Unicode-property regular expressions: the matcher keys every paragraph of a 100-page draft. Exactly
 * normalizeForMatch's tokens on text without a character of BEYOND_SCANNER (normalizeForMatch takes them from here
 * then); on other text a close approximation, which the matcher keeps for its own results to stay as they are.
 */
export function matchTokens(text: string): string[] {
  // Model text is NFC already; only decomposed input (combining marks) needs composing.
  const s = (COMBINING.test(text) ? text.normalize("NFC") : text).toLowerCase();
  const out: string[] = [];
  const n = s.length;
  let start = -1;
  let flags = 0; // 1: a dash to normalise, 2: ð, 4: maybe an old-style tone mark, 8: an invisible character
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
      if (c === 0xf0) flags |= 2;
      else if (isOldToneVowel(c)) flags |= 4;
      continue;
    }
    if (start >= 0 && i + 1 < n) {
      if (isInvisible(c)) {
        flags |= 8;
        continue;
      }
      const next = s.charCodeAt(i + 1);
      if (c === 45 || c === 47 || isDash(c)) {
        if (isWordChar(next)) {
          if (c !== 45 && c !== 47) flags |= 1;
          continue;
        }
      } else if ((c === 46 || c === 44) && isDigit(s.charCodeAt(i - 1)) && isDigit(next)) continue;
    }
    if (start < 0) continue;
    let t = s.slice(start, i);
    if (flags !== 0) {
      if (flags & 8) t = t.replace(/[\u00ad\u200b-\u200d\ufeff]/g, "");
      if (flags & 1) t = t.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-");
      if (flags & 2) t = t.replace(/ð/g, "đ");
      if (flags & 4) t = foldToken(t);
    }
    out.push(t);
    start = -1;
    flags = 0;
  }
  return out;
}

/** Tokens joined by one space. */
export function matchKey(text: string): string {
  return matchTokens(text).join(" ");
}

/** Tokens of `normalizeForMatch(s)`: Vietnamese syllables, numbers and references such as "125-kl/tu". */
export function syllables(s: string): string[] {
  const t = normalizeForMatch(s);
  return t === "" ? [] : t.split(" ");
}

/** Every run of `n` consecutive tokens, joined with a single space. Empty when there are fewer than `n` tokens. */
export function syllableNgrams(tokens: readonly string[], n: number): string[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(" "));
  return out;
}

/**
 * True when the text has at least one letter and every cased letter is upper case: "ĐẢNG CỘNG SẢN VIỆT NAM",
 * "KẾ HOẠCH 125-KL/TU". Digits, punctuation and caseless characters are ignored; "", "123" and "Đảng bộ" are false.
 */
export function isUpperCaseVietnamese(s: string): boolean {
  const t = nfc(s);
  return /\p{Lu}|\p{Lt}/u.test(t) && !/\p{Ll}/u.test(t);
}

const ROMAN_DIGITS: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** 14 → "XIV": the well-formed Roman numeral (Word's upperRoman lists, and the check of a typed "IIII."); 1–3999. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  let rest = n;
  for (const [v, s] of ROMAN_DIGITS) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/**
 * What each UTF-16 code unit is, for mostlyCapitals: 0 not yet looked at, 1 capital (\p{Lu}), 3 lower-case letter
 * (\p{Ll}), 4 other.
 */
const CODE_UNIT_KIND = new Uint8Array(0x10000);
const UNIT_CAPITAL = 1;
const UNIT_LOWER = 3;
const ONE_CAPITAL = /^\p{Lu}$/u;
const ONE_LOWER = /^\p{Ll}$/u;

/** The kind of code unit c (CODE_UNIT_KIND), looked up once per program. */
function kindOf(c: number): number {
  let kind = CODE_UNIT_KIND[c]!;
  if (kind === 0) {
    const ch = String.fromCharCode(c);
    kind = ONE_CAPITAL.test(ch) ? UNIT_CAPITAL : ONE_LOWER.test(ch) ? UNIT_LOWER : 4;
    CODE_UNIT_KIND[c] = kind;
  }
  return kind;
}
const CAPITALS = /\p{Lu}/gu;
const LOWERS = /\p{Ll}/gu;

/**
 * Whether the text has at least four capital letters (\p{Lu}) for each lower-case one (\p{Ll}): a heading or a title in
 * capitals. A loop over the code units, each one's kind looked up once per program (CODE_UNIT_KIND), that stops as soon as the capitals
 * left could no longer make up for the lower-case letters seen (in running text, a few words in): counting every
 * capital of a paragraph with the regex tested a Unicode property at every character. Text with surrogates (letters
 * outside the BMP) is counted by the regexes themselves.
 */
export function mostlyCapitals(text: string): boolean {
  const n = text.length;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return mostlyCapitalsByRegex(text);
    const kind = kindOf(c);
    if (kind === UNIT_CAPITAL) upper++;
    // every unit left a capital at most: too few to reach four for each lower-case letter
    else if (kind === UNIT_LOWER && 4 * ++lower > upper + (n - i - 1)) return false;
  }
  return 4 * lower <= upper;
}

/** mostlyCapitals by the regexes: the capitals counted, the lower-case letters only as far as the answer needs. */
function mostlyCapitalsByRegex(text: string): boolean {
  let upper = 0;
  CAPITALS.lastIndex = 0;
  while (CAPITALS.test(text)) upper++;
  let lower = 0;
  LOWERS.lastIndex = 0;
  while (4 * lower <= upper && LOWERS.test(text)) lower++;
  return 4 * lower <= upper;
}

const NON_SPACE = /\S/;

/**
 * Whether a text is empty or white space only (what `s.trim() === ""` says, with the same white space: JavaScript's
 * \s is trim's set), without copying the text: the loops over every paragraph ask it of each.
 */
export function isBlank(s: string): boolean {
  // A paragraph that begins with a letter, digit or mark (almost all) is answered without the regex: no character
  // from U+0021 to U+167F is white space in \s but U+00A0; the call to the regex cost more than its scan.
  const first = s.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0) return false;
  return !NON_SPACE.test(s);
}

/** A text to match literally inside a regular expression: its special characters escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Characters to be put inside a regex character class as themselves: the backslash, "]", "^" and "-" escaped. */
export function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&");
}

/**
 * The matches of a global regex in a text, as `text.matchAll(re)` gives them, in an array. matchAll copies the regex at
 * every call (a new RegExp object), which the rules that read every paragraph with several patterns felt. The regex's
 * lastIndex is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // an empty match: step over one character (a whole surrogate pair in a unicode regex), as matchAll does
    if (m[0] === "") {
      const code = text.charCodeAt(re.lastIndex);
      const pair = re.unicode && code >= 0xd800 && code <= 0xdbff;
      const low = text.charCodeAt(re.lastIndex + 1);
      re.lastIndex += pair && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    }
  }
  re.lastIndex = 0;
  return out;
}

/** White space other than one ASCII space between two other characters: what `collapsedSpaces` would change. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/**
 * The text with each run of white space made one space, and trimmed (`text.replace(/\s+/g, " ").trim()`): the text
 * itself when it already is, as most cells are (the replacement built a new string for every cell: nine tenths of
 * reading the tables of the Word-written plan of npm run bench, 0.31 → 0.10 ms).
 */
export function collapsedSpaces(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}
