import { rule as typeName } from "../../src/rules/title/type-name";
import { rule as summary } from "../../src/rules/title/summary";
import { rule as bodyParagraph } from "../../src/rules/body/paragraph";
import { rule as pageNumbers } from "../../src/rules/page/numbers";
import { runRuleTester } from "../support/ruleTester";
import { blockPara, P, partyPlan, partyReport, statePlan, stateReport, variant } from "../support/samples";
import type { DocSpec } from "../support/docSpec";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import type { Finding } from "../../src/rules/types";
import { docxPartsFromSpec, makeDocx, pageNumberHeaderXml, type DocxParts } from "../support/buildDocx";

/** Apply `f` to every body paragraph block (blocks 4 .. -2). */
/** Four lines or so at 14 pt on A4: its alignment shows. */
const LONG_PARAGRAPH =
  "Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận; cụ thể hóa thành chương trình, kế hoạch công tác của từng cơ quan, đơn vị, gắn với trách nhiệm của người đứng đầu, bảo đảm thực hiện thắng lợi các mục tiêu, chỉ tiêu đã đề ra.";

function everyBody(d: DocSpec, f: (p: ReturnType<typeof blockPara>) => void): void {
  for (let b = 4; b < d.blocks.length - 1; b++) f(blockPara(d, b));
}

runRuleTester(typeName, {
  valid: [
    { name: "Party plan, 16 pt", doc: partyPlan() },
    { name: "Party report, 16 pt", doc: partyReport() },
    { name: "State report, 14 pt", doc: stateReport() },
    { name: "State plan, 14 pt", doc: statePlan() },
    { name: "Party 15 pt", doc: variant(partyPlan(), (d) => (blockPara(d, 1).sizePt = 15)) },
  ],
  invalid: [
    {
      name: "Party type name at 14 pt, left aligned",
      doc: variant(partyPlan(), (d) => Object.assign(blockPara(d, 1), { sizePt: 14, align: "left" })),
      findings: [
        {
          message: "Tên loại văn bản: cỡ chữ 14 pt; HD 36-HD/VPTW yêu cầu 15–16 pt",
          severity: "error",
          paragraph: P.typeName,
        },
        { message: "Tên loại văn bản căn trái; HD 36-HD/VPTW yêu cầu căn giữa", paragraph: P.typeName },
      ],
    },
    {
      name: "State type name at 18 pt, not bold, lower case",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 1), { sizePt: 18, bold: false, text: "Báo cáo" })),
      findings: [
        { message: "Tên loại văn bản: cỡ chữ 18 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" },
        { message: "Tên loại văn bản không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm" },
        { message: "Tên loại văn bản “Báo cáo” không viết in hoa; NĐ 30/2020/NĐ-CP yêu cầu chữ in hoa" },
      ],
    },
    {
      name: "no type name",
      doc: variant(partyPlan(), (d) => (blockPara(d, 1).text = "")),
      findings: [{ message: /^Không thấy tên loại văn bản/, severity: "warning", paragraph: null }],
    },
  ],
});

runRuleTester(summary, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "Party report", doc: partyReport() },
    { name: "State report", doc: stateReport() },
    {
      name: "State summary may start with a capital",
      doc: variant(stateReport(), (d) => (blockPara(d, 2).text = "Kết quả thực hiện Kết luận số 125-KL/TU")),
    },
  ],
  invalid: [
    {
      name: "Party summary starting with a capital",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).text = "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023")),
      findings: [
        {
          message: "Trích yếu bắt đầu bằng chữ hoa “Thực”; HD 36-HD/VPTW yêu cầu bắt đầu bằng chữ thường (“thực”)",
          severity: "error",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "summary not bold, 12 pt",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 2), { bold: false, sizePt: 12 })),
      findings: [
        { message: "Trích yếu: cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" },
        { message: "Trích yếu không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm" },
      ],
    },
    {
      name: "no ----- line under the summary",
      doc: variant(partyPlan(), (d) => (blockPara(d, 3).text = "")),
      findings: [
        {
          message: "Thiếu dòng “-----” dưới trích yếu; HD 36-HD/VPTW yêu cầu có đường kẻ dưới trích yếu",
          paragraph: P.summary,
        },
      ],
    },
    {
      name: "no summary at all",
      doc: variant(partyPlan(), (d) => (blockPara(d, 2).text = "")),
      findings: [
        { message: "Không thấy trích yếu nội dung dưới tên loại “KẾ HOẠCH”; HD 36-HD/VPTW yêu cầu có trích yếu" },
      ],
    },
  ],
});

