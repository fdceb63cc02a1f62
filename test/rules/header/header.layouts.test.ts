/**
 * The header rules on the layouts real Word files use besides the two-column table (one paragraph per line split by a
 * tab stop, a title alone in a plain paragraph, text boxes), and the fixes they offer, asserted whole: what the
 * drafter sees (rule, severity, paragraph, message) and what "Sửa" would do.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import type { DocumentModel, Drawing, Paragraph } from "../../../src/model/document";
import { rule as headerDate } from "../../../src/rules/header/date";
import { rule as headerIssuer } from "../../../src/rules/header/issuer";
import { rule as nationalTitle } from "../../../src/rules/header/national-title";
import { parseNumberLine, rule as headerNumber } from "../../../src/rules/header/number";
import { rule as partyTitle } from "../../../src/rules/header/party-title";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec, esc, makeDocx, stylesXml } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, cellPara, partyPlan, setCellText, statePlan, stateReport, variant } from "../../support/samples";
import { modelParagraph, modelRun, textBoxDrawing } from "../../support/modelParts";

// The rules are imported by module (not only named by id) so that a test runner following imports finds these tests.
const DATE = headerDate.meta.id;
const ISSUER = headerIssuer.meta.id;
const NATIONAL = nationalTitle.meta.id;
const NUMBER = headerNumber.meta.id;
const PARTY = partyTitle.meta.id;

const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  paragraph: f.paragraph,
  message: f.message,
  ...(f.fix === undefined ? {} : { fix: f.fix }),
});

function check(model: DocumentModel, rules: string[], options: Partial<CheckOptions> = {}) {
  return checkDocument(model, { profile: "auto", rules, directives: false, ...options }).findings.map(brief);
}
const fromSpec = (doc: DocSpec, rules: string[], options: Partial<CheckOptions> = {}) =>
  check(readDocument(buildDocxFromSpec(doc)), rules, options);

/* ---------- WordprocessingML the way Word writes a header laid out with tab stops ---------- */

