/**
 * Read a WordprocessingML package (a .docx file or Word's flat-OPC XML) into the document model.
 * Pure: no file system, no DOM, no Office; the CLI, the browser page and the task pane all call this.
 */
import type {
  Alignment,
  DocumentModel,
  Drawing,
  HeaderFooterInfo,
  Paragraph,
  Run,
  RunFormat,
  Section,
  TableCellPosition,
} from "../model/document";
import { nfc } from "../model/text";
import { collectDrawings, type DrawingContext } from "./drawings";
import { DocxReadError } from "./errors";
import { readNumbering, type Numbering } from "./numbering";
import { mainDocumentPart, openDocxPackage, openFlatOpcPackage, relationships, type OpcPackage } from "./package";
import { onOff, parseParaProps, parseRunProps, parseThemeFonts, StyleResolver, twipsToMm } from "./styles";
import { child, type XmlElement } from "./xml";
import type { InflateRaw, ZipLimits } from "./zip";

export interface ReadOptions {
  zipLimits?: Partial<ZipLimits>;
  /** A native raw-deflate decoder from the host (Node's zlib in the CLI); fflate otherwise. */
  inflateRaw?: InflateRaw;
}

/** Read .docx bytes, or flat-OPC XML bytes/text (detected from the content, not from a file name). */
export function readDocument(input: Uint8Array | string, options: ReadOptions = {}): DocumentModel {
  if (typeof input === "string") return readPackage(openFlatOpcPackage(input));
  if (input.length === 0) throw new DocxReadError("empty", "Tệp rỗng (0 byte) / the file is empty (0 bytes)");
  if (looksLikeXml(input)) return readPackage(openFlatOpcPackage(new TextDecoder("utf-8").decode(input)));
  return readPackage(openDocxPackage(input, options.zipLimits, options.inflateRaw));
}

/** Whether bytes are XML (flat OPC) rather than a zip: "<" first, after a BOM and white space. */
export function looksLikeXml(b: Uint8Array): boolean {
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < b.length && i < 64 && (b[i] === 0x20 || b[i] === 0x0a || b[i] === 0x0d || b[i] === 0x09)) i++;
  return b[i] === 0x3c; /* < */
}

/** One piece of a paragraph's text as the reader builds it: which element gives which characters. */
export interface TextSegment {
  /** The characters it adds, before NFC normalisation (empty for an empty w:t or a symbol without a readable code). */
  text: string;
  /** "text" is a w:t's own content; the others are characters the reader writes for an element. */
  kind: "text" | "tab" | "break" | "hyphen" | "symbol";
  /** The w:t, w:tab / w:ptab, w:br / w:cr, w:noBreakHyphen or w:sym. */
  element: XmlElement;
}

/** Where a model paragraph comes from in the main part's XML. */
export interface ParagraphLocation {
  /** The w:p element. */
  element: XmlElement;
  /** Its w:r elements in reading order (through hyperlinks, content controls, insertions...), runs without text too. */
  runs: XmlElement[];
  /** Its text piece by piece: the segments' texts joined are the paragraph's text before NFC normalisation. */
  segments: TextSegment[];
}

/** Where the body's paragraphs and sections come from: produced by the same walk as the model, only when asked. */
export interface BodyLocations {
  /** paragraphs[i] is where model.paragraphs[i] comes from. */
  paragraphs: ParagraphLocation[];
  /** sectPrs[i] is the w:sectPr of model.sections[i], undefined when the body has none. */
  sectPrs: (XmlElement | undefined)[];
}

export function readPackage(pkg: OpcPackage): DocumentModel {
  return readBody(pkg, false).model;
}

/** The model, and where each of its paragraphs and sections comes from in the main part's XML. */
export function readLocatedPackage(pkg: OpcPackage): { model: DocumentModel; locations: BodyLocations } {
  const { model, walker } = readBody(pkg, true);
  return { model, locations: { paragraphs: walker.locations ?? [], sectPrs: walker.sectPrs } };
}

