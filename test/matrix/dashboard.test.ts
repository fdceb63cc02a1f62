/**
 * The matrix page as the provincial office reads it: the charts (one stacked bar per directive item, one share bar
 * per issuer), the filters by issuer kind and status, and the changes since a previous report (JSON written by one
 * run, read back by the next), on two periods of real-style drafts (test/matrix/drafts.ts).
 */
import { issuerKind } from "../../src/matrix/issuer-kind";
import { compareWithPrevious, parseMatrixJson, toJson } from "../../src/matrix/json";
import { changeMarker, STATUSES, toCsv, toHtml, type CellStatus, type MatrixRow } from "../../src/matrix/matrix";
import { CURRENT, PREVIOUS, rowsOf, seedColumns } from "./drafts";

const columns = seedColumns();
const current = rowsOf(CURRENT);
const previousRows = rowsOf(PREVIOUS);
const previous = parseMatrixJson(
  toJson(previousRows, columns, { sourceTitle: "Kết luận", generatedAt: new Date("2026-09-30T02:00:00Z") }),
);
const changes = compareWithPrevious(current, columns, previous, "Kết luận");
const html = toHtml(current, columns, { sourceTitle: "Kết luận", generatedAt: "31/12/2026" }, changes);

const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const rowOf = (file: string): MatrixRow => current.find((r) => r.file === file)!;

describe("issuer kinds (issuer-kinds.json)", () => {
  it.each([
    ["HUYỆN ỦY LỤC NAM", undefined, "huyen-uy"],
    ["THÀNH UỶ BẮC GIANG", undefined, "huyen-uy"],
    ["BAN TUYÊN GIÁO", "HUYỆN ỦY YÊN THẾ", "huyen-uy"],
    ["ĐẢNG ỦY XÃ TIẾN DŨNG", "ĐẢNG BỘ HUYỆN YÊN DŨNG", "dang-uy"],
    ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", undefined, "dang-uy"],
    ["SỞ NỘI VỤ", "UBND TỈNH LÂM ĐỒNG", "so"],
    ["CÔNG AN TỈNH LÂM ĐỒNG", undefined, "so"],
    ["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", undefined, "ubnd"],
    ["UBND HUYỆN TÂN YÊN", undefined, "ubnd"],
    ["VĂN PHÒNG", "UBND TỈNH LÂM ĐỒNG", "ubnd"],
    ["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN TÂN YÊN", "ubnd"],
    // near misses: a ministry, a unit with nobody above it, a body whose name only contains "sở"
    ["BỘ TÀI CHÍNH", undefined, "khac"],
    ["VĂN PHÒNG", undefined, "khac"],
    ["CƠ SỞ CAI NGHIỆN MA TÚY", undefined, "khac"],
    ["", undefined, "khac"],
  ])("%s (under %s) → %s", (issuer, superior, kind) => {
    expect(issuerKind(issuer, superior).id).toBe(kind);
  });
});

