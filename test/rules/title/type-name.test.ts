import { rule as typeName } from "../../../src/rules/title/type-name";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, partyReport, statePlan, stateReport, variant } from "../../support/samples";

runRuleTester(typeName, {
  valid: [
    {
      name: "State type name at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (blockPara(d, 1).sizePt = 13)),
    },
    { name: "Party plan, 16 pt", doc: partyPlan() },
    { name: "Party report, 16 pt", doc: partyReport() },
    { name: "State report, 14 pt", doc: stateReport() },
    { name: "State plan, 14 pt", doc: statePlan() },
    { name: "Party 15 pt", doc: variant(partyPlan(), (d) => (blockPara(d, 1).sizePt = 15)) },
  ],
  invalid: [
    {
      name: "Party type name 16.5 pt: just over 16 pt",
      doc: variant(partyPlan(), (d) => (blockPara(d, 1).sizePt = 16.5)),
      findings: [
        {
          message: "Tên loại văn bản: cỡ chữ 16.5 pt; HD 36-HD/VPTW yêu cầu 15–16 pt",
          severity: "error",
          paragraph: P.typeName,
        },
      ],
    },
    {
      name: "Party type name 14.5 pt: just under 15 pt",
      doc: variant(partyPlan(), (d) => (blockPara(d, 1).sizePt = 14.5)),
      findings: [{ message: "Tên loại văn bản: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 15–16 pt" }],
    },
    {
      name: "State type name 15 pt: as issued documents carry it, a warning",
      doc: variant(stateReport(), (d) => (blockPara(d, 1).sizePt = 15)),
      findings: [
        {
          message:
            "Tên loại văn bản: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP quy định 13–14 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
        },
      ],
    },
    {
      name: "State type name 16 pt: the end of what is tolerated, a warning",
      doc: variant(stateReport(), (d) => (blockPara(d, 1).sizePt = 16)),
      findings: [
        {
          message:
            "Tên loại văn bản: cỡ chữ 16 pt; NĐ 30/2020/NĐ-CP quy định 13–14 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
        },
      ],
    },
    {
      name: "State type name 16.5 pt: past it, an error",
      doc: variant(stateReport(), (d) => (blockPara(d, 1).sizePt = 16.5)),
      findings: [{ message: "Tên loại văn bản: cỡ chữ 16.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "State type name 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (blockPara(d, 1).sizePt = 12.5)),
      findings: [{ message: "Tên loại văn bản: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "Party type name at 14 pt, left aligned",
      doc: variant(partyPlan(), (d) => Object.assign(blockPara(d, 1), { sizePt: 14, align: "left" })),
      findings: [
        {
          message: "Tên loại văn bản: cỡ chữ 14 pt; HD 36-HD/VPTW yêu cầu 15–16 pt",
          severity: "error",
          paragraph: P.typeName,
        },
        { message: "Tên loại văn bản căn trái; HD 36-HD/VPTW yêu cầu căn giữa", paragraph: P.typeName },
      ],
    },
    {
      name: "State type name at 18 pt, not bold, lower case",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 1), { sizePt: 18, bold: false, text: "Báo cáo" })),
      findings: [
        { message: "Tên loại văn bản: cỡ chữ 18 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" },
        { message: "Tên loại văn bản không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm" },
        { message: "Tên loại văn bản “Báo cáo” không viết in hoa; NĐ 30/2020/NĐ-CP yêu cầu chữ in hoa" },
      ],
    },
    {
      name: "no type name",
      doc: variant(partyPlan(), (d) => (blockPara(d, 1).text = "")),
      findings: [{ message: /^Không thấy tên loại văn bản/, severity: "warning", paragraph: null }],
    },
  ],
});
