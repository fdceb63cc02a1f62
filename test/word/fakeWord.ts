/**
 * A fake of the Office.js Word surface the adapter calls (src/word/types.ts, which the compiler checks against
 * @types/office-js), with a document of its own (./fakeDocument.ts: which paragraphs Word lists, what their text is,
 * what a search finds, how a write changes the package). The request model follows the Office.js runtime
 * (node_modules/@microsoft/office-js/dist/word-web-16.00.debug.js, read for this):
 *
 * - Proxies queue their work; `context.sync()` runs the queue in order. A sync with nothing queued does not reach
 *   Word and is not counted (`syncPrivate`: `if (!req.hasActions)`); `Word.run` syncs what is still queued when its
 *   batch resolves (`_runCommon`: `ctx.sync(runBodyResult)`), and its objects are invalid afterwards
 *   (InvalidObjectPath here).
 * - A scalar property is readable only after `load` of its exact path and a sync, else PropertyNotLoaded with the
 *   runtime's message (`Utility.throwIfNotLoaded`). A collection's "items" (or "items/") means every scalar of its
 *   items and "items/x" means "x" (`_parseSelectExpand`); a navigation property (`font`, `pageSetup`) is never loaded
 *   by "items": `sections.load("items")` leaves `pageSetup.topMargin` unreadable. Values are those at the sync.
 * - An error in the queue rejects the sync; what was queued before it has happened (Word's batches are not
 *   transactions), nothing after it.
 * - `Section.pageSetup` needs WordApiDesktop 1.3: without it a load or write fails at sync with ApiNotFound. The
 *   WordApi 1.4 members (`Document.changeTrackingMode`, `Range.insertComment`, `Body.getComments`, `Comment.*`) fail
 *   the same way on a host that has WordApi 1.3 only (`fakeWordApi(state, [], { wordApi: 1.3 })`).
 * - Stricter than Word where Word's answer is not documented (assumed): a property set to undefined, null or NaN, or
 *   an insert location or selection mode outside the documented enum, fails the sync with InvalidArgument.
 * - Custom XML parts (`document.customXmlParts`, WordApi 1.4, as documented at
 *   https://learn.microsoft.com/javascript/api/word/word.customxmlpartcollection and …/word.customxmlpart):
 *   `getByNamespace(uri)` is the parts whose root element is in that namespace (`namespaceUri`), `add(xml)` adds a
 *   part (a part that is not well-formed fails the sync with InvalidArgument, assumed), `getXml()` is a ClientResult
 *   filled at the sync, `delete()` removes it; `id` is a GUID in braces. They live in `state.customXmlParts`.
 * Every write is also recorded in `edits`, in order, with where it went ("p3", "p2/match1", "new:p3#1", "section0").
 */
import type {
  WBody,
  WComment,
  WCommentCollection,
  WContext,
  WCustomXmlPart,
  WCustomXmlPartCollection,
  WCustomXmlPartScopedCollection,
  WDocument,
  WFont,
  WPageSetup,
  WParagraph,
  WParagraphCollection,
  WRange,
  WRangeCollection,
  WResult,
  WSearchOptions,
  WSection,
  WSectionCollection,
  WordAlignment,
  WordHostApi,
} from "../../src/word/types";
import {
  FakeOfficeError,
  WordDocument,
  packageOf,
  packageWithBody,
  type FakeComment,
  type PageSetupPt,
  type TextRange,
  type TrackingMode,
} from "./fakeDocument";
import { parseXml, type XEl } from "./fakeXml";

export { FakeOfficeError, packageOf, packageWithBody, type PageSetupPt, type TrackingMode };

export interface Edit {
  /** What was written: "font.name", "alignment", "insertText", "insertParagraph", "insertOoxml", "select", ... */
  op: string;
  /** Where: "p3", "p3/match0", "selection", "section0", "body", "new:p3#1". */
  target: string;
  value?: unknown;
  location?: string;
}

export interface FakeWordOptions {
  /** What Word's page setup API reports where the package has no section properties (by section). */
  pageSetups?: PageSetupPt[];
  trackingMode?: TrackingMode;
  /** What `body.getOoxml()` returns instead of the document (e.g. something the reader cannot read). */
  ooxmlOverride?: string;
  /** The custom XML parts the document opens with (their XML texts). */
  customXmlParts?: string[];
}

