/**
 * recipients/required at its edges: no recipients block, no header, the provincial committee's header on one line,
 * a recipient whose name holds the word “Lưu”, an archive line without its dash, a label with no line under it.
 * Fixes written out in full (toStrictEqual: an edit without `like` has no `like` key).
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as required } from "../../../src/rules/recipients/required";
import type { ProfileId } from "../../../src/rules/profiles";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec, esc, makeDocx, stylesXml } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { P, partyPlan, setCellText, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block
const run = (doc: DocSpec, profile: ProfileId | "auto" = "auto"): Finding[] =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { profile, rules: [required.meta.id] }).findings;
/** The Party sample with its three recipient lines written `texts` ("" leaves a line empty). */
const recipients = (texts: [string, string, string]): DocSpec =>
  variant(partyPlan(), (d) => texts.forEach((t, k) => setCellText(d, SIG, 0, k + 1, t)));
const POLICY =
  "Kết luận của Ban Chấp hành Đảng bộ tỉnh, đoạn cuối: giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện với Tỉnh ủy, Ban Thường vụ Tỉnh ủy";
const MISSING_LEADERSHIP = `Nơi nhận thiếu “Thường trực Tỉnh ủy hoặc Ban Thường vụ Tỉnh ủy (b/c)”; ${POLICY}`;
const MISSING_OFFICE = `Nơi nhận thiếu “Văn phòng Tỉnh ủy”; ${POLICY}`;
const insertLeadership = (like?: number) => ({
  title: "Thêm nơi nhận “Thường trực Tỉnh ủy (b/c)”",
  edits: [
    {
      kind: "insertParagraphAfter",
      paragraph: P.label,
      text: "- Thường trực Tỉnh ủy (b/c),",
      ...(like === undefined ? {} : { like }),
    },
  ],
});
const insertOffice = (after: number, like?: number) => ({
  title: "Thêm nơi nhận “Văn phòng Tỉnh ủy”",
  edits: [
    {
      kind: "insertParagraphAfter",
      paragraph: after,
      text: "- Văn phòng Tỉnh ủy,",
      ...(like === undefined ? {} : { like }),
    },
  ],
});

describe("recipients/required: where the recipients block is missing or empty", () => {
  it("a plan without any recipients block: nothing (recipients/block reports the block)", () => {
    const doc = variant(recipients(["", "", ""]), (d) => setCellText(d, SIG, 0, 0, ""));
    expect(run(doc)).toEqual([]);
  });

  it("“Nơi nhận:” with no line under it: both inserted after the label, with no line to format them like", () => {
    const found = run(recipients(["", "", ""]));
    expect(found.map((f) => [f.message, f.severity, f.paragraph, f.fix])).toStrictEqual([
      [MISSING_LEADERSHIP, "error", P.label, insertLeadership()],
      [MISSING_OFFICE, "error", P.label, insertOffice(P.label)],
    ]);
  });
});

describe("recipients/required: which line is the archive line", () => {
  it("a first recipient whose name holds “Lưu” (“Trung tâm Lưu trữ”) is no archive line: the office goes after it", () => {
    const found = run(recipients(["- Trung tâm Lưu trữ lịch sử tỉnh,", "- Các chi bộ,", "- Lưu Văn phòng Huyện ủy."]));
    expect(found.map((f) => f.fix)).toStrictEqual([insertLeadership(18), insertOffice(18, 18)]);
  });

  it("an archive line without its dash (“Lưu Văn phòng Huyện ủy.”) as the only line: both go after the label", () => {
    const found = run(recipients(["Lưu Văn phòng Huyện ủy.", "", ""]));
    expect(found.map((f) => f.fix)).toStrictEqual([insertLeadership(18), insertOffice(P.label, 18)]);
  });

  it.each(["* Lưu Văn phòng Huyện ủy.", "— Lưu Văn phòng Huyện ủy."])(
    "an archive line with another bullet (%s) is the archive line too: the office goes after the label",
    (archive) => {
      const found = run(recipients([archive, "", ""]));
      expect(found.map((f) => f.fix)).toStrictEqual([insertLeadership(18), insertOffice(P.label, 18)]);
    },
  );
});

