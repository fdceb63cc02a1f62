import { rule as citationMismatch } from "../../../src/rules/citation/mismatch";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport } from "../../support/samples";
import { withBody } from "../bodyText";

runRuleTester(citationMismatch, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "the register's documents cited right",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị, Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy, Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị, Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Tỉnh ủy, Chỉ thị số 27-CT/TU ngày 25 tháng 8 năm 2023 của Ban Thường vụ Tỉnh ủy và Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
      ),
    },
    {
      name: "documents outside the register are not checked",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 05-NQ/HU ngày 01/3/2021 của Ban Chấp hành Đảng bộ huyện."),
    },
  ],
  invalid: [
    {
      name: "11-NQ/TW with a wrong date: the register's date as a suggestion",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/3/2022 của Bộ Chính trị về phát triển vùng.",
      ),
      findings: [
        {
          message:
            "Nghị quyết số 11-NQ/TW ghi ngày 10/3/2022; theo danh mục là ngày 10/02/2022 (của Bộ Chính trị) — đề nghị sửa thành “ngày 10/02/2022”",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "26-CT/TU with the wrong issuer and called a resolution",
      doc: withBody(partyPlan(), "Theo Nghị quyết số 26-CT/TU ngày 02/6/2023 của Ban Chấp hành Trung ương."),
      findings: [
        { message: "Văn bản số 26-CT/TU ghi là “Nghị quyết”; theo danh mục là chỉ thị", severity: "error" },
        {
          message:
            "Chỉ thị số 26-CT/TU ghi “của Ban Chấp hành Trung ương”; theo danh mục là văn bản của Ban Thường vụ Tỉnh ủy",
        },
      ],
    },
    {
      name: "the provincial plan with another period",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh thời kỳ 2021-2025, tầm nhìn đến năm 2050."),
      findings: [
        {
          message:
            "Quy hoạch tỉnh ghi “Quy hoạch tỉnh thời kỳ 2021-2025, tầm nhìn đến năm 2050”; Quy hoạch tỉnh là thời kỳ 2021-2030, tầm nhìn đến năm 2050",
        },
      ],
    },
  ],
});