describe("the chart per directive item", () => {
  const svg = html.match(/<svg id="chart-items"[\s\S]*?<\/svg>/)![0];
  const groups = [...svg.matchAll(/<g class="bar"[^>]*>[\s\S]*?<\/g>/g)].map((m) => m[0]);

  it("has one bar group per item, whose counts are the matrix's statuses over the drafts", () => {
    expect(groups.map((g) => attrs(g.slice(0, g.indexOf(">")))["data-item"])).toEqual(columns.map((c) => c.item));
    expect(attrs(svg.slice(0, svg.indexOf(">")))["data-total"]).toBe(String(current.length));
    for (const g of groups) {
      const a = attrs(g.slice(0, g.indexOf(">")));
      const item = a["data-item"]!;
      for (const s of STATUSES) {
        const expected = current.filter((r) => r.cells[item]?.status === s).length;
        expect([item, s, Number(a[`data-${s}`])]).toEqual([item, s, expected]);
      }
    }
  });

  it("draws each status as a segment as wide as its share of the drafts, the count written in it", () => {
    const g = groups[0]!;
    const a = attrs(g.slice(0, g.indexOf(">")));
    let x = 300;
    for (const s of STATUSES) {
      const rect = attrs(g.match(new RegExp(`<rect class="seg" data-status="${s}"[^>]*>`))![0]);
      const n = Number(a[`data-${s}`]);
      expect(Number(rect["x"])).toBeCloseTo(x, 0);
      expect(Number(rect["width"])).toBeCloseTo((n / current.length) * 320, 0);
      x += Number(rect["width"]);
      expect(g).toMatch(new RegExp(`<text class="segn" data-status="${s}" [^>]*>${n}</text>`));
    }
    expect(x).toBeCloseTo(620, 0);
    // the numbers are readable without the colour: in words at the end of the bar and in the title
    const words = STATUSES.filter((s) => Number(a[`data-${s}`]) > 0)
      .map(
        (s) =>
          `${{ covered: "Đã đáp ứng", partial: "Một phần", missing: "Chưa có", "not-applicable": "Không áp dụng" }[s]} ${a[`data-${s}`]}`,
      )
      .join(" · ");
    expect(g).toContain(`<text class="words" x="628" y="13">${words}</text>`);
    expect(g).toMatch(new RegExp(`<title>2\\.1 [^<]+: ${words}</title>`));
  });

  it("uses the status colours of the table, and is labelled in Vietnamese for a screen reader", () => {
    expect(svg).toContain('fill="#c8e6c9" stroke="#2e7d32"');
    expect(svg).toContain('fill="#ffcdd2" stroke="#c62828"');
    expect(html).toContain(".s-covered { background: #c8e6c9; }");
    expect(svg).toMatch(/role="img" aria-labelledby="chart-items-title chart-items-desc"/);
    expect(svg).toContain(
      `<title id="chart-items-title">Mức đáp ứng từng nhiệm vụ trên ${current.length} văn bản có đối chiếu</title>`,
    );
  });
});

describe("the chart per issuer", () => {
  const svg = html.match(/<svg id="chart-issuers"[\s\S]*?<\/svg>/)![0];
  const groups = [...svg.matchAll(/<g class="issuer"[^>]*>[\s\S]*?<\/g>/g)].map((m) => m[0]);

  it("has one bar per issuer with the share of the items that apply to it covered, highest first", () => {
    const issuers = new Set(current.map((r) => r.issuer.toLocaleUpperCase("vi")));
    expect(groups).toHaveLength(issuers.size);
    const lucNam = rowOf("huyen-uy/luc-nam.docx");
    const covered = Object.values(lucNam.cells).filter((c) => c.status === "covered").length;
    const applicable = Object.values(lucNam.cells).filter((c) => c.status !== "not-applicable").length;
    const g = groups.find((x) => x.includes(">HUYỆN ỦY LỤC NAM<"))!;
    expect(g).toContain(`data-kind="huyen-uy" data-covered="${covered}" data-applicable="${applicable}"`);
    expect(g).toContain(
      `>${Math.round((covered / applicable) * 100)}% (${covered}/${applicable} nhiệm vụ; 1 văn bản)</text>`,
    );
    const shares = groups.map((x) => {
      const a = attrs(x.slice(0, x.indexOf(">")));
      return Number(a["data-covered"]) / Number(a["data-applicable"]);
    });
    expect([...shares].sort((p, q) => q - p)).toEqual(shares);
  });
});

