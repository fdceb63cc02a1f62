import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import { FORM_NEEDS, rule as date } from "../../../src/rules/text/date";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, setCellText, stateReport, statePlan, variant } from "../../support/samples";
import { randomText, seededRandom } from "../../support/random";
import { withBody } from "../bodyText";

const IMPOSSIBLE = "Kỹ thuật soạn thảo: ngày tháng ghi trong văn bản phải có thật";
const WEEKDAY = "Kỹ thuật soạn thảo: thứ trong tuần ghi kèm phải khớp với ngày tháng năm";
const PERIOD = /^Thông lệ báo cáo định kỳ: .*NĐ 09\/2019\/NĐ-CP, Điều 12/;

/** The State report sample (dated 20/12/2023) with its trích yếu, its date line and a body sentence set. */
function report(summary: string, dateLine = "Lục Nam, ngày 20 tháng 12 năm 2023", body?: string): DocSpec {
  return variant(stateReport(), (d) => {
    blockPara(d, 2).text = summary;
    setCellText(d, 0, 1, 2, dateLine);
    if (body !== undefined) blockPara(d, 5).text = body;
  });
}

runRuleTester(date, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    // Real sentences of issued documents (Lâm Đồng, 2025–2026): fractions and counts are not dates.
    {
      name: "fractions and counts: 11/15 đơn vị, 24/24 giờ, 13/19 nhiệm vụ",
      doc: withBody(
        stateReport(),
        "Ban Quản lý các khu công nghiệp có 11/15 đơn vị xếp loại Tốt, 03/15 đơn vị xếp loại Khá; Cổng dịch vụ công hoạt động thông suốt 24/24 giờ; đã triển khai 13/19 nhiệm vụ.",
      ),
    },
    {
      name: "a citation with a real date, a leap day, a range of days, a yearless 29/2",
      doc: withBody(
        stateReport(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị, Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025; báo cáo ngày 29/02/2024; tập huấn từ ngày 20-25/10/2025; hạn nộp ngày 29/2 hằng năm.",
      ),
    },
    {
      name: "a number code “Số 05/9-KH” and a version “4.0” are not dates",
      doc: withBody(stateReport(), "Kèm theo Kế hoạch Số 05/9-KH, phiên bản 4.0."),
    },
    {
      name: "the 13th-month pay is no month",
      doc: withBody(stateReport(), "Chi trả lương tháng 13 năm 2023 cho người lao động."),
    },
    // Real invitations: the weekday in brackets after the date, with the part of the day.
    {
      name: "weekdays that match: ngày 09/10/2025 (thứ Năm), ngày 22/01/2026 (Chiều thứ Năm)",
      doc: withBody(
        stateReport(),
        "Thời gian: bắt đầu lúc 08h00, ngày 09/10/2025 (thứ Năm); họp lúc 14h00, ngày 22/01/2026 (Chiều thứ Năm).",
      ),
    },
    {
      name: "Chủ nhật, ngày 10/9/2023 and thứ 2 ngày 11/9/2023 match",
      doc: withBody(stateReport(), "Ra quân vào Chủ nhật, ngày 10/9/2023 và tổng kết vào thứ 2 ngày 11/9/2023."),
    },
    {
      name: "an ordinal is no weekday: Kỳ họp thứ 5, ngày 10/12/2024; lần thứ hai ngày 05/9/2023",
      doc: withBody(
        stateReport(),
        "Nghị quyết Kỳ họp thứ 5, ngày 10/12/2024 của Hội đồng nhân dân tỉnh; kiểm tra lần thứ hai ngày 05/9/2023.",
      ),
    },
    {
      name: "an enumeration (Thứ nhất, ... Thứ hai, ngày ...) is no weekday",
      doc: variant(
        withBody(stateReport(), "Thứ hai, ngày 15/3/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 45/KH-UBND."),
        (d) => {
          blockPara(d, 4).text = "Thứ nhất, các sở, ngành đã quán triệt đầy đủ các văn bản chỉ đạo.";
        },
      ),
    },
    // The corpus: every report is dated in its period's last month or after it.
    {
      name: "a report on the year dated in December (its figures closed on 14/12), the next year's tasks cut off",
      doc: report("công tác cải cách hành chính năm 2023 và phương hướng, nhiệm vụ năm 2024 tỉnh Lâm Đồng"),
    },
    {
      name: "a report on quý I dated in March, the day left blank for the clerk",
      doc: report(
        "Công tác cải cách hành chính quý I năm 2026 và phương hướng, nhiệm vụ quý II năm 2026",
        "Lâm Đồng, ngày      tháng 3 năm 2026",
      ),
    },
    {
      name: "a monthly report dated in its month",
      doc: report(
        "Kết quả triển khai Đề án 06 trên địa bàn tỉnh Lâm Đồng tháng 9/2025",
        "Lâm Đồng, ngày 20 tháng 9 năm 2025",
      ),
    },
    {
      name: "a report on the year dated in September that says its figures are estimates",
      doc: report(
        "kết quả thực hiện nhiệm vụ năm 2023",
        "Lục Nam, ngày 15 tháng 9 năm 2023",
        "Ước thực hiện cả năm 2023, tổng thu ngân sách đạt 105% dự toán.",
      ),
    },
    {
      name: "a period running to a later year: “giai đoạn 2021 - 2025”, “đến năm 2030”",
      doc: report(
        "Tổng kết thực hiện Chiến lược quốc gia phòng, chống ma túy đến năm 2030, giai đoạn 2021 - 2025",
        "Lâm Đồng, ngày 10 tháng 3 năm 2025",
      ),
    },
    {
      name: "a plan about next year is not a report",
      doc: variant(statePlan(), (d) => {
        blockPara(d, 2).text = "cải cách hành chính năm 2024";
      }),
    },
  ],
  invalid: [
    {
      name: "31/4/2024 in the body",
      doc: withBody(stateReport(), "Các đơn vị gửi báo cáo trước ngày 31/4/2024."),
      findings: [
        {
          message: "Ngày “31/4/2024” không có thật: tháng 4 chỉ có 30 ngày",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: IMPOSSIBLE,
        },
      ],
    },
    {
      name: "29/02 of a common year, day 30 of February in words, month 13, 31.4.2024",
      doc: withBody(
        stateReport(),
        "Theo Công văn số 125/UBND-KT ngày 29/02/2023, Thông báo ngày 30 tháng 2 năm 2023, lịch ngày 13/13/2025 và hạn 31.4.2024.",
      ),
      findings: [
        { message: "Ngày “29/02/2023” không có thật: tháng 2 năm 2023 chỉ có 28 ngày", severity: "error" },
        { message: "“ngày 30 tháng 2 năm 2023” không có thật: tháng 2 năm 2023 chỉ có 28 ngày", severity: "error" },
        { message: "Ngày “13/13/2025” không có thật: không có tháng 13", severity: "error" },
        { message: "Ngày “31.4.2024” không có thật: tháng 4 chỉ có 30 ngày", severity: "error" },
      ],
    },
    {
      name: "a citation's date cannot exist",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 11-NQ/TW ngày 31/02/2022 của Bộ Chính trị."),
      findings: [
        {
          message: "Ngày “31/02/2022” không có thật: tháng 2 năm 2022 chỉ có 28 ngày",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a partial date after “ngày”: 31/4 is impossible in any year; “tháng 13/2025”",
      doc: withBody(stateReport(), "Hoàn thành trước ngày 31/4 và ngày 30/02, báo cáo kết quả tháng 13/2025."),
      findings: [
        { message: "Ngày “31/4” không có thật: tháng 4 chỉ có 30 ngày", severity: "error" },
        { message: "Ngày “30/02” không có thật: tháng 2 chỉ có 28 hoặc 29 ngày", severity: "error" },
        { message: "“tháng 13/2025” không có thật: không có tháng 13", severity: "error" },
      ],
    },
    {
      name: "a zero day is a blank left to fill: a warning",
      doc: withBody(stateReport(), "Theo Tờ trình số 12/TTr-SNV ngày 00/11/2023 của Sở Nội vụ."),
      findings: [{ message: "Ngày “00/11/2023” không có thật: không có ngày 0", severity: "warning" }],
    },
    {
      name: "the header's date cannot exist: the header clause is the basis",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 31 tháng 4 năm 2023")),
      findings: [
        {
          message: "“ngày 31 tháng 4 năm 2023” không có thật: tháng 4 chỉ có 30 ngày",
          severity: "error",
          paragraph: 6,
          basis: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.4 (địa danh và thời gian ban hành văn bản)",
        },
      ],
    },
    {
      name: "thứ Hai, ngày 05/9/2023 (a Tuesday) and thứ Bảy, ngày 10/9/2023 (a Sunday)",
      doc: withBody(
        stateReport(),
        "Hội nghị tổ chức vào thứ Hai, ngày 05/9/2023; ra quân vào thứ Bảy, ngày 10/9/2023.",
      ),
      findings: [
        {
          message: "“thứ Hai, ngày 05/9/2023” không khớp: ngày 05/9/2023 là thứ Ba, không phải thứ Hai",
          severity: "error",
          paragraph: P.firstBody + 1,
          basis: WEEKDAY,
        },
        { message: "“thứ Bảy, ngày 10/9/2023” không khớp: ngày 10/9/2023 là Chủ nhật, không phải thứ Bảy" },
      ],
    },
    {
      name: "a weekday in brackets after a date (real invitation form), wrong",
      doc: withBody(stateReport(), "Thời gian: bắt đầu lúc 08h00, ngày 10/10/2025 (thứ Năm)."),
      findings: [
        {
          message: "“ngày 10/10/2025 (thứ Năm)” không khớp: ngày 10/10/2025 là thứ Sáu, không phải thứ Năm",
          severity: "error",
        },
      ],
    },
    {
      name: "a date without a year takes the document's year: a warning",
      doc: withBody(stateReport(), "Đoàn kiểm tra làm việc vào thứ Năm, ngày 06/9."),
      findings: [
        {
          message:
            "“thứ Năm, ngày 06/9” không khớp: ngày 06/9/2023 là thứ Tư, không phải thứ Năm (năm 2023 lấy theo ngày ban hành văn bản); kiểm tra lại thứ hoặc ngày",
          severity: "warning",
        },
      ],
    },
    {
      name: "a report on next year",
      doc: report("kết quả công tác cải cách hành chính năm 2024"),
      findings: [
        {
          message:
            "Báo cáo về năm 2024 (bắt đầu ngày 01/01/2024) nhưng đề ngày 20/12/2023: kỳ báo cáo chưa bắt đầu; xem lại năm hoặc kỳ báo cáo",
          severity: "warning",
          paragraph: P.summary,
          basis: PERIOD,
        },
      ],
    },
    {
      name: "a report on the year dated in September, without estimates",
      doc: report("kết quả thực hiện nhiệm vụ năm 2023", "Lục Nam, ngày 05 tháng 9 năm 2023"),
      findings: [
        {
          message:
            "Báo cáo về năm 2023 (kết thúc ngày 31/12/2023) nhưng đề ngày 05/9/2023: kỳ báo cáo chưa kết thúc; xem lại kỳ báo cáo, ngày ban hành, hoặc ghi rõ số liệu là ước thực hiện",
          severity: "warning",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "a monthly report dated the month before its month, the day blank",
      doc: report(
        "Kết quả triển khai Đề án 06 trên địa bàn tỉnh tháng 10/2025",
        "Lâm Đồng, ngày      tháng 9 năm 2025",
      ),
      findings: [
        {
          message:
            "Báo cáo về tháng 10/2025 (bắt đầu ngày 01/10/2025) nhưng đề ngày … tháng 9 năm 2025: kỳ báo cáo chưa bắt đầu; xem lại năm hoặc kỳ báo cáo",
        },
      ],
    },
    {
      name: "6 tháng đầu năm reported in May",
      doc: report("kết quả 6 tháng đầu năm 2024", "Lục Nam, ngày 15 tháng 5 năm 2024"),
      findings: [
        { message: /^Báo cáo về 6 tháng đầu năm 2024 \(kết thúc ngày 30\/06\/2024\) nhưng đề ngày 15\/5\/2024:/ },
      ],
    },
    {
      name: "quý III/2025 reported in July",
      doc: report("tình hình thực hiện nhiệm vụ quý III/2025", "Lâm Đồng, ngày 10 tháng 7 năm 2025"),
      findings: [{ message: /^Báo cáo về quý III\/2025 \(kết thúc ngày 30\/09\/2025\) nhưng đề ngày 10\/7\/2025:/ }],
    },
  ],
});

describe("text/date on the real documents (test/fixtures/real)", () => {
  const dir = join(__dirname, "..", "..", "fixtures", "real");
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { documents: { file: string }[] };
  // Hundreds of real dates (citations, deadlines, a quarterly report dated in its quarter's last month): none wrong.
  it.each(manifest.documents.map((d) => [d.file]))("%s: no finding", (file) => {
    const model = readDocument(new Uint8Array(readFileSync(join(dir, file))));
    const found = checkDocument(model, { rules: ["text/date"] }).findings;
    expect(found.map((f) => f.message)).toEqual([]);
  });
});

// Each form of date is looked for only in a paragraph holding what it cannot be without (its words, or its digits):
// the answer must be the same as looking everywhere.
describe("text/date: what each form of date cannot be without", () => {
  it("holds wherever the form is found, on every paragraph of the real documents and on 30,000 random texts", () => {
    const dir = join(__dirname, "..", "..", "..", "test", "fixtures", "real");
    const realTexts = [
      "kh-cchc-2026-issued.docx",
      "bc-cchc-2025-issued.docx",
      "nd30-2020.docx",
      "kh-cchc-2026-2030.docx",
    ].flatMap((name) => readDocument(new Uint8Array(readFileSync(join(dir, name)))).paragraphs.map((p) => p.text));
    const pieces = [
      "ngày ",
      "Ngày ",
      "NGÀY ",
      "nga\u0300y ",
      "tháng ",
      "THÁNG ",
      "năm ",
      "5",
      "05",
      "12",
      "13",
      "2026",
      "/",
      ".",
      "-",
      " ",
      "  ",
      "(",
      "x",
      "lương ",
      "1.2.",
      "3.17",
      "Kế hoạch số 12/KH-UBND ",
      " 5/9/2026",
      " 31.12.2025",
      " ngày 5 tháng 9 năm 2026",
      " Ngày 20/10",
      " tháng 13/2025",
      " THÁNG 13 năm 2025",
    ];
    const random = seededRandom(13);
    const texts = [...realTexts, ...Array.from({ length: 30000 }, () => randomText(random, pieces, 1 + random(16)))];
    const found = FORM_NEEDS.map(() => 0);
    for (const text of texts)
      FORM_NEEDS.forEach(({ form, needs }, i) => {
        form.lastIndex = 0;
        if (!form.test(text)) return;
        found[i]!++;
        for (const need of needs)
          if (!need.test(text)) throw new Error(`${form.source} without ${need.source}: ${text}`);
      });
    for (const n of found) expect(n).toBeGreaterThan(200); // every form is found, and often
  });
});
