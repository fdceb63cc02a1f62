/**
 * The document behind the fake Word (./fakeWord.ts): a flat-OPC package held as an XML tree, read the way Word reads
 * it and written the way Word writes it. Its idea of the paragraphs is its own (not src/docx's reader), so the tests
 * see where Word and the reader disagree. What it models, and on what evidence ("assumed" where none was found):
 *
 * - **Paragraph list** (`body.paragraphs`): every w:p of the body in document order, table cells included (WordApi
 *   1.3 and later: OfficeDev/office-js-docs-reference#1076), text boxes excluded. A table that ends the body or a
 *   cell is followed by an empty paragraph Word always keeps there (a cell must end with a paragraph, ECMA-376 Part 1
 *   §17.4.66; Word writes an empty one: eigenpal/docx-editor#511). `getOoxml` returns the package as given plus
 *   the fake's writes, without that paragraph: the reader then counts one paragraph fewer (assumed; the fake's way of
 *   producing the paragraph-count mismatch the adapter must report).
 * - **Paragraph text** (`Paragraph.text`): text marked as deleted by tracked changes is kept (OfficeDev/office-js#1267;
 *   the WordApi 1.7 `getText` exists to exclude it and hidden text: @types/office-js, Word.Paragraph.getText); a
 *   manual line break is "\u000b" (OfficeDev/office-js#2792); a w:sym character reads "(" (office-js#2368, #4477);
 *   hidden text is kept (assumed, as deleted text); a field gives its result, not its code; no Unicode normalisation.
 * - **Search** (`Body.search`, `Paragraph.search`): at most 255 characters, else SearchStringInvalidOrTooLong at sync
 *   (@types/office-js, Word.Body.search: "Can be a maximum of 255 characters"; Word.ErrorCodes); "^^" is "^", "^t" a
 *   tab, "^l" a line break, another "^" code is invalid (assumed); a literal tab or "\u000b" in the search text finds
 *   nothing (office-js#2331); matches stay inside one paragraph; deleted and hidden text is not searched (assumed:
 *   what Word's Find does when they are not displayed).
 * - **Writes** (queued, applied at `context.sync()`): `font.*` and the paragraph properties set direct formatting on
 *   the runs (and the paragraph mark) and in w:pPr; `lineSpacing` is points, 12 per line (@types/office-js,
 *   Word.Paragraph.lineSpacing: "In the Word UI, this value is divided by 12"), written as a multiple; a negative
 *   `firstLineIndent` is a hanging indent (Word.Paragraph.firstLineIndent); a font name replaces theme fonts;
 *   `insertText(…, "Replace")` takes the formatting of the range's first character; `insertParagraph` copies the
 *   paragraph's formatting (assumed: as Enter at its end); page setup writes go to the section's w:pgSz / w:pgMar
 *   (Word.PageSetup, WordApiDesktop 1.3).
 * - **Change tracking** (`Document.changeTrackingMode`, WordApi 1.4): when on, replaced text stays as w:del (and in
 *   `Paragraph.text`, office-js#1267) with the new text in w:ins, an inserted paragraph is w:ins, formatting keeps its
 *   old value in w:rPrChange / w:pPrChange (ECMA-376 §17.13.5).
 * - **Comments** (`Range.insertComment`, WordApi 1.4): w:commentRangeStart/End around the range, a reference run, and
 *   the comment in /word/comments.xml, by Word's user (`author`). `Body.getComments()` (WordApi 1.4) lists every
 *   comment of the package, the ones written before the add-in ran included; `Comment.content` is the comment's plain
 *   text, its paragraphs joined by "\r" (assumed, as `Body.text` joins paragraphs); `Comment.delete()` "deletes the
 *   comment and its replies" (@types/office-js, Word.Comment.delete): the comment, its range markers and reference
 *   run go (replies, kept in commentsExtended.xml, are not modelled).
 * Not modelled: styles (formatting reads are direct formatting only), `insertFileFromBase64` (recorded, not merged:
 * how Word merges the file's styles is not known here), Word splitting a paragraph at a collapsed cursor for
 * `insertOoxml`, undo.
 */
import {
  XEl,
  append,
  child,
  clone,
  detach,
  el,
  elements,
  ensureChild,
  findFirst,
  insertAfter,
  insertBefore,
  parseXml,
  prepend,
  removeChild,
  serializeXml,
  textEl,
  textOf,
  type XDoc,
} from "./fakeXml";

export interface PageSetupPt {
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  pageWidth: number;
  pageHeight: number;
}

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** A span of a paragraph's text (offsets in `Paragraph.text`), or the whole paragraph with its mark. */
export interface TextRange {
  para: XEl;
  start: number;
  end: number;
  whole: boolean;
}

