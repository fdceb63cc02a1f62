/**
 * Shapes, paragraph borders, tab stops, sub/superscript and page-number details read into the model.
 * The XML below follows what Word writes in the real corpus (Lâm Đồng office files): lines under the issuer,
 * the motto and the trích yếu are `wps:wsp` straight connectors inside mc:AlternateContent with a VML fallback;
 * older files have VML only.
 */
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import {
  DRAWING_NS,
  drawnLineRun,
  makeDocx,
  makeFlatOpc,
  settingsXml,
  stylesXml,
  W_NS,
  type DocxParts,
} from "../support/buildDocx";

const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
const run = (text: string, rPr = ""): string =>
  `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (inner: string, pPr = ""): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${inner}</w:p>`;
const read = (parts: DocxParts): DocumentModel => readDocument(makeDocx(parts));
const body = (...paras: string[]): DocxParts => ({ body: paras.join("") + SECT });

/** A DrawingML anchor (no fallback) around one graphic, with an explicit extent in mm. */
function anchorRun(graphic: string, o: { xMm?: number; wMm: number; hMm: number; inline?: boolean }): string {
  const cx = Math.round(o.wMm * 36000);
  const cy = Math.round(o.hMm * 36000);
  const frame = o.inline
    ? `<wp:inline><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="2" name="x"/>`
    : `<wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
      `<wp:positionH relativeFrom="column"><wp:posOffset>${Math.round((o.xMm ?? 0) * 36000)}</wp:posOffset></wp:positionH>` +
      `<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/><wp:wrapNone/><wp:docPr id="2" name="x"/>`;
  return (
    `<w:r><w:drawing ${DRAWING_NS}>${frame}<a:graphic><a:graphicData uri="x">${graphic}</a:graphicData></a:graphic>` +
    `${o.inline ? "</wp:inline>" : "</wp:anchor>"}</w:drawing></w:r>`
  );
}
const wsp = (prst: string, wMm: number, hMm: number, extra = ""): string =>
  `<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${Math.round(wMm * 36000)}" cy="${Math.round(hMm * 36000)}"/></a:xfrm>` +
  `<a:prstGeom prst="${prst}"><a:avLst/></a:prstGeom></wps:spPr>${extra}<wps:bodyPr/></wps:wsp>`;
const txbx = (...lines: string[]): string =>
  `<wps:txbx><w:txbxContent>${lines.map((l) => para(run(l))).join("")}</w:txbxContent></wps:txbx>`;
/** VML as pre-2010 Word writes it, in a run. */
const pict = (inner: string): string => `<w:r><w:pict ${DRAWING_NS}>${inner}</w:pict></w:r>`;
const CONNECTOR_TYPE = `<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"/>`;

describe("drawn lines, as Word 2010+ writes them (DrawingML in mc:Choice, VML in mc:Fallback)", () => {
  const model = read(
    body(
      para(run("TỈNH LÂM ĐỒNG") + drawnLineRun({ xMm: 16.46, yMm: 5.77, widthMm: 15.03 }), `<w:jc w:val="center"/>`),
      para(drawnLineRun({ align: "center", relativeFrom: "margin", widthMm: 47.89, preset: "line" })),
      para(run("Không có hình")),
    ),
  );

  it("reads the DrawingML shape once: the VML fallback is the same shape", () => {
    expect(model.paragraphs[0]!.drawings).toEqual([
      {
        kind: "line",
        anchored: true,
        xMm: 16.46,
        yMm: 5.77,
        relativeFrom: "column",
        relativeFromV: "paragraph",
        align: undefined,
        widthMm: 15.03,
        heightMm: 0,
        text: "",
      },
    ]);
  });

  it("keeps the paragraph's text and runs free of the shape", () => {
    expect(model.paragraphs[0]).toMatchObject({ text: "TỈNH LÂM ĐỒNG", alignment: "center" });
    expect(model.paragraphs[0]!.runs).toHaveLength(1);
  });

  it("records a line aligned instead of offset, on an empty paragraph", () => {
    expect(model.paragraphs[1]).toMatchObject({ text: "", runs: [] });
    expect(model.paragraphs[1]!.drawings).toEqual([
      expect.objectContaining({
        kind: "line",
        xMm: undefined,
        align: "center",
        relativeFrom: "margin",
        widthMm: 47.89,
      }),
    ]);
  });

  it("leaves `drawings` absent on a paragraph without shapes", () => {
    expect(model.paragraphs[2]!.drawings).toBeUndefined();
  });

  it("reads the same from Word's flat-OPC XML", () => {
    const flat = readDocument(
      makeFlatOpc(body(para(run("TỈNH LÂM ĐỒNG") + drawnLineRun({ xMm: 16.46, yMm: 5.77, widthMm: 15.03 })))),
    );
    expect(flat.paragraphs[0]!.drawings).toEqual(model.paragraphs[0]!.drawings);
  });
});

describe("the kind of a DrawingML shape", () => {
  const cases: [string, string, Partial<{ kind: string; widthMm: number; heightMm: number; anchored: boolean }>][] = [
    ["prstGeom line", anchorRun(wsp("line", 40, 0), { xMm: 60, wMm: 40, hMm: 0 }), { kind: "line", widthMm: 40 }],
    [
      "straight connector",
      anchorRun(wsp("straightConnector1", 40, 0), { wMm: 40, hMm: 0 }),
      { kind: "line", widthMm: 40 },
    ],
    [
      "a rectangle of no height is drawn as a line",
      anchorRun(wsp("rect", 40, 0.2), { wMm: 40, hMm: 0.2 }),
      { kind: "line", heightMm: 0.2 },
    ],
    [
      "a thin upright rectangle is a (vertical) line",
      anchorRun(wsp("rect", 0.3, 20), { wMm: 0.3, hMm: 20 }),
      { kind: "line", widthMm: 0.3 },
    ],
    [
      "a check box square is a shape, not a line",
      anchorRun(wsp("rect", 4.55, 3.6), { wMm: 4.55, hMm: 3.6 }),
      { kind: "shape", widthMm: 4.55, heightMm: 3.6 },
    ],
    ["an ellipse is a shape", anchorRun(wsp("ellipse", 30, 20), { wMm: 30, hMm: 20 }), { kind: "shape" }],
    [
      "a line turned a quarter round is vertical",
      anchorRun(
        `<wps:wsp><wps:spPr><a:xfrm rot="5400000"><a:off x="0" y="0"/><a:ext cx="1440000" cy="0"/></a:xfrm><a:prstGeom prst="line"/></wps:spPr></wps:wsp>`,
        { wMm: 40, hMm: 0 },
      ),
      { kind: "line", widthMm: 0, heightMm: 40 },
    ],
    [
      "a custom geometry of one segment is a line",
      anchorRun(
        `<wps:wsp><wps:spPr><a:custGeom><a:pathLst><a:path w="100" h="1"><a:moveTo><a:pt x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="100" y="1"/></a:lnTo></a:path></a:pathLst></a:custGeom></wps:spPr></wps:wsp>`,
        { wMm: 40, hMm: 2 },
      ),
      { kind: "line" },
    ],
    [
      "an inline picture",
      anchorRun(`<pic:pic><pic:nvPicPr/><pic:blipFill/><pic:spPr/></pic:pic>`, { wMm: 50, hMm: 30, inline: true }),
      { kind: "picture", anchored: false, widthMm: 50, heightMm: 30 },
    ],
  ];
  it.each(cases)("%s", (_name, xml, expected) => {
    const m = read(body(para(xml)));
    expect(m.paragraphs[0]!.drawings).toEqual([expect.objectContaining(expected)]);
  });

  it("an inline shape has no position", () => {
    const m = read(body(para(anchorRun(wsp("line", 40, 0), { wMm: 40, hMm: 0, inline: true }))));
    expect(m.paragraphs[0]!.drawings![0]).toMatchObject({ anchored: false, xMm: undefined, relativeFrom: undefined });
  });
});

describe("text boxes", () => {
  const box = anchorRun(wsp("rect", 43.66, 8.47, txbx("DỰ THẢO", "lần 2")), { xMm: 120, wMm: 43.66, hMm: 8.47 });
  const model = read(body(para(run("Số: 12/KH-UBND") + box), para(run("Sau"))));

  it("is a text box with its text, paragraphs joined by a line break", () => {
    expect(model.paragraphs[0]!.drawings).toEqual([
      expect.objectContaining({ kind: "textbox", text: "DỰ THẢO\nlần 2", xMm: 120 }),
    ]);
  });

  it("its paragraphs are not body paragraphs and its text does not leak into the anchoring paragraph", () => {
    expect(model.paragraphs.map((p) => p.text)).toEqual(["Số: 12/KH-UBND", "Sau"]);
    expect(model.paragraphs.map((p) => p.index)).toEqual([0, 1]);
  });

  it("a text box inside mc:AlternateContent is read once, from the choice", () => {
    const alt =
      `<w:r><mc:AlternateContent ${DRAWING_NS}><mc:Choice Requires="wps"><w:drawing>` +
      `<wp:anchor><wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:extent cx="720000" cy="360000"/>` +
      `<a:graphic><a:graphicData uri="x">${wsp("rect", 20, 10, txbx("Mẫu"))}</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape style="position:absolute;width:56.7pt;height:28.35pt"><v:textbox><w:txbxContent>${para(run("Mẫu"))}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const m = read(body(para(run("A") + alt)));
    expect(m.paragraphs[0]!.text).toBe("A");
    expect(m.paragraphs[0]!.drawings).toEqual([
      expect.objectContaining({ kind: "textbox", text: "Mẫu", relativeFrom: "page" }),
    ]);
  });
});

describe("VML shapes of files without DrawingML", () => {
  const model = read(
    body(
      para(
        pict(
          CONNECTOR_TYPE +
            `<v:shape id="_x0000_s1027" type="#_x0000_t32" style="position:absolute;left:0;text-align:left;margin-left:75.7pt;margin-top:4.3pt;width:42pt;height:.05pt;z-index:1" o:connectortype="straight"/>`,
        ),
      ),
      // The shape type was defined by the first shape only.
      para(
        pict(
          `<v:shape id="_x0000_s1028" type="#_x0000_t32" style="position:absolute;margin-left:49pt;margin-top:3.1pt;width:177.4pt;height:.05pt;mso-position-horizontal-relative:margin"/>`,
        ),
      ),
      para(pict(`<v:line id="l1" from="10pt,5pt" to="110pt,5pt" style="position:absolute;z-index:2"/>`)),
      para(pict(`<v:rect style="position:absolute;margin-left:0;margin-top:0;width:100pt;height:0"/>`)),
      para(pict(`<v:rect style="position:absolute;margin-left:0;margin-top:0;width:20pt;height:20pt"/>`)),
      para(
        run("x") +
          pict(
            `<v:shape style="position:absolute;margin-left:-3.3pt;margin-top:13.6pt;width:123.75pt;height:24pt"><v:textbox><w:txbxContent>${para(run("DỰ THẢO 2"))}</w:txbxContent></v:textbox></v:shape>`,
          ),
      ),
      para(pict(`<v:shape style="width:100pt;height:50pt"><v:imagedata r:id="rId9" o:title=""/></v:shape>`)),
      para(
        pict(
          `<v:group style="position:absolute;margin-left:10pt;margin-top:0;width:200pt;height:20pt" coordorigin="0,0" coordsize="2000,200">` +
            `<v:line from="0,100" to="1000,100"/><v:rect style="left:1000;top:0;width:1000;height:200"/></v:group>`,
        ),
      ),
    ),
  );
  const d = (i: number) => model.paragraphs[i]!.drawings;
  const mm = (pt: number): number => Math.round(((pt * 25.4) / 72) * 100) / 100;

  it("a straight connector with its shape type: a line, positioned in points", () => {
    expect(d(0)).toEqual([
      expect.objectContaining({
        kind: "line",
        anchored: true,
        xMm: mm(75.7),
        yMm: mm(4.3),
        widthMm: mm(42),
        relativeFrom: "column",
        relativeFromV: "paragraph",
      }),
    ]);
  });

  it("a later shape reuses a shape type defined earlier; VML's 'margin' reference is kept", () => {
    expect(d(1)).toEqual([expect.objectContaining({ kind: "line", xMm: mm(49), relativeFrom: "margin" })]);
  });

  it("v:line from its end points", () => {
    expect(d(2)).toEqual([expect.objectContaining({ kind: "line", xMm: mm(10), widthMm: mm(100), heightMm: 0 })]);
  });

  it.each([
    ["a v:rect of no height is a line", 3, { kind: "line" }],
    ["a square v:rect is a shape", 4, { kind: "shape" }],
    ["a v:shape with a text box", 5, { kind: "textbox", text: "DỰ THẢO 2", xMm: mm(-3.3) }],
    ["an inline picture", 6, { kind: "picture", anchored: false, xMm: undefined }],
  ])("%s", (_name, i, expected) => {
    expect(d(i)).toEqual([expect.objectContaining(expected)]);
  });

  it("the text box's text stays out of the paragraph", () => {
    expect(model.paragraphs[5]!.text).toBe("x");
    expect(model.paragraphs).toHaveLength(8);
  });

  it("a v:group's members are placed through its coordinate space", () => {
    expect(d(7)).toEqual([
      expect.objectContaining({ kind: "line", xMm: mm(10), yMm: mm(10), widthMm: mm(100) }),
      expect.objectContaining({ kind: "shape", xMm: mm(110), widthMm: mm(100), heightMm: mm(20) }),
    ]);
  });
});

describe("group shapes (wpg:wgp)", () => {
  it("reads each member, lines placed through the group's child coordinates", () => {
    const member = (x: number, cx: number, cy: number, prst: string): string =>
      `<wps:wsp><wps:spPr><a:xfrm><a:off x="${x}" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="${prst}"/></wps:spPr><wps:bodyPr/></wps:wsp>`;
    // The group is 100 mm wide on the page; its children use a space twice as large.
    const group =
      `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="360000"/>` +
      `<a:chOff x="1000" y="0"/><a:chExt cx="7200000" cy="720000"/></a:xfrm></wpg:grpSpPr>` +
      member(1000, 2880000, 0, "line") +
      member(3601000, 3600000, 720000, "rect") +
      `</wpg:wgp>`;
    const m = read(body(para(run("ỦY BAN NHÂN DÂN") + anchorRun(group, { xMm: 20, wMm: 100, hMm: 10 }))));
    expect(m.paragraphs[0]!.drawings).toEqual([
      expect.objectContaining({ kind: "line", xMm: 20, widthMm: 40, heightMm: 0 }),
      expect.objectContaining({ kind: "shape", xMm: 70, widthMm: 50, heightMm: 10 }),
    ]);
  });
});

describe("where shapes sit in the paragraph", () => {
  const line = drawnLineRun({ xMm: 10, widthMm: 30 });
  const model = read(
    body(
      para(`<w:hyperlink r:id="rId5">${run("link") + line}</w:hyperlink>`),
      para(`<w:ins w:id="1" w:author="a">${line}</w:ins>`),
      para(`<w:sdt><w:sdtContent>${line}</w:sdtContent></w:sdt>`),
      para(`<w:del w:id="2" w:author="a">${line}</w:del>`),
      `<w:tbl><w:tr><w:tc>${para(run("Độc lập - Tự do - Hạnh phúc") + line)}</w:tc></w:tr></w:tbl>`,
      // Word can wrap whole runs in mc:AlternateContent at the paragraph level.
      para(`<mc:AlternateContent ${DRAWING_NS}><mc:Choice Requires="wps">${line}</mc:Choice></mc:AlternateContent>`),
    ),
  );

  it.each([
    ["in a hyperlink", 0, 1],
    ["in an insertion", 1, 1],
    ["in a content control", 2, 1],
    ["not in a deletion", 3, 0],
    ["in a table cell", 4, 1],
    ["in runs wrapped by mc:AlternateContent", 5, 1],
  ])("%s", (_name, i, count) => {
    expect(model.paragraphs[i]!.drawings ?? []).toHaveLength(count);
  });

  it("keeps paragraph order and indices", () => {
    expect(model.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(model.paragraphs[4]).toMatchObject({ text: "Độc lập - Tự do - Hạnh phúc", cell: { row: 0, column: 0 } });
  });
});

describe("paragraph borders (w:pBdr), direct and through the style chain", () => {
  const styles = stylesXml({
    styles:
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Ruled"><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="RuledChild"><w:basedOn w:val="Ruled"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Boxed"><w:pPr><w:pBdr><w:top w:val="single"/><w:bottom w:val="single"/></w:pBdr></w:pPr></w:style>`,
  });
  const model = read({
    styles,
    body:
      para(run("a"), `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>`) +
      para(run("b"), `<w:pStyle w:val="RuledChild"/>`) +
      para(run("c"), `<w:pStyle w:val="Ruled"/><w:pBdr><w:bottom w:val="nil"/></w:pBdr>`) +
      para(
        run("d"),
        `<w:pStyle w:val="Boxed"/><w:pBdr><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:pBdr>`,
      ) +
      para(run("e"), `<w:pBdr><w:top w:val="dotted"/><w:left w:val="dotted"/></w:pBdr>`) +
      para(run("f")) +
      SECT,
  });
  it.each([
    ["a direct bottom border", 0, { borderBottom: true }, ["borderTop"]],
    ["a bottom border from the style's parent", 1, { borderBottom: true }, ["borderTop"]],
    ["w:val nil removes the style's border", 2, {}, ["borderTop", "borderBottom"]],
    ["none removes one side, the style's other side stays", 3, { borderTop: true }, ["borderBottom"]],
    ["a top border (left/right do not count)", 4, { borderTop: true }, ["borderBottom"]],
    ["no border", 5, {}, ["borderTop", "borderBottom"]],
  ])("%s", (_name, i, expected, absent) => {
    expect(model.paragraphs[i]).toMatchObject(expected);
    for (const k of absent) expect(model.paragraphs[i]).not.toHaveProperty(k);
  });
});

describe("tab stops (w:tabs) and the default tab stop", () => {
  const styles = stylesXml({
    docDefaultsPPr: `<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>`,
    styles:
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Header"><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>`,
  });
  const model = read({
    styles,
    settings: settingsXml(`<w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>`),
    body:
      para(run("a")) +
      para(run("b"), `<w:pStyle w:val="Header"/>`) +
      para(
        run("c"),
        `<w:pStyle w:val="Header"/><w:tabs><w:tab w:val="clear" w:pos="4680"/><w:tab w:val="right" w:pos="2835"/><w:tab w:val="bar" w:pos="100"/></w:tabs>`,
      ) +
      para(run("d"), `<w:tabs><w:tab w:val="clear" w:pos="567"/></w:tabs>`) +
      SECT,
  });
  const mm = (twips: number): number => Math.round((twips / 1440) * 25.4 * 100) / 100;

  it.each([
    ["docDefaults' stop", 0, [mm(567)]],
    ["the style adds its stops to the defaults'", 1, [mm(567), mm(4680), mm(9360)]],
    ["a direct clear removes a style's stop, a bar tab is not a stop, ascending", 2, [mm(567), mm(2835), mm(9360)]],
  ])("%s", (_name, i, expected) => {
    expect(model.paragraphs[i]!.tabStopsMm).toEqual(expected);
  });

  it("no stop left: tabStopsMm is absent", () => {
    expect(model.paragraphs[3]).not.toHaveProperty("tabStopsMm");
  });

  it("reads w:defaultTabStop from settings.xml", () => {
    expect(model.defaultTabStopMm).toBe(12.51);
  });

  it("finds the settings part through the main part's relationships", () => {
    const m = read({
      ...body(para(run("x"))),
      settings: settingsXml(`<w:defaultTabStop w:val="567"/>`),
      settingsPartName: "cfg.xml",
    });
    expect(m.defaultTabStopMm).toBe(10);
  });

  it("is Word's 12.7 mm when settings do not say", () => {
    expect(read(body(para(run("x")))).defaultTabStopMm).toBe(12.7);
    expect(read({ ...body(para(run("x"))), settings: settingsXml("") }).defaultTabStopMm).toBe(12.7);
  });
});

describe("subscript and superscript (w:vertAlign)", () => {
  const styles = stylesXml({
    styles:
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      `<w:style w:type="character" w:styleId="FootnoteReference"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`,
  });
  const model = read({
    styles,
    body:
      para(run("- Lưu: VT, NC.") + run("Châu", `<w:vertAlign w:val="subscript"/>`)) +
      para(run("m") + run("2", `<w:rStyle w:val="FootnoteReference"/>`)) +
      para(run("x", `<w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="baseline"/>`)) +
      SECT,
  });

  it("a drafter's initials in subscript are a run of their own", () => {
    expect(model.paragraphs[0]!.runs.map((r) => [r.text, r.vertAlign])).toEqual([
      ["- Lưu: VT, NC.", undefined],
      ["Châu", "subscript"],
    ]);
    expect(model.paragraphs[0]!.text).toBe("- Lưu: VT, NC.Châu");
  });

  it("superscript through a character style", () => {
    expect(model.paragraphs[1]!.runs[1]).toMatchObject({ text: "2", vertAlign: "superscript" });
  });

  it("direct baseline switches the style's superscript off", () => {
    expect(model.paragraphs[2]!.runs[0]).not.toHaveProperty("vertAlign");
  });
});

describe("page numbers: the PAGE field's font, numbering restarts, headers with text boxes", () => {
  const hdr = (inner: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${inner}</w:hdr>`;
  const pageField = (rPr: string): string =>
    `<w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr>${rPr}</w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
    `<w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr>${rPr}</w:rPr><w:t>11</w:t></w:r><w:r><w:rPr>${rPr}</w:rPr><w:fldChar w:fldCharType="end"/></w:r>`;
  const vni = `<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/><w:sz w:val="28"/>`;
  // The page number in a text box, as the corpus' appendix header has it: choice and VML fallback hold the same box.
  const boxed = (content: string): string =>
    `<w:p><w:r><mc:AlternateContent ${DRAWING_NS}><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="205740" cy="222885"/><a:graphic><a:graphicData uri="x">` +
    `<wps:wsp><wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape style="position:absolute;width:16.2pt;height:17.55pt"><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
  const sect = (refs: string, extra = ""): string =>
    `<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/>${extra}</w:sectPr>`;
  const model = read({
    body:
      para(run("Chính"), sect(`<w:headerReference w:type="default" r:id="rIdH1"/>`)) +
      para(run("Phụ lục")) +
      sect(`<w:headerReference w:type="default" r:id="rIdH2"/>`, `<w:pgNumType w:start="1"/>`),
    headers: {
      rIdH1: hdr(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${pageField(vni)}</w:p>`),
      rIdH2: hdr(boxed(`<w:p>${pageField(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>`)}</w:p>`)),
    },
  });

  it("the PAGE field's font, even a legacy one", () => {
    expect(model.sections[0]!.headers[0]).toMatchObject({
      hasPageNumber: true,
      pageNumberFont: "VNI-Times",
      pageNumberSizePt: 14,
      pageNumberAlignment: "center",
    });
  });

  it("w:pgNumType w:start on the section that restarts numbering only", () => {
    expect(model.sections[0]).not.toHaveProperty("pageNumberStart");
    expect(model.sections[1]!.pageNumberStart).toBe(1);
  });

  it("a page number in a text box is found, and the VML fallback does not repeat its text", () => {
    expect(model.sections[1]!.headers[0]).toMatchObject({
      hasPageNumber: true,
      pageNumberFont: "Times New Roman",
      text: "\n11",
    });
  });
});

describe("what Word shows, not what the file keeps", () => {
  const hdr = (inner: string): string =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}">${inner}</w:hdr>`;
  const pageField = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  // A decision of the corpus keeps its only page number in an even footer that Word never shows.
  const evenOnly = (settings: string): DocumentModel =>
    read({
      body:
        para(run("Điều 1.")) +
        `<w:sectPr><w:footerReference w:type="even" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`,
      footers: { rIdF1: hdr(`<w:p>${pageField}</w:p>`).replace(/w:hdr/g, "w:ftr") },
      settings: settingsXml(settings),
    });

  it("an even-page footer is ignored unless settings.xml turns even and odd headers on", () => {
    expect(evenOnly("").sections[0]!.footers).toEqual([]);
    expect(evenOnly(`<w:evenAndOddHeaders/>`).sections[0]!.footers).toEqual([
      expect.objectContaining({ kind: "even", hasPageNumber: true }),
    ]);
  });

  it("a white paragraph border draws no line", () => {
    const m = read(
      body(
        para(run("Nội dung"), `<w:pBdr><w:bottom w:val="single" w:sz="4" w:color="FFFFFF"/></w:pBdr>`),
        para(run("Nội dung"), `<w:pBdr><w:bottom w:val="single" w:sz="4" w:color="auto"/></w:pBdr>`),
      ),
    );
    expect(m.paragraphs.map((p) => p.borderBottom === true)).toEqual([false, true]);
  });
});
