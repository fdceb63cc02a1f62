/**
 * The decisions part of a .docx: read from, and written into a copy of, the package. A custom XML part
 * (/customXml/itemN.xml with its properties part), as Word's own `document.customXmlParts.add` makes one, so the
 * task pane finds it with `customXmlParts.getByNamespace(DECISIONS_NS)` (WordApi 1.4).
 */
import { readLocatedDocument } from "../docx/located";
import { normalizePartName, relationships, relsPartName, zipPackage } from "../docx/package";
import {
  relativeTarget,
  utf8Declared,
  withOverride,
  withRelationship,
  writePackage,
  XML_DECL,
} from "../docx/package-edit";
import { looksLikeXml, type ReadOptions } from "../docx/reader";
import { parseXml } from "../docx/xml";
import { openZip } from "../docx/zip";
import { DECISIONS_NS, noDecisions, type Decisions } from ".";
import { decisionsFromXml, decisionsToXml, isDecisionsRoot } from "./xml";

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const ITEM = /^customxml\/item(\d+)\.xml$/i;

/** The custom XML part holding our decisions, when the package has one. */
function findPart(names: string[], readText: (name: string) => string): string | undefined {
  for (const name of names) {
    if (!ITEM.test(normalizePartName(name))) continue;
    try {
      if (isDecisionsRoot(parseXml(readText(name), name))) return name;
    } catch {
      // another program's part that is not well-formed XML is not ours
    }
  }
  return undefined;
}

/** The decisions stored in a .docx (none for a flat-OPC XML file or a package without the part). */
export function readDecisions(bytes: Uint8Array, options: ReadOptions = {}): Decisions {
  if (bytes.length === 0 || looksLikeXml(bytes)) return noDecisions();
  const zip = openZip(bytes, options.zipLimits, options.inflateRaw);
  const part = findPart(zip.names(), (n) => zip.readText(n));
  return part === undefined ? noDecisions() : decisionsFromXml(zip.readText(part), part);
}

/** A copy of the .docx with `decisions` stored (the part replaced when there is one, added otherwise). */
export function writeDecisions(bytes: Uint8Array, decisions: Decisions, options: ReadOptions = {}): Uint8Array {
  const src = readLocatedDocument(bytes, options);
  const zip = openZip(bytes, options.zipLimits, options.inflateRaw);
  const pkg = zipPackage(zip);
  const names = zip.names();
  const xml = decisionsToXml(decisions);
  const parts = new Map<string, string>();
  const existing = findPart(names, (n) => zip.readText(n));
  if (existing !== undefined) {
    parts.set(normalizePartName(existing), xml);
    return writePackage(src.bytes, src.directory, src.mainPart, parts, undefined);
  }
  const taken = new Set(names.map((n) => normalizePartName(n).toLowerCase()));
  let n = 1;
  while (taken.has(`customxml/item${n}.xml`) || taken.has(`customxml/itemprops${n}.xml`)) n++;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  parts.set(item, xml);
  parts.set(
    props,
    `${XML_DECL}<ds:datastoreItem ds:itemID="{${itemId(n)}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${DECISIONS_NS}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts.set(
    `customXml/_rels/item${n}.xml.rels`,
    withRelationship(undefined, `customXml/_rels/item${n}.xml.rels`, CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`),
  );
  const mainPart = normalizePartName(src.mainPart);
  const mainRels = relsPartName(mainPart);
  void relationships(pkg, mainPart); // the main part's relationships must read (a broken package fails here)
  parts.set(
    mainRels,
    withRelationship(
      zip.has(mainRels) ? zip.readText(mainRels) : undefined,
      mainRels,
      CUSTOM_XML_REL,
      relativeTarget(mainPart, item),
    ),
  );
  if (zip.has("[Content_Types].xml")) {
    const types = withOverride(utf8Declared(zip.readText("[Content_Types].xml")), props, CUSTOM_XML_PROPS_TYPE);
    if (types !== undefined) parts.set("[Content_Types].xml", types);
  }
  return writePackage(src.bytes, src.directory, src.mainPart, parts, undefined);
}

/** A stable GUID-shaped id for the properties part (Word makes a random one; any unique value is valid). */
function itemId(n: number): string {
  const hex = (DECISIONS_NS + n)
    .split("")
    .reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");
  return `${hex}-6B65-746C-7561-6E0000000${String(n % 1000).padStart(3, "0")}`;
}
