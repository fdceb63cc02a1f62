import { strToU8, zipSync } from "fflate";
import { readRawZip, replaceEntryData, writeRawZip } from "../../src/docx/zip-write";
import { openZip } from "../../src/docx/zip";

describe("zip rewrite", () => {
  it("copies untouched entries (stored or deflated) byte for byte and re-reads with CRC checks", () => {
    const bytes = zipSync({
      "a.xml": [strToU8("<a>ăâê</a>"), { level: 0 }],
      "b/c.bin": [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), { level: 9 }],
      "word/document.xml": [strToU8("<x/>"), { level: 6 }],
    });
    const zip = readRawZip(bytes);
    const out = writeRawZip({
      ...zip,
      entries: zip.entries.map((e) =>
        e.name === "word/document.xml" ? replaceEntryData(e, strToU8("<y>mới</y>")) : e,
      ),
    });
    const again = readRawZip(out);
    expect(again.entries.map((e) => e.name)).toEqual(["a.xml", "b/c.bin", "word/document.xml"]);
    for (const k of [0, 1]) {
      expect(Buffer.from(again.entries[k]!.raw).equals(Buffer.from(zip.entries[k]!.raw))).toBe(true);
      expect(again.entries[k]!.crc).toBe(zip.entries[k]!.crc);
    }
    const z = openZip(out);
    expect(z.readText("word/document.xml")).toBe("<y>mới</y>");
    expect(z.readText("a.xml")).toBe("<a>ăâê</a>");
    expect(Buffer.from(again.comment).equals(Buffer.from(zip.comment))).toBe(true);
  });

  it("refuses what is not a zip with a clear error", () => {
    expect(() => readRawZip(strToU8("không phải zip"))).toThrow(/không phải tệp ZIP/);
  });
});

describe("readRawZip reads the directory as openZip does", () => {
  const bytes = zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8("<x/>"),
    "word/styles.xml": strToU8("<y/>"),
  });

  it("within the same entry limit", () => {
    expect(() => readRawZip(bytes, { maxEntries: 2 })).toThrow(expect.objectContaining({ code: "too-many-parts" }));
    expect(() => openZip(bytes, { maxEntries: 2 })).toThrow(expect.objectContaining({ code: "too-many-parts" }));
  });

  it("finding the real end-of-directory record past a look-alike in the archive comment", () => {
    // The archive comment is a 22-byte "end of directory" whose own comment would run past the end of the file.
    const fake = new Uint8Array(22);
    new DataView(fake.buffer).setUint32(0, 0x06054b50, true);
    new DataView(fake.buffer).setUint16(20, 5, true);
    const withComment = new Uint8Array(bytes.length + fake.length);
    withComment.set(bytes);
    withComment.set(fake, bytes.length);
    new DataView(withComment.buffer).setUint16(bytes.length - 2, fake.length, true);
    const names = openZip(withComment).names();
    expect(names).toEqual(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]);
    expect(readRawZip(withComment).entries.map((e) => e.name)).toEqual(names);
    expect(Buffer.from(readRawZip(withComment).comment).equals(Buffer.from(fake))).toBe(true);
  });
});
