/**
 * A typed fake of the Office.js Word surface the adapter calls (src/word/types.ts, which the compiler checks against
 * @types/office-js). It behaves like Office.js where it matters for the adapter's correctness:
 * - loaded values (collection items, text, OOXML) are readable only after `load` + `context.sync()`; reading them
 *   earlier throws, like Office.js's PropertyNotLoaded;
 * - every `context.sync()` and every `Word.run` is counted;
 * - every write (property set, insertion, selection) is recorded in order as an edit.
 */
import type {
  WBody,
  WContext,
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

export interface Edit {
  /** What was written: "font.name", "alignment", "insertText", "insertParagraph", "insertOoxml", "select", ... */
  op: string;
  /** What it was written to: "p3", "p3/match0", "selection", "section0", "body", "new:p3#1". */
  target: string;
  value?: unknown;
  location?: string;
}

export class FakeWordState {
  syncs = 0;
  runs = 0;
  edits: Edit[] = [];
  /** Calls queued before a sync that read data (loads, searches, getOoxml). */
  loads: string[] = [];
  pending: (() => void)[] = [];
  failNextSyncWith: Error | undefined;

  constructor(
    public paragraphs: string[],
    public ooxml: string = "",
    public pageSetups: WPageSetup[] = [],
  ) {}

  record(e: Edit): void {
    this.edits.push(e);
  }
}

class NotLoadedError extends Error {
  code = "PropertyNotLoaded";
  constructor(what: string) {
    super(`The property '${what}' is not available. Call load and context.sync() first.`);
  }
}

class Loadable<T> {
  private loaded = false;
  private value: T | undefined;
  constructor(
    protected readonly state: FakeWordState,
    private readonly what: string,
    private readonly compute: () => T,
  ) {}
  requestLoad(): void {
    this.state.loads.push(this.what);
    this.state.pending.push(() => {
      this.value = this.compute();
      this.loaded = true;
    });
  }
  get(): T {
    if (!this.loaded) throw new NotLoadedError(this.what);
    return this.value as T;
  }
}

class FakeFont implements WFont {
  constructor(
    private readonly state: FakeWordState,
    private readonly target: string,
  ) {}
  private set(op: string, value: unknown): void {
    this.state.record({ op: `font.${op}`, target: this.target, value });
  }
  get name(): string {
    throw new NotLoadedError("font.name");
  }
  set name(v: string) {
    this.set("name", v);
  }
  get size(): number {
    throw new NotLoadedError("font.size");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get bold(): boolean {
    throw new NotLoadedError("font.bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get italic(): boolean {
    throw new NotLoadedError("font.italic");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  get underline(): string {
    throw new NotLoadedError("font.underline");
  }
  set underline(v: string) {
    this.set("underline", v);
  }
}

class FakeRange implements WRange {
  readonly font: WFont;
  constructor(
    protected readonly state: FakeWordState,
    readonly target: string,
  ) {
    this.font = new FakeFont(state, target);
  }
  select(): void {
    this.state.record({ op: "select", target: this.target });
  }
  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange {
    this.state.record({ op: "insertText", target: this.target, value: text, location: insertLocation });
    return new FakeRange(this.state, `${this.target}/text`);
  }
  insertOoxml(ooxml: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange {
    this.state.record({ op: "insertOoxml", target: this.target, value: ooxml, location: insertLocation });
    return new FakeRange(this.state, `${this.target}/ooxml`);
  }
}

class FakeRangeCollection implements WRangeCollection {
  private readonly loadable: Loadable<WRange[]>;
  constructor(state: FakeWordState, what: string, compute: () => WRange[]) {
    this.loadable = new Loadable(state, what, compute);
  }
  get items(): WRange[] {
    return this.loadable.get();
  }
  load(): WRangeCollection {
    this.loadable.requestLoad();
    return this;
  }
}

function searchIn(texts: string[], searchText: string, options: WSearchOptions | undefined): [number, number][] {
  const needle = searchText.replace(/\^\^/g, "^");
  const found: [number, number][] = [];
  texts.forEach((t, p) => {
    const hay = options?.matchCase ? t : t.toLowerCase();
    const n = options?.matchCase ? needle : needle.toLowerCase();
    let i = hay.indexOf(n);
    while (i !== -1 && n.length > 0) {
      found.push([p, i]);
      i = hay.indexOf(n, i + n.length);
    }
  });
  return found;
}

class FakeParagraph extends FakeRange implements WParagraph {
  private inserted = 0;
  constructor(
    state: FakeWordState,
    target: string,
    private readonly index: number | undefined,
    private readonly textLoaded: () => boolean,
  ) {
    super(state, target);
  }
  get text(): string {
    if (!this.textLoaded() || this.index === undefined) throw new NotLoadedError("paragraph.text");
    return this.state.paragraphs[this.index] ?? "";
  }
  private setProp(op: string, value: unknown): void {
    this.state.record({ op, target: this.target, value });
  }
  get alignment(): WordAlignment {
    throw new NotLoadedError("alignment");
  }
  set alignment(v: WordAlignment) {
    this.setProp("alignment", v);
  }
  get firstLineIndent(): number {
    throw new NotLoadedError("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this.setProp("firstLineIndent", v);
  }
  get leftIndent(): number {
    throw new NotLoadedError("leftIndent");
  }
  set leftIndent(v: number) {
    this.setProp("leftIndent", v);
  }
  get spaceBefore(): number {
    throw new NotLoadedError("spaceBefore");
  }
  set spaceBefore(v: number) {
    this.setProp("spaceBefore", v);
  }
  get spaceAfter(): number {
    throw new NotLoadedError("spaceAfter");
  }
  set spaceAfter(v: number) {
    this.setProp("spaceAfter", v);
  }
  get lineSpacing(): number {
    throw new NotLoadedError("lineSpacing");
  }
  set lineSpacing(v: number) {
    this.setProp("lineSpacing", v);
  }
  getRange(rangeLocation: "Whole" | "Start" | "End" = "Whole"): WRange {
    return new FakeRange(this.state, `${this.target}/${rangeLocation}`);
  }
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph {
    this.inserted++;
    const target = `new:${this.target}#${this.inserted}`;
    this.state.record({ op: "insertParagraph", target: this.target, value: paragraphText, location: insertLocation });
    return new FakeParagraph(this.state, target, undefined, () => false);
  }
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection {
    const index = this.index;
    return new FakeRangeCollection(this.state, `search(${this.target})`, () =>
      index === undefined
        ? []
        : searchIn([this.state.paragraphs[index] ?? ""], searchText, searchOptions).map(
            (_m, k) => new FakeRange(this.state, `${this.target}/match${k}`),
          ),
    );
  }
}

class FakeParagraphCollection implements WParagraphCollection {
  private loaded = false;
  private itemsValue: FakeParagraph[] | undefined;
  constructor(private readonly state: FakeWordState) {}
  get items(): WParagraph[] {
    if (this.itemsValue === undefined) throw new NotLoadedError("paragraphs.items");
    return this.itemsValue;
  }
  load(propertyNames?: string | string[]): WParagraphCollection {
    this.state.loads.push(`paragraphs:${String(propertyNames)}`);
    const withText = String(propertyNames ?? "").includes("text");
    this.state.pending.push(() => {
      this.loaded = withText;
      this.itemsValue = this.state.paragraphs.map(
        (_t, i) => new FakeParagraph(this.state, `p${i}`, i, () => this.loaded),
      );
    });
    return this;
  }
}

class FakePageSetup implements WPageSetup {
  constructor(
    private readonly state: FakeWordState,
    private readonly target: string,
    private readonly values: WPageSetup,
  ) {}
  private w(op: string, v: number): void {
    this.state.record({ op: `pageSetup.${op}`, target: this.target, value: v });
  }
  get topMargin(): number {
    return this.values.topMargin;
  }
  set topMargin(v: number) {
    this.w("topMargin", v);
  }
  get bottomMargin(): number {
    return this.values.bottomMargin;
  }
  set bottomMargin(v: number) {
    this.w("bottomMargin", v);
  }
  get leftMargin(): number {
    return this.values.leftMargin;
  }
  set leftMargin(v: number) {
    this.w("leftMargin", v);
  }
  get rightMargin(): number {
    return this.values.rightMargin;
  }
  set rightMargin(v: number) {
    this.w("rightMargin", v);
  }
  get pageWidth(): number {
    return this.values.pageWidth;
  }
  set pageWidth(v: number) {
    this.w("pageWidth", v);
  }
  get pageHeight(): number {
    return this.values.pageHeight;
  }
  set pageHeight(v: number) {
    this.w("pageHeight", v);
  }
}

class FakeSectionCollection implements WSectionCollection {
  private readonly loadable: Loadable<WSection[]>;
  constructor(state: FakeWordState) {
    this.loadable = new Loadable(state, "sections", () =>
      state.pageSetups.map((ps, i) => ({ pageSetup: new FakePageSetup(state, `section${i}`, ps) })),
    );
  }
  get items(): WSection[] {
    return this.loadable.get();
  }
  load(): WSectionCollection {
    this.loadable.requestLoad();
    return this;
  }
}

class FakeBody implements WBody {
  readonly paragraphs: WParagraphCollection;
  private readonly textLoadable: Loadable<string>;
  constructor(private readonly state: FakeWordState) {
    this.paragraphs = new FakeParagraphCollection(state);
    this.textLoadable = new Loadable(state, "body.text", () => state.paragraphs.join("\r"));
  }
  get text(): string {
    return this.textLoadable.get();
  }
  load(): WBody {
    this.textLoadable.requestLoad();
    return this;
  }
  getOoxml(): WResult<string> {
    const l = new Loadable(this.state, "body.getOoxml", () => this.state.ooxml);
    l.requestLoad();
    return {
      get value() {
        return l.get();
      },
    };
  }
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection {
    return new FakeRangeCollection(this.state, `search(body,${searchText})`, () =>
      searchIn(this.state.paragraphs, searchText, searchOptions).map(
        ([p], k) => new FakeRange(this.state, `p${p}/match${k}`),
      ),
    );
  }
  insertFileFromBase64(base64File: string, insertLocation: "Replace" | "Start" | "End"): WRange {
    this.state.record({
      op: "insertFileFromBase64",
      target: "body",
      value: base64File.length,
      location: insertLocation,
    });
    return new FakeRange(this.state, "body/file");
  }
}

class FakeDocument implements WDocument {
  readonly body: WBody;
  readonly sections: WSectionCollection;
  constructor(private readonly state: FakeWordState) {
    this.body = new FakeBody(state);
    this.sections = new FakeSectionCollection(state);
  }
  getSelection(): WRange {
    return new FakeRange(this.state, "selection");
  }
}

class FakeContext implements WContext {
  readonly document: WDocument;
  constructor(private readonly state: FakeWordState) {
    this.document = new FakeDocument(state);
  }
  async sync(): Promise<unknown> {
    this.state.syncs++;
    if (this.state.failNextSyncWith !== undefined) {
      const e = this.state.failNextSyncWith;
      this.state.failNextSyncWith = undefined;
      this.state.pending = [];
      throw e;
    }
    const pending = this.state.pending;
    this.state.pending = [];
    pending.forEach((f) => f());
    return undefined;
  }
}

/** The fake host: `Word.run` over a fresh context, and a fixed answer for requirement sets. */
export function fakeWordApi(state: FakeWordState, supported: string[] = []): WordHostApi {
  return {
    async run<T>(batch: (context: WContext) => Promise<T>): Promise<T> {
      state.runs++;
      return batch(new FakeContext(state));
    },
    isSetSupported: (name, version) => supported.includes(`${name} ${version}`),
  };
}
