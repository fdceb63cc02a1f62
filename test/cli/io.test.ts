/** The CLI's shared edge: the atomic writer, failed writes of every command, and the version from package.json. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packageVersion, writeFileAtomically } from "../../src/cli/io";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan } from "../support/samples";
import { runCli } from "./run";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "ketluan.js");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

/** Every file under `dir`, recursively, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe("writeFileAtomically", () => {
  it("writes the whole file and leaves nothing else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-write-"));
    await writeFileAtomically(join(dir, "a.csv"), "một,hai\r\n");
    await writeFileAtomically(join(dir, "a.csv"), "ba\r\n");
    await writeFileAtomically(join(dir, "b.docx"), new Uint8Array([80, 75, 3, 4]));
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("ba\r\n");
    expect([...readFileSync(join(dir, "b.docx"))]).toEqual([80, 75, 3, 4]);
    expect(filesUnder(dir)).toEqual(["a.csv", "b.docx"]);
  });

  it("removes its temporary file when the rename fails, and throws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-write-"));
    mkdirSync(join(dir, "taken.docx")); // a folder where the file should go: the rename fails
    await expect(writeFileAtomically(join(dir, "taken.docx"), "x")).rejects.toMatchObject({ code: "EISDIR" });
    expect(readdirSync(dir)).toEqual(["taken.docx"]);
    expect(filesUnder(dir)).toEqual([]);
  });

  it("throws when the folder does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-write-"));
    await expect(writeFileAtomically(join(dir, "no", "x.csv"), "x")).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a failed write in each command: exit 2, a clear message, no temporary file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-blocked-"));
  const input = join(dir, "docs", "ke-hoach.docx");
  mkdirSync(join(dir, "docs"));
  writeFileSync(input, buildDocxFromSpec(partyPlan()));
  // Folders named as the outputs: each write gets as far as its temporary file, then the rename fails.
  for (const name of ["sua.docx", "du-thao.docx", "ma-tran.csv", "ma-tran.html"]) mkdirSync(join(dir, name));
  const before = filesUnder(dir);

  it("fix", async () => {
    const r = await runCli(["fix", input, "-o", join(dir, "sua.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`ketluan fix: ${input}: Đây là thư mục / this is a directory\n`);
    expect(filesUnder(dir)).toEqual(before);
  });

  it("draft", async () => {
    const out = join(dir, "du-thao.docx");
    const r = await runCli([
      "draft",
      ...["--type", "plan", "--profile", "party", "--issuer", "HUYỆN ỦY LỤC NAM", "--superior", "ĐẢNG BỘ TỈNH"],
      ...["--place", "Lục Nam", "--number", "85", "--date", "2023-09-15", "--signer", "Nguyễn Văn An"],
      ...["--conclusion-number", "125-KL/TU", "--conclusion-date", "2023-09-05", "-o", out],
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^ketluan draft: không ghi được ${out} / could not write: EISDIR`));
    expect(filesUnder(dir)).toEqual(before);
  });

  it("matrix", async () => {
    const r = await runCli(["matrix", join(dir, "docs"), "--out", join(dir, "ma-tran")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(`^ketluan matrix: không ghi được ${join(dir, "ma-tran.csv")} / could not write: `),
    );
    expect(r.out).toBe("");
    expect(filesUnder(dir)).toEqual(before);
    const noFolder = await runCli([
      "matrix",
      join(dir, "docs"),
      "--out",
      join(dir, "khong-co", "m"),
      "--format",
      "html",
    ]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.err).toBe(
      `ketluan matrix: không ghi được ${join(dir, "khong-co", "m.html")} / could not write: thư mục không tồn tại / no such folder\n`,
    );
  });
});

describe("the version", () => {
  it("is package.json's, found from the sources and from the compiled CLI", () => {
    expect(packageVersion()).toBe(version);
    expect(packageVersion(join(root, "dist-cli", "cli"))).toBe(version);
  });

  it("`ketluan --version` prints it", () => {
    const r = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`ketluan ${version}\n`);
  });
});
