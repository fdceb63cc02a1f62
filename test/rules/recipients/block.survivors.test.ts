/**
 * recipients/block, pinned where the rule tests left it loose: the column the block must sit in is the profile's
 * `column` value, which an office's style sheet may change ("any": either column is fine).
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { rule as block } from "../../../src/rules/recipients/block";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { P, partyPlan, variant } from "../../support/samples";

const ID = block.meta.id;
const IDS = RULES.map((r) => r.meta.id);
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });
const run = (doc: DocSpec, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [ID], ...options }).findings.map(brief);

/** The Party plan with the signature on the left and "Nơi nhận:" on the right (the table's columns swapped). */
const recipientsOnTheRight = variant(partyPlan(), (d) => {
  const t = d.blocks[d.blocks.length - 1]!;
  if (t.type === "table") t.rows[0]!.reverse();
});

describe("recipients/block: the column comes from the profile, as the office's style sheet sets it", () => {
  it("shipped profile: “Nơi nhận:” in the right column is reported", () => {
    expect(run(recipientsOnTheRight)).toEqual([
      {
        rule: ID,
        severity: "warning",
        // the signature column's three paragraphs now come first
        paragraph: P.label + 3,
        message: "Khối “Nơi nhận:” đặt ở cột phải; HD 36-HD/VPTW yêu cầu đặt ở góc trái, phía dưới, ngang phần ký",
      },
    ]);
  });

  it("an office whose style sheet accepts either column (“column”: “any”): nothing", () => {
    const office = officeCheckOptions(
      officeConfig({ profiles: { party: { "recipients/block": { column: "any" } } } }, "ketluan.config.json", IDS),
    );
    expect(run(recipientsOnTheRight, { office })).toEqual([]);
  });
});
