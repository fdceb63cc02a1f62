/**
 * Word's automatic numbering: the number or bullet Word shows before a paragraph with w:numPr (its own or its style
 * chain's), computed from word/numbering.xml the way Word counts, in document order (ECMA-376 Part 1, §17.9).
 *
 * - A w:num points to a w:abstractNum (its levels: w:start, w:numFmt, w:lvlText with %1..%9, w:lvlRestart, w:isLgl);
 *   an abstractNum with w:numStyleLink takes its levels from the one with the matching w:styleLink (or, failing that,
 *   from the numbering style's own w:num in styles.xml).
 * - Nums that point to the same abstractNum without overrides share one set of counters (a list continued across
 *   nums); a num with w:lvlOverride (w:startOverride, or a w:lvl of its own) counts on its own, as Word's "Restart at 1"
 *   makes it.
 * - Using a level advances its counter and restarts the deeper levels (unless their w:lvlRestart says otherwise); a
 *   level shown in a deeper label before it was ever used shows start − 1 (Word's "0.1").
 * - numId 0 removes numbering (the reader's `numbered` is false then and nothing is counted).
 *
 * The part is parsed by the reader's own XML parser under the reader's zip limits; a missing or unreadable part
 * gives no numbering at all (no labels), never an exception.
 */
import { toRoman } from "../model/text";
import { DocxReadError } from "./errors";
import { child, children, type XmlElement } from "./xml";

/** One level of a list (w:lvl). */
interface Level {
  start: number;
  /** w:numFmt (decimal, upperRoman, lowerLetter, bullet, none, ...); "decimal" when absent. */
  format: string;
  /** Width of a zero-padded custom format ("001, 002, ..." → 3); 0 otherwise. */
  padTo: number;
  /** w:lvlText; undefined when the level has none (Word then shows no number). */
  text: string | undefined;
  /** w:lvlRestart (1-based level that restarts this one; 0: never); undefined: the level above. */
  restart: number | undefined;
  /** w:isLgl: every number in this level's text in Arabic numerals. */
  legal: boolean;
  /** w:pStyle: the paragraph style this level is linked to (a heading style's level). */
  pStyle: string | undefined;
  /** The bullet's font (w:rPr/w:rFonts), to read a Symbol or Wingdings character. */
  font: string | undefined;
  /** w:lvlPicBulletId: a picture bullet. */
  picture: boolean;
}

interface AbstractNum {
  /** Its w:lvl read on first use: Word's numbering part defines dozens of lists that no paragraph of a draft uses. */
  levels: () => (Level | undefined)[];
  numStyleLink: string | undefined;
  styleLink: string | undefined;
}

interface Num {
  abstractId: string;
  /** Per level: a start override and/or a replacement level. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** What the reader sets on a numbered paragraph. */
export interface ListItem {
  label: string;
  level: number;
}

const LEVELS = 9;

function intAttr(el: XmlElement | undefined): number | undefined {
  const v = parseInt(el?.attrs["w:val"] ?? "", 10);
  return Number.isFinite(v) ? v : undefined;
}

function onOff(el: XmlElement | undefined): boolean {
  if (el === undefined) return false;
  const v = el.attrs["w:val"];
  return !(v === "0" || v === "false" || v === "off");
}

/** The w:numFmt of a level: direct, or inside mc:AlternateContent (Word 2010's custom "001, 002, ..." formats). */
function numFmtOf(lvl: XmlElement): { format: string; padTo: number } {
  const direct = child(lvl, "w:numFmt");
  if (direct !== undefined) return { format: direct.attrs["w:val"] ?? "decimal", padTo: 0 };
  for (const alt of children(lvl, "mc:AlternateContent")) {
    for (const choice of children(alt, "mc:Choice")) {
      const f = child(choice, "w:numFmt");
      const custom = f?.attrs["w:format"];
      const m = custom === undefined ? null : /^(0*)1\b/.exec(custom);
      if (f?.attrs["w:val"] === "custom" && m !== null) return { format: "decimal", padTo: m[1]!.length + 1 };
    }
    const fallback = child(child(alt, "mc:Fallback"), "w:numFmt");
    if (fallback !== undefined) return { format: fallback.attrs["w:val"] ?? "decimal", padTo: 0 };
  }
  return { format: "decimal", padTo: 0 };
}

function parseLevel(lvl: XmlElement): Level {
  const { format, padTo } = numFmtOf(lvl);
  const rFonts = child(child(lvl, "w:rPr"), "w:rFonts");
  return {
    start: intAttr(child(lvl, "w:start")) ?? 0,
    format,
    padTo,
    text: child(lvl, "w:lvlText")?.attrs["w:val"],
    restart: intAttr(child(lvl, "w:lvlRestart")),
    legal: onOff(child(lvl, "w:isLgl")),
    pStyle: child(lvl, "w:pStyle")?.attrs["w:val"],
    font: rFonts?.attrs["w:ascii"] ?? rFonts?.attrs["w:hAnsi"] ?? rFonts?.attrs["w:cs"],
    picture: child(lvl, "w:lvlPicBulletId") !== undefined,
  };
}

function levelIndex(el: XmlElement): number | undefined {
  const v = parseInt(el.attrs["w:ilvl"] ?? "", 10);
  return Number.isFinite(v) && v >= 0 && v < LEVELS ? v : undefined;
}

/* ---------- number formats ---------- */

/** Word's letters: A…Z, then AA…ZZ, AAA… (the letter repeated, not a base-26 number). */
function toLetters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, level: Level, legal: boolean): string {
  if (legal && level.format !== "none" && level.format !== "bullet") return String(n);
  switch (level.format) {
    case "none":
    case "bullet":
      return "";
    case "upperRoman":
      return toRoman(n);
    case "lowerRoman":
      return toRoman(n).toLowerCase();
    case "upperLetter":
      return toLetters(n);
    case "lowerLetter":
      return toLetters(n).toLowerCase();
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    default:
      // decimal, and the formats Vietnamese documents do not use (ordinal, chicago, ideographs...), as Arabic numerals.
      return level.padTo > 0 && n >= 0 ? String(n).padStart(level.padTo, "0") : String(n);
  }
}