describe("recipients/required: the lines around the one missing", () => {
  it("the archive line out of order, first: inserted after the label, formatted like the recipient line after it", () => {
    const found = run(recipients(["- Lưu Văn phòng Huyện ủy,", "- Các chi bộ.", ""]));
    expect(found.map((f) => f.fix)).toStrictEqual([insertLeadership(19), insertOffice(P.label, 19)]);
  });

  it("the leadership without “(b/c)” and a space after its “;”: the mark goes before the “;”, the space kept", () => {
    const found = run(recipients(["- Thường trực Tỉnh ủy; ", "- Văn phòng Tỉnh ủy,", "- Lưu Văn phòng Huyện ủy."]));
    expect(found.map((f) => [f.message, f.paragraph, f.fix])).toStrictEqual([
      [
        `Nơi nhận “- Thường trực Tỉnh ủy;” thiếu “(b/c)” (báo cáo); ${POLICY}`,
        18,
        {
          title: "Thêm “(b/c)”",
          edits: [{ kind: "replaceText", paragraph: 18, find: "trực Tỉnh ủy; ", replace: "trực Tỉnh ủy (b/c); " }],
        },
      ],
    ]);
  });
});

describe("recipients/required: the issuer read from the header", () => {
  it("the provincial committee's header on one line (“TỈNH ỦY BẮC GIANG”): exempt", () => {
    const doc = variant(
      recipients(["- Các huyện ủy, thành ủy,", "- Các sở, ban, ngành,", "- Lưu Văn phòng Tỉnh ủy."]),
      (d) => {
        setCellText(d, 0, 0, 0, "TỈNH ỦY BẮC GIANG");
        setCellText(d, 0, 0, 1, "");
      },
    );
    expect(run(doc)).toEqual([]);
  });

  it("a plan without its header: no issuer to exempt, the missing office is reported", () => {
    const doc = variant(
      recipients(["- Thường trực Tỉnh ủy (b/c),", "- Các chi bộ,", "- Lưu Văn phòng Huyện ủy."]),
      (d) => {
        d.blocks.shift();
      },
    );
    // Without the header's seven paragraphs the label is paragraph 10.
    expect(run(doc, "party").map((f) => [f.message, f.paragraph, f.fix?.edits])).toStrictEqual([
      [
        MISSING_OFFICE,
        P.label - 7,
        [{ kind: "insertParagraphAfter", paragraph: 11, text: "- Văn phòng Tỉnh ủy,", like: 11 }],
      ],
    ]);
  });
});

/** A run; "\t" in the text is written as w:tab, as Word does. */
const tr = (t: string): string =>
  `<w:r>${t
    .split("\t")
    .map((x) => (x === "" ? "" : `<w:t xml:space="preserve">${esc(x)}</w:t>`))
    .join("<w:tab/>")}</w:r>`;
const tp = (t: string): string => `<w:p>${tr(t)}</w:p>`;

describe("recipients/required: a header laid out with tabs (WordprocessingML)", () => {
  it("the provincial office's header, “VĂN PHÒNG” and the date on one line: the office is exempt", () => {
    const cell = (ps: string[]) => `<w:tc>${ps.join("")}</w:tc>`;
    const recipientsTable =
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid>` +
      `<w:tr>${cell([tp("Nơi nhận:"), tp("- Các huyện ủy, thành ủy,"), tp("- Lưu VP.")])}` +
      `${cell([tp("T/L BAN THƯỜNG VỤ"), tp("CHÁNH VĂN PHÒNG"), tp("Nguyễn Văn An")])}</w:tr></w:tbl>`;
    const body =
      tp("TỈNH ỦY BẮC GIANG\t\tĐẢNG CỘNG SẢN VIỆT NAM") +
      tp("VĂN PHÒNG\t\tBắc Giang, ngày 15 tháng 9 năm 2023") +
      tp("*") +
      tp("Số 85-KH/VPTU") +
      tp("KẾ HOẠCH") +
      tp("thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh") +
      tp("-----") +
      tp(
        "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Văn phòng Tỉnh ủy xây dựng Kế hoạch.",
      ) +
      recipientsTable +
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
    const bytes = makeDocx({
      body,
      styles: stylesXml({
        docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>`,
      }),
    });
    // The same recipients under the district committee's header are two missing recipients (the rule is on).
    const district = makeDocx({
      body: body.replace(
        tp("TỈNH ỦY BẮC GIANG\t\tĐẢNG CỘNG SẢN VIỆT NAM"),
        tp("HUYỆN ỦY LỤC NAM\t\tĐẢNG CỘNG SẢN VIỆT NAM"),
      ),
      styles: stylesXml(),
    });
    const check = (b: Uint8Array) =>
      checkDocument(readDocument(b), { profile: "party", rules: [required.meta.id] }).findings.map((f) => f.message);
    expect(check(bytes)).toEqual([]);
    expect(check(district)).toEqual([MISSING_LEADERSHIP, MISSING_OFFICE]);
  });
});
