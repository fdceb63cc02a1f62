/**
 * coverage/missing: one warning per item of the conclusion the draft does not answer. It is reported by the check
 * pipeline from the coverage matcher (src/directives/coverage.ts), not run as a RULES entry, so its table goes
 * through `checkDocument` with the options a user sets (items marked not applicable, "it implements the conclusion").
 * The matcher itself: test/directives/coverage.test.ts.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import type { CoverageItem } from "../../../src/directives/coverage";
import { defaultDirectiveSource } from "../../../src/directives/seed";
import type { DirectiveSource } from "../../../src/directives/types";
import { COVERAGE_RULE_ID, coverageFindings, sourceNames } from "../../../src/rules/coverage/missing";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { expectFindings, type ExpectedFinding } from "../../support/ruleTester";
import { blockPara, partyPlan, planNotCitingTheConclusion, stateReport, variant } from "../../support/samples";

interface Case {
  name: string;
  doc: DocSpec;
  options?: CheckOptions;
}

const findingsOf = (c: Case) =>
  checkDocument(readDocument(buildDocxFromSpec(c.doc)), { ...c.options, rules: [COVERAGE_RULE_ID] }).findings;

/** The warning for item `item` of the seed conclusion: the item's title after the colon, the item as basis. */
const missing = (item: string): ExpectedFinding => ({
  message: new RegExp(`^Dự thảo chưa có nội dung thực hiện nhiệm vụ ${item.replace(".", "\\.")} của Kết luận: \\S`),
  severity: "warning",
  paragraph: null,
  basis: `Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục ${item}`,
});

/** The samples answer items 2.1 and 2.3 in part (no warning) and none of the others. */
const UNANSWERED = ["2.2", "2.4", "2.5", "2.6", "2.7", "2.8"];

const valid: Case[] = [
  {
    name: "every item the sample leaves out marked not applicable",
    doc: partyPlan(),
    options: { notApplicable: UNANSWERED },
  },
  { name: "a plan that does not cite the conclusion is not held to it", doc: planNotCitingTheConclusion() },
  {
    name: "a decision citing the conclusion: only plans and reports answer its items",
    doc: variant(partyPlan(), (d) => (blockPara(d, 1).text = "QUYẾT ĐỊNH")),
  },
  { name: "coverage turned off", doc: partyPlan(), options: { directives: false } },
];

const invalid: (Case & { findings: ExpectedFinding[] })[] = [
  {
    name: "a Party plan answering two items in part: one warning per item not answered at all",
    doc: partyPlan(),
    findings: UNANSWERED.map(missing),
  },
  { name: "a State report, the same", doc: stateReport(), findings: UNANSWERED.map(missing) },
  {
    name: "an item marked not applicable is never reported missing",
    doc: partyPlan(),
    options: { notApplicable: ["2.4"] },
    findings: UNANSWERED.filter((i) => i !== "2.4").map(missing),
  },
  {
    name: "a plan that does not cite it, when the user says it implements the conclusion",
    doc: planNotCitingTheConclusion(),
    options: { implementsConclusion: true },
    findings: ["2.1", ...UNANSWERED].map(missing),
  },
];

describe(COVERAGE_RULE_ID, () => {
  describe("valid", () => {
    it.each(valid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
      expect(findingsOf(c).map((f) => f.message)).toEqual([]);
    });
  });
  describe("invalid", () => {
    it.each(invalid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
      const found = findingsOf(c);
      expectFindings(found, c.findings);
      for (const got of found) expect(got).toMatchObject({ rule: COVERAGE_RULE_ID, excerpt: "" });
    });
  });
});

/* The names the warnings give the directive source, from its title: "Nghị quyết của Ban Thường vụ Tỉnh ủy về ..." is
 * "Nghị quyết" in the message and "Nghị quyết của Ban Thường vụ Tỉnh ủy" in the basis. */
const source = (title: string): DirectiveSource => ({ ...defaultDirectiveSource(), title });
const missingItem = (item: string, title: string): CoverageItem => ({
  item,
  title,
  status: "missing",
  score: 0,
  evidence: [],
  tasks: [],
});

describe("coverage/missing: the source's names from its title", () => {
  it("a resolution of a standing committee: its own type in the message, its issuer in the basis", () => {
    const s = source("Nghị quyết của Ban Thường vụ Tỉnh ủy về phát triển kinh tế số");
    expect(sourceNames(s)).toEqual({ document: "Nghị quyết", name: "Nghị quyết của Ban Thường vụ Tỉnh ủy" });
    expect(coverageFindings([missingItem("3", "Chuyển đổi số")], s)).toEqual([
      {
        rule: "coverage/missing",
        severity: "warning",
        message: "Dự thảo chưa có nội dung thực hiện nhiệm vụ 3 của Nghị quyết: Chuyển đổi số",
        basis: "Nghị quyết của Ban Thường vụ Tỉnh ủy, mục 3",
        paragraph: null,
        excerpt: "",
      },
    ]);
  });

  it("a source with no title is called “Kết luận”", () => {
    expect(sourceNames(source(""))).toEqual({ document: "Kết luận", name: "Kết luận" });
    expect(coverageFindings([missingItem("2.1", "Kinh tế")], source("   "))[0]).toMatchObject({
      message: "Dự thảo chưa có nội dung thực hiện nhiệm vụ 2.1 của Kết luận: Kinh tế",
      basis: "Kết luận, mục 2.1",
    });
  });

  it("a title read across lines, with doubled spaces, names the source with one space between words", () => {
    const s = source("Nghị quyết\ncủa  Ban Thường vụ\tTỉnh ủy  về\nphát triển kinh tế số");
    expect(sourceNames(s)).toEqual({ document: "Nghị quyết", name: "Nghị quyết của Ban Thường vụ Tỉnh ủy" });
  });

  it("a title read with a leading space keeps its first word", () => {
    // Trimmed first, "về ..." has no space before "về" and is the whole name; untrimmed it would split to nothing.
    expect(sourceNames(source("  về phát triển nông nghiệp  "))).toEqual({
      document: "về phát triển nông nghiệp",
      name: "về phát triển nông nghiệp",
    });
  });

  it("only missing items give a warning", () => {
    const partial: CoverageItem = { ...missingItem("2.2", "Văn hóa"), status: "partial", score: 0.5 };
    expect(coverageFindings([partial, missingItem("2.4", "Y tế")]).map((f) => f.message)).toEqual([
      "Dự thảo chưa có nội dung thực hiện nhiệm vụ 2.4 của Kết luận: Y tế",
    ]);
  });
});
