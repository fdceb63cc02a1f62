/**
 * A small, strict, non-validating XML parser for OOXML parts.
 *
 * Why our own: the reader must run unchanged in Node, the browser page and the Word task pane, and it must be safe
 * by construction: a DOCTYPE (and with it every entity declaration, internal or external) is refused outright, so no
 * entity expansion ("billion laughs") or external fetch can happen. Only the five predefined entities and numeric
 * character references are decoded.
 *
 * Element and attribute names are namespace-resolved and rewritten to the conventional OOXML prefixes ("w:p",
 * "r:id", "a:latin"), so a document written with unusual prefixes (`ns0:p`, a default namespace) reads the same.
 * Names in an unknown namespace keep the form "{uri}local".
 */
import { DocxReadError } from "./errors";

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /**
   * Source offsets (UTF-16 indices into the parsed text), only when parsed with `{ offsets: true }`: `start` at the
   * "<" of the start tag, `openEnd` just after its ">", `end` just after the end tag (equal to `openEnd` when the
   * element is self-closing). Used by the fixer to splice the original text.
   */
  start?: number;
  openEnd?: number;
  end?: number;
}

export interface ParseOptions {
  /** Record source offsets on every element (slower; the reader does not need them). */
  offsets?: boolean;
  /** Leave out Word's revision and paragraph ids (`isRevisionIdAttribute`): the reader's choice, for speed. */
  skipRevisionIds?: boolean;
}
export type XmlNode = XmlElement | string;

/**
 * Word's revision-save ids (w:rsidR, w:rsidRPr, w:rsidP, w:rsidRDefault, w:rsidTr, w:rsidDel, w:rsidSect) and its
 * paragraph ids (w14:paraId, w14:textId): a third of the attributes in a Word-written body, and read by nothing.
 * Matched on the name as written, with Word's own prefixes: under other prefixes they are simply kept.
 */
function isRevisionIdAttribute(text: string, start: number, length: number): boolean {
  if (length >= 7 && text.startsWith("w:rsid", start)) return true;
  return length === 10 && (text.startsWith("w14:paraId", start) || text.startsWith("w14:textId", start));
}

/** Canonical prefixes for the namespaces the reader looks at. */
const KNOWN_NAMESPACES: Record<string, string> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w", // Strict OOXML
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
  "http://schemas.microsoft.com/office/2006/xmlPackage": "pkg",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://www.w3.org/XML/1998/namespace": "xml",
  "http://schemas.microsoft.com/office/word/2010/wordml": "w14",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
  "urn:schemas-microsoft-com:vml": "v",
};

/** Elements whose whitespace-only text is content (a run's text " " is a real space). */
const TEXT_ELEMENTS = new Set(["w:t", "w:delText", "w:instrText", "a:t", "pkg:binaryData"]);

export const MAX_XML_DEPTH = 256;

function fail(message: string, part: string | undefined): never {
  throw new DocxReadError("bad-xml", message, part);
}

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string, part: string | undefined): string {
  if (s.indexOf("&") < 0) return s;
  let out = "";
  let i = 0;
  for (;;) {
    const amp = s.indexOf("&", i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) fail(`XML lỗi: ký tự '&' không hợp lệ / malformed XML: stray '&'`, part);
    const ent = s.slice(amp + 1, semi);
    if (ent.charCodeAt(0) === 35 /* # */) {
      const code = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) {
        fail(`XML lỗi: tham chiếu ký tự sai &${ent}; / malformed XML: bad character reference`, part);
      }
      out += String.fromCodePoint(code);
    } else {
      const v = NAMED_ENTITIES[ent];
      if (v === undefined) {
        fail(
          `XML chứa thực thể không được phép &${ent}; / XML uses an undeclared entity &${ent}; (entities are not expanded)`,
          part,
        );
      }
      out += v;
    }
    i = semi + 1;
  }
}

interface Frame {
  el: XmlElement;
  rawName: string;
  /** Namespace bindings declared on this element (prefix → uri); "" is the default namespace. */
  ns: Map<string, string> | undefined;
}

function isNameChar(c: number): boolean {
  // Anything that is not whitespace, '=', '>', '/', quotes.
  return !(c === 32 || c === 9 || c === 10 || c === 13 || c === 61 || c === 62 || c === 47 || c === 34 || c === 39);
}

/**
 * The namespace scope of a parse: the open elements, and the names resolved while the bindings in scope stay the same
 * (OOXML declares them on the root, so nearly every name is resolved once per part, not by a walk up the stack).
 * Module-level functions over this state, not closures made per parse: a closure per call changed the call target at
 * each part, and V8 threw away its optimised parser each time (npm run bench).
 */
interface NameState {
  stack: Frame[];
  names: Map<string, string>;
  attrNames: Map<string, string>;
}

/** The URI bound to a prefix: by the element being opened (`own`), else by the innermost open element that binds it. */
function lookupPrefix(
  stack: readonly Frame[],
  own: Map<string, string> | undefined,
  prefix: string,
): string | undefined {
  const uri = own?.get(prefix);
  if (uri !== undefined) return uri;
  for (let k = stack.length - 1; k >= 0; k--) {
    const ns = stack[k]!.ns;
    if (ns !== undefined) {
      const bound = ns.get(prefix);
      if (bound !== undefined) return bound;
    }
  }
  if (prefix === "xml") return "http://www.w3.org/XML/1998/namespace";
  return undefined;
}

