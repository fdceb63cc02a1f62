/**
 * header/issuer: cases the mutation run found unpinned. The short line under the issuing body drawn as a shape (the
 * way Word users draw it) is a line; a draft typed without its header, checked as a State document, is told its
 * issuer is missing at its first paragraph.
 */
import { rule as issuer } from "../../../src/rules/header/issuer";
import { buildDocxFromSpec, drawnLineRun, esc, makeDocx, stylesXml } from "../../support/buildDocx";
import { runRawRuleTester } from "../../support/ruleTester";
import { statePlan, variant } from "../../support/samples";

/* ---------- WordprocessingML the way Word writes a two-column header table ---------- */

const B = "<w:b/>";
const I = "<w:i/>";
const sz = (pt: number): string => `<w:sz w:val="${pt * 2}"/>`;
const CENTER = `<w:jc w:val="center"/>`;
const R = (text: string, rPr = ""): string =>
  `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const P = (content: string, pPr = ""): string => `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
function table(cells: string[], widthsMm = [70, 95]): string {
  const tw = (mm: number): number => Math.round((mm * 1440) / 25.4);
  const grid = widthsMm.map((w) => `<w:gridCol w:w="${tw(w)}"/>`).join("");
  const nil = ["top", "left", "bottom", "right", "insideH", "insideV"].map((x) => `<w:${x} w:val="nil"/>`).join("");
  const row = cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${tw(widthsMm[i]!)}" w:type="dxa"/></w:tcPr>${c}</w:tc>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${nil}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid><w:tr>${row.join("")}</w:tr></w:tbl>`;
}
/** A4, margins 20/20/30/15 mm. */
const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`;
const STYLES = stylesXml({
  docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/>`,
});

/** A State report whose issuing body has a short line drawn under it as a shape anchored in its paragraph. */
const drawnUnderIssuer = (): Uint8Array =>
  makeDocx({
    styles: STYLES,
    body:
      table([
        P(R("UBND HUYỆN LỤC NAM", sz(13)), CENTER) +
          P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)) + drawnLineRun({ xMm: 22, widthMm: 25, yMm: 6 }), CENTER) +
          P(R("Số: 215/BC-KTHT", sz(13)), CENTER),
        P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), CENTER) +
          P(R("Độc lập - Tự do - Hạnh phúc", B) + drawnLineRun({ xMm: 20, widthMm: 55, yMm: 6 }), CENTER) +
          P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), CENTER),
      ]) +
      P(R("BÁO CÁO", B), CENTER) +
      P(R("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", B), CENTER) +
      P(R("Phòng Kinh tế và Hạ tầng báo cáo kết quả thực hiện như sau."), `<w:jc w:val="both"/>`) +
      SECT,
  });

/** A State plan typed without its header table: the type name is the first paragraph. */
const noHeader = (): Uint8Array => buildDocxFromSpec(variant(statePlan(), (d) => d.blocks.shift()));

runRawRuleTester(issuer, "drawn lines, no header", {
  valid: [{ name: "State: a line drawn as a shape under the issuing body is its line", docx: drawnUnderIssuer }],
  invalid: [
    {
      name: "a plan typed without its header, checked as a State document: no issuer, at paragraph 0",
      docx: noHeader,
      profile: "state",
      findings: [
        {
          message:
            "Không thấy tên cơ quan ban hành văn bản ở góc trái phía trên; NĐ 30/2020/NĐ-CP yêu cầu ghi tên cơ quan ban hành",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
  ],
});
