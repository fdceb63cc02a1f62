/**
 * header/party-title: where the title is said to stand when it is not at the top right (a full-width first row of the
 * header table, the left column, the top left of a plain paragraph), and an office's style sheet that places it
 * elsewhere. Each finding is asserted whole: rule, severity, paragraph, message.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import type { DocumentModel } from "../../../src/model/document";
import { RULES } from "../../../src/rules";
import { rule as partyTitle } from "../../../src/rules/header/party-title";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { B, borderlessTable, BR, brief, I, jc, P, R, readWordml, sz, U } from "../../support/wordml";
import { cellPara, partyPlan, setCellText, variant } from "../../support/samples";

const PARTY = partyTitle.meta.id;

const check = (model: DocumentModel, options: Partial<CheckOptions> = {}) =>
  checkDocument(model, { profile: "auto", rules: [PARTY], directives: false, ...options }).findings.map(brief);
const fromSpec = (doc: DocSpec, options: Partial<CheckOptions> = {}) =>
  check(readDocument(buildDocxFromSpec(doc)), options);

/** The error a title away from the top right gets: “đặt ở bên trái / giữa”. */
const position = (paragraph: number, actual: "trái" | "giữa") => ({
  rule: "header/party-title",
  severity: "error",
  paragraph,
  message: `Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” đặt ở bên ${actual}; HD 36-HD/VPTW yêu cầu đặt ở góc phải phía trên`,
});

/* ---------- WordprocessingML for layouts the spec cannot describe (a merged row, a line break) ---------- */

const read = readWordml;
const TITLE = R("ĐẢNG CỘNG SẢN VIỆT NAM", B + sz(15) + U);
const PARTY_BODY =
  P(R("KẾ HOẠCH", B + sz(16)), jc("center")) +
  P(R("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh", B), jc("center")) +
  P(R("-----"), jc("center")) +
  P(R("Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau."), jc("both"));
/** A header typed in plain paragraphs: `first` (the title and the superior body), the committee, the star, the
 *  number, and the date aligned right. */
const plainHeader = (first: string): string =>
  first +
  P(R("HUYỆN ỦY LỤC NAM", B)) +
  P(R("*")) +
  P(R("Số 85-KH/HU")) +
  P(R("Lục Nam, ngày 15 tháng 9 năm 2023", I), jc("right"));
/** A header table whose first row, merged across it, holds `title`; issuer and number left, date right below. */
const mergedTitleRow = (title: string): string =>
  borderlessTable(
    [
      [title],
      [
        P(R("ĐẢNG BỘ TỈNH BẮC GIANG"), jc("center")) +
          P(R("HUYỆN ỦY LỤC NAM", B), jc("center")) +
          P(R("*"), jc("center")) +
          P(R("Số 85-KH/HU"), jc("center")),
        P(R("Lục Nam, ngày 15 tháng 9 năm 2023", I), jc("right")),
      ],
    ],
    [75, 90],
  );

