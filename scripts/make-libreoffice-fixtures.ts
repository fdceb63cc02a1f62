// Writes test/fixtures/libreoffice/<name>.docx for every test/fixtures/specs/<name>.json, with LibreOffice as the
// .docx writer: spec → Flat ODT (.fodt) written here → `soffice --convert-to docx` → the committed fixture.
// The point is an independent writer: the docx reader must read these and our own builder's output alike.
//
// Usage: node -r ./scripts/ts-register.js scripts/make-libreoffice-fixtures.ts [--keep] [spec-name ...]
//   --keep   leave the temporary folder (the .fodt files and LibreOffice profile) and print where it is.
// Needs `soffice` on PATH (Debian: apt-get install -y libreoffice-writer-nogui). No npm dependencies.
// scripts/make-rule-fixtures.ts calls writeLibreOfficeFixtures with its own spec and output folders.
//
// Spec semantics (test/support/docSpec.ts): the document defaults go to the default paragraph style (LibreOffice
// exports it as w:docDefaults); paragraph-level run properties go to the paragraph's automatic style (LibreOffice
// writes them as direct run properties); a run's own properties go to an automatic text style on a <text:span>.
// Page numbers: the "Standard" master page has a header with a centred <text:page-number> and an empty first-page
// header (<style:header-first>, ODF 1.3, "same content on first page" off), which LibreOffice writes as w:titlePg
// with a headerReference of type "first" to an empty header part. (A separate "First Page" master page on the first
// block does not work here: every spec starts with a table, and LibreOffice 7.4 ignores a master page set on a table
// at the start of the document; with a paragraph first it writes w:titlePg but no "first" header part at all.)
// The header has a fixed height so that LibreOffice's w:pgMar/@w:top (header distance + header height) is exactly
// the spec's top margin; with a minimum height it uses the laid-out header's height instead.

import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocSpec, SpecList, SpecParagraph, SpecRun, SpecTable } from "../test/support/docSpec";

const ROOT = resolve(__dirname, "..");
const SPEC_DIR = join(ROOT, "test/fixtures/specs");
const OUT_DIR = join(ROOT, "test/fixtures/libreoffice");

/** Header placement: the header starts HEADER_MM from the top edge (w:pgMar/@w:header); the body starts at the
 * spec's top margin. */
const HEADER_MM = 10;
/** Gap between the header text and the body, included in the header's fixed height. */
const HEADER_GAP_MM = 2.5;
/** Cell padding left/right, the same as Word's default table cell margins (108 twips). */
const CELL_PADDING_MM = 1.9;

// ---------------------------------------------------------------------------------------------------------------
// XML helpers

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const attrs = (o: Record<string, string | number | undefined>): string =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
/** Numbers as short decimal strings (no float noise, no exponent). */
const num = (n: number): string => String(Math.round(n * 10000) / 10000);
const mm = (n: number): string => `${num(n)}mm`;
const pt = (n: number): string => `${num(n)}pt`;

