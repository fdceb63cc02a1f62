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
import { DECISIONS_NS, isEmpty, mergeDecisions, type Decisions } from "../decisions";
import { decisionsFromXml, decisionsToXml } from "../decisions/xml";
import { WordAdapterError, wordErrorMessage } from "./errors";
import {
  escapeSearch,
  locateExcerpt,
  mergePageSetup,
  planCommentInserts,
  planFixes,
  resolveReplacements,
  toBase64,
  type CommentRequest,
  type PageSetupPt,
  type SkippedComment,
  type SkippedEdit,
  type WordEdit,
  type WordFontProps,
  type WordParagraphProps,
} from "./plan";
import type { WContext, WFont, WParagraph, WRangeCollection, WResult, WordHostApi } from "./types";

/** The requirement set that exposes `Section.pageSetup` (read and write). */
export const PAGE_SETUP_SET = { name: "WordApiDesktop", version: "1.3" } as const;
/** The requirement set of the review loop: `Document.changeTrackingMode`, `Range.insertComment`, `Body.getComments`. */
export const REVIEW_SET = { name: "WordApi", version: "1.4" } as const;

const PAGE_SETUP_PROPS = ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "pageWidth", "pageHeight"];

export interface Snapshot {
  model: DocumentModel;
  /** The paragraph texts as Word reports them (`body.paragraphs`), for navigation. */
  paragraphTexts: string[];
  /** Where the page setup came from: Word's page setup API, the OOXML's section properties, or nowhere. */
  pageSetupSource: "word" | "ooxml" | "unknown";
  /** Word counts a different number of paragraphs than the reader: "Đi tới" may land near, not on, a paragraph. */
  paragraphCountMismatch: boolean;
  /** Whether Word records edits as tracked changes now; "unknown" without WordApi 1.4. */
  changeTracking: "on" | "off" | "unknown";
  /**
   * The drafter's decisions stored in the document (our custom XML part, DECISIONS_NS); undefined without WordApi 1.4
   * (Word cannot show the add-in its custom XML parts).
   */
  decisions: Decisions | undefined;
  /** The decisions part is there but could not be read (not well-formed): the decisions were taken as none. */
  decisionsUnreadable: boolean;
}

/**
 * How a fix batch's edits were made: as tracked revisions because the document tracks changes ("tracked"), because
 * the batch turned tracking on ("turnedOn", and it stays on), directly ("direct"), or directly as far as the add-in
 * can tell ("unknown": without WordApi 1.4 it can neither read nor set the mode; Word still tracks them when the
 * drafter turned Track Changes on).
 */
export type FixTracking = "tracked" | "turnedOn" | "direct" | "unknown";

export interface FixReport {
  applied: number;
  skipped: SkippedEdit[];
  /** Absent only from reports made without Word (tests, older callers). */
  tracking?: FixTracking;
}

export interface FixOptions {
  /** Make the edits as tracked changes: turn Word's change tracking on (TrackAll) when it is off. */
  trackChanges?: boolean;
}

export interface CommentReport {
  added: number;
  /** Asked for but already in the document with the same text. */
  existing: number;
  skipped: SkippedComment[];
}

export interface RemovedComments {
  removed: number;
  /** The document's other comments, left alone. */
  kept: number;
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

  /** Whether Word offers change tracking and comments to add-ins (WordApi 1.4). */
  get reviewSupported(): boolean {
    return this.api.isSetSupported(REVIEW_SET.name, REVIEW_SET.version);
  }

