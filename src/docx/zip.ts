/**
 * A small, defensive ZIP reader for .docx (OPC) packages. Pure: no Node APIs, no DOM; runs in Node and the browser.
 *
 * What it guards against (every failure is a DocxReadError, never a raw exception):
 * - not a zip at all (empty, PDF, RTF, random bytes), old .doc / password-protected Office files (OLE containers);
 * - truncated downloads (offsets or data past the end of the file);
 * - zip encryption, compression methods other than stored/deflate;
 * - zip bombs: the declared size is checked against the limits before inflating, and the actual output is counted
 *   while inflating in small steps: a part that inflates past its (already limit-checked) declared size is stopped
 *   at once with "too-large", without ever allocating its whole output;
 * - corrupt data: inflate errors, size mismatches and CRC-32 mismatches.
 *
 * Part names are matched case-insensitively and without a leading "/" (OPC part names are case-insensitive).
 * Names are only ever used as lookup keys (nothing is written to disk), so "../x" or "/abs" are kept as-is.
 */
import { Inflate } from "fflate";
import { DocxReadError } from "./errors";

export interface ZipLimits {
  /** Maximum number of central-directory entries (directories included). */
  maxEntries: number;
  /** Maximum uncompressed size of one part, declared or actual. */
  maxPartBytes: number;
  /** Maximum uncompressed bytes read through one archive (distinct parts actually read, not declared sizes). */
  maxTotalBytes: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Defaults, sized for real documents with a wide margin while bounding memory in a browser task pane:
 * - 5,000 entries: a typical .docx has 10–50 parts, one with many pictures a few hundred.
 * - 64 MiB per part: word/document.xml of a 1,000-page text-heavy document is around 20–30 MB.
 * - 256 MiB in total: the budget counts only parts actually read (the XML parts), so large embedded media that is
 *   never read does not count; a few XML parts of this size would already strain an Office task pane.
 */
export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxEntries: 5000,
  maxPartBytes: 64 * MiB,
  maxTotalBytes: 256 * MiB,
});

