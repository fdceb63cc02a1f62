import { spawnSync } from "node:child_process";
import { checkDocument } from "../../src/check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import {
  headerParticulars,
  matrixRow,
  toCsv,
  toHtml,
  type MatrixColumn,
  type MatrixRow,
} from "../../src/matrix/matrix";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan, stateReport } from "../support/samples";
import { writeDrafts } from "./drafts";

const columns: MatrixColumn[] = [
  { item: "2.1", title: "Bám sát chủ trương" },
  { item: "2.4", title: "Quốc phòng, an ninh" },
];
const rows: MatrixRow[] = [
  {
    file: "huyen-uy/ke-hoach, 85.docx",
    issuer: "HUYỆN ỦY LỤC NAM",
    number: "85-KH/HU",
    date: "15/09/2023",
    type: "Kế hoạch",
    errors: 2,
    warnings: 1,
    taskGaps: 3,
    cells: {
      "2.1": { status: "covered", evidence: 'đoạn 12: Bám sát sự lãnh đạo "chỉ đạo" <Trung ương>' },
      "2.4": { status: "missing", evidence: "" },
    },
  },
  {
    file: "hong.docx",
    issuer: "",
    number: "",
    date: "",
    type: "",
    errors: 0,
    warnings: 0,
    cells: {},
    error: "Tệp rỗng",
  },
];

describe("matrix CSV", () => {
  const csv = toCsv(rows, columns);
  it("starts with a UTF-8 BOM so Excel shows Vietnamese", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });
  it("has one row per draft with a column per directive item, quoting fields that need it", () => {
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("file,issuer,number,date,type,errors,tasks-without-owner-or-deadline,2.1,2.4,unreadable");
    expect(lines[1]).toBe(
      '"huyen-uy/ke-hoach, 85.docx",HUYỆN ỦY LỤC NAM,85-KH/HU,15/09/2023,Kế hoạch,2,3,covered,missing,',
    );
    expect(lines[2]).toBe("hong.docx,,,,,,,,,Tệp rỗng");
  });
});

describe("matrix HTML", () => {
  const html = toHtml(rows, columns, { sourceTitle: "Kết luận <thử>", generatedAt: "27/11/2026" });
  it("is self-contained: no external scripts, styles or images", () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img /);
  });
  it("colours each cell by status and shows the evidence on hover, escaped", () => {
    expect(html).toContain('class="s-covered"');
    expect(html).toContain('class="s-missing"');
    expect(html).toContain("đoạn 12: Bám sát sự lãnh đạo &quot;chỉ đạo&quot; &lt;Trung ương&gt;");
    expect(html).toContain("Kết luận &lt;thử&gt;");
  });
  it("lists the unreadable file with its reason and counts per item over readable drafts", () => {
    expect(html).toContain("Không đọc được: Tệp rỗng");
    expect(html).toMatch(/Tổng \(1 văn bản đọc được\)/);
    expect(html).toMatch(/Đã đáp ứng 1, một phần 0, chưa có 0, không áp dụng 0">1\/1</);
  });
  it("has a column of a plan's tasks without lead or time frame, marked when there are some", () => {
    expect(html).toContain(">Nhiệm vụ thiếu chủ trì, thời hạn</th>");
    expect(html).toContain('<td class="num">2</td><td class="num gaps">3</td>');
  });
  it("prints on A4 landscape and sorts by column", () => {
    expect(html).toContain("@page { size: A4 landscape;");
    expect(html).toContain('addEventListener("click", sort)');
  });
});

describe("the task column of a draft", () => {
  const row = (bytes: Uint8Array) => {
    const model = readDocument(bytes);
    return matrixRow("x.docx", model, checkDocument(model));
  };
  it("counts the task areas a plan leaves without a lead (two in the defective Party plan)", () => {
    const defective = readFileSync(join(__dirname, "..", "fixtures", "rules", "plan-party-defects.docx"));
    expect(row(new Uint8Array(defective)).taskGaps).toBe(2);
    expect(row(buildDocxFromSpec(partyPlan())).taskGaps).toBe(0);
  });
  it("is empty for a report", () => {
    expect(row(buildDocxFromSpec(stateReport())).taskGaps).toBeUndefined();
  });
});

