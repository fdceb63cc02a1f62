/**
 * page/numbers, pinned where the rule tests left it loose: which sections make up the main document, which header
 * part speaks for a section, a PAGE field written without its cached number, a number in the footer of a long text,
 * an office whose style sheet wants the number in the footer, and an appendix in a file of its own.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { officeCheckOptions, officeConfig } from "../../../src/config";
import { RULES } from "../../../src/rules";
import { rule as pageNumbers } from "../../../src/rules/page/numbers";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, esc, makeDocx, pageNumberHeaderXml, settingsXml, W_NS } from "../../support/buildDocx";
import { setCellText, stateReport, statePlan, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const ID = pageNumbers.meta.id;
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });
const run = (docx: Uint8Array, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(docx), { rules: [ID], directives: false, ...options }).findings.map(brief);

const ND30 = "NĐ 30/2020/NĐ-CP";
const MISSING = `Văn bản nhiều trang nhưng không đánh số trang; ${ND30} yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên`;
const FOOTER = `Số trang đặt ở chân trang; ${ND30} yêu cầu đặt ở giữa phía trên (đầu trang)`;
const ALIGN = (side: string) => `Số trang căn ${side}; ${ND30} yêu cầu căn giữa`;

const asFooter = (xml: string): string => xml.replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>");
/** A header part holding the given paragraphs (WordprocessingML). */
const headerPart = (paragraphs: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}">${paragraphs}</w:hdr>`;
/** The sample's page-number header with its paragraph aligned `jc`. */
const aligned = (jc: string): string =>
  pageNumberHeaderXml(13).replace(`<w:jc w:val="center"/>`, `<w:jc w:val="${jc}"/>`);
const p = (text: string, pPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

/** A running-text section (no PHỤ LỤC title: it continues the main document), `n` paragraphs. */
const runningText = (n: number): string =>
  Array.from({ length: n }, (_, i) =>
    p(
      `${i + 1}. Kết quả thực hiện nhiệm vụ tại các xã, thị trấn được tổng hợp, đánh giá theo từng lĩnh vực, nêu rõ khó khăn, vướng mắc và đề xuất giải pháp tháo gỡ trong thời gian tới.`,
      `<w:jc w:val="both"/><w:ind w:firstLine="720"/>`,
    ),
  ).join("");
const PORTRAIT = { widthMm: 210, heightMm: 297, marginsMm: [20, 20, 30, 15] as [number, number, number, number] };

describe("page/numbers: a PAGE field written without its cached number (w:fldSimple, as generators write it)", () => {
  // The number's line has no digit: the rule looks for the first line with text or a tab.
  const bare = `<w:fldSimple w:instr=" PAGE "/>`;

  it("placed by a tab after a line holding a stray space and an empty line: nothing to say", () => {
    const header = headerPart(
      p(" ") + `<w:p/>` + `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:tab/></w:r>${bare}</w:p>`,
    );
    const docx = withSections(stateReport(), [], (parts) => (parts.headers!["rIdHeaderDefault"] = header));
    expect(run(docx)).toEqual([]);
  });

  it("placed by a tab under a “DỰ THẢO” line of the header: nothing to say", () => {
    const header = headerPart(
      `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>DỰ THẢO</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:tab/></w:r>${bare}</w:p>`,
    );
    const docx = withSections(stateReport(), [], (parts) => (parts.headers!["rIdHeaderDefault"] = header));
    // before: an error "Số trang căn trái" (the "DỰ THẢO" line was taken for the number's line)
    expect(run(docx)).toEqual([]);
  });

  it("centred, its size unknown (no run to carry it): nothing said about its size", () => {
    const header = headerPart(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${bare}</w:p>`);
    const docx = withSections(stateReport(), [], (parts) => (parts.headers!["rIdHeaderDefault"] = header));
    expect(run(docx)).toEqual([]);
  });
});

describe("page/numbers: numbers in the footer of a long report", () => {
  it("the pages are numbered (in the wrong place): only the footer is reported, not missing numbers", () => {
    const docx = withSections(
      variant(stateReport(), (d) => longBody(d, 60)),
      [],
      (parts) => {
        parts.headers = {};
        parts.footers = { rIdF: asFooter(pageNumberHeaderXml(13)) };
        parts.body = parts.body
          .replace(/<w:headerReference[^>]*\/>/g, "")
          .replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdF"/><w:pgSz`);
      },
    );
    expect(run(docx)).toEqual([{ rule: ID, severity: "error", paragraph: 0, message: FOOTER }]);
  });
});

describe("page/numbers: an office whose style sheet puts the number in the footer", () => {
  const IDS = RULES.map((r) => r.meta.id);
  const office = officeCheckOptions(
    officeConfig({ profiles: { state: { "page/numbers": { place: "footer" } } } }, "ketluan.config.json", IDS),
  );
  it("a right-aligned number in the footer: its alignment is judged, its place is right", () => {
    const docx = withSections(stateReport(), [], (parts) => {
      parts.headers = {};
      parts.footers = { rIdF: asFooter(aligned("right")) };
      parts.body = parts.body
        .replace(/<w:headerReference[^>]*\/>/g, "")
        .replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdF"/><w:pgSz`);
    });
    expect(run(docx, { office })).toEqual([{ rule: ID, severity: "error", paragraph: 0, message: ALIGN("phải") }]);
  });
});

