import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { paragraphRanges } from "../../src/cli/commands/check-output";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { partyPlan, stateReport, variant } from "../support/samples";
import { runCli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "ketluan-cli-"));
/** from..to, both included */
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const write = (name: string, data: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

/** The Done-when case: a plan in Arial 13 on US Letter with 1-inch margins. */
function arialLetterPlan(): DocSpec {
  return variant(partyPlan(), (d) => {
    d.page = {
      widthMm: 215.9,
      heightMm: 279.4,
      marginsMm: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 },
      pageNumbers: false,
    };
    d.defaults = { font: "Arial", sizePt: 13 };
  });
}

const good = write("ke-hoach-dung.docx", buildDocxFromSpec(partyPlan()));
const report = write("bao-cao-dung.docx", buildDocxFromSpec(stateReport()));
const bad = write("ke-hoach-arial-letter.docx", buildDocxFromSpec(arialLetterPlan()));
const notDocx = write("ghi-chu.docx", "Đây không phải tệp Word");
const truncated = write("cut.docx", buildDocxFromSpec(partyPlan()).slice(0, 900));

interface JsonFile {
  file: string;
  error?: string;
  profile?: string;
  documentType?: string;
  findings?: {
    rule: string;
    severity: string;
    message: string;
    basis: string;
    paragraph: number | null;
    excerpt: string;
  }[];
  coverage?: unknown[];
}

