/**
 * Rewrite a .docx (zip) with some parts replaced, copying every other entry's compressed bytes, CRC-32 and sizes
 * unchanged. Pure (no Node APIs): the fixer runs in Node and in the browser page. Only changed parts are deflated
 * (fflate's deflateSync). Zip64 archives are refused (no real .docx needs them).
 */
import { deflateSync } from "fflate";
import { DocxReadError } from "./errors";
import { crc32 } from "./zip";

export interface RawZipEntry {
  name: string;
  /** The name's bytes as stored (kept as-is on rewrite). */
  nameBytes: Uint8Array;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttrs: number;
  externalAttrs: number;
  /** Extra fields of the central directory record and of the local header. */
  centralExtra: Uint8Array;
  localExtra: Uint8Array;
  comment: Uint8Array;
  /** The entry's data as stored (compressed for method 8). */
  raw: Uint8Array;
}

export interface RawZip {
  entries: RawZipEntry[];
  comment: Uint8Array;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;

function bad(message: string): never {
  throw new DocxReadError("not-zip", message);
}

export function readRawZip(bytes: Uint8Array): RawZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) bad("Tệp không phải tệp ZIP hợp lệ / not a valid ZIP archive");
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  const commentLen = view.getUint16(eocd + 20, true);
  if (count === 0xffff || cdOffset === 0xffffffff) bad("Tệp ZIP64 không được hỗ trợ khi sửa / ZIP64 is not supported");
  const decoder = new TextDecoder("utf-8");
  const entries: RawZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== SIG_CENTRAL)
      bad("Mục lục ZIP bị hỏng / damaged central directory");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const cLen = view.getUint16(p + 32, true);
    const csize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const lo = view.getUint32(p + 42, true);
    if (csize === 0xffffffff || size === 0xffffffff || lo === 0xffffffff)
      bad("Tệp ZIP64 không được hỗ trợ khi sửa / ZIP64 is not supported");
    const nameBytes = bytes.slice(p + 46, p + 46 + nameLen);
    if (lo + 30 > bytes.length || view.getUint32(lo, true) !== SIG_LOCAL) bad("Tệp ZIP bị hỏng / damaged ZIP entry");
    const lNameLen = view.getUint16(lo + 26, true);
    const lExtraLen = view.getUint16(lo + 28, true);
    const dataStart = lo + 30 + lNameLen + lExtraLen;
    if (dataStart + csize > bytes.length) bad("Tệp ZIP bị cắt cụt / truncated ZIP archive");
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: csize,
      size,
      internalAttrs: view.getUint16(p + 36, true),
      externalAttrs: view.getUint32(p + 38, true),
      centralExtra: bytes.slice(p + 46 + nameLen, p + 46 + nameLen + extraLen),
      localExtra: bytes.slice(lo + 30 + lNameLen, lo + 30 + lNameLen + lExtraLen),
      comment: bytes.slice(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + cLen),
      raw: bytes.subarray(dataStart, dataStart + csize),
    });
    p += 46 + nameLen + extraLen + cLen;
  }
  return { entries, comment: bytes.slice(eocd + 22, eocd + 22 + commentLen) };
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
  for (const e of zip.entries) {
    offsets.push(p);
    // Sizes and CRC are always in the local header, so the data-descriptor flag (bit 3) is cleared.
    const flags = e.flags & ~0x0008;
    view.setUint32(p, SIG_LOCAL, true);
    view.setUint16(p + 4, e.versionNeeded, true);
    view.setUint16(p + 6, flags, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, e.time, true);
    view.setUint16(p + 12, e.date, true);
    view.setUint32(p + 14, e.crc, true);
    view.setUint32(p + 18, e.compressedSize, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, e.nameBytes.length, true);
    view.setUint16(p + 28, e.localExtra.length, true);
    p += 30;
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
    out.set(e.localExtra, p);
    p += e.localExtra.length;
    out.set(e.raw, p);
    p += e.raw.length;
  }
  const cdStart = p;
  zip.entries.forEach((e, k) => {
    view.setUint32(p, SIG_CENTRAL, true);
    view.setUint16(p + 4, e.versionMadeBy, true);
    view.setUint16(p + 6, e.versionNeeded, true);
    view.setUint16(p + 8, e.flags & ~0x0008, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, e.time, true);
    view.setUint16(p + 14, e.date, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.compressedSize, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.nameBytes.length, true);
    view.setUint16(p + 30, e.centralExtra.length, true);
    view.setUint16(p + 32, e.comment.length, true);
    view.setUint16(p + 34, 0, true);
    view.setUint16(p + 36, e.internalAttrs, true);
    view.setUint32(p + 38, e.externalAttrs, true);
    view.setUint32(p + 42, offsets[k]!, true);
    p += 46;
    out.set(e.nameBytes, p);
    p += e.nameBytes.length;
    out.set(e.centralExtra, p);
    p += e.centralExtra.length;
    out.set(e.comment, p);
    p += e.comment.length;
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
