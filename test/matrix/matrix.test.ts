import { spawnSync } from "node:child_process";
import { checkDocument } from "../../src/check";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
    ["party plan", partyPlan(), { issuer: "HUYỆN ỦY LỤC NAM", number: "85-KH/HU" }],
    ["state report", stateReport(), { issuer: "PHÒNG KINH TẾ VÀ HẠ TẦNG", number: "215/BC-KTHT" }],
  ])("%s", (_name, spec, expected) => {
    expect(headerParticulars(readDocument(buildDocxFromSpec(spec)))).toEqual(expected);
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

  it("walks the folders, writes both outputs and lists the unreadable file with its reason", () => {
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
    expect(r.stdout).toContain("Đã lập ma trận 3 tệp (1 không đọc được)");
  });

  it("writes only the formats asked for, and refuses bad usage with exit 2", () => {
    const out = join(root, "chi-csv");
    const r = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen"), "--out", out, "--format", "csv"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(() => readFileSync(`${out}.html`)).toThrow();
    expect(readFileSync(`${out}.csv`, "utf8").length).toBeGreaterThan(0);
    const bad = spawnSync(process.execPath, [bin, "matrix", join(root, "huyen")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--out/);
    const missing = spawnSync(process.execPath, [bin, "matrix", join(root, "khong-co"), "--out", out], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Không tìm thấy thư mục/);
  });
});
