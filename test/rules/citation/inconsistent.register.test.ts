/**
 * citation/inconsistent with a directive source whose symbol code the citation register also uses: the provincial
 * directive "Chỉ thị số 32-CT/TU" (test/directives/sources/provincial-disaster-directive.txt). "Chỉ thị số 26-CT/TU" of
 * the register (src/rules/data/citation-register.json) is another directive the plan may cite, not a wrong number of
 * the source; a number the register does not know ("23-CT/TU") is one. Then the seed's conclusion: a resolution in a
 * paragraph that also says "kết luận", mentions in the short form without a date, and a draft that never cites it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { parseDirectiveSource } from "../../../src/directives/parse";
import { readDocument } from "../../../src/docx/reader";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { rule as citationInconsistent } from "../../../src/rules/citation/inconsistent";
import { findingsOf } from "../../support/ruleTester";
import { blockPara, P, partyPlan, planNotCitingTheConclusion, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const directive = parseDirectiveSource(
  readFileSync(join(__dirname, "..", "..", "directives", "sources", "provincial-disaster-directive.txt"), "utf8"),
);
/** The sample plan with its three body paragraphs (blocks 4, 6, 8: paragraphs 10, 12, 14) replaced. */
const withTexts = (...texts: [string, string, string]): DocSpec =>
  variant(partyPlan(), (d) => texts.forEach((text, i) => (blockPara(d, 4 + 2 * i).text = text)));
const run = (doc: DocSpec) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), {
    directives: directive,
    implementsConclusion: true,
    rules: ["citation/inconsistent"],
  }).findings.map((f) => [f.message, f.severity, f.paragraph]);

const SOURCE = "Thực hiện Chỉ thị số 32-CT/TU ngày 18/4/2024 của Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai.";
const NO_MENTION = "Tổ chức quán triệt đến cán bộ, đảng viên.";

describe("citation/inconsistent: the register's documents of the source's code", () => {
  it("“Chỉ thị số 26-CT/TU” of the register next to the source is not reported", () => {
    const doc = withTexts(
      SOURCE,
      "Gắn với thực hiện Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy.",
      NO_MENTION,
    );
    expect(run(doc)).toEqual([]);
  });

  it("the register's number written in lower case (“26-ct/tu”) is still the register's", () => {
    const doc = withTexts(SOURCE, "Gắn với thực hiện Chỉ thị số 26-ct/tu ngày 02/6/2023.", NO_MENTION);
    expect(run(doc)).toEqual([]);
  });

  it("“Chỉ thị số 23-CT/TU”, a number the register does not know, is a wrong number of the source", () => {
    const doc = withTexts(SOURCE, "Báo cáo kết quả thực hiện Chỉ thị số 23-CT/TU ngày 18/4/2024.", NO_MENTION);
    expect(run(doc)).toEqual([["Chỉ thị ghi số 23-CT/TU; nơi khác trong văn bản ghi số 32-CT/TU", "error", 12]]);
  });
});

describe("citation/inconsistent: a mention of another type in a paragraph that also says “kết luận”", () => {
  it("“Nghị quyết số 152-KL/TU ... kết luận của Trung ương”: the resolution is not compared with the conclusion", () => {
    const doc = withBody(
      partyPlan(),
      "Theo Nghị quyết số 152-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh về thực hiện các kết luận của Trung ương.",
    );
    expect(findingsOf(citationInconsistent, doc)).toEqual([]);
  });

  it("the same paragraph citing “Kết luận số 152-KL/TU” is compared", () => {
    const doc = withBody(
      partyPlan(),
      "Theo Kết luận số 152-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh về thực hiện các kết luận của Trung ương.",
    );
    expect(findingsOf(citationInconsistent, doc).map((f) => [f.message, f.paragraph])).toEqual([
      ["Kết luận ghi số 152-KL/TU; nơi khác trong văn bản ghi số 125-KL/TU", P.firstBody + 1],
    ]);
  });
});

describe("citation/inconsistent: mentions without a date and drafts without a mention", () => {
  const runSeed = (doc: DocSpec, implementsConclusion?: boolean) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), {
      rules: ["citation/inconsistent"],
      ...(implementsConclusion === undefined ? {} : { implementsConclusion }),
    }).findings.map((f) => [f.message, f.paragraph]);

  it("the short form “Kết luận số 125-KL/TU” twice does not outvote the dates: the later date is reported", () => {
    // The summary (paragraph 8) gives 05/9/2023; paragraphs 10 and 12 cite without a date; 14 gives 15/9/2023.
    const doc = withTexts(
      "Thực hiện Kết luận số 125-KL/TU của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch.",
      "Quán triệt Kết luận số 125-KL/TU đến cán bộ, đảng viên.",
      "Định kỳ báo cáo kết quả thực hiện Kết luận số 125-KL/TU ngày 15/9/2023.",
    );
    expect(runSeed(doc)).toEqual([
      ["Kết luận số 125-KL/TU ghi ngày 15/9/2023; nơi khác trong văn bản ghi ngày 05/9/2023", 14],
    ]);
  });

  it("a plan the user says implements the conclusion but that never cites its number: nothing to compare", () => {
    expect(runSeed(planNotCitingTheConclusion(), true)).toEqual([]);
  });
});
