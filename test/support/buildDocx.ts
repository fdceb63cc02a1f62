/**
 * Our own .docx writer for tests: writes WordprocessingML the way Word does (fonts in the theme and docDefaults,
 * a Normal style, direct paragraph formatting, borderless layout tables, a header with a complex PAGE field).
 * The LibreOffice-written fixtures in test/fixtures/libreoffice/ are the second, independent writer.
 */
import { strToU8, zipSync } from "fflate";
import type { DocSpec, SpecBlock, SpecList, SpecListItem, SpecParagraph, SpecRun } from "./docSpec";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

export interface DocxParts {
  /** Inner XML of w:body (paragraphs, tables, final w:sectPr). */
  body: string;
  /** Full styles.xml, or undefined for a package without a styles part. */
  styles?: string | undefined;
  /** Full theme1.xml, or undefined. */
  theme?: string | undefined;
  /** Header/footer parts: relationship id → full XML (root w:hdr or w:ftr). */
  headers?: Record<string, string>;
  footers?: Record<string, string>;
  /** Full settings.xml (root w:settings), or undefined for a package without a settings part. */
  settings?: string | undefined;
  /** Name of the settings part under word/ (Word's is "settings.xml"; found through the relationship). */
  settingsPartName?: string;
  /** Full numbering.xml (root w:numbering), or undefined for a package without automatic numbering. */
  numbering?: string | undefined;
}

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
}

export function stylesXml(opts: { docDefaultsRPr?: string; docDefaultsPPr?: string; styles?: string } = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${opts.docDefaultsRPr ?? ""}</w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${opts.docDefaultsPPr ?? ""}</w:pPr></w:pPrDefault></w:docDefaults>` +
    (opts.styles ?? `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`) +
    `</w:styles>`
  );
}

export function settingsXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}">${inner}</w:settings>`;
}

export function themeXml(major: string, minor: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="${A_NS}" name="Office Theme"><a:themeElements>` +
    `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="${esc(major)}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
    `<a:minorFont><a:latin typeface="${esc(minor)}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
    `</a:themeElements></a:theme>`
  );
}

function partEntries(parts: DocxParts): Record<string, string> {
  const files: Record<string, string> = {};
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
  ];
  const rels: string[] = [];
  files["word/document.xml"] = documentXml(parts.body);
  if (parts.styles !== undefined) {
    files["word/styles.xml"] = parts.styles;
    overrides.push(
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
    );
  }
  if (parts.theme !== undefined) {
    files["word/theme/theme1.xml"] = parts.theme;
    overrides.push(
      `<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdTheme" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>`,
    );
  }
  if (parts.settings !== undefined) {
    const name = parts.settingsPartName ?? "settings.xml";
    files[`word/${name}`] = parts.settings;
    overrides.push(
      `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="${name}"/>`,
    );
  }
  if (parts.numbering !== undefined) {
    files["word/numbering.xml"] = parts.numbering;
    overrides.push(
      `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`,
    );
    rels.push(
      `<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`,
    );
  }
  for (const [kind, map] of [
    ["header", parts.headers ?? {}],
    ["footer", parts.footers ?? {}],
  ] as const) {
    for (const [id, xml] of Object.entries(map)) {
      const name = `${kind}_${id}.xml`;
      files[`word/${name}`] = xml;
      overrides.push(
        `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`,
      );
      rels.push(
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${name}"/>`,
      );
    }
  }
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  files["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  files["word/_rels/document.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  return files;
}

/** A .docx (zip) from raw parts. */
export function makeDocx(parts: DocxParts): Uint8Array {
  const files = partEntries(parts);
  const zipInput: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(files)) zipInput[name] = strToU8(xml);
  return zipSync(zipInput, { level: 6 });
}

