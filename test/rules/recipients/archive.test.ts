import { rule as recipientsArchive } from "../../../src/rules/recipients/archive";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(recipientsArchive, {
  valid: [
    { name: "Party “- Lưu Văn phòng Huyện ủy.”", doc: partyPlan() },
    { name: "State “- Lưu: VT, KTHT.”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party without an archive line",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 3, "")),
      findings: [
        {
          message: "Nơi nhận thiếu dòng lưu văn bản (“- Lưu Văn phòng Huyện ủy.”) ở cuối; HD 36-HD/VPTW yêu cầu",
          severity: "warning",
          paragraph: 19,
        },
      ],
    },
    {
      name: "State archive line without colon, VT or unit",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 0, 3, "- Lưu KTHT.")),
      findings: [{ message: /thiếu dấu hai chấm sau “Lưu”/, severity: "error" }, { message: /thiếu “VT” \(văn thư\)/ }],
    },
    {
      name: "State archive line without the unit",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 0, 3, "- Lưu: VT.")),
      findings: [{ message: /thiếu tên viết tắt đơn vị soạn thảo/ }],
    },
    {
      name: "archive line not last",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 2, "- Lưu Văn phòng Huyện ủy,");
        setCellText(d, SIG, 0, 3, "- Văn phòng Tỉnh ủy.");
      }),
      findings: [{ message: /không phải dòng cuối của nơi nhận/, paragraph: 19 }],
    },
  ],
});