/** Symbol-font bullets as the characters they draw (a private-use code F0xx is the font's character xx). */
const SYMBOL_BULLETS: Record<string, string> = { "\u00b7": "•", "\u00a8": "◊", "-": "-", o: "o" };
const WINGDINGS_BULLETS: Record<string, string> = {
  "\u00a7": "▪",
  "\u00d8": "➢",
  "\u00fc": "✓",
  v: "❖",
  q: "❑",
  l: "●",
  n: "■",
  "\u00a8": "◻",
  "\u00e0": "→",
};

function bulletText(text: string, level: Level): string {
  if (level.picture) return "•";
  const font = (level.font ?? "").toLowerCase();
  const symbolFont = font === "symbol" || font.startsWith("wingdings") || font === "webdings";
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const plain = code >= 0xf000 && code <= 0xf0ff ? String.fromCharCode(code - 0xf000) : ch;
    if (!symbolFont && plain === ch) out += ch;
    else if (font.startsWith("wingdings")) out += WINGDINGS_BULLETS[plain] ?? "•";
    else out += SYMBOL_BULLETS[plain] ?? "•";
  }
  return out;
}

/* ---------- the numbering part ---------- */

/** An abstractNum's levels by their w:ilvl (the first w:lvl of each). */
function levelsOf(abstractNum: XmlElement): (Level | undefined)[] {
  const levels: (Level | undefined)[] = new Array<Level | undefined>(LEVELS).fill(undefined);
  for (const lvl of children(abstractNum, "w:lvl")) {
    const i = levelIndex(lvl);
    if (i !== undefined && levels[i] === undefined) levels[i] = parseLevel(lvl);
  }
  return levels;
}

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** styles.xml numbering styles (w:type="numbering") → their w:numId, for a w:numStyleLink with no w:styleLink. */
  private readonly styleNums = new Map<string, string>();
  /** Counters per list: an abstractNum's id, or "#numId" for a num with overrides. undefined: not used yet. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** List style name → the abstractNum id that defines it (undefined: none), as resolved once. */
  private readonly linked = new Map<string, string | undefined>();

  constructor(numbering: XmlElement, styles: XmlElement | undefined) {
    for (const a of children(numbering, "w:abstractNum")) {
      const id = a.attrs["w:abstractNumId"];
      if (id === undefined || this.abstracts.has(id)) continue;
      let levels: (Level | undefined)[] | undefined;
      this.abstracts.set(id, {
        levels: () => (levels ??= levelsOf(a)),
        numStyleLink: child(a, "w:numStyleLink")?.attrs["w:val"],
        styleLink: child(a, "w:styleLink")?.attrs["w:val"],
      });
    }
    for (const n of children(numbering, "w:num")) {
      const id = n.attrs["w:numId"];
      const abstractId = child(n, "w:abstractNumId")?.attrs["w:val"];
      if (id === undefined || abstractId === undefined || this.nums.has(id)) continue;
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of children(n, "w:lvlOverride")) {
        const i = levelIndex(o);
        if (i === undefined) continue;
        const entry: { start?: number; level?: Level } = {};
        const start = intAttr(child(o, "w:startOverride"));
        if (start !== undefined) entry.start = start;
        const lvl = child(o, "w:lvl");
        if (lvl !== undefined) entry.level = parseLevel(lvl);
        if (entry.start !== undefined || entry.level !== undefined) overrides.set(i, entry);
      }
      this.nums.set(id, { abstractId, overrides });
    }
    for (const s of children(styles, "w:style")) {
      const id = s.attrs["w:styleId"];
      const numId = child(child(child(s, "w:pPr"), "w:numPr"), "w:numId")?.attrs["w:val"];
      if (s.attrs["w:type"] === "numbering" && id !== undefined && numId !== undefined) this.styleNums.set(id, numId);
    }
  }

  /** The abstractNum holding a num's levels, following w:numStyleLink (a few hops at most, cycles refused). */
  private abstractOf(abstractId: string): { id: string; abstract: AbstractNum } | undefined {
    let id = abstractId;
    const seen = new Set<string>();
    for (let hop = 0; hop < 8 && !seen.has(id); hop++) {
      seen.add(id);
      const a = this.abstracts.get(id);
      if (a === undefined) return undefined;
      const link = a.numStyleLink;
      if (link === undefined) return { id, abstract: a };
      const target = this.linkTarget(link);
      if (target === undefined) return { id, abstract: a };
      id = target;
    }
    return undefined;
  }

  /** The abstractNum that defines list style `style`: its w:styleLink, else the style's own num's abstractNum. */
  private linkTarget(style: string): string | undefined {
    if (this.linked.has(style)) return this.linked.get(style);
    let found: string | undefined;
    for (const [id, a] of this.abstracts) {
      if (a.styleLink === style) {
        found = id;
        break;
      }
    }
    if (found === undefined) {
      const numId = this.styleNums.get(style);
      const num = numId === undefined ? undefined : this.nums.get(numId);
      if (num !== undefined && this.abstracts.get(num.abstractId)?.numStyleLink !== style) found = num.abstractId;
    }
    this.linked.set(style, found);
    return found;
  }

  /**
   * Count a numbered paragraph and say what Word shows before it. `numId`/`ilvl` are the paragraph's w:numPr after
   * its style chain; without an ilvl, the level linked to the paragraph's style (w:pStyle) is used, else level 0.
   * Undefined when the num or its level is not defined, or Word shows nothing there.
   */
  next(numId: string, ilvl: number | undefined, styleId: string | undefined): ListItem | undefined {
    const num = this.nums.get(numId);
    if (num === undefined) return undefined;
    const found = this.abstractOf(num.abstractId);
    if (found === undefined) return undefined;
    const levelAt = (i: number): Level | undefined => num.overrides.get(i)?.level ?? found.abstract.levels()[i];
    let lvl = ilvl !== undefined && ilvl >= 0 && ilvl < LEVELS ? ilvl : undefined;
    if (lvl === undefined && ilvl === undefined && styleId !== undefined) {
      const linked = found.abstract.levels().findIndex((l) => l?.pStyle === styleId);
      if (linked >= 0) lvl = linked;
    }
    lvl ??= 0;
    const level = levelAt(lvl);
    if (level === undefined) return undefined;

    const key = num.overrides.size > 0 ? `#${numId}` : found.id;
    let counters = this.counters.get(key);
    if (counters === undefined) {
      counters = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    const startOf = (i: number): number => num.overrides.get(i)?.start ?? levelAt(i)?.start ?? 0;
    const current = counters[lvl];
    counters[lvl] = current === undefined ? startOf(lvl) : current + 1;
    for (let deeper = lvl + 1; deeper < LEVELS; deeper++) {
      const restart = levelAt(deeper)?.restart ?? deeper;
      if (restart !== 0 && lvl < restart) counters[deeper] = undefined;
    }

    const text = level.text;
    if (text === undefined) return undefined;
    let label: string;
    if (level.format === "bullet") label = bulletText(text, level);
    else {
      label = text.replace(/%([1-9])/g, (_m, d: string) => {
        const i = Number(d) - 1;
        const shown = levelAt(i);
        if (shown === undefined) return "";
        const value = counters[i] ?? startOf(i) - 1;
        return formatNumber(value, shown, level.legal);
      });
    }
    return label.trim() === "" ? undefined : { label, level: lvl };
  }
}

/**
 * The numbering of a package: undefined when there is no numbering part or it cannot be read (the paragraphs then
 * get no labels). `read` is the package's part reader (it applies the zip limits and parses without a DTD).
 */
export function readNumbering(
  read: () => XmlElement | undefined,
  styles: XmlElement | undefined,
): Numbering | undefined {
  try {
    const root = read();
    return root === undefined || root.name !== "w:numbering" ? undefined : new Numbering(root, styles);
  } catch (e) {
    if (e instanceof DocxReadError) return undefined;
    throw e;
  }
}
