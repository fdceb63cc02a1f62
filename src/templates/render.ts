/**
 * Renders the shipped .docx templates with docx-templates: a complete draft, or one clause for insertion at the cursor
 * (as a small .docx and as Word's flat-OPC package for `Range.insertOoxml`).
 *
 * Pure: bytes in, bytes out. The caller passes the template's bytes (the CLI reads src/templates/docx/*.docx, the
 * browser bundle imports them as assets), so this module runs unchanged in Node and in the browser.
 *
 * Safety: the drafter's particulars are DATA. Template commands only read data fields (`d.issuer`, `$b.text`); the
 * evaluator below resolves such paths itself, with no eval, no vm and no Function, and refuses anything else. Values
 * are inserted as text: "{{ process.exit() }}", "+++INS x+++" or "${1+1}" end up in the document verbatim. The
 * literal-XML delimiter is a string of control characters that `cleanText` strips from every value, so no value can
 * switch docx-templates into literal XML.
 */
import { createReport } from "docx-templates";
import { strFromU8, unzipSync } from "fflate";
import type { DirectiveSource } from "../directives/types";
import {
  flatOpcPackage,
  MAIN_DOCUMENT_CONTENT_TYPE,
  RELATIONSHIPS_CONTENT_TYPE,
  ROOT_RELATIONSHIPS,
} from "../docx/flat-opc";
import {
  clauseLibrary,
  clauseNeeds,
  draftClauses,
  fill,
  particularVariables,
  summaryText,
  type Clause,
} from "./clauses";
import {
  ALL_NEEDS,
  cleanText,
  ParticularsError,
  resolveParticulars,
  stripIllegal,
  type DraftType,
  type Particulars,
  type ProfileId,
  type ResolvedParticulars,
} from "./particulars";
import { defaultRecipients, formatRecipients } from "./recipients";

export const CMD_DELIMITER: [string, string] = ["{{", "}}"];
/** Never occurs in data: `cleanText` removes U+0001/U+0002 (illegal in XML 1.0) from every value. */
const LITERAL_XML_DELIMITER = "\u0001\u0002";

/** File names of the shipped templates (src/templates/docx/). */
export function draftTemplateName(profile: ProfileId, type: DraftType): string {
  return `${type}-${profile}.docx`;
}
export function clauseTemplateName(profile: ProfileId): string {
  return `clause-${profile}.docx`;
}

/** One body paragraph as the template's FOR loop sees it (exactly one of h1/h2/p is true). */
export interface BodyParagraph {
  h1: boolean;
  h2: boolean;
  p: boolean;
  lead: string;
  text: string;
}

/** The template's data, `d` in the template. Every field is a string, a boolean or an array of them. */
export interface TemplateData {
  hasSuperior: boolean;
  superior: string;
  issuer: string;
  numberLine: string;
  dateLine: string;
  summary: string;
  body: BodyParagraph[];
  recipients: string[];
  authority: string;
  position: string;
  signerName: string;
  /** Clause template only: render the signature and recipients table / the recipient list alone. */
  closingTable: boolean;
  recipientList: boolean;
}

/* ---------- the evaluator: data paths only ---------- */

const PATH = /^(!?)\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)$/;

/** Resolves `a.b.c` or `!a.b` against the sandbox's own properties. Anything else is refused. */
export function evaluatePath(code: string, scope: Record<string, unknown>): unknown {
  const m = PATH.exec(code.trim());
  if (m === null) throw new Error(`Lệnh mẫu không được hỗ trợ / unsupported template command: ${code.trim()}`);
  let value: unknown = scope;
  for (const key of m[2]!.split(".")) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) {
      value = undefined;
      break;
    }
    value = (value as Record<string, unknown>)[key];
  }
  return m[1] === "!" ? !value : value;
}

type RunJs = NonNullable<Parameters<typeof createReport>[0]["runJs"]>;

const runPath: RunJs = ({ sandbox }) => ({
  modifiedSandbox: sandbox,
  result: evaluatePath(String(sandbox.__code__ ?? ""), sandbox),
});

async function renderTemplate(template: Uint8Array, data: TemplateData): Promise<Uint8Array> {
  const out = await createReport({
    template,
    data: { d: data },
    cmdDelimiter: CMD_DELIMITER,
    literalXmlDelimiter: LITERAL_XML_DELIMITER,
    processLineBreaks: true,
    runJs: runPath,
    failFast: true,
    rejectNullish: true,
    indentXml: false,
    compressionLevel: 6,
  });
  return out;
}

/* ---------- data ---------- */

/** Paragraphs of the clauses with every variable filled; item sections are numbered from `firstIndex`. */
function bodyParagraphs(clauses: Clause[], vars: Record<string, string>, firstIndex = 1): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let index = firstIndex - 1;
  for (const c of clauses) {
    if (c.item !== undefined) index++;
    const all = { ...vars, ...(c.vars ?? {}), index: String(index) };
    for (const p of c.paragraphs)
      out.push({
        h1: p.kind === "h1",
        h2: p.kind === "h2",
        p: p.kind === "p",
        lead: stripIllegal(fill(p.lead ?? "", all)),
        text: cleanText(fill(p.text, all)),
      });
  }
  return out;
}

