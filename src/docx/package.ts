/**
 * An Open Packaging Conventions package seen as named XML parts, whether it came as a .docx (zip) or as Word's
 * flat-OPC XML (`<pkg:package>`, what `body.getOoxml()` returns). The reader only ever asks for parts by name.
 */
import { DocxReadError } from "./errors";
import { openZip, type InflateRaw, type ZipArchive, type ZipLimits } from "./zip";
import { child, children, parseXml, type XmlElement } from "./xml";

export interface OpcPackage {
  readonly kind: "docx" | "flat-opc";
  has(part: string): boolean;
  /** The part parsed as XML, or undefined when the package has no such part. Parsed once, then cached. */
  xml(part: string): XmlElement | undefined;
  names(): string[];
}

/** Largest flat-OPC string we accept (characters): about the size of the largest part a .docx may hold. */
export const MAX_FLAT_OPC_CHARS = 128 * 1024 * 1024;

export function normalizePartName(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

export function openDocxPackage(bytes: Uint8Array, limits?: Partial<ZipLimits>, inflateRaw?: InflateRaw): OpcPackage {
  return zipPackage(openZip(bytes, limits, inflateRaw));
}

/** The package of an opened zip archive. */
export function zipPackage(zip: ZipArchive): OpcPackage {
  const cache = new Map<string, XmlElement>();
  return {
    kind: "docx",
    has: (part) => zip.has(normalizePartName(part)),
    names: () => zip.names(),
    xml(part) {
      const key = normalizePartName(part);
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      if (!zip.has(key)) return undefined;
      const el = parseXml(zip.readText(key), key, { skipRevisionIds: true });
      cache.set(key, el);
      return el;
    },
  };
}

export function openFlatOpcPackage(text: string): OpcPackage {
  if (text.length > MAX_FLAT_OPC_CHARS) {
    throw new DocxReadError(
      "too-large",
      `Văn bản OOXML quá lớn (${Math.round(text.length / 1048576)} MB) / flat OOXML too large`,
    );
  }
  const root = parseXml(text, "flat-opc", { skipRevisionIds: true });
  if (root.name !== "pkg:package") {
    throw new DocxReadError("not-docx", "Không phải gói OOXML dạng phẳng (pkg:package) / not a flat-OPC package");
  }
  const parts = new Map<string, XmlElement | undefined>();
  for (const p of children(root, "pkg:part")) {
    const name = p.attrs["pkg:name"];
    if (name === undefined) continue;
    const data = child(p, "pkg:xmlData");
    // Binary parts (images, fonts) are kept as names only: the reader never needs their bytes.
    parts.set(normalizePartName(name), data === undefined ? undefined : data.children.find(isElement));
  }
  return {
    kind: "flat-opc",
    has: (part) => parts.has(normalizePartName(part)),
    names: () => [...parts.keys()],
    xml: (part) => parts.get(normalizePartName(part)),
  };
}

function isElement(n: XmlElement | string): n is XmlElement {
  return typeof n !== "string";
}

/* ---------- relationships ---------- */

export interface Relationship {
  id: string;
  type: string;
  /** Part name resolved against the source part, without a leading "/" (undefined for external targets). */
  target: string | undefined;
}

export function relsPartName(part: string): string {
  const p = normalizePartName(part);
  const slash = p.lastIndexOf("/");
  return slash < 0 ? `_rels/${p}.rels` : `${p.slice(0, slash)}/_rels/${p.slice(slash + 1)}.rels`;
}

export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return normalizePartName(target);
  const base = normalizePartName(sourcePart).split("/");
  base.pop();
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/").toLowerCase();
}

export function relationships(pkg: OpcPackage, part: string): Relationship[] {
  const rels = pkg.xml(relsPartName(part));
  if (rels === undefined) return [];
  return children(rels, "rel:Relationship").map((r) => ({
    id: r.attrs["Id"] ?? "",
    type: r.attrs["Type"] ?? "",
    target:
      r.attrs["TargetMode"] === "External" || r.attrs["Target"] === undefined
        ? undefined
        : resolveTarget(part, r.attrs["Target"]),
  }));
}

const MAIN_CONTENT_TYPES = [
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
];

/** Find the main document part: the package relationship, then [Content_Types].xml, then the usual name. */
export function mainDocumentPart(pkg: OpcPackage): string {
  const ct = pkg.xml("[Content_Types].xml");
  const overrides = new Map<string, string>();
  for (const o of children(ct, "ct:Override")) {
    const name = o.attrs["PartName"];
    if (name !== undefined) overrides.set(normalizePartName(name), o.attrs["ContentType"] ?? "");
  }
  for (const r of relationships(pkg, "")) {
    if (!r.type.endsWith("/officeDocument") || r.target === undefined || !pkg.has(r.target)) continue;
    // An Excel or PowerPoint package has an officeDocument relationship too: only a Word main part will do.
    const type = overrides.get(r.target);
    if (type === undefined || MAIN_CONTENT_TYPES.includes(type)) return r.target;
  }
  for (const [name, type] of overrides) {
    if (MAIN_CONTENT_TYPES.includes(type) && pkg.has(name)) return name;
  }
  if (pkg.has("word/document.xml")) return "word/document.xml";
  const names = pkg.names();
  if (names.some((n) => n.startsWith("xl/"))) {
    throw new DocxReadError("not-docx", "Đây là bảng tính Excel, không phải văn bản Word / this is an Excel workbook");
  }
  if (names.some((n) => n.startsWith("ppt/"))) {
    throw new DocxReadError("not-docx", "Đây là tệp PowerPoint, không phải văn bản Word / this is a PowerPoint file");
  }
  if (names.includes("content.xml") || names.includes("mimetype")) {
    throw new DocxReadError(
      "not-docx",
      "Đây là tệp OpenDocument (.odt), hãy lưu lại dưới dạng .docx / this is an OpenDocument file: save it as .docx",
    );
  }
  throw new DocxReadError(
    "missing-part",
    "Tệp thiếu phần nội dung chính (word/document.xml) / the package has no main document part",
    "word/document.xml",
  );
}
