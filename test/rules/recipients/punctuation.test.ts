import { rule as recipientsPunctuation } from "../../../src/rules/recipients/punctuation";
import { runRuleTester } from "../../support/ruleTester";
import { partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(recipientsPunctuation, {
  valid: [
    { name: "Party: “,” and a final “.”", doc: partyPlan() },
    { name: "State: “;” and a final “.”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party line ending with “;”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 1, "- Thường trực Tỉnh ủy (b/c);")),
      findings: [
        {
          message: "Dòng nơi nhận “- Thường trực Tỉnh ủy (b/c);” kết thúc bằng “;”; HD 36-HD/VPTW yêu cầu dấu “,”",
          severity: "warning",
          paragraph: 18,
        },
      ],
    },
    {
      name: "State line without punctuation and without a dash; last line with “;”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, SIG, 0, 2, "Văn phòng Tỉnh ủy");
        setCellText(d, SIG, 0, 3, "- Lưu: VT, KTHT;");
      }),
      findings: [
        { message: /^Dòng nơi nhận “Văn phòng Tỉnh ủy” không bắt đầu bằng “- ”/, severity: "error" },
        { message: "Dòng nơi nhận “Văn phòng Tỉnh ủy” không có dấu “;” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu" },
        { message: "Dòng nơi nhận “- Lưu: VT, KTHT;” kết thúc bằng “;”; NĐ 30/2020/NĐ-CP yêu cầu dấu “.”" },
      ],
    },
  ],
});
