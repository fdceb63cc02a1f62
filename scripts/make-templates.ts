// Builds the shipped .docx templates in src/templates/docx/ from code, so they are reproducible and reviewable:
//   plan-party.docx, report-party.docx, plan-state.docx, report-state.docx  (complete drafts)
//   clause-party.docx, clause-state.docx                                  (one clause, for insertion at the cursor)
// The WordprocessingML is written by hand, the way Word writes it: Times New Roman in docDefaults (no theme needed),
// A4 with the profile's margins, a borderless two-column header table, a centred PAGE field in the default header and
// an empty first-page header (w:titlePg) so numbering starts on page 2, body paragraphs justified with a 12.7 mm
// first-line indent and 6 pt after, a borderless signature / recipients table. Sizes, bold, italic and underline per
// element follow the layout in docs/templates.md (party: HD 36-HD/VPTW; state: NĐ 30/2020/NĐ-CP, Phụ lục I).
//
// Commands use docx-templates with cmdDelimiter ["{{", "}}"]; every command reads a data field (INS/FOR/IF on a
// path such as `d.issuer` or `$b.text`): the drafter's particulars are data, never template code. src/templates/render.ts
// evaluates these paths itself (no eval, no vm), so anything else in a template is refused.
//
// Usage: node -r ./scripts/ts-register.js scripts/make-templates.ts [--check]
//   (--check: fail if the committed files differ from a fresh build)
import * as fs from "node:fs";
import * as path from "node:path";
import { zipSync, strToU8, type Zippable } from "fflate";

const OUT_DIR = path.join(__dirname, "..", "src", "templates", "docx");
const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Fixed zip timestamps: the same sources give the same bytes. */
const MTIME = new Date("2024-01-01T00:00:00Z");

const mm = (v: number): number => Math.round((v * 1440) / 25.4);
const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Profile = "party" | "state";
type DocumentKind = "plan" | "report";

