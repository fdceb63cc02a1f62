/** Reading an annotated copy back: its comments, their anchors, its relationships and content types. */
import { strFromU8, unzipSync } from "fflate";
import { readLocatedDocument } from "../../src/docx/located";
import { children, deepText, parseXml, type XmlElement } from "../../src/docx/xml";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { partyPlan, variant } from "../support/samples";

export const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
export const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
export const DATE = new Date("2024-03-01T08:30:00.000Z");

/** The sample plan in Arial 13 on a page 215.9 mm wide: findings on most paragraphs, some in long runs. */
export function arialPlan(): DocSpec {
  return variant(partyPlan(), (d) => {
    d.defaults = { font: "Arial", sizePt: 13 };
    d.page!.widthMm = 215.9;
  });
}

export const arialPlanDocx = (): Uint8Array => buildDocxFromSpec(arialPlan());

/** Every part of a package, by name as stored. */
export const partsOf = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
export const partText = (bytes: Uint8Array, name: string): string => strFromU8(partsOf(bytes)[name]!);

export interface ReadComment {
  id: string;
  author: string;
  initials: string;
  date: string | undefined;
  /** One string per comment paragraph. */
  lines: string[];
}

/** The w:comment elements of word/comments.xml. */
export function commentsOf(bytes: Uint8Array, part = "word/comments.xml"): ReadComment[] {
  const root = parseXml(partText(bytes, part), part);
  return children(root, "w:comment").map((c) => ({
    id: c.attrs["w:id"]!,
    author: c.attrs["w:author"]!,
    initials: c.attrs["w:initials"]!,
    date: c.attrs["w:date"],
    lines: children(c, "w:p").map(deepText),
  }));
}

export interface Anchor {
  /** The model paragraph holding the range start and end (-1 when they are not in one paragraph). */
  paragraph: number;
  /** The model paragraph holding the range end. */
  endParagraph: number;
  /** The paragraph's text between the range start and end, as the reader reads it. */
  text: string;
  /** A run with the w:commentReference comes right after the range end. */
  referenced: boolean;
}

function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** Where each comment id is anchored in the copy's body, read through the reader's own paragraph locations. */
export function anchorsOf(bytes: Uint8Array): Map<string, Anchor> {
  const doc = readLocatedDocument(bytes);
  const starts = descendants(doc.root, "w:commentRangeStart");
  const ends = new Map(descendants(doc.root, "w:commentRangeEnd").map((e) => [e.attrs["w:id"]!, e]));
  const out = new Map<string, Anchor>();
  for (const s of starts) {
    const id = s.attrs["w:id"]!;
    const e = ends.get(id)!;
    const inside = (el: XmlElement, x: XmlElement): boolean => el.start! <= x.start! && x.end! <= el.end!;
    const paragraph = doc.paragraphs.findIndex((p) => inside(p.element, s) && inside(p.element, e));
    const endParagraph = doc.paragraphs.findIndex((p) => inside(p.element, e));
    const loc = doc.paragraphs[paragraph];
    const text =
      loc === undefined
        ? ""
        : loc.segments
            .filter((g) => g.element.start! >= s.end! && g.element.end! <= e.start!)
            .map((g) => g.text)
            .join("")
            .normalize("NFC");
    const after = doc.xml.slice(e.end!, e.end! + 200);
    const referenced = new RegExp(`^<w:r>(<w:rPr>.*?</w:rPr>)?<w:commentReference w:id="${id}"/></w:r>`).test(after);
    out.set(id, { paragraph, endParagraph, text, referenced });
  }
  return out;
}

/** The Relationship elements of a relationships part. */
export const relationshipsOf = (bytes: Uint8Array, part: string): XmlElement[] =>
  children(parseXml(partText(bytes, part), part), "rel:Relationship");

/** The Override elements of [Content_Types].xml. */
export const overridesOf = (bytes: Uint8Array): XmlElement[] =>
  children(parseXml(partText(bytes, "[Content_Types].xml"), "ct"), "ct:Override");
