/**
 * The header the way real Word files make it (measured on a provincial office's documents): one two-column table,
 * two tables, a paragraph per line split by a tab stop or by spaces, an issuer wrapped with a line break, content
 * controls, text boxes; lines under the issuer and the motto drawn as shapes, typed, bordered or underlined.
 * Documents are written as WordprocessingML the way Word writes these layouts and read back by the reader; each case
 * checks what the structure recognition finds and what the header rules then say. (Text boxes, profile and type-name
 * detection on the model directly: title.test.ts.)
 */
import { readDocument } from "../../../src/docx/reader";
import type { DocumentModel } from "../../../src/model/document";
import { checkDocument } from "../../../src/check";
import { partText } from "../../../src/model/structure/header";
import { analyzeStructure } from "../../../src/model/structure";
import type { Finding } from "../../../src/rules/types";
import { drawnLineRun, esc, makeDocx, stylesXml } from "../../support/buildDocx";

const HEADER_RULES = [
  "header/party-title",
  "header/national-title",
  "header/issuer",
  "header/number",
  "header/date",
  "title/type-name",
];

/* ---------- WordprocessingML the way Word writes these layouts ---------- */

const B = "<w:b/>";
const I = "<w:i/>";
const U = `<w:u w:val="single"/>`;
const sz = (pt: number): string => `<w:sz w:val="${pt * 2}"/>`;
const CENTER = `<w:jc w:val="center"/>`;
const R = (text: string, rPr = ""): string =>
  `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const TAB = `<w:r><w:tab/></w:r>`;
const BR = `<w:r><w:br/></w:r>`;
const P = (content: string, pPr = ""): string => `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
/** Centre tab stops at the middle of each half of a 165 mm text area (what Word users set for a one-line header). */
const HALVES = `<w:tabs><w:tab w:val="center" w:pos="2340"/><w:tab w:val="center" w:pos="7020"/></w:tabs>`;
const sdt = (inner: string): string =>
  `<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;

function table(rows: string[][], widthsMm = [70, 95]): string {
  const tw = (mm: number): number => Math.round((mm * 1440) / 25.4);
  const grid = widthsMm.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join("");
  const nil = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="nil"/>`).join("");
  const body = rows
    .map(
      (cells) =>
        `<w:tr>${cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${tw(widthsMm[i] ?? 80)}" w:type="dxa"/></w:tcPr>${c === "" ? "<w:p/>" : c}</w:tc>`).join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${nil}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

