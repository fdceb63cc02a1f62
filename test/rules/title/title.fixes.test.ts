/** title/summary, asserted whole: the fixes it offers, and the documents it leaves alone. */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { rule as titleSummary } from "../../../src/rules/title/summary";
import { briefFinding as brief } from "../../support/ruleTester";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, P, partyPlan, variant } from "../../support/samples";

const summaryFindings = (doc: DocSpec, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [titleSummary.meta.id], ...options }).findings.map(
    brief,
  );

describe("title/summary findings and fixes", () => {
  it("a capital first word, after spaces: lower that word only", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 2).text = "  Về việc thực hiện Kết luận số 125-KL/TU"));
    expect(summaryFindings(doc)).toEqual([
      {
        severity: "error",
        paragraph: P.summary,
        message: "Trích yếu bắt đầu bằng chữ hoa “Về”; HD 36-HD/VPTW yêu cầu bắt đầu bằng chữ thường (“về”)",
        fix: {
          title: "Viết thường chữ đầu “về”",
          edits: [{ kind: "replaceText", paragraph: P.summary, find: "Về", replace: "về" }],
        },
      },
    ]);
  });
  it("an acronym first keeps its capitals: “UBND huyện ...”", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 2).text = "UBND huyện thực hiện Kết luận số 125-KL/TU"));
    expect(summaryFindings(doc)).toEqual([]);
  });
  it("no “-----” under the summary: insert a plain centred one after it", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 3).text = ""));
    expect(summaryFindings(doc)).toEqual([
      {
        severity: "error",
        paragraph: P.summary,
        message: "Thiếu dòng “-----” dưới trích yếu; HD 36-HD/VPTW yêu cầu có đường kẻ dưới trích yếu",
        fix: {
          title: "Thêm dòng “-----” dưới trích yếu",
          edits: [
            {
              kind: "insertParagraphAfter",
              paragraph: P.summary,
              text: "-----",
              format: { alignment: "center", bold: false, italic: false, underline: false },
            },
          ],
        },
      },
    ]);
  });
  it("a type outside plans and reports (PHIẾU TRÌNH) is not judged", () => {
    const doc = variant(partyPlan(), (d) => {
      blockPara(d, 1).text = "PHIẾU TRÌNH";
      blockPara(d, 2).text = "Về việc thực hiện Kết luận";
    });
    expect(summaryFindings(doc)).toEqual([]);
  });
  it("a plan the user checks as “other” is not judged", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 2).text = "Thực hiện Kết luận"));
    expect(summaryFindings(doc, { documentType: "other" })).toEqual([]);
  });
  it("a summary starting with a number has no first word to lower", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 2).text = "02 năm thực hiện Kết luận số 125-KL/TU"));
    expect(summaryFindings(doc)).toEqual([]);
  });
  it("no type name, the user saying it is a plan: the summary is not looked for (the type name rule speaks)", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 1).text = ""));
    expect(summaryFindings(doc, { documentType: "plan" })).toEqual([]);
  });
});