/** The same parts as Word's flat-OPC XML (`pkg:package`), which is what `body.getOoxml()` returns. */
export function makeFlatOpc(parts: DocxParts): string {
  const files = partEntries(parts);
  const body = Object.entries(files)
    .filter(([name]) => name !== "[Content_Types].xml")
    .map(([name, xml]) => {
      const inner = xml.replace(/^<\?xml[^>]*\?>\s*/, "");
      const ct = name.endsWith(".rels")
        ? "application/vnd.openxmlformats-package.relationships+xml"
        : "application/xml";
      return `<pkg:part pkg:name="/${name}" pkg:contentType="${ct}"><pkg:xmlData>${inner}</pkg:xmlData></pkg:part>`;
    })
    .join("");
  return `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${body}</pkg:package>`;
}

/* ---------- from a writer-neutral spec ---------- */

const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

function runXml(run: SpecRun, para: SpecParagraph, defaults: DocSpec["defaults"]): string {
  const font = run.font ?? para.font;
  const size = run.sizePt ?? para.sizePt;
  const bold = run.bold ?? para.bold;
  const italic = run.italic ?? para.italic;
  const underline = run.underline ?? para.underline;
  let rPr = "";
  // Like Word: a font equal to the theme's body font is not written on the run.
  if (font !== undefined && font !== defaults.font)
    rPr += `<w:rFonts w:ascii="${esc(font)}" w:hAnsi="${esc(font)}" w:cs="${esc(font)}"/>`;
  if (bold) rPr += "<w:b/><w:bCs/>";
  if (italic) rPr += "<w:i/><w:iCs/>";
  if (underline) rPr += `<w:u w:val="single"/>`;
  if (size !== undefined && size !== defaults.sizePt) rPr += `<w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/>`;
  const space = /^\s|\s$/.test(run.text) ? ` xml:space="preserve"` : "";
  return `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t${space}>${esc(run.text)}</w:t></w:r>`;
}

export function numberingXml(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}">${inner}</w:numbering>`;
}

/**
 * The spec's lists as Word writes them: one w:abstractNum per list (in the order of `spec.lists`), one w:num for it,
 * and for each `restart` a new w:num with a w:startOverride (Word's "Restart at 1"), used by the list's later items.
 */
class SpecNumbering {
  private readonly abstractOf = new Map<string, number>();
  private readonly current = new Map<string, number>();
  private readonly nums: string[] = [];

  constructor(private readonly lists: Record<string, SpecList>) {
    Object.keys(lists).forEach((id, k) => this.abstractOf.set(id, k));
  }

  numPr(item: SpecListItem): string {
    const abstractId = this.abstractOf.get(item.id);
    if (abstractId === undefined) throw new Error(`buildDocx: list "${item.id}" is not in spec.lists`);
    const level = item.level ?? 0;
    let numId = this.current.get(item.id);
    if (numId === undefined || item.restart === true) {
      const start = this.lists[item.id]!.levels[level]?.start ?? 1;
      const override =
        item.restart === true
          ? `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`
          : "";
      this.nums.push(`<w:abstractNumId w:val="${abstractId}"/>${override}`);
      numId = this.nums.length;
      this.current.set(item.id, numId);
    }
    return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  }

