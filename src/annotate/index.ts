/**
 * `annotateDocument`: a copy of a .docx with the check's findings as Word comments (`ketluan check --annotate`).
 * Pure: bytes in, bytes out, no file system, no clock (the comments' date is given).
 *
 * As in the fixer, the original XML text is spliced, never re-serialised: in the main part only the comment markers
 * are added (w:commentRangeStart before the paragraph's first run, w:commentRangeEnd after its last, then a run with
 * w:commentReference), and every other part of the package is copied as stored, except the comments part
 * (created, or appended to with fresh ids), the main part's relationships and [Content_Types].xml (when they lack the
 * comments part).
 */
import type { CheckResult } from "../check";
import { readLocatedDocument, type LocatedDocument } from "../docx/located";
import { normalizePartName, relationships, relsPartName, zipPackage } from "../docx/package";
import { looksLikeXml, type ReadOptions } from "../docx/reader";
import { childElements, parseXml, type XmlElement } from "../docx/xml";
import {
  appendToRoot,
  escXml as esc,
  relativeTarget,
  utf8Declared,
  withOverride,
  withRelationship,
  writePackage,
  XML_DECL,
} from "../docx/package-edit";
import { openZip } from "../docx/zip";
import { planComments, type CommentLine, type PlanOptions, type PlannedComment } from "./plan";

export { groupFindings, paragraphRanges, planComments, titleParagraph, type PlannedComment } from "./plan";

export class AnnotateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnnotateError";
  }
}

export interface AnnotateOptions extends PlanOptions {
  /** The comments' author and initials; default "ketluan", "KL". */
  author?: string;
  initials?: string;
  /** The comments' date (w:date); none when not given. */
  date?: Date;
  read?: ReadOptions;
}

