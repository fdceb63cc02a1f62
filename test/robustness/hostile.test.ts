/**
 * Hostile, broken and odd-but-valid inputs through the CLI's file entry (`ketluan check`): each gives a correct result
 * or a clear error with exit code 2, and the other files of the same run are still checked.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { main, type Io } from "../../src/cli/main";
import { buildDocxFromSpec, makeDocx, stylesXml, W_NS } from "../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../support/docSpec";
import { partyPlan, setCellText, stateReport, variant } from "../support/samples";
import { deflatedZeros, writeZip } from "../support/zipWriter";

const dir = mkdtempSync(join(tmpdir(), "ketluan-hostile-"));
const write = (name: string, data: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

async function check(
  files: string[],
): Promise<{ code: number; results: { file: string; error?: string; findings?: unknown[] }[] }> {
  let out = "";
  const io: Io = { out: (s) => (out += s), err: () => undefined, color: false };
  const code = await main(["check", "--format", "json", ...files], io);
  return { code, results: JSON.parse(out) };
}

const body = (inner: string) =>
  makeDocx({
    styles: stylesXml(),
    body: `${inner}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`,
  });
const ct = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const docXml = (inner: string) => `<w:document xmlns:w="${W_NS}"><w:body>${inner}</w:body></w:document>`;

describe("broken and hostile files get a clear error, exit 2, and do not stop the others", () => {
  const good = write("good.docx", buildDocxFromSpec(partyPlan()));
  const zeros = deflatedZeros(300 * 1024 * 1024);
  const cases: [string, Uint8Array | string, RegExp][] = [
    ["empty file", new Uint8Array(0), /rỗng|empty/i],
    ["plain text", "Kế hoạch số 85-KH/HU", /ZIP/],
    ["a PDF", "%PDF-1.7\n1 0 obj\n", /PDF/],
    ["truncated zip", buildDocxFromSpec(partyPlan()).slice(0, 2000), /cắt cụt|truncated|hỏng|corrupt/i],
    [
      "no document part",
      zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "readme.txt": strToU8("x") }),
      /document/,
    ],
    [
      "malformed XML",
      zipSync({ "[Content_Types].xml": strToU8(ct), "word/document.xml": strToU8(docXml("<w:p><w:r>")) }),
      /XML/,
    ],
    [
      "DOCTYPE with an external entity",
      zipSync({
        "[Content_Types].xml": strToU8(ct),
        "word/document.xml": strToU8(
          `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + docXml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"),
        ),
      }),
      /DOCTYPE/,
    ],
    [
      "entity expansion (billion laughs)",
      zipSync({
        "[Content_Types].xml": strToU8(ct),
        "word/document.xml": strToU8(
          `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>` +
            docXml("<w:p><w:r><w:t>&c;</w:t></w:r></w:p>"),
        ),
      }),
      /DOCTYPE/,
    ],
    [
      "a part that honestly declares 300 MB",
      writeZip([
        { name: "[Content_Types].xml", data: ct },
        {
          name: "word/document.xml",
          data: "",
          rawData: zeros,
          methodNumber: 8,
          declaredSize: 300 * 1024 * 1024,
          crc: 0,
        },
      ]),
      /quá lớn|too large|giới hạn|limit/i,
    ],
    [
      "a part declaring 2 KB that inflates to 300 MB (zip bomb)",
      writeZip([
        { name: "[Content_Types].xml", data: ct },
        { name: "word/document.xml", data: "", rawData: zeros, methodNumber: 8, declaredSize: 2048, crc: 0 },
      ]),
      /bom|bomb|lớn hơn|more than/i,
    ],
  ];

  it("reports each one by name with its reason, and still checks the good file", async () => {
    const paths = cases.map(([, data], i) => write(`case-${i}.docx`, data));
    const { code, results } = await check([...paths, good]);
    expect(code).toBe(2);
    cases.forEach(([name, , reason], i) => {
      const r = results[i]!;
      expect({ name, file: r.file, error: r.error }).toEqual({
        name,
        file: paths[i],
        error: expect.stringMatching(reason),
      });
      expect(r.findings).toBeUndefined();
    });
    expect(results[cases.length]).toMatchObject({ file: good, findings: expect.any(Array) });
  });

  it("stops the bomb in a process limited to 128 MB of heap, with a message and no stack trace", () => {
    const bomb = write(
      "bomb.docx",
      writeZip([
        { name: "[Content_Types].xml", data: ct },
        { name: "word/document.xml", data: "", rawData: zeros, methodNumber: 8, declaredSize: 2048, crc: 0 },
      ]),
    );
    const bin = join(__dirname, "..", "..", "bin", "ketluan.js");
    const r = spawnSync(process.execPath, ["--max-old-space-size=128", bin, "check", bomb], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/bomb|bom nén/i);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

/**
 * `ketluan check --format json` of one file, in a process of its own stopped after `limitMs`: a check that does not
 * end is a failure, not a test that waits (a long synchronous check would finish before any test timeout fired).
 */