function readBody(pkg: OpcPackage, locate: boolean): { model: DocumentModel; walker: BodyWalker } {
  const mainPart = mainDocumentPart(pkg);
  const document = pkg.xml(mainPart);
  if (document === undefined) {
    throw new DocxReadError(
      "missing-part",
      "Tệp thiếu phần nội dung chính / the main document part is missing",
      mainPart,
    );
  }
  const body = child(document, "w:body");
  if (body === undefined) {
    throw new DocxReadError(
      "missing-part",
      "Phần nội dung chính không có thân văn bản (w:body) / the main document part has no body",
      mainPart,
    );
  }
  const rels = relationships(pkg, mainPart);
  const relTarget = (suffix: string): string | undefined =>
    rels.find((r) => r.type.endsWith(suffix) && r.target !== undefined)?.target;
  const stylesPart = relTarget("/styles") ?? (pkg.has("word/styles.xml") ? "word/styles.xml" : undefined);
  const themePart = relTarget("/theme") ?? (pkg.has("word/theme/theme1.xml") ? "word/theme/theme1.xml" : undefined);
  const stylesXml = stylesPart === undefined ? undefined : pkg.xml(stylesPart);
  const styles = new StyleResolver(
    stylesXml,
    parseThemeFonts(themePart === undefined ? undefined : pkg.xml(themePart)),
  );
  const numberingPart = relTarget("/numbering") ?? "word/numbering.xml";
  const numbering = readNumbering(() => pkg.xml(numberingPart), stylesXml);

  const walker = new BodyWalker(styles, locate, numbering);
  walker.walkBlocks(body, undefined);
  const settingsPart = relTarget("/settings") ?? (pkg.has("word/settings.xml") ? "word/settings.xml" : undefined);
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  // Word's body OOXML snippets can omit the final w:sectPr: that section's page setup is then "unknown".
  const settings = settingsPart === undefined ? undefined : pkg.xml(settingsPart);
  // Even-page headers and footers show only when settings.xml turns them on (ECMA-376 17.10.1, evenAndOddHeaders).
  const evenAndOdd = onOff(child(settings, "w:evenAndOddHeaders")) === true;
  const sections = walker.sectPrs.map((sp, i) => readSection(pkg, sp, i, byId, styles, evenAndOdd));
  inheritHeaders(sections);
  const base = styles.paragraphBase(styles.paragraphStyleId(undefined), undefined);
  const model: DocumentModel = {
    paragraphs: walker.paragraphs,
    sections,
    defaults: styles.runFormat(base, undefined, {}, "a"),
    source: pkg.kind,
    defaultTabStopMm: defaultTabStop(settings),
  };
  return { model, walker };
}

/** Word's default tab interval, 0.5 inch (720 twips) unless settings.xml says otherwise (ECMA-376 17.15.1.25). */
function defaultTabStop(settings: XmlElement | undefined): number {
  const v = parseFloat(child(settings, "w:defaultTabStop")?.attrs["w:val"] ?? "");
  return Number.isFinite(v) && v > 0 ? twipsToMm(v) : 12.7;
}

/* ---------- body ---------- */

interface FieldRecord {
  instr: string;
  format: RunFormat | undefined;
}

/** Open complex fields (w:fldChar begin … separate … end), innermost last; they may span runs and paragraphs. */
interface FieldState {
  stack: { inCode: boolean; instr: string; record: FieldRecord | undefined }[];
}

interface CollectedParagraph {
  text: string;
  runs: Run[];
  /** Field instructions seen in this paragraph (for PAGE detection in headers). */
  fields: FieldRecord[];
  /** Shapes in the paragraph's runs, when the caller asked for them. */
  drawings: Drawing[];
}

class BodyWalker {
  readonly paragraphs: Paragraph[] = [];
  /** One entry per section; the last one is the body's final w:sectPr (undefined when absent). */
  readonly sectPrs: (XmlElement | undefined)[] = [];
  /** One entry per paragraph, when the caller asked where the paragraphs come from. */
  readonly locations: ParagraphLocation[] | undefined;
  private topLevelTables = 0;
  private readonly field: FieldState = { stack: [] };
  private readonly drawingContext: DrawingContext;

