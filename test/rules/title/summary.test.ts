import { rule as summary } from "../../../src/rules/title/summary";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, partyReport, stateReport, variant } from "../../support/samples";

runRuleTester(summary, {
  valid: [
    {
      name: "Party summary at 15 pt, the range's upper end",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).sizePt = 15)),
    },
    {
      name: "State summary at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (blockPara(d, 2).sizePt = 13)),
    },
    { name: "Party plan", doc: partyPlan() },
    { name: "Party report", doc: partyReport() },
    { name: "State report", doc: stateReport() },
    {
      name: "State summary may start with a capital",
      doc: variant(stateReport(), (d) => (blockPara(d, 2).text = "Kết quả thực hiện Kết luận số 125-KL/TU")),
    },
  ],
  invalid: [
    {
      name: "Party summary 15.5 pt: just over 15 pt",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).sizePt = 15.5)),
      findings: [
        {
          message: "Trích yếu: cỡ chữ 15.5 pt; HD 36-HD/VPTW yêu cầu 14–15 pt",
          severity: "error",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "Party summary 13.5 pt: just under 14 pt",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).sizePt = 13.5)),
      findings: [{ message: "Trích yếu: cỡ chữ 13.5 pt; HD 36-HD/VPTW yêu cầu 14–15 pt" }],
    },
    {
      name: "State summary 14.5 pt: just over 14 pt",
      doc: variant(stateReport(), (d) => (blockPara(d, 2).sizePt = 14.5)),
      findings: [{ message: "Trích yếu: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "State summary 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (blockPara(d, 2).sizePt = 12.5)),
      findings: [{ message: "Trích yếu: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" }],
    },
    {
      name: "Party summary starting with a capital",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).text = "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023")),
      findings: [
        {
          message: "Trích yếu bắt đầu bằng chữ hoa “Thực”; HD 36-HD/VPTW yêu cầu bắt đầu bằng chữ thường (“thực”)",
          severity: "error",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "summary not bold, 12 pt",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 2), { bold: false, sizePt: 12 })),
      findings: [
        { message: "Trích yếu: cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" },
        { message: "Trích yếu không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm" },
      ],
    },
    {
      name: "no ----- line under the summary",
      doc: variant(partyPlan(), (d) => (blockPara(d, 3).text = "")),
      findings: [
        {
          message: "Thiếu dòng “-----” dưới trích yếu; HD 36-HD/VPTW yêu cầu có đường kẻ dưới trích yếu",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "no summary at all",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).text = "")),
      findings: [
        { message: "Không thấy trích yếu nội dung dưới tên loại “KẾ HOẠCH”; HD 36-HD/VPTW yêu cầu có trích yếu" },
      ],
    },
  ],
});
