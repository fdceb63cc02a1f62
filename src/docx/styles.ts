/**
 * Effective formatting: docDefaults → table style → paragraph style chain (basedOn) → character style chain →
 * direct formatting, with theme fonts resolved through the theme part. A checker that looked only at direct
 * formatting would be wrong on most real Word documents, where fonts and sizes live in styles and the theme.
 */
import type { Alignment, ParagraphFormat, RunFormat } from "../model/document";
import { child, children, type XmlElement } from "./xml";

/** One font slot (ascii or hAnsi): a level that names either a font or a theme font replaces the slot. */
interface FontSlot {
  font?: string;
  theme?: string;
}

export interface RunProps {
  ascii?: FontSlot;
  hAnsi?: FontSlot;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  caps?: boolean;
  /** "baseline" is kept: it switches off a style's subscript or superscript. */
  vertAlign?: "subscript" | "superscript" | "baseline";
}

/** One w:tab of a w:tabs list: a stop at `pos` (twips), or the removal of an inherited stop there. */
export interface TabOp {
  pos: number;
  clear: boolean;
}

export interface ParaProps {
  alignment?: Alignment;
  indentLeftMm?: number;
  indentRightMm?: number;
  firstLineMm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  lineSpacing?: { rule: "auto" | "exact" | "atLeast"; value: number };
  numbered?: boolean;
  /** w:numPr's w:numId and w:ilvl, each inherited on its own down the style chain (for src/docx/numbering.ts). */
  numId?: string;
  numLevel?: number;
  /** Each side of w:pBdr is its own property: a direct w:bottom leaves the style's w:top in effect. */
  borderTop?: boolean;
  borderBottom?: boolean;
  /** Tab operations in application order (style chain root-first, then direct); resolved in paragraphFormat. */
  tabs?: TabOp[];
}

const TWIPS_PER_MM = 1440 / 25.4;
export const twipsToMm = (t: number): number => Math.round((t / TWIPS_PER_MM) * 100) / 100;
const twipsToPt = (t: number): number => Math.round((t / 20) * 100) / 100;

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