function closingData(
  r: ResolvedParticulars,
): Pick<TemplateData, "recipients" | "authority" | "position" | "signerName"> {
  const lines = r.recipients ?? defaultRecipients(r.profile, r.type, r.names.short);
  return {
    recipients: formatRecipients(r.profile, r.type, lines, r.names.short),
    authority: r.signerAuthority,
    position: r.signerPosition,
    signerName: r.signerName,
  };
}

/** Validates the particulars (one ParticularsError listing every problem) and builds the draft's template data. */
export function draftData(particulars: Particulars, source: DirectiveSource): TemplateData {
  const r = resolveParticulars(
    particulars,
    source.items.map((i) => i.number),
    ALL_NEEDS,
  );
  const vars = particularVariables(source, r);
  return {
    hasSuperior: r.superior !== "",
    superior: r.superior,
    issuer: r.issuer,
    numberLine: r.numberLine,
    dateLine: r.dateLine,
    summary: cleanText(fill(summaryText(r.profile, r.type), vars)),
    body: bodyParagraphs(draftClauses(source, r.profile, r.type, r.items), vars),
    ...closingData(r),
    closingTable: false,
    recipientList: false,
  };
}

/** A complete draft: the template for the particulars' profile and type, filled. */
export async function renderDraft(
  template: Uint8Array,
  particulars: Particulars,
  source: DirectiveSource,
): Promise<Uint8Array> {
  return renderTemplate(template, draftData(particulars, source));
}

/* ---------- clauses ---------- */

export interface RenderedClause {
  clause: Clause;
  /** A small .docx holding just the clause. */
  docx: Uint8Array;
  /** The same as Word's flat-OPC package (pkg:package), for `Range.insertOoxml`. */
  flatOpc: string;
}

export function findClause(source: DirectiveSource, id: string): Clause {
  const c = clauseLibrary(source).find((x) => x.id === id);
  if (c === undefined) throw new ParticularsError([], [{ field: "clause", reason: `không có đoạn mẫu "${id}"` }]);
  return c;
}

/** Template data for one clause; only the particulars the clause uses are required. */
export function clauseData(id: string, particulars: Particulars, source: DirectiveSource): TemplateData {
  const clause = findClause(source, id);
  const r = resolveParticulars(
    particulars,
    source.items.map((i) => i.number),
    clauseNeeds(clause),
  );
  const vars = clause.kind === "body" ? particularVariables(source, r) : {};
  let body: BodyParagraph[] = [];
  if (clause.kind === "body") {
    // an item clause alone keeps the item's position in the source as its number
    const position = source.items.findIndex((i) => i.number === clause.item) + 1;
    body = bodyParagraphs([clause], vars, Math.max(position, 1));
  }
  return {
    hasSuperior: false,
    superior: "",
    issuer: "",
    numberLine: "",
    dateLine: "",
    summary: "",
    body,
    ...(clause.kind === "body" ? { recipients: [], authority: "", position: "", signerName: "" } : closingData(r)),
    closingTable: clause.kind === "closing",
    recipientList: clause.kind === "recipients",
  };
}

/** One clause alone, for insertion at the cursor: as a .docx and as flat OPC for `insertOoxml`. */
export async function renderClause(
  template: Uint8Array,
  id: string,
  particulars: Particulars,
  source: DirectiveSource,
): Promise<RenderedClause> {
  const data = clauseData(id, particulars, source);
  const docx = await renderTemplate(template, data);
  return { clause: findClause(source, id), docx, flatOpc: toFlatOpc(docx) };
}

/**
 * Word's flat-OPC form of a rendered .docx, as `Range.insertOoxml` takes it: a pkg:package with the package
 * relationships, the main document (its final w:sectPr removed, so inserting does not touch the page setup),
 * its relationships and the styles part (the KL* paragraph styles travel with the text).
 */
export function toFlatOpc(docx: Uint8Array): string {
  const files = unzipSync(docx, {
    filter: (f) => f.name === "word/document.xml" || f.name === "word/styles.xml",
  });
  const part = (name: string): string => {
    const bytes = files[name];
    if (bytes === undefined) throw new Error(`rendered package lacks ${name}`);
    return strFromU8(bytes).replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, "");
  };
  const document = part("word/document.xml").replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>(?=\s*<\/w:body>)/, "");
  const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return flatOpcPackage([
    { name: "/_rels/.rels", contentType: RELATIONSHIPS_CONTENT_TYPE, xml: ROOT_RELATIONSHIPS },
    { name: "/word/document.xml", contentType: MAIN_DOCUMENT_CONTENT_TYPE, xml: document },
    {
      name: "/word/_rels/document.xml.rels",
      contentType: RELATIONSHIPS_CONTENT_TYPE,
      xml: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: "/word/styles.xml", contentType: `${wml}.styles+xml`, xml: part("word/styles.xml") },
  ]);
}