export interface FakeComment {
  id: number;
  /** w:author: Word's user for the comments Word wrote. */
  author: string;
  text: string;
  /** The commented text, as Word's paragraph text has it. */
  anchor: string;
}

interface Segment {
  start: number;
  end: number;
  text: string;
  run: XEl;
  node: XEl;
  deleted: boolean;
  hidden: boolean;
}

/** Word's search error (Word.ErrorCodes.searchStringInvalidOrTooLong). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const MAX_SEARCH_LENGTH = 255;

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const INLINE = new Set([
  "w:hyperlink",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:customXml",
  "w:fldSimple",
  "w:dir",
  "w:bdo",
]);
const DELETED = new Set(["w:del", "w:moveFrom"]);
const TWIPS_PER_PT = 20;
/** Word's built-in page (US Letter, 1-inch margins) where a section names none. */
const DEFAULT_SETUP: PageSetupPt = {
  topMargin: 72,
  bottomMargin: 72,
  leftMargin: 72,
  rightMargin: 72,
  pageWidth: 612,
  pageHeight: 792,
};

const ALIGN_TO_JC: Record<string, string> = { Left: "left", Centered: "center", Right: "right", Justified: "both" };
const JC_TO_ALIGN: Record<string, string> = {
  left: "Left",
  start: "Left",
  center: "Centered",
  right: "Right",
  end: "Right",
  both: "Justified",
  distribute: "Justified",
};

const onOff = (e: XEl | undefined): boolean =>
  e !== undefined && !["0", "false", "off"].includes(e.attrs["w:val"] ?? "true");
const twips = (pt: number): string => String(Math.round(pt * TWIPS_PER_PT));
const numAttr = (e: XEl | undefined, name: string): number | undefined => {
  const v = e?.attrs[name];
  return v === undefined ? undefined : Number(v);
};

/** A flat-OPC package around body XML (w:p, w:tbl …), A4 portrait, as Word's `body.getOoxml()` shapes it. */
export function packageWithBody(bodyXml: string): string {
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">' +
    `<pkg:xmlData><w:document xmlns:w="${W_NS}"><w:body>` +
    bodyXml +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/></w:sectPr>' +
    "</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>"
  );
}

/** A package of plain paragraphs, one a text ("\t" a tab, "\u000b" a line break). */
export function packageOf(texts: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const paragraph = (t: string) =>
    "<w:p>" +
    t
      .split(/([\t\v])/)
      .filter((s) => s !== "")
      .map((s) =>
        s === "\t"
          ? "<w:r><w:tab/></w:r>"
          : s === "\u000b"
            ? "<w:r><w:br/></w:r>"
            : `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`,
      )
      .join("") +
    "</w:p>";
  return packageWithBody(texts.map(paragraph).join(""));
}

export class WordDocument {
  readonly xml: XDoc;
  readonly body: XEl;
  readonly sections: { sectPr: XEl | undefined; setup: PageSetupPt }[];
  trackingMode: TrackingMode;
  /** The name Word writes on revisions and comments (the signed-in user). */
  author = "Chuyên viên";
  /** The current selection: the start of the document until something is selected. */
  selection: TextRange | undefined;
  /** Paragraphs Word lists that the package does not hold (after a table that ends the body or a cell). */
  private readonly synthetic = new Set<XEl>();
  /** Search results and other ranges handed out, kept in place as text before them changes. */
  private readonly live = new Set<TextRange>();
  private nextId = 9000;

  constructor(ooxml: string, options: { pageSetups?: readonly PageSetupPt[]; trackingMode?: TrackingMode } = {}) {
    this.xml = parseXml(ooxml);
    const body = findFirst(this.xml.root, "w:body");
    if (body === undefined) throw new Error("fake Word: the package has no w:body");
    this.body = body;
    this.addTrailingParagraphs(body);
    const sectPrs = this.topLevelParagraphs()
      .map((p) => child(child(p, "w:pPr"), "w:sectPr"))
      .filter((s): s is XEl => s !== undefined);
    const final = child(body, "w:sectPr");
    this.sections = [...sectPrs, final].map((sectPr) => ({ sectPr, setup: setupOf(sectPr) }));
    options.pageSetups?.forEach((setup, i) => {
      const s = this.sections[i];
      if (s === undefined) this.sections.push({ sectPr: undefined, setup: { ...setup } });
      else s.setup = { ...setup };
    });
    this.trackingMode = options.trackingMode ?? (this.settingsTracked() ? "TrackAll" : "Off");
  }

  // ---- reading ----