  constructor(
    private readonly styles: StyleResolver,
    locate: boolean,
    private readonly numbering: Numbering | undefined,
  ) {
    this.locations = locate ? [] : undefined;
    this.drawingContext = {
      shapeTypes: new Map(),
      // A text box's paragraphs are read like body paragraphs, with their own field state: they are not body
      // paragraphs (Word's body.paragraphs does not list them) and their fields do not run into the body's.
      paragraphText: (p) => {
        const styleId = styles.paragraphStyleId(child(child(p, "w:pPr"), "w:pStyle")?.attrs["w:val"]);
        return collectRuns(p, styles, styles.paragraphBase(styleId, undefined), { stack: [] }, undefined, undefined)
          .text;
      },
    };
  }

  walkBlocks(container: XmlElement, cell: CellContext | undefined): void {
    for (const el of container.children) {
      if (typeof el === "string") continue;
      switch (el.name) {
        case "w:p":
          this.paragraph(el, cell);
          break;
        case "w:tbl":
          this.table(el, cell);
          break;
        case "w:sdt":
          this.walkBlocks(child(el, "w:sdtContent") ?? el, cell);
          break;
        case "w:customXml":
        case "w:ins":
        case "w:moveTo":
          this.walkBlocks(el, cell);
          break;
        case "w:sectPr":
          if (cell === undefined) this.sectPrs.push(el);
          break;
      }
    }
    if (container.name === "w:body" && child(container, "w:sectPr") === undefined) this.sectPrs.push(undefined);
  }

  private table(tbl: XmlElement, outer: CellContext | undefined): void {
    const tableIndex = outer === undefined ? this.topLevelTables++ : outer.position.table;
    const depth = outer === undefined ? 1 : outer.position.depth + 1;
    const tableStyle = child(child(tbl, "w:tblPr"), "w:tblStyle")?.attrs["w:val"];
    let row = 0;
    for (const tr of wrappedChildren(tbl, "w:tr")) {
      const cells = wrappedChildren(tr, "w:tc");
      cells.forEach((tc, column) => {
        const vMerge = child(child(tc, "w:tcPr"), "w:vMerge");
        // A w:vMerge without a value continues the cell above (ECMA-376 17.4.85).
        const verticalMerge =
          vMerge === undefined ? undefined : vMerge.attrs["w:val"] === "restart" ? "restart" : "continue";
        this.walkBlocks(tc, {
          tableStyle,
          position: {
            table: tableIndex,
            row,
            column,
            columnCount: cells.length,
            depth,
            ...(verticalMerge === undefined ? {} : { verticalMerge }),
          },
        });
      });
      row++;
    }
  }

  private paragraph(p: XmlElement, cell: CellContext | undefined): void {
    const pPr = child(p, "w:pPr");
    const styleId = this.styles.paragraphStyleId(child(pPr, "w:pStyle")?.attrs["w:val"]);
    const base = this.styles.paragraphBase(styleId, cell?.tableStyle);
    const direct = parseParaProps(pPr);
    const format = this.styles.paragraphFormat(base, direct, styleId);
    const numId = direct.numId ?? base.para.numId;
    if (format.numbered && numId !== undefined && this.numbering !== undefined) {
      const item = this.numbering.next(numId, direct.numLevel ?? base.para.numLevel, styleId);
      if (item !== undefined) {
        format.listLabel = item.label;
        format.listLevel = item.level;
      }
    }
    let location: ParagraphLocation | undefined;
    if (this.locations !== undefined) {
      location = { element: p, runs: [], segments: [] };
      this.locations.push(location);
    }
    const collected = collectRuns(p, this.styles, base, this.field, this.drawingContext, location);
    // the format object is this paragraph's own (paragraphFormat makes a new one): completed in place, since copying
    // it with a spread took a fifth of the reading (its optional fields give it many shapes)
    const paragraph = format as Paragraph;
    paragraph.index = this.paragraphs.length;
    paragraph.text = nfc(collected.text);
    paragraph.runs = collected.runs;
    paragraph.cell = cell?.position;
    paragraph.section = this.sectPrs.length;
    if (collected.drawings.length > 0) paragraph.drawings = collected.drawings;
    this.paragraphs.push(paragraph);
    // A w:sectPr in the paragraph mark ends a section (inside a table cell it is not allowed; ignore it there).
    const sectPr = child(pPr, "w:sectPr");
    if (sectPr !== undefined && cell === undefined) this.sectPrs.push(sectPr);
  }
}

