/**
 * citation/inconsistent and citation/mismatch: which mention is the reference when the draft disagrees with itself,
 * and citations that are right although written otherwise than the register (near misses), next to wrong ones.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDirectiveSource } from "../../../src/directives/parse";
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as citationInconsistent } from "../../../src/rules/citation/inconsistent";
import { rule as citationMismatch } from "../../../src/rules/citation/mismatch";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, planNotCitingTheConclusion, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const district = parseDirectiveSource(
  readFileSync(join(__dirname, "..", "..", "directives", "sources", "district-digital-resolution.txt"), "utf8"),
);
/** The sample plan with its three body paragraphs (blocks 4, 6, 8: paragraphs 10, 12, 14) replaced. */
const withTexts = (...texts: [string, string, string]): DocSpec =>
  variant(partyPlan(), (d) => texts.forEach((text, i) => (blockPara(d, 4 + 2 * i).text = text)));
const runDistrict = (doc: DocSpec) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), {
    directives: district,
    implementsConclusion: true,
    rules: ["citation/inconsistent"],
  }).findings.map((f) => [f.message, f.paragraph]);
const NO_MENTION = "Tổ chức quán triệt đến cán bộ, đảng viên.";

describe("citation/inconsistent: the reference is the most frequent mention, the first on a tie", () => {
  it("one “05-NQ/HU” then one “07-NQ/HU”: the second is reported", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Báo cáo kết quả thực hiện Nghị quyết số 07-NQ/HU ngày 20/3/2024.",
      NO_MENTION,
    );
    expect(runDistrict(doc)).toEqual([["Nghị quyết ghi số 07-NQ/HU; nơi khác trong văn bản ghi số 05-NQ/HU", 12]]);
  });

  it("“07-NQ/HU” first, then “05-NQ/HU” twice: the first is reported", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 07-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Báo cáo kết quả thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024.",
      "Quán triệt Nghị quyết số 05-NQ/HU ngày 20/3/2024.",
    );
    expect(runDistrict(doc)).toEqual([["Nghị quyết ghi số 07-NQ/HU; nơi khác trong văn bản ghi số 05-NQ/HU", 10]]);
  });

  it("one date against another: the first is the reference", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Báo cáo kết quả thực hiện Nghị quyết số 05-NQ/HU ngày 02/3/2024.",
      NO_MENTION,
    );
    expect(runDistrict(doc)).toEqual([
      ["Nghị quyết số 05-NQ/HU ghi ngày 02/3/2024; nơi khác trong văn bản ghi ngày 20/3/2024", 12],
    ]);
  });

  it("“02/3/2024” first, then “20/3/2024” twice: the first is reported", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 05-NQ/HU ngày 02/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Báo cáo kết quả thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024.",
      "Quán triệt Nghị quyết số 05-NQ/HU ngày 20 tháng 3 năm 2024.",
    );
    expect(runDistrict(doc)).toEqual([
      ["Nghị quyết số 05-NQ/HU ghi ngày 02/3/2024; nơi khác trong văn bản ghi ngày 20/3/2024", 10],
    ]);
  });

  it("a mention of another number with another date: only its number is reported", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Quán triệt Nghị quyết số 05-NQ/HU ngày 20/3/2024.",
      "Báo cáo kết quả thực hiện Nghị quyết số 07-NQ/HU ngày 01/01/2024.",
    );
    expect(runDistrict(doc)).toEqual([["Nghị quyết ghi số 07-NQ/HU; nơi khác trong văn bản ghi số 05-NQ/HU", 14]]);
  });
});

describe("citation/inconsistent: the setting's number", () => {
  it("the dates of other numbers do not decide the reference date", () => {
    const doc = withTexts(
      "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
      "Báo cáo kết quả thực hiện Nghị quyết số 07-NQ/HU ngày 01/01/2024.",
      "Quán triệt Nghị quyết số 07-NQ/HU ngày 01/01/2024.",
    );
    const found = checkDocument(readDocument(buildDocxFromSpec(doc)), {
      directives: district,
      implementsConclusion: true,
      conclusion: { number: "05-nq/hu" },
      rules: ["citation/inconsistent"],
    }).findings;
    expect(found.map((f) => [f.message, f.paragraph])).toEqual([
      ["Nghị quyết ghi số 07-NQ/HU; theo thiết lập, Nghị quyết là số 05-NQ/HU", 12],
      ["Nghị quyết ghi số 07-NQ/HU; theo thiết lập, Nghị quyết là số 05-NQ/HU", 14],
    ]);
  });
});

