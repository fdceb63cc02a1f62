import { rule as placeholder } from "../../../src/rules/text/placeholder";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

runRuleTester(placeholder, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "“v.v...” and the closing “./.” are not placeholders",
      doc: withBody(partyPlan(), "Các sản phẩm OCOP, v.v... Trên đây là kế hoạch./."),
    },
    // NĐ 30 as published in Word draws the line under the issuer and the motto with a run of underscores.
    { name: "a line of underscores under the motto", doc: withBody(stateReport(), "________________________") },
  ],
  invalid: [
    {
      name: "a blank number and day are left for the clerk (info); “[số]” and “…” are left-overs (warning)",
      doc: variant(withBody(partyPlan(), "Thực hiện Kế hoạch số [số] của Huyện ủy, các xã … báo cáo."), (d) => {
        const t = d.blocks[0]!;
        if (t.type !== "table") return;
        t.rows[0]![0]![3]!.text = "Số     -KH/HU";
        t.rows[0]![1]![2]!.text = "Lục Nam, ngày ... tháng ... năm 2023";
      }),
      findings: [
        {
          message: "Số hoặc ngày để trống “Số -KH/HU”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 3,
        },
        {
          message:
            "Số hoặc ngày để trống “ngày ... tháng ... năm”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 6,
        },
        { message: /“\[số\]”/, severity: "warning", paragraph: P.firstBody + 1 },
        { message: /“…”/, severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "XX for a number",
      doc: withBody(stateReport(), "Đã ban hành XX văn bản chỉ đạo."),
      findings: [{ message: /“XX”/ }],
    },
    {
      name: "a blank of underscores inside a sentence is still a blank",
      doc: withBody(stateReport(), "Giao đồng chí ________ theo dõi."),
      findings: [{ message: /“________”/, severity: "warning" }],
    },
  ],
});
