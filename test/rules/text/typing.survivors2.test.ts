/**
 * text/typing, a case found by mutation testing: the recipients are not read for unpaired marks, as they are not
 * read for spacing (the layout is looked at in the body and the attachments only); the same slip in the body is.
 */
import { rule as typing } from "../../../src/rules/text/typing";
import { runRuleTester } from "../../support/ruleTester";
import { P, setCellText, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const PAIRS = "Thông lệ soạn thảo: dấu ngoặc đơn, ngoặc kép phải có cả dấu mở và dấu đóng";
const recipientLeftOpen = (d: Parameters<typeof setCellText>[0]): void =>
  setCellText(d, -1, 0, 2, "- Văn phòng Tỉnh ủy (để báo cáo;");

runRuleTester(typing, {
  valid: [
    {
      name: "a bracket left open in a recipients line is not reported: the recipients are not read for pairs",
      doc: variant(stateReport(), recipientLeftOpen),
    },
  ],
  invalid: [
    {
      name: "a bracket left open in the body is reported, the one in the recipients still not",
      doc: variant(withBody(stateReport(), "Kinh phí thực hiện (theo dự toán được giao."), recipientLeftOpen),
      findings: [
        {
          message: "Ngoặc đơn mở trước “theo dự toán được giao.” mà không có dấu đóng",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: PAIRS,
        },
      ],
    },
  ],
});