/** A4, margins 20/20/30/15 mm: a 165 mm text area. */
const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
const STYLES = stylesXml({
  docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>`,
});

function read(body: string): DocumentModel {
  return readDocument(makeDocx({ body: body + SECT, styles: STYLES }));
}

/** Errors and warnings of the header and type-name rules (info findings, such as a draft's blank number, aside). */
function headerFindings(m: DocumentModel): Finding[] {
  return checkDocument(m, { rules: HEADER_RULES, directives: false }).findings.filter((f) => f.severity !== "info");
}

const BODY =
  P(R("Kính gửi: Ủy ban nhân dân tỉnh."), CENTER) +
  P(R("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo kết quả như sau."), `<w:jc w:val="both"/>`);

/** The usual State title cell: national title 13 pt bold, motto 14 pt bold. */
const TITLES =
  P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), CENTER) + P(R("Độc lập - Tự do - Hạnh phúc", B), CENTER);
const line = (xMm: number, widthMm: number, yMm = 1): string => drawnLineRun({ xMm, widthMm, yMm });

/* ---------- layouts ---------- */

describe("header laid out in one paragraph per line, split by a tab stop", () => {
  const build = (opts: { leftLine?: boolean; titleBold?: boolean } = {}): DocumentModel =>
    read(
      P(
        R("UBND TỈNH LÂM ĐỒNG", sz(13)) +
          TAB +
          R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", (opts.titleBold === false ? "" : B) + sz(13)),
        HALVES,
      ) +
        P(R("SỞ NỘI VỤ", B + sz(13)) + TAB + R("Độc lập - Tự do - Hạnh phúc", B), HALVES) +
        // Both short lines are anchored in the empty paragraph under the titles; their position tells which is which.
        P((opts.leftLine === false ? "" : line(20, 25)) + line(95, 60), HALVES) +
        P(R("Số: 45/SNV-VP", sz(13)) + TAB + R("Lâm Đồng, ngày 05 tháng 3 năm 2025", I), HALVES) +
        P(R("V/v báo cáo kết quả Đại hội", sz(12)), HALVES) +
        BODY,
    );

  it("finds each side's element and measures it by its own runs: a công văn with no finding", () => {
    const m = build();
    const s = analyzeStructure(m);
    expect(s.detectedProfile).toBe("state");
    const h = s.header;
    expect(h.parts!.issuer.map((x) => partText(m.paragraphs, x))).toEqual(["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"]);
    expect(partText(m.paragraphs, h.parts!.nationalTitle!)).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(partText(m.paragraphs, h.parts!.motto!)).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(partText(m.paragraphs, h.parts!.number!)).toBe("Số: 45/SNV-VP");
    expect(partText(m.paragraphs, h.parts!.date!)).toBe("Lâm Đồng, ngày 05 tháng 3 năm 2025");
    expect(h.issuerLineKind).toBe("drawn");
    expect(h.titleLineKind).toBe("drawn");
    expect(h.letterSubject).toBe(4);
    // The managing body (not bold) shares its paragraph with the bold national title: neither is misjudged.
    expect(headerFindings(m)).toEqual([]);
  });

  it("reports the missing line under the issuer when only the motto's is drawn", () => {
    const found = headerFindings(build({ leftLine: false }));
    expect(found.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "header/issuer",
        "warning",
        "Dưới tên cơ quan ban hành “SỞ NỘI VỤ” không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); NĐ 30/2020/NĐ-CP yêu cầu có đường kẻ ngang",
      ],
    ]);
  });

  it("judges the national title by its runs, without a fix that would embolden the managing body too", () => {
    const found = headerFindings(build({ titleBold: false }));
    expect(found.map((f) => f.message)).toEqual(["Quốc hiệu không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm"]);
    expect(found[0]!.fix).toBeUndefined();
  });
});

describe("header pushed into two columns with spaces", () => {
  const m = read(
    P(R("      ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13))) +
      P(R("       TỈNH LÂM ĐỒNG", B + sz(13)) + TAB + R("                          Độc lập - Tự do - Hạnh phúc", B)) +
      P(line(25, 20) + line(95, 60)) +
      P(
        R("     Số:             /UBND-NC", sz(13)) +
          R("                       Lâm Đồng, ngày         tháng 02 năm 2026", I + sz(13)),
      ) +
      P(R(" V/v triển khai thực hiện", sz(13)), CENTER) +
      BODY,
  );

  it("recognises the issuer, titles, number and date, and says the titles are placed with spaces", () => {
    const h = analyzeStructure(m).header;
    expect(h.parts!.issuer.map((x) => partText(m.paragraphs, x))).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]);
    expect(partText(m.paragraphs, h.parts!.number!)).toBe("Số:             /UBND-NC");
    expect(partText(m.paragraphs, h.parts!.date!)).toBe("Lâm Đồng, ngày         tháng 02 năm 2026");
    expect(headerFindings(m).map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        "header/national-title",
        "warning",
        "Quốc hiệu căn trái rồi đẩy vào giữa bằng dấu cách; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
      ],
    ]);
  });
});

describe("issuer wrapped with a line break, national title and motto in one cell paragraph", () => {
  const m = read(
    table([
      [
        P(R("UBND TỈNH LÂM ĐỒNG", sz(13)) + BR + R("SỞ NỘI VỤ", B + sz(13)) + line(25, 15, 11), CENTER),
        P(
          R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)) +
            BR +
            R("Độc lập - Tự do - Hạnh phúc", B) +
            line(20, 55, 11),
          CENTER,
        ),
      ],
      [P(R("Số: 12/KH-SNV", sz(13)), CENTER), P(R("Lâm Đồng, ngày 20 tháng 12 năm 2025", I), CENTER)],
    ]) +
      P(R("KẾ HOẠCH", B), CENTER) +
      P(R("Tuyên truyền cải cách hành chính năm 2026", B), CENTER) +
      BODY,
  );

  it("measures each line by its own runs: the managing body is not bold, the issuing body is", () => {
    const s = analyzeStructure(m);
    expect(s.documentType).toBe("plan");
    expect(s.header.parts!.issuer.map((x) => partText(m.paragraphs, x))).toEqual(["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ"]);
    expect(s.header.issuerLineKind).toBe("drawn");
    expect(s.header.titleLineKind).toBe("drawn");
    expect(headerFindings(m)).toEqual([]);
  });
});

describe("two tables: the titles, then the number and the date", () => {
  const m = read(
    table([[P(R("SỞ Y TẾ", B + sz(13)), CENTER) + P(line(22, 18)), TITLES + P(line(20, 55))]]) +
      P("") +
      table([[P(R("Số: 1234/QĐ-SYT", sz(13)), CENTER), P(R("Lâm Đồng, ngày 05 tháng 3 năm 2025", I), CENTER)]]) +
      P(R("QUYẾT ĐỊNH", B), CENTER) +
      P(R("Về việc kiện toàn Hội đồng thi đua", B), CENTER) +
      BODY,
  );

  it("finds the issuer in the first table and the number and date in the second", () => {
    const s = analyzeStructure(m);
    expect(s.typeName).toBe("QUYẾT ĐỊNH");
    expect(s.header.issuer).toEqual([0]);
    expect(s.header.number).toBeDefined();
    expect(s.header.date).toBeDefined();
    expect(headerFindings(m)).toEqual([]);
  });

  it("without a type name (a công văn), the second table still belongs to the header", () => {
    const cv = read(
      table([[P(R("SỞ NỘI VỤ", B + sz(13)), CENTER) + P(line(22, 18)), TITLES + P(line(20, 55))]]) +
        P("") +
        table([
          [
            P(R("Số: 45/SNV-VP", sz(13)), CENTER) + P(R("V/v báo cáo tình hình hội", sz(12)), CENTER),
            P(R("Lâm Đồng, ngày 05 tháng 3 năm 2025", I), CENTER),
          ],
        ]) +
        BODY,
    );
    const s = analyzeStructure(cv);
    expect(s.header.number).toBeDefined();
    expect(s.header.letterSubject).toBeDefined();
    expect(headerFindings(cv)).toEqual([]);
  });
});

describe("the place and date broken over two lines of their cell with a line break (Shift+Enter)", () => {
  const dated = (date: string): DocumentModel =>
    read(
      table([
        [
          P(R("SỞ Y TẾ", B + sz(13)), CENTER) + P(line(22, 18)) + P(R("Số: 1234/BC-SYT", sz(13)), CENTER),
          TITLES + P(line(20, 55)) + P(date, CENTER),
        ],
      ]) +
        P(R("BÁO CÁO", B), CENTER) +
        P(R("Kết quả công tác y tế năm 2025", B), CENTER) +
        BODY,
    );

  it("a date broken before “năm” is still the header's date, read across the break", () => {
    const m = dated(R("Lâm Đồng, ngày 20 tháng 12", I) + BR + R("năm 2025", I));
    const s = analyzeStructure(m);
    expect(partText(m.paragraphs, s.header.parts!.date!)).toBe("Lâm Đồng, ngày 20 tháng 12\nnăm 2025");
    expect(s.header.date).toBe(6);
    // before, the header had no date: an error "Không thấy địa danh, ngày tháng năm ban hành"
    expect(headerFindings(m)).toEqual([]);
  });

  it("a day without its zero in a date broken before “năm”: the fix rewrites the first line only", () => {
    const m = dated(R("Lâm Đồng, ngày 5 tháng 12", I) + BR + R("năm 2025", I));
    const found = headerFindings(m);
    expect(found.map((f) => [f.rule, f.severity, f.paragraph])).toEqual([["header/date", "error", 6]]);
    // Word's search does not cross a line break: the text searched for is the date's first line
    expect(found[0]!.fix?.edits).toEqual([
      { kind: "replaceText", paragraph: 6, find: "ngày 5 tháng 12", replace: "ngày 05 tháng 12" },
    ]);
  });

  it("a long place name on the line above the date is the date's place", () => {
    const m = dated(R("Thành phố Hồ Chí Minh,", I) + BR + R("ngày 20 tháng 12 năm 2025", I));
    expect(partText(m.paragraphs, analyzeStructure(m).header.parts!.date!)).toBe("ngày 20 tháng 12 năm 2025");
    // before: an error "Thiếu địa danh trước ngày tháng"
    expect(headerFindings(m)).toEqual([]);
  });

  it("a line above the date that is no place (no comma ends it) does not stand for the place", () => {
    const m = dated(R("Độc lập", I) + BR + R("ngày 20 tháng 12 năm 2025", I));
    expect(headerFindings(m).map((f) => [f.rule, f.severity, f.paragraph])).toEqual([["header/date", "error", 6]]);
  });
});

describe("header cells wrapped in content controls", () => {
  const m = read(
    table([
      [
        sdt(P(R("ỦY BAN NHÂN DÂN", B + sz(13)), CENTER)) +
          P(sdt(R("TỈNH LÂM ĐỒNG", B + sz(13))) + line(25, 15, 6), CENTER),
        sdt(TITLES) + P(line(20, 55)),
      ],
      [P(R("Số:      /BC-UBND", sz(13)), CENTER), sdt(P(R("Lâm Đồng, ngày      tháng 12 năm 2025", I), CENTER))],
    ]) +
      P(R("BÁO CÁO", B), CENTER) +
      P(R("Kết quả công tác cải cách hành chính năm 2025", B), CENTER) +
      BODY,
  );

  it("reads through them; a draft's blank number and day are an info, never an error", () => {
    expect(analyzeStructure(m).documentType).toBe("report");
    expect(headerFindings(m)).toEqual([]);
    const infos = checkDocument(m, { rules: HEADER_RULES, directives: false }).findings.filter(
      (f) => f.severity === "info",
    );
    expect(infos.map((f) => f.rule)).toEqual(["header/number", "header/date"]);
  });
});

describe("the line under the issuer, made in any of the ways Word users make it", () => {
  const build = (issuerCell: string): DocumentModel =>
    read(
      table([
        [P(R("UBND TỈNH LÂM ĐỒNG", sz(13)), CENTER) + issuerCell, TITLES + P(line(20, 55))],
        [P(R("Số: 12/BC-SNV", sz(13)), CENTER), P(R("Lâm Đồng, ngày 20 tháng 12 năm 2025", I), CENTER)],
      ]) +
        P(R("BÁO CÁO", B), CENTER) +
        P(R("Kết quả thực hiện nhiệm vụ năm 2025", B), CENTER) +
        BODY,
    );
  const issuing = (pPr = "", rPr = ""): string => P(R("SỞ NỘI VỤ", B + sz(13) + rPr), CENTER + pPr);
  const cases: [string, string, string | undefined][] = [
    ["a shape anchored at the issuer", P(R("SỞ NỘI VỤ", B + sz(13)) + line(25, 15, 6), CENTER), "drawn"],
    ["a shape anchored in the empty paragraph under it", issuing() + P(line(25, 15)), "drawn"],
    ["a shape anchored two empty paragraphs down", issuing() + P("") + P(line(25, 15)), "drawn"],
    [
      "a paragraph bottom border",
      issuing(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>`),
      "border",
    ],
    ["a typed line of underscores", issuing() + P(R("________", sz(13)), CENTER), "separator"],
    ["a typed line of hyphens", issuing() + P(R("-------", sz(13)), CENTER), "separator"],
    ["the name underlined", issuing("", U), "underline"],
    ["nothing", issuing() + P(""), undefined],
  ];
  it.each(cases)("%s", (_name, cell, kind) => {
    const m = build(cell);
    expect(analyzeStructure(m).header.issuerLineKind).toBe(kind);
    const lines = headerFindings(m).filter((f) => /đường kẻ/.test(f.message));
    expect(lines.map((f) => f.severity)).toEqual(kind === undefined ? ["warning"] : []);
    for (const f of lines) expect(f.message).not.toMatch(/không kiểm tra được/);
  });

  it("a shape anchored in the empty paragraph after the header table counts for the side it is drawn on", () => {
    const after = (xMm: number): DocumentModel =>
      read(
        table([
          [
            P(R("ỦY BAN NHÂN DÂN", B + sz(13)), CENTER) + P(R("TỈNH LÂM ĐỒNG", B + sz(13)), CENTER),
            TITLES + P(line(20, 55)),
          ],
        ]) +
          P(line(xMm, 20)) +
          P(R("QUYẾT ĐỊNH", B), CENTER) +
          P(R("Về việc phê duyệt Điều lệ", B), CENTER) +
          BODY,
      );
    expect(analyzeStructure(after(22)).header.issuerLineKind).toBe("drawn");
    expect(analyzeStructure(after(110)).header.issuerLineKind).toBeUndefined();
  });
});

