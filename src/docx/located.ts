/**
 * A .docx read for editing: the model, and for every model paragraph (same index) and section where it comes from in
 * the main part's XML text, as the reader's own walk found it (reader.ts, readLocatedPackage). The fixer splices the
 * original text at these offsets and copies every other part as stored, so whatever it does not touch stays byte for
 * byte as it was.
 */
import type { DocumentModel } from "../model/document";
import { mainDocumentPart, normalizePartName, zipPackage, type OpcPackage } from "./package";
import { readLocatedPackage, type BodyLocations, type ReadOptions } from "./reader";
import { parseXml, type XmlElement } from "./xml";
import { openZip, type CentralDirectory } from "./zip";

export interface LocatedDocument extends BodyLocations {
  model: DocumentModel;
  /** The .docx bytes it was read from, and their central directory: what a rewrite copies. */
  bytes: Uint8Array;
  directory: CentralDirectory;
  /** Name of the main document part as the package names it (e.g. "word/document.xml"). */
  mainPart: string;
  /** The main part's text as decoded (BOM removed), and its tree with source offsets. */
  xml: string;
  root: XmlElement;
}

/** Read a .docx (a zip; flat-OPC XML has nothing to splice into) once: the model and where everything comes from. */
export function readLocatedDocument(bytes: Uint8Array, options: ReadOptions = {}): LocatedDocument {
  const zip = openZip(bytes, options.zipLimits, options.inflateRaw);
  const base = zipPackage(zip);
  const mainPart = mainDocumentPart(base);
  const xml = zip.readText(mainPart);
  // Only the main part needs offsets (slower to parse); the other parts are read as readDocument reads them.
  const root = parseXml(xml, mainPart, { offsets: true });
  const main = normalizePartName(mainPart);
  const pkg: OpcPackage = { ...base, xml: (part) => (normalizePartName(part) === main ? root : base.xml(part)) };
  const { model, locations } = readLocatedPackage(pkg);
  return { model, ...locations, bytes, directory: zip.directory, mainPart, xml, root };
}