/** Run formatting: size in points (14 is the document default and is not written), bold, italic, underline. */
interface RunFormat {
  sz?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

interface ParagraphFormat {
  style?: string;
  keepNext?: boolean;
  /** Spacing before and after, in points. */
  before?: number;
  after?: number;
  noIndent?: boolean;
  align?: "left" | "center" | "right" | "justify";
  /** Formatting of the paragraph mark. */
  mark?: RunFormat;
}

interface ProfileLayout {
  margins: { top: number; bottom: number; left: number; right: number };
  headerColumnsMm: number[];
  signatureColumnsMm: number[];
  superior: RunFormat;
  issuer: RunFormat;
  number: RunFormat;
  date: RunFormat & { align: "center" };
  typeName: { sz: number };
  summary: { sz: number };
  label: RunFormat;
  recipient: { sz: number };
  pageNumberSz: number;
}

/** Per-profile layout values (docs/templates.md, "Layout"; the rules that check them: docs/rules.md). */
const PROFILES: Record<Profile, ProfileLayout> = {
  party: {
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    headerColumnsMm: [75, 90],
    signatureColumnsMm: [85, 80],
    superior: { sz: 14, bold: false },
    issuer: { sz: 14, bold: true },
    number: { sz: 14 },
    date: { sz: 14, align: "center" },
    typeName: { sz: 16 },
    summary: { sz: 14 },
    label: { sz: 14, bold: false, italic: false, underline: true },
    recipient: { sz: 12 },
    pageNumberSz: 14,
  },
  state: {
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    headerColumnsMm: [68, 97],
    signatureColumnsMm: [85, 80],
    superior: { sz: 13, bold: false },
    issuer: { sz: 13, bold: true },
    number: { sz: 13 },
    date: { sz: 14, align: "center" },
    typeName: { sz: 14 },
    summary: { sz: 14 },
    label: { sz: 12, bold: true, italic: true, underline: false },
    recipient: { sz: 11 },
    pageNumberSz: 14,
  },
};

const TYPE_NAMES: Record<DocumentKind, string> = { plan: "KẾ HOẠCH", report: "BÁO CÁO" };

/* ---------- WordprocessingML helpers ---------- */

/** Run properties in the schema's order (b, i, sz, u), as Word requires. */
function rPr(f: RunFormat = {}): string {
  let x = "";
  if (f.bold) x += "<w:b/><w:bCs/>";
  if (f.italic) x += "<w:i/><w:iCs/>";
  if (f.sz !== undefined && f.sz !== 14) x += `<w:sz w:val="${f.sz * 2}"/><w:szCs w:val="${f.sz * 2}"/>`;
  if (f.underline) x += '<w:u w:val="single"/>';
  return x === "" ? "" : `<w:rPr>${x}</w:rPr>`;
}

/** A run of literal text. */
const run = (text: string, f?: RunFormat): string => `<w:r>${rPr(f)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
/** A run holding one template command, formatted like the text it produces. */
const cmd = (command: string, f?: RunFormat): string => run(`{{${command}}}`, f);

function pPr(o: ParagraphFormat = {}): string {
  let x = "";
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += "<w:keepNext/>";
  if (o.before !== undefined || o.after !== undefined)
    x += `<w:spacing w:before="${(o.before ?? 0) * 20}" w:after="${(o.after ?? 0) * 20}"/>`;
  if (o.noIndent) x += '<w:ind w:firstLine="0"/>';
  if (o.align) x += `<w:jc w:val="${o.align === "justify" ? "both" : o.align}"/>`;
  // the paragraph mark carries the size of its text, as in Word
  const mark = rPr(o.mark ?? {});
  if (mark !== "") x += mark;
  return x === "" ? "" : `<w:pPr>${x}</w:pPr>`;
}

const para = (content: string, o?: ParagraphFormat): string => `<w:p>${pPr(o)}${content}</w:p>`;
/** A paragraph holding only a command (FOR, END-FOR, IF, END-IF): docx-templates drops it from the output. */
const cmdPara = (command: string, o: ParagraphFormat = {}): string => para(cmd(command, o.mark), o);

function borderlessTable(columnsMm: number[], cells: string[]): string {
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="nil"/>`).join("");
  const grid = columnsMm.map((w) => `<w:gridCol w:w="${mm(w)}"/>`).join("");
  const tcs = cells
    .map((content, i) => `<w:tc><w:tcPr><w:tcW w:w="${mm(columnsMm[i]!)}" w:type="dxa"/></w:tcPr>${content}</w:tc>`)
    .join("");
  const total = mm(columnsMm.reduce((a, b) => a + b, 0));
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblInd w:w="-108" w:type="dxa"/>` +
    `<w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid><w:tr>${tcs}</w:tr></w:tbl>`
  );
}

/* ---------- parts ---------- */

function stylesXml(): string {
  const body = `<w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
    `<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="KLBody"><w:name w:val="KL Nội dung"/><w:basedOn w:val="Normal"/><w:qFormat/>${body}</w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="KLHeading1"><w:name w:val="KL Mục lớn"/><w:basedOn w:val="KLBody"/><w:next w:val="KLBody"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="KLHeading2"><w:name w:val="KL Mục nhỏ"/><w:basedOn w:val="KLBody"/><w:next w:val="KLBody"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

function settingsXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}">` +
    `<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `</w:settings>`
  );
}

function pageNumberHeader(sz: number): string {
  const f = rPr({ sz });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
    `<w:p><w:pPr><w:jc w:val="center"/>${f}</w:pPr>` +
    `<w:r>${f}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${f}<w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>` +
    `<w:r>${f}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${f}<w:t>2</w:t></w:r><w:r>${f}<w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`
  );
}

const EMPTY_HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:hdr>`;