runRuleTester(bodyParagraph, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    { name: "indent of 10 mm", doc: variant(partyPlan(), (d) => everyBody(d, (p) => (p.firstLineMm = 10))) },
    { name: "State line spacing 1.5", doc: variant(stateReport(), (d) => everyBody(d, (p) => (p.lineSpacing = 1.5))) },
    {
      name: "spacing given as space before the next paragraph",
      doc: variant(partyPlan(), (d) => everyBody(d, (p) => Object.assign(p, { spaceAfterPt: 0, spaceBeforePt: 6 }))),
    },
    {
      // Real offices indent with a tab on Word's default 12.7 mm stop instead of a first-line indent.
      name: "a leading tab on the default stop is the first-line indent",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, text: "\t" + LONG_PARAGRAPH }),
      ),
    },
    {
      name: "a one-line paragraph with a 12.7 mm left indent shows as indented",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, indentLeftMm: 12.7, text: "Kết quả cụ thể như sau:" }),
      ),
    },
    {
      // NĐ 30 centres the titles set in the body (Chương I, a caption): not running text.
      name: "a centred caption in the body",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), {
          align: "center",
          firstLineMm: 0,
          text: "(Phân công nhiệm vụ theo Phụ lục đính kèm)",
        }),
      ),
    },
  ],
  invalid: [
    {
      name: "a left indent on a paragraph of several lines is not a first-line indent",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, indentLeftMm: 12.7, text: LONG_PARAGRAPH }),
      ),
      findings: [
        {
          message: "Đoạn văn thụt đầu dòng 0 mm; NĐ 30/2020/NĐ-CP yêu cầu thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "two tabs push the first line 25.4 mm in",
      doc: variant(stateReport(), (d) =>
        Object.assign(blockPara(d, 4), { firstLineMm: 0, text: "\t\t" + LONG_PARAGRAPH }),
      ),
      findings: [{ message: /thụt đầu dòng 25.4 mm/, severity: "warning", paragraph: P.firstBody }],
    },
    {
      name: "Party paragraph of several lines left aligned without indent: a warning (practice)",
      doc: variant(partyPlan(), (d) =>
        Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0, text: LONG_PARAGRAPH }),
      ),
      findings: [
        {
          message:
            "Đoạn văn căn trái, thụt đầu dòng 0 mm; HD 36-HD/VPTW yêu cầu căn đều hai bên, thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: /^HD 36-HD\/VPTW, kỹ thuật trình bày/,
        },
      ],
    },
    {
      name: "a one-line paragraph left aligned looks justified: only its missing indent shows",
      doc: variant(partyPlan(), (d) => Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0 })),
      findings: [
        {
          message: "Đoạn văn thụt đầu dòng 0 mm; HD 36-HD/VPTW yêu cầu thụt đầu dòng 10–12.7 mm",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "State paragraph with no space after and double line spacing: an error (firm)",
      doc: variant(stateReport(), (d) => Object.assign(blockPara(d, 4), { spaceAfterPt: 0, lineSpacing: 2 })),
      findings: [
        {
          message:
            "Đoạn văn cách đoạn sau 0 pt, giãn dòng 2 dòng; NĐ 30/2020/NĐ-CP yêu cầu cách đoạn tối thiểu 6 pt, giãn dòng 1–1.5 dòng",
          severity: "error",
          paragraph: P.firstBody,
        },
      ],
    },
  ],
});

runRuleTester(pageNumbers, {
  valid: [
    { name: "Party plan: numbers from page 2, centred in the header", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    {
      name: "a one-page draft needs no number",
      doc: variant(partyPlan(), (d) => (d.page.pageNumbers = false)),
    },
  ],
  invalid: [
    {
      name: "a long draft without page numbers",
      doc: variant(partyPlan(), (d) => {
        d.page.pageNumbers = false;
        for (let i = 0; i < 30; i++) d.blocks.splice(5, 0, JSON.parse(JSON.stringify(d.blocks[6])));
      }),
      findings: [
        {
          message: /^Văn bản nhiều trang nhưng không đánh số trang; HD 36-HD\/VPTW yêu cầu/,
          severity: "warning",
          paragraph: 0,
        },
      ],
    },
  ],
});

describe("page/numbers on hand-made header and footer parts", () => {
  /** The Party plan's parts with the header/footer references and parts replaced. */
  function withPageParts(profile: "party" | "state", edit: (parts: DocxParts) => void): Finding[] {
    const parts = docxPartsFromSpec(profile === "party" ? partyPlan() : stateReport());
    edit(parts);
    return checkDocument(readDocument(makeDocx(parts)), { rules: ["page/numbers"] }).findings;
  }
  const FOOTER = (xml: string) => xml.replace(/<w:hdr /, "<w:ftr ").replace(/<\/w:hdr>/, "</w:ftr>");

  it("reports a page number in the footer", () => {
    const f = withPageParts("party", (p) => {
      p.footers = { rIdFooter: FOOTER(pageNumberHeaderXml()) };
      p.headers = {};
      p.body = p.body
        .replace(/<w:headerReference[^>]*\/>/g, "")
        .replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz`);
    });
    expect(f.map((x) => x.message)).toEqual([
      "Số trang đặt ở chân trang; HD 36-HD/VPTW yêu cầu đặt ở giữa phía trên (đầu trang)",
    ]);
    expect(f[0]!.severity).toBe("warning");
  });

  it("reports a number on page 1 (no separate first-page header)", () => {
    const f = withPageParts("state", (p) => {
      p.body = p.body.replace(/<w:headerReference w:type="first"[^>]*\/>/, "").replace("<w:titlePg/>", "");
    });
    expect(f.map((x) => x.message)).toEqual([
      "Trang đầu cũng có số trang; NĐ 30/2020/NĐ-CP yêu cầu không đánh số trang thứ nhất",
    ]);
    expect(f[0]!.severity).toBe("error");
  });

  it("reports a State page number at 11 pt", () => {
    const f = withPageParts("state", (p) => {
      p.headers = { ...p.headers, rIdHeaderDefault: pageNumberHeaderXml(11) };
    });
    expect(f.map((x) => x.message)).toEqual(["Số trang cỡ chữ 11 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt"]);
  });
});