  /** Word's paragraph list, in document order. */
  paragraphs(): XEl[] {
    const out: XEl[] = [];
    const blocks = (container: XEl): void => {
      for (const c of elements(container)) {
        if (c.name === "w:p") out.push(c);
        else if (c.name === "w:tbl") for (const tc of cellsOf(c)) blocks(tc);
        else if (c.name === "w:sdt") blocks(child(c, "w:sdtContent") ?? c);
        else if (c.name === "w:customXml" || c.name === "w:ins" || c.name === "w:moveTo") blocks(c);
      }
    };
    blocks(this.body);
    return out;
  }

  /** `Paragraph.text`. */
  text(p: XEl): string {
    return this.segments(p)
      .map((s) => s.text)
      .join("");
  }

  /** `Body.text`: the paragraphs joined by Word's paragraph mark. */
  bodyText(): string {
    return this.paragraphs()
      .map((p) => this.text(p))
      .join("\r");
  }

  alignment(p: XEl): string {
    return JC_TO_ALIGN[child(child(p, "w:pPr"), "w:jc")?.attrs["w:val"] ?? "left"] ?? "Left";
  }

  paragraphNumber(
    p: XEl,
    name: "firstLineIndent" | "leftIndent" | "spaceBefore" | "spaceAfter" | "lineSpacing",
  ): number {
    const pPr = child(p, "w:pPr");
    const ind = child(pPr, "w:ind");
    const spacing = child(pPr, "w:spacing");
    switch (name) {
      case "firstLineIndent": {
        const hanging = numAttr(ind, "w:hanging");
        return hanging !== undefined ? -hanging / TWIPS_PER_PT : (numAttr(ind, "w:firstLine") ?? 0) / TWIPS_PER_PT;
      }
      case "leftIndent":
        return (numAttr(ind, "w:left") ?? numAttr(ind, "w:start") ?? 0) / TWIPS_PER_PT;
      case "spaceBefore":
        return (numAttr(spacing, "w:before") ?? 0) / TWIPS_PER_PT;
      case "spaceAfter":
        return (numAttr(spacing, "w:after") ?? 0) / TWIPS_PER_PT;
      case "lineSpacing":
        return (numAttr(spacing, "w:line") ?? 240) / TWIPS_PER_PT;
    }
  }

  /** A font property of a range: the direct formatting of its first run (styles are not resolved). */
  font(range: TextRange, name: "name" | "size" | "bold" | "italic" | "underline"): string | number | boolean {
    const run = this.runsOf(range, false)[0];
    const rPr = child(run, "w:rPr");
    switch (name) {
      case "name":
        return child(rPr, "w:rFonts")?.attrs["w:ascii"] ?? "";
      case "size":
        return (numAttr(child(rPr, "w:sz"), "w:val") ?? 20) / 2;
      case "bold":
        return onOff(child(rPr, "w:b"));
      case "italic":
        return onOff(child(rPr, "w:i"));
      case "underline":
        return child(rPr, "w:u")?.attrs["w:val"] === "single" ? "Single" : "None";
    }
  }

  rangeText(range: TextRange): string {
    const text = this.text(range.para);
    return range.whole ? text : text.slice(range.start, range.end);
  }

