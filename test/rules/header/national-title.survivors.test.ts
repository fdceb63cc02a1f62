/**
 * header/national-title: cases the mutation run found unpinned. A State report whose national title line was deleted,
 * checked as a State document: the title is said missing and the motto still checked on its own.
 */
import { rule as nationalTitle } from "../../../src/rules/header/national-title";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, setCellText, stateReport, variant } from "../../support/samples";

/** The State report with its national title line emptied (the motto stays). */
const titleDeleted = () => variant(stateReport(), (d) => setCellText(d, 0, 1, 0, ""));

runRuleTester(nationalTitle, {
  valid: [{ name: "the State report with both titles", doc: stateReport(), profile: "state" }],
  invalid: [
    {
      name: "no national title, the motto in place: the title said missing, nothing about the motto",
      doc: titleDeleted(),
      profile: "state",
      findings: [
        {
          message:
            "Thiếu quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”; NĐ 30/2020/NĐ-CP yêu cầu văn bản hành chính có quốc hiệu",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
    {
      name: "no national title, the motto left-aligned in its column: its alignment is still said",
      doc: variant(titleDeleted(), (d) => (cellPara(d, 0, 1, 1).align = "left")),
      profile: "state",
      findings: [
        {
          message:
            "Thiếu quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”; NĐ 30/2020/NĐ-CP yêu cầu văn bản hành chính có quốc hiệu",
          severity: "error",
          paragraph: 0,
        },
        {
          message: "Tiêu ngữ căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày tiêu ngữ căn giữa",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
  ],
});
