/**
 * header/date: cases the mutation run found unpinned. A date line at the end pushed right with spaces (as many
 * drafters place it) is still a date line: its length is measured without those spaces.
 */
import { rule as headerDate } from "../../../src/rules/header/date";
import { expectFindings, findingsOf } from "../../support/ruleTester";
import { blockPara, setCellText, stateReport, variant } from "../../support/samples";

/** A State document of type `typeName` with no date in its header, dated at the end on a line pushed right with spaces. */
const datedWithSpaces = (typeName: string) =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 1, 2, "");
    blockPara(d, 1).text = typeName;
    d.blocks.splice(d.blocks.length - 1, 0, {
      type: "paragraph",
      // 70 spaces: what it takes to push the line to the right half of a 165 mm text area at 14 pt
      text: `${" ".repeat(70)}Ngày 25 tháng 9 năm 2025`,
      italic: true,
    });
  });

const ELSEWHERE =
  "Ngày tháng năm ghi ở đoạn 18 (“Ngày 25 tháng 9 năm 2025”), không ở phần đầu dưới quốc hiệu, tiêu ngữ; NĐ 30/2020/NĐ-CP ghi địa danh, ngày tháng năm ở phần đầu";

describe("header/date: a date at the end pushed right with spaces", () => {
  it.each(["PHIẾU TRÌNH", "BÁO CÁO"])("a %s dated that way: the date is found there, a warning", (typeName) => {
    const found = findingsOf(headerDate, datedWithSpaces(typeName));
    expectFindings(found, [{ message: ELSEWHERE, severity: "warning", paragraph: 17 }]);
    expect(found.map((f) => [f.rule, f.excerpt])).toEqual([["header/date", "Ngày 25 tháng 9 năm 2025"]]);
  });
});