  /** Word's search over some paragraphs (see the header for what it models). */
  search(paragraphs: readonly XEl[], searchText: string, matchCase: boolean): TextRange[] {
    if (searchText.length > MAX_SEARCH_LENGTH) {
      throw new FakeOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
    }
    let needle = "";
    for (let i = 0; i < searchText.length; i++) {
      const c = searchText[i]!;
      if (c !== "^") {
        needle += c;
        continue;
      }
      const code = searchText[++i];
      if (code === "^") needle += "^";
      else if (code === "t") needle += "\t";
      else if (code === "l") needle += "\u000b";
      else throw new FakeOfficeError("SearchStringInvalidOrTooLong", `Unknown special character ^${code ?? ""}.`);
    }
    if (needle === "" || /[\t\v]/.test(searchText)) return [];
    const fold = (s: string) => (matchCase ? s : s.toLocaleLowerCase("vi"));
    const found: TextRange[] = [];
    for (const p of paragraphs) {
      const visible = this.segments(p).filter((s) => !s.deleted && !s.hidden);
      let hay = "";
      const offsets: number[] = [];
      for (const s of visible) {
        for (let k = 0; k < s.text.length; k++) offsets.push(s.start + k);
        hay += s.text;
      }
      const h = fold(hay);
      const n = fold(needle);
      for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + n.length)) {
        found.push(this.track({ para: p, start: offsets[i]!, end: offsets[i + n.length - 1]! + 1, whole: false }));
      }
    }
    return found;
  }

  whole(p: XEl): TextRange {
    return { para: p, start: 0, end: this.text(p).length, whole: true };
  }

  /** The package as `body.getOoxml()` returns it. */
  serialize(): string {
    return serializeXml(this.xml, (e) => this.synthetic.has(e));
  }

  // ---- writing ----

  setFont(range: TextRange, name: "name" | "size" | "bold" | "italic" | "underline", value: unknown): void {
    this.materialize(range.para);
    const runs = this.runsOf(range, true);
    const targets = runs.map((r) => ensureFirst(r, "w:rPr"));
    // the whole paragraph: its mark too (what selecting the paragraph and setting the font does)
    if (range.whole) targets.push(ensureRPrOfMark(range.para));
    for (const rPr of targets) {
      this.keepOldFormat(rPr, "w:rPrChange");
      switch (name) {
        case "name": {
          const f = setChild(rPr, "w:rFonts", {});
          const v = String(value);
          for (const k of Object.keys(f.attrs)) if (k.endsWith("Theme")) delete f.attrs[k];
          Object.assign(f.attrs, { "w:ascii": v, "w:hAnsi": v, "w:cs": v, "w:eastAsia": v });
          break;
        }
        case "size":
          setChild(rPr, "w:sz", { "w:val": String(Math.round(Number(value) * 2)) });
          setChild(rPr, "w:szCs", { "w:val": String(Math.round(Number(value) * 2)) });
          break;
        case "bold":
        case "italic": {
          const tag = name === "bold" ? "w:b" : "w:i";
          const attrs: Record<string, string> = value === true ? {} : { "w:val": "0" };
          setChild(rPr, tag, attrs);
          setChild(rPr, tag + "Cs", attrs);
          break;
        }
        case "underline":
          setChild(rPr, "w:u", { "w:val": value === "Single" ? "single" : "none" });
          break;
      }
    }
  }

  setParagraph(
    p: XEl,
    name: "alignment" | "firstLineIndent" | "leftIndent" | "spaceBefore" | "spaceAfter" | "lineSpacing",
    value: unknown,
  ): void {
    this.materialize(p);
    const pPr = ensureFirst(p, "w:pPr");
    this.keepOldFormat(pPr, "w:pPrChange");
    const n = Number(value);
    switch (name) {
      case "alignment": {
        const jc = ALIGN_TO_JC[String(value)];
        if (jc === undefined) throw new FakeOfficeError("InvalidArgument", `alignment ${String(value)}`);
        setChild(pPr, "w:jc", { "w:val": jc });
        break;
      }
      case "firstLineIndent": {
        const ind = setChild(pPr, "w:ind", undefined);
        for (const k of ["w:firstLine", "w:hanging", "w:firstLineChars", "w:hangingChars"]) delete ind.attrs[k];
        if (n < 0) ind.attrs["w:hanging"] = twips(-n);
        else ind.attrs["w:firstLine"] = twips(n);
        break;
      }
      case "leftIndent": {
        const ind = setChild(pPr, "w:ind", undefined);
        for (const k of ["w:start", "w:leftChars", "w:startChars"]) delete ind.attrs[k];
        ind.attrs["w:left"] = twips(n);
        break;
      }
      case "spaceBefore":
      case "spaceAfter": {
        const side = name === "spaceBefore" ? "before" : "after";
        const spacing = setChild(pPr, "w:spacing", undefined);
        delete spacing.attrs[`w:${side}Lines`];
        delete spacing.attrs[`w:${side}Autospacing`];
        spacing.attrs[`w:${side}`] = twips(n);
        break;
      }
      case "lineSpacing": {
        const spacing = setChild(pPr, "w:spacing", undefined);
        spacing.attrs["w:line"] = twips(n);
        spacing.attrs["w:lineRule"] = "auto";
        break;
      }
    }
  }

  /** `Range.insertText`. Returns the range of the new text. */
  insertText(range: TextRange, text: string, location: string): TextRange {
    const p = range.para;
    this.materialize(p);
    const full = this.text(p);
    const [start, end] = range.whole ? [0, full.length] : [range.start, range.end];
    if (location === "Start" || location === "Before") return this.insertAt(p, start, text, start);
    if (location === "End" || location === "After") return this.insertAt(p, end, text, end);
    // Replace
    this.splitAt(p, start);
    this.splitAt(p, end);
    const segs = this.segments(p).filter((s) => s.start >= start && s.end <= end && !s.deleted);
    const runs = unique(segs.map((s) => s.run));
    const first = runs[0];
    if (first === undefined) return this.insertAt(p, start, text, start);
    const newRun = runWith(child(first, "w:rPr"), text);
    if (this.tracking) {
      let last: XEl = first;
      for (const r of runs) {
        for (const t of elements(r)) if (t.name === "w:t") t.name = "w:delText";
        const del = el("w:del", this.revision());
        insertBefore(r, del);
        append(del, r);
        last = del;
      }
      insertAfter(last, el("w:ins", this.revision(), [newRun]));
      this.shift(p, end, text.length, range);
      return this.track({ para: p, start: end, end: end + text.length, whole: false });
    }
    insertBefore(first, newRun);
    runs.forEach(detach);
    this.shift(p, end, text.length - (end - start), range);
    return this.track({ para: p, start, end: start + text.length, whole: false });
  }

  /** `Paragraph.insertParagraph`. */
  insertParagraph(p: XEl, text: string, location: "Before" | "After"): XEl {
    const fresh = el("w:p");
    const pPr = child(p, "w:pPr");
    if (pPr !== undefined) {
      const copy = clone(pPr);
      removeChild(copy, "w:sectPr");
      removeChild(copy, "w:pPrChange");
      append(fresh, copy);
    }
    const markRPr = child(child(fresh, "w:pPr"), "w:rPr");
    const run = runWith(markRPr ?? child(this.runsOf(this.whole(p), false).at(-1), "w:rPr"), text);
    if (this.tracking) {
      append(fresh, el("w:ins", this.revision(), [run]));
      append(ensureRPrOfMark(fresh), el("w:ins", this.revision()));
    } else append(fresh, run);
    if (location === "After") insertAfter(p, fresh);
    else insertBefore(p, fresh);
    return fresh;
  }

  /** `insertOoxml` relative to the paragraph holding `range`: whole blocks before or after it. */
  insertOoxml(range: TextRange, ooxml: string, location: string): void {
    const body = findFirst(parseXml(ooxml).root, "w:body");
    if (body === undefined) throw new FakeOfficeError("InsertOoxmlFailed", "no w:body");
    const blocks = elements(body).filter((b) => b.name !== "w:sectPr");
    let anchor: XEl = range.para;
    for (const b of blocks) {
      if (location === "Before" || location === "Start") insertBefore(range.para, b);
      else {
        insertAfter(anchor, b);
        anchor = b;
      }
    }
  }

  /** Every comment of the package, in the order of /word/comments.xml. */
  get comments(): FakeComment[] {
    const part = findFirst(this.xml.root, "w:comments");
    if (part === undefined) return [];
    return elements(part)
      .filter((c) => c.name === "w:comment")
      .map((c) => ({
        id: Number(c.attrs["w:id"]),
        author: c.attrs["w:author"] ?? "",
        text: elements(c)
          .filter((p) => p.name === "w:p")
          .map((p) => this.text(p))
          .join("\r"),
        anchor: this.anchorOf(c.attrs["w:id"] ?? ""),
      }));
  }

  /** `Comment.delete()`: the comment, its range markers and its reference run. */
  deleteComment(id: number): void {
    const part = findFirst(this.xml.root, "w:comments");
    const comment = part && elements(part).find((c) => c.name === "w:comment" && c.attrs["w:id"] === String(id));
    if (comment === undefined) throw new FakeOfficeError("ItemNotFound", `comment ${id}`);
    detach(comment);
    const marks: XEl[] = [];
    const visit = (e: XEl): void => {
      for (const c of elements(e)) {
        if (["w:commentRangeStart", "w:commentRangeEnd"].includes(c.name) && c.attrs["w:id"] === String(id))
          marks.push(c);
        else if (c.name === "w:r" && child(c, "w:commentReference")?.attrs["w:id"] === String(id)) marks.push(c);
        else visit(c);
      }
    };
    visit(this.body);
    marks.forEach(detach);
  }

  /** The text between a comment's range markers, within the paragraph of its start (Word's text of it). */
  private anchorOf(id: string): string {
    const find = (e: XEl): boolean =>
      elements(e).some((c) => {
        if (c.name === "w:commentRangeStart" && c.attrs["w:id"] === id) return true;
        return find(c);
      });
    const para = this.paragraphs().find((p) => find(p));
    if (para === undefined) return "";
    const texts = new Map<XEl, string>();
    for (const s of this.segments(para)) texts.set(s.run, (texts.get(s.run) ?? "") + s.text);
    let on = false;
    let out = "";
    const walk = (e: XEl): void => {
      for (const c of elements(e)) {
        if (c.name === "w:commentRangeStart" && c.attrs["w:id"] === id) on = true;
        else if (c.name === "w:commentRangeEnd" && c.attrs["w:id"] === id) on = false;
        else if (c.name === "w:r") out += on ? (texts.get(c) ?? "") : "";
        else walk(c);
      }
    };
    walk(para);
    return out;
  }

  /** `Range.insertComment`. */
  insertComment(range: TextRange, text: string): FakeComment {
    const p = range.para;
    this.materialize(p);
    const [start, end] = range.whole ? [0, this.text(p).length] : [range.start, range.end];
    const runs = this.runsOf({ para: p, start, end, whole: false }, true);
    const id = this.nextId++;
    const first = runs[0];
    const last = runs.at(-1);
    if (first === undefined || last === undefined) throw new FakeOfficeError("InvalidArgument", "empty range");
    insertBefore(first, el("w:commentRangeStart", { "w:id": String(id) }));
    const endMark = el("w:commentRangeEnd", { "w:id": String(id) });
    insertAfter(last, endMark);
    insertAfter(
      endMark,
      el("w:r", {}, [
        el("w:rPr", {}, [el("w:rStyle", { "w:val": "CommentReference" })]),
        el("w:commentReference", { "w:id": String(id) }),
      ]),
    );
    const comment = { id, author: this.author, text, anchor: this.text(p).slice(start, end) };
    append(
      this.commentsPart(),
      el("w:comment", { "w:id": String(id), "w:author": this.author, "w:date": REVISION_DATE }, [
        el("w:p", {}, [runWith(undefined, text)]),
      ]),
    );
    return comment;
  }

  setPageSetup(section: number, name: keyof PageSetupPt, value: number): void {
    const s = this.sections[section];
    if (s === undefined) throw new FakeOfficeError("ItemNotFound", `section ${section}`);
    s.setup[name] = value;
    if (s.sectPr === undefined) return;
    if (name === "pageWidth" || name === "pageHeight") {
      const pgSz = setChild(s.sectPr, "w:pgSz", undefined);
      pgSz.attrs["w:w"] = twips(s.setup.pageWidth);
      pgSz.attrs["w:h"] = twips(s.setup.pageHeight);
      if (s.setup.pageWidth > s.setup.pageHeight) pgSz.attrs["w:orient"] = "landscape";
      else delete pgSz.attrs["w:orient"];
    } else {
      const side = { topMargin: "top", bottomMargin: "bottom", leftMargin: "left", rightMargin: "right" }[name];
      setChild(s.sectPr, "w:pgMar", undefined).attrs[`w:${side}`] = twips(value);
    }
  }

  setTrackingMode(mode: TrackingMode): void {
    this.trackingMode = mode;
    const settings = findFirst(this.xml.root, "w:settings");
    if (settings === undefined) return;
    if (mode === "Off") removeChild(settings, "w:trackRevisions");
    else ensureChild(settings, "w:trackRevisions");
  }

  /** Forgets the ranges handed out in one Word.run (Word releases its tracked objects then). */
  releaseRanges(): void {
    this.live.clear();
  }

  // ---- internals ----

  private get tracking(): boolean {
    return this.trackingMode !== "Off";
  }

  private settingsTracked(): boolean {
    const settings = findFirst(this.xml.root, "w:settings");
    return settings !== undefined && onOff(child(settings, "w:trackRevisions"));
  }

  private revision(): Record<string, string> {
    return { "w:id": String(this.nextId++), "w:author": this.author, "w:date": REVISION_DATE };
  }

  private keepOldFormat(props: XEl, changeName: "w:rPrChange" | "w:pPrChange"): void {
    if (!this.tracking || child(props, changeName) !== undefined) return;
    const old = el(changeName === "w:rPrChange" ? "w:rPr" : "w:pPr");
    for (const c of elements(props)) {
      if (!["w:rPrChange", "w:pPrChange", "w:rPr", "w:sectPr"].includes(c.name)) append(old, clone(c));
    }
    append(props, el(changeName, this.revision(), [old]));
  }

  private track(range: TextRange): TextRange {
    this.live.add(range);
    return range;
  }

  /** Text inserted or removed at `at` in `p`: ranges after it move with their text. */
  private shift(p: XEl, at: number, delta: number, except: TextRange): void {
    for (const r of this.live) {
      if (r === except || r.para !== p || r.whole || r.start < at) continue;
      r.start += delta;
      r.end += delta;
    }
  }

  private insertAt(p: XEl, offset: number, text: string, rangeStart: number): TextRange {
    this.splitAt(p, offset);
    const after = this.segments(p).find((s) => s.start >= offset);
    const before = [...this.segments(p)].reverse().find((s) => s.end <= offset);
    const newRun = runWith(child((before ?? after)?.run, "w:rPr"), text);
    const node = this.tracking ? el("w:ins", this.revision(), [newRun]) : newRun;
    if (after !== undefined) insertBefore(outermost(after.run, p), node);
    else append(p, node);
    const range = { para: p, start: rangeStart, end: rangeStart + text.length, whole: false };
    this.shift(p, offset, text.length, range);
    return this.track(range);
  }

  /** Splits the run holding `offset` so that a run starts there. */
  private splitAt(p: XEl, offset: number): void {
    for (const s of this.segments(p)) {
      if (offset > s.start && offset < s.end) return splitRun(s.run, s.node, offset - s.start);
      if (offset === s.start) return splitRun(s.run, s.node, 0);
    }
  }

  /** The runs a range covers (split at its ends when `split`); the whole paragraph: all its runs. */
  private runsOf(range: TextRange, split: boolean): XEl[] {
    if (range.whole) return allRuns(range.para);
    if (split) {
      this.splitAt(range.para, range.start);
      this.splitAt(range.para, range.end);
    }
    return unique(
      this.segments(range.para)
        .filter((s) => s.start >= range.start && s.end <= range.end)
        .map((s) => s.run),
    );
  }

  private segments(p: XEl): Segment[] {
    const out: Segment[] = [];
    let pos = 0;
    const fields: boolean[] = []; // open fields: true while in the code, false in the result
    const run = (r: XEl, deleted: boolean): void => {
      const hidden = onOff(child(child(r, "w:rPr"), "w:vanish"));
      for (const c of elements(r)) {
        if (c.name === "w:fldChar") {
          const type = c.attrs["w:fldCharType"];
          if (type === "begin") fields.push(true);
          else if (type === "separate" && fields.length > 0) fields[fields.length - 1] = false;
          else if (type === "end") fields.pop();
          continue;
        }
        if (fields.at(-1) === true) continue;
        let t: string | undefined;
        switch (c.name) {
          case "w:t":
          case "w:delText":
            t = textOf(c);
            break;
          case "w:tab":
          case "w:ptab":
            t = "\t";
            break;
          case "w:br":
            t = c.attrs["w:type"] === "page" || c.attrs["w:type"] === "column" ? undefined : "\u000b";
            break;
          case "w:cr":
            t = "\u000b";
            break;
          case "w:noBreakHyphen":
            t = "-";
            break;
          case "w:sym":
            t = "(";
            break;
        }
        if (t === undefined || t === "") continue;
        out.push({ start: pos, end: pos + t.length, text: t, run: r, node: c, deleted, hidden });
        pos += t.length;
      }
    };
    const visit = (container: XEl, deleted: boolean): void => {
      for (const c of elements(container)) {
        if (c.name === "w:r") run(c, deleted);
        else if (DELETED.has(c.name)) visit(c, true);
        else if (c.name === "w:sdt") visit(child(c, "w:sdtContent") ?? c, deleted);
        else if (INLINE.has(c.name)) visit(c, deleted);
      }
    };
    visit(p, false);
    return out;
  }

  private topLevelParagraphs(): XEl[] {
    const out: XEl[] = [];
    const blocks = (container: XEl): void => {
      for (const c of elements(container)) {
        if (c.name === "w:p") out.push(c);
        else if (c.name === "w:sdt") blocks(child(c, "w:sdtContent") ?? c);
        else if (c.name === "w:customXml" || c.name === "w:ins") blocks(c);
      }
    };
    blocks(this.body);
    return out;
  }

  /** The paragraph Word keeps after a table that ends the body or a cell. */
  private addTrailingParagraphs(container: XEl): void {
    const blocks = elements(container).filter((c) => !["w:sectPr", "w:tcPr", "w:tblPr"].includes(c.name));
    for (const c of blocks) {
      if (c.name === "w:tbl") for (const tc of cellsOf(c)) this.addTrailingParagraphs(tc);
    }
    const last = blocks.at(-1);
    if (last?.name === "w:tbl") {
      const p = el("w:p");
      insertAfter(last, p);
      this.synthetic.add(p);
    }
  }

  /** A paragraph Word listed but the package lacked becomes part of the package once written to. */
  private materialize(p: XEl): void {
    this.synthetic.delete(p);
  }

  private commentsPart(): XEl {
    const existing = findFirst(this.xml.root, "w:comments");
    if (existing !== undefined) return existing;
    const comments = el("w:comments", { "xmlns:w": W_NS });
    append(
      this.xml.root,
      el(
        "pkg:part",
        {
          "pkg:name": "/word/comments.xml",
          "pkg:contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
        },
        [el("pkg:xmlData", {}, [comments])],
      ),
    );
    return comments;
  }
}

