/**
 * The Word adapter: the only code that calls Office.js's Word API. Each operation is one `Word.run` with at most two
 * `context.sync()` round trips, whatever the document's length; which paragraph and which edits is decided by the
 * pure functions of ./plan, so this file only translates.
 *
 * Every failure is rethrown as a WordAdapterError whose message is readable Vietnamese (./errors).
 */
import type { DocumentModel } from "../model/document";
import { readDocument } from "../docx/reader";
import type { Fix } from "../model/fix";
import { WordAdapterError, wordErrorMessage } from "./errors";
import {
  escapeSearch,
  locateExcerpt,
  mergePageSetup,
  planFixes,
  resolveReplacements,
  toBase64,
  type PageSetupPt,
  type SkippedEdit,
  type WordEdit,
  type WordFontProps,
  type WordParagraphProps,
} from "./plan";
import type { WContext, WFont, WParagraph, WRangeCollection, WordHostApi } from "./types";

/** The requirement set that exposes `Section.pageSetup` (read and write). */
export const PAGE_SETUP_SET = { name: "WordApiDesktop", version: "1.3" } as const;

const PAGE_SETUP_PROPS = ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "pageWidth", "pageHeight"];

export interface Snapshot {
  model: DocumentModel;
  /** The paragraph texts as Word reports them (`body.paragraphs`), for navigation. */
  paragraphTexts: string[];
  /** Where the page setup came from: Word's page setup API, the OOXML's section properties, or nowhere. */
  pageSetupSource: "word" | "ooxml" | "unknown";
  /** Word counts a different number of paragraphs than the reader: "Đi tới" may land near, not on, a paragraph. */
  paragraphCountMismatch: boolean;
}

export interface FixReport {
  applied: number;
  skipped: SkippedEdit[];
}

export type GoToResult = "excerpt" | "paragraph";

/** The real host: Office.js's `Word.run` and `Office.context.requirements`. */
export function officeWordApi(): WordHostApi {
  return {
    run: <T>(batch: (context: WContext) => Promise<T>) => Word.run((context) => batch(context)),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
  };
}

export class WordAdapter {
  constructor(private readonly api: WordHostApi) {}

  get pageSetupSupported(): boolean {
    return this.api.isSetSupported(PAGE_SETUP_SET.name, PAGE_SETUP_SET.version);
  }