  xml(): string {
    const abstracts = Object.values(this.lists).map(
      (list, k) =>
        `<w:abstractNum w:abstractNumId="${k}"><w:multiLevelType w:val="hybridMultilevel"/>${list.levels
          .map(
            (l, i) =>
              `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>` +
              `<w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/>` +
              `<w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
          )
          .join("")}</w:abstractNum>`,
    );
    const nums = this.nums.map((inner, k) => `<w:num w:numId="${k + 1}">${inner}</w:num>`);
    return numberingXml(abstracts.join("") + nums.join(""));
  }
}

function paragraphXml(
  p: SpecParagraph,
  defaults: DocSpec["defaults"],
  numbering: SpecNumbering | undefined,
  extraPPr = "",
): string {
  let pPr = "";
  if (p.list !== undefined) {
    if (numbering === undefined) throw new Error("buildDocx: a list item in a spec without lists");
    pPr += numbering.numPr(p.list);
  }
  if (p.spaceBeforePt !== undefined || p.spaceAfterPt !== undefined || p.lineSpacing !== undefined) {
    pPr += `<w:spacing w:before="${Math.round((p.spaceBeforePt ?? 0) * 20)}" w:after="${Math.round((p.spaceAfterPt ?? 0) * 20)}"`;
    pPr += p.lineSpacing !== undefined ? ` w:line="${Math.round(p.lineSpacing * 240)}" w:lineRule="auto"/>` : "/>";
  }
  if (p.firstLineMm !== undefined || p.indentLeftMm !== undefined) {
    const left = p.indentLeftMm === undefined ? "" : ` w:left="${mmToTwips(p.indentLeftMm)}"`;
    const first = p.firstLineMm === undefined ? "" : ` w:firstLine="${mmToTwips(p.firstLineMm)}"`;
    pPr += `<w:ind${left}${first}/>`;
  }
  if (p.align !== undefined) pPr += `<w:jc w:val="${p.align === "justify" ? "both" : p.align}"/>`;
  pPr += extraPPr;
  const runs = p.runs ?? (p.text !== undefined ? [{ text: p.text }] : []);
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${runs.map((r) => runXml(r, p, defaults)).join("")}</w:p>`;
}

function blockXml(b: SpecBlock, defaults: DocSpec["defaults"], numbering: SpecNumbering | undefined): string {
  if (b.type === "paragraph") return paragraphXml(b, defaults, numbering);
  const borders = b.borderless
    ? `<w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="nil"/>`).join("")}</w:tblBorders>`
    : "";
  const grid = b.columnWidthsMm.map((w) => `<w:gridCol w:w="${mmToTwips(w)}"/>`).join("");
  const rows = b.rows
    .map(
      (cells) =>
        `<w:tr>${cells
          .map(
            (paras, i) =>
              `<w:tc><w:tcPr><w:tcW w:w="${mmToTwips(b.columnWidthsMm[i] ?? 80)}" w:type="dxa"/></w:tcPr>${
                paras.length === 0 ? "<w:p/>" : paras.map((p) => paragraphXml(p, defaults, numbering)).join("")
              }</w:tc>`,
          )
          .join("")}</w:tr>`,
    )
    .join("");
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${borders}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

/** A header part whose paragraph holds a complex PAGE field, centred, as Word's "Page Number › Top of Page". */
export function pageNumberHeaderXml(sizePt?: number): string {
  const rPr = sizePt === undefined ? "" : `<w:rPr><w:sz w:val="${sizePt * 2}"/></w:rPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr}<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>` +
    `<w:r>${rPr}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr}<w:t>2</w:t></w:r><w:r>${rPr}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
  );
}

const EMPTY_HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}"><w:p/></w:hdr>`;

export function docxPartsFromSpec(spec: DocSpec): DocxParts {
  const { page, defaults } = spec;
  const numbering = spec.lists === undefined ? undefined : new SpecNumbering(spec.lists);
  const body = spec.blocks.map((b) => blockXml(b, defaults, numbering)).join("");
  let sectPr = "";
  const headers: Record<string, string> = {};
  if (page.pageNumbers) {
    headers["rIdHeaderDefault"] = pageNumberHeaderXml();
    headers["rIdHeaderFirst"] = EMPTY_HEADER;
    sectPr += `<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`;
  }
  const m = page.marginsMm;
  const hd = mmToTwips(page.headerDistanceMm ?? 12.7);
  sectPr +=
    `<w:pgSz w:w="${mmToTwips(page.widthMm)}" w:h="${mmToTwips(page.heightMm)}"/>` +
    `<w:pgMar w:top="${mmToTwips(m.top)}" w:right="${mmToTwips(m.right)}" w:bottom="${mmToTwips(m.bottom)}" w:left="${mmToTwips(m.left)}" w:header="${hd}" w:footer="${hd}" w:gutter="0"/>` +
    (page.pageNumbers ? "<w:titlePg/>" : "");
  return {
    body: `${body}<w:sectPr>${sectPr}</w:sectPr>`,
    // Word's pattern: the body font comes from the theme (minorHAnsi) through docDefaults.
    styles: stylesXml({
      docDefaultsRPr: `<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:cstheme="minorBidi"/><w:sz w:val="${defaults.sizePt * 2}"/><w:szCs w:val="${defaults.sizePt * 2}"/><w:lang w:val="vi-VN"/>`,
      docDefaultsPPr: `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`,
    }),
    theme: themeXml(defaults.font, defaults.font),
    headers,
    ...(numbering === undefined ? {} : { numbering: numbering.xml() }),
  };
}

