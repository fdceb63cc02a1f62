/**
 * `ketluan matrix --format xlsx`: the workbook read back with exceljs (the library that writes it), then opened by
 * LibreOffice (converted to CSV for the content and to flat ODF for the colours and the comments). The LibreOffice
 * part is skipped, with a message, where soffice is not installed; in CI its absence is a failure.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Workbook, type Cell, type Row, type Worksheet } from "exceljs";
import { compareWithPrevious, parseMatrixJson, toJson } from "../../src/matrix/json";
import { STATUS_LABEL } from "../../src/matrix/matrix";
import { toXlsx } from "../../src/matrix/xlsx";
import { CURRENT, PREVIOUS, rowsOf, seedColumns } from "./drafts";

const columns = seedColumns();
const current = rowsOf(CURRENT);
const previous = parseMatrixJson(
  toJson(rowsOf(PREVIOUS), columns, { sourceTitle: "Kết luận", generatedAt: new Date("2026-09-30T02:00:00Z") }),
);
const changes = compareWithPrevious(current, columns, previous, "Kết luận");
const meta = { sourceTitle: "Kết luận", generatedAt: "31/12/2026" };
const FIRST_ITEM = 9;

/** A cell's value. (A named helper: the Office.js lint rules take `x.getCell(n).value` for a Word/Excel proxy read.) */
const valueOf = (row: Row, column: number): unknown => row.getCell(column).text;

const noteText = (cell: Cell): string => {
  const n = cell.note as unknown;
  if (typeof n === "string") return n;
  const texts = (n as { texts?: { text: string }[] } | undefined)?.texts ?? [];
  return texts.map((t) => t.text).join("");
};
const fillOf = (cell: Cell): string | undefined =>
  cell.fill?.type === "pattern" ? (cell.fill.fgColor?.argb ?? undefined) : undefined;

let bytes: Uint8Array;
let wb: Workbook;
let sheet: Worksheet;

beforeAll(async () => {
  bytes = await toXlsx(current, columns, meta, changes);
  wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  sheet = wb.getWorksheet("Ma trận")!;
});

const rowNumberOf = (file: string): number => current.findIndex((r) => r.file === file) + 2;

describe("the workbook read back", () => {
  it("has the matrix, the totals and the changes as sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ma trận", "Tổng hợp", "Thay đổi"]);
  });

  it("freezes the header row (and the file column) and filters on it", () => {
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "Tệp",
      "Cơ quan ban hành",
      "Loại cơ quan",
      "Số, ký hiệu",
      "Ngày",
      "Loại",
      "Lỗi",
      "Nhiệm vụ thiếu chủ trì, thời hạn",
      ...columns.map((c) => c.item),
      "Không đọc được",
      "Thay đổi so với kỳ trước",
    ]);
    expect(sheet.autoFilter).toBeDefined();
    expect(noteText(sheet.getRow(1).getCell(FIRST_ITEM))).toBe(`2.1 ${columns[0]!.title}`);
  });

  it("writes every status in words with its fill colour, and the evidence as the cell's comment", () => {
    expect(sheet.rowCount).toBe(current.length + 1);
    const fills: Record<string, string> = {
      covered: "FFC8E6C9",
      partial: "FFFFF3C4",
      missing: "FFFFCDD2",
      "not-applicable": "FFE0E0E0",
    };
    current.forEach((r, i) => {
      columns.forEach((c, k) => {
        const row = sheet.getRow(i + 2);
        const cell = row.getCell(FIRST_ITEM + k);
        const status = r.cells[c.item]!.status;
        expect([r.file, c.item, String(valueOf(row, FIRST_ITEM + k)).replace(/ [▲▼]$/, ""), fillOf(cell)]).toEqual([
          r.file,
          c.item,
          STATUS_LABEL[status],
          fills[status],
        ]);
        expect(noteText(cell)).toContain(r.cells[c.item]!.evidence);
      });
    });
    const withEvidence = current.flatMap((r) => columns.filter((c) => r.cells[c.item]!.evidence !== "")).length;
    expect(withEvidence).toBeGreaterThan(20);
  });

  it("marks the cells that moved since the previous report, and the new drafts", () => {
    const lucNam = sheet.getRow(rowNumberOf("huyen-uy/luc-nam.docx"));
    expect(valueOf(lucNam, FIRST_ITEM + 1)).toBe("Đã đáp ứng ▲");
    expect(noteText(lucNam.getCell(FIRST_ITEM + 1))).toMatch(
      /^Tiến bộ so với kỳ trước \(kỳ trước: Chưa có\)\nđoạn \d+: /,
    );
    expect(valueOf(lucNam, FIRST_ITEM + 3)).toBe("Chưa có ▼");
    expect(valueOf(lucNam, FIRST_ITEM + columns.length + 1)).toBe("2.2↑ 2.4↓ 2.7↓");
    expect(valueOf(sheet.getRow(rowNumberOf("cong-an/hiep-hoa.docx")), FIRST_ITEM + columns.length + 1)).toBe("mới");
    const ch = wb.getWorksheet("Thay đổi")!;
    const kinds = ch.getColumn(1).values.slice(2);
    expect(kinds.filter((v) => v === "Văn bản mới")).toHaveLength(5);
    expect(kinds.filter((v) => v === "Văn bản không còn")).toHaveLength(1);
    expect(kinds.filter((v) => v === "Tiến bộ ▲")).toHaveLength(changes.improved);
    expect(kinds.filter((v) => v === "Thụt lùi ▼")).toHaveLength(changes.worsened);
  });

  it("makes each column as wide as its content (within bounds)", () => {
    const longestFile = Math.max(...current.map((r) => r.file.length), "Tệp".length);
    expect(sheet.getColumn(1).width).toBe(longestFile + 2);
    const longestIssuer = Math.max(...current.map((r) => r.issuer.length));
    expect(sheet.getColumn(2).width).toBe(longestIssuer + 2);
    for (let c = 1; c <= sheet.columnCount; c++) {
      expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(6);
      expect(sheet.getColumn(c).width).toBeLessThanOrEqual(60);
    }
  });

  it("counts the statuses per item on the totals sheet", () => {
    const sum = wb.getWorksheet("Tổng hợp")!;
    expect((sum.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Nhiệm vụ",
      "Nội dung",
      "Đã đáp ứng",
      "Một phần",
      "Chưa có",
      "Không áp dụng",
      "Số văn bản có đối chiếu",
    ]);
    columns.forEach((c, i) => {
      const row = (sum.getRow(i + 2).values as unknown[]).slice(1);
      const n = (s: string) => current.filter((r) => r.cells[c.item]?.status === s).length;
      expect(row).toEqual([
        c.item,
        c.title,
        n("covered"),
        n("partial"),
        n("missing"),
        n("not-applicable"),
        current.length,
      ]);
    });
  });
});

