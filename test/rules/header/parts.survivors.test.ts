/**
 * What the header rules share (src/rules/header/parts.ts), pinned where the rule tests left it loose: a fix kept when
 * it rewrites only the element's side of a shared line, a size the office's style sheet stops checking, a title in a
 * text box not judged for alignment, and what counts as pushing a title to the middle with spaces.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { fixDocument } from "../../../src/fixer";
import type { DocumentModel } from "../../../src/model/document";
import { RULES } from "../../../src/rules";
import { rule as nationalTitle } from "../../../src/rules/header/national-title";
import { rule as headerNumber } from "../../../src/rules/header/number";
import { rule as partyTitle } from "../../../src/rules/header/party-title";
import { buildDocxFromSpec } from "../../support/buildDocx";
import {
  B,
  borderlessTable,
  BR,
  brief,
  HALVES,
  I,
  jc,
  P,
  R,
  readWordml,
  sz,
  TAB,
  U,
  wordmlDocx,
} from "../../support/wordml";
import { cellPara, partyPlan, setCellText, stateReport, variant } from "../../support/samples";
import { textBoxDrawing } from "../../support/modelParts";

const NATIONAL = nationalTitle.meta.id;
const NUMBER = headerNumber.meta.id;
const PARTY = partyTitle.meta.id;

const check = (model: DocumentModel, rules: string[], options: Partial<CheckOptions> = {}) =>
  checkDocument(model, { profile: "auto", rules, directives: false, ...options }).findings.map(brief);

/* ---------- WordprocessingML as Word writes a header laid out with tab stops and line breaks ---------- */

const docx = wordmlDocx;
const read = readWordml;
const table = borderlessTable;

const PARTY_BODY =
  P(R("KẾ HOẠCH", B + sz(16)), jc("center")) +
  P(R("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", B), jc("center")) +
  P(R("-----"), jc("center")) +
  P(R("Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau."), jc("both"));
const STATE_BODY =
  P(R("BÁO CÁO", B), jc("center")) +
  P(R("kết quả thực hiện Kết luận số 125-KL/TU ngày 05/9/2023", B), jc("center")) +
  P(R("Phòng Kinh tế và Hạ tầng báo cáo như sau."), jc("both"));
/** The State issuer column of a header table: superior body, issuing body, its short line, the number. */
const STATE_ISSUER_CELL =
  P(R("UBND HUYỆN LỤC NAM", sz(13)), jc("center")) +
  P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)), jc("center")) +
  P(R("-------", sz(13)), jc("center")) +
  P(R("Số: 215/BC-KTHT", sz(13)), jc("center"));

describe("a fix that rewrites only the element's own side of a shared line is kept", () => {
  // The Party title typed in lower case on the right of the first tab-split line.
  const body =
    P(R("ĐẢNG BỘ TỈNH BẮC GIANG") + TAB + R("Đảng Cộng sản Việt Nam", B + sz(15) + U), HALVES) +
    P(R("HUYỆN ỦY LỤC NAM", B) + TAB + R("Lục Nam, ngày 15 tháng 9 năm 2023", I), HALVES) +
    P(R("*"), HALVES) +
    P(R("Số 85-KH/HU") + TAB + R(""), HALVES) +
    PARTY_BODY;

  it("the Party title in lower case on the right of a tab-split line: rewrite that side in capitals", () => {
    expect(check(read(body), [PARTY])).toEqual([
      {
        rule: "header/party-title",
        severity: "error",
        paragraph: 0,
        message:
          "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” “Đảng Cộng sản Việt Nam” không viết in hoa; HD 36-HD/VPTW yêu cầu chữ in hoa",
        fix: {
          title: "Viết in hoa",
          edits: [
            { kind: "replaceText", paragraph: 0, find: "Đảng Cộng sản Việt Nam", replace: "ĐẢNG CỘNG SẢN VIỆT NAM" },
          ],
        },
      },
    ]);
  });

  it("applying it leaves the issuer on the left of the line as it was, and the title right", () => {
    const out = fixDocument(docx(body), { profile: "auto", rules: [PARTY] });
    expect(out.fixed.map((f) => f.rule)).toEqual(["header/party-title"]);
    expect(out.after.findings).toEqual([]);
    expect(readDocument(out.bytes).paragraphs[0]!.text).toBe("ĐẢNG BỘ TỈNH BẮC GIANG\tĐẢNG CỘNG SẢN VIỆT NAM");
  });
});

describe("an office's style sheet that stops checking a size", () => {
  const IDS = RULES.map((r) => r.meta.id);
  // The number line at 14 pt: what many issued State documents carry (a warning by the shipped profile).
  const model = readDocument(buildDocxFromSpec(variant(stateReport(), (d) => (cellPara(d, 0, 0, 3).sizePt = 14))));

  it("by the shipped profile, a 14 pt number line is a warning", () => {
    expect(check(model, [NUMBER])).toEqual([
      {
        rule: "header/number",
        severity: "warning",
        paragraph: 3,
        message:
          "Số, ký hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
        fix: { title: "Đặt cỡ chữ 13 pt", edits: [{ kind: "setRunFormat", paragraph: 3, props: { sizePt: 13 } }] },
      },
    ]);
  });

  it("with the number's size set to null (not checked, as in the Party profile), the size is not measured", () => {
    const sheet = officeConfig(
      { profiles: { state: { "header/number": { format: { sizePt: null } } } } },
      "ketluan.config.json",
      IDS,
    );
    expect(check(model, [NUMBER], { office: officeCheckOptions(sheet) })).toEqual([]);
  });
});