export interface ZipArchive {
  /** The central directory as stored, every record (directories included): what a rewriter copies. */
  readonly directory: CentralDirectory;
  /** Entry names as stored in the archive, in central-directory order (directory entries excluded). */
  names(): string[];
  /** Case-insensitive lookup; a leading "/" is ignored. */
  has(name: string): boolean;
  /**
   * Uncompressed bytes of a part, inflated on every call (nothing is cached). Stored parts are returned as a view
   * on the input bytes (no copy): do not modify the result.
   */
  read(name: string): Uint8Array;
  /** The part decoded as text: UTF-8 (BOM stripped), or UTF-16 LE/BE when it starts with a BOM or "<?" in UTF-16. */
  readText(name: string): string;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages (Vietnamese / English)

const MSG = {
  empty: "Tệp rỗng (0 byte) / The file is empty (0 bytes)",
  notZip: "Tệp không phải là tệp .docx (không phải tệp nén ZIP) / Not a .docx file (not a ZIP archive)",
  pdf: "Tệp là tệp PDF, không phải tệp .docx / The file is a PDF, not a .docx file",
  rtf: "Tệp là tệp RTF, không phải tệp .docx; hãy lưu lại dưới dạng .docx / The file is an RTF file, not a .docx; save it as .docx",
  damaged: "Tệp nén ZIP bị hỏng (mục lục không hợp lệ) / Damaged ZIP archive (invalid central directory)",
  split: "Tệp nén ZIP bị chia thành nhiều phần, không hỗ trợ / Split (multi-part) ZIP archives are not supported",
  truncated:
    "Tệp .docx bị cắt cụt hoặc tải về chưa hết / The .docx file is truncated (cut off or incompletely downloaded)",
  encryptedZip:
    "Tệp được mã hoá (đặt mật khẩu), không đọc được; hãy gỡ mật khẩu rồi thử lại / The file is encrypted (password-protected); remove the password and try again",
  oleEncrypted:
    "Tệp .docx được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi thử lại / The .docx file is password-protected; remove the password and try again",
  oleDoc:
    "Tệp là tệp .doc cũ (Word 97–2003), không phải .docx; hãy lưu lại dưới dạng .docx / The file is an old .doc (Word 97–2003), not a .docx; save it as .docx",
  ole: "Tệp là tệp Office cũ (.doc, .xls...) hoặc tệp được bảo vệ bằng mật khẩu, không phải .docx / The file is an old Office file (.doc, .xls, ...) or a password-protected file, not a .docx",
} as const;

function formatBytes(n: number): string {
  if (n >= MiB) return `${Math.round((n / MiB) * 10) / 10} MiB`;
  if (n >= KiB) return `${Math.round((n / KiB) * 10) / 10} KiB`;
  return `${n} byte${n === 1 ? "" : "s"}`;
}

function fail(code: DocxReadError["code"], message: string, part?: string): never {
  throw new DocxReadError(code, message, part);
}

function partTooLarge(name: string, limit: number): never {
  fail(
    "too-large",
    `Phần "${name}" quá lớn khi giải nén (vượt giới hạn ${formatBytes(limit)}) / Part "${name}" is too large when uncompressed (over the ${formatBytes(limit)} limit)`,
    name,
  );
}

function totalTooLarge(name: string, limit: number): never {
  fail(
    "too-large",
    `Tổng dung lượng giải nén vượt giới hạn ${formatBytes(limit)} / Total uncompressed size exceeds the ${formatBytes(limit)} limit`,
    name,
  );
}

/** `total`: the limit in force is what is left of the archive's total budget rather than the per-part limit. */
function tooLarge(name: string, limit: number, total: boolean): never {
  if (total) totalTooLarge(name, limit);
  partTooLarge(name, limit);
}

function corruptPart(name: string, why: string, whyEn: string): never {
  fail("corrupt-part", `Phần "${name}" bị hỏng (${why}) / Part "${name}" is corrupt (${whyEn})`, name);
}

// ---------------------------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, polynomial 0xEDB88320), slice-by-8: eight table lookups per 8 input bytes.

const CRC_TABLES: Int32Array = (() => {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** CRC-32 of `data`, continuing from `crc` (the CRC of the preceding bytes, 0 to start). Unsigned result. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  const n = data.length;
  const end8 = n - (n % 8);
  for (; i < end8; i += 8) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c =
      t[1792 + (c & 0xff)]! ^
      t[1536 + ((c >>> 8) & 0xff)]! ^
      t[1280 + ((c >>> 16) & 0xff)]! ^
      t[1024 + (c >>> 24)]! ^
      t[768 + data[i + 4]!]! ^
      t[512 + data[i + 5]!]! ^
      t[256 + data[i + 6]!]! ^
      t[data[i + 7]!]!;
  }
  for (; i < n; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Format constants

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
/** EOCD record plus the longest possible comment. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
/** Deflate cannot expand more than 1032:1 (a 258-byte match in 2 bits); anything beyond is a lie. */
const MAX_DEFLATE_RATIO = 1032;
/**
 * Compressed bytes fed to the inflater per step (after a few smaller first steps). A step inflates to at most
 * ~1032× its input (16.5 MiB for a bomb), typically a few hundred KiB for XML; the size is checked after every
 * step. Smaller steps cost ~0.3 ms each in fflate's per-push overhead.
 */
const INFLATE_STEP = 16 * KiB;
const INFLATE_FIRST_STEP = 1 * KiB;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** One central-directory record as stored: what the reader looks parts up by, and what a rewriter copies. */
export interface CentralEntry {
  name: string;
  /** The name's bytes as stored (a rewriter keeps them as-is). */
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
  localOffset: number;
  /** The central record's extra fields and comment (views on the archive's bytes). */
  centralExtra: Uint8Array;
  comment: Uint8Array;
}

export interface CentralDirectory {
  entries: CentralEntry[];
  /** The archive comment (a view on the archive's bytes). */
  comment: Uint8Array;
  /** Whether the directory or an entry needed Zip64 records (sizes or offsets beyond 32 bits). */
  zip64: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Small byte helpers

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  const last = hay.length - needle.length;
  let i = hay.indexOf(first);
  while (i !== -1 && i <= last) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
    i = hay.indexOf(first, i + 1);
  }
  return -1;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >>> 8;
  }
  return out;
}

/** 64-bit little-endian unsigned as a number; values beyond 2^53 become Infinity (they fail every range check). */
function u64(view: DataView, off: number): number {
  const lo = view.getUint32(off, true);
  const hi = view.getUint32(off + 4, true);
  if (hi > 0x1fffff) return Infinity;
  return hi * 0x100000000 + lo;
}

const decoders = new Map<string, TextDecoder>();
function decoder(label: "utf-8" | "utf-16le", fatal: boolean): TextDecoder {
  const key = `${label}:${fatal}`;
  let d = decoders.get(key);
  if (!d) {
    d = new TextDecoder(label, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

function decodeName(raw: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return String.fromCharCode(...raw);
  // UTF-8 (flag bit 11, or what every modern writer emits anyway); old CP437 names fall back to Latin-1.
  try {
    return decoder("utf-8", true).decode(raw);
  } catch {
    let s = "";
    for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]!);
    return s;
  }
}

function partKey(name: string): string {
  let i = 0;
  while (i < name.length && name.charCodeAt(i) === 0x2f /* / */) i++;
  return name.slice(i).toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// Not-a-zip diagnostics

function oleError(bytes: Uint8Array): never {
  // A password-protected .docx is an OLE compound file with an "EncryptedPackage" stream; an old .doc has a
  // "WordDocument" stream. Directory entry names are stored as UTF-16LE.
  if (indexOfBytes(bytes, utf16le("EncryptedPackage")) !== -1) fail("encrypted", MSG.oleEncrypted);
  if (indexOfBytes(bytes, utf16le("WordDocument")) !== -1) fail("not-docx", MSG.oleDoc);
  fail("not-docx", MSG.ole);
}

function notZipError(bytes: Uint8Array): never {
  // "%PDF", "{\rtf"
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) fail("not-zip", MSG.pdf);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) fail("not-zip", MSG.rtf);
  // Starts like a zip (local header or empty-archive EOCD) but has no end record: the tail is missing.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    fail("truncated", MSG.truncated);
  }
  fail("not-zip", MSG.notZip);
}

