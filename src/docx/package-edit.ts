/**
 * Adding parts to a .docx without re-serialising anything else: relationships and content types appended to as
 * text, parts replaced or added to the zip, every other entry copied as stored. Used by `check --annotate` (the
 * comments part) and the decisions store (a custom XML part).
 */
import { normalizePartName } from "./package";
import { children, parseXml, type XmlElement } from "./xml";
import { rawZip, replaceEntryData, writeRawZip, type RawZipEntry } from "./zip-write";
import type { CentralDirectory } from "./zip";

export const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text escaped for XML content and attribute values. */
export const escXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The target of a relationship from `source` to `part`, both in one folder or the part below the source's. */
export function relativeTarget(source: string, part: string): string {
  const slash = source.lastIndexOf("/");
  const dir = slash < 0 ? "" : source.slice(0, slash + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

/** `inner` added as the last children of the root element (a self-closing root is written out). */
export function appendToRoot(xml: string, root: XmlElement, inner: string): string {
  if (root.openEnd! === root.end!) {
    const tag = xml.slice(root.start!, root.end!);
    const name = /^<([^\s/>]+)/.exec(tag)![1]!;
    return xml.slice(0, root.start!) + `${tag.replace(/\s*\/>$/, ">")}${inner}</${name}>` + xml.slice(root.end!);
  }
  const close = xml.lastIndexOf("</", root.end! - 1);
  return xml.slice(0, close) + inner + xml.slice(close);
}

/** The raw prefix ("" or "p:") of the root element, to write children in its namespace. */
export function rootPrefix(xml: string, root: XmlElement): string {
  const name = /^<([^\s/>]+)/.exec(xml.slice(root.start!, root.openEnd!))![1]!;
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** A part decoded from UTF-16 is written back in UTF-8: its declaration must say so. */
export function utf8Declared(xml: string): string {
  const decl = /^\uFEFF?<\?xml[^>]*\?>/.exec(xml);
  if (decl === null || !/encoding=["']utf-16/i.test(decl[0])) return xml;
  return xml.replace(/encoding=["']utf-16(?:[lb]e)?["']/i, 'encoding="UTF-8"');
}

/** A relationships part (`text`, or a new one when undefined) with one more relationship, under a fresh rId. */
export function withRelationship(text: string | undefined, relsPart: string, type: string, target: string): string {
  if (text === undefined) {
    return `${XML_DECL}<Relationships xmlns="${RELS_NS}"><Relationship Id="rId1" Type="${type}" Target="${escXml(target)}"/></Relationships>`;
  }
  const xml = utf8Declared(text);
  const root = parseXml(xml, relsPart, { offsets: true });
  const ids = new Set(children(root, "rel:Relationship").map((r) => r.attrs["Id"]));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const p = rootPrefix(xml, root);
  return appendToRoot(xml, root, `<${p}Relationship Id="rId${n}" Type="${type}" Target="${escXml(target)}"/>`);
}

/** [Content_Types].xml with an Override for `part`, or undefined when it has one already. */
export function withOverride(text: string, part: string, contentType: string): string | undefined {
  const xml = utf8Declared(text);
  const root = parseXml(xml, "[Content_Types].xml", { offsets: true });
  const name = normalizePartName(part);
  if (children(root, "ct:Override").some((o) => normalizePartName(o.attrs["PartName"] ?? "") === name))
    return undefined;
  const p = rootPrefix(xml, root);
  return appendToRoot(xml, root, `<${p}Override PartName="/${escXml(part)}" ContentType="${contentType}"/>`);
}

/** DOS date and time of a Date (UTC), as zip entries store them. */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

/**
 * The package with `parts` (part name → XML) replaced or, when it has no such entry, added at the end (in the
 * main part's entry settings, dated `date` or as the main part). `remove`: entries to leave out.
 */
export function writePackage(
  bytes: Uint8Array,
  directory: CentralDirectory,
  mainPart: string,
  parts: Map<string, string>,
  date: Date | undefined,
  remove: ReadonlySet<string> = new Set(),
): Uint8Array {
  const zip = rawZip(bytes, directory);
  const encoder = new TextEncoder();
  // by normalised name (part names compare without case); a new entry keeps the name as given
  const left = new Map([...parts].map(([name, xml]) => [normalizePartName(name), { name, xml }]));
  const entries = zip.entries
    .filter((e) => !remove.has(normalizePartName(e.name)))
    .map((e) => {
      const key = normalizePartName(e.name);
      const part = left.get(key);
      if (part === undefined) return e;
      left.delete(key);
      return replaceEntryData(e, encoder.encode(part.xml));
    });
  const template = entries.find((e) => normalizePartName(e.name) === normalizePartName(mainPart)) ?? entries[0]!;
  for (const { name, xml } of left.values()) {
    const nameBytes = encoder.encode(name);
    const when = date === undefined ? { date: template.date, time: template.time } : dosDateTime(date);
    const fresh: RawZipEntry = {
      ...template,
      name,
      nameBytes,
      versionNeeded: 20,
      flags: nameBytes.length === name.length ? 0 : 0x0800,
      ...when,
      internalAttrs: 0,
      centralExtra: new Uint8Array(0),
      localExtra: new Uint8Array(0),
      comment: new Uint8Array(0),
    };
    entries.push(replaceEntryData(fresh, encoder.encode(xml)));
  }
  return writeRawZip({ ...zip, entries });
}