  /** One Word.run, one sync: the body's OOXML, the paragraph list, and the page setup where Word exposes it. */
  async snapshot(): Promise<Snapshot> {
    const withPageSetup = this.pageSetupSupported;
    const raw = await this.guard("Không đọc được tài liệu từ Word", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const ooxml = body.getOoxml();
        const paragraphs = body.paragraphs.load("items/text");
        const sections = withPageSetup
          ? context.document.sections.load(PAGE_SETUP_PROPS.map((p) => `items/pageSetup/${p}`))
          : undefined;
        await context.sync();
        const pageSetups: PageSetupPt[] = (sections?.items ?? []).map((s) => ({
          topMargin: s.pageSetup.topMargin,
          bottomMargin: s.pageSetup.bottomMargin,
          leftMargin: s.pageSetup.leftMargin,
          rightMargin: s.pageSetup.rightMargin,
          pageWidth: s.pageSetup.pageWidth,
          pageHeight: s.pageSetup.pageHeight,
        }));
        // a ClientResult (getOoxml) has no load(): context.sync() fills its value
        // eslint-disable-next-line office-addins/load-object-before-read
        return { ooxml: ooxml.value, texts: paragraphs.items.map((p) => p.text), pageSetups };
      }),
    );
    let model: DocumentModel;
    try {
      model = readDocument(raw.ooxml);
    } catch (e) {
      throw new WordAdapterError(`Không đọc được nội dung tài liệu: ${e instanceof Error ? e.message : String(e)}`);
    }
    let pageSetupSource: Snapshot["pageSetupSource"] = model.sections.some((s) => s.known) ? "ooxml" : "unknown";
    if (raw.pageSetups.length > 0) {
      model = { ...model, sections: mergePageSetup(model.sections, raw.pageSetups) };
      pageSetupSource = "word";
    }
    return {
      model,
      paragraphTexts: raw.texts,
      pageSetupSource,
      paragraphCountMismatch: raw.texts.length !== model.paragraphs.length,
    };
  }

  /**
   * Selects a finding's place: the excerpt inside the paragraph when Word finds it there, else the whole paragraph.
   * Two syncs: the paragraph list and a body-wide search for the excerpt in one, the selection in the other.
   */
  async goTo(paragraph: number, excerpt?: string): Promise<GoToResult> {
    return this.guard("Không đi tới được vị trí này", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs.load("items/text");
        // queued before we know the texts; used only when it is unambiguous
        const needle = excerpt === undefined ? undefined : searchable(excerpt);
        const matches = needle === undefined ? undefined : body.search(escapeSearch(needle), { matchCase: true });
        matches?.load("items");
        await context.sync();
        const target = paragraphs.items[paragraph];
        if (target === undefined) {
          throw new WordAdapterError(
            `Tài liệu không còn đoạn số ${paragraph} (có ${paragraphs.items.length} đoạn); hãy kiểm tra lại.`,
          );
        }
        const texts = paragraphs.items.map((p) => p.text);
        const where = excerpt === undefined ? undefined : locateExcerpt(texts, paragraph, excerpt);
        const match =
          where !== undefined && matches !== undefined && matches.items.length === where.expectedTotal
            ? matches.items[where.occurrence]
            : undefined;
        if (match !== undefined) match.select("Select");
        else target.select("Select");
        await context.sync();
        return match !== undefined ? "excerpt" : "paragraph";
      }),
    );
  }

  /**
   * Applies a batch of fixes in one Word.run with two syncs: (1) the paragraph list, the body-wide searches for text
   * replacements and the sections; (2) every edit. Edits that cannot be applied safely are skipped with a reason.
   */
  async applyFixes(fixes: readonly Fix[], model?: DocumentModel): Promise<FixReport> {
    const pageSetupWritable = this.pageSetupSupported;
    return this.guard("Không sửa được tài liệu", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs.load("items/text");
        // the plan before the texts are known: which searches and whether the sections are needed
        const draft = planFixes(fixes, Number.MAX_SAFE_INTEGER, { model, pageSetupWritable });
        const searches = new Map<string, WRangeCollection>();
        for (const needle of draft.searches) {
          const found = body.search(escapeSearch(needle), { matchCase: true });
          found.load("items");
          searches.set(needle, found);
        }
        const sections = draft.needsSections ? context.document.sections.load("items") : undefined;
        await context.sync();

        const texts = paragraphs.items.map((p) => p.text);
        const counts = new Map([...searches].map(([k, v]) => [k, v.items.length]));
        const plan = resolveReplacements(
          planFixes(fixes, texts.length, { model, pageSetupWritable, paragraphTexts: texts }),
          texts,
          counts,
        );
        const skipped = [...plan.skipped];
        let applied = 0;
        const lastInserted = new Map<number, WParagraph>();
        for (const edit of plan.edits) {
          const reason = applyEdit(edit, paragraphs.items, searches, sections?.items, lastInserted);
          if (reason === undefined) applied++;
          else skipped.push({ edit: edit.source, reason });
        }
        await context.sync();
        return { applied, skipped };
      }),
    );
  }

  /** Inserts a rendered clause (flat OPC) at the cursor, after the selection (never replacing selected text). */
  async insertAtCursor(flatOpc: string): Promise<void> {
    await this.guard("Không chèn được đoạn mẫu tại vị trí con trỏ", () =>
      this.api.run(async (context) => {
        context.document.getSelection().insertOoxml(flatOpc, "After");
        await context.sync();
      }),
    );
  }

  /** Inserts a rendered clause (flat OPC) after paragraph `index` (e.g. at the end of the plan's section II). */
  async insertAfterParagraph(index: number, flatOpc: string): Promise<void> {
    await this.guard("Không chèn được đoạn mẫu", () =>
      this.api.run(async (context) => {
        const paragraphs = context.document.body.paragraphs.load("items/text");
        await context.sync();
        const target = paragraphs.items[index];
        if (target === undefined) {
          throw new WordAdapterError(`Tài liệu không còn đoạn số ${index}; hãy kiểm tra lại rồi thử lại.`);
        }
        target.getRange("Whole").insertOoxml(flatOpc, "After");
        await context.sync();
      }),
    );
  }

  /** Puts a complete draft (.docx bytes) into an EMPTY document; refuses to overwrite text. */
  async insertDraft(docx: Uint8Array): Promise<void> {
    const base64 = toBase64(docx);
    await this.guard("Không tạo được văn bản", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        body.load("text");
        await context.sync();
        if (body.text.trim() !== "") {
          throw new WordAdapterError(
            "Tài liệu đang có nội dung: hãy mở một tài liệu trống (Tệp › Mới) rồi bấm «Tạo văn bản», " +
              "hoặc dùng «Chèn» để chèn từng mục tại vị trí con trỏ.",
          );
        }
        body.insertFileFromBase64(base64, "Replace");
        await context.sync();
      }),
    );
  }

  private async guard<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (e instanceof WordAdapterError) throw e;
      throw new WordAdapterError(wordErrorMessage(e, action));
    }
  }
}