describe("alignment of the titles", () => {
  const build = (titlePPr: string, text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"): DocumentModel =>
    read(
      table([
        [
          P(R("SỞ NỘI VỤ", B + sz(13)), CENTER) + P(line(22, 18)),
          P(R(text, B + sz(13)), titlePPr) + P(R("Độc lập - Tự do - Hạnh phúc", B), CENTER) + P(line(20, 55)),
        ],
        [P(R("Số: 12/BC-SNV", sz(13)), CENTER), P(R("Lâm Đồng, ngày 20 tháng 12 năm 2025", I), CENTER)],
      ]) +
        P(R("BÁO CÁO", B), CENTER) +
        P(R("Kết quả thực hiện nhiệm vụ năm 2025", B), CENTER) +
        BODY,
    );
  it("centred: nothing to say", () => expect(headerFindings(build(CENTER))).toEqual([]));
  it("no alignment set: a warning", () => {
    expect(headerFindings(build("")).map((f) => [f.severity, f.message])).toEqual([
      ["warning", "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa"],
    ]);
  });
  it("left-aligned and pushed to the middle with spaces: a warning, with a fix", () => {
    const found = headerFindings(build(`<w:jc w:val="left"/>`, "   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Quốc hiệu căn trái rồi đẩy vào giữa bằng dấu cách; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
      ],
    ]);
    expect(found[0]!.fix?.edits.map((e) => e.kind)).toEqual(["setParagraphFormat", "replaceText"]);
  });
});