/** A custom XML part of the fake document. */
export interface FakeCustomXmlPart {
  id: string;
  xml: string;
}

/** The namespace of an XML text's root element (its default namespace or its prefix's); "" when none or not XML. */
export function rootNamespace(xml: string): string {
  let root: XEl;
  try {
    root = parseXml(xml).root;
  } catch {
    return "";
  }
  const colon = root.name.indexOf(":");
  return root.attrs[colon < 0 ? "xmlns" : `xmlns:${root.name.slice(0, colon)}`] ?? "";
}

export class FakeWordState {
  /** `context.sync()` round trips to Word (a sync with nothing queued is none). */
  syncs = 0;
  runs = 0;
  edits: Edit[] = [];
  /** The loads queued, as "<object>:<paths>". */
  loads: string[] = [];
  failNextSyncWith: Error | undefined;
  readonly doc: WordDocument;
  /** The document's custom XML parts, in order. */
  customXmlParts: FakeCustomXmlPart[] = [];
  private partCount = 0;

  constructor(
    ooxml: string,
    readonly options: FakeWordOptions = {},
  ) {
    this.doc = new WordDocument(ooxml, options);
    for (const xml of options.customXmlParts ?? []) this.addCustomXmlPart(xml);
  }

  addCustomXmlPart(xml: string): FakeCustomXmlPart {
    this.partCount++;
    const part = { id: `{00000000-0000-4000-8000-${String(this.partCount).padStart(12, "0")}}`, xml };
    this.customXmlParts.push(part);
    return part;
  }

  /** A document of plain paragraphs ("\t" a tab, "\u000b" a line break). */
  static fromTexts(texts: readonly string[], options: FakeWordOptions = {}): FakeWordState {
    return new FakeWordState(packageOf(texts), options);
  }

  /** The paragraph texts as Word has them now. */
  paragraphTexts(): string[] {
    return this.doc.paragraphs().map((p) => this.doc.text(p));
  }

  /** The package as `body.getOoxml()` would return it now. */
  ooxml(): string {
    return this.options.ooxmlOverride ?? this.doc.serialize();
  }

  get comments(): readonly FakeComment[] {
    return this.doc.comments;
  }

  record(e: Edit): void {
    this.edits.push(e);
  }
}

// ---- loading ----

interface Schema {
  name: string;
  scalars: readonly string[];
  nav: Readonly<Record<string, Schema>>;
}

const FONT: Schema = { name: "Font", scalars: ["name", "size", "bold", "italic", "underline"], nav: {} };
const RANGE: Schema = { name: "Range", scalars: ["text"], nav: { font: FONT } };
const PARAGRAPH: Schema = {
  name: "Paragraph",
  scalars: ["text", "alignment", "firstLineIndent", "leftIndent", "spaceBefore", "spaceAfter", "lineSpacing"],
  nav: { font: FONT },
};
const PAGE_SETUP: Schema = {
  name: "PageSetup",
  scalars: ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "pageWidth", "pageHeight"],
  nav: {},
};
const SECTION: Schema = { name: "Section", scalars: [], nav: { pageSetup: PAGE_SETUP } };
const BODY: Schema = { name: "Body", scalars: ["text"], nav: {} };
const DOCUMENT: Schema = { name: "Document", scalars: ["changeTrackingMode"], nav: {} };
const COMMENT: Schema = { name: "Comment", scalars: ["content", "authorName"], nav: {} };
const CUSTOM_XML_PART: Schema = { name: "CustomXmlPart", scalars: ["id", "namespaceUri"], nav: {} };

interface LoadSpec {
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
}