describe("header/party-title: where a title away from the top right is said to be", () => {
  it("centred in a first row that spans the header table's width: in the middle", () => {
    const model = read(mergedTitleRow(P(TITLE, jc("center"))) + PARTY_BODY);
    expect(check(model)).toEqual([position(0, "giữa")]);
  });

  it("right-aligned in a first row that spans the header table's width: at the top right, nothing to say", () => {
    const model = read(mergedTitleRow(P(TITLE, jc("right"))) + PARTY_BODY);
    // before: an error "đặt ở bên trái" (a row of one cell was not read as the plain paragraph it is laid out as)
    expect(check(model)).toEqual([]);
  });

  it("typed at the top left with the superior body under it, in one paragraph broken with a line break: on the left", () => {
    const model = read(plainHeader(P(TITLE + BR + R("ĐẢNG BỘ TỈNH BẮC GIANG"))) + PARTY_BODY);
    expect(check(model)).toEqual([position(0, "trái")]);
  });

  it("typed at the top left under the superior body, in one plain paragraph broken with a line break: on the left", () => {
    const model = read(plainHeader(P(R("ĐẢNG BỘ TỈNH BẮC GIANG") + BR + TITLE)) + PARTY_BODY);
    // before: nothing (a title on a later line of its paragraph was taken as the right side of a tab-split line)
    expect(check(model)).toEqual([position(0, "trái")]);
  });

  it("pushed to the right with spaces in a plain paragraph: at the top right, only the presentation warning", () => {
    const model = read(
      P(R(`${" ".repeat(30)}ĐẢNG CỘNG SẢN VIỆT NAM`, B + sz(15) + U)) +
        plainHeader(P(R("ĐẢNG BỘ TỈNH BẮC GIANG"))) +
        PARTY_BODY,
    );
    // before: an error "đặt ở bên trái", while the header reading (and the national title's rule) takes it as right
    expect(check(model).map((f) => [f.rule, f.severity, f.paragraph, f.message])).toEqual([
      [
        "header/party-title",
        "warning",
        0,
        "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” căn trái rồi đẩy vào giữa bằng dấu cách; HD 36-HD/VPTW trình bày tiêu đề căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
      ],
    ]);
  });

  it("in the left column, on the line after the superior body (one cell paragraph broken with a line break): on the left", () => {
    const model = read(
      borderlessTable(
        [
          [
            P(R("ĐẢNG BỘ TỈNH BẮC GIANG") + BR + TITLE, jc("center")) +
              P(R("HUYỆN ỦY LỤC NAM", B), jc("center")) +
              P(R("*"), jc("center")) +
              P(R("Số 85-KH/HU"), jc("center")),
            P(R("Lục Nam, ngày 15 tháng 9 năm 2023", I), jc("right")),
          ],
        ],
        [75, 90],
      ) + PARTY_BODY,
    );
    expect(check(model)).toEqual([position(0, "trái")]);
  });

  /** The title moved to the left column of the header table (its own cell in the right column left empty). */
  const inLeftColumn = (text: string, align: "center" | "right") =>
    variant(partyPlan(), (d) => {
      setCellText(d, 0, 1, 0, "");
      setCellText(d, 0, 0, 0, text);
      Object.assign(cellPara(d, 0, 0, 0), { bold: true, sizePt: 15, underline: true, align });
    });

  it("in the left column after a few stray spaces, centred: still on the left", () => {
    expect(fromSpec(inLeftColumn("   ĐẢNG CỘNG SẢN VIỆT NAM", "center"))).toEqual([position(0, "trái")]);
  });

  it("in the left column, aligned right: still on the left", () => {
    expect(fromSpec(inLeftColumn("ĐẢNG CỘNG SẢN VIỆT NAM", "right"))).toEqual([position(0, "trái")]);
  });
});

describe("header/party-title: an office's style sheet that places the title elsewhere", () => {
  const IDS = RULES.map((r) => r.meta.id);
  /** The title alone in a centred paragraph above the header table. */
  const centredAbove = variant(partyPlan(), (d) => {
    setCellText(d, 0, 1, 0, "");
    d.blocks.unshift({
      type: "paragraph",
      text: "ĐẢNG CỘNG SẢN VIỆT NAM",
      align: "center",
      bold: true,
      sizePt: 15,
      underline: true,
    });
  });

  it("by the shipped profile, a centred title above the header table is in the middle", () => {
    expect(fromSpec(centredAbove)).toEqual([position(0, "giữa")]);
  });

  it("with the position set to “center” by the office, it is not told to move to the top right", () => {
    const sheet = officeConfig(
      { profiles: { party: { "header/party-title": { position: "center" } } } },
      "ketluan.config.json",
      IDS,
    );
    expect(fromSpec(centredAbove, { office: officeCheckOptions(sheet) })).toEqual([]);
  });
});