describe("centring: a title in a text box, and what pushing with spaces is", () => {
  it("the Party title in a text box anchored in the empty first line of the right column: not judged for alignment", () => {
    const model = readDocument(
      buildDocxFromSpec(
        variant(partyPlan(), (d) => {
          setCellText(d, 0, 1, 0, "");
          cellPara(d, 0, 1, 0).align = "left";
        }),
      ),
    );
    model.paragraphs[4]!.drawings = [textBoxDrawing("ĐẢNG CỘNG SẢN VIỆT NAM", 5, 80, 10)];
    // The line under a title drawn in a text box is not looked for: said as a warning; nothing about its alignment.
    expect(check(model, [PARTY])).toEqual([
      {
        rule: "header/party-title",
        severity: "warning",
        paragraph: 4,
        message:
          "Dưới tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); HD 36-HD/VPTW yêu cầu có đường kẻ dưới tiêu đề",
      },
    ]);
  });

  it("the national title left-aligned in its cell, the motto under it pushed with spaces: the title is not centred", () => {
    const model = read(
      table(
        [
          [
            STATE_ISSUER_CELL,
            P(
              R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)) +
                BR +
                R("        Độc lập - Tự do - Hạnh phúc", B + U),
            ) + P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), jc("center")),
          ],
        ],
        [70, 95],
      ) + STATE_BODY,
    );
    expect(check(model, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "warning",
        paragraph: 4,
        message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
      },
    ]);
  });

  it("the national title and the motto in one left-aligned plain paragraph, a line each: the title is not centred", () => {
    const model = read(
      P(R("UBND HUYỆN LỤC NAM", sz(13))) +
        P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13))) +
        P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)) + BR + R("Độc lập - Tự do - Hạnh phúc", B + U)) +
        P(R("Số: 215/BC-KTHT", sz(13))) +
        P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), jc("right")) +
        STATE_BODY,
    );
    // before: nothing (the title shared its paragraph, so it was not taken as alone at the left margin)
    expect(check(model, [NATIONAL])).toEqual([
      {
        rule: "header/national-title",
        severity: "warning",
        paragraph: 2,
        message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
      },
    ]);
  });

  it("one stray space before the Party title in a left-aligned right column is not pushing: not centred", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, 0, 1, 0, " ĐẢNG CỘNG SẢN VIỆT NAM");
      cellPara(d, 0, 1, 0).align = "left";
    });
    expect(check(readDocument(buildDocxFromSpec(doc)), [PARTY])).toEqual([
      {
        rule: "header/party-title",
        severity: "warning",
        paragraph: 4,
        message: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” căn trái, không căn giữa; HD 36-HD/VPTW trình bày tiêu đề căn giữa",
        fix: {
          title: "Căn giữa, bỏ dấu cách đầu dòng",
          edits: [
            { kind: "setParagraphFormat", paragraph: 4, props: { alignment: "center" } },
            { kind: "replaceText", paragraph: 4, find: " ĐẢNG CỘNG SẢN VIỆT NAM", replace: "ĐẢNG CỘNG SẢN VIỆT NAM" },
          ],
        },
      },
    ]);
  });

  it("the national title on a line of its own, placed by a tab at the centred tab stop: no finding", () => {
    // The issuing body has one line: it stands with the motto, the national title is alone on the first line.
    const model = read(
      P(TAB + R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), HALVES) +
        P(R("PHÒNG KINH TẾ VÀ HẠ TẦNG", B + sz(13)) + TAB + R("Độc lập - Tự do - Hạnh phúc", B + U), HALVES) +
        P(R("-------", sz(13)), HALVES) +
        P(R("Số: 215/BC-KTHT", sz(13)) + TAB + R("Lục Nam, ngày 20 tháng 12 năm 2023", I), HALVES) +
        STATE_BODY,
    );
    expect(check(model, [NATIONAL])).toEqual([]);
  });

  it("the titles aligned right in a full-width first row of the header table: accepted, as in a plain paragraph", () => {
    const model = read(
      table(
        [
          [
            P(R("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", B + sz(13)), jc("right")) +
              P(R("Độc lập - Tự do - Hạnh phúc", B + U), jc("right")),
          ],
          [STATE_ISSUER_CELL, P(R("Lục Nam, ngày 20 tháng 12 năm 2023", I), jc("center"))],
        ],
        [70, 95],
      ) + STATE_BODY,
    );
    expect(check(model, [NATIONAL])).toEqual([]);
  });
});