function resolveRawName(
  stack: readonly Frame[],
  own: Map<string, string> | undefined,
  raw: string,
  isAttr: boolean,
): string {
  const colon = raw.indexOf(":");
  const prefix = colon < 0 ? "" : raw.slice(0, colon);
  const local = colon < 0 ? raw : raw.slice(colon + 1);
  if (colon < 0 && isAttr) return local; // unprefixed attributes have no namespace
  const uri = lookupPrefix(stack, own, prefix);
  if (uri === undefined) return raw; // undeclared prefix: keep as written (lenient)
  const canon = KNOWN_NAMESPACES[uri];
  if (canon !== undefined) return canon + ":" + local;
  return "{" + uri + "}" + local;
}

/** A name of the element being opened (its own declarations `own` in scope), from the cache while it holds. */
function resolveName(state: NameState, own: Map<string, string> | undefined, raw: string, isAttr: boolean): string {
  const cache = isAttr ? state.attrNames : state.names;
  let resolved = cache.get(raw);
  if (resolved === undefined) {
    resolved = resolveRawName(state.stack, own, raw, isAttr);
    cache.set(raw, resolved);
  }
  return resolved;
}

/** Namespace bindings were opened or closed: names resolved so far may no longer hold. */
function bindingsChanged(state: NameState): void {
  state.names = new Map();
  state.attrNames = new Map();
}

/** The attributes of every element without any, and the children of every element closed in its own tag. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/**
 * Parse one XML document. Throws DocxReadError("bad-xml" | "dtd-forbidden") with `part` set, never anything else.
 */
