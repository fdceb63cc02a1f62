/**
 * citation/self, the header's own number and date read from its parts: a header without a date or without a number
 * (nothing to compare that part with), a legal decision's year left out of a mention (agrees), a blank number or code
 * in a mention (agrees), a symbol missing its issuer code, a "(Kèm theo" line broken before the type name, an
 * attachment's tie line giving its own number with another day (one error, not also a warning), and a draft's blank
 * header number (no "same number, other date" warning).
 */
import { rule as self } from "../../../src/rules/citation/self";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, setCellText, variant } from "../../support/samples";
import { withBody } from "../bodyText";
import { decisionWithRegulation, stateDraft, withAppendix } from "./selfSamples";

/** The appendix appended after the samples' signature table (paragraphs 17–23) starts at paragraph 24. */
const APPENDIX_START = 24;

/** The Party plan (Số 85-KH/HU) with its place-and-date line reduced to the place: no date in the header. */
function partyPlanWithoutDate(): DocSpec {
  return variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam"));
}

/** The Party plan (dated 15/9/2023) with its number line left empty: no number in the header. */
function partyPlanWithoutNumber(): DocSpec {
  return variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, ""));
}

runRuleTester(self, {
  valid: [
    {
      name: "a legal decision's regulation tied to “Quyết định số 12/QĐ-UBND”: the year left out agrees",
      doc: decisionWithRegulation(
        "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện Lục Nam)",
      ),
    },
    {
      name: "an appendix tied to “Kế hoạch số      -KH/HU”: a blank number agrees with the header's 85",
      doc: withAppendix(partyPlan(), "(Kèm theo Kế hoạch số         -KH/HU ngày 15/9/2023 của Ban Thường vụ Huyện ủy)"),
    },
    {
      name: "“Kế hoạch này số 85-KH/… ngày 15/9/2023”: a blank code agrees",
      doc: withBody(partyPlan(), "Kế hoạch này số 85-KH/… ngày 15/9/2023 được phổ biến đến các chi bộ."),
    },
    {
      name: "a plan “số      -KH/HU” of another month: a blank number is not the header's own, no warning",
      doc: withBody(partyPlan(), "Thực hiện Kế hoạch số         -KH/HU ngày 05/8/2023 của Ban Thường vụ Huyện ủy."),
    },
    {
      name: "a plan “số 85-KH/…” of another month: a blank code is not the header's own symbol, no warning",
      doc: withBody(partyPlan(), "Thực hiện Kế hoạch số 85-KH/… ngày 05/8/2023 của Ban Thường vụ Huyện ủy."),
    },
    {
      name: "a draft (blank header number) names plans of its issuer of another month: no warning",
      doc: withBody(
        stateDraft(),
        "Thực hiện Kế hoạch số         /KH-UBND ngày 05/11/2025 và Kế hoạch số 95/KH-UBND ngày 05/11/2025 của Ủy ban nhân dân tỉnh.",
      ),
    },
    {
      name: "a header without a date: its own number with a date in the text is not compared",
      doc: withBody(
        partyPlanWithoutDate(),
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 85-KH/HU ngày 05/9/2023 để triển khai Kết luận.",
      ),
    },
    {
      name: "a header without a number (its number line empty): nothing to compare, no finding",
      doc: partyPlanWithoutNumber(),
    },
    {
      // the header's symbol is not written: it cannot disagree with the one in the text (the date agrees)
      name: "a header without a number line, and “Kế hoạch này số 85-KH/HU ngày 15/9/2023” in the text: no finding",
      doc: withBody(
        partyPlanWithoutNumber(),
        "Các chi bộ tổ chức quán triệt Kế hoạch này số 85-KH/HU ngày 15/9/2023 đến đảng viên.",
      ),
    },
    {
      name: "a document without a type name (its “KẾ HOẠCH” line empty): no kind to look for, no finding",
      doc: variant(withBody(partyPlan(), "Kế hoạch này số 58-KH/HU được phổ biến đến các chi bộ."), (d) => {
        blockPara(d, 1).text = "";
      }),
    },
  ],
  invalid: [
    {
      name: "a header without a date: “Kế hoạch này số 58-KH/HU ngày 16/9/2023” is another number, its date not compared",
      doc: withBody(
        partyPlanWithoutDate(),
        "Các chi bộ tổ chức quán triệt Kế hoạch này số 58-KH/HU ngày 16/9/2023 đến đảng viên.",
      ),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 58-KH/HU ngày 16/9/2023”, nhưng phần đầu văn bản ghi số 85-KH/HU: khác số",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "“Kế hoạch này số 85-KH”: the issuer's code missing is another symbol",
      doc: withBody(partyPlan(), "Kế hoạch này số 85-KH ngày 15/9/2023 được phổ biến đến các chi bộ."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 85-KH ngày 15/9/2023”, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác ký hiệu",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "“(Kèm theo” alone on its line: the finding points at the next line, where the plan is named",
      doc: withAppendix(partyPlan(), "(Kèm theo", "Kế hoạch số 86-KH/HU ngày 15/9/2023 của Ban Thường vụ Huyện ủy)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: APPENDIX_START + 2,
        },
      ],
    },
    {
      name: "the tie line with its own number and another day: one error there, not also the “other date” warning",
      doc: withAppendix(partyPlan(), "(Kèm theo Kế hoạch số 85-KH/HU ngày 16/9/2023 của Ban Thường vụ Huyện ủy)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 85-KH/HU ngày 16/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác ngày",
          severity: "error",
          paragraph: APPENDIX_START + 1,
        },
      ],
    },
  ],
});
