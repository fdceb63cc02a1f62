/**
 * text/date at its edges: each month's length and the leap-year rule, the years read as dates, each written form and
 * its near misses, each weekday name and the ordinals, the year a yearless date takes, and each kind of report
 * period on both sides of the month it may be dated from.
 */
import { rule as date } from "../../../src/rules/text/date";
import type { DocSpec } from "../../support/docSpec";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyReport, setCellText, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const BODY = P.firstBody + 1;
const IMPOSSIBLE = "Kỹ thuật soạn thảo: ngày tháng ghi trong văn bản phải có thật";
const WEEKDAY = "Kỹ thuật soạn thảo: thứ trong tuần ghi kèm phải khớp với ngày tháng năm";
const PERIOD = /^Thông lệ báo cáo định kỳ: .*NĐ 09\/2019\/NĐ-CP, Điều 12/;

const body = (text: string): DocSpec => withBody(stateReport(), text);
/** The State report sample with its date line set. */
const datedOn = (dateLine: string, text: string): DocSpec =>
  variant(withBody(stateReport(), text), (d) => setCellText(d, 0, 1, 2, dateLine));
/** The State report sample with its trích yếu and its date line set. */
function report(summary: string, dateLine: string, text?: string): DocSpec {
  return variant(stateReport(), (d) => {
    blockPara(d, 2).text = summary;
    setCellText(d, 0, 1, 2, dateLine);
    if (text !== undefined) blockPara(d, 5).text = text;
  });
}
/** A report whose trích yếu wraps over two centred lines (paragraphs 8 and 9). */
function twoLineReport(first: string, second: string): DocSpec {
  return variant(stateReport(), (d) => {
    blockPara(d, 2).text = first;
    d.blocks.splice(3, 0, { ...blockPara(d, 2), text: second });
  });
}

const overflow = (date: string, month: number, days: number | string, year = ""): string =>
  `${date} không có thật: tháng ${month}${year} chỉ có ${days} ngày`;
const notEnded = (period: string, end: string, on: string): string =>
  `Báo cáo về ${period} (kết thúc ngày ${end}) nhưng đề ngày ${on}: kỳ báo cáo chưa kết thúc; xem lại kỳ báo cáo, ngày ban hành, hoặc ghi rõ số liệu là ước thực hiện`;
const notBegun = (period: string, start: string, on: string): string =>
  `Báo cáo về ${period} (bắt đầu ngày ${start}) nhưng đề ngày ${on}: kỳ báo cáo chưa bắt đầu; xem lại năm hoặc kỳ báo cáo`;
const wrongDay = (read: string, full: string, actual: string, written: string): string =>
  `“${read}” không khớp: ngày ${full} là ${actual}, không phải ${written}`;
const wrongYearless = (read: string, full: string, actual: string, written: string, year: number): string =>
  `“${read}” không khớp: ngày ${full} là ${actual}, không phải ${written} (năm ${year} lấy theo ngày ban hành văn bản); kiểm tra lại thứ hoặc ngày`;