/**
 * Position of the End Of Central Directory record, searching backwards over the last 65,557 bytes. A record whose
 * comment ends exactly at the end of the file is preferred (an "EOCD" signature can occur inside a comment);
 * otherwise the last record whose comment fits (tolerates trailing garbage). -1 when there is none.
 */
function findEocd(bytes: Uint8Array, view: DataView): number {
  const len = bytes.length;
  if (len < EOCD_SIZE) return -1;
  const min = Math.max(0, len - EOCD_SEARCH);
  let fallback = -1;
  for (let i = bytes.lastIndexOf(0x50, len - EOCD_SIZE); i >= min; i = i > 0 ? bytes.lastIndexOf(0x50, i - 1) : -1) {
    if (view.getUint32(i, true) !== SIG_EOCD) continue;
    const end = i + EOCD_SIZE + view.getUint16(i + 20, true);
    if (end === len) return i;
    if (end < len && fallback === -1) fallback = i;
  }
  return fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// Central directory

interface Directory {
  count: number;
  offset: number;
  size: number;
  zip64: boolean;
}

function readDirectory(view: DataView, eocd: number): Directory {
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);

  const loc = eocd - 20;
  let zip64 = false;
  if (loc >= 0 && view.getUint32(loc, true) === SIG_ZIP64_LOCATOR) {
    // Zip64: the real values are in the Zip64 EOCD record the locator points at.
    const recOffset = u64(view, loc + 8);
    if (recOffset + 56 > loc) fail("truncated", MSG.truncated);
    if (view.getUint32(recOffset, true) !== SIG_ZIP64_EOCD) fail("not-zip", MSG.damaged);
    if (view.getUint32(recOffset + 16, true) !== 0 || view.getUint32(recOffset + 20, true) !== 0) {
      fail("not-zip", MSG.split);
    }
    count = u64(view, recOffset + 32);
    size = u64(view, recOffset + 40);
    offset = u64(view, recOffset + 48);
    zip64 = true;
  } else if (disk !== 0 || cdDisk !== 0) {
    fail("not-zip", MSG.split);
  }
  return { count, offset, size, zip64 };
}

