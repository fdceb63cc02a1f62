/**
 * The fake Word's own XML tree: a small parser and serializer, deliberately not src/docx/xml.ts, so that the fake's
 * idea of the document does not come from the code under test. It keeps element names as written (`w:p`), which is
 * enough for the OOXML Word and our builders write (the usual prefixes); processing instructions and comments are
 * kept verbatim so a package serializes back as it came in.
 */

export class XEl {
  parent: XEl | undefined;
  children: XNode[] = [];
  constructor(
    public name: string,
    public attrs: Record<string, string> = {},
  ) {}
}

export class XText {
  parent: XEl | undefined;
  constructor(public text: string) {}
}

/** A processing instruction or comment, written back unchanged. */
export class XRaw {
  parent: XEl | undefined;
  constructor(public raw: string) {}
}

export type XNode = XEl | XText | XRaw;

export interface XDoc {
  prolog: string[];
  root: XEl;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    const v = ENTITIES[e];
    if (v === undefined) throw new Error(`fake XML: unknown entity ${m}`);
    return v;
  });
}

export function parseXml(xml: string): XDoc {
  const prolog: string[] = [];
  let root: XEl | undefined;
  const stack: XEl[] = [];
  let i = 0;
  const add = (n: XNode): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (n instanceof XRaw) prolog.push(n.raw);
      else if (n instanceof XText && n.text.trim() !== "") throw new Error("fake XML: text outside the root");
      return;
    }
    n.parent = top;
    top.children.push(n);
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      add(new XText(decode(xml.slice(i))));
      break;
    }
    if (lt > i) add(new XText(decode(xml.slice(i, lt))));
    if (xml.startsWith("<?", lt) || xml.startsWith("<!--", lt)) {
      const close = xml.startsWith("<?", lt) ? "?>" : "-->";
      const end = xml.indexOf(close, lt);
      if (end < 0) throw new Error("fake XML: unterminated");
      add(new XRaw(xml.slice(lt, end + close.length)));
      i = end + close.length;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      add(new XText(xml.slice(lt + 9, end)));
      i = end + 3;
    } else if (xml.startsWith("<!", lt)) {
      throw new Error("fake XML: DOCTYPE not accepted");
    } else if (xml[lt + 1] === "/") {
      const end = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, end).trim();
      const top = stack.pop();
      if (top === undefined || top.name !== name) throw new Error(`fake XML: </${name}> does not close <${top?.name}>`);
      i = end + 1;
    } else {
      // a start tag: name, attributes, and whether it closes itself
      const m = /^<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt, lt + 100_000));
      if (m === null) throw new Error(`fake XML: bad tag at ${lt}`);
      const el = new XEl(m[1]!);
      for (const a of (m[2] ?? "").matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        el.attrs[a[1]!] = decode(a[2] ?? a[3] ?? "");
      }
      if (stack.length === 0) {
        if (root !== undefined) throw new Error("fake XML: two roots");
        root = el;
      } else add(el);
      if (m[3] !== "/") stack.push(el);
      i = lt + m[0].length;
    }
  }
  if (root === undefined || stack.length > 0) throw new Error("fake XML: unbalanced");
  return { prolog, root };
}

const escText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escAttr = (s: string): string => escText(s).replace(/"/g, "&quot;");

/** Serializes a tree; `skip` leaves out elements (the paragraphs Word lists but the package does not hold). */
export function serializeXml(doc: XDoc, skip: (el: XEl) => boolean = () => false): string {
  const out: string[] = [...doc.prolog];
  const walk = (n: XNode): void => {
    if (n instanceof XText) out.push(escText(n.text));
    else if (n instanceof XRaw) out.push(n.raw);
    else if (!skip(n)) {
      const attrs = Object.entries(n.attrs)
        .map(([k, v]) => ` ${k}="${escAttr(v)}"`)
        .join("");
      if (n.children.length === 0) out.push(`<${n.name}${attrs}/>`);
      else {
        out.push(`<${n.name}${attrs}>`);
        n.children.forEach(walk);
        out.push(`</${n.name}>`);
      }
    }
  };
  walk(doc.root);
  return out.join("");
}

// ---- tree helpers ----

export function el(name: string, attrs: Record<string, string> = {}, children: XNode[] = []): XEl {
  const e = new XEl(name, attrs);
  for (const c of children) append(e, c);
  return e;
}

export function textEl(name: string, text: string, attrs: Record<string, string> = {}): XEl {
  return el(name, attrs, [new XText(text)]);
}

export function elements(e: XEl): XEl[] {
  return e.children.filter((c): c is XEl => c instanceof XEl);
}

export function child(e: XEl | undefined, name: string): XEl | undefined {
  return e === undefined ? undefined : elements(e).find((c) => c.name === name);
}

export function findFirst(e: XEl, name: string): XEl | undefined {
  for (const c of elements(e)) {
    if (c.name === name) return c;
    const inner = findFirst(c, name);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

export function textOf(e: XEl): string {
  return e.children.map((c) => (c instanceof XText ? c.text : c instanceof XEl ? textOf(c) : "")).join("");
}

export function append(parent: XEl, n: XNode): void {
  detach(n);
  n.parent = parent;
  parent.children.push(n);
}

export function insertBefore(ref: XNode, n: XNode): void {
  const parent = ref.parent;
  if (parent === undefined) throw new Error("fake XML: no parent");
  detach(n);
  n.parent = parent;
  parent.children.splice(parent.children.indexOf(ref), 0, n);
}

export function insertAfter(ref: XNode, n: XNode): void {
  const parent = ref.parent;
  if (parent === undefined) throw new Error("fake XML: no parent");
  detach(n);
  n.parent = parent;
  parent.children.splice(parent.children.indexOf(ref) + 1, 0, n);
}

/** Puts `n` as `parent`'s first child. */
export function prepend(parent: XEl, n: XNode): void {
  detach(n);
  n.parent = parent;
  parent.children.unshift(n);
}

export function detach(n: XNode): void {
  const parent = n.parent;
  if (parent === undefined) return;
  const i = parent.children.indexOf(n);
  if (i >= 0) parent.children.splice(i, 1);
  n.parent = undefined;
}

export function clone<T extends XNode>(n: T): T {
  if (n instanceof XText) return new XText(n.text) as T;
  if (n instanceof XRaw) return new XRaw(n.raw) as T;
  const e = n as XEl;
  const copy = new XEl(e.name, { ...e.attrs });
  for (const c of e.children) append(copy, clone(c));
  return copy as unknown as T;
}

/** `parent`'s child `name`, created (as the last child) when missing. */
export function ensureChild(parent: XEl, name: string): XEl {
  const existing = child(parent, name);
  if (existing !== undefined) return existing;
  const c = el(name);
  append(parent, c);
  return c;
}

export function removeChild(parent: XEl | undefined, name: string): void {
  const c = child(parent, name);
  if (c !== undefined) detach(c);
}