function pathsOf(names: string | string[] | undefined): string[] {
  const list = Array.isArray(names) ? names : (names ?? "").split(",");
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

/** The runtime's reading of a collection's paths: "items" is every scalar, "items/x" is "x". */
function itemPaths(names: string | string[] | undefined): string[] {
  const paths = pathsOf(names).map((p) => {
    const lower = p.toLowerCase();
    if (lower === "items" || lower === "items/") return "*";
    return lower.startsWith("items/") ? p.slice(6) : p;
  });
  return paths.length === 0 ? ["*"] : paths;
}

function specOf(paths: readonly string[], schema: Schema): LoadSpec {
  const spec: LoadSpec = { scalars: new Set(), nav: new Map() };
  const all = paths.length === 0 ? ["*"] : paths;
  for (const path of all) {
    const [head, ...rest] = path.split("/");
    if (head === "*") schema.scalars.forEach((s) => spec.scalars.add(s));
    else if (head !== undefined && schema.scalars.includes(head) && rest.length === 0) spec.scalars.add(head);
    else if (head !== undefined && schema.nav[head] !== undefined) {
      const sub = specOf(rest.length === 0 ? ["*"] : [rest.join("/")], schema.nav[head]);
      const prev = spec.nav.get(head);
      if (prev === undefined) spec.nav.set(head, sub);
      else {
        sub.scalars.forEach((s) => prev.scalars.add(s));
        sub.nav.forEach((v, k) => prev.nav.set(k, v));
      }
    } else throw new Error(`fake Word: ${schema.name} has no property "${path}" (or the fake does not model it)`);
  }
  return spec;
}

/** A value Office.js could send: not undefined, null or NaN. */
function checked<T>(what: string, value: T): T {
  if (value === undefined || value === null || (typeof value === "number" && Number.isNaN(value))) {
    throw new FakeOfficeError("InvalidArgument", `${what}: ${String(value)} is not a value`);
  }
  return value;
}

function oneOf<T extends string>(what: string, value: string | undefined, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value ?? "")) {
    throw new FakeOfficeError("InvalidArgument", `${what}: "${String(value)}" is not one of ${allowed.join(", ")}`);
  }
  return value as T;
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the ` +
      `containing object and call "context.sync()" on the associated request context.`,
  );
}

interface Op {
  run: () => void;
}

class FakeContext implements WContext {
  readonly document: FakeDocument;
  valid = true;
  private queue: Op[] = [];

  constructor(
    readonly state: FakeWordState,
    readonly pageSetupApi: boolean,
    /** The WordApi requirement set the host has (1.4 and later: comments and change tracking). */
    readonly wordApi = 1.4,
  ) {
    this.document = new FakeDocument(this);
  }

  /** A WordApi 1.4 member used on a host without it: Word rejects the sync (ApiNotFound). */
  requireWordApi14(member: string): void {
    if (this.wordApi < 1.4) throw new FakeOfficeError("ApiNotFound", `${member} needs WordApi 1.4.`);
  }

  get doc(): WordDocument {
    return this.state.doc;
  }

  check(): void {
    if (!this.valid) {
      throw new FakeOfficeError("InvalidObjectPath", "The object is used after its Word.run ended.");
    }
  }

  enqueue(run: () => void): void {
    this.check();
    this.queue.push({ run });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<unknown> {
    this.check();
    const ops = this.queue.splice(0);
    if (ops.length === 0) return undefined;
    this.state.syncs++;
    const failure = this.state.failNextSyncWith;
    if (failure !== undefined) {
      this.state.failNextSyncWith = undefined;
      throw failure;
    }
    for (const op of ops) op.run();
    return undefined;
  }
}

abstract class FakeObject {
  protected readonly loaded = new Map<string, unknown>();
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly schema: Schema,
  ) {}

  /** A scalar's value in the document now. */
  protected abstract current(name: string): unknown;

  protected navigation(name: string): FakeObject {
    throw new Error(`fake Word: ${this.schema.name}.${name} is not modelled`);
  }

  snapshot(spec: LoadSpec): void {
    for (const name of spec.scalars) this.loaded.set(name, this.current(name));
    for (const [name, sub] of spec.nav) this.navigation(name).snapshot(sub);
  }

  protected read<T>(name: string): T {
    this.ctx.check();
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected queueLoad(names: string | string[] | undefined): void {
    const spec = specOf(pathsOf(names), this.schema);
    this.ctx.state.loads.push(`${this.schema.name}:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => this.snapshot(spec));
  }
}