function findingsWithin(file: string, limitMs: number): { rule: string; severity: string; message: string }[] {
  const bin = join(__dirname, "..", "..", "bin", "ketluan.js");
  const r = spawnSync(process.execPath, [bin, "check", "--format", "json", file], {
    encoding: "utf8",
    timeout: limitMs,
    maxBuffer: 64 << 20,
  });
  expect(r.signal).toBeNull();
  expect([0, 1]).toContain(r.status);
  return (JSON.parse(r.stdout) as { findings: { rule: string; severity: string; message: string }[] }[])[0]!.findings;
}

describe("large and odd but valid documents are read correctly", () => {
  it("checks paragraphs of 100,000 spaces after the words the rules look for (a blank number, a recipient line, a signer)", async () => {
    // each of these once made a pattern try every way of sharing the spaces between two of its parts: "Số" and
    // 1,000 spaces took a minute, 40,000 spaces never ended
    const spaces = " ".repeat(100_000);
    const spec = partyPlan();
    const openers = ["Số", "Số:", "- Lưu", "T/M", "Kính gửi", "(viết tắt", "từ", "ngày", "Ngày", ""];
    const blocks = [
      ...spec.blocks.slice(0, -1),
      ...openers.map((o): SpecParagraph => ({ type: "paragraph", text: `${o}${spaces}ư` })),
      { type: "paragraph", text: `Số${" ".repeat(5_000)}/KH-UBND` } satisfies SpecParagraph,
      spec.blocks[spec.blocks.length - 1]!,
    ];
    const file = write("khoang-trang.docx", buildDocxFromSpec({ ...spec, blocks }));
    const { code, results } = await check([file]);
    expect(code).toBe(0);
    const findings = results[0]!.findings as { rule: string; severity: string }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // the blank number before "/KH-UBND" is read as one, to be filled at issuance
    expect(findings.filter((f) => f.rule === "text/placeholder" && f.severity === "info")).toHaveLength(1);
  });

  it("checks long paragraphs of repeated marks, capitals and letters, in the body, the header and the recipients", () => {
    // each of these once made a rule take time growing with the square of the paragraph (seconds to minutes at this
    // size): an excerpt of the whole paragraph per mark, a search of all earlier marks, a long abbreviation's letters
    // swapped pair by pair, a symbol walked again for each of its words, a Telex word with no vowel asked for one at
    // each letter, a blank's label looked for from the paragraph's start, a fix's text widened over a whole line, a
    // header title looked for from each word of the line
    const body = ["… ".repeat(10_000), "XX ".repeat(7_000), "TU/".repeat(7_000), `UBND${"1-".repeat(10_000)}`];
    body.push("x".repeat(20_000), "số  ".repeat(5_000), `${"a  ".repeat(5_000)}Số  /QĐ-UBND`);
    const spec = variant(stateReport(), (d) => {
      d.blocks.splice(6, 0, ...body.map((text): SpecParagraph => ({ type: "paragraph", text })));
      setCellText(d, 0, 0, 3, "; ".repeat(10_000));
      setCellText(d, -1, 0, 1, "a".repeat(20_000));
    });
    const file = write("lap-lai.docx", buildDocxFromSpec(spec));
    // it takes about 1 s; the slowest of these shapes alone took 25 s
    const findings = findingsWithin(file, 20_000);
    // every "…" is a mark left to fill; "TU/TU/…" is a symbol, not an abbreviation; the blank number is found
    expect(findings.filter((f) => f.rule === "text/placeholder" && f.message.includes("“…”"))).toHaveLength(10_000);
    expect(findings.filter((f) => f.rule === "text/abbreviation" && f.message.includes("“TU”"))).toEqual([]);
    expect(findings.filter((f) => f.rule === "text/placeholder" && f.severity === "info")).toHaveLength(1);
  });

  it("checks a file of 32,000 landscape sections of one paragraph each", () => {
    // the page rules once walked every paragraph for each section: 45 s for this file
    const sections = Array.from(
      { length: 32_000 },
      (_, i) =>
        `<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr></w:pPr><w:r><w:t>Đoạn ${i}.</w:t></w:r></w:p>`,
    ).join("");
    const file = write("32000-phan.docx", body(sections));
    const findings = findingsWithin(file, 30_000); // it takes about 1 s
    // landscape pages without a table: told once for all the sections, not once per section
    const sizes = findings.filter((f) => f.rule === "page/size");
    expect(sizes).toHaveLength(1);
    expect(sizes[0]!.message).toMatch(/32000|32\.000/);
  });

  it("checks a 500-page document (7,500 paragraphs)", async () => {
    const spec = partyPlan();
    const filler = spec.blocks[4] as SpecParagraph;
    const blocks = [...spec.blocks.slice(0, 4)];
    for (let i = 0; i < 7500; i++) blocks.push({ ...filler, text: `${i}. ${filler.text}` });
    blocks.push(spec.blocks[spec.blocks.length - 1]!);
    const file = write("500-trang.docx", buildDocxFromSpec({ ...spec, blocks }));
    const { code, results } = await check([file]);
    expect(code).toBe(0);
    // No format finding at all; the repeated filler answers only some directive items, so coverage warns.
    const findings = results[0]!.findings as { rule: string }[];
    expect(findings.filter((f) => f.rule !== "coverage/missing")).toEqual([]);
  });

  it("reads a table of 5,000 cells with every cell's paragraph", async () => {
    const rows = Array.from({ length: 1000 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => [{ type: "paragraph" as const, text: `Ô ${r}-${c}` }]),
    );
    const spec: DocSpec = variant(partyPlan(), (d) => {
      d.blocks.splice(5, 0, { type: "table", columnWidthsMm: [33, 33, 33, 33, 33], rows });
    });
    const { readDocument } = await import("../../src/docx/reader");
    const model = readDocument(buildDocxFromSpec(spec));
    const cells = model.paragraphs.filter((p) => p.text.startsWith("Ô "));
    expect(cells).toHaveLength(5000);
    expect(cells[4999]!.cell).toMatchObject({ row: 999, column: 4, columnCount: 5 });
  });

  it("reads fields, hyperlinks, smart tags, tracked changes, content controls, text boxes and footnote references", async () => {
    const inner =
      `<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>15/9/2023</w:t></w:r></w:fldSimple></w:p>` +
      `<w:p><w:hyperlink w:anchor="muc2"><w:r><w:t>Mục 2</w:t></w:r></w:hyperlink><w:smartTag w:uri="x" w:element="City"><w:r><w:t xml:space="preserve"> Bắc Giang</w:t></w:r></w:smartTag></w:p>` +
      `<w:p><w:ins w:id="1" w:author="A" w:date="2023-09-01T00:00:00Z"><w:r><w:t>thêm </w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>bỏ </w:delText></w:r></w:del><w:r><w:t>giữ</w:t></w:r></w:p>` +
      `<w:sdt><w:sdtPr><w:alias w:val="Số"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Số 85-KH/HU</w:t></w:r></w:p></w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>Có hộp văn bản</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:txbxContent><w:p><w:r><w:t>trong hộp</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>` +
      `<w:p><w:r><w:t>Chú thích</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`;
    const { readDocument } = await import("../../src/docx/reader");
    const model = readDocument(body(inner));
    expect(model.paragraphs.map((p) => p.text)).toEqual([
      "Ngày 15/9/2023",
      "Mục 2 Bắc Giang",
      "thêm giữ",
      "Số 85-KH/HU",
      "Có hộp văn bản",
      "Chú thích",
    ]);
  });
});
