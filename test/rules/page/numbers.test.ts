import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as pageNumbers, estimatePages } from "../../../src/rules/page/numbers";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, makeDocx, pageNumberHeaderXml, type DocxParts } from "../../support/buildDocx";
import { runRawRuleTester, runRuleTester } from "../../support/ruleTester";
import { partyPlan, stateReport, variant } from "../../support/samples";
import { A4_LANDSCAPE, appendixXml, longBody, withSections } from "./sections";

const SEVERAL_SECTIONS = "Word documents with several sections";

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

  // State 13–14 pt, and a warning within 2 pt of it: each bound just inside and just outside
  it.each([
    [13, "no finding"],
    [14, "no finding"],
    [12.5, "warning"],
    [14.5, "warning"],
    [11, "warning"],
    [16, "warning"],
    [10.5, "error"],
    [16.5, "error"],
  ] as const)("a State page number at %s pt: %s", (size, severity) => {
    const f = withPageParts("state", (p) => {
      p.headers = { ...p.headers, rIdHeaderDefault: pageNumberHeaderXml(size) };
    });
    expect(f.map((x) => [x.message, x.severity])).toEqual(
      severity === "no finding" ? [] : [[`Số trang cỡ chữ ${size} pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt`, severity]],
    );
  });

  it("a Party page number's size is not checked (HD 36 gives none)", () => {
    const f = withPageParts("party", (p) => {
      p.headers = { ...p.headers, rIdHeaderDefault: pageNumberHeaderXml(10) };
    });
    expect(f).toEqual([]);
  });
});

const FIRST_AND_DEFAULT = `<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`;

runRawRuleTester(pageNumbers, SEVERAL_SECTIONS, {
  valid: [
    {
      name: "an appendix in its own section restarting the numbers at 1",
      docx: () =>
        withSections(stateReport(), [
          {
            xml: appendixXml("PHỤ LỤC"),
            section: { ...A4_LANDSCAPE, start: 1, refs: `${FIRST_AND_DEFAULT}<w:titlePg/>` },
          },
        ]),
    },
    {
      name: "a page number centred by the Header style's tab stop (two tabs, left-aligned paragraph)",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13)
            .replace(`<w:jc w:val="center"/>`, `<w:jc w:val="left"/>`)
            .replace("</w:pPr>", "</w:pPr><w:r><w:tab/></w:r><w:r><w:tab/></w:r>");
        }),
    },
    {
      name: "a PAGE field left in an even-page footer that never shows (no w:evenAndOddHeaders) on a short letter",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.footers = {
            rIdEven: pageNumberHeaderXml().replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>"),
          };
          parts.body = parts.body.replace("<w:pgSz", `<w:footerReference w:type="even" r:id="rIdEven"/><w:pgSz`);
        }),
    },
  ],
  invalid: [
    {
      name: "an appendix continuing the main document's numbers (no restart): a warning",
      docx: () => withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: A4_LANDSCAPE }]),
      findings: [
        {
          message:
            "Phụ lục/văn bản kèm theo “PHỤ LỤC” đánh số trang tiếp theo văn bản chính; NĐ 30/2020/NĐ-CP đánh số trang riêng cho từng phụ lục (ngắt phần trước phụ lục, rồi Số trang › Định dạng số trang › Bắt đầu từ 1)",
          severity: "warning",
        },
      ],
    },
    {
      name: "an appendix whose section starts its numbers at 2",
      docx: () =>
        withSections(stateReport(), [{ xml: appendixXml("PHỤ LỤC"), section: { ...A4_LANDSCAPE, start: 2 } }]),
      findings: [
        {
          message:
            "Phụ lục/văn bản kèm theo “PHỤ LỤC” đánh số trang bắt đầu từ 2; NĐ 30/2020/NĐ-CP đánh số trang riêng cho từng phụ lục, bắt đầu lại từ 1",
          severity: "warning",
        },
      ],
    },
    {
      name: "a page number in VNI-Times: said so, a warning (the digits look the same)",
      docx: () =>
        withSections(stateReport(), [], (parts) => {
          parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(13).replace(
            /<w:rPr>/g,
            `<w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>`,
          );
        }),
      findings: [
        {
          message:
            "Số trang dùng phông VNI-Times (phông cũ, không theo bộ mã Unicode TCVN 6909:2001); NĐ 30/2020/NĐ-CP yêu cầu phông Times New Roman",
          severity: "warning",
        },
      ],
    },
    {
      name: "a 12 pt page number is a warning (issued documents commonly carry it), a 9 pt one an error",
      docx: () =>
        withSections(
          stateReport(),
          [
            {
              xml: appendixXml("PHỤ LỤC"),
              section: { ...A4_LANDSCAPE, start: 1, refs: `<w:headerReference w:type="default" r:id="rIdSmall"/>` },
            },
          ],
          (parts) => {
            parts.headers!["rIdHeaderDefault"] = pageNumberHeaderXml(12);
            parts.headers!["rIdSmall"] = pageNumberHeaderXml(9);
          },
        ),
      findings: [
        { message: "Số trang cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "warning" },
        { message: "Số trang cỡ chữ 9 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" },
      ],
    },
    {
      name: "a long document whose only PAGE field sits in an unused even-page footer: no page shows a number",
      docx: () =>
        withSections(
          variant(stateReport(), (d) => {
            d.page.pageNumbers = false;
            longBody(d, 60);
          }),
          [],
          (parts) => {
            parts.footers = {
              rIdEven: pageNumberHeaderXml().replace("<w:hdr ", "<w:ftr ").replace("</w:hdr>", "</w:ftr>"),
            };
            parts.body = parts.body.replace("<w:pgSz", `<w:footerReference w:type="even" r:id="rIdEven"/><w:pgSz`);
          },
        ),
      findings: [
        {
          message:
            "Văn bản nhiều trang nhưng không đánh số trang; NĐ 30/2020/NĐ-CP yêu cầu đánh số trang từ trang thứ hai, ở giữa lề trên",
          severity: "error",
        },
      ],
    },
    {
      name: "a State letter of about two pages without numbers: a warning (the long one above: an error)",
      docx: () =>
        withSections(
          variant(stateReport(), (d) => {
            d.page.pageNumbers = false;
            longBody(d, 20);
          }),
          [],
        ),
      findings: [{ message: /^Văn bản nhiều trang nhưng không đánh số trang; NĐ 30/, severity: "warning" }],
    },
  ],
});

describe("estimatePages", () => {
  it("a sample letter fits on one page; forty more paragraphs run over several", () => {
    const one = readDocument(makeDocx(docxPartsFromSpec(stateReport())));
    const many = readDocument(makeDocx(docxPartsFromSpec(variant(stateReport(), (d) => longBody(d)))));
    expect(estimatePages(one)).toBeLessThan(1.15);
    expect(estimatePages(many)).toBeGreaterThan(2);
  });
});