const REVISION_DATE = "2025-01-01T00:00:00Z";

function setupOf(sectPr: XEl | undefined): PageSetupPt {
  if (sectPr === undefined) return { ...DEFAULT_SETUP };
  const pgSz = child(sectPr, "w:pgSz");
  const pgMar = child(sectPr, "w:pgMar");
  const pt = (e: XEl | undefined, a: string, d: number) => (numAttr(e, a) ?? d * TWIPS_PER_PT) / TWIPS_PER_PT;
  return {
    pageWidth: pt(pgSz, "w:w", DEFAULT_SETUP.pageWidth),
    pageHeight: pt(pgSz, "w:h", DEFAULT_SETUP.pageHeight),
    topMargin: pt(pgMar, "w:top", DEFAULT_SETUP.topMargin),
    bottomMargin: pt(pgMar, "w:bottom", DEFAULT_SETUP.bottomMargin),
    leftMargin: pt(pgMar, "w:left", DEFAULT_SETUP.leftMargin),
    rightMargin: pt(pgMar, "w:right", DEFAULT_SETUP.rightMargin),
  };
}

/** A table's cells, looking through w:sdt / w:customXml wrappers of rows and cells. */
function cellsOf(tbl: XEl): XEl[] {
  const wrapped = (e: XEl, name: string): XEl[] =>
    elements(e).flatMap((c) =>
      c.name === name
        ? [c]
        : c.name === "w:sdt" || c.name === "w:customXml"
          ? wrapped(child(c, "w:sdtContent") ?? c, name)
          : [],
    );
  return wrapped(tbl, "w:tr").flatMap((tr) => wrapped(tr, "w:tc"));
}