describe("page/numbers: which part speaks for the section", () => {
  it("odd and even pages numbered on the outer edge (w:evenAndOddHeaders): the odd pages' (default) part is judged", () => {
    const docx = withSections(stateReport(), [], (parts) => {
      parts.settings = settingsXml("<w:evenAndOddHeaders/>");
      parts.headers = {
        rIdEven: aligned("left"),
        rIdHeaderDefault: aligned("right"),
        rIdHeaderFirst: headerPart("<w:p/>"),
      };
      // Word's order: even, default, first.
      parts.body = parts.body
        .replace(/<w:headerReference[^>]*\/>/g, "")
        .replace(
          "<w:pgSz",
          `<w:headerReference w:type="even" r:id="rIdEven"/><w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/><w:pgSz`,
        );
    });
    expect(run(docx)).toEqual([{ rule: ID, severity: "error", paragraph: 0, message: ALIGN("phải") }]);
  });

  it("a first-page header with a number while “Different first page” is off (no w:titlePg): page 1 shows the default part, unnumbered", () => {
    const docx = withSections(stateReport(), [], (parts) => {
      parts.headers = { rIdHeaderDefault: headerPart("<w:p/>"), rIdHeaderFirst: pageNumberHeaderXml(13) };
      parts.body = parts.body.replace("<w:titlePg/>", "");
    });
    expect(run(docx)).toEqual([]);
  });
});

describe("page/numbers: the main document's sections", () => {
  it("a one-page report and a landscape table section after it (no PHỤ LỤC title), no numbers: two pages unnumbered", () => {
    const table = appendixXml("Kết quả cụ thể như sau:").replace(/^.*?<\/w:p>.*?<\/w:p>/, "");
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.pageNumbers = false)),
      [{ xml: p("Kết quả cụ thể như bảng dưới đây.") + table, section: A4_LANDSCAPE }],
    );
    expect(run(docx)).toEqual([{ rule: ID, severity: "warning", paragraph: 0, message: MISSING }]);
  });

  it("a report running over two sections, then its PHỤ LỤC, no numbers: the text's two pages are unnumbered", () => {
    const docx = withSections(
      variant(stateReport(), (d) => (d.page.pageNumbers = false)),
      [
        { xml: runningText(12), section: PORTRAIT },
        { xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE },
      ],
    );
    expect(run(docx)).toEqual([{ rule: ID, severity: "warning", paragraph: 0, message: MISSING }]);
  });

  it("a long report numbered in its first section, its last section's header unlinked and empty: numbered", () => {
    const docx = withSections(
      variant(stateReport(), (d) => longBody(d, 60)),
      [
        {
          xml: runningText(8),
          section: {
            ...PORTRAIT,
            refs: `<w:headerReference w:type="default" r:id="rIdBlank"/><w:headerReference w:type="first" r:id="rIdBlank"/>`,
          },
        },
      ],
      (parts) => (parts.headers!["rIdBlank"] = headerPart("<w:p/>")),
    );
    expect(run(docx)).toEqual([]);
  });
});

describe("page/numbers: an appendix in a file of its own", () => {
  /** PHỤ LỤC, its tie line and a task table of `rows` rows, as the whole body of the file. */
  const appendixAlone = (rows: number, numbered: boolean, sectPrExtra = ""): Uint8Array => {
    const parts = docxPartsFromSpec(variant(statePlan(), (d) => (d.page.pageNumbers = numbered)));
    const sect = /<w:sectPr>.*<\/w:sectPr>$/.exec(parts.body)![0];
    const tc = (t: string) =>
      `<w:tc><w:p><w:r><w:rPr><w:sz w:val="24"/></w:rPr><w:t>${esc(t)}</w:t></w:r></w:p></w:tc>`;
    const tr = (cells: string[]) => `<w:tr>${cells.map(tc).join("")}</w:tr>`;
    const body = Array.from({ length: rows }, (_, i) =>
      tr([String(i + 1), `Rà soát, đơn giản hóa thủ tục hành chính nhóm ${i + 1}`, "Sở Nội vụ", "Quý II/2026"]),
    );
    const table = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>${tr(["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"])}${body.join("")}</w:tbl>`;
    parts.body =
      appendixXml("PHỤ LỤC").replace(/<w:tbl>.*<\/w:tbl>/, table) +
      sect.replace("</w:sectPr>", `${sectPrExtra}</w:sectPr>`);
    return makeDocx(parts);
  };

  // Checked as a State document (the file has no header to tell): the user chose the profile.
  it("a long appendix without page numbers: its pages are unnumbered", () => {
    expect(run(appendixAlone(80, false), { profile: "state" })).toEqual([
      { rule: ID, severity: "error", paragraph: 0, message: MISSING },
    ]);
  });

  it("an appendix numbered from 1 (w:pgNumType w:start=1): nothing to say", () => {
    expect(run(appendixAlone(80, true, `<w:pgNumType w:start="1"/>`), { profile: "state" })).toEqual([]);
  });

  it("an appendix numbered without saying where from: its file's first page is 1, nothing to say", () => {
    // before: a warning that it "đánh số trang tiếp theo văn bản chính", with no main document in the file
    expect(run(appendixAlone(80, true), { profile: "state" })).toEqual([]);
  });
});

describe("page/numbers: the end of the main document", () => {
  it("a report without its Nơi nhận, its PHỤ LỤC restarted at 1: nothing to say", () => {
    const doc = variant(stateReport(), (d) => {
      for (let k = 0; k < 4; k++) setCellText(d, -1, 0, k, "");
    });
    const docx = withSections(doc, [{ xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, start: 1 } }]);
    expect(run(docx)).toEqual([]);
  });

  it("an appendix in a last section whose page setup is not in the file (a body from Word without it): not judged", () => {
    const docx = withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }], (parts) => {
      parts.body = parts.body.replace(/<w:sectPr>(?:(?!<w:sectPr>).)*<\/w:sectPr>$/, "");
    });
    expect(run(docx)).toEqual([]);
  });
});
