/**
 * font/family: every visible run is in Times New Roman (Unicode), as both regulations require.
 *
 * A font named with its style ("Times New Roman Bold", "TimesNewRomanPS-BoldMT", "Times New Roman,Italic") is the
 * same family. Runs that show no text (spaces, tabs) and symbol fonts (Symbol, Wingdings: bullets, check boxes) do
 * not count. A legacy Vietnamese font (VNI-Times, .VnTime: not Unicode) is named as such. A wrong font on a run of
 * punctuation or digits alone (a full stop in Calibri) is a warning: nobody sees it on the printed page.
 */
import type { Run } from "../../model/document";
import type { Rule, Severity } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "font/family",
  area: "font",
  description: "Phông chữ Times New Roman (bộ mã Unicode TCVN 6909:2001) cho toàn văn bản.",
  messages: {
    wrongFont: "Phông chữ {fonts}; {basis} yêu cầu phông {expected}",
    legacyFont:
      "Phông chữ {fonts} (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); {basis} yêu cầu phông {expected}",
    punctuationOnly: "Dấu câu hoặc chữ số “{text}” ở phông {fonts}; {basis} yêu cầu phông {expected} cho toàn văn bản",
  },
};

/** Style and encoding words a font name may carry after its family ("Bold", "PSMT", "CE"...). */
const STYLE_SUFFIX = /(bold|italic|oblique|regular|normal|roman|psmt|mt|ps|ce|cyr|greek|tur|baltic)$/;

/** A document names a handful of fonts thousands of times: fold each name once. */
const familyKeys = new Map<string, string>();

function familyKey(name: string): string {
  let cached = familyKeys.get(name);
  if (cached === undefined) {
    cached = computeFamilyKey(name);
    if (familyKeys.size < 1000) familyKeys.set(name, cached);
  }
  return cached;
}

/** A font name reduced to its family: lower case, no spaces or punctuation, style words stripped from the end. */
function computeFamilyKey(name: string): string {
  let k = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  // "roman" is part of "Times New Roman": strip style words only while something longer than the family remains.
  for (let prev = ""; prev !== k;) {
    prev = k;
    const m = STYLE_SUFFIX.exec(k);
    if (m !== null && m[1] !== "roman") k = k.slice(0, k.length - m[1]!.length);
  }
  return k;
}

/** Whether `font` is the family `expected`, whatever style words or spacing its name carries. */
export function sameFamily(font: string, expected: string): boolean {
  return familyKey(font) === familyKey(expected);
}

/** Legacy Vietnamese fonts: VNI (VNI-Times, VNI-Helve), TCVN3/ABC (.VnTime, .VnArial), VietWare (VN Times). */
export function isLegacyFont(font: string): boolean {
  return /^\s*(vni[-_ ]|\.vn|vn[-_ ]?times?\b|vntime)/i.test(font);
}

/** Fonts that draw symbols rather than letters (bullets, check boxes, arrows). */
export function isSymbolFont(font: string): boolean {
  return /^\s*(symbol|wingdings( [23])?|webdings|marlett|mt extra|zapf ?dingbats)\s*$/i.test(font);
}

/**
 * Fonts that hold letters too but are where Word's Insert › Symbol (Segoe UI Symbol, Segoe UI Emoji) and
 * LibreOffice's bullets (OpenSymbol) put a ✓, a ☐ or an arrow: a run of theirs without a letter or digit is a symbol.
 */
const SYMBOL_TOO = /^\s*(segoe ui (symbol|emoji)|opensymbol)\s*$/i;

/** A run that shows text: not only spaces, and not a symbol font's glyph. */
export function showsText(r: Run): boolean {
  if (r.text.trim() === "") return false;
  if (r.font === undefined) return true;
  return !isSymbolFont(r.font) && !(SYMBOL_TOO.test(r.font) && !/[\p{L}\p{N}]/u.test(r.text));
}

/** No letter at all: punctuation, digits, dashes. In a legacy font, digits and ASCII punctuation look the same. */
const noLetters = (s: string): boolean => !/\p{L}/u.test(s);

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["font/family"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  const wrongRuns = model.paragraphs.map((p) =>
    p.runs.filter((r) => showsText(r) && r.font !== undefined && !sameFamily(r.font, data.family)),
  );
  // Fonts already wrong on words somewhere: a "*" or "-----" in the same font is that same defect, not another one.
  const wrongOnWords = new Set(
    wrongRuns.flatMap((runs) => runs.filter((r) => !noLetters(r.text)).map((r) => familyKey(r.font!))),
  );
  // One finding per paragraph (the CLI and the task pane group identical findings of consecutive paragraphs).
  for (const [i, p] of model.paragraphs.entries()) {
    const wrong = wrongRuns[i]!;
    if (wrong.length === 0) continue;
    const fonts = [...new Set(wrong.map((r) => r.font!))];
    const minor = wrong.every((r) => noLetters(r.text)) && !fonts.every((f) => wrongOnWords.has(familyKey(f)));
    const severity: Severity = minor ? "warning" : severityFor(data.firmness);
    ctx.report({
      messageId: minor ? "punctuationOnly" : fonts.some(isLegacyFont) ? "legacyFont" : "wrongFont",
      data: {
        fonts: fonts.join(", "),
        text: excerptOf(wrong.map((r) => r.text.trim()).join(" "), 20),
        expected: data.family,
        basis: ctx.basisShort,
      },
      severity,
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
      fix: {
        title: `Đặt phông ${data.family}`,
        edits: [{ kind: "setRunFormat", paragraph: p.index, props: { font: data.family } }],
      },
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
