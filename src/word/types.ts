/**
 * The part of the Office.js Word API that ketluan calls, as narrow structural interfaces. The adapter is written
 * against these, the test fake (test/word/fakeWord.ts) implements them, and the type assertions at the bottom make
 * the compiler prove that the real `Word.*` objects of @types/office-js satisfy them: a call that Word does not
 * offer (or offers with another signature) cannot creep into the adapter unnoticed.
 */

export type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";
export type WordAlignment = "Mixed" | "Unknown" | "Left" | "Centered" | "Right" | "Justified";

/** `Word.ClientResult<T>`: the value is readable after `context.sync()`. */
export interface WResult<T> {
  readonly value: T;
}

export interface WFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
}

export interface WSearchOptions {
  matchCase?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
  matchWildcards?: boolean;
}

export interface WRange {
  readonly font: WFont;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  insertText(text: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange;
  insertOoxml(ooxml: string, insertLocation: "Replace" | "Start" | "End" | "Before" | "After"): WRange;
  /** WordApi 1.4: a comment on the range, by Word's user. */
  insertComment(commentText: string): WComment;
}

/** `Word.Comment` (WordApi 1.4). */
export interface WComment {
  /** The comment's text, plain. */
  readonly content: string;
  load(propertyNames?: string | string[]): WComment;
  /** Deletes the comment and its replies. */
  delete(): void;
}

export interface WCommentCollection {
  readonly items: WComment[];
  load(propertyNames?: string | string[]): WCommentCollection;
}

export interface WRangeCollection {
  readonly items: WRange[];
  load(propertyNames?: string | string[]): WRangeCollection;
}

export interface WParagraph {
  readonly text: string;
  readonly font: WFont;
  alignment: WordAlignment | Word.Alignment;
  firstLineIndent: number;
  leftIndent: number;
  spaceBefore: number;
  spaceAfter: number;
  lineSpacing: number;
  select(selectionMode?: "Select" | "Start" | "End"): void;
  getRange(rangeLocation?: "Whole" | "Start" | "End"): WRange;
  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): WParagraph;
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection;
}

export interface WParagraphCollection {
  readonly items: WParagraph[];
  load(propertyNames?: string | string[]): WParagraphCollection;
}

export interface WPageSetup {
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  pageWidth: number;
  pageHeight: number;
}

export interface WSection {
  readonly pageSetup: WPageSetup;
}

export interface WSectionCollection {
  readonly items: WSection[];
  load(propertyNames?: string | string[]): WSectionCollection;
}

export interface WBody {
  readonly text: string;
  readonly paragraphs: WParagraphCollection;
  getOoxml(): WResult<string>;
  search(searchText: string, searchOptions?: WSearchOptions): WRangeCollection;
  insertFileFromBase64(base64File: string, insertLocation: "Replace" | "Start" | "End"): WRange;
  /** WordApi 1.4: the comments of the body. */
  getComments(): WCommentCollection;
  load(propertyNames?: string | string[]): WBody;
}

/** `Word.CustomXmlPart` (WordApi 1.4): an XML part stored in the document's package. */
export interface WCustomXmlPart {
  readonly id: string;
  readonly namespaceUri: string;
  /** The part's whole XML text. */
  getXml(): WResult<string>;
  delete(): void;
  load(propertyNames?: string | string[]): WCustomXmlPart;
}

/** `Word.CustomXmlPartScopedCollection` (WordApi 1.4): the parts of one namespace. */
export interface WCustomXmlPartScopedCollection {
  readonly items: WCustomXmlPart[];
  load(propertyNames?: string | string[]): WCustomXmlPartScopedCollection;
}

/** `Word.CustomXmlPartCollection` (WordApi 1.4): `document.customXmlParts`. */
export interface WCustomXmlPartCollection {
  add(xml: string): WCustomXmlPart;
  getByNamespace(namespaceUri: string): WCustomXmlPartScopedCollection;
}

export type WTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export interface WDocument {
  readonly body: WBody;
  readonly sections: WSectionCollection;
  /** WordApi 1.4: whether (and whose) edits Word records as tracked revisions. */
  changeTrackingMode: WTrackingMode | Word.ChangeTrackingMode;
  /** WordApi 1.4: the document's custom XML parts (where the drafter's decisions are kept). */
  readonly customXmlParts: WCustomXmlPartCollection;
  getSelection(): WRange;
  load(propertyNames?: string | string[]): WDocument;
}

export interface WContext {
  readonly document: WDocument;
  sync(): Promise<unknown>;
}

/** How the adapter reaches Word: `Word.run` and the requirement-set check, injectable for tests. */
export interface WordHostApi {
  run<T>(batch: (context: WContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}

// ---- compile-time proof that the real Office.js objects satisfy the narrow interfaces ----
type Assignable<A extends B, B> = A;
export type WordTypeChecks = [
  Assignable<Word.Font, WFont>,
  Assignable<Word.Range, WRange>,
  Assignable<Word.Comment, WComment>,
  Assignable<Word.CommentCollection, WCommentCollection>,
  Assignable<Word.RangeCollection, WRangeCollection>,
  Assignable<Word.Paragraph, WParagraph>,
  Assignable<Word.ParagraphCollection, WParagraphCollection>,
  Assignable<Word.PageSetup, WPageSetup>,
  Assignable<Word.Section, WSection>,
  Assignable<Word.SectionCollection, WSectionCollection>,
  Assignable<Word.Body, WBody>,
  Assignable<Word.CustomXmlPart, WCustomXmlPart>,
  Assignable<Word.CustomXmlPartScopedCollection, WCustomXmlPartScopedCollection>,
  Assignable<Word.CustomXmlPartCollection, WCustomXmlPartCollection>,
  Assignable<Word.Document, WDocument>,
  Assignable<Word.RequestContext, WContext>,
];