class FakeFont extends FakeObject implements WFont {
  constructor(
    ctx: FakeContext,
    private readonly range: () => TextRange,
    private readonly target: string,
  ) {
    super(ctx, FONT);
  }
  protected current(name: string): unknown {
    return this.ctx.doc.font(this.range(), name as "name");
  }
  private write(name: "name" | "size" | "bold" | "italic" | "underline", value: unknown): void {
    this.ctx.enqueue(() => {
      this.ctx.state.record({ op: `font.${name}`, target: this.target, value });
      this.ctx.doc.setFont(this.range(), name, checked(`font.${name}`, value));
    });
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.write("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.write("size", v);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v);
  }
  get underline(): string {
    return this.read("underline");
  }
  set underline(v: string) {
    this.write("underline", v);
  }
}

/** `Word.Comment` (WordApi 1.4), as far as the fake models it: `content`, `authorName`, `delete()`. */
export class FakeCommentProxy extends FakeObject implements WComment {
  constructor(
    ctx: FakeContext,
    private readonly id: () => number,
  ) {
    super(ctx, COMMENT);
  }
  private comment(): FakeComment {
    const id = this.id();
    const c = this.ctx.doc.comments.find((x) => x.id === id);
    if (c === undefined) throw new FakeOfficeError("ItemNotFound", `comment ${id} is no longer in the document`);
    return c;
  }
  protected current(name: string): unknown {
    this.ctx.requireWordApi14("Comment");
    return name === "authorName" ? this.comment().author : this.comment().text;
  }
  get content(): string {
    return this.read("content");
  }
  get authorName(): string {
    return this.read("authorName");
  }
  load(names?: string | string[]): FakeCommentProxy {
    this.queueLoad(names);
    return this;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("Comment.delete");
      const id = this.comment().id;
      this.ctx.state.record({ op: "deleteComment", target: `comment${id}` });
      this.ctx.doc.deleteComment(id);
    });
  }
}

/** `Word.CommentCollection` (WordApi 1.4): the comments at the sync. */
class FakeCommentCollection extends FakeObject implements WCommentCollection {
  constructor(ctx: FakeContext) {
    super(ctx, COMMENT);
  }
  protected current(): unknown {
    return undefined;
  }
  get items(): FakeCommentProxy[] {
    return this.read("items");
  }
  load(names?: string | string[]): FakeCommentCollection {
    const spec = specOf(itemPaths(names), COMMENT);
    this.ctx.state.loads.push(`CommentCollection:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("Body.getComments");
      const items = this.ctx.doc.comments.map((c) => new FakeCommentProxy(this.ctx, () => c.id));
      items.forEach((i) => i.snapshot(spec));
      this.loaded.set("items", items);
    });
    return this;
  }
}

/** `Word.CustomXmlPart` (WordApi 1.4): `id`, `namespaceUri`, `getXml()`, `delete()`. */
class FakeCustomXmlPartProxy extends FakeObject implements WCustomXmlPart {
  constructor(
    ctx: FakeContext,
    private readonly partId: () => string,
  ) {
    super(ctx, CUSTOM_XML_PART);
  }
  private part(): FakeCustomXmlPart {
    const id = this.partId();
    const p = this.ctx.state.customXmlParts.find((x) => x.id === id);
    if (p === undefined)
      throw new FakeOfficeError("ItemNotFound", `custom XML part ${id} is no longer in the document`);
    return p;
  }
  protected current(name: string): unknown {
    this.ctx.requireWordApi14("CustomXmlPart");
    return name === "id" ? this.part().id : rootNamespace(this.part().xml);
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  load(names?: string | string[]): FakeCustomXmlPartProxy {
    this.queueLoad(names);
    return this;
  }
  getXml(): WResult<string> {
    let value: string | undefined;
    this.ctx.state.loads.push("CustomXmlPart:getXml");
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("CustomXmlPart.getXml");
      value = this.part().xml;
    });
    const ctx = this.ctx;
    return {
      get value(): string {
        ctx.check();
        if (value === undefined) throw notLoaded("value");
        return value;
      },
    };
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("CustomXmlPart.delete");
      const id = this.part().id;
      this.ctx.state.record({ op: "deleteCustomXmlPart", target: id });
      this.ctx.state.customXmlParts = this.ctx.state.customXmlParts.filter((p) => p.id !== id);
    });
  }
}

/** `Word.CustomXmlPartScopedCollection` (WordApi 1.4): the parts of one namespace, at the sync. */
class FakeCustomXmlPartScopedCollection extends FakeObject implements WCustomXmlPartScopedCollection {
  constructor(
    ctx: FakeContext,
    private readonly namespaceUri: string,
  ) {
    super(ctx, CUSTOM_XML_PART);
  }
  protected current(): unknown {
    return undefined;
  }
  get items(): FakeCustomXmlPartProxy[] {
    return this.read("items");
  }
  load(names?: string | string[]): FakeCustomXmlPartScopedCollection {
    const spec = specOf(itemPaths(names), CUSTOM_XML_PART);
    this.ctx.state.loads.push(`CustomXmlPartScopedCollection:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("CustomXmlPartCollection.getByNamespace");
      const items = this.ctx.state.customXmlParts
        .filter((p) => rootNamespace(p.xml) === this.namespaceUri)
        .map((p) => new FakeCustomXmlPartProxy(this.ctx, () => p.id));
      items.forEach((i) => i.snapshot(spec));
      this.loaded.set("items", items);
    });
    return this;
  }
}