describe("ketluan check", () => {
  it("passes a compliant Party plan with exit 0, listing the directive items it does not answer yet", async () => {
    const r = await runCli(["check", good]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("văn bản của Đảng (nhận diện từ tiêu đề), kế hoạch");
    // The short sample plan answers 2.1 and 2.3 only: a warning per missing item, no error.
    expect(r.out).toMatch(/Đối chiếu nhiệm vụ của Kết luận: \d\/8 đã đáp ứng/);
    expect(r.out).toMatch(/ {4}2\.4 {3}chưa có {7}Quốc phòng, an ninh/);
    expect(r.out).toMatch(/Tổng cộng: 0 lỗi, 6 cảnh báo, 0 lưu ý/);
    expect(r.out).not.toMatch(/đoạn \d+\s+lỗi/);
  });

  it("reports nothing once the unanswered items are marked not applicable", async () => {
    const r = await runCli(["check", "--not-applicable", "2.2,2.4,2.5", "--not-applicable=2.6,2.7,2.8", good]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0\/2 đã đáp ứng, 2 một phần, 0 chưa có, 6 không áp dụng/);
    expect(r.out).toContain("Không phát hiện vấn đề nào.");
  });

  it("checks coverage against another directive source given with --source", async () => {
    const source = write(
      "nghi-quyet.txt",
      "NGHỊ QUYẾT\nvề chuyển đổi số\n1. Phát triển hạ tầng số, phủ sóng cáp quang đến mọi thôn.\n2. Đào tạo kỹ năng số cho cán bộ, công chức.\n",
    );
    const r = await runCli(["check", "--format", "json", "--source", source, good]);
    const [res] = JSON.parse(r.out) as { coverage: { item: string; status: string }[] }[];
    expect(res!.coverage.map((c) => c.item)).toEqual(["1", "2"]);
    const bad = await runCli(["check", "--source", join(dir, "khong-co.txt"), good]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Không đọc được tệp nguồn nhiệm vụ/);
  });

  it("detects a State report and passes it", async () => {
    const r = await runCli(["check", "--format", "json", report]);
    const [res] = JSON.parse(r.out) as JsonFile[];
    expect(res).toMatchObject({ profile: "state", documentType: "report" });
    expect(res!.findings!.filter((f) => f.rule !== "coverage/missing")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("reports page and font findings on an Arial 13 plan on US Letter, exit 1 (JSON)", async () => {
    const r = await runCli(["check", bad, "--format=json"]);
    expect(r.code).toBe(1);
    const [res] = JSON.parse(r.out) as JsonFile[];
    expect(Object.keys(res!).sort()).toEqual(["coverage", "documentType", "file", "findings", "plan", "profile"]);
    const rules = new Set(res!.findings!.map((f) => f.rule));
    // 13 pt everywhere also breaks the per-element sizes of the header, summary, "Nơi nhận:" and signature.
    expect([...rules].sort()).toEqual([
      "coverage/missing",
      "font/family",
      "font/size",
      "header/date",
      "header/issuer",
      "page/margins",
      "page/size",
      "recipients/label",
      "signature/block",
      "title/summary",
    ]);
    const size = res!.findings!.find((f) => f.rule === "page/size")!;
    expect(size).toMatchObject({ severity: "error", paragraph: 0, message: expect.stringContaining("Letter") });
    const margins = res!.findings!.filter((f) => f.rule === "page/margins").map((f) => f.message);
    // Word's 25.4 mm defaults: a few millimetres off is what issued documents carry (said plainly); the right margin
    // 10 mm off is further than any issued document goes.
    expect(margins).toEqual([
      "Lề trên 25.4 mm, chưa đúng 20 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề dưới 25.4 mm, chưa đúng 20 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề trái 25.4 mm, chưa đúng 30 mm theo HD 36-HD/VPTW; nên chỉnh lại",
      "Lề phải 25.4 mm; HD 36-HD/VPTW yêu cầu 15 mm",
    ]);
    const at = (rule: string) => res!.findings!.filter((f) => f.rule === rule).map((f) => f.paragraph);
    // Arial on every paragraph with text (paragraph 5 is the Party title's empty second line); 13 pt on the seven
    // body paragraphs only (10–16), and on the header, summary, label and signature elements that want 14 pt
    expect(at("font/family")).toEqual([0, 1, 2, 3, 4, ...range(6, 23)]);
    expect(at("font/size")).toEqual(range(10, 16));
    expect(at("header/issuer")).toEqual([0, 1]);
    expect(at("header/date")).toEqual([6]);
    expect(at("title/summary")).toEqual([8]);
    expect(at("recipients/label")).toEqual([17]);
    expect(at("signature/block")).toEqual([21, 22, 23]);
    const body = res!.findings!.find((f) => f.rule === "font/size")!;
    expect(body).toMatchObject({
      severity: "error",
      message: "Cỡ chữ phần nội dung 13 pt; HD 36-HD/VPTW yêu cầu 14–15 pt",
    });
    expect(body.excerpt).toMatch(/^Thực hiện Kết luận số 125-KL\/TU/);
    for (const f of res!.findings!.filter((x) => x.rule !== "coverage/missing")) {
      expect(f.basis).toMatch(/^HD 36-HD\/VPTW, /);
    }
  });

  it("prints the same findings readably in text format", async () => {
    const r = await runCli(["check", bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("ke-hoach-arial-letter.docx");
    expect(r.out).toMatch(/đoạn 0\s+lỗi\s+page\/size\s+Khổ giấy 215\.9 × 279\.4 mm \(Letter\)/);
    expect(r.out).toContain("Căn cứ: HD 36-HD/VPTW, kỹ thuật trình bày, phông chữ");
    expect(r.out).toContain("cảnh báo page/margins");
    // Arial on every paragraph is one entry with its paragraph ranges, not one line per paragraph.
    expect(r.out).toMatch(/ {2}đoạn 0–4, 6–23 \(23 đoạn\)\n {15}lỗi {6}font\/family {4}Phông chữ Arial;/);
    expect(r.out.match(/Phông chữ Arial;/g)).toHaveLength(1);
    // 4 margins + "Nơi nhận:" size + 3 signature lines: practice values, so warnings.
    expect(r.out).toMatch(/Tổng cộng: \d+ lỗi, 14 cảnh báo, 0 lưu ý/);
  });

  it("applies --profile state even to a Party document", async () => {
    const r = await runCli(["check", "--profile", "state", "--format", "json", bad]);
    const [res] = JSON.parse(r.out) as JsonFile[];
    expect(res!.profile).toBe("state");
    const messages = res!.findings!.map((f) => f.message);
    expect(messages).toContain("Lề trái 25.4 mm, chưa đúng 30–35 mm theo NĐ 30/2020/NĐ-CP; nên chỉnh lại");
    // 13 pt body text is right for a State document, so no font/size finding.
    expect(res!.findings!.filter((f) => f.rule === "font/size")).toEqual([]);
  });

  it("gives unreadable files {file, error} and exit 2, and still checks the others", async () => {
    const missing = join(dir, "khong-co.docx");
    const r = await runCli(["check", "--format", "json", notDocx, good, truncated, missing, dir, bad]);
    expect(r.code).toBe(2);
    const res = JSON.parse(r.out) as JsonFile[];
    expect(res.map((x) => x.file)).toEqual([notDocx, good, truncated, missing, dir, bad]);
    expect(res[0]).toEqual({ file: notDocx, error: expect.stringMatching(/không phải.*ZIP/i) });
    expect(res[1]!.findings!.filter((f) => f.rule !== "coverage/missing")).toEqual([]);
    expect(res[2]!.error).toMatch(/cắt cụt|truncated|hỏng|corrupt/i);
    expect(res[3]).toEqual({ file: missing, error: "Không tìm thấy tệp / file not found" });
    expect(res[4]!.error).toMatch(/thư mục/);
    expect(res[5]!.findings!.filter((f) => f.rule === "page/size").map((f) => f.paragraph)).toEqual([0]);
  });

  it.each([
    [[], /Cách dùng/],
    [["check"], /Chưa chỉ định tệp/],
    [["check", "--format", "xml", "a.docx"], /--format phải là text hoặc json/],
    [["check", "--profile", "army", "a.docx"], /--profile phải là auto, party hoặc state/],
    [["check", "--bogus", "a.docx"], /Tùy chọn không hợp lệ/],
    [["lint", "a.docx"], /Lệnh không hợp lệ/],
  ])("bad usage %j exits 2 with a message", async (args, message) => {
    const r = await runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out + r.err).toMatch(message);
  });
});

describe("the installed command (bin/ketluan.js)", () => {
  const bin = join(__dirname, "..", "..", "bin", "ketluan.js");
  it("runs as a process with the documented exit codes and never prints a stack trace", () => {
    const ok = spawnSync(process.execPath, [bin, "check", good], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    const mixed = spawnSync(process.execPath, [bin, "check", "--format", "json", truncated, bad], { encoding: "utf8" });
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).not.toMatch(/\n\s+at /);
    const parsed = JSON.parse(mixed.stdout) as JsonFile[];
    expect(parsed[0]!.error).toMatch(/cắt cụt|truncated|hỏng|corrupt/i);
    expect(parsed[1]!.findings!.filter((f) => f.rule === "page/size").map((f) => f.paragraph)).toEqual([0]);
    expect(() => execFileSync(process.execPath, [bin, "check", bad], { encoding: "utf8" })).toThrow(/Command failed/);
  });

  it("gives the same results with the build's code cache, with a cache from another build, and without one", () => {
    // A copy of the installed layout (bin/, dist-cli/cli/), so that the real cache is never touched.
    const built = join(__dirname, "..", "..", "dist-cli", "cli");
    expect(existsSync(join(built, "main.js.cache"))).toBe(true);
    const runWith = (cache: Uint8Array | undefined): ReturnType<typeof spawnSync> => {
      const copy = mkdtempSync(join(tmpdir(), "ketluan-install-"));
      mkdirSync(join(copy, "bin"));
      mkdirSync(join(copy, "dist-cli", "cli"), { recursive: true });
      copyFileSync(bin, join(copy, "bin", "ketluan.js"));
      copyFileSync(join(built, "main.js"), join(copy, "dist-cli", "cli", "main.js"));
      if (cache !== undefined) writeFileSync(join(copy, "dist-cli", "cli", "main.js.cache"), cache);
      return spawnSync(process.execPath, [join(copy, "bin", "ketluan.js"), "check", "--format", "json", bad], {
        encoding: "utf8",
      });
    };
    const withCache = runWith(readFileSync(join(built, "main.js.cache")));
    const foreign = runWith(new TextEncoder().encode("bộ đệm của một bản dựng khác / another build's cache"));
    const none = runWith(undefined);
    expect(withCache.status).toBe(1);
    expect(JSON.parse(String(withCache.stdout))[0].findings.length).toBeGreaterThan(0);
    for (const other of [foreign, none]) {
      expect(other.stderr).toBe("");
      expect(other.status).toBe(1);
      expect(other.stdout).toBe(withCache.stdout);
    }
  });
});

describe("paragraph ranges in the text output", () => {
  it.each([
    [[3], "3"],
    [[3, 5], "3, 5"],
    [[3, 4], "3–4"],
    [[0, 1, 2, 3, 4, 7, 9, 10, 11, 12], "0–4, 7, 9–12 (10 đoạn)"],
    [[1, 3, 5, 7, 9, 11, 13, 15], "1, 3, 5, 7, 9, 11, … (8 đoạn)"],
  ])("%j → %s", (paragraphs, text) => {
    expect(paragraphRanges(paragraphs)).toBe(text);
  });
});