describe("a Party header in paragraphs split by tab stops", () => {
  const m = read(
    P(R("ĐẢNG BỘ TỈNH BẮC GIANG") + TAB + R("ĐẢNG CỘNG SẢN VIỆT NAM", B + sz(15) + U), HALVES) +
      P(R("HUYỆN ỦY LỤC NAM", B), HALVES) +
      P(R("*"), HALVES) +
      P(R("Số 85-KH/HU") + TAB + R("Lục Nam, ngày 15 tháng 9 năm 2023", I), HALVES) +
      P(R("KẾ HOẠCH", B + sz(16)), CENTER) +
      P(R("thực hiện Kết luận số 125-KL/TU", B), CENTER) +
      P(R("-----"), CENTER) +
      P(R("Thực hiện Kết luận, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau."), `<w:jc w:val="both"/>`),
  );
  it("is a Party plan with its superior body, issuing body, star, number and date, and nothing wrong", () => {
    const s = analyzeStructure(m);
    expect(s.detectedProfile).toBe("party");
    expect(s.documentType).toBe("plan");
    expect(s.header.parts!.issuer.map((x) => partText(m.paragraphs, x))).toEqual([
      "ĐẢNG BỘ TỈNH BẮC GIANG",
      "HUYỆN ỦY LỤC NAM",
    ]);
    expect(s.header.star).toBe(2);
    expect(s.header.titleLineKind).toBe("underline");
    expect(headerFindings(m)).toEqual([]);
  });
});