/** `Word.CustomXmlPartCollection` (WordApi 1.4): `document.customXmlParts`. */
class FakeCustomXmlPartCollection implements WCustomXmlPartCollection {
  constructor(private readonly ctx: FakeContext) {}
  add(xml: string): FakeCustomXmlPartProxy {
    let part: FakeCustomXmlPart | undefined;
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("CustomXmlPartCollection.add");
      try {
        parseXml(checked("xml", xml));
      } catch {
        throw new FakeOfficeError("InvalidArgument", "CustomXmlPartCollection.add: the XML is not well-formed");
      }
      this.ctx.state.record({ op: "addCustomXmlPart", target: "document", value: xml });
      part = this.ctx.state.addCustomXmlPart(xml);
    });
    return new FakeCustomXmlPartProxy(this.ctx, () => resolved(part).id);
  }
  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    this.ctx.check();
    return new FakeCustomXmlPartScopedCollection(this.ctx, namespaceUri);
  }
}

type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";
const LOCATIONS: readonly InsertLocation[] = ["Replace", "Start", "End", "Before", "After"];

class FakeRange extends FakeObject implements WRange {
  readonly font: WFont;
  constructor(
    ctx: FakeContext,
    protected readonly range: () => TextRange,
    readonly target: string,
    schema: Schema = RANGE,
  ) {
    super(ctx, schema);
    this.font = new FakeFont(ctx, range, target);
  }
  protected current(_name: string): unknown {
    return this.ctx.doc.rangeText(this.range());
  }
  protected override navigation(name: string): FakeObject {
    if (name === "font") return this.font as FakeFont;
    return super.navigation(name);
  }
  get text(): string {
    return this.read("text");
  }
  load(names?: string | string[]): FakeRange {
    this.queueLoad(names);
    return this;
  }
  select(selectionMode?: "Select" | "Start" | "End"): void {
    this.ctx.enqueue(() => {
      if (selectionMode !== undefined) oneOf("selectionMode", selectionMode, ["Select", "Start", "End"]);
      this.ctx.state.record({ op: "select", target: this.target });
      this.ctx.doc.selection = this.range();
    });
  }
  insertText(text: string, insertLocation: InsertLocation): WRange {
    let result: TextRange | undefined;
    this.ctx.enqueue(() => {
      this.ctx.state.record({ op: "insertText", target: this.target, value: text, location: insertLocation });
      result = this.ctx.doc.insertText(this.range(), text, oneOf("insertLocation", insertLocation, LOCATIONS));
    });
    return new FakeRange(this.ctx, () => resolved(result), `${this.target}/text`);
  }
  insertOoxml(ooxml: string, insertLocation: InsertLocation): WRange {
    this.ctx.enqueue(() => {
      this.ctx.state.record({ op: "insertOoxml", target: this.target, value: ooxml, location: insertLocation });
      this.ctx.doc.insertOoxml(this.range(), ooxml, oneOf("insertLocation", insertLocation, LOCATIONS));
    });
    return new FakeRange(this.ctx, this.range, `${this.target}/ooxml`);
  }
  /** `Range.insertComment` (WordApi 1.4). */
  insertComment(commentText: string): FakeCommentProxy {
    let comment: FakeComment | undefined;
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("Range.insertComment");
      this.ctx.state.record({ op: "insertComment", target: this.target, value: commentText });
      comment = this.ctx.doc.insertComment(this.range(), commentText);
    });
    return new FakeCommentProxy(this.ctx, () => resolved(comment).id);
  }
}

function resolved<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("fake Word: an object used before the sync that creates it");
  return value;
}