function readEntries(
  bytes: Uint8Array,
  view: DataView,
  dir: Directory,
  limits: ZipLimits,
): { entries: CentralEntry[]; zip64: boolean } {
  if (dir.count > limits.maxEntries) {
    fail(
      "too-many-parts",
      `Tệp có quá nhiều phần (${dir.count}, tối đa ${limits.maxEntries}) / Too many parts in the package (${dir.count}, at most ${limits.maxEntries})`,
    );
  }
  const len = bytes.length;
  const end = dir.offset + dir.size;
  if (end > len) fail("truncated", MSG.truncated);
  if (dir.count * CENTRAL_SIZE > dir.size) fail("not-zip", MSG.damaged);

  const entries: CentralEntry[] = [];
  let zip64 = dir.zip64;
  let p = dir.offset;
  for (let n = 0; n < dir.count; n++) {
    if (p + CENTRAL_SIZE > end) fail("not-zip", MSG.damaged);
    if (view.getUint32(p, true) !== SIG_CENTRAL) fail("not-zip", MSG.damaged);
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    const nameStart = p + CENTRAL_SIZE;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > end) fail("not-zip", MSG.damaged);

    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // Zip64 extended information extra field (0x0001): only the saturated fields, in this order.
      let q = extraStart;
      const extraEnd = extraStart + extraLen;
      let found = false;
      while (q + 4 <= extraEnd) {
        const id = view.getUint16(q, true);
        const dataLen = view.getUint16(q + 2, true);
        const dataEnd = q + 4 + dataLen;
        if (dataEnd > extraEnd) break;
        if (id === 0x0001) {
          let f = q + 4;
          const take = (): number => {
            if (f + 8 > dataEnd) fail("not-zip", MSG.damaged);
            const v = u64(view, f);
            f += 8;
            return v;
          };
          if (size === 0xffffffff) size = take();
          if (compressedSize === 0xffffffff) compressedSize = take();
          if (localOffset === 0xffffffff) localOffset = take();
          found = true;
          break;
        }
        q = dataEnd;
      }
      if (!found) fail("not-zip", MSG.damaged);
      zip64 = true;
    }

    const nameBytes = bytes.subarray(nameStart, extraStart);
    const name = decodeName(nameBytes);
    if (flags & 1) fail("encrypted", MSG.encryptedZip, name);
    entries.push({
      name,
      nameBytes,
      versionMadeBy: view.getUint16(p + 4, true),
      versionNeeded: view.getUint16(p + 6, true),
      flags,
      method,
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc,
      compressedSize,
      size,
      internalAttrs: view.getUint16(p + 36, true),
      externalAttrs: view.getUint32(p + 38, true),
      localOffset,
      centralExtra: bytes.subarray(extraStart, extraStart + extraLen),
      comment: bytes.subarray(extraStart + extraLen, next),
    });
    p = next;
  }
  return { entries, zip64 };
}

function resolveLimits(limits: Partial<ZipLimits> | undefined): ZipLimits {
  return {
    maxEntries: limits?.maxEntries ?? DEFAULT_ZIP_LIMITS.maxEntries,
    maxPartBytes: limits?.maxPartBytes ?? DEFAULT_ZIP_LIMITS.maxPartBytes,
    maxTotalBytes: limits?.maxTotalBytes ?? DEFAULT_ZIP_LIMITS.maxTotalBytes,
  };
}

/**
 * The archive's central directory, every record as stored, within the entry limit; undefined when the bytes have no
 * end-of-directory record at all (not a zip: the caller says what the file is instead). The one parser of the
 * directory: the reader (openZip) and the rewriter (zip-write.ts) both start here.
 */
export function readCentralDirectory(bytes: Uint8Array, limits?: Partial<ZipLimits>): CentralDirectory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd === -1) return undefined;
  const { entries, zip64 } = readEntries(bytes, view, readDirectory(view, eocd), resolveLimits(limits));
  const comment = bytes.subarray(eocd + EOCD_SIZE, eocd + EOCD_SIZE + view.getUint16(eocd + 20, true));
  return { entries, comment, zip64 };
}

