/**
 * citation/self, the cases its mutation run left open: a draft's blank header number with no year against a number
 * with its year, a blank code in an appendix's tie line, a header without a number line (its year is blank, its date
 * alone is compared and quoted), an appendix title spread out with spaces (shown collapsed in the message), and
 * mentions written with a capital "Số" or "SỐ".
 */
import { rule as self } from "../../../src/rules/citation/self";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, setCellText, variant } from "../../support/samples";
import { withBody } from "../bodyText";
import { decisionWithRegulation, stateDraft, withAppendix } from "./selfSamples";

/** The appendix appended after the samples' signature table (paragraphs 17–23) starts at paragraph 24. */
const APPENDIX_START = 24;

const PARTY_ATTACHMENT =
  /^Thông lệ trình bày phụ lục văn bản của Đảng \(HD 36-HD\/VPTW\): phụ lục ghi kèm theo văn bản nào/;

/** A sample with its number line ("Số 85-KH/HU", "Số: 12/2025/QĐ-UBND") left empty: no number in the header. */
const withoutNumber = (doc: DocSpec): DocSpec => variant(doc, (d) => setCellText(d, 0, 0, 3, ""));

/** The Party plan with an appendix under the title "PHỤ   LỤC" (spread out with spaces) and the given tie line. */
function withSpacedAppendixTitle(tie: string): DocSpec {
  return variant(withAppendix(partyPlan(), tie), (d) => {
    // withAppendix pushes "PHỤ LỤC", the tie line, a title and a line of text: the fourth block from the end
    blockPara(d, -4).text = "PHỤ   LỤC";
  });
}

runRuleTester(self, {
  valid: [
    {
      name: "a draft's blank header number without a year agrees with an appendix citing “Kế hoạch số 215/2025/KH-UBND”",
      doc: withAppendix(
        stateDraft(),
        "(Kèm theo Kế hoạch số 215/2025/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh)",
      ),
    },
    {
      name: "a draft's appendix tied to “Kế hoạch số      /KH-…”: a blank code agrees with the header's UBND",
      doc: withAppendix(
        stateDraft(),
        "(Ban hành kèm theo Kế hoạch số      /KH-… ngày      /12/2025 của Ủy ban nhân dân tỉnh)",
      ),
    },
    {
      name: "a decision without a number line: its regulation tied to “Quyết định số 12/2025/QĐ-UBND” is not another number",
      doc: withoutNumber(
        decisionWithRegulation(
          "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện Lục Nam)",
        ),
      ),
    },
  ],
  invalid: [
    {
      name: "a header without a number line still has its date: an appendix dated 16/9/2023 differs by the day",
      doc: withAppendix(
        withoutNumber(partyPlan()),
        "(Kèm theo Kế hoạch số 85-KH/HU ngày 16/9/2023 của Ban Thường vụ Huyện ủy)",
      ),
      findings: [
        {
          // no number line: the header's date alone is quoted, not a blank "số …"
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 85-KH/HU ngày 16/9/2023, nhưng phần đầu văn bản ghi ngày 15/9/2023: khác ngày",
          severity: "error",
          paragraph: APPENDIX_START + 1,
          basis: PARTY_ATTACHMENT,
        },
      ],
    },
    {
      name: "“Kế hoạch này Số 58-KH/HU” with a capital “Số” is read like “số”",
      doc: withBody(partyPlan(), "Các chi bộ tổ chức quán triệt Kế hoạch này Số 58-KH/HU đến đảng viên."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này Số 58-KH/HU”, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "its own number written “KẾ HOẠCH SỐ 85-KH/HU” with another date: the warning still comes",
      doc: withBody(
        partyPlan(),
        "Ban Thường vụ Huyện ủy ban hành KẾ HOẠCH SỐ 85-KH/HU ngày 05/9/2023 để triển khai Kết luận.",
      ),
      findings: [
        {
          message:
            "KẾ HOẠCH số 85-KH/HU là số, ký hiệu của chính văn bản nhưng ghi ngày 05/9/2023, phần đầu văn bản ghi ngày 15/9/2023: nếu là chính văn bản này, sửa cho khớp",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "an appendix title spread out as “PHỤ   LỤC”: the message names it “PHỤ LỤC”",
      doc: withSpacedAppendixTitle("(Kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023 của Ban Thường vụ Huyện ủy)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: APPENDIX_START + 1,
        },
      ],
    },
  ],
});
