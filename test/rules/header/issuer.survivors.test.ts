/**
 * header/issuer: cases the mutation run found unpinned. The short line under the issuing body drawn as a shape (the
 * way Word users draw it) is a line; a draft typed without its header, checked as a State document, is told its
 * issuer is missing at its first paragraph.
 */
import { rule as issuer } from "../../../src/rules/header/issuer";
import { buildDocxFromSpec, drawnLineRun } from "../../support/buildDocx";
import { B, borderlessTable, I, jc, P, R, sz, wordmlDocx } from "../../support/wordml";
import { runRawRuleTester } from "../../support/ruleTester";
import { statePlan, variant } from "../../support/samples";

/* ---------- WordprocessingML the way Word writes a two-column header table ---------- */

const CENTER = jc("center");

/** A State report whose issuing body has a short line drawn under it as a shape anchored in its paragraph. */
const drawnUnderIssuer = (): Uint8Array =>
  wordmlDocx(
    borderlessTable(
      [
        [
          P(R("UBND HUYỆN LỤC NAM", sz(13)), CENTER) +
            P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)) + drawnLineRun({ xMm: 22, widthMm: 25, yMm: 6 }), CENTER) +
            P(R("Số: 215/BC-KTHT", sz(13)), CENTER),
          P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), CENTER) +
            P(R("Độc lập - Tự do - Hạnh phúc", B) + drawnLineRun({ xMm: 20, widthMm: 55, yMm: 6 }), CENTER) +
            P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), CENTER),
        ],
      ],
      [70, 95],
    ) +
      P(R("BÁO CÁO", B), CENTER) +
      P(R("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", B), CENTER) +
      P(R("Phòng Kinh tế và Hạ tầng báo cáo kết quả thực hiện như sau."), jc("both")),
  );

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
