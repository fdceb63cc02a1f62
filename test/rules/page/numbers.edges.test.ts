/**
 * page/numbers: where the number sits (header, footer, first page), how it is aligned, its font, and the appendix
 * numbering when an attachment shares a section with the text. Each case states what the drafter sees.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageNumbers } from "../../../src/rules/page/numbers";
import { docxPartsFromSpec, makeDocx, pageNumberHeaderXml, type DocxParts } from "../../support/buildDocx";
import { stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const run = (docx: Uint8Array): [string, string][] =>
  checkDocument(readDocument(docx), { rules: [pageNumbers.meta.id] }).findings.map((f) => [f.message, f.severity]);

const asFooter = (xml: string): string => xml.replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>");
/** The sample's page-number header with its paragraph aligned `jc`. */
const aligned = (jc: string, sizePt = 13): string =>
  pageNumberHeaderXml(sizePt).replace(`<w:jc w:val="center"/>`, `<w:jc w:val="${jc}"/>`);
/** The sample's header with `before` inserted before the PAGE field in its paragraph (tabs, spaces). */
const withLead = (lead: string, jc = "left"): string => aligned(jc).replace("</w:pPr>", `</w:pPr>${lead}`);
const TAB = "<w:r><w:tab/></w:r>";
const SPACE = `<w:r><w:t xml:space="preserve"> </w:t></w:r>`;
/** Replaces the main section's header/footer references (the sample has default + first with w:titlePg). */
const mainRefs = (parts: DocxParts, refs: string): void => {
  parts.body = parts.body.replace(/<w:headerReference[^>]*\/>/g, "").replace("<w:pgSz", `${refs}<w:pgSz`);
};
const ALIGN = (side: string) => `Số trang căn ${side}; NĐ 30/2020/NĐ-CP yêu cầu căn giữa`;
const FOOTER = "Số trang đặt ở chân trang; NĐ 30/2020/NĐ-CP yêu cầu đặt ở giữa phía trên (đầu trang)";
const CONTINUES = (title: string) =>
  `Phụ lục/văn bản kèm theo “${title}” đánh số trang tiếp theo văn bản chính; NĐ 30/2020/NĐ-CP đánh số trang riêng cho từng phụ lục (ngắt phần trước phụ lục, rồi Số trang › Định dạng số trang › Bắt đầu từ 1)`;

describe("page/numbers: alignment of the number in the header", () => {
  it("a right-aligned page number in the header: said, an error for the State", () => {
    const docx = withSections(stateReport(), [], (p) => (p.headers!["rIdHeaderDefault"] = aligned("right")));
    expect(run(docx)).toEqual([[ALIGN("phải"), "error"]]);
  });

  it("a left-aligned number put by one tab (the Header style's centre stop): nothing to say", () => {
    expect(run(withSections(stateReport(), [], (p) => (p.headers!["rIdHeaderDefault"] = withLead(TAB))))).toEqual([]);
  });

  it("a space then a tab before the number: still placed by the tab stop", () => {
    const docx = withSections(stateReport(), [], (p) => (p.headers!["rIdHeaderDefault"] = withLead(SPACE + TAB)));
    expect(run(docx)).toEqual([]);
  });

  it("a left-aligned number after a word and a tab (“Trang<tab>2”) is left-aligned text: reported", () => {
    const lead = `<w:r><w:t>Trang</w:t></w:r>${TAB}`;
    const docx = withSections(stateReport(), [], (p) => (p.headers!["rIdHeaderDefault"] = withLead(lead)));
    expect(run(docx)).toEqual([[ALIGN("trái"), "error"]]);
  });

  it("a header of two lines, a left-aligned “DỰ THẢO” then the tabbed number: judged on the number's line", () => {
    const docx = withSections(stateReport(), [], (p) => {
      p.headers!["rIdHeaderDefault"] = withLead(TAB + TAB).replace(
        "><w:p>",
        `><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>DỰ THẢO</w:t></w:r></w:p><w:p>`,
      );
    });
    expect(run(docx)).toEqual([]);
  });

  it("a right-aligned number in the footer: only the footer is reported (the fix is to move it)", () => {
    const docx = withSections(stateReport(), [], (p) => {
      p.headers = {};
      p.footers = { rIdF: asFooter(aligned("right")) };
      mainRefs(p, `<w:footerReference w:type="default" r:id="rIdF"/>`);
    });
    expect(run(docx)).toEqual([[FOOTER, "error"]]);
  });

  it("numbers in both the header and the footer at 11 pt: the header's number is judged", () => {
    const docx = withSections(stateReport(), [], (p) => {
      p.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(11);
      p.footers = { rIdF: asFooter(aligned("right", 11)) };
      p.body = p.body.replace("<w:pgSz", `<w:footerReference w:type="default" r:id="rIdF"/><w:pgSz`);
    });
    expect(run(docx)).toEqual([["Số trang cỡ chữ 11 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", "warning"]]);
  });
});

