import { buildCheckView, endOfDirectiveSection } from "../../src/app/session";
import { DEFAULT_SETTINGS, parseSettings, serializeSettings, type PaneSettings } from "../../src/app/settings";
import { checkDocument, COVERAGE_RULE_ID } from "../../src/check";
import * as coverageModule from "../../src/directives/coverage";
import { parseDirectiveSource } from "../../src/directives/parse";
import { readDocument } from "../../src/docx/reader";
import { RULES } from "../../src/rules";
import { buildDocxFromSpec } from "../support/buildDocx";
import { blockPara, partyPlan, planNotCitingTheConclusion, variant } from "../support/samples";
import { TWO_ITEMS_SOURCE, twoItemSettings } from "./twoItems";

const flawed = () =>
  readDocument(
    buildDocxFromSpec(
      variant(partyPlan(), (d) => {
        blockPara(d, 6).sizePt = 12;
      }),
    ),
  );

describe("the check view (shared by Word and the browser page)", () => {
  test("summary counts and findings grouped by area", () => {
    const view = buildCheckView(flawed(), DEFAULT_SETTINGS);
    expect(view.summary.errors + view.summary.warnings + view.summary.infos).toBe(view.result.findings.length);
    expect(view.groups.map((g) => g.label)).toContain("Thể thức");
    expect(view.groups.flatMap((g) => g.findings).some((f) => f.rule === "font/size")).toBe(true);
  });

  test("rules switched off are not run", () => {
    const view = buildCheckView(flawed(), { ...DEFAULT_SETTINGS, disabledRules: ["font/size"] });
    expect(view.result.findings.some((f) => f.rule === "font/size")).toBe(false);
  });

  test("not-applicable marks override the matcher and leave the counts", () => {
    // the two-item source: the plan answers 2.1 and not 2.2, which the drafter marks not applicable
    expect(buildCheckView(flawed(), twoItemSettings()).coverage?.map((c) => c.status)).toEqual(["covered", "missing"]);
    const view = buildCheckView(flawed(), twoItemSettings({ notApplicable: ["2.2"] }));
    expect(view.coverage?.map((c) => c.status)).toEqual(["covered", "not-applicable"]);
    expect(view.summary).toMatchObject({ items: 1, covered: 1, missing: 0, notApplicable: 1 });
  });

  test("a missing item's section goes at the end of section II", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const iii = model.paragraphs.findIndex((p) => p.text.startsWith("III."));
    expect(endOfDirectiveSection(model)).toBe(iii - 1);
    expect(model.paragraphs[iii - 1]?.text).toMatch(/^Tập trung đẩy mạnh/);
  });
});

describe("one coverage path", () => {
  test("the checklist is checkDocument's coverage: one entry per directive item of the seed", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const view = buildCheckView(model, DEFAULT_SETTINGS);
    expect(view.coverage?.map((c) => c.item)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]);
    expect(view.summary.items).toBe(8);
    // what the CLI's JSON carries for the same document
    expect(view.coverage).toEqual(checkDocument(model).coverage);
  });

  test("with the pane's source and not-applicable marks, as checkDocument gives them", () => {
    const model = flawed();
    const view = buildCheckView(model, twoItemSettings({ notApplicable: ["2.2"] }));
    const cli = checkDocument(model, {
      rules: [...RULES.map((r) => r.meta.id), COVERAGE_RULE_ID],
      directives: parseDirectiveSource(TWO_ITEMS_SOURCE),
      notApplicable: ["2.2"],
    });
    expect(view.coverage).toEqual(cli.coverage);
    expect(view.result.coverage).toEqual(cli.coverage);
    // the missing items are in the checklist, not among the pane's findings
    expect(view.result.findings.some((f) => f.rule === COVERAGE_RULE_ID)).toBe(false);
    expect(view.result.findings).toEqual(cli.findings.filter((f) => f.rule !== COVERAGE_RULE_ID));
  });
});