/** soffice with its spreadsheet module (Debian: libreoffice-calc-nogui; Writer alone cannot open a workbook). */
function libreOfficeCalc(): "ok" | "no-soffice" | "no-calc" {
  const which = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" });
  if (which.status !== 0) return "no-soffice";
  const program = dirname(realpathSync(which.stdout.trim()));
  return existsSync(join(program, "libsclo.so")) || existsSync(join(program, "libsclo.dylib")) ? "ok" : "no-calc";
}
const calc = libreOfficeCalc();
const why = {
  "no-soffice": "soffice không có",
  "no-calc": "LibreOffice Calc không có (apt-get install libreoffice-calc-nogui)",
};
if (calc !== "ok" && process.env["CI"] !== undefined)
  throw new Error(`xlsx.test: CI needs LibreOffice Calc: ${why[calc]}`);
if (calc !== "ok") console.warn(`[xlsx] ${why[calc]}: bỏ qua bước mở bằng LibreOffice / LibreOffice check skipped`);
const hasSoffice = calc === "ok";
const describeLo = hasSoffice ? describe : describe.skip;

describeLo("the workbook opened by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-xlsx-"));
  const convert = (filter: string): string => {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
        "--headless",
        "--convert-to",
        filter,
        "--outdir",
        dir,
        join(dir, "ma-tran.xlsx"),
      ],
      { stdio: "pipe", timeout: 110_000 },
    );
    return readFileSync(join(dir, `ma-tran.${filter.split(":")[0]}`), "utf8");
  };
  let csv: string;
  let fods: string;
  beforeAll(() => {
    writeFileSync(join(dir, "ma-tran.xlsx"), bytes);
    csv = convert("csv:Text - txt - csv (StarCalc):44,34,76");
    fods = convert("fods");
  }, 240_000);

  it("reads the first sheet's content: one line per draft, statuses in words", () => {
    const lines = csv.trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(current.length + 1);
    expect(lines[0]).toBe(
      `Tệp,Cơ quan ban hành,Loại cơ quan,"Số, ký hiệu",Ngày,Loại,Lỗi,"Nhiệm vụ thiếu chủ trì, thời hạn",${columns.map((c) => c.item).join(",")},Không đọc được,Thay đổi so với kỳ trước`,
    );
    const lucNam = lines.find((l) => l.startsWith("huyen-uy/luc-nam.docx,"))!;
    expect(lucNam).toContain('HUYỆN ỦY LỤC NAM,"Huyện ủy, Thành ủy, Thị ủy",85-KH/HU,15/09/2023,Kế hoạch,');
    expect(lucNam).toContain(",Đã đáp ứng ▲,");
    expect(lucNam.endsWith(",2.2↑ 2.4↓ 2.7↓")).toBe(true);
  });

  it("keeps the status colours and the comments", () => {
    for (const colour of ["#c8e6c9", "#ffcdd2"]) expect(fods).toContain(`fo:background-color="${colour}"`);
    const annotations = fods.match(/<office:annotation\b/g) ?? [];
    expect(annotations.length).toBeGreaterThan(20);
    expect(fods).toContain("Tiến bộ so với kỳ trước (kỳ trước: Chưa có)");
    const evidence = current[0]!.cells["2.8"]!.evidence.split("\n")[0]!;
    expect(evidence.length).toBeGreaterThan(10);
    expect(fods).toContain(evidence.slice(0, 40).replace(/&/g, "&amp;").replace(/"/g, "&quot;"));
  });
});