/** OOXML on/off: absent val means on; "0", "false", "off", "none" mean off. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (el === undefined) return undefined;
  const v = el.attrs["w:val"];
  return !(v === "0" || v === "false" || v === "off" || v === "none");
}

function fontSlot(rFonts: XmlElement, attr: "ascii" | "hAnsi"): FontSlot | undefined {
  const font = rFonts.attrs["w:" + attr];
  const theme = rFonts.attrs["w:" + attr + "Theme"];
  if (font === undefined && theme === undefined) return undefined;
  const slot: FontSlot = {};
  if (font !== undefined) slot.font = font;
  if (theme !== undefined) slot.theme = theme;
  return slot;
}

export function parseRunProps(rPr: XmlElement | undefined): RunProps {
  const p: RunProps = {};
  if (rPr === undefined) return p;
  for (const c of rPr.children) {
    if (typeof c === "string") continue;
    switch (c.name) {
      case "w:rFonts": {
        const a = fontSlot(c, "ascii");
        const h = fontSlot(c, "hAnsi");
        if (a !== undefined) p.ascii = a;
        if (h !== undefined) p.hAnsi = h;
        break;
      }
      case "w:sz": {
        const v = num(c.attrs["w:val"]);
        if (v !== undefined) p.sizePt = v / 2;
        break;
      }
      case "w:b":
        p.bold = onOff(c);
        break;
      case "w:i":
        p.italic = onOff(c);
        break;
      case "w:u":
        p.underline = c.attrs["w:val"] ?? "single";
        break;
      case "w:color": {
        const v = c.attrs["w:val"];
        if (v !== undefined) p.color = v;
        break;
      }
      case "w:caps":
        p.caps = onOff(c);
        break;
      case "w:vertAlign": {
        const v = c.attrs["w:val"];
        if (v === "subscript" || v === "superscript" || v === "baseline") p.vertAlign = v;
        break;
      }
    }
  }
  return p;
}

const JC: Record<string, Alignment> = {
  left: "left",
  start: "left",
  right: "right",
  end: "right",
  center: "center",
  both: "justify",
  distribute: "distribute",
  lowKashida: "justify",
  mediumKashida: "justify",
  highKashida: "justify",
  thaiDistribute: "distribute",
};

export function parseParaProps(pPr: XmlElement | undefined): ParaProps {
  const p: ParaProps = {};
  if (pPr === undefined) return p;
  for (const c of pPr.children) {
    if (typeof c === "string") continue;
    switch (c.name) {
      case "w:jc": {
        const a = JC[c.attrs["w:val"] ?? ""];
        if (a !== undefined) p.alignment = a;
        break;
      }
      case "w:ind": {
        const left = num(c.attrs["w:left"] ?? c.attrs["w:start"]);
        const right = num(c.attrs["w:right"] ?? c.attrs["w:end"]);
        const first = num(c.attrs["w:firstLine"]);
        const hanging = num(c.attrs["w:hanging"]);
        if (left !== undefined) p.indentLeftMm = twipsToMm(left);
        if (right !== undefined) p.indentRightMm = twipsToMm(right);
        if (hanging !== undefined) p.firstLineMm = -twipsToMm(hanging);
        else if (first !== undefined) p.firstLineMm = twipsToMm(first);
        break;
      }
      case "w:spacing": {
        const before = num(c.attrs["w:before"]);
        const after = num(c.attrs["w:after"]);
        const line = num(c.attrs["w:line"]);
        if (before !== undefined) p.spaceBeforePt = twipsToPt(before);
        if (after !== undefined) p.spaceAfterPt = twipsToPt(after);
        if (line !== undefined) {
          const rule = c.attrs["w:lineRule"];
          p.lineSpacing =
            rule === "exact" || rule === "atLeast"
              ? { rule, value: twipsToPt(line) }
              : { rule: "auto", value: Math.round((line / 240) * 100) / 100 };
        }
        break;
      }
      case "w:numPr": {
        // A numPr with only a w:ilvl keeps the style's list (each child is inherited on its own).
        const id = child(c, "w:numId")?.attrs["w:val"];
        if (id !== undefined) {
          p.numbered = id !== "0";
          p.numId = id;
        }
        const level = num(child(c, "w:ilvl")?.attrs["w:val"]);
        if (level !== undefined) p.numLevel = level;
        break;
      }
      case "w:pBdr": {
        const top = child(c, "w:top");
        const bottom = child(c, "w:bottom");
        if (top !== undefined) p.borderTop = isBorder(top);
        if (bottom !== undefined) p.borderBottom = isBorder(bottom);
        break;
      }
      case "w:tabs": {
        const ops: TabOp[] = [];
        for (const t of children(c, "w:tab")) {
          const pos = num(t.attrs["w:pos"]);
          const val = t.attrs["w:val"];
          // A bar tab draws a vertical rule; it is not a stop the text aligns on.
          if (pos === undefined || val === "bar") continue;
          ops.push({ pos, clear: val === "clear" });
        }
        p.tabs = ops;
        break;
      }
    }
  }
  return p;
}

/** A border side is drawn unless its w:val is nil or none (ECMA-376 Part 1, 17.18.2 ST_Border). */
function isBorder(el: XmlElement): boolean {
  const v = el.attrs["w:val"];
  // A white border on white paper draws nothing a reader sees (real offices leave them on whole documents).
  const color = (el.attrs["w:color"] ?? "").toUpperCase();
  return v !== undefined && v !== "nil" && v !== "none" && color !== "FFFFFF";
}

function mergeRun(base: RunProps, over: RunProps): RunProps {
  return { ...base, ...over };
}
function mergePara(base: ParaProps, over: ParaProps): ParaProps {
  const m = { ...base, ...over };
  // Tab lists accumulate down the chain: a style adds stops to its parent's and "clear" removes inherited ones.
  if (base.tabs !== undefined && over.tabs !== undefined) m.tabs = [...base.tabs, ...over.tabs];
  return m;
}