function searchable(excerpt: string): string | undefined {
  // the same needle locateExcerpt will use: computed from the excerpt alone, before the texts are known
  return locateExcerpt([excerpt], 0, excerpt)?.needle;
}

function setFont(font: WFont, props: WordFontProps): void {
  if (props.name !== undefined) font.name = props.name;
  if (props.size !== undefined) font.size = props.size;
  if (props.bold !== undefined) font.bold = props.bold;
  if (props.italic !== undefined) font.italic = props.italic;
  if (props.underline !== undefined) font.underline = props.underline;
}

function setParagraph(p: WParagraph, props: WordParagraphProps): void {
  if (props.alignment !== undefined) p.alignment = props.alignment;
  if (props.firstLineIndent !== undefined) p.firstLineIndent = props.firstLineIndent;
  if (props.spaceBefore !== undefined) p.spaceBefore = props.spaceBefore;
  if (props.spaceAfter !== undefined) p.spaceAfter = props.spaceAfter;
  if (props.lineSpacing !== undefined) p.lineSpacing = props.lineSpacing;
}

/** Queues one edit; returns a reason when it cannot be applied. */
function applyEdit(
  edit: WordEdit,
  paragraphs: readonly WParagraph[],
  searches: ReadonlyMap<string, WRangeCollection>,
  sections: readonly { pageSetup: PageSetupPt }[] | undefined,
  lastInserted: Map<number, WParagraph>,
): string | undefined {
  switch (edit.kind) {
    case "font": {
      const p = paragraphs[edit.paragraph];
      if (p === undefined) return `Không tìm thấy đoạn số ${edit.paragraph}`;
      setFont(p.font, edit.font);
      return undefined;
    }
    case "paragraph": {
      const p = paragraphs[edit.paragraph];
      if (p === undefined) return `Không tìm thấy đoạn số ${edit.paragraph}`;
      setParagraph(p, edit.format);
      return undefined;
    }
    case "replace": {
      const match = searches.get(edit.needle)?.items[edit.occurrence];
      if (match === undefined) return `Không tìm thấy «${edit.needle}» trong Word`;
      match.insertText(edit.replace, "Replace");
      return undefined;
    }
    case "insertAfter": {
      // several insertions after one paragraph keep their order: each goes after the previous one
      const anchor = lastInserted.get(edit.paragraph) ?? paragraphs[edit.paragraph];
      if (anchor === undefined) return `Không tìm thấy đoạn số ${edit.paragraph}`;
      const inserted = anchor.insertParagraph(edit.text, "After");
      setParagraph(inserted, edit.format);
      setFont(inserted.font, edit.font);
      lastInserted.set(edit.paragraph, inserted);
      return undefined;
    }
    case "pageMargins": {
      const s = sections?.[edit.section];
      if (s === undefined) return `Không tìm thấy phần (section) số ${edit.section + 1} của tài liệu`;
      s.pageSetup.topMargin = edit.top;
      s.pageSetup.bottomMargin = edit.bottom;
      s.pageSetup.leftMargin = edit.left;
      s.pageSetup.rightMargin = edit.right;
      return undefined;
    }
    case "pageSize": {
      const s = sections?.[edit.section];
      if (s === undefined) return `Không tìm thấy phần (section) số ${edit.section + 1} của tài liệu`;
      s.pageSetup.pageWidth = edit.width;
      s.pageSetup.pageHeight = edit.height;
      return undefined;
    }
  }
}
