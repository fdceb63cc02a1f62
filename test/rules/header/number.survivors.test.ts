/**
 * header/number: cases the mutation run found unpinned. A stray space before a legal document's year is dropped from
 * the number the rule proposes; a number in a text box is said without a fix (a text fix cannot reach it); an office
 * whose style sheet turns the leading zero off is not told to add it; a draft typed without its header, checked as a
 * State document, is told its number is missing at its first paragraph.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import type { DocumentModel, Drawing, Paragraph } from "../../../src/model/document";
import { RULES } from "../../../src/rules";
import { rule as headerNumber } from "../../../src/rules/header/number";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, cellPara, setCellText, statePlan, stateReport, variant } from "../../support/samples";
import { brief } from "../../support/wordml";
import { modelParagraph, modelRun, textBoxDrawing } from "../../support/modelParts";

/** A decision of the provincial People's Committee (a legal document: its number carries the year). */
const provincialDecision = (numberLine: string) =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 0, 0, "ỦY BAN NHÂN DÂN");
    setCellText(d, 0, 0, 1, "TỈNH BẮC GIANG");
    cellPara(d, 0, 0, 0).bold = true;
    setCellText(d, 0, 0, 3, numberLine);
    setCellText(d, 0, 1, 2, "Bắc Giang, ngày 20 tháng 12 năm 2024");
    blockPara(d, 1).text = "QUYẾT ĐỊNH";
    blockPara(d, 2).text = "Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh Bắc Giang";
  });

runRuleTester(headerNumber, {
  valid: [{ name: "a provincial decision “Số: 05/2024/QĐ-UBND”", doc: provincialDecision("Số: 05/2024/QĐ-UBND") }],
  invalid: [
    {
      name: "“Số: 5 /2024/QĐ-UBND”: the number proposed has its zero and not the stray space",
      doc: provincialDecision("Số: 5 /2024/QĐ-UBND"),
      findings: [
        {
          message: "Số văn bản “5” nhỏ hơn 10 phải viết “05”; NĐ 30/2020/NĐ-CP: “Số: 05/2024/QĐ-UBND”",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "a plan typed without its header, checked as a State document: no number, at paragraph 0",
      doc: variant(statePlan(), (d) => d.blocks.shift()),
      profile: "state",
      findings: [
        {
          message:
            "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; NĐ 30/2020/NĐ-CP yêu cầu ghi số, ký hiệu",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
  ],
});

/* ---------- a number in a text box (the reader keeps a text box's text, not its runs: the model is built directly) ---------- */

const RUN = modelRun({ sizePt: 13 });
const para = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph =>
  modelParagraph(index, text, { ...extra }, RUN);
const textBox = (text: string, xMm: number): Drawing => textBoxDrawing(text, xMm, 75, 10);

/** A report whose titles and number line are drawn in text boxes, as some offices lay their header out. */
function numberInTextBox(numberLine: string): DocumentModel {
  const bold = (index: number, text: string, extra: Partial<Paragraph> = {}) =>
    para(index, text, { runs: [{ ...RUN, bold: true, text }], ...extra });
  return {
    paragraphs: [
      para(0, "UBND TỈNH LÂM ĐỒNG"),
      bold(1, "SỞ NỘI VỤ", {
        drawings: [textBox("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", 85)],
      }),
      para(2, "", { drawings: [textBox(numberLine, 0)] }),
      bold(3, "BÁO CÁO", { alignment: "center" }),
      bold(4, "Kết quả công tác cải cách hành chính năm 2025", { alignment: "center" }),
      para(5, "Sở Nội vụ báo cáo kết quả công tác cải cách hành chính năm 2025 như sau.", { alignment: "justify" }),
    ],
    sections: [],
    defaults: { ...RUN, sizePt: 14 },
    source: "docx",
  };
}

describe("header/number: a number line in a text box", () => {
  it("without its colon: said, with no fix (a text fix cannot reach a text box)", () => {
    const found = checkDocument(numberInTextBox("Số 12/BC-SNV"), { rules: [headerNumber.meta.id], directives: false });
    expect(found.findings.map(brief)).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 2,
        message:
          "Số ký hiệu “Số 12/BC-SNV” thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 12/BC-SNV”",
      },
    ]);
  });
});

/* ---------- an office's style sheet ---------- */

describe("header/number: an office whose style sheet turns the leading zero off", () => {
  const office = officeCheckOptions(
    officeConfig(
      { profiles: { state: { "header/number": { leadingZero: false } } } },
      "ketluan.config.json",
      RULES.map((r) => r.meta.id),
    ),
  );
  const check = (numberLine: string) =>
    checkDocument(readDocument(buildDocxFromSpec(variant(statePlan(), (d) => setCellText(d, 0, 0, 3, numberLine)))), {
      rules: [headerNumber.meta.id],
      directives: false,
      office,
    }).findings.map(brief);

  it("“Số: 9/KH-KTHT”: no finding", () => {
    expect(check("Số: 9/KH-KTHT")).toEqual([]);
  });
  it("“Số 9/KH-KTHT” without its colon: the number proposed keeps “9”", () => {
    expect(check("Số 9/KH-KTHT")).toEqual([
      {
        rule: "header/number",
        severity: "error",
        paragraph: 3,
        message:
          "Số ký hiệu “Số 9/KH-KTHT” thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 9/KH-KTHT”",
        fix: {
          title: "Sửa thành “Số: 9/KH-KTHT”",
          edits: [{ kind: "replaceText", paragraph: 3, find: "Số 9/KH-KTHT", replace: "Số: 9/KH-KTHT" }],
        },
      },
    ]);
  });
});