/** Every run of a paragraph (through hyperlinks, revisions, fields), not those of a text box inside it. */
function allRuns(p: XEl): XEl[] {
  const out: XEl[] = [];
  const visit = (e: XEl): void => {
    for (const c of elements(e)) {
      if (c.name === "w:r") out.push(c);
      else if (c.name !== "w:pPr") visit(c.name === "w:sdt" ? (child(c, "w:sdtContent") ?? c) : c);
    }
  };
  visit(p);
  return out;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** The child of `p` that holds `run` (the run itself, or the hyperlink / revision around it). */
function outermost(run: XEl, p: XEl): XEl {
  let e = run;
  while (e.parent !== undefined && e.parent !== p) e = e.parent;
  return e;
}

function runWith(rPr: XEl | undefined, text: string): XEl {
  const r = el("w:r");
  if (rPr !== undefined) {
    const copy = clone(rPr);
    removeChild(copy, "w:rPrChange");
    removeChild(copy, "w:ins");
    removeChild(copy, "w:del");
    append(r, copy);
  }
  append(r, textEl("w:t", text, { "xml:space": "preserve" }));
  return r;
}

/** `parent`'s first child `name` (w:pPr of a w:p, w:rPr of a w:r), created where the schema wants it: first. */
function ensureFirst(parent: XEl, name: string): XEl {
  const existing = child(parent, name);
  if (existing !== undefined) return existing;
  const c = el(name);
  prepend(parent, c);
  return c;
}

function ensureRPrOfMark(p: XEl): XEl {
  const pPr = ensureFirst(p, "w:pPr");
  const existing = child(pPr, "w:rPr");
  if (existing !== undefined) return existing;
  const rPr = el("w:rPr");
  const after = elements(pPr).find((c) => c.name === "w:sectPr" || c.name === "w:pPrChange");
  if (after !== undefined) insertBefore(after, rPr);
  else append(pPr, rPr);
  return rPr;
}

/**
 * Sets a property element: replaces it when there, else adds it before the elements the schema puts last (a
 * paragraph mark's w:rPr, w:sectPr, the revision records). `attrs` undefined keeps an existing element's attributes.
 */
function setChild(parent: XEl, name: string, attrs: Record<string, string> | undefined): XEl {
  const existing = child(parent, name);
  if (existing !== undefined) {
    if (attrs !== undefined) existing.attrs = { ...attrs };
    return existing;
  }
  const c = el(name, attrs ?? {});
  const tail = elements(parent).find((e) => ["w:rPr", "w:sectPr", "w:pPrChange", "w:rPrChange"].includes(e.name));
  if (tail !== undefined && parent.name === "w:pPr") insertBefore(tail, c);
  else {
    const change = child(parent, "w:rPrChange");
    if (change !== undefined) insertBefore(change, c);
    else append(parent, c);
  }
  return c;
}

/** Splits `run` before `node` (at character `at` inside a w:t): the rest moves to a new run after it. */
function splitRun(run: XEl, node: XEl, at: number): void {
  let from: XEl = node;
  if (at > 0) {
    const text = textOf(node);
    const attrs = { ...node.attrs, "xml:space": "preserve" };
    const head = textEl(node.name, text.slice(0, at), attrs);
    const tail = textEl(node.name, text.slice(at), attrs);
    insertBefore(node, head);
    insertBefore(node, tail);
    detach(node);
    from = tail;
  }
  const index = run.children.indexOf(from);
  const before = run.children.slice(0, index).filter((c) => c instanceof XEl && c.name !== "w:rPr");
  if (before.length === 0) return;
  const rest = el("w:r", { ...run.attrs });
  const rPr = child(run, "w:rPr");
  if (rPr !== undefined) append(rest, clone(rPr));
  for (const c of run.children.slice(index)) append(rest, c);
  insertAfter(run, rest);
}