function sectPr(profile: Profile, withHeaders: boolean): string {
  const m = PROFILES[profile].margins;
  const refs = withHeaders
    ? `<w:headerReference w:type="default" r:id="rIdHeaderDefault"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`
    : "";
  return (
    `<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="${mm(m.top)}" w:right="${mm(m.right)}" w:bottom="${mm(m.bottom)}" w:left="${mm(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `<w:cols w:space="720"/>${withHeaders ? "<w:titlePg/>" : ""}<w:docGrid w:linePitch="381"/></w:sectPr>`
  );
}

/* ---------- blocks ---------- */

/** The body: a FOR loop over `d.body`, one paragraph style per kind (h1 "I. ...", h2 "1. ...", p running text). */
function bodyLoop(): string {
  return [
    cmdPara("FOR b IN d.body"),
    cmdPara("IF $b.h1"),
    para(cmd("INS $b.text"), { style: "KLHeading1" }),
    cmdPara("END-IF"),
    cmdPara("IF $b.h2"),
    para(cmd("INS $b.text"), { style: "KLHeading2" }),
    cmdPara("END-IF"),
    cmdPara("IF $b.p"),
    para(cmd("INS $b.lead", { italic: true }) + cmd("INS $b.text"), { style: "KLBody" }),
    cmdPara("END-IF"),
    cmdPara("END-FOR b"),
  ].join("");
}

function headerTable(profile: Profile): string {
  const P = PROFILES[profile];
  const c = (f: RunFormat): ParagraphFormat => ({ align: "center", mark: f });
  let left =
    cmdPara("IF d.hasSuperior", c(P.superior)) +
    para(cmd("INS d.superior", P.superior), c(P.superior)) +
    cmdPara("END-IF", c(P.superior)) +
    para(cmd("INS d.issuer", P.issuer), c(P.issuer));
  let right: string;
  if (profile === "party") {
    left += para(run("*", {}), c({})) + para(cmd("INS d.numberLine", P.number), c(P.number));
    const title = { sz: 15, bold: true, underline: true };
    right =
      para(run("ĐẢNG CỘNG SẢN VIỆT NAM", title), { align: "right", mark: title }) +
      para("", { align: "right" }) +
      para(cmd("INS d.dateLine", { italic: true }), { align: "right", mark: { italic: true } });
  } else {
    // NĐ 30: a short line under the issuing body (a third to a half of its width); a paragraph of dashes rather than
    // a drawn shape, so the checker (and a screen reader) can see it.
    const line = { sz: 8 };
    left +=
      para(run("————————", line), { align: "center", mark: line }) +
      para(cmd("INS d.numberLine", P.number), { align: "center", mark: P.number });
    const national = { sz: 12, bold: true };
    const motto = { sz: 13, bold: true, underline: true };
    right =
      para(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", national), c(national)) +
      para(run("Độc lập - Tự do - Hạnh phúc", motto), c(motto)) +
      para(cmd("INS d.dateLine", { italic: true }), { align: "center", before: 6, mark: { italic: true } });
  }
  return borderlessTable(P.headerColumnsMm, [left, right]);
}

function titleBlock(profile: Profile, type: DocumentKind): string {
  const P = PROFILES[profile];
  const typeF = { sz: P.typeName.sz, bold: true };
  const sumF = { sz: P.summary.sz, bold: true };
  return (
    para(run(TYPE_NAMES[type], typeF), { align: "center", before: 18, mark: typeF }) +
    para(cmd("INS d.summary", sumF), { align: "center", mark: sumF }) +
    (profile === "party"
      ? para(run("-----", {}), { align: "center", after: 12 }) // HD 36: "-----" under the trích yếu
      : para(run("————————", { sz: 8 }), { align: "center", after: 12, mark: { sz: 8 } })) // NĐ 30: a short line
  );
}

/** Recipient lines: a FOR loop over `d.recipients` (each line already punctuated for the profile). */
function recipientLines(profile: Profile): string {
  const P = PROFILES[profile];
  const f = { sz: P.recipient.sz };
  return (
    para(run("Nơi nhận:", P.label), { align: "left", mark: P.label }) +
    cmdPara("FOR r IN d.recipients", { mark: f }) +
    para(cmd("INS $r", f), { align: "left", mark: f }) +
    cmdPara("END-FOR r", { mark: f })
  );
}

function signatureLines(): string {
  const b = { bold: true };
  const c = (f: RunFormat): ParagraphFormat => ({ align: "center", mark: f });
  return (
    para(cmd("INS d.authority", b), c(b)) +
    para(cmd("INS d.position", b), c(b)) +
    para("", c({})) +
    para("", c({})) +
    para("", c({})) +
    para("", c({})) +
    para(cmd("INS d.signerName", b), c(b))
  );
}

function closingTable(profile: Profile, { recipients = true, signature = true } = {}): string {
  const P = PROFILES[profile];
  return borderlessTable(P.signatureColumnsMm, [
    recipients ? recipientLines(profile) : para("", {}),
    signature ? signatureLines() : para("", {}),
  ]);
}

/* ---------- documents ---------- */

function draftDocumentXml(profile: Profile, type: DocumentKind): string {
  const body =
    headerTable(profile) +
    titleBlock(profile, type) +
    bodyLoop() +
    para("", { after: 6 }) +
    closingTable(profile) +
    sectPr(profile, true);
  return documentXml(body);
}

/** One clause: its paragraphs, and optionally the closing table or the recipient list alone. */
function clauseDocumentXml(profile: Profile): string {
  const body =
    bodyLoop() +
    cmdPara("IF d.closingTable") +
    closingTable(profile) +
    cmdPara("END-IF") +
    cmdPara("IF d.recipientList") +
    recipientLines(profile) +
    cmdPara("END-IF") +
    sectPr(profile, false);
  return documentXml(body);
}

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}</w:body></w:document>`;
}

function coreXml(title: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(title)}</dc:title><dc:creator>ketluan</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`
  );
}

function packageFiles(documentXmlText: string, profile: Profile, withHeaders: boolean, title: string): Uint8Array {
  const ct = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${ct}.styles+xml"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${ct}.settings+xml"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
  ];
  const rel = (id: string, type: string, target: string): string =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const docRels = [rel("rIdStyles", "styles", "styles.xml"), rel("rIdSettings", "settings", "settings.xml")];
  const files: Record<string, string> = {
    "word/document.xml": documentXmlText,
    "word/styles.xml": stylesXml(),
    "word/settings.xml": settingsXml(),
    "docProps/core.xml": coreXml(title),
  };
  if (withHeaders) {
    files["word/header1.xml"] = pageNumberHeader(PROFILES[profile].pageNumberSz);
    files["word/header2.xml"] = EMPTY_HEADER;
    overrides.push(`<Override PartName="/word/header1.xml" ContentType="${ct}.header+xml"/>`);
    overrides.push(`<Override PartName="/word/header2.xml" ContentType="${ct}.header+xml"/>`);
    docRels.push(rel("rIdHeaderDefault", "header", "header1.xml"), rel("rIdHeaderFirst", "header", "header2.xml"));
  }
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  files["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `</Relationships>`;
  files["word/_rels/document.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join("")}</Relationships>`;
  // fixed order: [Content_Types].xml first, like Word
  const ordered: Zippable = {};
  for (const name of ["[Content_Types].xml", "_rels/.rels", ...Object.keys(files).sort()])
    if (!(name in ordered)) ordered[name] = [strToU8(files[name]!), { mtime: MTIME }];
  return zipSync(ordered, { level: 9, mtime: MTIME });
}

