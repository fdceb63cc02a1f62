/**
 * The findings of a check come in reading order: by paragraph (the document's own findings first), then errors before
 * warnings before info, then by rule id, alphabetically. The pane and the CLI list them in this order.
 */
import { checkDocument } from "../../src/check";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";

describe("the order of findings", () => {
  it("on one paragraph: errors first, each severity by rule id, whatever order the rules ran in", () => {
    // a body paragraph typed in Arial 11 pt, with two spaces between words and an abbreviation never spelled out
    // (text/typing runs before text/abbreviation)
    const doc = variant(partyPlan(), (d) => {
      const p = blockPara(d, 6);
      p.text = "Các chi bộ  trực thuộc quán triệt Kết luận, báo cáo kết quả về BCĐTK trước ngày 15/12/2025.";
      p.font = "Arial";
      p.sizePt = 11;
    });
    const { findings } = checkDocument(readDocument(buildDocxFromSpec(doc)));
    const at = findings.find((f) => f.excerpt.startsWith("Các chi bộ"))?.paragraph;
    expect(findings.filter((f) => f.paragraph === at).map((f) => [f.severity, f.rule])).toEqual([
      ["error", "font/family"],
      ["error", "font/size"],
      ["warning", "text/abbreviation"],
      ["warning", "text/typing"],
    ]);
  });

  it("an error from a rule that ran later still comes before an earlier rule's warning", () => {
    // the opening cites the conclusion with another date than the summary's (citation/inconsistent, an error) and is
    // set flush left (body/paragraph, a warning, which runs first and sorts first by id)
    const doc = variant(partyPlan(), (d) => {
      const p = blockPara(d, 4);
      p.text = p.text!.replace("05/9/2023", "06/9/2023");
      p.firstLineMm = 0;
      p.align = "left";
    });
    const { findings } = checkDocument(readDocument(buildDocxFromSpec(doc)));
    const at = findings.find((f) => f.rule === "citation/inconsistent")!.paragraph;
    expect(findings.filter((f) => f.paragraph === at).map((f) => [f.severity, f.rule])).toEqual([
      ["error", "citation/inconsistent"],
      ["warning", "body/paragraph"],
    ]);
  });
});