/** An entry's local header extra fields and its data as stored (compressed for method 8): views on `bytes`. */
export function storedData(bytes: Uint8Array, e: CentralEntry): { localExtra: Uint8Array; raw: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  const lo = e.localOffset;
  if (lo + LOCAL_SIZE > len) fail("truncated", MSG.truncated, e.name);
  if (view.getUint32(lo, true) !== SIG_LOCAL) {
    corruptPart(e.name, "không tìm thấy đầu mục", "local header not found");
  }
  // The local header's name/extra lengths may differ from the central directory's: use the local ones.
  const extraStart = lo + LOCAL_SIZE + view.getUint16(lo + 26, true);
  const dataStart = extraStart + view.getUint16(lo + 28, true);
  if (dataStart + e.compressedSize > len) fail("truncated", MSG.truncated, e.name);
  return {
    localExtra: bytes.subarray(extraStart, dataStart),
    raw: bytes.subarray(dataStart, dataStart + e.compressedSize),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Part data

/**
 * Inflates `comp`, which must produce exactly `declared` bytes. The caller has checked `declared` against the part
 * limit and the remaining total budget, so stopping as soon as the output passes `declared` also enforces those
 * limits on the actual size: a part that lies about its size (a zip bomb) is stopped within one step, having
 * allocated only its declared size plus one step's output (at most ~16 MiB).
 */
function inflateBounded(comp: Uint8Array, declared: number, name: string): Uint8Array {
  if (declared > comp.length * MAX_DEFLATE_RATIO + 64 * KiB) {
    corruptPart(name, "kích thước khai báo không thể có", "impossible declared size");
  }
  const out = new Uint8Array(declared);
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    const next = produced + chunk.length;
    if (next > declared) {
      fail(
        "too-large",
        `Phần "${name}" giải nén ra lớn hơn kích thước đã khai báo (${formatBytes(declared)}), có thể là "bom nén" / Part "${name}" inflates to more than its declared size (${formatBytes(declared)}), possibly a zip bomb`,
        name,
      );
    }
    out.set(chunk, produced);
    produced = next;
  });
  try {
    if (comp.length === 0) inflater.push(comp, true);
    // Steps of 1, 2, 4, 8, then 16 KiB: a bomb declaring a tiny size is caught after at most ~1 MiB of output.
    for (let off = 0, step = INFLATE_FIRST_STEP; off < comp.length; step = Math.min(step * 2, INFLATE_STEP)) {
      const stop = Math.min(off + step, comp.length);
      inflater.push(comp.subarray(off, stop), stop === comp.length);
      off = stop;
    }
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    corruptPart(name, "dữ liệu nén không hợp lệ", "invalid deflate data");
  }
  if (produced !== declared) corruptPart(name, "sai kích thước", "size mismatch");
  return out;
}

function inflateNative(inflateRaw: InflateRaw, comp: Uint8Array, declared: number, name: string): Uint8Array {
  if (declared > comp.length * MAX_DEFLATE_RATIO + 64 * KiB) {
    corruptPart(name, "kích thước khai báo không thể có", "impossible declared size");
  }
  let out: Uint8Array;
  try {
    // One byte more than declared: a part that inflates past its declared size is stopped right there.
    out = inflateRaw(comp, declared + 1);
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      fail(
        "too-large",
        `Phần "${name}" giải nén ra lớn hơn kích thước đã khai báo (${formatBytes(declared)}), có thể là "bom nén" / Part "${name}" inflates to more than its declared size (${formatBytes(declared)}), possibly a zip bomb`,
        name,
      );
    }
    corruptPart(name, "dữ liệu nén không hợp lệ", "invalid deflate data");
  }
  if (out.length !== declared) corruptPart(name, "sai kích thước", "size mismatch");
  return out;
}

