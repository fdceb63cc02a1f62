import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDirectiveSource } from "../../../src/directives/parse";
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as citationInconsistent } from "../../../src/rules/citation/inconsistent";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

runRuleTester(citationInconsistent, {
  valid: [
    {
      name: "the same date in words",
      doc: withBody(
        partyPlan(),
        "Quán triệt Kết luận số 125-KL/TU ngày 05 tháng 9 năm 2023 của Ban Chấp hành Đảng bộ tỉnh.",
      ),
    },
    {
      name: "the same date without the leading zero",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-KL/TU ngày 5/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
    },
    {
      name: "a mention without a date",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-KL/TU của Ban Chấp hành Đảng bộ tỉnh."),
    },
    {
      name: "the number in lower case",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-kl/tu ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
    },
    {
      name: "another body's conclusion (KL/TW, in the register) is not the conclusion",
      doc: withBody(partyPlan(), "Theo Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị."),
    },
    {
      name: "a district's conclusion (KL/HU) is not the conclusion",
      doc: withBody(partyPlan(), "Theo Kết luận số 12-KL/HU ngày 03/01/2023 của Ban Thường vụ Huyện ủy."),
    },
    { name: "Party plan: the conclusion cited the same way twice", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
  ],
  invalid: [
    {
      name: "the conclusion cited after another citation joined by “và”, with another date",
      doc: withBody(
        partyPlan(),
        "Căn cứ Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Tỉnh ủy và Kết luận số 125-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch.",
      ),
      findings: [
        {
          message: "Kết luận số 125-KL/TU ghi ngày 15/9/2023; nơi khác trong văn bản ghi ngày 05/9/2023",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "another number in the body",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 152-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
      findings: [
        {
          message: "Kết luận ghi số 152-KL/TU; nơi khác trong văn bản ghi số 125-KL/TU",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "another date in the body",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
      findings: [{ message: "Kết luận số 125-KL/TU ghi ngày 15/9/2023; nơi khác trong văn bản ghi ngày 05/9/2023" }],
    },
  ],
});

describe("citation/inconsistent with the user's setting", () => {
  const find = (doc: DocSpec, conclusion: { number?: string; date?: string }) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: ["citation/inconsistent"], conclusion }).findings;

  it("agrees with a matching setting", () => {
    expect(find(partyPlan(), { number: "125-KL/TU", date: "05/9/2023" })).toEqual([]);
    expect(find(partyPlan(), { number: "125-kl/tu", date: "2023-09-05" })).toEqual([]);
    expect(find(partyPlan(), { number: " 125-KL/TU ", date: "5/9/2023" })).toEqual([]);
  });

  it("reports every mention that differs from the setting", () => {
    const f = find(partyPlan(), { number: "126-KL/TU" });
    expect(f.map((x) => x.paragraph)).toEqual([P.summary, P.firstBody]);
    expect(f[0]!.message).toBe("Kết luận ghi số 125-KL/TU; theo thiết lập, Kết luận là số 126-KL/TU");
    const d = find(partyPlan(), { date: "06/9/2023" });
    expect(d[0]!.message).toBe("Kết luận số 125-KL/TU ghi ngày 05/9/2023; theo thiết lập, Kết luận ngày 06/9/2023");
  });
});

describe("citation/inconsistent follows the directive source: its kind and symbol code", () => {
  const district = parseDirectiveSource(
    readFileSync(join(__dirname, "..", "..", "directives", "sources", "district-digital-resolution.txt"), "utf8"),
  );
  /** The sample plan with its three body paragraphs (blocks 4, 6, 8) replaced. */
  const withTexts = (...texts: [string, string, string]): DocSpec =>
    variant(partyPlan(), (d) => texts.forEach((text, i) => (blockPara(d, 4 + 2 * i).text = text)));
  const run = (doc: DocSpec) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), {
      directives: district,
      implementsConclusion: true,
      rules: ["citation/inconsistent"],
    }).findings;

  it("“Nghị quyết số 05-NQ/HU” with another date is reported, with the source's name in the basis", () => {
    const found = run(
      withTexts(
        "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện về chuyển đổi số.",
        "Định kỳ báo cáo kết quả thực hiện Nghị quyết số 05-NQ/HU ngày 02/3/2024 với Ban Thường vụ Huyện ủy.",
        "Quán triệt Nghị quyết số 05-NQ/HU ngày 20/3/2024 đến cán bộ, đảng viên.",
      ),
    );
    expect(found.map((f) => [f.message, f.severity, f.basis])).toEqual([
      [
        "Nghị quyết số 05-NQ/HU ghi ngày 02/3/2024; nơi khác trong văn bản ghi ngày 20/3/2024",
        "error",
        "Nghị quyết của Ban Chấp hành Đảng bộ huyện: mọi lần trích dẫn trong một văn bản phải cùng số, cùng ngày",
      ],
    ]);
  });

  it("mentions of the seed's “Kết luận số 125-KL/TU” are not the source's: not compared", () => {
    const found = run(
      withTexts(
        "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh.",
        "Quán triệt Kết luận số 125-KL/TU ngày 06/9/2023.",
        "Quán triệt Nghị quyết số 05-NQ/HU ngày 20/3/2024 đến cán bộ, đảng viên.",
      ),
    );
    expect(found).toEqual([]);
  });

  it("another resolution of the district committee (“Nghị quyết số 07-NQ/HU”) differs in number from the majority", () => {
    const found = run(
      withTexts(
        "Thực hiện Nghị quyết số 05-NQ/HU ngày 20/3/2024 của Ban Chấp hành Đảng bộ huyện.",
        "Quán triệt Nghị quyết số 05-NQ/HU ngày 20/3/2024.",
        "Báo cáo kết quả thực hiện Nghị quyết số 07-NQ/HU ngày 20/3/2024.",
      ),
    );
    expect(found.map((f) => f.message)).toEqual(["Nghị quyết ghi số 07-NQ/HU; nơi khác trong văn bản ghi số 05-NQ/HU"]);
  });
});