const B = "<w:b/>";
const I = "<w:i/>";
const U = `<w:u w:val="single"/>`;
const sz = (pt: number): string => `<w:sz w:val="${pt * 2}"/>`;
const CENTER = `<w:jc w:val="center"/>`;
const R = (text: string, rPr = ""): string =>
  `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const TAB = `<w:r><w:tab/></w:r>`;
const P = (content: string, pPr = ""): string => `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
const BR = `<w:r><w:br/></w:r>`;
function table(cells: string[], widthsMm = [70, 95]): string {
  const tw = (mm: number): number => Math.round((mm * 1440) / 25.4);
  const grid = widthsMm.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join("");
  const nil = ["top", "left", "bottom", "right", "insideH", "insideV"].map((x) => `<w:${x} w:val="nil"/>`).join("");
  const row = cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${tw(widthsMm[i]!)}" w:type="dxa"/></w:tcPr>${c}</w:tc>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${nil}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid><w:tr>${row.join("")}</w:tr></w:tbl>`;
}
const HALVES = `<w:tabs><w:tab w:val="center" w:pos="2340"/><w:tab w:val="center" w:pos="7020"/></w:tabs>`;
const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
const STYLES = stylesXml({
  docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>`,
});
const read = (body: string): DocumentModel => readDocument(makeDocx({ body: body + SECT, styles: STYLES }));
const PARTY_BODY =
  P(R("KẾ HOẠCH", B + sz(16)), CENTER) +
  P(R("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", B), CENTER) +
  P(R("-----"), CENTER) +
  P(R("Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau."), `<w:jc w:val="both"/>`);

/** A Party header on tab-split lines: the title on the right of the first line, the date on the right of the second. */
function partyTabbed(o: { title?: string; number?: string; numberRPr?: string } = {}): DocumentModel {
  return read(
    P(R("ĐẢNG BỘ TỈNH BẮC GIANG") + TAB + R(o.title ?? "ĐẢNG CỘNG SẢN VIỆT NAM", B + sz(15) + U), HALVES) +
      P(R("HUYỆN ỦY LỤC NAM", B) + TAB + R("Lục Nam, ngày 15 tháng 9 năm 2023", I), HALVES) +
      P(R("*"), HALVES) +
      P(R(o.number ?? "Số 85-KH/HU", o.numberRPr ?? "") + TAB + R(""), HALVES) +
      PARTY_BODY,
  );
}

/** A State header on tab-split lines. */
function stateTabbed(o: { number?: string; numberRPr?: string; titleLine?: string } = {}): DocumentModel {
  return read(
    P(R("UBND HUYỆN LỤC NAM", sz(13)) + TAB + R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), HALVES) +
      P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)) + TAB + R("Độc lập - Tự do - Hạnh phúc", B + U), HALVES) +
      P(R("-------", sz(13)), HALVES) +
      P(
        R(o.number ?? "Số: 215/BC-KTHT", o.numberRPr ?? sz(13)) + TAB + R("Lục Nam, ngày 20 tháng 12 năm 2023", I),
        HALVES,
      ) +
      P(R("BÁO CÁO", B), CENTER) +
      P(R("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023", B), CENTER) +
      P(R("Phòng Kinh tế và Hạ tầng báo cáo như sau."), `<w:jc w:val="both"/>`),
  );
}

describe("tab-split header lines: each element is measured and fixed on its own side", () => {
  it("a Party header on tab-split lines has no finding", () => {
    const m = partyTabbed();
    expect(check(m, [PARTY, ISSUER, NUMBER, DATE])).toEqual([]);
  });

  it("a State header on tab-split lines has no finding", () => {
    expect(check(stateTabbed(), [NATIONAL, ISSUER, NUMBER, DATE])).toEqual([]);
  });

  it("the number on the left of a shared line: its text fix is kept, it replaces that side only", () => {
    expect(check(partyTabbed({ number: "Số 5-KH/HU" }), [NUMBER])).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message: "Số văn bản “5” nhỏ hơn 10 phải viết “05”; HD 36-HD/VPTW: “Số 05-KH/HU”",
        fix: {
          title: "Sửa thành “Số 05-KH/HU”",
          edits: [{ kind: "replaceText", paragraph: 3, find: "Số 5-KH/HU", replace: "Số 05-KH/HU" }],
        },
      },
    ]);
  });

  it("a 14 pt number sharing its line with the date: the warning offers no fix that would resize the whole line", () => {
    expect(check(stateTabbed({ numberRPr: sz(14) }), [NUMBER])).toEqual([
      {
        rule: "header/number",
        severity: "warning",
        paragraph: 3,
        message:
          "Số, ký hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
      },
    ]);
  });

  it("the Party title on the right side of the first line is at the top right, not misplaced", () => {
    expect(check(partyTabbed({ title: "ĐẢNG CỘNG SẢN VIỆT NAM" }), [PARTY])).toEqual([]);
  });
});

describe("the national title and the motto in one cell paragraph, broken with a line break", () => {
  const build = (align: string) =>
    read(
      table([
        P(R("UBND HUYỆN LỤC NAM", sz(13)), CENTER) +
          P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)), CENTER) +
          P(R("-------", sz(13)), CENTER) +
          P(R("Số: 215/BC-KTHT", sz(13)), CENTER),
        P(
          R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)) + BR + R("Độc lập - Tự do - Hạnh phúc", B + U),
          `<w:jc w:val="${align}"/>`,
        ) + P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), CENTER),
      ]) +
        P(R("BÁO CÁO", B), CENTER) +
        P(R("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023", B), CENTER) +
        P(R("Phòng Kinh tế và Hạ tầng báo cáo như sau."), `<w:jc w:val="both"/>`),
    );
  it("centred: no finding", () => {
    expect(check(build("center"), [NATIONAL])).toEqual([]);
  });
  it("left-aligned: said once, for the paragraph that holds both", () => {
    expect(check(build("left"), [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "warning",
        paragraph: 4,
        message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
      },
    ]);
  });
});

describe("the Party title alone in a plain paragraph above the header table", () => {
  const alone = (align: "left" | "center" | "right") =>
    variant(partyPlan(), (d) => {
      setCellText(d, 0, 1, 0, "");
      d.blocks.unshift({
        type: "paragraph",
        text: "ĐẢNG CỘNG SẢN VIỆT NAM",
        align,
        bold: true,
        sizePt: 15,
        underline: true,
      });
    });
  const position = (actual: string) => ({
    rule: "header/party-title",
    severity: "error",
    paragraph: 0,
    message: `Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” đặt ở bên ${actual}; HD 36-HD/VPTW yêu cầu đặt ở góc phải phía trên`,
  });
  it("aligned right: at the top right", () => {
    expect(fromSpec(alone("right"), [PARTY])).toEqual([]);
  });
  it("centred: said to be in the middle", () => {
    expect(fromSpec(alone("center"), [PARTY])).toEqual([position("giữa")]);
  });
  it("aligned left: said to be on the left", () => {
    expect(fromSpec(alone("left"), [PARTY])).toEqual([position("trái")]);
  });
  it("centred in the left column of the header table: on the left", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, 0, 1, 0, "");
      setCellText(d, 0, 0, 0, "ĐẢNG CỘNG SẢN VIỆT NAM");
      Object.assign(cellPara(d, 0, 0, 0), { bold: true, sizePt: 15, underline: true, align: "center" });
    });
    expect(fromSpec(doc, [PARTY], { profile: "party" })).toEqual([position("trái")]);
  });
});

describe("centring fixes in a header column", () => {
  const centre = (paragraph: number, extra: object[] = []) => ({
    title: "Căn giữa, bỏ dấu cách đầu dòng",
    edits: [{ kind: "setParagraphFormat", paragraph, props: { alignment: "center" } }, ...extra],
  });
  it("the Party title justified in the right column: centre it", () => {
    const doc = variant(partyPlan(), (d) => (cellPara(d, 0, 1, 0).align = "justify"));
    expect(fromSpec(doc, [PARTY])).toEqual([
      {
        rule: "header/party-title",
        severity: "warning",
        paragraph: 4,
        message:
          "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” căn đều hai bên, không căn giữa; HD 36-HD/VPTW trình bày tiêu đề căn giữa",
        fix: centre(4),
      },
    ]);
  });
  it("the national title pushed with spaces: centre it and drop the spaces", () => {
    const doc = variant(stateReport(), (d) => {
      setCellText(d, 0, 1, 0, "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      cellPara(d, 0, 1, 0).align = "left";
    });
    expect(fromSpec(doc, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "warning",
        paragraph: 4,
        message:
          "Quốc hiệu căn trái rồi đẩy vào giữa bằng dấu cách; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
        fix: centre(4, [
          {
            kind: "replaceText",
            paragraph: 4,
            find: "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            replace: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          },
        ]),
      },
    ]);
  });
  it("the motto left-aligned in its column: centre it", () => {
    const doc = variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).align = "left"));
    expect(fromSpec(doc, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "warning",
        paragraph: 5,
        message: "Tiêu ngữ căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày tiêu ngữ căn giữa",
        fix: centre(5),
      },
    ]);
  });
});

describe("fixes offered by the header rules", () => {
  it("a State issuing body at 14 pt: set it to 13 pt, the range's upper end", () => {
    const doc = variant(stateReport(), (d) => (cellPara(d, 0, 0, 1).sizePt = 14));
    expect(fromSpec(doc, [ISSUER])).toEqual([
      {
        rule: "header/issuer",
        severity: "warning",
        paragraph: 1,
        message:
          "Tên cơ quan ban hành: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
        fix: { title: "Đặt cỡ chữ 13 pt", edits: [{ kind: "setRunFormat", paragraph: 1, props: { sizePt: 13 } }] },
      },
    ]);
  });
  it("an issuing body at 14 and 15 pt: one size past what is tolerated makes it an error", () => {
    const doc = variant(stateReport(), (d) => {
      const p = cellPara(d, 0, 0, 1);
      delete p.text;
      p.runs = [
        { text: "PHÒNG KINH TẾ ", sizePt: 14 },
        { text: "VÀ HẠ TẦNG", sizePt: 15 },
      ];
    });
    expect(fromSpec(doc, [ISSUER]).map((f) => [f.severity, f.message])).toEqual([
      ["error", "Tên cơ quan ban hành: cỡ chữ 14, 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt"],
    ]);
  });
  it("no star under the Party issuer: insert a centred plain “*” after it", () => {
    const doc = variant(partyPlan(), (d) => setCellText(d, 0, 0, 2, ""));
    expect(fromSpec(doc, [ISSUER])).toEqual([
      {
        rule: "header/issuer",
        severity: "error",
        paragraph: 1,
        message:
          "Thiếu dấu “*” dưới tên cơ quan ban hành “HUYỆN ỦY LỤC NAM”; HD 36-HD/VPTW yêu cầu dấu sao dưới tên cơ quan ban hành",
        fix: {
          title: "Thêm dấu “*” dưới tên cơ quan ban hành",
          edits: [
            {
              kind: "insertParagraphAfter",
              paragraph: 1,
              text: "*",
              format: { alignment: "center", bold: false, italic: false, underline: false },
            },
          ],
        },
      },
    ]);
  });
  it("a motto with a capital letter too many: rewrite it", () => {
    const doc = variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập - Tự do - Hạnh Phúc"));
    expect(fromSpec(doc, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "error",
        paragraph: 5,
        message: "Tiêu ngữ viết “Độc lập - Tự do - Hạnh Phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
        fix: {
          title: "Sửa thành “Độc lập - Tự do - Hạnh phúc”",
          edits: [
            {
              kind: "replaceText",
              paragraph: 5,
              find: "Độc lập - Tự do - Hạnh Phúc",
              replace: "Độc lập - Tự do - Hạnh phúc",
            },
          ],
        },
      },
    ]);
  });
  it("a Party number written with dots for the blank and the State separators: the blank is kept", () => {
    const doc = variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số: ..../KH-HU"));
    const fix = {
      title: "Sửa thành “Số ....-KH/HU”",
      edits: [{ kind: "replaceText", paragraph: 3, find: "Số: ..../KH-HU", replace: "Số ....-KH/HU" }],
    };
    expect(fromSpec(doc, [NUMBER])).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message: "Số ký hiệu “Số: ..../KH-HU” có dấu hai chấm; văn bản của Đảng viết “Số ....-KH/HU”",
        fix,
      },
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message:
          "Số ký hiệu “Số: ..../KH-HU” sai dấu phân cách; văn bản của Đảng viết “Số ....-KH/HU” (mẫu: Số 85-KH/HU)",
        fix,
      },
      {
        rule: "header/number",
        severity: "info",
        paragraph: 3,
        message: "Số văn bản còn để trống (“Số: ..../KH-HU”): bình thường ở bản dự thảo, văn thư ghi số khi ban hành",
      },
    ]);
  });
  it("a day and month spaced out: the fix keeps the spacing and writes 05 and 01", () => {
    const doc = variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày  5  tháng  1  năm 2023"));
    const fix = {
      title: "Sửa cách viết ngày, tháng",
      edits: [
        {
          kind: "replaceText",
          paragraph: 6,
          find: "ngày  5  tháng  1  năm 2023",
          replace: "ngày  05  tháng  01  năm 2023",
        },
      ],
    };
    expect(fromSpec(doc, [DATE])).toEqual([
      {
        rule: "header/date",
        severity: "error",
        paragraph: 6,
        message: "Ngày 5 phải viết “05” (ngày 1–9 có số 0 đứng trước); HD 36-HD/VPTW",
        fix,
      },
      {
        rule: "header/date",
        severity: "error",
        paragraph: 6,
        message: "Tháng 1 phải viết “01” (tháng 1, 2 có số 0 đứng trước); HD 36-HD/VPTW",
        fix,
      },
    ]);
  });
  it("a month written 09: the fix drops the zero", () => {
    const doc = variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 15 tháng 09 năm 2023"));
    expect(fromSpec(doc, [DATE])).toEqual([
      {
        rule: "header/date",
        severity: "error",
        paragraph: 6,
        message: "Tháng “09” phải viết “9” (tháng 3–12 không có số 0 đứng trước); HD 36-HD/VPTW",
        fix: {
          title: "Sửa cách viết ngày, tháng",
          edits: [
            {
              kind: "replaceText",
              paragraph: 6,
              find: "ngày 15 tháng 09 năm 2023",
              replace: "ngày 15 tháng 9 năm 2023",
            },
          ],
        },
      },
    ]);
  });
});

describe("header/date: a date written where the document is signed", () => {
  it("is pointed at, its line shown as the excerpt", () => {
    const doc = variant(stateReport(), (d) => {
      setCellText(d, 0, 1, 2, "");
      blockPara(d, 1).text = "PHIẾU TRÌNH";
      d.blocks.splice(d.blocks.length - 1, 0, {
        type: "paragraph",
        text: "Ngày 25 tháng 9 năm 2025",
        align: "right",
        italic: true,
      });
    });
    const found = checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [DATE] }).findings;
    expect(found.map((f) => [f.severity, f.paragraph, f.excerpt])).toEqual([
      ["warning", 17, "Ngày 25 tháng 9 năm 2025"],
    ]);
  });
});

describe("header/number: the type code against a type chosen by the user", () => {
  it("a plan the user checks as a report is numbered with the report code", () => {
    expect(fromSpec(partyPlan(), [NUMBER], { documentType: "report" })).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message: "Ký hiệu loại văn bản “KH” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “BC”)",
      },
    ]);
  });
  it("a plan the user checks as “other” is still held to the code of its type name", () => {
    const doc = variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85-BC/HU"));
    expect(fromSpec(doc, [NUMBER], { documentType: "other" })).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message: "Ký hiệu loại văn bản “BC” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “KH”)",
      },
    ]);
  });
  it("a plan checked as a plan: no finding", () => {
    expect(fromSpec(partyPlan(), [NUMBER], { documentType: "plan" })).toEqual([]);
  });
  it("a công văn the user checks as a plan has no type name to hold the code against", () => {
    const doc = variant(stateReport(), (d) => {
      setCellText(d, 0, 0, 3, "Số: 45/UBND-VX");
      blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
    });
    expect(fromSpec(doc, [NUMBER], { documentType: "plan" })).toEqual([]);
  });
  it("a State plan numbered “Số: 12/BC”: a known code, the wrong one", () => {
    const doc = variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số: 12/BC"));
    expect(fromSpec(doc, [NUMBER]).map((f) => f.message)).toEqual([
      "Ký hiệu loại văn bản “BC” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “KH”)",
    ]);
  });
});

describe("parseNumberLine", () => {
  it("reads a number line typed in decomposed Unicode (NFD) as the same line", () => {
    expect(parseNumberLine("Số 85-KH/HU".normalize("NFD"))).toEqual(parseNumberLine("Số 85-KH/HU"));
    expect(parseNumberLine("Số 85-KH/HU")).toMatchObject({
      colon: false,
      number: "85",
      sep1: "-",
      codes: ["KH", "HU"],
    });
  });
  it("reads a line with spaces before “Số”", () => {
    expect(parseNumberLine("   Số 85-KH/HU")).toEqual(parseNumberLine("Số 85-KH/HU"));
  });
  it("reads a legal document's year with spaces around its slash", () => {
    expect(parseNumberLine("Số: 30 / 2020/NĐ-CP")).toMatchObject({ number: "30", year: "2020", codes: ["NĐ", "CP"] });
  });
});

/* ---------- text boxes (the reader keeps a text box's text, not its runs: the model is built directly) ---------- */

const RUN = modelRun();
const para = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph =>
  modelParagraph(index, text, { ...extra }, RUN);
const textBox = (text: string, xMm: number): Drawing => textBoxDrawing(text, xMm);
const bold = (index: number, text: string, extra: Partial<Paragraph> = {}) =>
  para(index, text, { runs: [{ ...RUN, bold: true, sizePt: 13, text }], ...extra });

/** The titles in a text box anchored in the issuer's paragraph, as some offices draw them. */
function titlesInTextBox(titles: string, number = "Số: 12/BC-SNV"): DocumentModel {
  return {
    paragraphs: [
      para(0, "UBND TỈNH LÂM ĐỒNG", { runs: [{ ...RUN, sizePt: 13, text: "UBND TỈNH LÂM ĐỒNG" }] }),
      bold(1, "SỞ NỘI VỤ", { drawings: [textBox(titles, 85)] }),
      para(2, number, { runs: [{ ...RUN, sizePt: 13, text: number }] }),
      bold(3, "BÁO CÁO", { alignment: "center" }),
      bold(4, "Kết quả năm 2025", { alignment: "center" }),
      para(5, "Nội dung báo cáo.", { alignment: "justify" }),
    ],
    sections: [],
    defaults: { ...RUN },
    source: "docx",
  };
}

const NO_LINE = {
  rule: "header/national-title",
  severity: "warning",
  paragraph: 1,
  message:
    "Dưới tiêu ngữ không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); NĐ 30/2020/NĐ-CP yêu cầu có đường kẻ ngang dưới tiêu ngữ",
};

describe("titles in a text box", () => {
  it("a motto in a text box written otherwise: said, with no fix (the fix cannot reach a text box)", () => {
    const m = titlesInTextBox("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập, Tự do, Hạnh phúc");
    expect(check(m, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "error",
        paragraph: 1,
        message: "Tiêu ngữ viết “Độc lập, Tự do, Hạnh phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
      },
      NO_LINE,
    ]);
  });
  it("titles in a text box are not judged for alignment or size (a text box keeps no runs here): only the line", () => {
    const m = titlesInTextBox("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    expect(check(m, [NATIONAL])).toEqual([NO_LINE]);
  });
});