describe("page/numbers: each page-number part reported once", () => {
  it("footers in the text and in a restarted appendix section: one footer finding", () => {
    const docx = withSections(
      stateReport(),
      [
        {
          xml: appendixXml("PHỤ LỤC"),
          section: { ...A4_LANDSCAPE, start: 1, refs: `<w:footerReference w:type="default" r:id="rIdF2"/>` },
        },
      ],
      (p) => {
        p.headers = {};
        p.footers = { rIdF: asFooter(pageNumberHeaderXml(13)), rIdF2: asFooter(pageNumberHeaderXml(13)) };
        mainRefs(p, `<w:footerReference w:type="default" r:id="rIdF"/>`);
      },
    );
    expect(run(docx)).toEqual([[FOOTER, "error"]]);
  });

  it("an 11 pt number inherited by the appendix section: one size finding, not two", () => {
    const docx = withSections(
      stateReport(),
      [{ xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, start: 1 } }],
      (p) => (p.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(11)),
    );
    expect(run(docx)).toEqual([["Số trang cỡ chữ 11 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", "warning"]]);
  });

  it("a number in Calibri (a Unicode font from the Normal style): not reported", () => {
    const docx = withSections(stateReport(), [], (p) => {
      p.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13).replace(
        /<w:rPr>/g,
        `<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>`,
      );
    });
    expect(run(docx)).toEqual([]);
  });
});

describe("page/numbers: page 1", () => {
  it("w:titlePg with a first-page header that shows the number: page 1 is numbered", () => {
    const docx = withSections(stateReport(), [], (p) => (p.headers!["rIdHeaderFirst"] = pageNumberHeaderXml(13)));
    expect(run(docx)).toEqual([
      ["Trang đầu cũng có số trang; NĐ 30/2020/NĐ-CP yêu cầu không đánh số trang thứ nhất", "error"],
    ]);
  });
});

describe("page/numbers: a long text is judged on the main document's numbers", () => {
  it("a long report with numbers: nothing to say", () => {
    expect(
      run(
        withSections(
          variant(stateReport(), (d) => longBody(d, 60)),
          [],
        ),
      ),
    ).toEqual([]);
  });

  it("a long report without numbers whose appendix section alone shows them: the text's pages are unnumbered", () => {
    const docx = withSections(
      variant(stateReport(), (d) => {
        d.page.pageNumbers = false;
        longBody(d, 60);
      }),
      [
        {
          xml: appendixXml("PHỤ LỤC"),
          section: { ...A4_LANDSCAPE, start: 1, refs: `<w:headerReference w:type="default" r:id="rIdA"/>` },
        },
      ],
      (p) => (p.headers = { rIdA: pageNumberHeaderXml(13) }),
    );
    expect(run(docx)).toEqual([
      [
        "Văn bản nhiều trang nhưng không đánh số trang; NĐ 30/2020/NĐ-CP yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên",
        "error",
      ],
    ]);
  });
});

describe("page/numbers: attachments sharing a section", () => {
  it("an appendix in the text's own section, that section numbered from 1: its numbers run on", () => {
    const docx = withSections(stateReport(), [], (p) => {
      const end = p.body.lastIndexOf("<w:sectPr>");
      p.body =
        p.body.slice(0, end) +
        appendixXml("PHỤ LỤC") +
        p.body.slice(end).replace("</w:sectPr>", `<w:pgNumType w:start="1"/></w:sectPr>`);
    });
    expect(run(docx)).toEqual([[CONTINUES("PHỤ LỤC"), "warning"]]);
  });

  it("two appendices in one restarted section: the second runs on from the first", () => {
    const docx = withSections(stateReport(), [
      {
        xml: appendixXml("PHỤ LỤC I") + appendixXml("PHỤ LỤC II"),
        section: { ...A4_LANDSCAPE, start: 1 },
      },
    ]);
    expect(run(docx)).toEqual([[CONTINUES("PHỤ LỤC II"), "warning"]]);
  });

  it("an appendix section whose header shows no number: nothing about its numbering", () => {
    const docx = withSections(
      stateReport(),
      [
        {
          xml: appendixXml("PHỤ LỤC"),
          section: {
            ...A4_LANDSCAPE,
            refs: `<w:headerReference w:type="default" r:id="rIdBlank"/><w:headerReference w:type="first" r:id="rIdBlank"/>`,
          },
        },
      ],
      (p) => (p.headers!["rIdBlank"] = p.headers!["rIdHeaderFirst"]!),
    );
    expect(run(docx)).toEqual([]);
  });
});

describe("page/numbers: a body without its final w:sectPr", () => {
  it("has no page setup to judge: nothing said (page/size says it could not be read)", () => {
    const parts = docxPartsFromSpec(variant(stateReport(), (d) => longBody(d, 60)));
    parts.body = parts.body.replace(/<w:sectPr>.*<\/w:sectPr>$/, "");
    expect(run(makeDocx(parts))).toEqual([]);
  });
});
