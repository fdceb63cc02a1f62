/**
 * text/placeholder, cases that pin what the mutation run left open: a blank day of one mark glued to "ngày" and
 * followed by a space ("ngày_ tháng_ năm"), which the quick pre-test must let through.
 */
import { rule as placeholder } from "../../../src/rules/text/placeholder";
import { runRuleTester } from "../../support/ruleTester";
import { P, stateReport } from "../../support/samples";
import { withBody } from "../bodyText";

const ISSUANCE = (mark: string) =>
  `Số hoặc ngày để trống “${mark}”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)`;

runRuleTester(placeholder, {
  valid: [
    {
      name: "a date line filled in: “ngày 05 tháng 12 năm 2025”",
      doc: withBody(stateReport(), "Lục Nam, ngày 05 tháng 12 năm 2025"),
    },
  ],
  invalid: [
    {
      name: "a blank day and month of one underscore each, glued to the word: “ngày_ tháng_ năm 2025”",
      doc: withBody(stateReport(), "Quyết định này có hiệu lực kể từ ngày_ tháng_ năm 2025."),
      findings: [{ message: ISSUANCE("ngày_ tháng_ năm"), severity: "info", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a blank day of one dot glued to the word: “ngày. tháng. năm 2025”",
      doc: withBody(stateReport(), "Lục Nam, ngày. tháng. năm 2025"),
      findings: [{ message: ISSUANCE("ngày. tháng. năm"), severity: "info", paragraph: P.firstBody + 1 }],
    },
  ],
});
