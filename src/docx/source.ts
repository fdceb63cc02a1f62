/**
 * The document model together with the source of its main part: the XML text, the parsed tree with source offsets,
 * and for every model paragraph (same index) its w:p element, for every section its w:sectPr. The fixer splices
 * the original text with these offsets, so everything it does not touch stays byte-for-byte as it was.
 */
import type { DocumentModel } from "../model/document";
import { DocxReadError } from "./errors";
import { mainDocumentPart, openDocxPackage, type OpcPackage } from "./package";
import { readPackage, type ReadOptions } from "./reader";
import { child, parseXml, type XmlElement } from "./xml";
import { openZip } from "./zip";

export interface DocumentSource {
  model: DocumentModel;
  /** Name of the main document part as the package names it (e.g. "word/document.xml"). */
  mainPart: string;
  /** The main part's text as decoded (BOM removed). */
  xml: string;
  root: XmlElement;
  /** paragraphs[i] is the w:p of model.paragraphs[i]. */
  paragraphs: XmlElement[];
  /** sectPrs[i] is the w:sectPr of model.sections[i], undefined when the body has none. */
  sectPrs: (XmlElement | undefined)[];
}

export function readDocumentWithSource(bytes: Uint8Array, options: ReadOptions = {}): DocumentSource {
  const base = openDocxPackage(bytes, options.zipLimits, options.inflateRaw);
  const mainPart = mainDocumentPart(base);
  const zip = openZip(bytes, options.zipLimits, options.inflateRaw);
  const xml = zip.readText(mainPart);
  const root = parseXml(xml, mainPart, { offsets: true });
  const key = (n: string): string => (n.startsWith("/") ? n.slice(1) : n).toLowerCase();
  const pkg: OpcPackage = {
    kind: base.kind,
    has: base.has,
    names: base.names,
    xml: (part) => (key(part) === key(mainPart) ? root : base.xml(part)),
  };
  const model = readPackage(pkg);
  const body = child(root, "w:body");
  if (body === undefined) throw new DocxReadError("missing-part", "Không có thân văn bản (w:body)", mainPart);
  const paragraphs: XmlElement[] = [];
  const sectPrs: (XmlElement | undefined)[] = [];
  walkBlocks(body, false, paragraphs, sectPrs);
  if (child(body, "w:sectPr") === undefined) sectPrs.push(undefined);
  if (paragraphs.length !== model.paragraphs.length || sectPrs.length !== model.sections.length) {
    throw new DocxReadError(
      "bad-xml",
      "Không đối chiếu được đoạn văn với mã nguồn / paragraphs do not match the source",
      mainPart,
    );
  }
  return { model, mainPart, xml, root, paragraphs, sectPrs };
}

/** The same walk as the reader's BodyWalker: paragraphs in document order, table cells included. */
function walkBlocks(
  container: XmlElement,
  inCell: boolean,
  paras: XmlElement[],
  sects: (XmlElement | undefined)[],
): void {
  for (const el of container.children) {
    if (typeof el === "string") continue;
    switch (el.name) {
      case "w:p": {
        paras.push(el);
        const sp = child(child(el, "w:pPr"), "w:sectPr");
        if (sp !== undefined && !inCell) sects.push(sp);
        break;
      }
      case "w:tbl":
        for (const tr of wrapped(el, "w:tr")) for (const tc of wrapped(tr, "w:tc")) walkBlocks(tc, true, paras, sects);
        break;
      case "w:sdt":
        walkBlocks(child(el, "w:sdtContent") ?? el, inCell, paras, sects);
        break;
      case "w:customXml":
      case "w:ins":
      case "w:moveTo":
        walkBlocks(el, inCell, paras, sects);
        break;
      case "w:sectPr":
        if (!inCell) sects.push(el);
        break;
    }
  }
}

/** Children named `name`, looking through w:sdt / w:customXml / w:ins wrappers (rows and cells). */
function wrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else if (c.name === "w:sdt" || c.name === "w:customXml" || c.name === "w:ins") {
      out.push(...wrapped(child(c, "w:sdtContent") ?? c, name));
    }
  }
  return out;
}