export function buildAll(): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const profile of ["party", "state"] as const) {
    for (const type of ["plan", "report"] as const) {
      const title = `Mẫu ${TYPE_NAMES[type].toLowerCase()} thực hiện Kết luận (${profile === "party" ? "Đảng" : "Nhà nước"})`;
      out[`${type}-${profile}.docx`] = packageFiles(draftDocumentXml(profile, type), profile, true, title);
    }
    const title = `Đoạn mẫu (${profile === "party" ? "Đảng" : "Nhà nước"})`;
    out[`clause-${profile}.docx`] = packageFiles(clauseDocumentXml(profile), profile, false, title);
  }
  return out;
}

function main(): void {
  const check = process.argv.includes("--check");
  const built = buildAll();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  let stale = 0;
  for (const [name, bytes] of Object.entries(built)) {
    const file = path.join(OUT_DIR, name);
    if (check) {
      const same = fs.existsSync(file) && Buffer.compare(fs.readFileSync(file), Buffer.from(bytes)) === 0;
      if (!same) {
        stale++;
        process.stderr.write(`stale: ${path.relative(process.cwd(), file)}\n`);
      }
    } else {
      fs.writeFileSync(file, bytes);
      process.stdout.write(`${path.relative(process.cwd(), file)} (${bytes.length} bytes)\n`);
    }
  }
  if (stale > 0) {
    process.stderr.write(
      "Run `node -r ./scripts/ts-register.js scripts/make-templates.ts` to rebuild the templates.\n",
    );
    process.exitCode = 1;
  }
}

if (require.main === module) main();