describe("whether the draft implements the conclusion (the pane's own source decides)", () => {
  const notCiting = () => readDocument(buildDocxFromSpec(planNotCitingTheConclusion()));
  const rules = (s: { result: { findings: { rule: string }[] } }) => s.result.findings.map((f) => f.rule);

  test("a draft that does not cite it: no checklist, the reason instead, and the note among the findings", () => {
    const matcher = jest.spyOn(coverageModule, "computeCoverage");
    const view = buildCheckView(notCiting(), DEFAULT_SETTINGS);
    expect(matcher).not.toHaveBeenCalled();
    // (the spy does see the matcher: the user saying it implements the source runs it)
    buildCheckView(notCiting(), { ...DEFAULT_SETTINGS, implementsConclusion: true });
    expect(matcher).toHaveBeenCalledTimes(1);
    matcher.mockRestore();
    expect(view).toMatchObject({ implementsConclusion: false, implementsBy: "citation", coverage: undefined });
    expect(view.result.implementsConclusion).toBe(false);
    expect(view.summary).toMatchObject({ items: 0, missing: 0 });
    expect(rules(view)).not.toContain("recipients/required");
    const note = view.groups.flatMap((g) => g.findings).filter((f) => f.rule === "coverage/not-cited");
    expect(note).toHaveLength(1);
    expect(note[0]!.severity).toBe("info");
    expect(view.coverageNote).toBe(note[0]!.message);
    expect(view.coverageNote).toMatch(/^Văn bản không trích dẫn “Kết luận của Ban Chấp hành Đảng bộ tỉnh/);
  });

  test("the user says it implements it: the checklist and the required recipients come back", () => {
    const view = buildCheckView(notCiting(), { ...DEFAULT_SETTINGS, implementsConclusion: true });
    expect(view).toMatchObject({ implementsConclusion: true, implementsBy: "setting", coverageNote: undefined });
    expect(view.coverage?.map((c) => c.item)).toEqual(["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8"]);
    expect(view.result.findings.filter((f) => f.rule === "recipients/required").map((f) => f.message)).toEqual([
      expect.stringMatching(/Thường trực Tỉnh ủy/),
      expect.stringMatching(/Văn phòng Tỉnh ủy/),
    ]);
    expect(rules(view)).not.toContain("coverage/not-cited");
  });

  test("the user says it does not: no checklist, and no claim that a citing draft does not cite it", () => {
    const view = buildCheckView(readDocument(buildDocxFromSpec(partyPlan())), {
      ...DEFAULT_SETTINGS,
      implementsConclusion: false,
    });
    expect(view).toMatchObject({ implementsConclusion: false, implementsBy: "setting", coverage: undefined });
    expect(view.coverageNote).toMatch(/^Theo thiết lập, văn bản này không thực hiện “Kết luận/);
    expect(rules(view)).not.toContain("coverage/not-cited");
    expect(rules(view)).not.toContain("recipients/required");
  });

  test("a pasted source is the one looked for, and named in the note", () => {
    const pasted =
      "NGHỊ QUYẾT\nsố 09-NQ/HU của Huyện ủy về chuyển đổi số\n1. Tăng cường lãnh đạo.\n2. Phát triển kinh tế.";
    const settings: PaneSettings = { ...DEFAULT_SETTINGS, directiveText: pasted };
    // the sample cites the seed conclusion, not this resolution
    const plan = readDocument(buildDocxFromSpec(partyPlan()));
    const view = buildCheckView(plan, settings);
    expect(view.implementsConclusion).toBe(false);
    expect(view.coverageNote).toMatch(/“Nghị quyết số 09-NQ\/HU của Huyện ủy/);
    const citing = readDocument(
      buildDocxFromSpec(
        variant(partyPlan(), (d) => {
          blockPara(d, 4).text = "Thực hiện Nghị quyết số 09-NQ/HU của Huyện ủy, Ban Thường vụ xây dựng Kế hoạch.";
        }),
      ),
    );
    const cited = buildCheckView(citing, settings);
    expect(cited.implementsConclusion).toBe(true);
    expect(cited.coverage?.map((c) => c.item)).toEqual(["1", "2"]);
  });

  test("the choice is stored with the document's settings", () => {
    for (const v of [true, false, undefined]) {
      const s: PaneSettings = { ...DEFAULT_SETTINGS, implementsConclusion: v };
      expect(parseSettings(serializeSettings(s)).implementsConclusion).toBe(v);
      expect(parseSettings(JSON.stringify(serializeSettings(s))).implementsConclusion).toBe(v);
    }
    expect(DEFAULT_SETTINGS.implementsConclusion).toBeUndefined();
    for (const junk of ["true", 1, null, "có"])
      expect(parseSettings({ implementsConclusion: junk }).implementsConclusion).toBeUndefined();
  });
});