runRuleTester(date, {
  valid: [
    {
      name: "the last day of each month of 31 days, 30/4, and 29/02 of leap years (2024, 2000: divisible by 400)",
      doc: body(
        "Các mốc 31/1/2024, 31/3/2024, 31/5/2024, 31/7/2024, 31/8/2024, 31/10/2024, 31/12/2024, 30/4/2024, ngày 29/02/2024 và ngày 29/02/2000.",
      ),
    },
    {
      name: "years before 1900 and after 2199 are not read as dates: 31/4/1899, 31/4/2200",
      doc: body("Số hiệu lưu trữ 31/4/1899 và 31/4/2200 của kho tư liệu."),
    },
    {
      name: "a number with dots or hyphens and a month out of range is a list number, not a date: mục 1.15.2024, 1.0.2024",
      doc: body("Xem mục 1.15.2024, mục 1.0.2024 và mã 5-13-2024 của danh mục."),
    },
    {
      name: "mixed separators, longer numbers and glued letters are not dates: 31/4.2024, 31/4/20245, 31/4/2024/5, A31/4/2024",
      doc: body("Mã hồ sơ 31/4.2024, 31/4/20245, 31/4/2024/5 và A31/4/2024 trên hệ thống."),
    },
    {
      name: "a day and month without “ngày” is a fraction, and “từ ngày 28-31/10” is a range",
      doc: body("Tỷ lệ đạt 31/4 chỉ tiêu; tập huấn từ ngày 28-31/10 hằng năm."),
    },
    {
      name: "the 13th-month bonus and pay: thưởng tháng 13/2023, lương thứ tháng 13/2024",
      doc: body("Chi thưởng tháng 13/2023 và lương thứ tháng 13/2024 cho người lao động."),
    },
    {
      name: "the right weekday in each form: thứ ba ngày 05/9/2023, thứ Tư (06/9/2023), thứ 5, 07/9/2023",
      doc: body("Họp vào thứ ba ngày 05/9/2023, thứ Tư (06/9/2023) và thứ 5, 07/9/2023."),
    },
    {
      name: "“thứ 8” and “thứ 1” are no weekdays",
      doc: body("Xếp thứ 8 ngày 05/9/2023 và thứ 1 ngày 05/9/2023 trong bảng xếp hạng."),
    },
    {
      name: "ordinals, one word or two before, in any case: Phiên thứ 2, Lần thứ hai, giai đoạn thứ hai, hội nghị thứ hai",
      doc: variant(body("Phiên thứ 2 ngày 05/9/2023 của Hội đồng."), (d) => {
        blockPara(d, 6).text = "Lần thứ hai, ngày 05/9/2023, Ủy ban kiểm tra lại.";
        blockPara(d, 7).text =
          "Trong giai đoạn thứ hai ngày 05/9/2023; tại hội nghị thứ hai, ngày 05/9/2023, Ban Thường vụ kết luận.";
      }),
    },
    {
      name: "an enumerated list item “- Thứ hai, ngày ...” and one after a semicolon are no weekdays",
      doc: variant(body("- Thứ hai, ngày 15/3/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch."), (d) => {
        blockPara(d, 4).text =
          "Thứ nhất, các sở đã quán triệt đầy đủ các văn bản chỉ đạo; Thứ hai, ngày 15/3/2024, tỉnh sơ kết.";
      }),
    },
    {
      name: "a yearless 29/2 whose nearest year is not a leap year is not checked (document of 15/3/2023)",
      doc: datedOn("Lục Nam, ngày 15 tháng 3 năm 2023", "Hạn nộp ngày 29/2 (thứ Hai) hằng năm."),
    },
    {
      name: "a yearless weekday date in a document whose date cannot be read is not checked",
      doc: datedOn("Lục Nam, ngày      tháng      năm 2023", "Đoàn làm việc ngày 06/9 (thứ Năm)."),
    },
    {
      name: "the 13th-month pay at the start of a sentence, and with two spaces: Lương tháng 13, thưởng  tháng 13",
      doc: body("Lương tháng 13 năm 2023 và thưởng  tháng 13/2023 đã chi đủ."),
    },
    {
      name: "“thứ nhất” inside a paragraph also makes “Thứ hai, ngày ...” at a sentence start an enumeration",
      doc: variant(body("- Thứ hai, ngày 15/3/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch."), (d) => {
        blockPara(d, 4).text =
          "Kết quả đạt được: thứ nhất, các sở đã quán triệt; Thứ hai, ngày 15/3/2024, tỉnh sơ kết.";
      }),
    },
    {
      name: "a range of years written without spaces or with an en dash is not a period: năm 2024-2030, năm 2024 – 2030",
      doc: report("kết quả năm 2024-2030 và năm 2024 – 2030", "Lục Nam, ngày 15 tháng 8 năm 2023"),
    },
    {
      name: "a report on the year dated in November (one month before its end)",
      doc: report("kết quả thực hiện nhiệm vụ năm 2023", "Lục Nam, ngày 15 tháng 11 năm 2023"),
    },
    {
      name: "a report on the last six months dated in December",
      doc: report("kết quả 6 tháng cuối năm 2024", "Lục Nam, ngày 15 tháng 12 năm 2024"),
    },
    {
      name: "a report on “sáu tháng năm 2024” (the first half) dated in June",
      doc: report("kết quả sáu tháng năm 2024", "Lục Nam, ngày 15 tháng 6 năm 2024"),
    },
    {
      name: "a report on nine months dated in September, a quarter in lower-case Roman numerals dated in its last month",
      doc: report("kết quả 9 tháng đầu năm 2024 và quý iii năm 2024", "Lục Nam, ngày 15 tháng 9 năm 2024"),
    },
    {
      name: "a report on tháng 10 năm 2025 dated in October",
      doc: report("kết quả tháng 10 năm 2025", "Lục Nam, ngày 15 tháng 10 năm 2025"),
    },
    {
      name: "a period after “từ” or running on (“năm 2024 - 2030”) is not the period reported on",
      doc: report("kết quả từ năm 2024 và năm 2024 - 2030", "Lục Nam, ngày 15 tháng 8 năm 2023"),
    },
    {
      name: "the next period after “, kế hoạch”, “và giải pháp”, “; tầm nhìn” is cut off",
      doc: report(
        "kết quả năm 2023, kế hoạch năm 2024 và giải pháp năm 2025; tầm nhìn năm 2026",
        "Lục Nam, ngày 20 tháng 12 năm 2023",
      ),
    },
    {
      name: "after the next period's words on the first line of the trích yếu, the second line is not read",
      doc: twoLineReport("kết quả công tác năm 2023 và phương hướng,", "nhiệm vụ năm 2024"),
    },
    {
      name: "a report on the year dated in September whose body gives “dự ước” figures",
      doc: report(
        "kết quả thực hiện nhiệm vụ năm 2023",
        "Lục Nam, ngày 05 tháng 9 năm 2023",
        "Dự ước cả năm thu ngân sách đạt 105% dự toán.",
      ),
    },
    {
      name: "a report whose date line has neither day nor month is not checked against its period",
      doc: report("kết quả năm 2024", "Lục Nam, ngày      tháng      năm 2023"),
    },
    {
      name: "the next period after “và định hướng” is cut off",
      doc: report("kết quả năm 2023 và định hướng năm 2024", "Lục Nam, ngày 20 tháng 12 năm 2023"),
    },
    {
      name: "an ordinal after two words with two spaces (giai  đoạn), an enumeration with “Thứ  nhất”",
      doc: variant(
        body(
          "Thứ hai, ngày 15/3/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch; trong giai  đoạn thứ hai ngày 05/9/2023.",
        ),
        (d) => {
          blockPara(d, 4).text = "Thứ  nhất, các sở đã quán triệt đầy đủ các văn bản chỉ đạo.";
        },
      ),
    },
    {
      name: "a period after “từ” and two spaces",
      doc: report("kết quả từ  năm 2024", "Lâm Đồng, ngày 15 tháng 8 năm 2023"),
    },
    {
      name: "ordinals with two spaces before “thứ”: Phiên  thứ 2, giai đoạn  thứ hai",
      doc: body("Phiên  thứ 2 ngày 05/9/2023; trong giai đoạn  thứ hai, ngày 05/9/2023."),
    },
    {
      name: "an enumerated list item after a leading space: “ - Thứ hai, ngày ...”",
      doc: variant(body(" - Thứ hai, ngày 15/3/2024, tỉnh sơ kết."), (d) => {
        blockPara(d, 4).text = "Thứ nhất, các sở đã quán triệt.";
      }),
    },
    {
      name: "the next period after a capitalised “Phương hướng” is cut off",
      doc: report("kết quả năm 2023. Phương hướng năm 2024", "Lục Nam, ngày 20 tháng 12 năm 2023"),
    },
  ],
  invalid: [
    {
      name: "the last day + 1 of each month of 30 days, and 32/1",
      doc: body("Các mốc 31/6/2024, 31/9/2024, 31/11/2024 và 32/1/2024."),
      findings: [
        { message: overflow("Ngày “31/6/2024”", 6, 30), severity: "error", paragraph: BODY, basis: IMPOSSIBLE },
        { message: overflow("Ngày “31/9/2024”", 9, 30), severity: "error", paragraph: BODY },
        { message: overflow("Ngày “31/11/2024”", 11, 30), severity: "error", paragraph: BODY },
        { message: overflow("Ngày “32/1/2024”", 1, 31), severity: "error", paragraph: BODY },
      ],
    },
    {
      name: "29/02 of 1900 and 2100 (divisible by 100, not by 400)",
      doc: body("Các mốc ngày 29/02/1900 và ngày 29/02/2100."),
      findings: [
        { message: overflow("Ngày “29/02/1900”", 2, 28, " năm 1900"), severity: "error", paragraph: BODY },
        { message: overflow("Ngày “29/02/2100”", 2, 28, " năm 2100"), severity: "error", paragraph: BODY },
      ],
    },
    {
      name: "the first and the last year read as dates: 31/4/1900, 31/4/2199",
      doc: body("Các mốc 31/4/1900 và 31/4/2199."),
      findings: [
        { message: overflow("Ngày “31/4/1900”", 4, 30), severity: "error" },
        { message: overflow("Ngày “31/4/2199”", 4, 30), severity: "error" },
      ],
    },
    {
      name: "month 13 after month 12 (01/12 is fine), and month 0: an error, then a blank (a warning)",
      doc: body("Các mốc 01/12/2023, 01/01/2023, 01/13/2023 và 15/00/2023."),
      findings: [
        { message: "Ngày “01/13/2023” không có thật: không có tháng 13", severity: "error", paragraph: BODY },
        { message: "Ngày “15/00/2023” không có thật: không có tháng 0", severity: "warning", paragraph: BODY },
      ],
    },
    {
      name: "a date in words at the start of a sentence, and one with “Tháng” capitalised",
      doc: body("Ngày 30 tháng 2 năm 2023 là ngày họp; Thông báo ngày 31 Tháng 4 năm 2024 của Sở."),
      findings: [
        { message: overflow("“Ngày 30 tháng 2 năm 2023”", 2, 28, " năm 2023"), severity: "error" },
        { message: overflow("“ngày 31 Tháng 4 năm 2024”", 4, 30), severity: "error" },
      ],
    },
    {
      name: "dates in words without a year: 31 of April, 30 of February, day 0, month 0",
      doc: body("Các mốc ngày 31 tháng 4, ngày 30 tháng 2, ngày 0 tháng 5 và ngày 5 tháng 0."),
      findings: [
        { message: overflow("“ngày 31 tháng 4”", 4, 30), severity: "error" },
        { message: overflow("“ngày 30 tháng 2”", 2, "28 hoặc 29"), severity: "error" },
        { message: "“ngày 0 tháng 5” không có thật: không có ngày 0", severity: "warning" },
        { message: "“ngày 5 tháng 0” không có thật: không có tháng 0", severity: "warning" },
      ],
    },
    {
      name: "dots and hyphens: a month out of range after “ngày”, 32.12, 32.1 and 31-4",
      doc: body("Các mốc ngày 1.15.2024, 32.12.2024, 32.1.2024, 31-4-2024 và ngày 1.0.2024."),
      findings: [
        { message: "Ngày “1.15.2024” không có thật: không có tháng 15", severity: "error" },
        { message: overflow("Ngày “32.12.2024”", 12, 31), severity: "error" },
        { message: overflow("Ngày “32.1.2024”", 1, 31), severity: "error" },
        { message: overflow("Ngày “31-4-2024”", 4, 30), severity: "error" },
        { message: "Ngày “1.0.2024” không có thật: không có tháng 0", severity: "warning" },
      ],
    },
    {
      name: "with a slash a month out of range is read: 1/15/2024",
      doc: body("Hạn cuối 1/15/2024."),
      findings: [{ message: "Ngày “1/15/2024” không có thật: không có tháng 15", severity: "error", paragraph: BODY }],
    },
    {
      name: "the same impossible date twice in a paragraph is reported once",
      doc: body("Nộp trước ngày 31/4/2024 và ngày 31/4/2024; hạn ngày 31/4 và ngày 31/4."),
      findings: [
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY },
        { message: overflow("Ngày “31/4”", 4, 30), paragraph: BODY },
      ],
    },
    {
      name: "the same impossible date in two paragraphs is reported in each",
      doc: variant(body("Nộp trước ngày 31/4/2024."), (d) => {
        blockPara(d, 6).text = "Tổng hợp trước ngày 31/4/2024.";
      }),
      findings: [
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY },
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY + 1 },
      ],
    },
    {
      name: "a month out of range with a year in words or a spaced slash: tháng 13 năm 2025, tháng 13 / 2025, tháng 0/2025",
      doc: body("Báo cáo tháng 13 năm 2025, tháng 13 / 2025 và tháng 0/2025."),
      findings: [
        { message: "“tháng 13 năm 2025” không có thật: không có tháng 13", severity: "error" },
        { message: "“tháng 13 / 2025” không có thật: không có tháng 13", severity: "error" },
        { message: "“tháng 0/2025” không có thật: không có tháng 0", severity: "warning" },
      ],
    },
    {
      name: "a weekday with extra spaces is named with single spaces",
      doc: body("Họp vào thứ  Hai,  ngày 05/9/2023."),
      findings: [
        {
          message: wrongDay("thứ Hai, ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai"),
          severity: "error",
          paragraph: BODY,
          basis: WEEKDAY,
        },
      ],
    },
    {
      name: "each weekday in words before a date, lower-case, with “ngày”, “(” or “,”",
      doc: body(
        "Họp vào thứ tư ngày 05/9/2023; thứ năm (05/9/2023); thứ sáu, 05/9/2023; thứ bảy ngày 05/9/2023; Chủ Nhật ngày 05/9/2023.",
      ),
      findings: [
        { message: wrongDay("thứ tư ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Tư"), severity: "error" },
        { message: wrongDay("thứ năm (05/9/2023", "05/9/2023", "thứ Ba", "thứ Năm"), severity: "error" },
        { message: wrongDay("thứ sáu, 05/9/2023", "05/9/2023", "thứ Ba", "thứ Sáu"), severity: "error" },
        { message: wrongDay("thứ bảy ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Bảy"), severity: "error" },
        { message: wrongDay("Chủ Nhật ngày 05/9/2023", "05/9/2023", "thứ Ba", "Chủ nhật"), severity: "error" },
      ],
    },
    {
      name: "each weekday in figures: thứ 2, thứ 4 to thứ 7",
      doc: body(
        "Lịch: thứ 2 ngày 05/9/2023; thứ 4 ngày 05/9/2023; thứ 5 ngày 05/9/2023; thứ 6 ngày 05/9/2023; thứ 7 ngày 05/9/2023.",
      ),
      findings: [
        { message: wrongDay("thứ 2 ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai") },
        { message: wrongDay("thứ 4 ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Tư") },
        { message: wrongDay("thứ 5 ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Năm") },
        { message: wrongDay("thứ 6 ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Sáu") },
        { message: wrongDay("thứ 7 ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Bảy") },
      ],
    },
    {
      name: "a weekday in brackets with the part of the day, a comma, spaces; after a date without “ngày”",
      doc: body(
        "Họp ngày 10/10/2025 (sáng thứ Năm, 08 giờ); ngày 10/10/2025 ( tối thứ Năm ); hạn 10/10/2025 (trưa thứ 5).",
      ),
      findings: [
        { message: wrongDay("ngày 10/10/2025 (sáng thứ Năm)", "10/10/2025", "thứ Sáu", "thứ Năm"), severity: "error" },
        { message: wrongDay("ngày 10/10/2025 ( tối thứ Năm )", "10/10/2025", "thứ Sáu", "thứ Năm") },
        { message: wrongDay("10/10/2025 (trưa thứ 5)", "10/10/2025", "thứ Sáu", "thứ Năm") },
      ],
    },
    {
      name: "the same wrong weekday date twice in a paragraph is reported once",
      doc: body("Họp vào thứ Hai, ngày 05/9/2023; nhắc lại: thứ Hai, ngày 05/9/2023."),
      findings: [{ message: wrongDay("thứ Hai, ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai"), paragraph: BODY }],
    },
    {
      name: "with “Thứ nhất” in the document, a weekday inside a sentence is still a weekday",
      doc: variant(body("Hội nghị họp vào thứ Hai, ngày 05/9/2023."), (d) => {
        blockPara(d, 4).text = "Thứ nhất, các sở đã quán triệt đầy đủ các văn bản chỉ đạo.";
      }),
      findings: [{ message: wrongDay("thứ Hai, ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai"), paragraph: BODY }],
    },
    {
      name: "yearless dates take the year nearest the document's date (20/12/2023): January to March in 2024",
      doc: body(
        "Lịch làm việc ngày 05/01 (thứ Hai), ngày 28/12 (thứ Hai), ngày 05/3 (thứ Hai), ngày 10/02 (thứ Hai), ngày 29/2 (thứ Hai).",
      ),
      findings: [
        {
          message: wrongYearless("ngày 05/01 (thứ Hai)", "05/01/2024", "thứ Sáu", "thứ Hai", 2024),
          severity: "warning",
        },
        {
          message: wrongYearless("ngày 28/12 (thứ Hai)", "28/12/2023", "thứ Năm", "thứ Hai", 2023),
          severity: "warning",
        },
        { message: wrongYearless("ngày 05/3 (thứ Hai)", "05/3/2024", "thứ Ba", "thứ Hai", 2024) },
        { message: wrongYearless("ngày 10/02 (thứ Hai)", "10/02/2024", "thứ Bảy", "thứ Hai", 2024) },
        { message: wrongYearless("ngày 29/2 (thứ Hai)", "29/02/2024", "thứ Năm", "thứ Hai", 2024), paragraph: BODY },
      ],
    },
    {
      name: "a yearless date early in the year of a document of February (05/02/2024) and one late in the year before",
      doc: withBody(partyReport(), "Lịch ngày 05/01 (thứ Hai) và ngày 28/12 (thứ Hai)."),
      findings: [
        { message: wrongYearless("ngày 05/01 (thứ Hai)", "05/01/2024", "thứ Sáu", "thứ Hai", 2024) },
        { message: wrongYearless("ngày 28/12 (thứ Hai)", "28/12/2023", "thứ Năm", "thứ Hai", 2023) },
      ],
    },
    {
      name: "a yearless date in a document whose day is left blank takes the year of its month (tháng 9 năm 2023)",
      doc: datedOn("Lục Nam, ngày      tháng 9 năm 2023", "Đoàn làm việc ngày 06/9 (thứ Năm)."),
      findings: [
        {
          message: wrongYearless("ngày 06/9 (thứ Năm)", "06/9/2023", "thứ Tư", "thứ Năm", 2023),
          severity: "warning",
          paragraph: BODY,
          basis: WEEKDAY,
        },
      ],
    },
    {
      name: "a yearless 29/2 whose nearest year is a leap year is checked (document of 15/3/2024)",
      doc: datedOn("Lục Nam, ngày 15 tháng 3 năm 2024", "Hạn nộp ngày 29/2 (thứ Hai) hằng năm."),
      findings: [{ message: wrongYearless("ngày 29/2 (thứ Hai)", "29/02/2024", "thứ Năm", "thứ Hai", 2024) }],
    },
    {
      name: "two spaces after “ngày”, and inside a date in words or a month and year",
      doc: body("Trước ngày  1.15.2024 và ngày  31/4; ngày  31  tháng  4  năm  2024; tháng  13  năm  2025."),
      findings: [
        { message: "Ngày “1.15.2024” không có thật: không có tháng 15", severity: "error", paragraph: BODY },
        { message: overflow("Ngày “31/4”", 4, 30), severity: "error", paragraph: BODY },
        { message: overflow("“ngày  31  tháng  4  năm  2024”", 4, 30), severity: "error", paragraph: BODY },
        { message: "“tháng  13  năm  2025” không có thật: không có tháng 13", severity: "error", paragraph: BODY },
      ],
    },
    {
      name: "“lương” earlier in the sentence does not make month 13 a pay",
      doc: body("Chi trả lương, báo cáo tháng 13/2025."),
      findings: [{ message: "“tháng 13/2025” không có thật: không có tháng 13", severity: "error", paragraph: BODY }],
    },
    {
      name: "a date in words with month 13 is reported once, as written in full",
      doc: body("Hạn chót ngày 5 tháng 13 năm 2025."),
      findings: [{ message: "“ngày 5 tháng 13 năm 2025” không có thật: không có tháng 13", paragraph: BODY }],
    },
    {
      name: "dates are reported in the order they are written, a figure before a date in words",
      doc: body("Hạn 31/4/2024 và ngày 31 tháng 6 năm 2024."),
      findings: [
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY },
        { message: overflow("“ngày 31 tháng 6 năm 2024”", 6, 30), paragraph: BODY },
      ],
    },
    {
      name: "with “Thứ nhất” in the document, a weekday after a dash inside a sentence is still a weekday",
      doc: variant(body("Lịch họp – thứ Hai, ngày 05/9/2023."), (d) => {
        blockPara(d, 4).text = "Thứ nhất, các sở đã quán triệt.";
      }),
      findings: [{ message: wrongDay("thứ Hai, ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai"), paragraph: BODY }],
    },
    {
      name: "a weekday starting a paragraph (no “Thứ nhất” in the document)",
      doc: body("Thứ Hai, ngày 05/9/2023, Ủy ban họp."),
      findings: [{ message: wrongDay("Thứ Hai, ngày 05/9/2023", "05/9/2023", "thứ Ba", "thứ Hai"), severity: "error" }],
    },
    {
      name: "a weekday before and after a date in words",
      doc: body("Họp vào thứ Hai, ngày 5 tháng 9 năm 2023 và ngày 5 tháng 9 năm 2023 (thứ Hai)."),
      findings: [
        { message: wrongDay("thứ Hai, ngày 5 tháng 9 năm 2023", "05/9/2023", "thứ Ba", "thứ Hai"), paragraph: BODY },
        { message: wrongDay("ngày 5 tháng 9 năm 2023 (thứ Hai)", "05/9/2023", "thứ Ba", "thứ Hai"), paragraph: BODY },
      ],
    },
    {
      name: "“từ đầu năm 2023”: “từ” not right before the period",
      doc: report("kết quả từ đầu năm 2023", "Lục Nam, ngày 15 tháng 9 năm 2023"),
      findings: [{ message: notEnded("năm 2023", "31/12/2023", "15/9/2023"), paragraph: P.summary }],
    },
    {
      name: "a range of years later in the trích yếu does not hide the period",
      doc: report("kết quả năm 2023 thực hiện Chiến lược 2021 - 2025", "Lục Nam, ngày 15 tháng 9 năm 2023"),
      findings: [{ message: notEnded("năm 2023", "31/12/2023", "15/9/2023"), paragraph: P.summary }],
    },
    {
      name: "periods written with two spaces are named with one",
      doc: report(
        "kết quả 6  tháng  đầu  năm  2024, 9  tháng  năm  2024, quý  III  năm  2024",
        "Lục Nam, ngày 15 tháng 8 năm 2024",
      ),
      findings: [{ message: notEnded("9 tháng năm 2024", "30/09/2024", "15/8/2024"), paragraph: P.summary }],
    },
    {
      name: "a half year written with two spaces",
      doc: report("kết quả 6  tháng  đầu  năm  2024", "Lục Nam, ngày 15 tháng 5 năm 2024"),
      findings: [{ message: notEnded("6 tháng đầu năm 2024", "30/06/2024", "15/5/2024") }],
    },
    {
      name: "a quarter written with two spaces",
      doc: report("kết quả quý  III  năm  2024", "Lục Nam, ngày 15 tháng 8 năm 2024"),
      findings: [{ message: notEnded("quý III năm 2024", "30/09/2024", "15/8/2024") }],
    },
    {
      name: "a month and a year written with two spaces",
      doc: report("kết quả tháng  10  năm  2025 và công tác năm  2026", "Lục Nam, ngày 15 tháng 9 năm 2025"),
      findings: [{ message: notBegun("năm 2026", "01/01/2026", "15/9/2025") }],
    },
    {
      name: "a month written with two spaces",
      doc: report("kết quả tháng  10  năm  2025", "Lục Nam, ngày 15 tháng 9 năm 2025"),
      findings: [{ message: notBegun("tháng 10 năm 2025", "01/10/2025", "15/9/2025") }],
    },
    {
      name: "a report dated in a two-digit month with the day blank",
      doc: report("kết quả tháng 12/2025", "Lâm Đồng, ngày      tháng 11 năm 2025"),
      findings: [{ message: notBegun("tháng 12/2025", "01/12/2025", "… tháng 11 năm 2025"), paragraph: P.summary }],
    },
    {
      name: "a report on the year dated in October",
      doc: report("kết quả thực hiện nhiệm vụ năm 2023", "Lục Nam, ngày 15 tháng 10 năm 2023"),
      findings: [
        {
          message: notEnded("năm 2023", "31/12/2023", "15/10/2023"),
          severity: "warning",
          paragraph: P.summary,
          basis: PERIOD,
        },
      ],
    },
    {
      name: "a report on the last six months dated in November",
      doc: report("kết quả 6 tháng cuối năm 2024", "Lục Nam, ngày 15 tháng 11 năm 2024"),
      findings: [{ message: notEnded("6 tháng cuối năm 2024", "31/12/2024", "15/11/2024"), paragraph: P.summary }],
    },
    {
      name: "a report on the last six months dated in June",
      doc: report("kết quả 6 tháng cuối năm 2024", "Lục Nam, ngày 15 tháng 6 năm 2024"),
      findings: [{ message: notBegun("6 tháng cuối năm 2024", "01/07/2024", "15/6/2024"), severity: "warning" }],
    },
    {
      name: "a report on “sáu tháng năm 2024” dated in May",
      doc: report("kết quả sáu tháng năm 2024", "Lục Nam, ngày 15 tháng 5 năm 2024"),
      findings: [{ message: notEnded("sáu tháng năm 2024", "30/06/2024", "15/5/2024") }],
    },
    {
      name: "a report on “chín tháng năm 2024” dated in August",
      doc: report("kết quả chín tháng năm 2024", "Lục Nam, ngày 15 tháng 8 năm 2024"),
      findings: [{ message: notEnded("chín tháng năm 2024", "30/09/2024", "15/8/2024") }],
    },
    {
      name: "a report on quý IV/2025 dated in November",
      doc: report("kết quả quý IV/2025", "Lục Nam, ngày 15 tháng 11 năm 2025"),
      findings: [{ message: notEnded("quý IV/2025", "31/12/2025", "15/11/2025") }],
    },
    {
      name: "a report on “quý 2-2025” dated in May",
      doc: report("kết quả quý 2-2025", "Lục Nam, ngày 15 tháng 5 năm 2025"),
      findings: [{ message: notEnded("quý 2-2025", "30/06/2025", "15/5/2025") }],
    },
    {
      name: "a report on quý I năm 2026 dated in February: the month written with two digits",
      doc: report("kết quả quý I năm 2026", "Lục Nam, ngày 15 tháng 02 năm 2026"),
      findings: [{ message: notEnded("quý I năm 2026", "31/03/2026", "15/02/2026") }],
    },
    {
      name: "a report on quý II/2024 dated in March: the month written with one digit",
      doc: report("kết quả quý II/2024", "Lục Nam, ngày 10 tháng 3 năm 2024"),
      findings: [{ message: notBegun("quý II/2024", "01/04/2024", "10/3/2024") }],
    },
    {
      name: "a report on “tháng 10-2025” dated in September",
      doc: report("kết quả tháng 10-2025", "Lục Nam, ngày 15 tháng 9 năm 2025"),
      findings: [{ message: notBegun("tháng 10-2025", "01/10/2025", "15/9/2025") }],
    },
    {
      name: "of a month and its quarter, the quarter (ending later) decides",
      doc: report("kết quả tháng 8/2025 và quý III/2025", "Lục Nam, ngày 15 tháng 8 năm 2025"),
      findings: [{ message: notEnded("quý III/2025", "30/09/2025", "15/8/2025"), paragraph: P.summary }],
    },
    {
      name: "of two periods ending together, the first written decides",
      doc: report("kết quả quý III/2025, 9 tháng đầu năm 2025", "Lục Nam, ngày 15 tháng 8 năm 2025"),
      findings: [{ message: notEnded("quý III/2025", "30/09/2025", "15/8/2025") }],
    },
    {
      name: "“kế hoạch” not after a conjunction is part of the period reported on",
      doc: report("kết quả thực hiện kế hoạch năm 2024", "Lục Nam, ngày 20 tháng 12 năm 2023"),
      findings: [{ message: notBegun("năm 2024", "01/01/2024", "20/12/2023"), paragraph: P.summary }],
    },
    {
      name: "a date line with month 0: the impossible date, and no period check",
      doc: report("kết quả năm 2025", "Lâm Đồng, ngày      tháng 0 năm 2025"),
      findings: [{ message: "“tháng 0 năm 2025” không có thật: không có tháng 0", severity: "warning", paragraph: 6 }],
    },
    {
      name: "the period on the second line of the trích yếu: reported there",
      doc: twoLineReport("kết quả thực hiện nhiệm vụ", "năm 2024"),
      findings: [{ message: notBegun("năm 2024", "01/01/2024", "20/12/2023"), paragraph: P.summary + 1 }],
    },
    {
      name: "the period in the type name, in capitals",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 1).text = "BÁO CÁO NĂM 2024";
      }),
      findings: [{ message: notBegun("NĂM 2024", "01/01/2024", "20/12/2023"), paragraph: P.typeName }],
    },
    {
      name: "an estimate word glued to other letters is no estimate",
      doc: report(
        "kết quả thực hiện nhiệm vụ năm 2023",
        "Lục Nam, ngày 05 tháng 9 năm 2023",
        "Số liệu ước thực hiệnx cả năm chưa có.",
      ),
      findings: [{ message: notEnded("năm 2023", "31/12/2023", "05/9/2023") }],
    },
    {
      name: "a date followed by a full stop and a sentence, or by a number of hours, is still a date",
      doc: body("Nộp trước 31/4/2024. Hạn chót ngày 31/6. Họp ngày 31/9/2024 8 giờ và ngày 31/11 9 giờ."),
      findings: [
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY },
        { message: overflow("Ngày “31/6”", 6, 30), paragraph: BODY },
        { message: overflow("Ngày “31/9/2024”", 9, 30), paragraph: BODY },
        { message: overflow("Ngày “31/11”", 11, 30), paragraph: BODY },
      ],
    },
    {
      name: "a weekday in brackets with a space before its comma, and “ngày” with two spaces, named tidily",
      doc: body("Họp ngày 10/10/2025 (thứ Năm , 08 giờ) và ngày  11/10/2025 (thứ Năm)."),
      findings: [
        { message: wrongDay("ngày 10/10/2025 (thứ Năm)", "10/10/2025", "thứ Sáu", "thứ Năm"), paragraph: BODY },
        { message: wrongDay("ngày 11/10/2025 (thứ Năm)", "11/10/2025", "thứ Bảy", "thứ Năm"), paragraph: BODY },
      ],
    },
    {
      name: "a report on January of next year",
      doc: report("kết quả tháng 01/2026", "Lâm Đồng, ngày 20 tháng 12 năm 2025"),
      findings: [{ message: notBegun("tháng 01/2026", "01/01/2026", "20/12/2025"), paragraph: P.summary }],
    },
    {
      name: "a report on month 13: the impossible month only, no period",
      doc: report("kết quả tháng 13/2025", "Lâm Đồng, ngày 20 tháng 10 năm 2025"),
      findings: [
        { message: "“tháng 13/2025” không có thật: không có tháng 13", severity: "error", paragraph: P.summary },
      ],
    },
    {
      name: "nine months with two spaces after “đầu”",
      doc: report("kết quả 9 tháng đầu  năm 2024", "Lục Nam, ngày 15 tháng 8 năm 2024"),
      findings: [{ message: notEnded("9 tháng đầu năm 2024", "30/09/2024", "15/8/2024") }],
    },
    {
      name: "a report dated with the day blank and double spaces in its date line",
      doc: report("kết quả tháng 12/2025", "Lâm Đồng, ngày      tháng  11  năm  2025"),
      findings: [{ message: notBegun("tháng 12/2025", "01/12/2025", "… tháng 11 năm 2025"), paragraph: P.summary }],
    },
    {
      name: "a report dated in January with the day blank",
      doc: report("kết quả tháng 02/2026", "Lâm Đồng, ngày      tháng 1 năm 2026"),
      findings: [{ message: notBegun("tháng 02/2026", "01/02/2026", "… tháng 1 năm 2026"), paragraph: P.summary }],
    },
    {
      name: "a report dated in December with the day blank",
      doc: report("kết quả năm 2026", "Lâm Đồng, ngày      tháng 12 năm 2025"),
      findings: [{ message: notBegun("năm 2026", "01/01/2026", "… tháng 12 năm 2025"), paragraph: P.summary }],
    },
    {
      name: "dates starting a paragraph: 31/4/2024, ngày 31/6, tháng 13/2025",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 5).text = "31/4/2024 là hạn nộp.";
        blockPara(d, 6).text = "ngày 31/6 là hạn chót.";
        blockPara(d, 7).text = "tháng 13/2025 không có.";
      }),
      findings: [
        { message: overflow("Ngày “31/4/2024”", 4, 30), paragraph: BODY },
        { message: overflow("Ngày “31/6”", 6, 30), paragraph: BODY + 1 },
        { message: "“tháng 13/2025” không có thật: không có tháng 13", paragraph: BODY + 2 },
      ],
    },
    {
      name: "a report on nine months dated before they begin",
      doc: report("kết quả 9 tháng đầu năm 2024", "Lục Nam, ngày 20 tháng 12 năm 2023"),
      findings: [{ message: notBegun("9 tháng đầu năm 2024", "01/01/2024", "20/12/2023"), paragraph: P.summary }],
    },
    {
      name: "a report on month 0: the blank month only, no period",
      doc: report("kết quả tháng 0/2026", "Lục Nam, ngày 20 tháng 10 năm 2025"),
      findings: [
        { message: "“tháng 0/2026” không có thật: không có tháng 0", severity: "warning", paragraph: P.summary },
      ],
    },
    {
      name: "a yearless date six months from the document's date (20/12/2023) takes the nearer year, 2024",
      doc: body("Họp ngày 15/6 (thứ Hai)."),
      findings: [{ message: wrongYearless("ngày 15/6 (thứ Hai)", "15/6/2024", "thứ Bảy", "thứ Hai", 2024) }],
    },
    {
      name: "yearless February and 29th dates in a common year are checked (document of 15/3/2023)",
      doc: datedOn("Lục Nam, ngày 15 tháng 3 năm 2023", "Họp ngày 10/02 (thứ Hai) và ngày 29/3 (thứ Hai)."),
      findings: [
        { message: wrongYearless("ngày 10/02 (thứ Hai)", "10/02/2023", "thứ Sáu", "thứ Hai", 2023), paragraph: BODY },
        { message: wrongYearless("ngày 29/3 (thứ Hai)", "29/3/2023", "thứ Tư", "thứ Hai", 2023), paragraph: BODY },
      ],
    },
  ],
});

describe("text/date excerpts", () => {
  it("shows 40 characters before the date and the text after it, cut at 80", () => {
    const found = findingsOf(
      date,
      body(
        "Trong năm qua, các cơ quan, đơn vị trên địa bàn tỉnh đã gửi báo cáo trước ngày 31/4/2024 về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo cấp trên theo quy định.",
      ),
    );
    expect(found.map((f) => f.excerpt)).toEqual([
      "địa bàn tỉnh đã gửi báo cáo trước ngày 31/4/2024 về Văn phòng Ủy ban nhân dân t…",
    ]);
  });
});