interface CellContext {
  tableStyle: string | undefined;
  position: TableCellPosition;
}

/** Children named `name` (a table's rows, a row's cells), looking through w:sdt / w:customXml / w:ins wrappers. */
function wrappedChildren(el: XmlElement, name: "w:tr" | "w:tc"): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else if (c.name === "w:sdt" || c.name === "w:customXml" || c.name === "w:ins") {
      out.push(...wrappedChildren(child(c, "w:sdtContent") ?? c, name));
    }
  }
  return out;
}

/** Inline containers whose runs are part of the paragraph's visible text. */
const INLINE_CONTAINERS: ReadonlySet<string> = new Set([
  "w:hyperlink",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);

function collectRuns(
  p: XmlElement,
  styles: StyleResolver,
  base: ReturnType<StyleResolver["paragraphBase"]>,
  field: FieldState,
  drawings: DrawingContext | undefined,
  location: ParagraphLocation | undefined,
): CollectedParagraph {
  const out: CollectedParagraph = { text: "", runs: [], fields: [], drawings: [] };

  const visit = (container: XmlElement): void => {
    for (const el of container.children) {
      if (typeof el === "string") continue;
      if (el.name === "w:r") run(el);
      else if (el.name === "w:sdt") visit(child(el, "w:sdtContent") ?? el);
      else if (INLINE_CONTAINERS.has(el.name)) {
        if (el.name === "w:fldSimple") {
          const first = firstRun(el);
          out.fields.push({
            instr: el.attrs["w:instr"] ?? "",
            format: first === undefined ? undefined : formatOf(first, ""),
          });
        }
        visit(el);
      } else if (el.name === "mc:AlternateContent" && drawings !== undefined) {
        // Shapes only (never runs or text) when the choice wraps whole runs.
        collectDrawings(el, drawings, out.drawings);
      }
      // w:del, w:moveFrom (deleted text), w:proofErr, bookmarks, comments: not visible text.
    }
  };

  const formatOf = (r: XmlElement, text: string): RunFormat => {
    const rPr = child(r, "w:rPr");
    return styles.runFormat(base, child(rPr, "w:rStyle")?.attrs["w:val"], parseRunProps(rPr), text);
  };

  const run = (r: XmlElement): void => {
    location?.runs.push(r);
    let text = "";
    for (const c of r.children) {
      if (typeof c === "string") continue;
      switch (c.name) {
        case "w:fldChar": {
          const t = c.attrs["w:fldCharType"];
          if (t === "begin") field.stack.push({ inCode: true, instr: "", record: undefined });
          else if (t === "separate") {
            const top = field.stack[field.stack.length - 1];
            if (top !== undefined) top.inCode = false;
          } else if (t === "end") field.stack.pop();
          break;
        }
        case "w:instrText": {
          const top = field.stack[field.stack.length - 1];
          if (top === undefined) break;
          top.instr += textOf(c);
          if (top.record === undefined) {
            // The field takes the formatting of the run holding its code (Word formats the result the same way).
            top.record = { instr: top.instr, format: formatOf(r, "1") };
            out.fields.push(top.record);
          } else top.record.instr = top.instr;
          break;
        }
        default:
          if (field.stack[field.stack.length - 1]?.inCode === true) break; // inside a field's code, not its result
          switch (c.name) {
            case "w:t": {
              const t = textOf(c);
              text += t;
              location?.segments.push({ text: t, kind: "text", element: c });
              break;
            }
            case "w:tab":
            case "w:ptab":
              text += "\t";
              location?.segments.push({ text: "\t", kind: "tab", element: c });
              break;
            case "w:br":
            case "w:cr":
              if (c.attrs["w:type"] !== "page" && c.attrs["w:type"] !== "column") {
                text += "\n";
                location?.segments.push({ text: "\n", kind: "break", element: c });
              }
              break;
            case "w:noBreakHyphen":
              text += "-";
              location?.segments.push({ text: "-", kind: "hyphen", element: c });
              break;
            case "w:sym": {
              const code = parseInt(c.attrs["w:char"] ?? "", 16);
              const symbol = Number.isFinite(code) ? String.fromCharCode(code >= 0xf000 ? code - 0xf000 : code) : "";
              text += symbol;
              location?.segments.push({ text: symbol, kind: "symbol", element: c });
              break;
            }
            // A shape's own text (a text box) is not the paragraph's text: only the shape is recorded.
            case "w:drawing":
            case "w:pict":
            case "mc:AlternateContent":
              if (drawings !== undefined) collectDrawings(c, drawings, out.drawings);
              break;
          }
      }
    }
    if (text === "") return;
    out.text += text;
    const fmt = formatOf(r, text);
    const prev = out.runs[out.runs.length - 1];
    if (prev !== undefined && sameFormat(prev, fmt)) prev.text += text;
    else {
      // a new object from runFormat, completed in place (see the paragraph's)
      const next = fmt as Run;
      next.text = text;
      out.runs.push(next);
    }
  };

  visit(p);
  for (const r of out.runs) r.text = nfc(r.text);
  return out;
}

function firstRun(el: XmlElement): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === "w:r") return c;
    const inner = firstRun(c);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function textOf(el: XmlElement): string {
  let s = "";
  for (const c of el.children) if (typeof c === "string") s += c;
  return s;
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return (
    a.font === b.font &&
    a.sizePt === b.sizePt &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.color === b.color &&
    a.caps === b.caps &&
    a.vertAlign === b.vertAlign
  );
}

