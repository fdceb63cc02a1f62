/**
 * Rewrite a .docx (zip) with some parts replaced, copying every other entry's compressed bytes, CRC-32 and sizes
 * unchanged. Pure (no Node APIs): the fixer runs in Node and in the browser page. Only changed parts are deflated
 * (fflate's deflateSync). Zip64 archives are refused (no real .docx needs them).
 */
import { deflateSync } from "fflate";
import { DocxReadError } from "./errors";
import {
  crc32,
  readCentralDirectory,
  SIG_CENTRAL,
  SIG_EOCD,
  SIG_LOCAL,
  storedData,
  type CentralDirectory,
  type CentralEntry,
  type ZipLimits,
} from "./zip";

/** An entry as stored: its central-directory record, its local header's extra fields and its data. */
export interface RawZipEntry extends CentralEntry {
  localExtra: Uint8Array;
  /** The entry's data as stored (compressed for method 8). */
  raw: Uint8Array;
}

export interface RawZip {
  entries: RawZipEntry[];
  comment: Uint8Array;
}

function bad(message: string): never {
  throw new DocxReadError("not-zip", message);
}

/** The entries of an archive whose directory has been read (openZip's `directory`), ready to be copied. */
export function rawZip(bytes: Uint8Array, directory: CentralDirectory): RawZip {
  // The writer writes 32-bit records only.
  if (directory.zip64) bad("Tệp ZIP64 không được hỗ trợ khi sửa / ZIP64 is not supported");
  const entries = directory.entries.map((e) => ({ ...e, ...storedData(bytes, e) }));
  return { entries, comment: directory.comment };
}

/** The entries of a zip archive, ready to be copied: the strict reader's directory (limits included). */
export function readRawZip(bytes: Uint8Array, limits?: Partial<ZipLimits>): RawZip {
  return rawZip(
    bytes,
    readCentralDirectory(bytes, limits) ?? bad("Tệp không phải tệp ZIP hợp lệ / not a valid ZIP archive"),
  );
}

/** An entry with new content: deflated, new CRC and sizes, the data-descriptor flag cleared. */
export function replaceEntryData(e: RawZipEntry, data: Uint8Array): RawZipEntry {
  const raw = deflateSync(data, { level: 6 });
  return {
    ...e,
    method: 8,
    flags: e.flags & ~0x0008,
    crc: crc32(data),
    compressedSize: raw.length,
    size: data.length,
    raw,
  };
}

export function writeRawZip(zip: RawZip): Uint8Array {
  let total = 22 + zip.comment.length;
  for (const e of zip.entries) {
    total += 30 + e.nameBytes.length + e.localExtra.length + e.raw.length;
    total += 46 + e.nameBytes.length + e.centralExtra.length + e.comment.length;
  }
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  /** The fields a local header and a central record share, in the same order: from "version needed" on. */
  const shared = (at: number, e: RawZipEntry, extraLength: number): void => {
    view.setUint16(at, e.versionNeeded, true);
    // Sizes and CRC are always in the local header, so the data-descriptor flag (bit 3) is cleared.
    view.setUint16(at + 2, e.flags & ~0x0008, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.compressedSize, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.nameBytes.length, true);
    view.setUint16(at + 24, extraLength, true);
  };
  const put = (bytes: Uint8Array): void => {
    out.set(bytes, p);
    p += bytes.length;
  };
  for (const e of zip.entries) {
    offsets.push(p);
    view.setUint32(p, SIG_LOCAL, true);
    shared(p + 4, e, e.localExtra.length);
    p += 30;
    put(e.nameBytes);
    put(e.localExtra);
    put(e.raw);
  }
  const cdStart = p;
  zip.entries.forEach((e, k) => {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, e.versionMadeBy, true);
    shared(p + 6, e, e.centralExtra.length);
    view.setUint16(p + 32, e.comment.length, true);
    view.setUint16(p + 34, 0, true);
    view.setUint16(p + 36, e.internalAttrs, true);
    view.setUint32(p + 38, e.externalAttrs, true);
    view.setUint32(p + 42, offsets[k]!, true);
    p += 46;
    put(e.nameBytes);
    put(e.centralExtra);
    put(e.comment);
  });
  view.setUint32(p, SIG_EOCD, true);
  view.setUint16(p + 8, zip.entries.length, true);
  view.setUint16(p + 10, zip.entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  view.setUint16(p + 20, zip.comment.length, true);
  out.set(zip.comment, p + 22);
  return out;
}