describe("the filters", () => {
  const form = html.match(/<form id="filters"[\s\S]*?<\/form>/)![0];

  it("offer the issuer kinds found, with their counts, and every status", () => {
    const kinds = [
      ...form.matchAll(/<input type="checkbox" name="kind" value="([^"]+)" checked> ([^<]+)<\/label>/g),
    ].map((m) => [m[1], m[2]]);
    expect(kinds).toEqual([
      ["huyen-uy", "Huyện ủy, Thành ủy, Thị ủy (5)"],
      ["dang-uy", "Đảng ủy, Đảng đoàn, Ban cán sự đảng (3)"],
      ["so", "Sở, ban, ngành (2)"],
      ["ubnd", "UBND (2)"],
    ]);
    for (const s of ["covered", "partial", "missing", "not-applicable", "changed"])
      expect(form).toContain(`<option value="${s}">`);
  });

  it("are hidden until the page's script runs: without scripts every row and both charts show", () => {
    expect(form).toMatch(/^<form id="filters" class="filters" hidden /);
    expect(html).toContain("form.hidden = false;");
    expect(html.match(/<tr data-kind=/g)).toHaveLength(current.length);
  });

  it("can tell each row's kind and statuses", () => {
    expect(html).toContain('<tr data-kind="so" data-compared="1"><td>so/nong-nghiep.docx</td>');
    expect(html).toMatch(/<td class="s-missing" data-item="2\.1" data-sort="missing"/);
  });

  it("load nothing from outside the page", () => {
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|<img |https?:\/\//);
  });
});

