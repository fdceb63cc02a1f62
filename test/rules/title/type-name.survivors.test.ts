/**
 * title/type-name, pinned where the rule tests left it loose: the alignment the type name must have is the profile's
 * `format.alignment`, which an office's style sheet may change: null (or absent, or an empty list) leaves the
 * alignment unchecked; a list of several accepts any of them and names them all.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { PROFILES, type ProfileData } from "../../../src/rules/profiles";
import { rule as typeName } from "../../../src/rules/title/type-name";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, P, partyPlan, variant } from "../../support/samples";

const ID = typeName.meta.id;
const IDS = RULES.map((r) => r.meta.id);
const brief = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  paragraph: f.paragraph,
  message: f.message,
  fix: f.fix,
});
const run = (doc: DocSpec, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [ID], ...options }).findings.map(brief);
/** The office's style sheet with the Party type name's alignment set to `alignment`. */
const sheet = (alignment: unknown) =>
  officeCheckOptions(
    officeConfig({ profiles: { party: { "title/type-name": { format: { alignment } } } } }, "ketluan.config.json", IDS),
  );

/** The Party plan with “KẾ HOẠCH” left at the left margin. */
const leftAligned = variant(partyPlan(), (d) => (blockPara(d, 1).align = "left"));

describe("title/type-name: the alignment comes from the profile, as the office's style sheet sets it", () => {
  it("shipped profile: the type name at the left is reported, with the fix to centre it", () => {
    expect(run(leftAligned)).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: P.typeName,
        message: "Tên loại văn bản căn trái; HD 36-HD/VPTW yêu cầu căn giữa",
        fix: {
          title: "Căn giữa",
          edits: [{ kind: "setParagraphFormat", paragraph: P.typeName, props: { alignment: "center" } }],
        },
      },
    ]);
  });

  it.each([
    ["null", null],
    ["an empty list", []],
  ])("an office whose style sheet sets the alignment to %s (not checked): nothing", (_what, alignment) => {
    expect(run(leftAligned, { office: sheet(alignment) })).toEqual([]);
  });

  it("a profile without any alignment for the type name (the key absent): nothing", () => {
    const profiles = JSON.parse(JSON.stringify(PROFILES)) as Record<"party" | "state", ProfileData>;
    delete profiles.party.rules["title/type-name"].format.alignment;
    expect(run(leftAligned, { office: { profiles, rules: {} } })).toEqual([]);
  });

  it("an office that accepts centred or justified type names: the left one is told both, the fix centres it", () => {
    expect(run(leftAligned, { office: sheet(["center", "justify"]) })).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: P.typeName,
        message: "Tên loại văn bản căn trái; HD 36-HD/VPTW yêu cầu căn giữa hoặc đều hai bên",
        fix: {
          title: "Căn giữa",
          edits: [{ kind: "setParagraphFormat", paragraph: P.typeName, props: { alignment: "center" } }],
        },
      },
    ]);
    const justified = variant(partyPlan(), (d) => (blockPara(d, 1).align = "justify"));
    expect(run(justified, { office: sheet(["center", "justify"]) })).toEqual([]);
  });
});