/* ---------- sections, headers and footers ---------- */

/** A section whose page setup could not be read (no w:sectPr): the page rules say so instead of guessing. */
export function unknownSection(index: number): Section {
  return {
    index,
    pageWidthMm: 0,
    pageHeightMm: 0,
    orientation: "portrait",
    margins: { topMm: 0, bottomMm: 0, leftMm: 0, rightMm: 0 },
    differentFirstPage: false,
    headers: [],
    footers: [],
    known: false,
  };
}

function readSection(
  pkg: OpcPackage,
  sectPr: XmlElement | undefined,
  index: number,
  relsById: Map<string, string | undefined>,
  styles: StyleResolver,
  evenAndOdd: boolean,
): Section {
  if (sectPr === undefined) return unknownSection(index);
  const pgSz = child(sectPr, "w:pgSz");
  const pgMar = child(sectPr, "w:pgMar");
  const n = (el: XmlElement | undefined, a: string, dflt: number): number => {
    const v = parseFloat(el?.attrs["w:" + a] ?? "");
    return Number.isFinite(v) ? v : dflt;
  };
  // Without w:pgSz Word lays the section out on US Letter with 1-inch margins (its built-in defaults).
  const w = n(pgSz, "w", 12240);
  const h = n(pgSz, "h", 15840);
  const titlePg = child(sectPr, "w:titlePg");
  const pgStart = parseInt(child(sectPr, "w:pgNumType")?.attrs["w:start"] ?? "", 10);
  const refs = (name: string, part: "header" | "footer"): HeaderFooterInfo[] => {
    const out: HeaderFooterInfo[] = [];
    for (const ref of sectPr.children) {
      if (typeof ref === "string" || ref.name !== name) continue;
      const target = relsById.get(ref.attrs["r:id"] ?? "");
      const kind = (ref.attrs["w:type"] ?? "default") as HeaderFooterInfo["kind"];
      if (kind === "even" && !evenAndOdd) continue; // never shown: Word uses the default one on every page
      const root = target === undefined ? undefined : pkg.xml(target);
      out.push(readHeaderFooter(root, kind === "first" || kind === "even" ? kind : "default", styles, part));
    }
    return out;
  };
  const section: Section = {
    index,
    pageWidthMm: twipsToMm(w),
    pageHeightMm: twipsToMm(h),
    orientation: pgSz?.attrs["w:orient"] === "landscape" || w > h ? "landscape" : "portrait",
    margins: {
      topMm: twipsToMm(Math.abs(n(pgMar, "top", 1440))),
      bottomMm: twipsToMm(Math.abs(n(pgMar, "bottom", 1440))),
      leftMm: twipsToMm(n(pgMar, "left", 1440)),
      rightMm: twipsToMm(n(pgMar, "right", 1440)),
      ...(pgMar?.attrs["w:header"] === undefined ? {} : { headerMm: twipsToMm(n(pgMar, "header", 0)) }),
      ...(pgMar?.attrs["w:footer"] === undefined ? {} : { footerMm: twipsToMm(n(pgMar, "footer", 0)) }),
    },
    differentFirstPage: onOff(titlePg) === true,
    headers: refs("w:headerReference", "header"),
    footers: refs("w:footerReference", "footer"),
    known: true,
  };
  if (Number.isFinite(pgStart)) section.pageNumberStart = pgStart;
  return section;
}