/** Resolve tab operations into stop positions in mm, ascending. */
function tabStops(ops: TabOp[] | undefined): number[] {
  if (ops === undefined || ops.length === 0) return [];
  const stops = new Set<number>();
  for (const op of ops) {
    if (op.clear) stops.delete(op.pos);
    else stops.add(op.pos);
  }
  return [...stops].sort((a, b) => a - b).map(twipsToMm);
}

interface StyleDef {
  id: string;
  type: string;
  name: string | undefined;
  basedOn: string | undefined;
  rPr: RunProps;
  pPr: ParaProps;
}

export interface ThemeFonts {
  major: string | undefined;
  minor: string | undefined;
}

export function parseThemeFonts(theme: XmlElement | undefined): ThemeFonts {
  const scheme = child(child(theme, "a:themeElements"), "a:fontScheme");
  const latin = (el: XmlElement | undefined): string | undefined => {
    const t = child(el, "a:latin")?.attrs["typeface"];
    return t === undefined || t === "" ? undefined : t;
  };
  return { major: latin(child(scheme, "a:majorFont")), minor: latin(child(scheme, "a:minorFont")) };
}

/** Word's own defaults when a package has no styles part or no docDefaults: Times New Roman 10 pt, left, single. */
const BUILTIN_RUN: RunProps = { ascii: { font: "Times New Roman" }, hAnsi: { font: "Times New Roman" }, sizePt: 10 };
const BUILTIN_PARA: ParaProps = {
  alignment: "left",
  indentLeftMm: 0,
  indentRightMm: 0,
  firstLineMm: 0,
  spaceBeforePt: 0,
  spaceAfterPt: 0,
  lineSpacing: { rule: "auto", value: 1 },
  numbered: false,
};

export class StyleResolver {
  private readonly styles = new Map<string, StyleDef>();
  private readonly docRun: RunProps;
  private readonly docPara: ParaProps;
  private readonly defaultParagraphStyle: string | undefined;
  private readonly defaultCharacterStyle: string | undefined;
  private readonly chainRunCache = new Map<string, RunProps>();
  private readonly chainParaCache = new Map<string, ParaProps>();
  private readonly paraFormatCache = new Map<string, { para: ParaProps; run: RunProps }>();

  constructor(
    stylesXml: XmlElement | undefined,
    private readonly theme: ThemeFonts,
  ) {
    const docDefaults = child(stylesXml, "w:docDefaults");
    this.docRun = mergeRun(BUILTIN_RUN, parseRunProps(child(child(docDefaults, "w:rPrDefault"), "w:rPr")));
    this.docPara = mergePara(BUILTIN_PARA, parseParaProps(child(child(docDefaults, "w:pPrDefault"), "w:pPr")));
    let defP: string | undefined;
    let defC: string | undefined;
    for (const s of children(stylesXml, "w:style")) {
      const id = s.attrs["w:styleId"];
      if (id === undefined) continue;
      const type = s.attrs["w:type"] ?? "paragraph";
      const def: StyleDef = {
        id,
        type,
        name: child(s, "w:name")?.attrs["w:val"],
        basedOn: child(s, "w:basedOn")?.attrs["w:val"],
        rPr: parseRunProps(child(s, "w:rPr")),
        pPr: parseParaProps(child(s, "w:pPr")),
      };
      this.styles.set(id, def);
      const isDefault = s.attrs["w:default"];
      if (isDefault === "1" || isDefault === "true" || isDefault === "on") {
        if (type === "paragraph" && defP === undefined) defP = id;
        if (type === "character" && defC === undefined) defC = id;
      }
    }
    this.defaultParagraphStyle = defP;
    this.defaultCharacterStyle = defC;
  }

