/**
 * citation/self near misses: the document's own number written right (same date, no date, "Kế hoạch này" agreeing,
 * a blank header number), another issuer's plan with the same number, a legal decision's number with its year
 * ("12/2025/QĐ-UBND" against "12/2024/QĐ-UBND"), and how far below an appendix's title its "(Kèm theo ...)" line is
 * read (the title and the next six paragraphs).
 */
import { rule as self } from "../../../src/rules/citation/self";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, variant } from "../../support/samples";
import { withBody } from "../bodyText";
import { decisionWithRegulation, para, stateDraft } from "./selfSamples";

/** The appendix appended after the samples' signature table (paragraphs 17–23) starts at paragraph 24. */
const APPENDIX_START = 24;

/** A title block of `lines` centred capital lines under "PHỤ LỤC", then the tie line, then a line of text. */
function withTitledAppendix(doc: DocSpec, lines: number, tie: string): DocSpec {
  const title = [
    "NHIỆM VỤ TRỌNG TÂM",
    "THỰC HIỆN KẾT LUẬN SỐ 125-KL/TU NGÀY 05/9/2023",
    "CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH",
    "VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI",
    "GIAI ĐOẠN 2023 - 2025",
    "TRÊN ĐỊA BÀN HUYỆN LỤC NAM",
  ].slice(0, lines);
  return variant(doc, (d) => {
    d.blocks.push(
      para("PHỤ LỤC", { align: "center", bold: true }),
      ...title.map((t) => para(t, { align: "center", bold: true })),
      para(tie, { align: "center", italic: true }),
      para("Danh mục nhiệm vụ, cơ quan chủ trì, thời hạn hoàn thành.", { align: "justify" }),
    );
  });
}

const TIE_86 = "(Kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023 của Ban Thường vụ Huyện ủy)";
const STATE_ATTACHMENT =
  "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục IV (phụ lục): phụ lục ghi kèm theo văn bản nào, đúng số, ký hiệu, ngày tháng năm của văn bản đó";
const TEXT_BASIS = "Thông lệ soạn thảo: văn bản nhắc đến chính mình ghi đúng số, ký hiệu, ngày ở phần đầu văn bản";

runRuleTester(self, {
  valid: [
    {
      name: "its own number and symbol with its own date (15/9/2023) in the text",
      doc: withBody(
        partyPlan(),
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 85-KH/HU ngày 15/9/2023 để triển khai Kết luận.",
      ),
    },
    {
      name: "its own number and symbol without a date",
      doc: withBody(partyPlan(), "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 85-KH/HU để triển khai Kết luận."),
    },
    {
      name: "the provincial committee's plan with the same number (85-KH/TU) and another date: another document",
      doc: withBody(partyPlan(), "Thực hiện Kế hoạch số 85-KH/TU ngày 05/9/2023 của Ban Thường vụ Tỉnh ủy."),
    },
    {
      name: "“Kế hoạch này số 85-KH/HU ngày 15 tháng 9 năm 2023”: itself, agreeing",
      doc: withBody(partyPlan(), "Kế hoạch này số 85-KH/HU ngày 15 tháng 9 năm 2023 được phổ biến đến các chi bộ."),
    },
    {
      name: "a draft's blank number and day agree with “Kế hoạch này số 120/KH-UBND ngày 05/12/2025”",
      doc: withBody(stateDraft(), "Kế hoạch này số 120/KH-UBND ngày 05/12/2025 được gửi các sở, ngành."),
    },
    {
      name: "a legal decision's regulation tied to it with its number, year and date",
      doc: decisionWithRegulation(
        "(Ban hành kèm theo Quyết định số 12/2025/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện Lục Nam)",
      ),
    },
    {
      name: "a tie line seven paragraphs below the appendix's title is not read as its tie line",
      doc: withTitledAppendix(partyPlan(), 6, TIE_86),
    },
  ],
  invalid: [
    {
      name: "a legal decision's regulation tied to the same number of another year: another number",
      doc: decisionWithRegulation(
        "(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 20/12/2025 của Ủy ban nhân dân huyện Lục Nam)",
      ),
      findings: [
        {
          message:
            "QUY CHẾ ghi kèm theo Quyết định số 12/2024/QĐ-UBND ngày 20/12/2025, nhưng phần đầu văn bản ghi số 12/2025/QĐ-UBND ngày 20/12/2025: khác số",
          severity: "error",
          paragraph: APPENDIX_START + 2,
          basis: STATE_ATTACHMENT,
        },
      ],
    },
    {
      name: "a tie line six paragraphs below the appendix's title is read",
      doc: withTitledAppendix(partyPlan(), 5, TIE_86),
      findings: [
        {
          message:
            "PHỤ LỤC ghi kèm theo Kế hoạch số 86-KH/HU ngày 15/9/2023, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác số",
          severity: "error",
          paragraph: APPENDIX_START + 6,
        },
      ],
    },
    {
      name: "“Kế hoạch này số 85-KH/HU ngày 16/9/2023”: itself with another day",
      doc: withBody(partyPlan(), "Kế hoạch này số 85-KH/HU ngày 16/9/2023 được phổ biến đến các chi bộ."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 85-KH/HU ngày 16/9/2023”, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác ngày",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: TEXT_BASIS,
        },
      ],
    },
    {
      name: "“Kế hoạch này số 85-KH/TU”: itself with another issuer's symbol",
      doc: withBody(partyPlan(), "Các chi bộ quán triệt Kế hoạch này số 85-KH/TU đến đảng viên."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 85-KH/TU”, nhưng phần đầu văn bản ghi số 85-KH/HU ngày 15/9/2023: khác ký hiệu",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a draft's “Kế hoạch này số 120/KH-SNV”: the blanks shown as “…”, the symbol differs",
      doc: withBody(stateDraft(), "Kế hoạch này số 120/KH-SNV được gửi các sở, ngành."),
      findings: [
        {
          message:
            "Văn bản tự ghi “Kế hoạch này số 120/KH-SNV”, nhưng phần đầu văn bản ghi số …/KH-UBND ngày …/12/2025: khác ký hiệu",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: TEXT_BASIS,
        },
      ],
    },
  ],
});