const PAGE_FIELD = /^\s*PAGE(\s|\\|$)/i;

function readHeaderFooter(
  root: XmlElement | undefined,
  kind: HeaderFooterInfo["kind"],
  styles: StyleResolver,
  _part: "header" | "footer",
): HeaderFooterInfo {
  const info: HeaderFooterInfo = {
    kind,
    hasPageNumber: false,
    pageNumberAlignment: undefined,
    pageNumberSizePt: undefined,
    text: "",
  };
  if (root === undefined) return info;
  const texts: string[] = [];
  const field: FieldState = { stack: [] };
  const visitBlocks = (container: XmlElement): void => {
    for (const el of container.children) {
      if (typeof el === "string") continue;
      if (el.name === "w:p") {
        const pPr = child(el, "w:pPr");
        const styleId = styles.paragraphStyleId(child(pPr, "w:pStyle")?.attrs["w:val"]);
        const base = styles.paragraphBase(styleId, undefined);
        const collected = collectRuns(el, styles, base, field, undefined, undefined);
        texts.push(collected.text);
        const page = collected.fields.find((f) => PAGE_FIELD.test(f.instr));
        if (page !== undefined && !info.hasPageNumber) {
          info.hasPageNumber = true;
          info.pageNumberAlignment = styles.paragraphFormat(base, parseParaProps(pPr), styleId).alignment as Alignment;
          info.pageNumberSizePt = page.format?.sizePt;
          info.pageNumberFont = page.format?.font;
          info.pageNumberParagraph = nfc(collected.text);
        }
        // Text boxes and frames in headers hold page numbers too.
        for (const tx of findAll(el, "w:txbxContent")) visitBlocks(tx);
      } else if (el.name === "w:sdt") visitBlocks(child(el, "w:sdtContent") ?? el);
      else if (el.name === "w:tbl") {
        for (const tr of wrappedChildren(el, "w:tr")) for (const tc of wrappedChildren(tr, "w:tc")) visitBlocks(tc);
      }
    }
  };
  visitBlocks(root);
  info.text = nfc(texts.join("\n"));
  return info;
}

/** Descendants named `name`; of an mc:AlternateContent only the first choice (the fallback repeats the shape). */
function findAll(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else if (c.name === "mc:AlternateContent") {
      const pick = child(c, "mc:Choice") ?? child(c, "mc:Fallback");
      if (pick !== undefined) findAll(pick, name, out);
    } else findAll(c, name, out);
  }
  return out;
}

/** A section without its own header of a kind inherits the previous section's (ECMA-376 §17.10.5). */
function inheritHeaders(sections: Section[]): void {
  for (let i = 1; i < sections.length; i++) {
    const prev = sections[i - 1]!;
    const cur = sections[i]!;
    for (const key of ["headers", "footers"] as const) {
      for (const h of prev[key]) if (!cur[key].some((x) => x.kind === h.kind)) cur[key].push(h);
    }
  }
}