export function parseXml(text: string, part?: string, options?: ParseOptions): XmlElement {
  const offsets = options?.offsets === true;
  const skipRevisionIds = options?.skipRevisionIds === true;
  const stack: Frame[] = [];
  let root: XmlElement | undefined;
  const len = text.length;
  let i = 0;
  // Strip a BOM.
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const state: NameState = { stack, names: new Map(), attrNames: new Map() };

  while (i < len) {
    const lt = text.indexOf("<", i);
    const textEnd = lt < 0 ? len : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      const raw = text.slice(i, textEnd);
      if (top === undefined) {
        if (raw.trim() !== "") fail("XML lỗi: có văn bản ngoài phần tử gốc / malformed XML: text outside root", part);
      } else if (TEXT_ELEMENTS.has(top.el.name) || raw.trim() !== "") {
        top.el.children.push(decodeEntities(raw, part));
      }
    }
    if (lt < 0) break;
    const c1 = text.charCodeAt(lt + 1);
    if (c1 === 63 /* ? */) {
      const end = text.indexOf("?>", lt + 2);
      if (end < 0) fail("XML lỗi: chỉ thị xử lý không đóng / malformed XML: unterminated processing instruction", part);
      i = end + 2;
      continue;
    }
    if (c1 === 33 /* ! */) {
      if (text.startsWith("<!--", lt)) {
        const end = text.indexOf("-->", lt + 4);
        if (end < 0) fail("XML lỗi: chú thích không đóng / malformed XML: unterminated comment", part);
        i = end + 3;
        continue;
      }
      if (text.startsWith("<![CDATA[", lt)) {
        const end = text.indexOf("]]>", lt + 9);
        if (end < 0) fail("XML lỗi: CDATA không đóng / malformed XML: unterminated CDATA", part);
        const top = stack[stack.length - 1];
        if (top === undefined) fail("XML lỗi: CDATA ngoài phần tử gốc / malformed XML: CDATA outside root", part);
        top.el.children.push(text.slice(lt + 9, end));
        i = end + 3;
        continue;
      }
      const head = text.slice(lt, lt + 9).toUpperCase();
      if (head.startsWith("<!DOCTYPE") || head.startsWith("<!ENTITY")) {
        throw new DocxReadError(
          "dtd-forbidden",
          "XML có khai báo DOCTYPE/thực thể, bị từ chối vì lý do an toàn / XML contains a DOCTYPE or entity declaration, refused for safety",
          part,
        );
      }
      fail("XML lỗi: khai báo không hợp lệ / malformed XML: unexpected declaration", part);
    }
    if (c1 === 47 /* / */) {
      const end = text.indexOf(">", lt + 2);
      if (end < 0) fail("XML lỗi: thẻ đóng không kết thúc / malformed XML: unterminated end tag", part);
      const rawName = text.slice(lt + 2, end).trim();
      const frame = stack.pop();
      if (frame === undefined || frame.rawName !== rawName) {
        fail(`XML lỗi: thẻ đóng </${rawName}> không khớp / malformed XML: mismatched end tag </${rawName}>`, part);
      }
      if (frame.ns !== undefined) bindingsChanged(state);
      if (offsets) frame.el.end = end + 1;
      i = end + 1;
      continue;
    }
    // Start tag.
    let j = lt + 1;
    while (j < len && isNameChar(text.charCodeAt(j))) j++;
    const rawName = text.slice(lt + 1, j);
    if (rawName === "") fail("XML lỗi: thẻ không có tên / malformed XML: tag without a name", part);
    const rawAttrs: [string, string][] = [];
    let ns: Map<string, string> | undefined;
    let selfClosing = false;
    for (;;) {
      while (j < len) {
        const c = text.charCodeAt(j);
        if (c === 32 || c === 9 || c === 10 || c === 13) j++;
        else break;
      }
      if (j >= len) fail(`XML lỗi: thẻ <${rawName}> không kết thúc / malformed XML: unterminated tag`, part);
      const c = text.charCodeAt(j);
      if (c === 62 /* > */) {
        j++;
        break;
      }
      if (c === 47 /* / */) {
        if (text.charCodeAt(j + 1) !== 62) fail(`XML lỗi trong thẻ <${rawName}> / malformed XML in <${rawName}>`, part);
        selfClosing = true;
        j += 2;
        break;
      }
      const nameStart = j;
      while (j < len && isNameChar(text.charCodeAt(j))) j++;
      const attrName = text.slice(nameStart, j);
      while (j < len && text.charCodeAt(j) <= 32) j++;
      if (attrName === "" || text.charCodeAt(j) !== 61 /* = */) {
        fail(`XML lỗi: thuộc tính sai trong <${rawName}> / malformed XML: bad attribute in <${rawName}>`, part);
      }
      j++;
      while (j < len && text.charCodeAt(j) <= 32) j++;
      const q = text.charCodeAt(j);
      if (q !== 34 && q !== 39)
        fail(`XML lỗi: giá trị thuộc tính thiếu dấu nháy / malformed XML: unquoted attribute`, part);
      const vEnd = text.indexOf(q === 34 ? '"' : "'", j + 1);
      if (vEnd < 0) fail("XML lỗi: giá trị thuộc tính không đóng / malformed XML: unterminated attribute", part);
      const raw = text.slice(j + 1, vEnd);
      // a literal '<' is malformed; an escaped one (&lt;, as in a picture's description "a &lt; b") is not
      if (raw.indexOf("<") >= 0) fail("XML lỗi: '<' trong giá trị thuộc tính / malformed XML: '<' in attribute", part);
      const value = decodeEntities(raw, part);
      j = vEnd + 1;
      // checked as every value is (a malformed file is refused whatever the attribute), then not kept
      if (skipRevisionIds && isRevisionIdAttribute(text, nameStart, attrName.length)) continue;
      if (attrName === "xmlns") (ns ??= new Map()).set("", value);
      else if (attrName.startsWith("xmlns:")) (ns ??= new Map()).set(attrName.slice(6), value);
      else rawAttrs.push([attrName, value]);
    }
    // this element's own declarations resolve its name and attributes
    if (ns !== undefined) bindingsChanged(state);
    const name = resolveName(state, ns, rawName, false);
    // An element without attributes, or without content (<w:b/>, <w:sz w:val="28"/>: half of a Word body's elements),
    // shares one frozen empty object or list, and a closed one gets no stack frame: fewer objects to make and collect
    // (a cold `ketluan check` of the Word-written 100-page plan of npm run bench: 335 → 323 ms). Nothing edits a tree.
    let attrs: Record<string, string> = NO_ATTRIBUTES;
    if (rawAttrs.length > 0) {
      attrs = {};
      for (const [k, v] of rawAttrs) attrs[resolveName(state, ns, k, true)] = v;
    }
    const children: XmlNode[] = selfClosing ? NO_CHILDREN : [];
    const el: XmlElement = offsets
      ? { name, attrs, children, start: lt, openEnd: j, end: j }
      : { name, attrs, children };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.el.children.push(el);
    else if (root === undefined) root = el;
    else fail("XML lỗi: có nhiều phần tử gốc / malformed XML: more than one root element", part);
    if (stack.length + 1 > MAX_XML_DEPTH) {
      fail(`XML lồng quá sâu (> ${MAX_XML_DEPTH} cấp) / XML nested too deeply (> ${MAX_XML_DEPTH} levels)`, part);
    }
    // an element closed in its own tag is never on the stack
    if (!selfClosing) stack.push({ el, rawName, ns });
    else if (ns !== undefined) bindingsChanged(state);
    i = j;
  }
  if (stack.length > 0) {
    fail(
      `XML bị cắt cụt: thẻ <${stack[stack.length - 1]!.rawName}> không đóng / truncated XML: unclosed element`,
      part,
    );
  }
  if (root === undefined) fail("XML rỗng: không có phần tử gốc / empty XML: no root element", part);
  return root;
}

/* ---------- small helpers for walking the tree ---------- */

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string") out.push(c);
  return out;
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (el === undefined) return out;
  for (const c of el.children) if (typeof c !== "string" && c.name === name) out.push(c);
  return out;
}

/** Concatenated text content of an element (its string children only, not descendants). */
export function ownText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}

/** Concatenated text of all descendants. */
export function deepText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) s += typeof c === "string" ? c : deepText(c);
  return s;
}