  /**
   * One Word.run, one sync: the body's OOXML, the paragraph list, the page setup where Word exposes it, whether the
   * document tracks changes and which custom XML parts hold our decisions (WordApi 1.4); a second sync reads those
   * parts' XML, only when the document has one.
   */
  async snapshot(): Promise<Snapshot> {
    const withPageSetup = this.pageSetupSupported;
    const withTracking = this.reviewSupported;
    const raw = await this.guard("Không đọc được tài liệu từ Word", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const ooxml = body.getOoxml();
        const paragraphs = body.paragraphs.load("items/text");
        const sections = withPageSetup
          ? context.document.sections.load(PAGE_SETUP_PROPS.map((p) => `items/pageSetup/${p}`))
          : undefined;
        const document = withTracking ? context.document.load("changeTrackingMode") : undefined;
        const parts = withTracking
          ? context.document.customXmlParts.getByNamespace(DECISIONS_NS).load("items/id")
          : undefined;
        await context.sync();
        let decisionXml: WResult<string>[] | undefined;
        if (parts !== undefined) {
          decisionXml = parts.items.map((part) => part.getXml());
          if (decisionXml.length > 0) await context.sync();
        }
        const pageSetups: PageSetupPt[] = (sections?.items ?? []).map((s) => ({
          topMargin: s.pageSetup.topMargin,
          bottomMargin: s.pageSetup.bottomMargin,
          leftMargin: s.pageSetup.leftMargin,
          rightMargin: s.pageSetup.rightMargin,
          pageWidth: s.pageSetup.pageWidth,
          pageHeight: s.pageSetup.pageHeight,
        }));
        const changeTracking: Snapshot["changeTracking"] =
          document === undefined ? "unknown" : document.changeTrackingMode === "Off" ? "off" : "on";
        // a ClientResult (getOoxml, getXml) has no load(): context.sync() fills its value
        return {
          // eslint-disable-next-line office-addins/load-object-before-read
          ooxml: ooxml.value,
          texts: paragraphs.items.map((p) => p.text),
          pageSetups,
          changeTracking,
          decisionXml: decisionXml?.map((x) => x.value),
        };
      }),
    );
    const { decisions, unreadable } = readDecisionParts(raw.decisionXml);
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
      changeTracking: raw.changeTracking,
      decisions,
      decisionsUnreadable: unreadable,
    };
  }

  /**
   * Stores the drafter's decisions in the document (WordApi 1.4): one Word.run, two syncs — (1) our custom XML parts,
   * (2) each deleted and, unless there are no decisions, one part added with `decisionsToXml`. Word saves the part
   * with the document (`/customXml/itemN.xml`), where `ketluan check` reads it.
   */
  async writeDecisions(decisions: Decisions): Promise<void> {
    this.requireReview("Không lưu được quyết định vào tài liệu");
    await this.guard("Không lưu được quyết định vào tài liệu", () =>
      this.api.run(async (context) => {
        const parts = context.document.customXmlParts.getByNamespace(DECISIONS_NS).load("items/id");
        await context.sync();
        for (const part of parts.items) part.delete();
        if (!isEmpty(decisions)) context.document.customXmlParts.add(decisionsToXml(decisions));
        await context.sync();
      }),
    );
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
   * replacements, the sections and the change tracking mode; (2) every edit, after turning tracking on when asked
   * and off. Edits that cannot be applied safely are skipped with a reason. Tracking turned on stays on: the
   * reviewer expects it so, and Word's Review tab shows it.
   */
  async applyFixes(fixes: readonly Fix[], model?: DocumentModel, options: FixOptions = {}): Promise<FixReport> {
    const pageSetupWritable = this.pageSetupSupported;
    const trackingApi = this.reviewSupported;
    return this.guard("Không sửa được tài liệu", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs.load("items/text");
        const document = trackingApi ? context.document.load("changeTrackingMode") : undefined;
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
        let tracking: FixTracking = "unknown";
        if (document !== undefined) {
          if (document.changeTrackingMode !== "Off") tracking = "tracked";
          else if (options.trackChanges === true && plan.edits.length > 0) {
            // queued before the edits: Word records every one of them as a revision
            document.changeTrackingMode = "TrackAll";
            tracking = "turnedOn";
          } else tracking = "direct";
        }
        let applied = 0;
        const lastInserted = new Map<number, WParagraph>();
        for (const edit of plan.edits) {
          const reason = applyEdit(edit, paragraphs.items, searches, sections?.items, lastInserted);
          if (reason === undefined) applied++;
          else skipped.push({ edit: edit.source, reason });
        }
        await context.sync();
        return { applied, skipped, tracking };
      }),
    );
  }

  /**
   * Writes comments on paragraphs (WordApi 1.4 `Range.insertComment`; Word signs them with its user's name). One
   * Word.run, two syncs: (1) the paragraph list and the comments already there; (2) every comment. A comment whose
   * paragraph changed since the check is skipped with a reason; one already there with the same text is not repeated.
   */
  async insertComments(comments: readonly CommentRequest[], model?: DocumentModel): Promise<CommentReport> {
    this.requireReview("Không ghi được nhận xét");
    return this.guard("Không ghi được nhận xét", () =>
      this.api.run(async (context) => {
        const body = context.document.body;
        const paragraphs = body.paragraphs.load("items/text");
        const current = body.getComments().load("items/content");
        await context.sync();
        const plan = planCommentInserts(
          comments,
          paragraphs.items.map((p) => p.text),
          current.items.map((c) => c.content),
          model,
        );
        for (const c of plan.insert) paragraphs.items[c.paragraph]!.getRange("Whole").insertComment(c.text);
        await context.sync();
        return { added: plan.insert.length, existing: plan.existing, skipped: plan.skipped };
      }),
    );
  }

  /**
   * Deletes the comments `isOurs` recognises by their text (the add-in's), and no other. One Word.run, two syncs:
   * the comments' texts, then the deletions.
   */
  async removeComments(isOurs: (content: string) => boolean): Promise<RemovedComments> {
    this.requireReview("Không xóa được nhận xét");
    return this.guard("Không xóa được nhận xét", () =>
      this.api.run(async (context) => {
        const comments = context.document.body.getComments().load("items/content");
        await context.sync();
        const ours = comments.items.filter((c) => isOurs(c.content));
        for (const c of ours) c.delete();
        await context.sync();
        return { removed: ours.length, kept: comments.items.length - ours.length };
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

  private requireReview(action: string): void {
    if (!this.reviewSupported) throw new WordAdapterError(`${action}: ${REVIEW_UNSUPPORTED}`);
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

/** What the pane says where Word lacks WordApi 1.4 (Word 2016 and older, some Mac and iPad versions). */
export const REVIEW_UNSUPPORTED =
  "Phiên bản Word này chưa cho phần bổ trợ dùng Theo dõi thay đổi và nhận xét (cần WordApi 1.4); hãy cập nhật Office.";

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

/** The decisions of our custom XML parts (several, when two copies of the add-in each added one: merged). */
function readDecisionParts(xmls: string[] | undefined): { decisions: Decisions | undefined; unreadable: boolean } {
  if (xmls === undefined) return { decisions: undefined, unreadable: false };
  let decisions: Decisions = { ignored: [], rulesOff: [], notApplicable: [] };
  let unreadable = false;
  for (const xml of xmls) {
    try {
      decisions = mergeDecisions(decisions, decisionsFromXml(xml, "customXml"));
    } catch {
      unreadable = true;
    }
  }
  return { decisions, unreadable };
}
