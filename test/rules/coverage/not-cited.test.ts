/**
 * coverage/not-cited: a plan or report that does not cite the conclusion is told once why the conclusion's own rules
 * and coverage did not run. (That they do not run, and the user's "it implements it": test/check/scope.)
 */
import { checkDocument } from "../../../src/check";
import { parseDirectiveSource } from "../../../src/directives/parse";
import { readDocument } from "../../../src/docx/reader";
import { rule as notCited } from "../../../src/rules/coverage/not-cited";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import {
  blockPara,
  P,
  partyPlan,
  partyReport,
  planNotCitingTheConclusion,
  stateReport,
  variant,
} from "../../support/samples";

const NOT_CITED =
  /^Văn bản không trích dẫn “Kết luận của Ban Chấp hành Đảng bộ tỉnh .*” nên không đối chiếu các nhiệm vụ, nơi nhận bắt buộc và trích dẫn của văn bản đó\. Nếu văn bản thực hiện văn bản này, hãy nêu căn cứ ở phần mở đầu/;

runRuleTester(notCited, {
  valid: [
    { name: "a Party plan that cites the conclusion", doc: partyPlan() },
    { name: "a State report that cites it in its summary and body", doc: stateReport() },
    {
      name: "a decision is not expected to implement the conclusion",
      doc: variant(planNotCitingTheConclusion(), (d) => (blockPara(d, 1).text = "QUYẾT ĐỊNH")),
    },
  ],
  invalid: [
    {
      name: "a plan that does not cite it: one info at its type name",
      doc: planNotCitingTheConclusion(),
      findings: [{ message: NOT_CITED, severity: "info", paragraph: P.typeName }],
    },
    {
      name: "a report that does not cite it",
      doc: variant(partyReport(), (d) => {
        blockPara(d, 2).text = "kết quả cải cách hành chính năm 2024";
        blockPara(d, 4).text =
          "Thực hiện Kế hoạch cải cách hành chính của Ủy ban nhân dân tỉnh, Ban Thường vụ Huyện ủy báo cáo như sau:";
      }),
      findings: [{ message: NOT_CITED, severity: "info", paragraph: P.typeName }],
    },
  ],
});

describe("coverage/not-cited: what the info says besides its message", () => {
  it("points at the type name, quotes it, and gives its scope as basis", () => {
    const [f, ...rest] = findingsOf(notCited, planNotCitingTheConclusion());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      paragraph: P.typeName,
      excerpt: "KẾ HOẠCH",
      basis: "Phạm vi áp dụng: các quy tắc của văn bản nguồn nhiệm vụ chỉ áp dụng cho văn bản thực hiện nó",
    });
  });
});

describe("coverage/not-cited: sources and documents without a title", () => {
  const notCitedOf = (doc: Parameters<typeof buildDocxFromSpec>[0], options: Parameters<typeof checkDocument>[1]) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), { ...options, rules: [notCited.meta.id] }).findings;

  it("a source given as its items only, with its number in the settings, is named “Kết luận”, not quoted empty", () => {
    const itemsOnly = parseDirectiveSource(
      "1. Đẩy mạnh chuyển đổi số trong các cơ quan, tổ chức đảng.\n2. Tăng cường quốc phòng, an ninh ở cơ sở.\n",
    );
    expect(itemsOnly.title).toBe("");
    const [f, ...rest] = notCitedOf(planNotCitingTheConclusion(), {
      directives: itemsOnly,
      conclusion: { number: "99-KL/TU" },
    });
    expect(rest).toEqual([]);
    expect(f!.message).toMatch(/^Văn bản không trích dẫn “Kết luận” nên không đối chiếu/);
  });

  it("a plan by the user's choice of type, with no type name line: the info points at no paragraph", () => {
    const untitled = variant(planNotCitingTheConclusion(), (d) => (blockPara(d, 1).text = ""));
    expect(notCitedOf(untitled, {})).toEqual([]);
    const [f, ...rest] = notCitedOf(untitled, { documentType: "plan" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ message: NOT_CITED, severity: "info", paragraph: null, excerpt: "" });
  });
});
