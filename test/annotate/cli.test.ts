/** `ketluan check FILE --annotate OUT.docx`: the copy, the message, the exit codes and the usage errors. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8 } from "fflate";
import { buildDocxFromSpec, docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { partyPlan } from "../support/samples";
import { runCli } from "../cli/run";
import { anchorsOf, arialPlan, commentsOf } from "./support";

const dir = mkdtempSync(join(tmpdir(), "ketluan-annotate-"));
const write = (name: string, data: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const bad = write("ke-hoach-arial.docx", buildDocxFromSpec(arialPlan()));
const good = write("ke-hoach-dung.docx", buildDocxFromSpec(partyPlan()));
const flat = write("ke-hoach.xml", strToU8(makeFlatOpc(docxPartsFromSpec(partyPlan()))));
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const bin = join(__dirname, "..", "..", "bin", "ketluan.js");

describe("ketluan check --annotate", () => {
  it("writes the copy with one comment per finding group, says so, and exits as check does", async () => {
    const before = read(bad);
    const out = join(dir, "co-nhan-xet.docx");
    const plain = await runCli(["check", bad]);
    const r = await runCli(["check", bad, "--annotate", out]);
    expect(r.code).toBe(1);
    expect(plain.code).toBe(1);
    const comments = commentsOf(read(out));
    expect(comments.length).toBeGreaterThan(5);
    // The usual report, then the confirmation.
    expect(r.out).toBe(`${plain.out}Đã ghi bản có nhận xét: ${out} (${comments.length} nhận xét)\n`);
    expect(r.err).toBe("");
    expect(read(bad)).toEqual(before);
    for (const c of comments) {
      expect(c.author).toBe("ketluan");
      expect(Date.now() - Date.parse(c.date!)).toBeLessThan(10 * 60_000);
    }
    expect(anchorsOf(read(out)).size).toBe(comments.length);
  });

  it("exits 0 for a draft without errors, its open directive items in a comment on the title", async () => {
    const out = join(dir, "dung-co-nhan-xet.docx");
    const r = await runCli(["check", "--annotate", out, good]);
    expect(r.code).toBe(0);
    const comments = commentsOf(read(out));
    expect(comments.some((c) => c.lines[0]!.startsWith("Đối chiếu nhiệm vụ của Kết luận: "))).toBe(true);
    expect(r.out).toContain(`Đã ghi bản có nhận xét: ${out} (${comments.length} nhận xét)`);
  });

  it("keeps stdout pure JSON with --format json: the confirmation goes to stderr", async () => {
    const out = join(dir, "json.docx");
    const r = await runCli(["check", bad, "--format", "json", "--annotate", out]);
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.out) as unknown).not.toThrow();
    expect(r.err).toMatch(/^Đã ghi bản có nhận xét: .*json\.docx \(\d+ nhận xét\)\n$/);
  });

  it.each([
    [["check", bad, good, "--annotate", join(dir, "x1.docx")], /--annotate ghi nhận xét cho một tệp mỗi lần/],
    [["check", bad, "--annotate", bad], /phải khác tệp gốc/],
    [["check", bad, "--annotate", `${dir}/./ke-hoach-arial.docx`], /phải khác tệp gốc/],
    [["check", bad, "--annotate"], /Thiếu giá trị cho --annotate/],
    [["check", bad, "--annotate", ""], /Thiếu giá trị cho --annotate/],
    [["check", "--annotate", join(dir, "x2.docx")], /Chưa chỉ định tệp/],
  ])("bad usage %j exits 2 with a message and writes nothing", async (args, message) => {
    const before = read(bad);
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain("--annotate");
    expect(read(bad)).toEqual(before);
    expect(existsSync(join(dir, "x1.docx")) || existsSync(join(dir, "x2.docx"))).toBe(false);
  });

  it("exits 2 without a copy when the input cannot be read, is flat XML, or the copy cannot be written", async () => {
    const missing = await runCli(["check", join(dir, "khong-co.docx"), "--annotate", join(dir, "y1.docx")]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain("Không tìm thấy tệp");
    expect(existsSync(join(dir, "y1.docx"))).toBe(false);

    const xml = await runCli(["check", flat, "--annotate", join(dir, "y2.docx")]);
    expect(xml.code).toBe(2);
    expect(xml.err).toMatch(/lưu thành \.docx/);
    expect(existsSync(join(dir, "y2.docx"))).toBe(false);

    const nowhere = await runCli(["check", bad, "--annotate", join(dir, "khong-co-thu-muc", "y3.docx")]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.err).toMatch(/không ghi được .*y3\.docx \/ could not write: thư mục không tồn tại/);
  });

  it("runs as the installed command, without a stack trace on bad usage", () => {
    const out = join(dir, "bin.docx");
    const ok = spawnSync(process.execPath, [bin, "check", bad, "--annotate", out], { encoding: "utf8" });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toMatch(/Đã ghi bản có nhận xét: .*bin\.docx \(\d+ nhận xét\)/);
    expect(commentsOf(read(out)).length).toBeGreaterThan(0);
    const two = spawnSync(process.execPath, [bin, "check", bad, good, "--annotate", out], { encoding: "utf8" });
    expect(two.status).toBe(2);
    expect(two.stderr).toContain("--annotate takes one input file");
    expect(two.stderr).not.toMatch(/\n\s+at /);
  });
});
