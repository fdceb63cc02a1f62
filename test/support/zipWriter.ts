/**
 * A tiny ZIP writer for tests: builds .docx packages (test/support/buildDocx.ts) and hand-made broken archives for
 * the zip reader's tests. Independent of src/docx/zip.ts (own CRC-32, own layout code), so round-trips mean
 * something. Deflate comes from fflate.
 *
 * Without the optional "test hook" fields the output is a plain, valid archive: entries in the given order,
 * UTF-8 names (flag bit 11 when non-ASCII), fixed timestamp 1980-01-01 00:00 so the output is deterministic.
 */
import { Deflate, deflateSync } from "fflate";

export interface ZipWriterEntry {
  name: string;
  /** Strings are written as UTF-8. */
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  method?: 0 | 8;

  // Test hooks, to craft damaged or unusual archives. Leave unset for a valid archive.
  /** Bytes written as the entry's data as-is (e.g. a hand-made deflate stream); `data` then only feeds the CRC
   *  and the declared size, unless those are overridden too. */
  rawData?: Uint8Array;
  /** Uncompressed size to declare instead of the real one. */
  declaredSize?: number;
  /** CRC-32 to declare instead of the real one. */
  crc?: number;
  /** Extra general-purpose flag bits to set (bit 0: encrypted; bit 3: data descriptor is set by the option). */
  flags?: number;
  /** Compression method number to declare instead of `method` (e.g. 12, bzip2). */
  methodNumber?: number;
  /** Extra field bytes for the local header only (makes local and central header lengths differ). */
  localExtra?: Uint8Array;
}

export interface ZipWriterOptions {
  /** Write Zip64 structures (extra fields, Zip64 EOCD record and locator) even though sizes are small. */
  zip64?: boolean;
  /** Streaming style: zero CRC/sizes in local headers, a data descriptor after each entry's data (flag bit 3). */
  dataDescriptors?: boolean;
  /** Archive comment (Latin-1 / ASCII). */
  comment?: string | Uint8Array;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** Plain byte-at-a-time CRC-32, deliberately simpler than the reader's. */
export function simpleCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A growable little-endian byte buffer. */
class Bytes {
  private buf = new Uint8Array(1024);
  private view = new DataView(this.buf.buffer);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  bytes(b: Uint8Array): this {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
    return this;
  }

  u16(v: number): this {
    this.reserve(2);
    this.view.setUint16(this.length, v & 0xffff, true);
    this.length += 2;
    return this;
  }

  u32(v: number): this {
    this.reserve(4);
    this.view.setUint32(this.length, v >>> 0, true);
    this.length += 4;
    return this;
  }

  u64(v: number): this {
    return this.u32(v % 0x100000000).u32(Math.floor(v / 0x100000000));
  }

  concat(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function extra64(values: number[]): Uint8Array {
  const b = new Bytes().u16(0x0001).u16(values.length * 8);
  for (const v of values) b.u64(v);
  return b.concat();
}

export function writeZip(entries: ZipWriterEntry[], options: ZipWriterOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const zip64 = options.zip64 ?? false;
  const dd = options.dataDescriptors ?? false;
  const out = new Bytes();
  const central = new Bytes();

  for (const e of entries) {
    const data = typeof e.data === "string" ? enc.encode(e.data) : e.data;
    const method = e.methodNumber ?? e.method ?? 8;
    const payload = e.rawData ?? (e.method === 0 ? data : deflateSync(data, { level: 6 }));
    const crc = e.crc ?? simpleCrc32(data);
    const size = e.declaredSize ?? data.length;
    const nameBytes = enc.encode(e.name);
    const ascii = nameBytes.length === e.name.length;
    const flags = (e.flags ?? 0) | (ascii ? 0 : 0x800) | (dd ? 0x8 : 0);
    const version = zip64 ? 45 : 20;
    const offset = out.length;

    const localExtra = new Bytes();
    if (zip64) localExtra.bytes(extra64(dd ? [0, 0] : [size, payload.length]));
    if (e.localExtra) localExtra.bytes(e.localExtra);
    const localExtraBytes = localExtra.concat();

    out
      .u32(0x04034b50)
      .u16(version)
      .u16(flags)
      .u16(method)
      .u16(0) // time
      .u16(0x21) // date: 1980-01-01
      .u32(dd ? 0 : crc)
      .u32(zip64 ? 0xffffffff : dd ? 0 : payload.length)
      .u32(zip64 ? 0xffffffff : dd ? 0 : size)
      .u16(nameBytes.length)
      .u16(localExtraBytes.length)
      .bytes(nameBytes)
      .bytes(localExtraBytes)
      .bytes(payload);
    if (dd) {
      out.u32(0x08074b50).u32(crc);
      if (zip64) out.u64(payload.length).u64(size);
      else out.u32(payload.length).u32(size);
    }

    const centralExtra = zip64 ? extra64([size, payload.length, offset]) : new Uint8Array(0);
    central
      .u32(0x02014b50)
      .u16(version) // made by
      .u16(version) // needed
      .u16(flags)
      .u16(method)
      .u16(0)
      .u16(0x21)
      .u32(crc)
      .u32(zip64 ? 0xffffffff : payload.length)
      .u32(zip64 ? 0xffffffff : size)
      .u16(nameBytes.length)
      .u16(centralExtra.length)
      .u16(0) // comment length
      .u16(0) // disk
      .u16(0) // internal attributes
      .u32(0) // external attributes
      .u32(zip64 ? 0xffffffff : offset)
      .bytes(nameBytes)
      .bytes(centralExtra);
  }

  const cdOffset = out.length;
  const cdSize = central.length;
  out.bytes(central.concat());
  if (zip64) {
    const recOffset = out.length;
    out
      .u32(0x06064b50)
      .u64(44) // size of the rest of the record
      .u16(45)
      .u16(45)
      .u32(0)
      .u32(0)
      .u64(entries.length)
      .u64(entries.length)
      .u64(cdSize)
      .u64(cdOffset);
    out.u32(0x07064b50).u32(0).u64(recOffset).u32(1);
  }
  const comment =
    typeof options.comment === "string"
      ? Uint8Array.from(options.comment, (c) => c.charCodeAt(0) & 0xff)
      : (options.comment ?? new Uint8Array(0));
  out
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(zip64 ? 0xffff : entries.length)
    .u16(zip64 ? 0xffff : entries.length)
    .u32(zip64 ? 0xffffffff : cdSize)
    .u32(zip64 ? 0xffffffff : cdOffset)
    .u16(comment.length)
    .bytes(comment);
  return out.concat();
}

/** Raw deflate of `total` zero bytes, streamed in small chunks so a test never holds the inflated data (zip bombs). */
export function deflatedZeros(total: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
  const zeros = new Uint8Array(64 * 1024);
  for (let left = total; left > 0; left -= zeros.length) {
    d.push(zeros.subarray(0, Math.min(zeros.length, left)), left <= zeros.length);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
