/**
 * Small helpers to rebuild WordprocessingML property elements (w:pPr, w:rPr, w:sectPr children) while keeping
 * every child we do not change exactly as written in the source. Children are kept in schema order.
 */
import { childElements, type XmlElement } from "../docx/xml";

import { escXml } from "../docx/package-edit";

/** Text escaped for XML content and attribute values. */
export const esc = escXml;

/** CT_RPr child order (ECMA-376 §17.3.2), after a paragraph mark's revision marks (CT_ParaRPr). */
export const RPR_ORDER = [
  "w:ins",
  "w:del",
  "w:moveFrom",
  "w:moveTo",
  "w:rStyle",
  "w:rFonts",
  "w:b",
  "w:bCs",
  "w:i",
  "w:iCs",
  "w:caps",
  "w:smallCaps",
  "w:strike",
  "w:dstrike",
  "w:outline",
  "w:shadow",
  "w:emboss",
  "w:imprint",
  "w:noProof",
  "w:snapToGrid",
  "w:vanish",
  "w:webHidden",
  "w:color",
  "w:spacing",
  "w:w",
  "w:kern",
  "w:position",
  "w:sz",
  "w:szCs",
  "w:highlight",
  "w:u",
  "w:effect",
  "w:bdr",
  "w:shd",
  "w:fitText",
  "w:vertAlign",
  "w:rtl",
  "w:cs",
  "w:em",
  "w:lang",
  "w:eastAsianLayout",
  "w:specVanish",
  "w:oMath",
  "w:rPrChange",
];

/** CT_PPr child order (ECMA-376 §17.3.1). */
export const PPR_ORDER = [
  "w:pStyle",
  "w:keepNext",
  "w:keepLines",
  "w:pageBreakBefore",
  "w:framePr",
  "w:widowControl",
  "w:numPr",
  "w:suppressLineNumbers",
  "w:pBdr",
  "w:shd",
  "w:tabs",
  "w:suppressAutoHyphens",
  "w:kinsoku",
  "w:wordWrap",
  "w:overflowPunct",
  "w:topLinePunct",
  "w:autoSpaceDE",
  "w:autoSpaceDN",
  "w:bidi",
  "w:adjustRightInd",
  "w:snapToGrid",
  "w:spacing",
  "w:ind",
  "w:contextualSpacing",
  "w:mirrorIndents",
  "w:suppressOverlap",
  "w:jc",
  "w:textDirection",
  "w:textAlignment",
  "w:textboxTightWrap",
  "w:outlineLvl",
  "w:divId",
  "w:cnfStyle",
  "w:rPr",
  "w:sectPr",
  "w:pPrChange",
];

/** CT_SectPr child order, as far as the fixer needs it. */
export const SECTPR_ORDER = [
  "w:headerReference",
  "w:footerReference",
  "w:footnotePr",
  "w:endnotePr",
  "w:type",
  "w:pgSz",
  "w:pgMar",
  "w:paperSrc",
  "w:pgBorders",
  "w:lnNumType",
  "w:pgNumType",
  "w:cols",
  "w:formProt",
  "w:vAlign",
  "w:noEndnote",
  "w:titlePg",
  "w:textDirection",
  "w:bidi",
  "w:rtlGutter",
  "w:docGrid",
  "w:printerSettings",
  "w:sectPrChange",
];

export interface ChildSource {
  name: string;
  xml: string;
}

/** The element's children as source text (requires offsets). */
export function childSources(el: XmlElement | undefined, src: string): ChildSource[] {
  if (el === undefined) return [];
  return childElements(el).map((c) => ({ name: c.name, xml: src.slice(c.start!, c.end!) }));
}

/** An element with attributes set/removed, serialised (attribute names are canonical "w:..." names). */
export function elementWithAttrs(
  name: string,
  existing: XmlElement | undefined,
  set: Record<string, string | undefined>,
): string {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(existing?.attrs ?? {})) if (!k.startsWith("{")) attrs[k] = v;
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined) delete attrs[k];
    else attrs[k] = v;
  }
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  return `<${name}${a}/>`;
}

/**
 * Rebuild a container (w:rPr, w:pPr ...) from its source children: `replace` maps a child name to its new XML
 * (possibly several elements, e.g. "<w:b/><w:bCs/>" under "w:b" and "w:bCs" separately) or null to remove it.
 */
export function rebuildContainer(
  tag: string,
  el: XmlElement | undefined,
  src: string,
  replace: Map<string, string | null>,
  order: string[],
): string {
  const kids = childSources(el, src).filter((c) => !replace.has(c.name));
  for (const [name, xml] of replace) if (xml !== null) kids.push({ name, xml });
  // A property revision (w:rPrChange, w:pPrChange, w:sectPrChange) is the container's last child, after extension
  // elements the order does not list (w14:ligatures): otherwise the file breaks the schema Word validates against.
  const rank = (n: string): number => {
    if (n.endsWith("PrChange")) return order.length + 1;
    const i = order.indexOf(n);
    return i < 0 ? order.length : i;
  };
  // Array.prototype.sort is stable: children of one rank keep their order.
  const sorted = kids.sort((a, b) => rank(a.name) - rank(b.name));
  const open = el === undefined || el.openEnd === el.end ? `<${tag}>` : src.slice(el.start!, el.openEnd!);
  return `${open}${sorted.map((k) => k.xml).join("")}</${tag}>`;
}
