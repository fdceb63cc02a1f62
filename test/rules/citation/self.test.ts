import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import { rule as self } from "../../../src/rules/citation/self";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan } from "../../support/samples";
import { withBody } from "../bodyText";
import { stateDraft, withAppendix } from "./selfSamples";

/** Paragraph indices of an appendix appended after the samples' signature table (7 paragraphs, 17–23). */
const APPENDIX = { title: 24, tie: 25 } as const;

const PARTY_ATTACHMENT =
  /^Thông lệ trình bày phụ lục văn bản của Đảng \(HD 36-HD\/VPTW\): phụ lục ghi kèm theo văn bản nào/;
const STATE_ATTACHMENT =
  "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục IV (phụ lục): phụ lục ghi kèm theo văn bản nào, đúng số, ký hiệu, ngày tháng năm của văn bản đó";

runRuleTester(self, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "its appendix names it with its own number and date",
      doc: withAppendix(partyPlan(), "(Kèm theo Kế hoạch số 85-KH/HU, ngày 15/9/2023 của Ban Thường vụ Huyện ủy)"),
    },
    {
      name: "a draft: blank number and day in the header and in the appendix (real phrasing)",
      doc: withAppendix(
        stateDraft(),
        "(Ban hành kèm theo Kế hoạch số          /KH-UBND ngày         /12/2025 của Chủ tịch UBND tỉnh Lâm Đồng)",
      ),
    },
    {
      name: "a blank header number agrees with a number written in the appendix",
      doc: withAppendix(stateDraft(), "(Kèm theo Kế hoạch số 215/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh)"),
    },
    {
      name: "another plan of the same issuer, another year's plan with the same number, “Kế hoạch này”",
      doc: withBody(
        partyPlan(),
        "Thực hiện Kế hoạch số 12-KH/HU ngày 05/3/2023 và Kế hoạch số 85-KH/HU ngày 10/9/2022 của Ban Thường vụ Huyện ủy; các chi bộ căn cứ Kế hoạch này xây dựng kế hoạch thực hiện.",
      ),
    },
    {
      name: "an appendix tied to a document of another type is not compared",
      doc: withAppendix(partyPlan(), "(Kèm theo Quyết định số 12-QĐ/HU ngày 01/9/2023 của Ban Thường vụ Huyện ủy)"),
    },
  ],
  invalid: [
    {
      name: "the appendix gives another number",
      doc: withAppendix(partyPlan(), "(Kèm theo Kế hoạch số 86-KH/HU, ngày 15/9/2023 của Ban Thường vụ Huyện ủy)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: APPENDIX.tie,
          basis: PARTY_ATTACHMENT,
        },
      ],
    },
    {
      name: "a draft's appendix left on last month's date (blanks agree, the month and year do not)",
      doc: withAppendix(
        stateDraft(),
        "(Ban hành kèm theo Kế hoạch số          /KH-UBND ngày         /01/2026 của Chủ tịch UBND tỉnh Lâm Đồng)",
      ),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số …/KH-UBND ngày …/01/2026, nhưng phần đầu văn bản ghi số …/KH-UBND ngày …/12/2025: khác tháng, năm",
          severity: "error",
          paragraph: APPENDIX.tie,
          basis: STATE_ATTACHMENT,
        },
      ],
    },
    {
      name: "the appendix gives another issuer's symbol",
      doc: withAppendix(stateDraft(), "(Kèm theo Kế hoạch số      /KH-SNV ngày      tháng 12 năm 2025 của Sở Nội vụ)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số …/KH-SNV ngày …/12/2025, nhưng phần đầu văn bản ghi số …/KH-UBND ngày …/12/2025: khác ký hiệu",
          severity: "error",
        },
      ],
    },
    {
      name: "the tie line broken over two paragraphs, the day differs",
      doc: withAppendix(partyPlan(), "(Kèm theo Kế hoạch số 85-KH/HU", "ngày 16/9/2023 của Ban Thường vụ Huyện ủy)"),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 85-KH/HU ngày 16/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác ngày",
          severity: "error",
          paragraph: APPENDIX.tie,
        },
      ],
    },
    {
      name: "“Kế hoạch này số ...” with another number",
      doc: withBody(partyPlan(), "Các chi bộ tổ chức quán triệt Kế hoạch này số 58-KH/HU đến đảng viên."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 58-KH/HU”, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "its own number and symbol with another date in the text: a warning",
      doc: withBody(
        partyPlan(),
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 85-KH/HU ngày 05/9/2023 để triển khai Kết luận.",
      ),
      findings: [
        {
          message:
            "Kế hoạch số 85-KH/HU là số, ký hiệu của chính văn bản nhưng ghi ngày 05/9/2023, phần đầu văn bản ghi ngày 15/9/2023: nếu là chính văn bản này, sửa cho khớp",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
  ],
});

describe("a real plan (test/fixtures/real/kh-cchc-2026-issued.docx)", () => {
  const model = () =>
    readDocument(
      new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "real", "kh-cchc-2026-issued.docx"))),
    );

  it("its appendix “(Ban hành kèm theo Kế hoạch số /KH-UBND ngày /12/2025 ...)” agrees with its header", () => {
    expect(checkDocument(model(), { rules: ["citation/self"] }).findings).toEqual([]);
  });

  it("the same appendix dated January 2026 is an error at its tie line", () => {
    const m = model();
    const tie = m.paragraphs.find((p) => /Ban hành kèm theo Kế hoạch số/.test(p.text))!;
    tie.text = tie.text.replace("/12/2025", "/01/2026");
    const found = checkDocument(m, { rules: ["citation/self"] }).findings;
    expect(found.map((f) => [f.message, f.severity, f.paragraph])).toEqual([
      [
        "PHỤ LỤC ghi kèm theo Kế hoạch số …/KH-UBND ngày …/01/2026, nhưng phần đầu văn bản ghi số …/KH-UBND ngày …/12/2025: khác tháng, năm",
        "error",
        tie.index,
      ],
    ]);
  });
});
