import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDraftArgs, parseRecipientsText } from "../../src/cli/commands/draft";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { runCli } from "../cli/run";

const dir = mkdtempSync(join(tmpdir(), "ketluan-draft-"));

const PARTY_ARGS = [
  "--type",
  "plan",
  "--profile",
  "party",
  "--issuer",
  "HUYỆN ỦY LỤC NAM",
  "--superior",
  "ĐẢNG BỘ TỈNH BẮC GIANG",
  "--place",
  "Lục Nam",
  "--number",
  "85",
  "--date",
  "2023-09-15",
  "--signer",
  "Nguyễn Văn An",
  "--conclusion-number",
  "125-KL/TU",
  "--conclusion-date",
  "2023-09-05",
];

describe("ketluan draft", () => {
  it("writes a complete plan that passes the checker", async () => {
    const out = join(dir, "ke-hoach.docx");
    const r = await runCli(["draft", ...PARTY_ARGS, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã tạo");
    const model = readDocument(new Uint8Array(readFileSync(out)));
    expect(checkDocument(model).findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(model.paragraphs.map((p) => p.text)).toContain("Số 85-KH/HU");
    // no temporary file left behind
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a state report with chosen items, a recipients file and --option=value", async () => {
    const recipients = join(dir, "noi-nhan.txt");
    writeFileSync(
      recipients,
      "\uFEFF# nơi nhận\n- Thường trực Tỉnh ủy (b/c);\nVăn phòng Tỉnh ủy\n\n- Lưu: VT, KTHT.\n",
    );
    const out = join(dir, "bao-cao.docx");
    const r = await runCli([
      "draft",
      "--type=report",
      "--profile=state",
      "--issuer=ỦY BAN NHÂN DÂN HUYỆN LỤC NAM",
      "--place=Lục Nam",
      "--number=",
      "--date=",
      "--signer=Trần Thị Bình",
      "--signer-authority=KT. CHỦ TỊCH",
      "--signer-position=PHÓ CHỦ TỊCH",
      "--conclusion-number=125-KL/TU",
      "--conclusion-date=2023-09-05",
      "--items=2.3,2.4.",
      `--recipients-file=${recipients}`,
      `--output=${out}`,
    ]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const t = readDocument(new Uint8Array(readFileSync(out))).paragraphs.map((p) => p.text);
    expect(t).toEqual(
      expect.arrayContaining([
        "Số:     /BC-UBND",
        "Lục Nam, ngày    tháng    năm 20..",
        "- Thường trực Tỉnh ủy (b/c);",
        "- Văn phòng Tỉnh ủy;",
        "- Lưu: VT, KTHT.",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Thị Bình",
      ]),
    );
    expect(t.filter((x) => /^\d\. Về /.test(x))).toHaveLength(2);
  });

  it("missing particulars: exit 2 and one message listing them all, no file written", async () => {
    const out = join(dir, "thieu.docx");
    const r = await runCli(["draft", "--type", "plan", "--profile", "party", "--place", "Lục Nam", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^ketluan draft: Thiếu thông tin bắt buộc: cơ quan ban hành \(--issuer\); cơ quan cấp trên/);
    for (const o of ["--number", "--date", "--signer", "--conclusion-number", "--conclusion-date"])
      expect(r.err).toContain(o);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [["--type", "memo"], /--type phải là plan hoặc report/],
    [["--profile", "army"], /--profile phải là party hoặc state/],
    [["--colour", "red"], /Tùy chọn không hợp lệ \/ unknown option: --colour/],
    [["extra"], /Tham số thừa/],
    [["--issuer"], /Thiếu giá trị cho --issuer/],
    [["--place", "A", "--place", "B"], /--place được chỉ định hai lần/],
  ])("bad arguments %j: exit 2 with a clear message", async (args, message) => {
    const r = await runCli(["draft", ...args, "-o", join(dir, "x.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain("Cách dùng / usage:");
  });

  it("no output, a non-.docx output, a missing recipients file, a missing folder: exit 2", async () => {
    expect((await runCli(["draft", ...PARTY_ARGS])).err).toMatch(/Thiếu tệp kết quả -o/);
    expect((await runCli(["draft", ...PARTY_ARGS, "-o", join(dir, "x.pdf")])).err).toMatch(/đuôi \.docx/);
    const r = await runCli([
      "draft",
      ...PARTY_ARGS,
      "--recipients-file",
      join(dir, "none.txt"),
      "-o",
      join(dir, "y.docx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không tìm thấy tệp nơi nhận/);
    const w = await runCli(["draft", ...PARTY_ARGS, "-o", join(dir, "no", "such", "z.docx")]);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/không ghi được/);
  });

  it("the help text lists the draft command", async () => {
    const r = await runCli(["--help"]);
    expect(r.out).toContain("ketluan draft --type plan|report --profile party|state");
  });

  it("parses items and recipients files", () => {
    expect(parseDraftArgs(["--items", "2.1, 2.3,2.8."]).particulars.items).toEqual(["2.1", "2.3", "2.8"]);
    expect(parseRecipientsText("\uFEFFa\r\n\r\n# x\n b \n")).toEqual(["a", "b"]);
  });
});
