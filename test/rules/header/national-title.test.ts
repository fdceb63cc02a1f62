/** header/national-title. Real Word layouts of the header (tab stops, spaces): test/model/structure/header. */
import { rule as nationalTitle } from "../../../src/rules/header/national-title";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, setCellText, statePlan, stateReport, variant } from "../../support/samples";

runRuleTester(nationalTitle, {
  valid: [
    {
      name: "national title at 12 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 12)),
    },
    {
      name: "motto at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 13)),
    },
    { name: "State report", doc: stateReport() },
    { name: "State plan", doc: statePlan() },
    { name: "a Party document has no national title to check", doc: partyPlan() },
  ],
  invalid: [
    {
      name: "national title 14.5 pt: past what is tolerated, an error",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14.5)),
      findings: [
        { message: "Quốc hiệu: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error", paragraph: 4 },
      ],
    },
    {
      name: "national title 11.5 pt: just under 12 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 11.5)),
      findings: [{ message: "Quốc hiệu: cỡ chữ 11.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error" }],
    },
    {
      name: "motto 14.5 pt: just over 14 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 14.5)),
      findings: [
        { message: "Tiêu ngữ: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error", paragraph: 5 },
      ],
    },
    {
      name: "motto 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 12.5)),
      findings: [{ message: "Tiêu ngữ: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "national title 15 pt, motto not bold",
      doc: variant(stateReport(), (d) => {
        cellPara(d, 0, 1, 0).sizePt = 15;
        cellPara(d, 0, 1, 1).bold = false;
      }),
      findings: [
        { message: "Quốc hiệu: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error", paragraph: 4 },
        { message: "Tiêu ngữ không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", paragraph: 5 },
      ],
    },
    {
      name: "motto with en dashes: what many issued documents carry, a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập – Tự do – Hạnh phúc")),
      findings: [
        {
          message:
            "Tiêu ngữ viết “Độc lập – Tự do – Hạnh phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
    {
      name: "motto with commas in place of the dashes: an error",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập, Tự do, Hạnh phúc")),
      findings: [{ message: /^Tiêu ngữ viết “Độc lập, Tự do, Hạnh phúc”/, severity: "error", paragraph: 5 }],
    },
    {
      name: "national title 14 pt: issued documents commonly carry it, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14)),
      findings: [
        {
          message:
            "Quốc hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "national title left-aligned in its column",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).align = "left")),
      findings: [
        {
          message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "no motto, no line",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "")),
      findings: [{ message: /^Thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”/, paragraph: 4 }],
    },
    {
      name: "missing national title when forced to the State profile",
      doc: partyPlan(),
      profile: "state",
      findings: [{ message: /^Thiếu quốc hiệu/ }, { message: /^Thiếu tiêu ngữ/ }],
    },
  ],
});
