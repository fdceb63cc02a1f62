/**
 * Apply declarative fixes (src/model/fix.ts) to a .docx: bytes in, bytes out. Pure, no file system.
 *
 * Only the main document part changes, and within it only the elements a fix touches: the original XML text is
 * spliced at the source offsets of the paragraph, run, property and section elements concerned; every other
 * byte of the part, and every other part of the package (compressed bytes, CRC, sizes), is copied unchanged.
 */
import { readLocatedDocument, type LocatedDocument } from "../docx/located";
import { normalizePartName } from "../docx/package";
import type { ParagraphLocation, ReadOptions, TextSegment } from "../docx/reader";
import { child, type XmlElement } from "../docx/xml";
import { rawZip, replaceEntryData, writeRawZip } from "../docx/zip-write";
import type { Paragraph } from "../model/document";
import type {
  Fix,
  FixEdit,
  InsertParagraphAfter,
  ParagraphFormatProps,
  ReplaceText,
  RunFormatProps,
} from "../model/fix";
import { charDiff } from "./diff";
import { elementWithAttrs, esc, PPR_ORDER, rebuildContainer, RPR_ORDER, SECTPR_ORDER } from "./xml-edit";

export class FixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixError";
  }
}

export interface SkippedEdit {
  edit: FixEdit;
  reason: string;
}

export interface FixOutcome {
  bytes: Uint8Array;
  /** Edits applied and edits that could not be (the text was no longer there, a field in the way...). */
  applied: FixEdit[];
  skipped: SkippedEdit[];
}

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const JC: Record<string, string> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
  distribute: "distribute",
};

interface Splice {
  start: number;
  end: number;
  text: string;
}

interface ParagraphPlan {
  run: RunFormatProps;
  para: ParagraphFormatProps;
  replaces: ReplaceText[];
  inserts: InsertParagraphAfter[];
}

/**
 * Fixes made as tracked changes (Word's Review ▸ Track Changes): text as w:del/w:ins, formatting as
 * w:rPrChange/w:pPrChange, page setup as w:sectPrChange, new paragraphs as inserted; Accept All gives what the
 * untracked fix writes and Reject All gives the original (ECMA-376 Part 1, §17.13.5).
 */
export interface TrackChanges {
  author: string;
  /** ISO 8601, e.g. "2026-12-03T06:00:00Z". */
  date: string;
}

export interface ApplyOptions {
  /** Make the edits as tracked changes by this author at this time. */
  track?: TrackChanges;
}

/** Apply every edit of `fixes` (Fix objects or bare edits) to the .docx `bytes`. */
export function applyFixes(
  bytes: Uint8Array,
  fixes: (Fix | FixEdit)[],
  options: ReadOptions = {},
  apply: ApplyOptions = {},
): FixOutcome {
  return applyFixesTo(readLocatedDocument(bytes, options), fixes, apply);
}

/** The revision marks of one batch: each with its own w:id, above every id the part already uses. */
class Revisions {
  private next: number;
  constructor(
    xml: string,
    private readonly track: TrackChanges,
  ) {
    let max = 0;
    for (const m of xml.matchAll(/\bw:id="(-?\d+)"/g)) max = Math.max(max, Number(m[1]));
    this.next = max + 1;
  }
  /** The start tag of a revision element `name` (without its closing ">" or "/>"). */
  open(name: string): string {
    return `<${name} w:id="${this.next++}" w:author="${esc(this.track.author)}" w:date="${esc(this.track.date)}"`;
  }
}