export function buildDocxFromSpec(spec: DocSpec): Uint8Array {
  return makeDocx(docxPartsFromSpec(spec));
}

/* ---------- drawn shapes, as Word writes them ---------- */

export const DRAWING_NS =
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  `xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
  `xmlns:a="${A_NS}" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
  `xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" ` +
  `xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ` +
  `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"`;

const EMU_PER_MM = 36000;

export interface DrawnLineSpec {
  /** Horizontal offset from `relativeFrom` (default "column"); omit with `align` to centre instead. */
  xMm?: number;
  align?: "left" | "center" | "right";
  relativeFrom?: string;
  /** Vertical offset from the paragraph's top (default 1 mm). */
  yMm?: number;
  widthMm: number;
  /** DrawingML preset (default "straightConnector1", Insert → Shapes → Line gives "line"). */
  preset?: string;
  heightMm?: number;
}

/**
 * A run holding a shape drawn with Insert → Shapes, the way Word 2010+ saves it: DrawingML in mc:Choice and
 * the same shape in VML in mc:Fallback.
 */
export function drawnLineRun(spec: DrawnLineSpec): string {
  const rel = spec.relativeFrom ?? "column";
  const cx = Math.round(spec.widthMm * EMU_PER_MM);
  const cy = Math.round((spec.heightMm ?? 0) * EMU_PER_MM);
  const y = Math.round((spec.yMm ?? 1) * EMU_PER_MM);
  const posH =
    spec.align !== undefined
      ? `<wp:align>${spec.align}</wp:align>`
      : `<wp:posOffset>${Math.round((spec.xMm ?? 0) * EMU_PER_MM)}</wp:posOffset>`;
  const pt = (mm: number): string => `${Math.round(((mm * 72) / 25.4) * 100) / 100}pt`;
  const vmlPos =
    spec.align !== undefined ? `mso-position-horizontal:${spec.align};` : `margin-left:${pt(spec.xMm ?? 0)};`;
  const vmlRel = rel === "column" ? "text" : rel;
  return (
    `<w:r><mc:AlternateContent ${DRAWING_NS}><mc:Choice Requires="wps"><w:drawing>` +
    `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="${rel}">${posH}</wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="Straight Connector 1"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="${spec.preset ?? "straightConnector1"}"><a:avLst/></a:prstGeom>` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>` +
    `</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>` +
    `<v:shapetype id="_x0000_t32" coordsize="21600,21600" o:spt="32" o:oned="t" path="m,l21600,21600e" filled="f"><v:path arrowok="t" fillok="f" o:connecttype="none"/></v:shapetype>` +
    `<v:shape id="Straight Connector 1" o:spid="_x0000_s1026" type="#_x0000_t32" style="position:absolute;${vmlPos}margin-top:${pt(spec.yMm ?? 1)};width:${pt(spec.widthMm)};height:${pt(spec.heightMm ?? 0)};z-index:251659264;mso-position-horizontal-relative:${vmlRel};mso-position-vertical-relative:text" o:connectortype="straight"/>` +
    `</w:pict></mc:Fallback></mc:AlternateContent></w:r>`
  );
}