describe("citation/inconsistent with a setting it cannot read", () => {
  const find = (doc: DocSpec, conclusion: { number?: string; date?: string }) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: ["citation/inconsistent"], conclusion }).findings;

  it("a date the user wrote some other way (“2023-9-5”) is not used: the draft's own date is the reference", () => {
    expect(find(partyPlan(), { date: "2023-9-5" })).toEqual([]);
  });

  it("a setting with a date but no number: the draft's number stays the reference, its date is compared", () => {
    expect(find(partyPlan(), { date: "5-9-2023" })).toEqual([]);
    expect(find(partyPlan(), { date: "15/9/2023" }).map((f) => [f.message, f.paragraph])).toEqual([
      ["Kết luận số 125-KL/TU ghi ngày 05/9/2023; theo thiết lập, Kết luận ngày 15/9/2023", P.summary],
      ["Kết luận số 125-KL/TU ghi ngày 05/9/2023; theo thiết lập, Kết luận ngày 15/9/2023", P.firstBody],
    ]);
  });
});

runRuleTester(citationInconsistent, {
  valid: [
    { name: "a plan that never cites the conclusion", doc: planNotCitingTheConclusion() },
    {
      name: "a resolution numbered with the conclusion's code (“Nghị quyết số 152-KL/TU”) is not the conclusion",
      doc: withBody(partyPlan(), "Theo Nghị quyết số 152-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
    },
    {
      name: "the conclusion named without a number (“Kết luận của Tỉnh ủy ngày 15/9/2023”)",
      doc: withBody(partyPlan(), "Theo Kết luận của Tỉnh ủy ngày 15/9/2023 về phát triển vùng."),
    },
  ],
  invalid: [
    {
      name: "the date in words that differs: quoted as written",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-KL/TU ngày 15 tháng 9 năm 2023 của Tỉnh ủy."),
      findings: [
        {
          message: "Kết luận số 125-KL/TU ghi ngày 15 tháng 9 năm 2023; nơi khác trong văn bản ghi ngày 05/9/2023",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: "Kết luận của Ban Chấp hành Đảng bộ tỉnh: mọi lần trích dẫn trong một văn bản phải cùng số, cùng ngày",
        },
      ],
    },
  ],
});

runRuleTester(citationMismatch, {
  valid: [
    {
      name: "the issuer with its term (“của Bộ Chính trị khóa XIII”)",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị khóa XIII."),
    },
    {
      name: "26-CT/TU “của BTV Tỉnh ủy” (an alias)",
      doc: withBody(partyPlan(), "Thực hiện Chỉ thị số 26-CT/TU ngày 02/6/2023 của BTV Tỉnh ủy."),
    },
    {
      name: "the provincial plan with spaces round its hyphen",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được duyệt."),
    },
    {
      name: "a short paragraph naming a register number without a date",
      doc: withBody(partyPlan(), "Chỉ thị 26-CT/TU."),
    },
  ],
  invalid: [
    {
      name: "11-NQ/TW “của Ban Bí thư Trung ương”: another known issuer, with words after it",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Ban Bí thư Trung ương."),
      findings: [
        {
          message: "Nghị quyết số 11-NQ/TW ghi “của Ban Bí thư Trung ương”; theo danh mục là văn bản của Bộ Chính trị",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: "Danh mục văn bản được Kết luận trích dẫn",
        },
      ],
    },
    {
      name: "11-NQ/TW “của Ban Bí thư”",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Ban Bí thư."),
      findings: [{ message: "Nghị quyết số 11-NQ/TW ghi “của Ban Bí thư”; theo danh mục là văn bản của Bộ Chính trị" }],
    },
    {
      name: "a wrong date in words, quoted as written",
      doc: withBody(partyPlan(), "Thực hiện Chỉ thị số 27-CT/TU ngày 25 tháng 9 năm 2023 của Ban Thường vụ Tỉnh ủy."),
      findings: [
        {
          message:
            "Chỉ thị số 27-CT/TU ghi ngày 25 tháng 9 năm 2023; theo danh mục là ngày 25/8/2023 (của Ban Thường vụ Tỉnh ủy) — đề nghị sửa thành “ngày 25/8/2023”",
          severity: "error",
        },
      ],
    },
    {
      name: "two provincial plans in one paragraph: only the wrong one",
      doc: withBody(
        stateReport(),
        "Quy hoạch tỉnh thời kỳ 2021-2030 thay cho Quy hoạch tỉnh Bắc Giang thời kỳ 2011-2020, tầm nhìn đến năm 2030.",
      ),
      findings: [
        {
          message:
            "Quy hoạch tỉnh ghi “Quy hoạch tỉnh Bắc Giang thời kỳ 2011-2020, tầm nhìn đến năm 2030”; Quy hoạch tỉnh là thời kỳ 2021-2030, tầm nhìn đến năm 2050",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: "Danh mục văn bản được Kết luận trích dẫn",
        },
      ],
    },
  ],
});