  /** The style chain root-first, guarding against basedOn cycles. */
  private chain(id: string | undefined): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur = id === undefined ? undefined : this.styles.get(id);
    while (cur !== undefined && !seen.has(cur.id) && out.length < 64) {
      seen.add(cur.id);
      out.unshift(cur);
      cur = cur.basedOn === undefined ? undefined : this.styles.get(cur.basedOn);
    }
    return out;
  }

  private chainRun(id: string | undefined): RunProps {
    const key = id ?? "";
    let r = this.chainRunCache.get(key);
    if (r === undefined) {
      r = {};
      for (const s of this.chain(id)) r = mergeRun(r, s.rPr);
      this.chainRunCache.set(key, r);
    }
    return r;
  }

  private chainPara(id: string | undefined): ParaProps {
    const key = id ?? "";
    let r = this.chainParaCache.get(key);
    if (r === undefined) {
      r = {};
      for (const s of this.chain(id)) r = mergePara(r, s.pPr);
      this.chainParaCache.set(key, r);
    }
    return r;
  }

  /** Paragraph style id as Word applies it: unknown or missing ids fall back to the default paragraph style. */
  paragraphStyleId(pStyle: string | undefined): string | undefined {
    if (pStyle !== undefined && this.styles.get(pStyle)?.type === "paragraph") return pStyle;
    return this.defaultParagraphStyle;
  }

  styleName(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.styles.get(id)?.name;
  }

  /** Formatting shared by every run of a paragraph (before character style and direct run formatting). */
  paragraphBase(styleId: string | undefined, tableStyleId: string | undefined): { para: ParaProps; run: RunProps } {
    const key = (styleId ?? "") + "\u0000" + (tableStyleId ?? "");
    let hit = this.paraFormatCache.get(key);
    if (hit === undefined) {
      hit = {
        para: mergePara(mergePara(this.docPara, this.chainPara(tableStyleId)), this.chainPara(styleId)),
        run: mergeRun(mergeRun(this.docRun, this.chainRun(tableStyleId)), this.chainRun(styleId)),
      };
      this.paraFormatCache.set(key, hit);
    }
    return hit;
  }

  paragraphFormat(base: { para: ParaProps }, direct: ParaProps, styleId: string | undefined): ParagraphFormat {
    const p = mergePara(base.para, direct);
    const out: ParagraphFormat = {
      styleId: styleId ?? "Normal",
      styleName: this.styleName(styleId),
      alignment: p.alignment ?? "left",
      indentLeftMm: p.indentLeftMm ?? 0,
      indentRightMm: p.indentRightMm ?? 0,
      firstLineMm: p.firstLineMm ?? 0,
      spaceBeforePt: p.spaceBeforePt ?? 0,
      spaceAfterPt: p.spaceAfterPt ?? 0,
      lineSpacing: p.lineSpacing ?? { rule: "auto", value: 1 },
      numbered: p.numbered ?? false,
    };
    // Set only when present, so that models of documents without them stay as they were.
    if (p.borderTop === true) out.borderTop = true;
    if (p.borderBottom === true) out.borderBottom = true;
    const stops = tabStops(p.tabs);
    if (stops.length > 0) out.tabStopsMm = stops;
    return out;
  }

  /** Effective run formatting. `text` decides the font slot: Vietnamese letters outside ASCII use hAnsi. */
  runFormat(base: { run: RunProps }, charStyle: string | undefined, direct: RunProps, text: string): RunFormat {
    const cs = charStyle ?? this.defaultCharacterStyle;
    const r = mergeRun(mergeRun(base.run, this.chainRun(cs)), direct);
    // eslint-disable-next-line no-control-regex
    const nonAscii = /[^\u0000-\u007f]/.test(text);
    const slot = nonAscii ? (r.hAnsi ?? r.ascii) : (r.ascii ?? r.hAnsi);
    const out: RunFormat = {
      font: this.slotFont(slot),
      sizePt: r.sizePt ?? 10,
      bold: r.bold ?? false,
      italic: r.italic ?? false,
      underline: r.underline ?? "none",
      color: r.color ?? "auto",
      caps: r.caps ?? false,
    };
    if (r.vertAlign === "subscript" || r.vertAlign === "superscript") out.vertAlign = r.vertAlign;
    return out;
  }

  private slotFont(slot: FontSlot | undefined): string | undefined {
    if (slot === undefined) return undefined;
    if (slot.theme !== undefined) {
      const t = slot.theme.startsWith("major") ? this.theme.major : this.theme.minor;
      if (t !== undefined) return t;
    }
    return slot.font;
  }
}
