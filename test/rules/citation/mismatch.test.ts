import { rule as citationMismatch } from "../../../src/rules/citation/mismatch";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport } from "../../support/samples";
import { withBody } from "../bodyText";

runRuleTester(citationMismatch, {
  valid: [
    {
      name: "an issuer's alias (“của BCT”)",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của BCT về phát triển vùng."),
    },
    {
      name: "the register's date in words",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10 tháng 02 năm 2022 của Bộ Chính trị."),
    },
    {
      name: "the register's date without its leading zero",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/2/2022 của Bộ Chính trị."),
    },
    {
      name: "the type in lower case",
      doc: withBody(partyPlan(), "Thực hiện các nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị."),
    },
    {
      name: "no date given",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về phát triển vùng."),
    },
    {
      name: "“của Tỉnh ủy về ...”: the issuer followed by the subject",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Tỉnh ủy về xây dựng nông thôn mới.",
      ),
    },
    {
      name: "an issuer the register does not know is no contradiction",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Đảng bộ tỉnh về xây dựng Đảng."),
    },
    {
      name: "the provincial plan with an en dash and the province's name",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh Bắc Giang thời kỳ 2021 – 2030, tầm nhìn đến năm 2050."),
    },
    {
      // "quy hoạch tỉnh" in lower case is the common noun (an earlier period's plan, any province's): only the
      // capitalised name is the provincial plan of the register
      name: "a province's plan of an earlier period, in lower case",
      doc: withBody(
        stateReport(),
        "Kết quả thực hiện quy hoạch tỉnh thời kỳ 2011-2020, tầm nhìn đến năm 2030 đã được tổng kết.",
      ),
    },
    {
      name: "the provincial plan named right, and an earlier period's in lower case in the same paragraph",
      doc: withBody(
        stateReport(),
        "Thay thế quy hoạch tỉnh thời kỳ 2011-2020, Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt.",
      ),
    },
    {
      name: "the provincial plan without its vision year",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh thời kỳ 2021-2030 đã được phê duyệt."),
    },
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
      name: "the second of two citations joined by “và”: its wrong date is found (the first one's issuer stops before it)",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị và Chỉ thị số 26-CT/TU ngày 02/7/2023 của Ban Thường vụ Tỉnh ủy về “3 đảm”.",
      ),
      findings: [
        {
          message:
            "Chỉ thị số 26-CT/TU ghi ngày 02/7/2023; theo danh mục là ngày 02/6/2023 (của Ban Thường vụ Tỉnh ủy) — đề nghị sửa thành “ngày 02/6/2023”",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "the provincial plan with another vision year",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2045."),
      findings: [
        {
          message:
            "Quy hoạch tỉnh ghi “Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2045”; Quy hoạch tỉnh là thời kỳ 2021-2030, tầm nhìn đến năm 2050",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a register number written in lower case is still that document",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-nq/tw ngày 10/3/2022 của Bộ Chính trị."),
      findings: [{ message: /^Nghị quyết số 11-NQ\/TW ghi ngày 10\/3\/2022; theo danh mục là ngày 10\/02\/2022/ }],
    },
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
