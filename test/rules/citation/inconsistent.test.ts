import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as citationInconsistent } from "../../../src/rules/citation/inconsistent";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport } from "../../support/samples";
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