describe("--previous: the changes since the last report", () => {
  it("matches drafts by file, then by issuer and number, and lists those that appeared or disappeared", () => {
    const byFile = Object.fromEntries(current.map((r, i) => [r.file, changes.rows[i]!]));
    expect(Object.keys(byFile).filter((f) => byFile[f]!.appeared)).toEqual([
      "cong-an/hiep-hoa.docx",
      "dang-uy/khoi-cac-co-quan.docx",
      "dang-uy/khoi-doanh-nghiep.docx",
      "huyen-uy/yen-the-ban-tuyen-giao.docx",
      "phong-gd/tan-yen.docx",
    ]);
    expect(byFile["huyen-uy/tan-yen.docx"]).toEqual({ appeared: false, matchedBy: "file", cells: {} });
    expect(byFile["thanh-uy/305-BC-TU.docx"]).toEqual({
      appeared: false,
      matchedBy: "number",
      previousFile: "thanh-uy/bao-cao-thang-9.docx",
      cells: {},
    });
    expect(changes.disappeared).toEqual([
      { file: "ubnd/luc-ngan.docx", issuer: "ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN", number: "512/BC-UBND" },
    ]);
  });

  it("marks each cell that moved up or down the scale, with its previous status", () => {
    const i = current.findIndex((r) => r.file === "huyen-uy/luc-nam.docx");
    const before = previousRows.find((r) => r.file === "huyen-uy/luc-nam.docx")!;
    const now = current[i]!;
    const rank: Record<CellStatus, number> = { missing: 0, partial: 1, covered: 2, "not-applicable": -1 };
    const expected: Record<string, { change: string; previous: CellStatus }> = {};
    for (const c of columns) {
      const a = rank[now.cells[c.item]!.status];
      const b = rank[before.cells[c.item]!.status];
      if (a !== b)
        expected[c.item] = { change: a > b ? "improved" : "worsened", previous: before.cells[c.item]!.status };
    }
    // the flat list lacked 2.2; the new version has it and lacks 2.4 and 2.7
    expect(expected).toMatchObject({
      "2.2": { change: "improved" },
      "2.4": { change: "worsened" },
      "2.7": { change: "worsened" },
    });
    expect(changes.rows[i]!.cells).toEqual(expected);
    const improved = Object.values(expected).filter((e) => e.change === "improved").length;
    expect([changes.improved, changes.worsened]).toEqual([improved, Object.keys(expected).length - improved]);
  });

  it("shows the marks in the HTML, the CSV and the JSON", () => {
    expect(html).toMatch(
      /<td class="s-covered ch-improved" data-item="2\.2" data-sort="covered" data-change="improved" title="[^"]*tiến bộ so với kỳ trước \(kỳ trước: Chưa có\)[^"]*">Đã đáp ứng <span class="mark" aria-label="tiến bộ">▲<\/span><\/td>/,
    );
    expect(html).toMatch(
      /<td class="s-missing ch-worsened" data-item="2\.4" [^>]*>Chưa có <span class="mark" aria-label="thụt lùi">▼<\/span><\/td>/,
    );
    expect(html).toContain('<p id="disappeared">Văn bản không còn (1):<ul><li>ubnd/luc-ngan.docx');
    expect(html).toContain('cong-an/hiep-hoa.docx <span class="new">mới</span>');
    expect(html).toContain("thanh-uy/bao-cao-thang-9.docx → thanh-uy/305-BC-TU.docx");
    const csv = toCsv(current, columns, changes).slice(1).split("\r\n");
    expect(csv[0]!.endsWith(",unreadable,changes-since-previous")).toBe(true);
    const line = (file: string) => csv.find((l) => l.startsWith(file + ","))!;
    expect(line("huyen-uy/luc-nam.docx").endsWith(",2.2↑ 2.4↓ 2.7↓")).toBe(true);
    expect(line("cong-an/hiep-hoa.docx").endsWith(",new")).toBe(true);
    expect(line("huyen-uy/tan-yen.docx").endsWith(",")).toBe(true);
    expect(changeMarker(undefined, columns)).toBe("");
    const json = JSON.parse(
      toJson(current, columns, { sourceTitle: "Kết luận", generatedAt: new Date(0) }, changes),
    ) as {
      previous: { disappeared: unknown[]; previousGeneratedAt: string };
      rows: { file: string; issuerKind: string; change: { cells: Record<string, unknown> } }[];
    };
    expect(json.previous.previousGeneratedAt).toBe("2026-09-30T02:00:00.000Z");
    expect(json.previous.disappeared).toHaveLength(1);
    const lucNam = json.rows.find((r) => r.file === "huyen-uy/luc-nam.docx")!;
    expect(lucNam.issuerKind).toBe("huyen-uy");
    expect(Object.keys(lucNam.change.cells)).toEqual(["2.2", "2.4", "2.7"]);
  });

  it("reads its own JSON back unchanged, and refuses what is not a matrix report", () => {
    const text = toJson(current, columns, { sourceTitle: "Kết luận", generatedAt: new Date(0) });
    const back = parseMatrixJson(text);
    expect(back.rows.map(({ issuerKind: _k, ...r }) => r)).toEqual(current);
    expect(back.source.items).toEqual(columns);
    expect(() => parseMatrixJson("{")).toThrow("không phải JSON");
    expect(() => parseMatrixJson('{"rows": []}')).toThrow(/không phải ma trận do ketluan matrix ghi/);
    expect(() => parseMatrixJson('{"format": "ketluan-matrix", "version": 99, "rows": []}')).toThrow(/phiên bản 99/);
  });

  it("says when the previous report was made against another directive source", () => {
    expect(compareWithPrevious(current, columns, previous, "Nghị quyết khác").previousSourceTitle).toBe("Kết luận");
    expect(changes.previousSourceTitle).toBeUndefined();
  });

  it("does not match two drafts of the same number by number alone when the number is blank or repeated", () => {
    const blank = (file: string, number: string): MatrixRow => ({
      file,
      issuer: "HUYỆN ỦY LỤC NAM",
      number,
      date: "",
      type: "Kế hoạch",
      errors: 0,
      warnings: 0,
      cells: {},
    });
    const prev = parseMatrixJson(
      toJson([blank("a.docx", "   -KH/HU"), blank("b.docx", "85-KH/HU"), blank("c.docx", "85-KH/HU")], columns, {
        sourceTitle: "",
        generatedAt: new Date(0),
      }),
    );
    const c = compareWithPrevious([blank("x.docx", "   -KH/HU"), blank("y.docx", "85-KH/HU")], columns, prev, "");
    expect(c.rows.map((r) => r.appeared)).toEqual([true, true]);
    expect(c.disappeared.map((d) => d.file)).toEqual(["a.docx", "b.docx", "c.docx"]);
  });
});
