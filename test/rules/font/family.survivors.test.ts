/**
 * font/family, pinned where the rule tests left it loose: a file whose styles take the body font from a theme the
 * package lacks (a generator copying Word's styles.xml without theme1.xml) names no font: nothing to judge.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as fontFamily } from "../../../src/rules/font/family";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import { stateReport } from "../../support/samples";

const ID = fontFamily.meta.id;
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });

describe("font/family: a file that names no font", () => {
  it("docDefaults on the theme's minor font, no theme part, no font on the runs: nothing said", () => {
    const parts = docxPartsFromSpec(stateReport());
    parts.theme = undefined;
    const model = readDocument(makeDocx(parts));
    expect(model.paragraphs[10]!.runs[0]!.font).toBeUndefined();
    const found = checkDocument(model, { profile: "state", rules: [ID], directives: false }).findings;
    expect(found.map(brief)).toEqual([]);
  });
});
