/**
 * `ketluan fix` under bad input and failed writes: a clear error with exit 2, no output file and no partial or
 * temporary file left behind; and what it does write opens in LibreOffice (converted to PDF here).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { W_NS } from "../support/buildDocx";
import { deflatedZeros, writeZip } from "../support/zipWriter";
import { convertToPdf, libreOfficeAvailable } from "../support/libreoffice";

const bin = join(__dirname, "..", "..", "bin", "ketluan.js");
const fixtures = join(__dirname, "..", "fixtures", "rules");
const fix = (...args: string[]) => spawnSync(process.execPath, [bin, "fix", ...args], { encoding: "utf8" });

const ct = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

describe("ketluan fix refuses bad input cleanly", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-fix-bad-"));
  const cases: [string, Uint8Array | string, RegExp][] = [
    ["empty file", new Uint8Array(0), /rỗng|empty/i],
    ["plain text", "Kế hoạch số 85-KH/HU", /ZIP/],
    [
      "truncated zip",
      readFileSync(join(fixtures, "plan-party-defects.docx")).subarray(0, 1500),
      /cắt cụt|truncated|hỏng|corrupt/i,
    ],
    [
      "DOCTYPE with an external entity",
      zipSync({
        "[Content_Types].xml": strToU8(ct),
        "word/document.xml": strToU8(
          `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`,
        ),
      }),
      /DOCTYPE/,
    ],
    [
      "zip bomb",
      writeZip([
        { name: "[Content_Types].xml", data: ct },
        {
          name: "word/document.xml",
          data: "",
          rawData: deflatedZeros(200 * 1024 * 1024),
          methodNumber: 8,
          declaredSize: 2048,
          crc: 0,
        },
      ]),
      /bom|bomb/i,
    ],
  ];
  it.each(cases)("%s: exit 2, the reason, no output and nothing left behind", (name, data, reason) => {
    const input = join(dir, `${name.replace(/\W+/g, "-")}.docx`);
    writeFileSync(input, data);
    const output = join(dir, `out-${name.replace(/\W+/g, "-")}.docx`);
    const before = readdirSync(dir).length;
    const r = fix(input, "-o", output);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(before);
  });
});

describe("ketluan fix never leaves a partial file when the write fails", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-fix-write-"));
  const input = join(fixtures, "plan-party-defects.docx");
  it("into a folder that does not exist: exit 2 with a message", () => {
    const r = fix(input, "-o", join(dir, "khong-co", "ra.docx"));
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/ghi|write|thư mục|folder|directory|not found|Không tìm thấy/i);
    expect(readdirSync(dir)).toEqual([]);
  });
  it("onto an existing folder: exit 2, the folder untouched and no temporary file", () => {
    const r = fix(input, "-o", dir);
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(readdirSync(fixtures).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

(libreOfficeAvailable("fix-output.test") ? describe : describe.skip)(
  "what ketluan fix writes opens in LibreOffice",
  () => {
    it("converts both fixed LibreOffice defect drafts to PDF with their text", () => {
      const dir = mkdtempSync(join(tmpdir(), "ketluan-fix-lo-"));
      const outputs = ["plan-party-defects", "report-state-defects"].map((name) => {
        const out = join(dir, `${name}-fixed.docx`);
        const r = fix(join(fixtures, `${name}.docx`), "-o", out);
        expect([0, 1]).toContain(r.status);
        return out;
      });
      convertToPdf(outputs, dir);
      for (const out of outputs) {
        const pdf = out.replace(/\.docx$/, ".pdf");
        expect(existsSync(pdf)).toBe(true);
        const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
        expect(text).toMatch(/KẾ HOẠCH|BÁO CÁO/);
        expect(text).toMatch(/Nơi nhận/);
      }
    }, 180_000);
  },
);
