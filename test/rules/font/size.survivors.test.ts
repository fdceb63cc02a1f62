/**
 * font/size, pinned where the rule tests left it loose: an office whose style sheet requires one size, not a range.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { rule as fontSize } from "../../../src/rules/font/size";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { blockPara, stateReport, variant } from "../../support/samples";
import { brief } from "../../support/wordml";

const ID = fontSize.meta.id;
describe("font/size: an office whose style sheet requires the body at 14 pt exactly", () => {
  const IDS = RULES.map((r) => r.meta.id);
  const office = officeCheckOptions(
    officeConfig(
      { profiles: { state: { "font/size": { body: { minPt: 14, maxPt: 14 } } } } },
      "ketluan.config.json",
      IDS,
    ),
  );
  it("a body paragraph at 13 pt: the one size is named, not a range", () => {
    const doc = variant(stateReport(), (d) => (blockPara(d, 6).sizePt = 13));
    const found = checkDocument(readDocument(buildDocxFromSpec(doc)), {
      rules: [ID],
      directives: false,
      office,
    }).findings;
    expect(found.map(brief)).toEqual([
      {
        rule: ID,
        severity: "error",
        paragraph: 12,
        message: "Cỡ chữ phần nội dung 13 pt; NĐ 30/2020/NĐ-CP yêu cầu 14 pt",
        fix: { title: "Đặt cỡ chữ 14 pt", edits: [{ kind: "setRunFormat", paragraph: 12, props: { sizePt: 14 } }] },
      },
    ]);
  });
});
