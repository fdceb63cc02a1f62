/**
 * The pane's findings grouped by area: what a reviewer reads for after the format (numbering, dates, abbreviations,
 * a plan's tasks) sits in its own group, «Nội dung», after «Trích dẫn» and before «Câu chữ».
 */
import { buildCheckView } from "../../src/app/session";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";

/** The Party sample plan with a numbering gap, an impossible date and a double space planted in its body. */
function planWithContentDefects() {
  return readDocument(
    buildDocxFromSpec(
      variant(partyPlan(), (d) => {
        blockPara(d, 5).text = "Ngày 31/4/2024, Ban Thường vụ Huyện ủy  đã họp.";
        delete blockPara(d, 5).runs;
      }),
    ),
  );
}

describe("the «Nội dung» area of the pane", () => {
  it("groups text/date under «Nội dung» and text/typing under «Câu chữ», in the pane's order", () => {
    const view = buildCheckView(planWithContentDefects(), DEFAULT_SETTINGS);
    const byLabel = new Map(view.groups.map((g) => [g.label, g.findings.map((f) => f.rule)]));
    expect(byLabel.get("Nội dung")).toContain("text/date");
    expect(byLabel.get("Câu chữ")).toContain("text/typing");
    expect(byLabel.get("Câu chữ")).not.toContain("text/date");
    const labels = view.groups.map((g) => g.label);
    expect(labels.indexOf("Nội dung")).toBeLessThan(labels.indexOf("Câu chữ"));
  });
});