describe("issuer and number from the header", () => {
  it.each([
    ["party plan", partyPlan(), { issuer: "HUYỆN ỦY LỤC NAM", number: "85-KH/HU", superior: "ĐẢNG BỘ TỈNH BẮC GIANG" }],
    [
      "state report",
      stateReport(),
      { issuer: "PHÒNG KINH TẾ VÀ HẠ TẦNG", number: "215/BC-KTHT", superior: "UBND HUYỆN LỤC NAM" },
    ],
  ])("%s", (_name, spec, expected) => {
    expect(headerParticulars(readDocument(buildDocxFromSpec(spec)))).toEqual(expected);
  });

  const real = (name: string) =>
    headerParticulars(readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "real", name)))));
  it("joins a name printed on two lines, and keeps a blank number as the clerk left it (real documents)", () => {
    // "ỦY BAN NHÂN DÂN" / "TỈNH LÂM ĐỒNG", then "Số:           /KH-UBND"
    expect(real("kh-cchc-2026-issued.docx")).toEqual({ issuer: "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", number: "/KH-UBND" });
    // "UBND TỈNH LÂM ĐỒNG" / "BAN CHỈ ĐẠO …, ĐỔI MỚI SÁNG TẠO," / "CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"
    expect(real("bc-de-an-06-2026-03.docx")).toEqual({
      issuer: "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06",
      number: "/BC-BCĐ",
      superior: "UBND TỈNH LÂM ĐỒNG",
    });
  });
  it("does not take a heading of the body for the issuer when the header has no number line", () => {
    const spec = stateReport();
    spec.blocks = spec.blocks.filter((b) => b.type !== "table");
    spec.blocks.unshift({ type: "paragraph", text: "THAM LUẬN", bold: true });
    expect(headerParticulars(readDocument(buildDocxFromSpec(spec))).issuer).toBe("");
  });
});

