import { deflateRawSync, constants as zlibConstants } from "node:zlib";
import * as fflate from "fflate";
import { strToU8, unzipSync, zipSync } from "fflate";
import { DocxReadError, type DocxErrorCode } from "../../src/docx/errors";
import { crc32, DEFAULT_ZIP_LIMITS, openZip, type ZipLimits } from "../../src/docx/zip";
import { nodeInflateRaw } from "../../src/cli/io";
import { simpleCrc32, writeZip, type ZipWriterEntry } from "../support/zipWriter";

const enc = new TextEncoder();

/** Runs `fn` and returns the DocxReadError it throws; fails the test on success or on any other exception. */
function readError(fn: () => unknown): DocxReadError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw new Error(`expected a DocxReadError, got ${String(e)}`);
  }
  throw new Error("expected a DocxReadError, nothing was thrown");
}

function openAndReadAll(bytes: Uint8Array, limits?: Partial<ZipLimits>): void {
  const zip = openZip(bytes, limits);
  for (const name of zip.names()) zip.read(name);
}

/** Deterministic pseudo-random bytes (xorshift32). */
function pseudoRandom(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Byte equality without jest's slow element-by-element diff of typed arrays; reports the first difference. */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  const i = actual.findIndex((b, k) => b !== expected[k]);
  expect(i === -1 ? "equal" : `first difference at byte ${i}`).toBe("equal");
}

function findSignature(bytes: Uint8Array, sig: number, from = 0): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = from; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === sig) return i;
  return -1;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document>Ủy ban nhân dân tỉnh</w:document>';
const CONTENT = {
  "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
  "word/document.xml": XML.repeat(50),
  "word/media/image1.png": pseudoRandom(5000, 7),
  "docProps/app.xml": "",
};

function bytesOf(v: string | Uint8Array): Uint8Array {
  return typeof v === "string" ? enc.encode(v) : v;
}