class FakeRangeCollection extends FakeObject implements WRangeCollection {
  private results: TextRange[] = [];
  constructor(
    ctx: FakeContext,
    search: () => TextRange[],
    private readonly label: (range: TextRange, k: number) => string,
  ) {
    super(ctx, RANGE);
    // the search runs at the sync (a search text Word refuses fails it there)
    ctx.enqueue(() => {
      this.results = search();
    });
  }
  protected current(): unknown {
    return undefined;
  }
  get items(): WRange[] {
    return this.read("items");
  }
  load(names?: string | string[]): WRangeCollection {
    const spec = specOf(itemPaths(names), RANGE);
    this.ctx.state.loads.push(`RangeCollection:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => {
      const items = this.results.map((r, k) => new FakeRange(this.ctx, () => r, this.label(r, k)));
      items.forEach((i) => i.snapshot(spec));
      this.loaded.set("items", items);
    });
    return this;
  }
}

class FakeParagraph extends FakeRange implements WParagraph {
  private inserted = 0;
  constructor(
    ctx: FakeContext,
    private readonly element: () => XEl,
    target: string,
  ) {
    super(ctx, () => ctx.doc.whole(element()), target, PARAGRAPH);
  }
  protected override current(name: string): unknown {
    const p = this.element();
    switch (name) {
      case "text":
        return this.ctx.doc.text(p);
      case "alignment":
        return this.ctx.doc.alignment(p);
      default:
        return this.ctx.doc.paragraphNumber(p, name as "leftIndent");
    }
  }
  private write(
    name: "alignment" | "firstLineIndent" | "leftIndent" | "spaceBefore" | "spaceAfter" | "lineSpacing",
    value: unknown,
  ): void {
    this.ctx.enqueue(() => {
      this.ctx.state.record({ op: name, target: this.target, value });
      this.ctx.doc.setParagraph(this.element(), name, checked(name, value));
    });
  }
  get alignment(): WordAlignment {
    return this.read("alignment");
  }
  set alignment(v: WordAlignment | Word.Alignment) {
    this.write("alignment", v);
  }
  get firstLineIndent(): number {
    return this.read("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this.write("firstLineIndent", v);
  }
  get leftIndent(): number {
    return this.read("leftIndent");
  }
  set leftIndent(v: number) {
    this.write("leftIndent", v);
  }
  get spaceBefore(): number {
    return this.read("spaceBefore");
  }
  set spaceBefore(v: number) {
    this.write("spaceBefore", v);
  }
  get spaceAfter(): number {
    return this.read("spaceAfter");
  }
  set spaceAfter(v: number) {
    this.write("spaceAfter", v);
  }
  get lineSpacing(): number {
    return this.read("lineSpacing");
  }
  set lineSpacing(v: number) {
    this.write("lineSpacing", v);
  }
  override load(names?: string | string[]): FakeParagraph {
    this.queueLoad(names);
    return this;
  }
  getRange(rangeLocation: "Whole" | "Start" | "End" = "Whole"): WRange {
    const range = (): TextRange => {
      const whole = this.ctx.doc.whole(this.element());
      if (rangeLocation === "Whole") return whole;
      const at = rangeLocation === "Start" ? 0 : whole.end;
      return { para: whole.para, start: at, end: at, whole: false };
    };
    return new FakeRange(this.ctx, range, `${this.target}/${rangeLocation}`);
  }
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph {
    this.inserted++;
    let created: XEl | undefined;
    this.ctx.enqueue(() => {
      this.ctx.state.record({
        op: "insertParagraph",
        target: this.target,
        value: paragraphText,
        location: insertLocation,
      });
      const where = oneOf("insertLocation", insertLocation, ["Before", "After"] as const);
      created = this.ctx.doc.insertParagraph(this.element(), paragraphText, where);
    });
    return new FakeParagraph(this.ctx, () => resolved(created), `new:${this.target}#${this.inserted}`);
  }
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection {
    return new FakeRangeCollection(
      this.ctx,
      () => this.ctx.doc.search([this.element()], searchText, searchOptions?.matchCase === true),
      (_r, k) => `${this.target}/match${k}`,
    );
  }
}

class FakeParagraphCollection extends FakeObject implements WParagraphCollection {
  constructor(ctx: FakeContext) {
    super(ctx, PARAGRAPH);
  }
  protected current(): unknown {
    return undefined;
  }
  get items(): WParagraph[] {
    return this.read("items");
  }
  load(names?: string | string[]): WParagraphCollection {
    const spec = specOf(itemPaths(names), PARAGRAPH);
    this.ctx.state.loads.push(`ParagraphCollection:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => {
      const items = this.ctx.doc.paragraphs().map((p, i) => new FakeParagraph(this.ctx, () => p, `p${i}`));
      items.forEach((i) => i.snapshot(spec));
      this.loaded.set("items", items);
    });
    return this;
  }
}

class FakePageSetup extends FakeObject implements WPageSetup {
  constructor(
    ctx: FakeContext,
    private readonly section: number,
  ) {
    super(ctx, PAGE_SETUP);
  }
  private requireApi(): void {
    if (!this.ctx.pageSetupApi) {
      throw new FakeOfficeError("ApiNotFound", "Section.pageSetup needs WordApiDesktop 1.3.");
    }
  }
  protected current(name: string): unknown {
    this.requireApi();
    const s = this.ctx.doc.sections[this.section];
    if (s === undefined) throw new FakeOfficeError("ItemNotFound", `section ${this.section}`);
    return s.setup[name as keyof PageSetupPt];
  }
  private write(name: keyof PageSetupPt, v: number): void {
    this.ctx.enqueue(() => {
      this.requireApi();
      this.ctx.state.record({ op: `pageSetup.${name}`, target: `section${this.section}`, value: v });
      this.ctx.doc.setPageSetup(this.section, name, checked(`pageSetup.${name}`, v));
    });
  }
  get topMargin(): number {
    return this.read("topMargin");
  }
  set topMargin(v: number) {
    this.write("topMargin", v);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin");
  }
  set bottomMargin(v: number) {
    this.write("bottomMargin", v);
  }
  get leftMargin(): number {
    return this.read("leftMargin");
  }
  set leftMargin(v: number) {
    this.write("leftMargin", v);
  }
  get rightMargin(): number {
    return this.read("rightMargin");
  }
  set rightMargin(v: number) {
    this.write("rightMargin", v);
  }
  get pageWidth(): number {
    return this.read("pageWidth");
  }
  set pageWidth(v: number) {
    this.write("pageWidth", v);
  }
  get pageHeight(): number {
    return this.read("pageHeight");
  }
  set pageHeight(v: number) {
    this.write("pageHeight", v);
  }
}

class FakeSection extends FakeObject implements WSection {
  readonly pageSetup: FakePageSetup;
  constructor(ctx: FakeContext, index: number) {
    super(ctx, SECTION);
    this.pageSetup = new FakePageSetup(ctx, index);
  }
  protected current(): unknown {
    return undefined;
  }
  protected override navigation(name: string): FakeObject {
    if (name === "pageSetup") return this.pageSetup;
    return super.navigation(name);
  }
}

class FakeSectionCollection extends FakeObject implements WSectionCollection {
  constructor(ctx: FakeContext) {
    super(ctx, SECTION);
  }
  protected current(): unknown {
    return undefined;
  }
  get items(): WSection[] {
    return this.read("items");
  }
  load(names?: string | string[]): WSectionCollection {
    const spec = specOf(itemPaths(names), SECTION);
    this.ctx.state.loads.push(`SectionCollection:${pathsOf(names).join(",")}`);
    this.ctx.enqueue(() => {
      const items = this.ctx.doc.sections.map((_s, i) => new FakeSection(this.ctx, i));
      items.forEach((i) => i.snapshot(spec));
      this.loaded.set("items", items);
    });
    return this;
  }
}

class FakeBody extends FakeObject implements WBody {
  readonly paragraphs: FakeParagraphCollection;
  constructor(ctx: FakeContext) {
    super(ctx, BODY);
    this.paragraphs = new FakeParagraphCollection(ctx);
  }
  protected current(): unknown {
    return this.ctx.doc.bodyText();
  }
  get text(): string {
    return this.read("text");
  }
  load(names?: string | string[]): WBody {
    this.queueLoad(names);
    return this;
  }
  getOoxml(): WResult<string> {
    let value: string | undefined;
    this.ctx.state.loads.push("Body:getOoxml");
    this.ctx.enqueue(() => {
      value = this.ctx.state.ooxml();
    });
    const ctx = this.ctx;
    return {
      get value(): string {
        ctx.check();
        if (value === undefined) throw notLoaded("value");
        return value;
      },
    };
  }
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection {
    const doc = this.ctx.doc;
    return new FakeRangeCollection(
      this.ctx,
      () => doc.search(doc.paragraphs(), searchText, searchOptions?.matchCase === true),
      (r, k) => `p${doc.paragraphs().indexOf(r.para)}/match${k}`,
    );
  }
  insertFileFromBase64(base64File: string, insertLocation: "Replace" | "Start" | "End"): WRange {
    this.ctx.enqueue(() => {
      oneOf("insertLocation", insertLocation, ["Replace", "Start", "End"]);
      this.ctx.state.record({
        op: "insertFileFromBase64",
        target: "body",
        value: base64File.length,
        location: insertLocation,
      });
    });
    return new FakeRange(this.ctx, () => this.ctx.doc.whole(this.ctx.doc.paragraphs()[0]!), "body/file");
  }
  /** `Body.getComments()` (WordApi 1.4). */
  getComments(): FakeCommentCollection {
    return new FakeCommentCollection(this.ctx);
  }
}

class FakeDocument extends FakeObject implements WDocument {
  readonly body: FakeBody;
  readonly sections: FakeSectionCollection;
  /** `Document.customXmlParts` (WordApi 1.4). */
  readonly customXmlParts: FakeCustomXmlPartCollection;
  constructor(ctx: FakeContext) {
    super(ctx, DOCUMENT);
    this.body = new FakeBody(ctx);
    this.sections = new FakeSectionCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
  protected current(): unknown {
    this.ctx.requireWordApi14("Document.changeTrackingMode");
    return this.ctx.doc.trackingMode;
  }
  /** `Document.changeTrackingMode` (WordApi 1.4). */
  get changeTrackingMode(): TrackingMode {
    return this.read("changeTrackingMode");
  }
  set changeTrackingMode(mode: TrackingMode | Word.ChangeTrackingMode) {
    this.ctx.enqueue(() => {
      this.ctx.requireWordApi14("Document.changeTrackingMode");
      this.ctx.state.record({ op: "changeTrackingMode", target: "document", value: mode });
      this.ctx.doc.setTrackingMode(oneOf("changeTrackingMode", mode, ["Off", "TrackAll", "TrackMineOnly"] as const));
    });
  }
  load(names?: string | string[]): FakeDocument {
    this.queueLoad(names);
    return this;
  }
  getSelection(): WRange {
    const doc = this.ctx.doc;
    const range = (): TextRange => {
      if (doc.selection !== undefined) return doc.selection;
      const first = doc.paragraphs()[0]!;
      return { para: first, start: 0, end: 0, whole: false };
    };
    return new FakeRange(this.ctx, range, "selection");
  }
}

/** The fake's context as the adapter sees it. */
export type FakeWordContext = WContext;

/**
 * The fake host: `Word.run` over a fresh context, and a fixed answer for requirement sets: the desktop sets named in
 * `supported`, WordApi up to `wordApi` (1.4 unless a test says otherwise: where comments and tracking are missing).
 */
export function fakeWordApi(
  state: FakeWordState,
  supported: string[] = [],
  host: { wordApi?: number } = {},
): WordHostApi {
  const wordApi = host.wordApi ?? 1.4;
  return {
    async run<T>(batch: (context: WContext) => Promise<T>): Promise<T> {
      state.runs++;
      const ctx = new FakeContext(state, supported.includes("WordApiDesktop 1.3"), wordApi);
      try {
        const result = batch(ctx);
        if (typeof (result as { then?: unknown } | undefined)?.then !== "function") {
          throw new Error("Word.run: the batch function must return a promise (RunMustReturnPromise)");
        }
        const value = await result;
        // the runtime's closing sync: whatever is still queued reaches Word
        if (ctx.pending > 0) await ctx.sync();
        return value;
      } finally {
        ctx.valid = false;
        state.doc.releaseRanges();
      }
    },
    // WordApi 1.1–1.4 are everywhere the pane runs; the desktop sets only where a test says so
    isSetSupported: (name, version) =>
      supported.includes(`${name} ${version}`) || (name === "WordApi" && Number(version) <= wordApi),
  };
}

// ---- compile-time proof that the fake's extra members have Word's shapes ----
type Assignable<A extends B, B> = A;
export type FakeTypeChecks = [
  Assignable<TrackingMode, Word.Document["changeTrackingMode"]>,
  Assignable<Parameters<Word.Range["insertComment"]>, [string]>,
  Assignable<"content" | "authorName", keyof Word.Comment>,
  Assignable<"id" | "namespaceUri", keyof Word.CustomXmlPart>,
];
