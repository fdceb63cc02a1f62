/** header/national-title. Real Word layouts of the header (tab stops, spaces): test/model/structure/header. */
import { rule as nationalTitle } from "../../../src/rules/header/national-title";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, setCellText, statePlan, stateReport, variant } from "../../support/samples";

/** The State report with its titles as plain paragraphs above the header table, aligned `align`. */
const plainTitles = (align: "left" | "center" | "right") =>
  variant(stateReport(), (d) => {
    setCellText(d, 0, 1, 0, "");
    setCellText(d, 0, 1, 1, "");
    d.blocks.unshift(
      { type: "paragraph", text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align, bold: true, sizePt: 13 },
      { type: "paragraph", text: "Độc lập - Tự do - Hạnh phúc", align, bold: true, underline: true },
    );
  });

runRuleTester(nationalTitle, {
  valid: [
    { name: "titles in plain paragraphs, centred", doc: plainTitles("center") },
    { name: "titles in plain paragraphs, aligned right (over the right half)", doc: plainTitles("right") },
    {
      name: "a motto whose dashes are in plain runs between bold words: the words carry its look",
      doc: variant(stateReport(), (d) => {
        const p = cellPara(d, 0, 1, 1);
        delete p.text;
        delete p.bold;
        p.runs = [
          { text: "Độc lập", bold: true },
          { text: " - " },
          { text: "Tự do", bold: true },
          { text: " - " },
          { text: "Hạnh phúc", bold: true },
        ];
      }),
    },
    {
      name: "national title at 12 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 12)),
    },
    {
      name: "motto at 13 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 13)),
    },
    { name: "State report", doc: stateReport() },
    { name: "State plan", doc: statePlan() },
    { name: "a Party document has no national title to check", doc: partyPlan() },
  ],
  invalid: [
    {
      name: "titles in plain paragraphs at the left margin: both said, no fix (the header is not a table)",
      doc: plainTitles("left"),
      findings: [
        {
          message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
          severity: "warning",
          paragraph: 0,
        },
        {
          message: "Tiêu ngữ căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày tiêu ngữ căn giữa",
          severity: "warning",
          paragraph: 1,
        },
      ],
    },
    {
      name: "motto without its line: a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).underline = false)),
      findings: [
        {
          message:
            "Dưới tiêu ngữ không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); NĐ 30/2020/NĐ-CP yêu cầu có đường kẻ ngang dưới tiêu ngữ",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
    {
      name: "motto with its dashes unspaced: a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập-Tự do-Hạnh phúc")),
      findings: [
        {
          message: "Tiêu ngữ viết “Độc lập-Tự do-Hạnh phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
    {
      name: "national title 14.5 pt: past what is tolerated, an error",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14.5)),
      findings: [
        { message: "Quốc hiệu: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error", paragraph: 4 },
      ],
    },
    {
      name: "national title 11.5 pt: just under 12 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 11.5)),
      findings: [{ message: "Quốc hiệu: cỡ chữ 11.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error" }],
    },
    {
      name: "motto 14.5 pt: just over 14 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 14.5)),
      findings: [
        { message: "Tiêu ngữ: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error", paragraph: 5 },
      ],
    },
    {
      name: "motto 12.5 pt: just under 13 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 1).sizePt = 12.5)),
      findings: [{ message: "Tiêu ngữ: cỡ chữ 12.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "national title 15 pt, motto not bold",
      doc: variant(stateReport(), (d) => {
        cellPara(d, 0, 1, 0).sizePt = 15;
        cellPara(d, 0, 1, 1).bold = false;
      }),
      findings: [
        { message: "Quốc hiệu: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error", paragraph: 4 },
        { message: "Tiêu ngữ không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", paragraph: 5 },
      ],
    },
    {
      name: "motto with en dashes: what many issued documents carry, a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập – Tự do – Hạnh phúc")),
      findings: [
        {
          message:
            "Tiêu ngữ viết “Độc lập – Tự do – Hạnh phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
    {
      name: "motto with commas in place of the dashes: an error",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập, Tự do, Hạnh phúc")),
      findings: [{ message: /^Tiêu ngữ viết “Độc lập, Tự do, Hạnh phúc”/, severity: "error", paragraph: 5 }],
    },
    {
      name: "national title 14 pt: issued documents commonly carry it, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14)),
      findings: [
        {
          message:
            "Quốc hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "national title left-aligned in its column",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).align = "left")),
      findings: [
        {
          message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "no motto, no line",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "")),
      findings: [{ message: /^Thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”/, paragraph: 4 }],
    },
    {
      name: "missing national title when forced to the State profile",
      doc: partyPlan(),
      profile: "state",
      findings: [
        {
          message:
            "Thiếu quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”; NĐ 30/2020/NĐ-CP yêu cầu văn bản hành chính có quốc hiệu",
          severity: "error",
          paragraph: 0,
        },
        {
          message: "Thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc” dưới quốc hiệu; NĐ 30/2020/NĐ-CP yêu cầu có tiêu ngữ",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
  ],
});