function decodeText(data: Uint8Array, name: string): string {
  const b0 = data[0];
  const b1 = data[1];
  let label: "utf-8" | "utf-16le" = "utf-8";
  let body = data;
  let swap = false;
  if (b0 === 0xef && b1 === 0xbb && data[2] === 0xbf) {
    body = data.subarray(3);
  } else if (b0 === 0xff && b1 === 0xfe) {
    label = "utf-16le";
    body = data.subarray(2);
  } else if (b0 === 0xfe && b1 === 0xff) {
    label = "utf-16le";
    body = data.subarray(2);
    swap = true;
  } else if (b0 === 0x3c && b1 === 0x00 && data[2] === 0x3f && data[3] === 0x00) {
    label = "utf-16le"; // "<?" in UTF-16LE without a BOM
  } else if (b0 === 0x00 && b1 === 0x3c && data[2] === 0x00 && data[3] === 0x3f) {
    label = "utf-16le"; // "<?" in UTF-16BE without a BOM
    swap = true;
  }
  if (swap) {
    // UTF-16BE: swap to LE (TextDecoder's "utf-16be" needs ICU in some runtimes; "utf-16le" is always there).
    const le = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      le[i] = body[i + 1]!;
      le[i + 1] = body[i]!;
    }
    if (body.length % 2) le[body.length - 1] = body[body.length - 1]!;
    body = le;
  }
  try {
    return decoder(label, true).decode(body);
  } catch {
    const enc = label === "utf-8" ? "UTF-8" : "UTF-16";
    corruptPart(name, `văn bản ${enc} không hợp lệ`, `invalid ${enc} text`);
  }
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * A raw-deflate decoder supplied by the host (the CLI passes Node's native zlib). It must throw when the output
 * would pass `maxOutput` bytes; the reader then reports "too-large". Without one, fflate's streaming inflater is used.
 * The host's CRC-32 comes with it when it has one (`crc32`, Node's own since 20.15): checking a Word body's 1.5 MB in
 * JavaScript took 3 ms of a cold `ketluan check`.
 */
export type InflateRaw = ((compressed: Uint8Array, maxOutput: number) => Uint8Array) & {
  crc32?: (data: Uint8Array) => number;
};

export function openZip(bytes: Uint8Array, limits?: Partial<ZipLimits>, inflateRaw?: InflateRaw): ZipArchive {
  const lim = resolveLimits(limits);
  const crcOf = inflateRaw?.crc32 ?? crc32;
  if (bytes.length === 0) fail("empty", MSG.empty);
  if (startsWith(bytes, OLE_SIGNATURE)) oleError(bytes);

  const directory = readCentralDirectory(bytes, lim) ?? notZipError(bytes);

  const byKey = new Map<string, CentralEntry>();
  const names: string[] = [];
  for (const e of directory.entries) {
    if (e.name.endsWith("/") && e.size === 0) continue; // directory entry, not a part
    const key = partKey(e.name);
    if (byKey.has(key)) {
      fail(
        "corrupt-part",
        `Tên phần "${e.name}" bị trùng trong tệp / Duplicate part name "${e.name}" in the package`,
        e.name,
      );
    }
    byKey.set(key, e);
    names.push(e.name);
  }

  /** Actual uncompressed sizes of the distinct parts read so far, for the total budget. */
  const readSizes = new Map<string, number>();
  let totalRead = 0;

  const read = (name: string): Uint8Array => {
    const key = partKey(name);
    const e = byKey.get(key);
    if (!e) {
      fail("missing-part", `Không tìm thấy phần "${name}" trong tệp / Part "${name}" not found in the package`, name);
    }
    const budget = lim.maxTotalBytes - (totalRead - (readSizes.get(key) ?? 0));
    const total = budget < lim.maxPartBytes;
    const limit = Math.max(0, Math.min(lim.maxPartBytes, budget));
    if (e.size > limit) tooLarge(e.name, limit, total);

    const comp = storedData(bytes, e).raw;

    let data: Uint8Array;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) corruptPart(e.name, "sai kích thước", "size mismatch");
      data = comp;
    } else if (e.method === 8) {
      data =
        inflateRaw === undefined
          ? inflateBounded(comp, e.size, e.name)
          : inflateNative(inflateRaw, comp, e.size, e.name);
    } else {
      fail(
        "unsupported-compression",
        `Phần "${e.name}" dùng kiểu nén không được hỗ trợ (${e.method}) / Part "${e.name}" uses an unsupported compression method (${e.method})`,
        e.name,
      );
    }
    if (crcOf(data) !== e.crc) corruptPart(e.name, "sai mã kiểm tra CRC", "CRC mismatch");

    totalRead += data.length - (readSizes.get(key) ?? 0);
    readSizes.set(key, data.length);
    return data;
  };

  return {
    directory,
    names: () => names.slice(),
    has: (name) => byKey.has(partKey(name)),
    read,
    readText: (name) => decodeText(read(name), byKey.get(partKey(name))!.name),
  };
}
