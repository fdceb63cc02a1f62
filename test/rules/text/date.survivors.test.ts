/**
 * text/date, cases that pin what the mutation run left open: the year a yearless date takes when it sits half a year
 * from the document's date, and a date line whose month cannot exist (no year to read a yearless date against).
 */
import { rule as date } from "../../../src/rules/text/date";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { setCellText, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

/** The date line of the sample (in the header table). */
const DATE_LINE = 6;

/** The State report sample with its date line set. */
const datedOn = (dateLine: string, text: string): DocSpec =>
  variant(withBody(stateReport(), text), (d) => setCellText(d, 0, 1, 2, dateLine));

runRuleTester(date, {
  valid: [
    {
      name: "a yearless 26/6 in a document of 25/12/2025 takes 2025 (182 days before, not 183 after): thứ Năm is right",
      doc: datedOn(
        "Lục Nam, ngày 25 tháng 12 năm 2025",
        "Hội nghị sơ kết 6 tháng đầu năm được tổ chức ngày 26/6 (thứ Năm) tại Hội trường Ủy ban nhân dân huyện.",
      ),
    },
  ],
  invalid: [
    {
      name: "a date line of “tháng 13” gives no year: a yearless weekday date is not checked, only the date line is",
      doc: datedOn(
        "Lục Nam, ngày      tháng 13 năm 2025",
        "Đoàn công tác của tỉnh làm việc với huyện ngày 05/01 (thứ Ba).",
      ),
      findings: [
        { message: "“tháng 13 năm 2025” không có thật: không có tháng 13", severity: "error", paragraph: DATE_LINE },
      ],
    },
  ],
});