export interface AnnotatedDocument {
  /** The annotated copy (the input itself when there is nothing to say). */
  bytes: Uint8Array;
  /** The comments written, in the order of their anchors. */
  comments: PlannedComment[];
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** Annotate the .docx `bytes` with the findings of `result`, the check of these same bytes. */
export function annotateDocument(
  bytes: Uint8Array,
  result: CheckResult,
  options: AnnotateOptions = {},
): AnnotatedDocument {
  if (bytes.length > 0 && looksLikeXml(bytes)) {
    throw new AnnotateError(
      "Tệp OOXML dạng phẳng (.xml) không ghi nhận xét được; hãy lưu thành .docx / flat OPC XML cannot be annotated: save it as .docx",
    );
  }
  return annotateLocated(readLocatedDocument(bytes, options.read), result, options);
}

/** Annotate a .docx already read for editing (the CLI reads once, for the check and for this). */
export function annotateLocated(
  src: LocatedDocument,
  result: CheckResult,
  options: AnnotateOptions = {},
): AnnotatedDocument {
  const rootOpen = src.xml.slice(src.root.start!, src.root.openEnd!);
  if (!rootOpen.includes(`xmlns:w="${W_NS}"`)) {
    throw new AnnotateError(
      "Văn bản không dùng tiền tố chuẩn “w:” cho WordprocessingML; không ghi nhận xét được / the document does not bind the standard w: prefix",
    );
  }
  const planned = planComments(result, src.model, options);
  if (planned.length === 0) return { bytes: src.bytes, comments: [] };

  const zip = openZip(src.bytes, options.read?.zipLimits, options.read?.inflateRaw);
  const pkg = zipPackage(zip);
  const mainPart = normalizePartName(src.mainPart);
  const existing = relationships(pkg, mainPart).find(
    (r) => r.type.endsWith("/comments") && r.target !== undefined && pkg.has(r.target),
  );

  // The comments part: appended to when the document has one, created otherwise.
  const commentsPart = existing?.target ?? freshPartName(mainPart, (n) => pkg.has(n));
  const commentsOld = existing === undefined ? undefined : utf8Declared(zip.readText(commentsPart));
  const commentsRoot = commentsOld === undefined ? undefined : parseXml(commentsOld, commentsPart, { offsets: true });
  if (commentsRoot !== undefined) {
    const open = commentsOld!.slice(commentsRoot.start!, commentsRoot.openEnd!);
    if (commentsRoot.name !== "w:comments" || !open.includes(`xmlns:w="${W_NS}"`)) {
      throw new AnnotateError(
        `Phần nhận xét ${commentsPart} không dùng tiền tố chuẩn “w:”; không ghi thêm được / the comments part does not bind the standard w: prefix`,
      );
    }
  }
  const firstId = Math.max(maxCommentId(src.root), commentsRoot === undefined ? -1 : maxCommentId(commentsRoot)) + 1;
  const ids = planned.map((_, k) => firstId + k);

  const parts = new Map<string, string>();
  parts.set(mainPart, utf8Declared(spliceText(src.xml, anchorSplices(src, planned, ids))));
  const commentXml = planned.map((c, k) => commentElement(c, ids[k]!, options)).join("");
  parts.set(
    normalizePartName(commentsPart),
    commentsRoot === undefined
      ? `${XML_DECL}<w:comments xmlns:w="${W_NS}">${commentXml}</w:comments>`
      : appendToRoot(commentsOld!, commentsRoot, commentXml),
  );
  if (existing === undefined) {
    const relsPart = relsPartName(mainPart);
    const target = relativeTarget(mainPart, commentsPart);
    parts.set(
      relsPart,
      withRelationship(zip.has(relsPart) ? zip.readText(relsPart) : undefined, relsPart, COMMENTS_REL, target),
    );
  }
  const types = zip.has("[Content_Types].xml")
    ? withOverride(zip.readText("[Content_Types].xml"), commentsPart, COMMENTS_TYPE)
    : undefined;
  if (types !== undefined) parts.set(normalizePartName("[Content_Types].xml"), types);

  return { bytes: writePackage(src.bytes, src.directory, src.mainPart, parts, options.date), comments: planned };
}

/* ---------- the main part ---------- */

interface Splice {
  start: number;
  end: number;
  text: string;
}

const rangeStart = (id: number): string => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number): string =>
  `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** The markers of every comment: around each anchored paragraph's runs, comments of one paragraph nested in order. */
function anchorSplices(src: LocatedDocument, planned: PlannedComment[], ids: number[]): Splice[] {
  const byParagraph = new Map<number, number[]>();
  planned.forEach((c, k) => {
    const list = byParagraph.get(c.paragraph) ?? [];
    list.push(ids[k]!);
    byParagraph.set(c.paragraph, list);
  });
  const splices: Splice[] = [];
  for (const [index, list] of byParagraph) {
    const located = src.paragraphs[index];
    if (located === undefined) throw new AnnotateError(`Không có đoạn ${index} / no paragraph ${index}`);
    const p = located.element;
    const starts = list.map(rangeStart).join("");
    const ends = list.map(rangeEnd).join("");
    const first = located.runs[0];
    const last = located.runs[located.runs.length - 1];
    if (first !== undefined && last !== undefined) {
      // Markers go beside the paragraph's own children (a hyperlink, a content control), never inside them.
      splices.push({ start: topLevel(p, first).start!, end: topLevel(p, first).start!, text: starts });
      splices.push({ start: topLevel(p, last).end!, end: topLevel(p, last).end!, text: ends });
      continue;
    }
    if (p.openEnd! === p.end!) {
      // <w:p/>: written out with a start and an end tag around the markers.
      const tag = src.xml.slice(p.start!, p.end!);
      const name = /^<([^\s/>]+)/.exec(tag)![1]!;
      splices.push({ start: p.start!, end: p.end!, text: `${tag.replace(/\s*\/>$/, ">")}${starts}${ends}</${name}>` });
      continue;
    }
    const pPr = childElements(p).find((c) => c.name === "w:pPr");
    const at = pPr === undefined ? p.openEnd! : pPr.end!;
    splices.push({ start: at, end: at, text: starts + ends });
  }
  return splices;
}

/** The child of the paragraph that holds `run` (the run itself when it is a direct child). */
function topLevel(p: XmlElement, run: XmlElement): XmlElement {
  for (const c of childElements(p)) if (c.start! <= run.start! && run.start! < c.end!) return c;
  return run;
}

function spliceText(text: string, splices: Splice[]): string {
  // Insertions at one point keep their order (Array.prototype.sort is stable); ranges never overlap.
  const sorted = [...splices].sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    out += text.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** The largest w:id of a comment, comment marker or reference under `el`; -1 when there is none. */
function maxCommentId(el: XmlElement): number {
  let max = -1;
  const visit = (e: XmlElement): void => {
    if (
      e.name === "w:comment" ||
      e.name === "w:commentRangeStart" ||
      e.name === "w:commentRangeEnd" ||
      e.name === "w:commentReference"
    ) {
      const id = Number(e.attrs["w:id"]);
      if (Number.isSafeInteger(id) && id > max) max = id;
    }
    for (const c of e.children) if (typeof c !== "string") visit(c);
  };
  visit(el);
  return max;
}

/* ---------- the comments part ---------- */

/** Characters XML 1.0 does not allow; tabs and line breaks become spaces (each line is its own paragraph). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const clean = (s: string): string => s.replace(/[\t\r\n]+/g, " ").replace(NOT_XML, "");

const textRun = (text: string, bold = false): string =>
  `<w:r>${bold ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(clean(text))}</w:t></w:r>`;

function commentElement(c: PlannedComment, id: number, options: AnnotateOptions): string {
  const author = esc(clean(options.author ?? "ketluan"));
  const initials = esc(clean(options.initials ?? "KL"));
  const date = options.date === undefined ? "" : ` w:date="${options.date.toISOString().replace(/\.\d{3}Z$/, "Z")}"`;
  const paragraphs = c.lines.map((line: CommentLine, k) => {
    const mark = k === 0 ? "<w:r><w:annotationRef/></w:r>" : "";
    const lead = line.lead === undefined ? "" : textRun(line.lead, true);
    return `<w:p>${mark}${lead}${textRun(line.text)}</w:p>`;
  });
  return `<w:comment w:id="${id}" w:author="${author}"${date} w:initials="${initials}">${paragraphs.join("")}</w:comment>`;
}

/** "word/comments.xml" beside the main part, or "comments2.xml"... when that name is taken by another part. */
function freshPartName(mainPart: string, taken: (name: string) => boolean): string {
  const slash = mainPart.lastIndexOf("/");
  const dir = slash < 0 ? "" : mainPart.slice(0, slash + 1);
  for (let k = 1; ; k++) {
    const name = `${dir}comments${k === 1 ? "" : k}.xml`;
    if (!taken(name)) return name;
  }
}