describe("ketluan matrix (the installed command)", () => {
  const root = mkdtempSync(join(tmpdir(), "ketluan-matrix-"));
  mkdirSync(join(root, "huyen", "con"), { recursive: true });
  writeFileSync(join(root, "huyen", "ke-hoach.docx"), buildDocxFromSpec(partyPlan()));
  writeFileSync(join(root, "huyen", "con", "bao-cao.docx"), buildDocxFromSpec(stateReport()));
  writeFileSync(join(root, "huyen", "con", "hong.docx"), "không phải docx");
  writeFileSync(join(root, "huyen", "~$ke-hoach.docx"), "tệp khóa của Word");
  writeFileSync(join(root, "huyen", "ghi-chu.txt"), "bỏ qua");
  const bin = join(__dirname, "..", "..", "bin", "ketluan.js");

  it("walks the folders, writes the default outputs and lists the unreadable file with its reason", () => {
    const out = join(root, "ma-tran");
    const r = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen"), "--out", out], { encoding: "utf8" });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(2);
    const csv = readFileSync(`${out}.csv`, "utf8").replace(/^\ufeff/, "");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["con/bao-cao.docx", "con/hong.docx", "ke-hoach.docx"]);
    expect(lines[3]).toMatch(/^ke-hoach\.docx,HUYỆN ỦY LỤC NAM,85-KH\/HU,15\/09\/2023,Kế hoạch,/);
    expect(lines[2]).toMatch(/không phải tệp nén ZIP/);
    const html = readFileSync(`${out}.html`, "utf8");
    expect(html).toContain("con/hong.docx");
    const json = JSON.parse(readFileSync(`${out}.json`, "utf8")) as { format: string; rows: { file: string }[] };
    expect(json.format).toBe("ketluan-matrix");
    expect(json.rows.map((x) => x.file)).toEqual(["con/bao-cao.docx", "con/hong.docx", "ke-hoach.docx"]);
    expect(() => readFileSync(`${out}.xlsx`)).toThrow();
    expect(r.stdout).toContain("Đã lập ma trận 3 tệp (1 không đọc được)");
  });

  it("writes only the formats asked for, and refuses bad usage with exit 2", () => {
    const out = join(root, "chi-csv");
    const r = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen"), "--out", out, "--format", "csv"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(() => readFileSync(`${out}.html`)).toThrow();
    expect(() => readFileSync(`${out}.json`)).toThrow();
    expect(readFileSync(`${out}.csv`, "utf8").length).toBeGreaterThan(0);
    const bad = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--out/);
    const missing = spawnSync(process.execPath, [bin, "matrix", join(root, "khong-co"), "--out", out], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Không tìm thấy thư mục/);
    const format = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen"), "-o", out, "--format", "pdf"], {
      encoding: "utf8",
    });
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('--format nhận một hay nhiều trong html,csv,json,xlsx / got "pdf"');
  });

  it("--previous marks what changed since the previous run's JSON, and refuses a file that is not one", () => {
    const period = join(root, "ky");
    writeDrafts(period, { "luc-nam.docx": "d12-party-plan-flat-list", "luc-ngan.docx": "h02-state-report-two-parts" });
    const first = join(root, "ky-truoc");
    expect(spawnSync(process.execPath, [bin, "matrix", period, "-o", first], { encoding: "utf8" }).status).toBe(0);
    rmSync(join(period, "luc-ngan.docx"));
    writeDrafts(period, {
      "luc-nam.docx": "d04-party-plan-two-items-removed",
      "son-dong.docx": "d13-party-plan-task-table",
    });
    const out = join(root, "ky-nay");
    const r = spawnSync(
      process.execPath,
      [bin, "matrix", period, "-o", out, "--previous", `${first}.json`, "--format", "csv,json,html,xlsx"],
      { encoding: "utf8" },
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/So với kỳ trước: 1 ô tiến bộ, 2 ô thụt lùi, 1 văn bản mới, 1 văn bản không còn/);
    const csv = readFileSync(`${out}.csv`, "utf8").trimEnd().split("\r\n");
    expect(csv.map((l) => l.split(",").pop())).toEqual(["changes-since-previous", "2.2↑ 2.4↓ 2.7↓", "new"]);
    const html = readFileSync(`${out}.html`, "utf8");
    expect(html).toContain('<p id="disappeared">Văn bản không còn (1):<ul><li>luc-ngan.docx');
    expect(readFileSync(`${out}.xlsx`).subarray(0, 2).toString()).toBe("PK");
    const junk = join(root, "khong-phai.json");
    writeFileSync(junk, '{"a": 1}');
    const bad = spawnSync(process.execPath, [bin, "matrix", period, "-o", out, "--previous", junk], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`--previous ${junk}: không phải ma trận do ketluan matrix ghi`);
    const none = spawnSync(process.execPath, [bin, "matrix", period, "-o", out, "--previous", join(root, "x.json")], {
      encoding: "utf8",
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("Không đọc được --previous");
  });

  it("compares with its own JSON when --previous names the file it is about to rewrite", () => {
    const period = join(root, "cung-tep");
    writeDrafts(period, { "luc-nam.docx": "d12-party-plan-flat-list" });
    const out = join(root, "cung-tep-ma-tran");
    spawnSync(process.execPath, [bin, "matrix", period, "-o", out], { encoding: "utf8" });
    writeDrafts(period, { "luc-nam.docx": "d04-party-plan-two-items-removed" });
    const r = spawnSync(process.execPath, [bin, "matrix", period, "-o", out, "--previous", `${out}.json`], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("So với kỳ trước: 1 ô tiến bộ, 2 ô thụt lùi, 0 văn bản mới, 0 văn bản không còn");
  });
});