/** Text content of a span: ODF collapses runs of spaces, so the 2nd and later spaces become <text:s/>. */
function odfText(text: string): string {
  let out = "";
  const parts = text.normalize("NFC").split(/(\t|\n| {2,}|^ )/);
  for (const part of parts) {
    if (part === "") continue;
    if (part === "\t") out += "<text:tab/>";
    else if (part === "\n") out += "<text:line-break/>";
    else if (/^ +$/.test(part) && (part.length > 1 || out === "")) {
      // keep one literal space where ODF allows it, encode the rest
      const literal = out === "" ? 0 : 1;
      if (literal) out += " ";
      const c = part.length - literal;
      out += c === 1 ? "<text:s/>" : `<text:s text:c="${c}"/>`;
    } else out += esc(part);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Automatic styles, deduplicated by their XML so the output is small and deterministic

class StylePool {
  private readonly byBody = new Map<string, string>();
  constructor(
    private readonly prefix: string,
    private readonly family: string,
  ) {}
  /** body: the inner XML of <style:style>; extra: extra attributes of <style:style>. */
  get(body: string, extra: Record<string, string> = {}): string {
    const key = JSON.stringify([body, extra]);
    let name = this.byBody.get(key);
    if (!name) {
      name = `${this.prefix}${this.byBody.size + 1}`;
      this.byBody.set(key, name);
    }
    return name;
  }
  xml(): string {
    let out = "";
    for (const [key, name] of this.byBody) {
      const [body, extra] = JSON.parse(key) as [string, Record<string, string>];
      out += `<style:style${attrs({ "style:name": name, "style:family": this.family, ...extra })}>${body}</style:style>\n`;
    }
    return out;
  }
}

/** The run properties a spec paragraph or run can set. */
type RunProps = Pick<SpecRun, "font" | "sizePt" | "bold" | "italic" | "underline">;

/** <style:text-properties> for run properties; only the properties that are set. */
function textProps(r: RunProps): string {
  const a: Record<string, string> = {};
  if (r.font !== undefined) {
    a["style:font-name"] = r.font;
    a["style:font-name-asian"] = r.font;
    a["style:font-name-complex"] = r.font;
  }
  if (r.sizePt !== undefined) {
    a["fo:font-size"] = pt(r.sizePt);
    a["style:font-size-asian"] = pt(r.sizePt);
    a["style:font-size-complex"] = pt(r.sizePt);
  }
  if (r.bold !== undefined) {
    const w = r.bold ? "bold" : "normal";
    a["fo:font-weight"] = w;
    a["style:font-weight-asian"] = w;
    a["style:font-weight-complex"] = w;
  }
  if (r.italic !== undefined) {
    const s = r.italic ? "italic" : "normal";
    a["fo:font-style"] = s;
    a["style:font-style-asian"] = s;
    a["style:font-style-complex"] = s;
  }
  if (r.underline !== undefined) {
    if (r.underline) {
      a["style:text-underline-style"] = "solid";
      a["style:text-underline-width"] = "auto";
      a["style:text-underline-color"] = "font-color";
    } else a["style:text-underline-style"] = "none";
  }
  return Object.keys(a).length ? `<style:text-properties${attrs(a)}/>` : "";
}

const ALIGN: Record<NonNullable<SpecParagraph["align"]>, string> = {
  left: "start",
  center: "center",
  right: "end",
  justify: "justify",
};

function paragraphProps(p: SpecParagraph): string {
  const a: Record<string, string> = {};
  if (p.align !== undefined) {
    a["fo:text-align"] = ALIGN[p.align];
    if (p.align === "justify") a["style:justify-single-word"] = "false";
  }
  if (p.spaceBeforePt !== undefined) a["fo:margin-top"] = pt(p.spaceBeforePt);
  if (p.spaceAfterPt !== undefined) a["fo:margin-bottom"] = pt(p.spaceAfterPt);
  if (p.firstLineMm !== undefined) a["fo:text-indent"] = mm(p.firstLineMm);
  if (p.lineSpacing !== undefined) a["fo:line-height"] = `${num(p.lineSpacing * 100)}%`;
  return Object.keys(a).length ? `<style:paragraph-properties${attrs(a)}/>` : "";
}

const RUN_KEYS = ["font", "sizePt", "bold", "italic", "underline"] as const;
/** The run properties set on a paragraph or a run (undefined ones left out). */
const pick = (o: RunProps): RunProps =>
  Object.fromEntries(RUN_KEYS.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as RunProps;

// ---------------------------------------------------------------------------------------------------------------
// Automatic numbering: each spec list is a <text:list-style>; each list paragraph sits in its own <text:list>,
// nested to its level through list items without a paragraph, and continues the list's first <text:list>
// (text:continue-list) until an item says `restart`, which opens a new list.

const ODF_NUM_FORMAT: Record<string, string> = {
  decimal: "1",
  upperRoman: "I",
  lowerRoman: "i",
  upperLetter: "A",
  lowerLetter: "a",
};

function listStyleXml(name: string, list: SpecList): string {
  const levels = list.levels.map((l, i) => {
    const indent = `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment${attrs(
      {
        "text:label-followed-by": "listtab",
        "text:list-tab-stop-position": mm(12.7 * (i + 1)),
        "fo:text-indent": mm(-6.35),
        "fo:margin-left": mm(12.7 * (i + 1)),
      },
    )}/></style:list-level-properties>`;
    if (l.format === "bullet") {
      return `<text:list-level-style-bullet${attrs({ "text:level": i + 1, "text:bullet-char": l.text })}>${indent}</text:list-level-style-bullet>`;
    }
    // LibreOffice writes a prefix, the numbers of the last `display-levels` levels joined by ".", and a suffix.
    const m = /^([^%]*)%([1-9])((?:\.%[1-9])*)([^%]*)$/.exec(l.text);
    const shown = m === null ? [] : [m[2]!, ...m[3]!.split(".%").slice(1)].map(Number);
    if (m === null || shown.some((d, k) => d !== i + 2 - shown.length + k)) {
      throw new Error(
        `make-libreoffice-fixtures: LibreOffice cannot write the list text "${l.text}" at level ${i + 1}`,
      );
    }
    return `<text:list-level-style-number${attrs({
      "text:level": i + 1,
      "style:num-prefix": m[1] === "" ? undefined : m[1],
      "style:num-suffix": m[4] === "" ? undefined : m[4],
      "style:num-format": ODF_NUM_FORMAT[l.format],
      "text:display-levels": shown.length > 1 ? shown.length : undefined,
      "text:start-value": l.start !== undefined && l.start !== 1 ? l.start : undefined,
    })}>${indent}</text:list-level-style-number>`;
  });
  return `<text:list-style style:name="${name}">${levels.join("")}</text:list-style>\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Spec → Flat ODT

function specToFodt(spec: DocSpec): string {
  const P = new StylePool("P", "paragraph");
  const T = new StylePool("T", "text");
  const fonts = new Set([spec.defaults.font]);
  const numbered = spec.page.pageNumbers;
  let tableNo = 0;
  const listStyleOf = new Map(Object.keys(spec.lists ?? {}).map((id, k) => [id, `L${k + 1}`]));
  /** Per list: the xml:id of the <text:list> its next items continue. */
  const openList = new Map<string, string>();
  let listNo = 0;
  const inList = (p: SpecParagraph, xml: string): string => {
    if (p.list === undefined) return xml;
    const style = listStyleOf.get(p.list.id);
    if (style === undefined) throw new Error(`make-libreoffice-fixtures: list "${p.list.id}" is not in spec.lists`);
    listNo += 1;
    const id = `list${listNo}`;
    const continued = p.list.restart === true ? undefined : openList.get(p.list.id);
    if (continued === undefined) openList.set(p.list.id, id);
    const level = p.list.level ?? 0;
    const open = `<text:list${attrs({ "xml:id": id, "text:style-name": style, "text:continue-list": continued })}>`;
    return (
      open +
      "<text:list-item><text:list>".repeat(level) +
      `<text:list-item>${xml.trimEnd()}</text:list-item>` +
      "</text:list></text:list-item>".repeat(level) +
      "</text:list>\n"
    );
  };

  const para = (p: SpecParagraph): string => {
    const extra = { "style:parent-style-name": "Standard" };
    const runDefaults = pick(p);
    if (runDefaults.font) fonts.add(runDefaults.font);
    const style = P.get(paragraphProps(p) + textProps(runDefaults), extra);
    const runs = p.runs ?? (p.text !== undefined ? [{ text: p.text }] : []);
    let inner = "";
    for (const r of runs) {
      const own = pick(r);
      if (own.font) fonts.add(own.font);
      const props = textProps(own);
      inner += props ? `<text:span text:style-name="${T.get(props)}">${odfText(r.text)}</text:span>` : odfText(r.text);
    }
    return inList(p, `<text:p text:style-name="${style}">${inner}</text:p>\n`);
  };

  let tableStyles = "";
  const table = (t: SpecTable): string => {
    tableNo += 1;
    const name = `Table${tableNo}`;
    const width = t.columnWidthsMm.reduce((s, w) => s + w, 0);
    const tp = { "style:width": mm(width), "table:align": "left", "fo:margin-left": "0mm" };
    tableStyles += `<style:style style:name="${name}" style:family="table"><style:table-properties${attrs(tp)}/></style:style>\n`;
    const border = t.borderless ? "none" : "0.5pt solid #000000";
    tableStyles +=
      `<style:style style:name="${name}.C" style:family="table-cell"><style:table-cell-properties` +
      attrs({
        "style:vertical-align": "top",
        "fo:padding-left": mm(CELL_PADDING_MM),
        "fo:padding-right": mm(CELL_PADDING_MM),
        "fo:padding-top": "0mm",
        "fo:padding-bottom": "0mm",
        "fo:border": border,
      }) +
      `/></style:style>\n`;
    let xml = `<table:table table:name="${name}" table:style-name="${name}">\n`;
    t.columnWidthsMm.forEach((w, i) => {
      const col = `${name}.${String.fromCharCode(65 + i)}`;
      tableStyles += `<style:style style:name="${col}" style:family="table-column"><style:table-column-properties style:column-width="${mm(w)}"/></style:style>\n`;
      xml += `<table:table-column table:style-name="${col}"/>\n`;
    });
    for (const row of t.rows) {
      xml += "<table:table-row>\n";
      for (const cell of row) {
        xml += `<table:table-cell table:style-name="${name}.C" office:value-type="string">\n`;
        xml += cell.length ? cell.map(para).join("") : para({ type: "paragraph", text: "" });
        xml += "</table:table-cell>\n";
      }
      xml += "</table:table-row>\n";
    }
    return xml + "</table:table>\n";
  };

  const bodyXml = spec.blocks.map((b) => (b.type === "table" ? table(b) : para(b))).join("");
  const listStyles = Object.entries(spec.lists ?? {})
    .map(([id, list]) => listStyleXml(listStyleOf.get(id)!, list))
    .join("");

  const { widthMm, heightMm, marginsMm: m } = spec.page;
  const d = spec.defaults;
  const layout = (name: string, withHeader: boolean): string => {
    const a = {
      "fo:page-width": mm(widthMm),
      "fo:page-height": mm(heightMm),
      "style:print-orientation": widthMm > heightMm ? "landscape" : "portrait",
      "fo:margin-top": mm(withHeader ? HEADER_MM : m.top),
      "fo:margin-bottom": mm(m.bottom),
      "fo:margin-left": mm(m.left),
      "fo:margin-right": mm(m.right),
      "style:writing-mode": "lr-tb",
    };
    const header = withHeader
      ? `<style:header-style><style:header-footer-properties${attrs({
          "svg:height": mm(m.top - HEADER_MM),
          "fo:margin-bottom": mm(HEADER_GAP_MM),
          "fo:margin-left": "0mm",
          "fo:margin-right": "0mm",
          "style:dynamic-spacing": "false",
        })}/></style:header-style>`
      : "<style:header-style/>";
    return `<style:page-layout style:name="${name}"><style:page-layout-properties${attrs(a)}/>${header}<style:footer-style/></style:page-layout>\n`;
  };

  const fontDecls = [...fonts]
    .sort()
    .map(
      (f) =>
        `<style:font-face${attrs({
          "style:name": f,
          "svg:font-family": /\s/.test(f) ? `'${f}'` : f,
          "style:font-family-generic": /times|serif/i.test(f) && !/sans/i.test(f) ? "roman" : "swiss",
          "style:font-pitch": "variable",
        })}/>`,
    )
    .join("\n");

  const masters = numbered
    ? `<style:master-page style:name="Standard" style:page-layout-name="pmNumbered">` +
      `<style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header>` +
      `<style:header-first style:display="true"><text:p text:style-name="Header"/></style:header-first>` +
      `</style:master-page>\n`
    : `<style:master-page style:name="Standard" style:page-layout-name="pmPlain"/>\n`;
  const layouts = numbered ? layout("pmNumbered", true) : layout("pmPlain", false);

  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(spec.name)}</dc:title><dc:description>${esc(spec.description)}</dc:description><meta:creation-date>2023-09-15T08:00:00</meta:creation-date><dc:date>2023-09-15T08:00:00</dc:date><meta:initial-creator>ketluan fixtures</meta:initial-creator><dc:creator>ketluan fixtures</dc:creator></office:meta>
<office:settings><config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="Rsid" config:type="int">1</config:config-item><config:config-item config:name="RsidRoot" config:type="int">1</config:config-item></config:config-item-set></office:settings>
<office:font-face-decls>
${fontDecls}
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/><style:text-properties${attrs(
    {
      "style:font-name": d.font,
      "style:font-name-asian": d.font,
      "style:font-name-complex": d.font,
      "fo:font-size": pt(d.sizePt),
      "style:font-size-asian": pt(d.sizePt),
      "style:font-size-complex": pt(d.sizePt),
      "fo:language": "vi",
      "fo:country": "VN",
      "style:language-asian": "vi",
      "style:country-asian": "VN",
      "style:language-complex": "vi",
      "style:country-complex": "VN",
      "fo:color": "#000000",
    },
  )}/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:styles>
<office:automatic-styles>
${P.xml()}${T.xml()}${listStyles}${tableStyles}${layouts}</office:automatic-styles>
<office:master-styles>
${masters}</office:master-styles>
<office:body><office:text>
${bodyXml}</office:text></office:body>
</office:document>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Conversion

function sofficeVersion(): string {
  try {
    return execFileSync("soffice", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("soffice not found: apt-get install -y libreoffice-writer-nogui");
  }
}

export interface FixtureOptions {
  /** Folder of <name>.json specs (default test/fixtures/specs). */
  specDir?: string;
  /** Where the .docx files go (default test/fixtures/libreoffice). */
  outDir?: string;
  /** Only these spec names (all when empty). */
  only?: string[];
  /** Keep the temporary folder. */
  keep?: boolean;
}

/** Converts every spec of specDir (or the named ones) to outDir/<name>.docx with LibreOffice; throws when soffice is
 * missing or no spec matches. */
export function writeLibreOfficeFixtures(options: FixtureOptions = {}): void {
  const { specDir = SPEC_DIR, outDir = OUT_DIR, only = [], keep = false } = options;
  const specs = readdirSync(specDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .filter((f) => only.length === 0 || only.includes(basename(f, ".json")));
  if (specs.length === 0) throw new Error(`no specs matched in ${specDir}`);
  const version = sofficeVersion();
  const tmp = mkdtempSync(join(tmpdir(), "ketluan-lo-"));
  const profile = join(tmp, "lo-profile");
  const fodtDir = join(tmp, "fodt");
  const docxDir = join(tmp, "docx");
  mkdirSync(fodtDir);
  mkdirSync(docxDir);
  mkdirSync(outDir, { recursive: true });

  const fodts = specs.map((f) => {
    const spec = JSON.parse(readFileSync(join(specDir, f), "utf8")) as DocSpec;
    const name = basename(f, ".json");
    if (spec.name !== name) throw new Error(`${f}: spec.name "${spec.name}" differs from the file name`);
    const path = join(fodtDir, `${name}.fodt`);
    writeFileSync(path, specToFodt(spec));
    return { name, path };
  });

  // One soffice run for all files: a fresh profile, no user settings leaking in.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      docxDir,
      ...fodts.map((f) => f.path),
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" } },
  );

  for (const { name } of fodts) {
    const from = join(docxDir, `${name}.docx`);
    const to = join(outDir, `${name}.docx`);
    copyFileSync(from, to);
    console.log(`wrote ${relative(ROOT, to)} (${statSync(to).size} bytes) with ${version}`);
  }
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  try {
    writeLibreOfficeFixtures({ keep: args.includes("--keep"), only: args.filter((a) => !a.startsWith("--")) });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
}