/** Apply every edit of `fixes` to a .docx already read (fixDocument reads each pass's bytes once, for both). */
export function applyFixesTo(src: LocatedDocument, fixes: (Fix | FixEdit)[], options: ApplyOptions = {}): FixOutcome {
  const revisions = options.track === undefined ? undefined : new Revisions(src.xml, options.track);
  const edits: FixEdit[] = fixes.flatMap((f) => ("edits" in f ? f.edits : [f]));
  const decl = /<\?xml[^>]*\?>/.exec(src.xml.slice(0, 200));
  const rootOpen = src.xml.slice(src.root.start!, src.root.openEnd!);
  if (!rootOpen.includes(`xmlns:w="${W_NS}"`)) {
    throw new FixError(
      "Văn bản không dùng tiền tố chuẩn “w:” cho WordprocessingML; không sửa tự động được / the document does not bind the standard w: prefix",
    );
  }
  const applied: FixEdit[] = [];
  const skipped: SkippedEdit[] = [];
  const plans = new Map<number, ParagraphPlan>();
  const sections = new Map<
    number,
    { margins?: FixEdit & { kind: "setPageMargins" }; size?: FixEdit & { kind: "setPageSize" } }
  >();
  const planOf = (i: number): ParagraphPlan => {
    let p = plans.get(i);
    if (p === undefined) plans.set(i, (p = { run: {}, para: {}, replaces: [], inserts: [] }));
    return p;
  };
  for (const e of edits) {
    if (e.kind === "setPageMargins" || e.kind === "setPageSize") {
      if (src.sectPrs[e.section] === undefined) {
        skipped.push({ edit: e, reason: "không có thông tin trang của phần này" });
        continue;
      }
      const s = sections.get(e.section) ?? {};
      if (e.kind === "setPageMargins") s.margins = e;
      else s.size = e;
      sections.set(e.section, s);
      applied.push(e);
      continue;
    }
    if (src.paragraphs[e.paragraph] === undefined) {
      skipped.push({ edit: e, reason: `không có đoạn ${e.paragraph}` });
      continue;
    }
    const plan = planOf(e.paragraph);
    if (e.kind === "setRunFormat") Object.assign(plan.run, e.props);
    else if (e.kind === "setParagraphFormat") Object.assign(plan.para, e.props);
    else if (e.kind === "replaceText") plan.replaces.push(e);
    else {
      if (e.like !== undefined && src.paragraphs[e.like] === undefined) {
        skipped.push({ edit: e, reason: `không có đoạn mẫu ${e.like}` });
        continue;
      }
      plan.inserts.push(e);
    }
    if (e.kind !== "replaceText") applied.push(e);
  }

  // Page setups first: a section break's w:sectPr lies in its paragraph's w:pPr, which a paragraph fix may rebuild.
  const sectionXml = new Map<XmlElement, string>();
  for (const [i, s] of sections) {
    const sectPr = src.sectPrs[i]!;
    const replace = new Map<string, string | null>();
    if (s.size !== undefined) {
      const pgSz = child(sectPr, "w:pgSz");
      const portrait = s.size.widthMm <= s.size.heightMm;
      replace.set(
        "w:pgSz",
        elementWithAttrs("w:pgSz", pgSz, {
          "w:w": String(mmToTwips(s.size.widthMm)),
          "w:h": String(mmToTwips(s.size.heightMm)),
          "w:orient": portrait ? undefined : "landscape",
        }),
      );
    }
    if (s.margins !== undefined) {
      const m = s.margins.marginsMm;
      replace.set(
        "w:pgMar",
        elementWithAttrs("w:pgMar", child(sectPr, "w:pgMar"), {
          "w:top": String(mmToTwips(m.top)),
          "w:bottom": String(mmToTwips(m.bottom)),
          "w:left": String(mmToTwips(m.left)),
          "w:right": String(mmToTwips(m.right)),
        }),
      );
    }
    if (revisions !== undefined && child(sectPr, "w:sectPrChange") === undefined) {
      // the previous settings, without what a w:sectPrChange may not hold (CT_SectPrBase): header/footer references
      const previous = rebuildContainer(
        "w:sectPr",
        sectPr,
        src.xml,
        new Map([
          ["w:headerReference", null],
          ["w:footerReference", null],
        ]),
        SECTPR_ORDER,
      );
      replace.set("w:sectPrChange", `${revisions.open("w:sectPrChange")}>${previous}</w:sectPrChange>`);
    }
    sectionXml.set(sectPr, rebuildContainer("w:sectPr", sectPr, src.xml, replace, SECTPR_ORDER));
  }

  const splices: Splice[] = [];
  for (const [index, plan] of plans) {
    const located = src.paragraphs[index]!;
    const p = located.element;
    const formatsRuns = Object.keys(plan.run).length > 0;
    // A run's properties after this batch: rebuilt when the plan formats runs, else as written.
    const runProperties = (run: XmlElement, tracked: boolean): string => {
      const rPr = child(run, "w:rPr");
      if (!formatsRuns) return rPr === undefined ? "" : src.xml.slice(rPr.start!, rPr.end!);
      return rebuildRPr(rPr, src.xml, plan.run, tracked ? revisions : undefined);
    };
    if (plan.replaces.length > 0) {
      const r = textSplices(located, src.model.paragraphs[index]!, plan.replaces, src.xml, revisions, runProperties);
      splices.push(...r.splices);
      applied.push(...r.applied);
      skipped.push(...r.skipped);
    }
    if (formatsRuns) {
      for (const run of located.runs) {
        const rPr = child(run, "w:rPr");
        const xml = runProperties(run, true);
        splices.push(
          rPr === undefined ? firstChild(src.xml, run, xml) : { start: rPr.start!, end: rPr.end!, text: xml },
        );
      }
    }
    if (formatsRuns || Object.keys(plan.para).length > 0) {
      const pPr = child(p, "w:pPr");
      const sectPr = child(pPr, "w:sectPr");
      const newSectPr = sectPr === undefined ? undefined : sectionXml.get(sectPr);
      if (sectPr !== undefined) sectionXml.delete(sectPr);
      const xml = rebuildPPr(pPr, src.xml, plan.para, plan.run, newSectPr, revisions);
      splices.push(pPr === undefined ? firstChild(src.xml, p, xml) : { start: pPr.start!, end: pPr.end!, text: xml });
    }
    if (plan.inserts.length > 0) {
      const text = plan.inserts.map((ins) => newParagraph(src, ins, revisions)).join("");
      splices.push({ start: p.end!, end: p.end!, text });
    }
  }
  for (const [sectPr, text] of sectionXml) splices.push({ start: sectPr.start!, end: sectPr.end!, text });

  let xml = spliceText(src.xml, splices);
  if (decl !== null && /encoding=["']utf-16/i.test(decl[0]))
    xml = xml.replace(/encoding=["']utf-16["']/i, 'encoding="UTF-8"');
  const data = new TextEncoder().encode(xml);
  const zip = rawZip(src.bytes, src.directory);
  const target = normalizePartName(src.mainPart);
  let found = false;
  const entries = zip.entries.map((e) => {
    if (normalizePartName(e.name) !== target) return e;
    found = true;
    return replaceEntryData(e, data);
  });
  if (!found) throw new FixError(`Không tìm thấy phần ${src.mainPart} trong tệp nén`);
  return { bytes: writeRawZip({ ...zip, entries }), applied, skipped };
}

/**
 * A splice making `xml` the first child of `el`: inserted after its start tag or, when `el` is self-closing
 * (`<w:p/>`, `<w:r/>`), the element rewritten with a start and an end tag around it.
 */
function firstChild(src: string, el: XmlElement, xml: string): Splice {
  if (el.openEnd! < el.end!) return { start: el.openEnd!, end: el.openEnd!, text: xml };
  const tag = src.slice(el.start!, el.end!);
  const name = /^<([^\s/>]+)/.exec(tag)![1]!;
  return { start: el.start!, end: el.end!, text: `${tag.replace(/\s*\/>$/, ">")}${xml}</${name}>` };
}

function spliceText(text: string, splices: Splice[]): string {
  // Insertions at the same point keep their order; ranges must not overlap.
  // An insertion at the start of a replaced range goes before it (a new w:rPr right before a run's w:t).
  // (Array.prototype.sort is stable.)
  const sorted = [...splices].sort((a, b) => a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start));
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) throw new FixError("Các sửa đổi chồng lên nhau / overlapping edits");
    out += text.slice(pos, s.start) + s.text;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/* ---------- text ---------- */

function textSplices(
  located: ParagraphLocation,
  model: Paragraph,
  replaces: ReplaceText[],
  xml: string,
  revisions: Revisions | undefined,
  runProperties: (run: XmlElement, tracked: boolean) => string,
): { splices: Splice[]; applied: FixEdit[]; skipped: SkippedEdit[] } {
  // A copy: the replacements below change the segments' texts one after the other.
  const segs: TextSegment[] = located.segments.map((s) => ({ ...s }));
  const out = { splices: [] as Splice[], applied: [] as FixEdit[], skipped: [] as SkippedEdit[] };
  // The source text must read exactly as the model's (already NFC) and hold no symbol (a symbol font's character is
  // not the letter the model reads it as): otherwise do not guess.
  if (located.segments.some((s) => s.kind === "symbol") || segs.map((s) => s.text).join("") !== model.text) {
    for (const r of replaces)
      out.skipped.push({ edit: r, reason: "văn bản của đoạn không đối chiếu được với mã nguồn" });
    return out;
  }
  const changed = new Set<number>();
  for (const r of replaces) {
    const full = segs.map((s) => s.text).join("");
    const at = full.indexOf(r.find);
    if (at < 0 || r.find === "") {
      out.skipped.push({ edit: r, reason: `không còn thấy “${r.find}” trong đoạn` });
      continue;
    }
    const end = at + r.find.length;
    // Segments overlapping [at, end).
    let pos = 0;
    const hits: { k: number; from: number; to: number }[] = [];
    segs.forEach((s, k) => {
      const a = pos;
      const b = pos + s.text.length;
      pos = b;
      if (b > at && a < end) hits.push({ k, from: Math.max(at, a) - a, to: Math.min(end, b) - a });
    });
    // Only a w:t's own text is edited; tabs, breaks, hyphens and symbols stay as they are.
    // (A non-empty match always overlaps a segment.)
    if (hits.some((h) => segs[h.k]!.kind !== "text")) {
      out.skipped.push({ edit: r, reason: "đoạn cần sửa chứa dấu tab, ngắt dòng hoặc trường" });
      continue;
    }
    // A tracked edit splits the run: only a run of the paragraph itself (or of a hyperlink in it) is split, never
    // one inside another revision, a field or a content control.
    if (revisions !== undefined && hits.some((h) => trackedRun(located, segs[h.k]!.element) === undefined)) {
      out.skipped.push({
        edit: r,
        reason: "đoạn cần sửa nằm trong một thay đổi đang theo dõi, một trường hay một vùng nội dung",
      });
      continue;
    }
    hits.forEach((h, n) => {
      const s = segs[h.k]!;
      s.text = s.text.slice(0, h.from) + (n === 0 ? r.replace : "") + s.text.slice(h.to);
      changed.add(h.k);
    });
    out.applied.push(r);
  }
  for (const k of changed) {
    const s = segs[k]!;
    const t = (text: string): string => `<w:t xml:space="preserve">${esc(text)}</w:t>`;
    let text = t(s.text);
    const where = revisions === undefined ? undefined : trackedRun(located, s.element)!;
    if (revisions !== undefined && where !== undefined && !where.inserted) {
      // The w:t becomes: its unchanged head, the run closed; then, piece by piece of the character diff, the old
      // text deleted, the new inserted, the unchanged in runs like the first; a run like the first reopened for the
      // unchanged tail.
      const run = where.run;
      const rPrOld = child(run, "w:rPr");
      const oldProps = rPrOld === undefined ? "" : xml.slice(rPrOld.start!, rPrOld.end!);
      const pieces = charDiff(located.segments[k]!.text, s.text);
      const head = pieces[0]?.op === "equal" ? pieces.shift()!.text : "";
      const tail = pieces[pieces.length - 1]?.op === "equal" ? pieces.pop()!.text : "";
      const middle = pieces.map((piece) =>
        piece.op === "delete"
          ? `${revisions.open("w:del")}><w:r>${oldProps}<w:delText xml:space="preserve">${esc(piece.text)}</w:delText></w:r></w:del>`
          : piece.op === "insert"
            ? `${revisions.open("w:ins")}><w:r>${runProperties(run, false)}${t(piece.text)}</w:r></w:ins>`
            : `<w:r>${runProperties(run, true)}${t(piece.text)}</w:r>`,
      );
      text = `${t(head)}</w:r>${middle.join("")}<w:r>${runProperties(run, true)}${t(tail)}`;
    }
    out.splices.push({ start: s.element.start!, end: s.element.end!, text });
  }
  return out;
}

/**
 * Where w:t `t` lies, for a tracked edit: in a run of the paragraph or of a hyperlink in it (split: old text deleted,
 * new inserted), or in a run inside an insertion (edited in place: the insertion already holds the new text);
 * undefined elsewhere (a deletion, a field, a content control).
 */
function trackedRun(located: ParagraphLocation, t: XmlElement): { run: XmlElement; inserted: boolean } | undefined {
  const find = (
    kids: XmlElement["children"],
    inserted: boolean,
  ): { run: XmlElement; inserted: boolean } | undefined => {
    for (const c of kids) {
      if (typeof c === "string") continue;
      if (c.name === "w:r" && c.children.includes(t)) return { run: c, inserted };
      if (c.name === "w:hyperlink") {
        const hit = find(c.children, inserted);
        if (hit !== undefined) return hit;
      }
      if (c.name === "w:ins" && !inserted) {
        const hit = find(c.children, true);
        if (hit !== undefined) return hit;
      }
    }
    return undefined;
  };
  return find(located.element.children, false);
}

/* ---------- properties ---------- */

function runPropReplacements(props: RunFormatProps): Map<string, string | null> {
  const m = new Map<string, string | null>();
  if (props.font !== undefined) {
    const f = esc(props.font);
    m.set("w:rFonts", `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`);
  }
  if (props.sizePt !== undefined) {
    const hp = String(Math.round(props.sizePt * 2));
    m.set("w:sz", `<w:sz w:val="${hp}"/>`);
    m.set("w:szCs", `<w:szCs w:val="${hp}"/>`);
  }
  if (props.bold !== undefined) {
    m.set("w:b", props.bold ? "<w:b/>" : `<w:b w:val="0"/>`);
    m.set("w:bCs", props.bold ? "<w:bCs/>" : `<w:bCs w:val="0"/>`);
  }
  if (props.italic !== undefined) {
    m.set("w:i", props.italic ? "<w:i/>" : `<w:i w:val="0"/>`);
    m.set("w:iCs", props.italic ? "<w:iCs/>" : `<w:iCs w:val="0"/>`);
  }
  if (props.underline !== undefined) m.set("w:u", `<w:u w:val="${props.underline ? "single" : "none"}"/>`);
  return m;
}

function rebuildRPr(
  rPr: XmlElement | undefined,
  src: string,
  props: RunFormatProps,
  revisions: Revisions | undefined = undefined,
): string {
  const m = runPropReplacements(props);
  // A run already carrying a formatting revision keeps it: Reject All goes back to the properties before both.
  // (and an inserted paragraph's mark needs none: rejecting removes the paragraph)
  if (revisions !== undefined && child(rPr, "w:rPrChange") === undefined && child(rPr, "w:ins") === undefined) {
    const previous = rebuildContainer("w:rPr", rPr, src, new Map(), RPR_ORDER);
    m.set("w:rPrChange", `${revisions.open("w:rPrChange")}>${previous}</w:rPrChange>`);
  }
  return rebuildContainer("w:rPr", rPr, src, m, RPR_ORDER);
}

function paraPropReplacements(pPr: XmlElement | undefined, props: ParagraphFormatProps): Map<string, string | null> {
  const m = new Map<string, string | null>();
  if (props.alignment !== undefined) m.set("w:jc", `<w:jc w:val="${JC[props.alignment]}"/>`);
  if (props.firstLineMm !== undefined) {
    m.set(
      "w:ind",
      elementWithAttrs("w:ind", child(pPr, "w:ind"), {
        "w:firstLine": String(mmToTwips(props.firstLineMm)),
        "w:hanging": undefined,
        "w:firstLineChars": undefined,
        "w:hangingChars": undefined,
      }),
    );
  }
  if (props.spaceBeforePt !== undefined || props.spaceAfterPt !== undefined || props.lineSpacing !== undefined) {
    const set: Record<string, string | undefined> = {};
    if (props.spaceBeforePt !== undefined) {
      set["w:before"] = String(Math.round(props.spaceBeforePt * 20));
      set["w:beforeAutospacing"] = undefined;
      set["w:beforeLines"] = undefined;
    }
    if (props.spaceAfterPt !== undefined) {
      set["w:after"] = String(Math.round(props.spaceAfterPt * 20));
      set["w:afterAutospacing"] = undefined;
      set["w:afterLines"] = undefined;
    }
    if (props.lineSpacing !== undefined) {
      set["w:line"] = String(Math.round(props.lineSpacing * 240));
      set["w:lineRule"] = "auto";
    }
    m.set("w:spacing", elementWithAttrs("w:spacing", child(pPr, "w:spacing"), set));
  }
  return m;
}

function rebuildPPr(
  pPr: XmlElement | undefined,
  src: string,
  props: ParagraphFormatProps,
  run: RunFormatProps,
  sectPr: string | undefined,
  revisions: Revisions | undefined,
): string {
  const m = paraPropReplacements(pPr, props);
  if (sectPr !== undefined) m.set("w:sectPr", sectPr);
  // The paragraph mark's run properties follow the runs (Word shows the mark's size on an empty line).
  if (Object.keys(run).length > 0) m.set("w:rPr", rebuildRPr(child(pPr, "w:rPr"), src, run, revisions));
  if (revisions !== undefined && Object.keys(props).length > 0 && child(pPr, "w:pPrChange") === undefined) {
    // the previous paragraph properties without the mark's run properties and the section (CT_PPrBase)
    const previous = rebuildContainer(
      "w:pPr",
      pPr,
      src,
      new Map([
        ["w:rPr", null],
        ["w:sectPr", null],
      ]),
      PPR_ORDER,
    );
    m.set("w:pPrChange", `${revisions.open("w:pPrChange")}>${previous}</w:pPrChange>`);
  }
  return rebuildContainer("w:pPr", pPr, src, m, PPR_ORDER);
}

/** A new paragraph formatted like paragraph `like` (its pPr without section break, its first text run's rPr). */
function newParagraph(src: LocatedDocument, ins: InsertParagraphAfter, revisions: Revisions | undefined): string {
  const like = src.paragraphs[ins.like ?? ins.paragraph]!;
  const pPr = child(like.element, "w:pPr");
  const f = ins.format ?? {};
  const paraProps: ParagraphFormatProps = {};
  const runProps: RunFormatProps = {};
  for (const k of ["alignment", "firstLineMm", "spaceBeforePt", "spaceAfterPt", "lineSpacing"] as const)
    if (f[k] !== undefined) (paraProps as Record<string, unknown>)[k] = f[k];
  for (const k of ["font", "sizePt", "bold", "italic", "underline"] as const)
    if (f[k] !== undefined) (runProps as Record<string, unknown>)[k] = f[k];
  const pm = paraPropReplacements(pPr, paraProps);
  pm.set("w:sectPr", null);
  pm.set("w:pPrChange", null);
  const firstRun = like.runs.find((r) => child(r, "w:t") !== undefined);
  const rPr = firstRun === undefined ? undefined : child(firstRun, "w:rPr");
  const rm = runPropReplacements(runProps);
  rm.set("w:rPrChange", null);
  const markRm = new Map(rm);
  let markRPr = rebuildContainer("w:rPr", child(pPr, "w:rPr"), src.xml, markRm, RPR_ORDER);
  // An inserted paragraph: its mark inserted (w:ins first in the mark's w:rPr, CT_ParaRPr), its run inserted.
  if (revisions !== undefined) {
    const at = markRPr.indexOf(">") + 1;
    markRPr = `${markRPr.slice(0, at)}${revisions.open("w:ins")}/>${markRPr.slice(at)}`;
  }
  pm.set("w:rPr", markRPr);
  const pXml = rebuildContainer("w:pPr", pPr, src.xml, pm, PPR_ORDER);
  const rXml = rebuildContainer("w:rPr", rPr, src.xml, rm, RPR_ORDER);
  const runXml = `<w:r>${rXml}<w:t xml:space="preserve">${esc(ins.text)}</w:t></w:r>`;
  return `<w:p>${pXml}${revisions === undefined ? runXml : `${revisions.open("w:ins")}>${runXml}</w:ins>`}</w:p>`;
}