describe("crc32", () => {
  it.each([
    ["", 0],
    ["a", 0xe8b7be43],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("crc32(%j)", (s, expected) => {
    expect(crc32(enc.encode(s))).toBe(expected);
  });

  it("matches a plain byte-wise CRC at every length and alignment, and continues across chunks", () => {
    const data = pseudoRandom(1000, 42);
    for (let len = 0; len < 40; len++) {
      for (let start = 0; start < 9; start++) {
        const slice = data.subarray(start, start + len);
        expect(crc32(slice)).toBe(simpleCrc32(slice));
      }
    }
    expect(crc32(data.subarray(300), crc32(data.subarray(0, 300)))).toBe(simpleCrc32(data));
  });
});

describe("openZip: valid archives", () => {
  const fflateZip = (level: 0 | 6) =>
    zipSync(Object.fromEntries(Object.entries(CONTENT).map(([k, v]) => [k, [bytesOf(v), { level }]])));
  const ownZip = (method: 0 | 8, options = {}) =>
    writeZip(
      Object.entries(CONTENT).map(([name, data]) => ({ name, data, method })),
      options,
    );

  it.each<[string, () => Uint8Array]>([
    ["fflate zipSync, deflated", () => fflateZip(6)],
    ["fflate zipSync, stored", () => fflateZip(0)],
    ["test writer, deflated", () => ownZip(8)],
    ["test writer, stored", () => ownZip(0)],
    ["test writer, data descriptors", () => ownZip(8, { dataDescriptors: true })],
    ["test writer, Zip64", () => ownZip(8, { zip64: true })],
    ["test writer, Zip64 + data descriptors", () => ownZip(0, { zip64: true, dataDescriptors: true })],
    ["test writer, archive comment", () => ownZip(8, { comment: "made by a test" })],
    ["comment containing an EOCD signature", () => ownZip(8, { comment: "x PK\x05\x06 and more text after it" })],
  ])("round-trips: %s", (_label, build) => {
    const zip = openZip(build());
    expect(zip.names()).toEqual(Object.keys(CONTENT));
    for (const [name, data] of Object.entries(CONTENT)) {
      expect(zip.has(name)).toBe(true);
      expectSameBytes(zip.read(name), bytesOf(data));
    }
    expect(zip.readText("word/document.xml")).toBe(CONTENT["word/document.xml"]);
    expect(zip.readText("docProps/app.xml")).toBe("");
  });

  it("reads a hand-crafted stored entry byte by byte", () => {
    const name = enc.encode("a.txt");
    const data = enc.encode("xin chào");
    const crc = simpleCrc32(data);
    const u16 = (v: number) => [v & 0xff, v >>> 8];
    const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24];
    const local = [0x50, 0x4b, 3, 4, ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0)];
    local.push(...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0));
    local.push(...name, ...data);
    const cd = [0x50, 0x4b, 1, 2, ...u16(10), ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0)];
    cd.push(...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(name.length));
    cd.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...name);
    const eocd = [0x50, 0x4b, 5, 6, ...u16(0), ...u16(0), ...u16(1), ...u16(1)];
    eocd.push(...u32(cd.length), ...u32(local.length), ...u16(0));
    const zip = openZip(Uint8Array.from([...local, ...cd, ...eocd]));
    expect(zip.names()).toEqual(["a.txt"]);
    expect(zip.readText("a.txt")).toBe("xin chào");
  });

  it("uses the local header's own name/extra lengths to find the data", () => {
    const bytes = writeZip([{ name: "word/document.xml", data: XML, localExtra: new Uint8Array(37).fill(9) }]);
    expect(openZip(bytes).readText("word/document.xml")).toBe(XML);
  });

  it("reads an archive that sits inside a larger buffer (non-zero byteOffset)", () => {
    const inner = writeZip([{ name: "x.xml", data: XML }]);
    const outer = new Uint8Array(inner.length + 100);
    outer.set(inner, 50);
    expect(openZip(outer.subarray(50, 50 + inner.length)).readText("x.xml")).toBe(XML);
  });

  it.each([
    ["word/document.xml", true],
    ["WORD/DOCUMENT.XML", true],
    ["/word/document.xml", true],
    ["Word/Document.Xml", true],
    ["word/document.xm", false],
    ["document.xml", false],
  ])("looks names up case-insensitively, without a leading '/': %s → %s", (query, found) => {
    const zip = openZip(writeZip([{ name: "Word/Document.XML", data: XML }]));
    expect(zip.names()).toEqual(["Word/Document.XML"]);
    expect(zip.has(query)).toBe(found);
    if (found) expect(zip.readText(query)).toBe(XML);
    else expect(readError(() => zip.read(query)).code).toBe("missing-part");
  });

  it("keeps odd names ('..', absolute, non-ASCII) as-is, skips directory entries", () => {
    const zip = openZip(
      writeZip([
        { name: "word/", data: "", method: 0 },
        { name: "../evil.xml", data: "a" },
        { name: "/abs/part.xml", data: "b" },
        { name: "tài liệu/ảnh.png", data: "c" },
      ]),
    );
    expect(zip.names()).toEqual(["../evil.xml", "/abs/part.xml", "tài liệu/ảnh.png"]);
    expect(zip.readText("abs/part.xml")).toBe("b");
    expect(zip.readText("TÀI LIỆU/ẢNH.PNG")).toBe("c");
  });

  it("returns stored parts as views on the input (no copy)", () => {
    const bytes = writeZip([{ name: "a.bin", data: pseudoRandom(1000, 3), method: 0 }]);
    const data = openZip(bytes).read("a.bin");
    expect(data.buffer).toBe(bytes.buffer);
  });

  it.each<[string, Uint8Array, string]>([
    ["UTF-8", enc.encode("<?xml?><a>Đảng bộ</a>"), "<?xml?><a>Đảng bộ</a>"],
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode("<a>Đảng</a>")]), "<a>Đảng</a>"],
    ["UTF-16LE with BOM", Uint8Array.from([0xff, 0xfe, ...Buffer.from("<a>Đảng</a>", "utf16le")]), "<a>Đảng</a>"],
    [
      "UTF-16BE with BOM",
      Uint8Array.from([0xfe, 0xff, ...Buffer.from("<a>Đảng</a>", "utf16le").swap16()]),
      "<a>Đảng</a>",
    ],
    ["UTF-16LE without BOM", Uint8Array.from(Buffer.from("<?xml?><a>Đ</a>", "utf16le")), "<?xml?><a>Đ</a>"],
    ["UTF-16BE without BOM", Uint8Array.from(Buffer.from("<?xml?><a>Đ</a>", "utf16le").swap16()), "<?xml?><a>Đ</a>"],
  ])("readText decodes %s", (_label, data, text) => {
    expect(openZip(writeZip([{ name: "p.xml", data }])).readText("p.xml")).toBe(text);
  });

  it("readText rejects invalid UTF-8 as corrupt-part", () => {
    const zip = openZip(writeZip([{ name: "p.xml", data: Uint8Array.from([0x3c, 0x61, 0xff, 0xfe, 0x3e]) }]));
    const err = readError(() => zip.readText("p.xml"));
    expect(err.code).toBe("corrupt-part");
    expect(err.part).toBe("p.xml");
  });

  it("reads every part of a 2 MB docx-sized archive intact (speed is measured in npm run bench)", () => {
    const paragraph = (i: number) =>
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Đoạn ${i}: Thực hiện Kết luận số 125-KL/TU của Ban Chấp hành Đảng bộ tỉnh</w:t></w:r></w:p>`;
    const xml = `<w:document><w:body>${Array.from({ length: 8000 }, (_, i) => paragraph(i)).join("")}</w:body></w:document>`;
    const image = pseudoRandom(1_800_000, 11);
    const bytes = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: xml },
      { name: "word/styles.xml", data: "<w:styles/>".repeat(2000) },
      { name: "word/media/image1.jpeg", data: image, method: 0 },
    ]);
    expect(bytes.length).toBeGreaterThan(1_800_000);
    const zip = openZip(bytes);
    expect(zip.readText("word/document.xml")).toBe(xml);
    expect(zip.readText("word/styles.xml")).toBe("<w:styles/>".repeat(2000));
    expect(zip.read("word/media/image1.jpeg")).toEqual(image);
  });
});

describe("openZip: inputs that are not a (complete) .docx", () => {
  const valid = writeZip([
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "word/document.xml", data: XML.repeat(20) },
  ]);

  const ole = (extra: Uint8Array) => {
    const b = new Uint8Array(4096);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(extra, 1024);
    return b;
  };
  const u16le = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le"));

  it.each<[string, Uint8Array, DocxErrorCode, RegExp]>([
    ["empty bytes", new Uint8Array(0), "empty", /empty/],
    ["random bytes", pseudoRandom(10_000, 1), "not-zip", /not a ZIP/],
    ["a few random bytes", pseudoRandom(5, 2), "not-zip", /not a ZIP/],
    ["a PDF", enc.encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), "not-zip", /PDF/],
    ["an RTF file", enc.encode("{\\rtf1\\ansi Xin chào}"), "not-zip", /RTF/],
    ["plain text", enc.encode("Kết luận số 125-KL/TU"), "not-zip", /Tệp không phải là tệp \.docx/],
    ["an OLE file with EncryptedPackage", ole(u16le("EncryptedPackage")), "encrypted", /password-protected/],
    ["an OLE file with WordDocument (.doc)", ole(u16le("WordDocument")), "not-docx", /old \.doc/],
    ["another OLE file", ole(u16le("Workbook")), "not-docx", /old Office file.*password-protected/],
  ])("%s → %s", (_label, bytes, code, message) => {
    const err = readError(() => openZip(bytes));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(" / "); // bilingual
  });

  it.each([4, 30, 100, Math.floor(valid.length / 2), valid.length - 30, valid.length - 22, valid.length - 1])(
    "a zip cut to %i bytes → truncated",
    (cut) => {
      expect(readError(() => openAndReadAll(valid.slice(0, cut))).code).toBe("truncated");
    },
  );

  it("never throws anything but a DocxReadError for any cut point", () => {
    for (let cut = 1; cut < valid.length; cut += 7) {
      try {
        openAndReadAll(valid.slice(0, cut));
      } catch (e) {
        expect(e).toBeInstanceOf(DocxReadError);
      }
    }
  });

  it("central directory past the end of the file (data cut, end record kept) → truncated", () => {
    const eocd = valid.slice(valid.length - 22);
    const damaged = new Uint8Array(200 + 22);
    damaged.set(valid.subarray(0, 200));
    damaged.set(eocd, 200);
    expect(readError(() => openZip(damaged)).code).toBe("truncated");
  });

  it("local header offset past the end → truncated, with the part name", () => {
    const bytes = writeZip([{ name: "word/document.xml", data: XML }]);
    const cd = findSignature(bytes, 0x02014b50);
    new DataView(bytes.buffer).setUint32(cd + 42, bytes.length + 10, true);
    const err = readError(() => openZip(bytes).read("word/document.xml"));
    expect(err.code).toBe("truncated");
    expect(err.part).toBe("word/document.xml");
  });

  it("compressed size past the end → truncated", () => {
    const bytes = writeZip([{ name: "word/document.xml", data: XML }]);
    const cd = findSignature(bytes, 0x02014b50);
    new DataView(bytes.buffer).setUint32(cd + 20, bytes.length, true);
    expect(readError(() => openZip(bytes).read("word/document.xml")).code).toBe("truncated");
  });

  it("survives random corruption: every failure is a DocxReadError", () => {
    const rnd = pseudoRandom(4000, 99);
    let failures = 0;
    for (let round = 0; round < 500; round++) {
      const bytes = valid.slice();
      for (let k = 0; k < 3; k++) {
        const pos = ((rnd[round * 6 + 2 * k]! << 8) | rnd[round * 6 + 2 * k + 1]!) % bytes.length;
        bytes[pos] = rnd[(round * 7 + k) % rnd.length]!;
      }
      try {
        openAndReadAll(bytes);
      } catch (e) {
        if (!(e instanceof DocxReadError)) throw e;
        failures++;
      }
    }
    expect(failures).toBeGreaterThan(0);
  });
});

describe("openZip: damaged or hostile entries", () => {
  const one = (entry: Partial<ZipWriterEntry>, limits?: Partial<ZipLimits>) => {
    const zip = openZip(writeZip([{ name: "word/document.xml", data: XML, ...entry }]), limits);
    return readError(() => zip.read("word/document.xml"));
  };

  it.each<[string, DocxErrorCode, Partial<ZipWriterEntry>]>([
    ["wrong CRC (deflated)", "corrupt-part", { crc: 0x12345678 }],
    ["wrong CRC (stored)", "corrupt-part", { method: 0, crc: 0x12345678 }],
    ["declared size larger than actual", "corrupt-part", { declaredSize: XML.length + 900 }],
    ["inflates past its declared size", "too-large", { declaredSize: 10 }],
    ["stored, sizes disagree", "corrupt-part", { method: 0, declaredSize: 3 }],
    ["garbage instead of deflate data", "corrupt-part", { rawData: pseudoRandom(300, 5) }],
    [
      "deflate stream cut short",
      "corrupt-part",
      { rawData: deflateRawSync(enc.encode(XML.repeat(10))).subarray(0, 40) },
    ],
    ["impossible declared size", "corrupt-part", { declaredSize: 50 * 1024 * 1024 }],
    ["bzip2 (method 12)", "unsupported-compression", { methodNumber: 12 }],
    ["declared size over the part limit", "too-large", { declaredSize: 65 * 1024 * 1024 }],
  ])("%s → %s", (_label, code, entry) => {
    const e = one(entry);
    expect(e.code).toBe(code);
    expect(e.part).toBe("word/document.xml");
  });

  // The command line reads with Node's zlib: its inflater and, on Node 20.15 and later, its CRC-32.
  it.each<[string, DocxErrorCode, Partial<ZipWriterEntry>]>([
    ["wrong CRC (deflated)", "corrupt-part", { crc: 0x12345678 }],
    ["wrong CRC (stored)", "corrupt-part", { method: 0, crc: 0x12345678 }],
    ["inflates past its declared size", "too-large", { declaredSize: 10 }],
    ["garbage instead of deflate data", "corrupt-part", { rawData: pseudoRandom(300, 5) }],
  ])("%s → %s, read with Node's zlib", (_label, code, entry) => {
    const zip = openZip(writeZip([{ name: "word/document.xml", data: XML, ...entry }]), undefined, nodeInflateRaw);
    const e = readError(() => zip.read("word/document.xml"));
    expect(e.code).toBe(code);
    expect(e.part).toBe("word/document.xml");
  });

  it("Node's CRC-32, when it has one, is the reader's at every length and alignment", () => {
    const data = pseudoRandom(1000, 7);
    const host = nodeInflateRaw.crc32 ?? crc32;
    for (let len = 0; len < 40; len++)
      for (let start = 0; start < 9; start++)
        expect(host(data.subarray(start, start + len))).toBe(crc32(data.subarray(start, start + len)));
    expect(host(data)).toBe(simpleCrc32(data));
    const zip = openZip(writeZip([{ name: "word/document.xml", data: XML }]), undefined, nodeInflateRaw);
    expect(new TextDecoder().decode(zip.read("word/document.xml"))).toBe(XML);
  });

  it("a CRC mismatch from a flipped data byte → corrupt-part", () => {
    const bytes = writeZip([{ name: "word/document.xml", data: XML, method: 0 }]);
    bytes[30 + "word/document.xml".length + 5]! ^= 0x01;
    const err = readError(() => openZip(bytes).read("word/document.xml"));
    expect(err.code).toBe("corrupt-part");
    expect(err.message).toMatch(/CRC/);
  });

  it("encrypted flag (bit 0) → encrypted, at open", () => {
    const bytes = writeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: XML, flags: 1 },
    ]);
    const err = readError(() => openZip(bytes));
    expect(err.code).toBe("encrypted");
    expect(err.message).toMatch(/mật khẩu.*password/);
  });

  it("duplicate part names (case-insensitive) → corrupt-part", () => {
    const bytes = writeZip([
      { name: "word/document.xml", data: "a" },
      { name: "Word/Document.xml", data: "b" },
    ]);
    expect(readError(() => openZip(bytes)).code).toBe("corrupt-part");
  });

  it.each([
    [{ maxEntries: 3 }, 4, "too-many-parts"],
    [{ maxEntries: 4 }, 4, null],
    [{}, DEFAULT_ZIP_LIMITS.maxEntries + 1, "too-many-parts"],
  ])("limits %j with %i entries → %s", (limits, count, code) => {
    const bytes = writeZip(
      Array.from({ length: count }, (_, i) => ({ name: `p${i}.xml`, data: "x", method: 0 as const })),
    );
    if (code) expect(readError(() => openZip(bytes, limits)).code).toBe(code);
    else expect(openZip(bytes, limits).names()).toHaveLength(count);
  });

  it("declared size over a custom part limit → too-large before inflating", () => {
    const err = one({}, { maxPartBytes: 100 });
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/100 bytes/);
  });

  it("counts the total budget over distinct parts read, not re-reads", () => {
    const data = "x".repeat(1000);
    const zip = openZip(
      writeZip([
        { name: "a.xml", data },
        { name: "b.xml", data },
        { name: "c.xml", data },
      ]),
      { maxTotalBytes: 2500 },
    );
    zip.read("a.xml");
    zip.read("a.xml");
    zip.read("A.XML");
    zip.read("b.xml");
    const err = readError(() => zip.read("c.xml"));
    expect(err.code).toBe("too-large");
    expect(err.message).toMatch(/Total/);
    expect(zip.read("b.xml")).toHaveLength(1000); // already counted
  });

  describe("deflate bomb: 300 MiB of zeros in ~300 KiB", () => {
    const MiB = 1024 * 1024;
    // 1 MiB of zeros, sync-flushed so it ends byte-aligned on a non-final block: copies can be concatenated.
    const piece = deflateRawSync(new Uint8Array(MiB), { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const bomb = new Uint8Array(piece.length * 300 + 2);
    for (let i = 0; i < 300; i++) bomb.set(piece, i * piece.length);
    bomb.set([0x03, 0x00], piece.length * 300); // final empty fixed-Huffman block
    const withDeclaredSize = (declaredSize: number) =>
      writeZip([{ name: "word/document.xml", data: "", rawData: bomb, declaredSize, crc: 0 }]);

    let pushed: number[] = [];
    let spy: jest.SpyInstance | undefined;
    beforeEach(() => {
      pushed = [];
      const original = fflate.Inflate.prototype.push;
      spy = jest.spyOn(fflate.Inflate.prototype, "push").mockImplementation(function (
        this: fflate.Inflate,
        chunk,
        final,
      ) {
        pushed.push(chunk.length);
        original.call(this, chunk, final);
      });
    });
    afterEach(() => spy?.mockRestore());

    it("is small on disk", () => {
      expect(bomb.length).toBeLessThan(400 * 1024);
    });

    it.each<[string, number, Partial<ZipLimits>, number]>([
      ["declared 1 KiB", 1024, {}, 1],
      ["declared 3 MiB", 3 * MiB, {}, 3],
      ["declared 3 MiB, part limit 4 MiB", 3 * MiB, { maxPartBytes: 4 * MiB }, 3],
    ])("%s: stopped with too-large after a few inflate steps", (_label, declared, limits, steps) => {
      const err = readError(() => openZip(withDeclaredSize(declared), limits).read("word/document.xml"));
      expect(err.code).toBe("too-large");
      expect(err.message).toMatch(/declared size.*zip bomb/);
      // Steps of 1, 2, 4... KiB of the ~300 KiB stream (each ≤ ~1 MiB of output per KiB): the rest is never inflated.
      expect(pushed).toEqual([1024, 2048, 4096].slice(0, steps));
    });

    it.each<[string, number, Partial<ZipLimits>, RegExp]>([
      ["declared 300 MiB, default limits", 300 * MiB, {}, /over the 64 MiB limit/],
      ["declared 3 MiB, part limit 2 MiB", 3 * MiB, { maxPartBytes: 2 * MiB }, /over the 2 MiB limit/],
      ["declared 3 MiB, total budget 2 MiB", 3 * MiB, { maxTotalBytes: 2 * MiB }, /Total .* 2 MiB limit/],
    ])("%s: refused before inflating", (_label, declared, limits, message) => {
      const err = readError(() => openZip(withDeclaredSize(declared), limits).read("word/document.xml"));
      expect(err.code).toBe("too-large");
      expect(err.message).toMatch(message);
      expect(pushed).toHaveLength(0);
    });

    it("declared 20 MiB (within limits): inflates only up to the declared size, then stops", () => {
      const err = readError(() => openZip(withDeclaredSize(20 * MiB)).read("word/document.xml"));
      expect(err.code).toBe("too-large");
      const compressedFed = pushed.reduce((a, b) => a + b, 0);
      expect(compressedFed).toBeLessThan(bomb.length / 8); // ~21–37 of the 300 MiB
    });
  });
});

describe("fflate compatibility of the test writer", () => {
  it("fflate's unzipSync reads what writeZip writes (plain, data descriptors)", () => {
    for (const options of [{}, { dataDescriptors: true }]) {
      const files = unzipSync(
        writeZip(
          [
            { name: "a.xml", data: XML },
            { name: "b.bin", data: pseudoRandom(100, 1), method: 0 },
          ],
          options,
        ),
      );
      expectSameBytes(files["a.xml"]!, strToU8(XML));
      expectSameBytes(files["b.bin"]!, pseudoRandom(100, 1));
    }
  });
});