describe("a header stacked in plain paragraphs", () => {
  it("a national title at the left margin is said to be misplaced", () => {
    const m = read(
      P(R("SỞ NỘI VỤ", B + sz(13)), CENTER) +
        P(R("-------", sz(13)), CENTER) +
        P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13))) +
        P(R("Độc lập - Tự do - Hạnh phúc", B), CENTER) +
        P(R("-------"), CENTER) +
        P(R("Số: 12/BC-SNV", sz(13)), CENTER) +
        P(R("Lâm Đồng, ngày 20 tháng 12 năm 2025", I), CENTER) +
        P(R("BÁO CÁO", B), CENTER) +
        P(R("Kết quả thực hiện nhiệm vụ năm 2025", B), CENTER) +
        BODY,
    );
    expect(headerFindings(m).map((f) => [f.severity, f.message])).toEqual([
      ["warning", "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa"],
    ]);
  });
});

describe("a decree laid out as the Government publishes it", () => {
  const m = read(
    table([
      [
        P(R("CHÍNH PHỦ", B + sz(13)), CENTER) +
          P(R("_______", sz(13)), CENTER) +
          P("") +
          P(R("Số: 30/2020/NĐ-CP", sz(13)), CENTER),
        TITLES +
          P(R("________________________________________"), CENTER) +
          P(R("Hà Nội, ngày 05 tháng 3 năm 2020", I), CENTER),
      ],
    ]) +
      P("") +
      P(R("NGHỊ ĐỊNH", B), CENTER) +
      P(R("Về công tác văn thư", B), CENTER) +
      P(R("__________", sz(12)), CENTER) +
      P(R("Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", I), `<w:jc w:val="both"/>`),
  );
  it("is a State document with a number carrying its year, and nothing wrong in its header", () => {
    const s = analyzeStructure(m);
    expect(s.detectedProfile).toBe("state");
    expect(s.typeName).toBe("NGHỊ ĐỊNH");
    expect(s.header.issuerLineKind).toBe("separator");
    expect(s.header.titleLineKind).toBe("separator");
    expect(headerFindings(m)).toEqual([]);
  });
});
