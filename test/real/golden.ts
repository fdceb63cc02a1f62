/**
 * The golden shape of the real-document corpus (test/fixtures/real/manifest.json): what the checker reads of a
 * real document (profile, type, the structure found) and the errors it reports. One definition, used by the
 * test (real-documents.test.ts) and by scripts/real-golden.ts, which prints it and merges it into the manifest.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeInflateRaw } from "../../src/cli/io";
import { readDocument } from "../../src/docx/reader";
import type { DocumentModel } from "../../src/model/document";
import { normalizeForMatch } from "../../src/model/text";
import { checkDocument, type CheckResult } from "../../src/check";
import { analyzeStructure, type DocumentStructure } from "../../src/model/structure";
import type { DocumentType } from "../../src/rules/types";

export const REAL_DIR = join(__dirname, "..", "fixtures", "real");
export const MANIFEST_PATH = join(REAL_DIR, "manifest.json");

/** How the line under the trích yếu is made: a drawn shape (Insert → Shapes), a paragraph border, a paragraph of
 * "-----"/"_____", or none found. */
export type SummaryLine = NonNullable<DocumentStructure["summaryLine"]> | null;

export interface GoldenStructure {
  /** Issuer lines, top to bottom (superior body first). */
  issuer: string[];
  /** Text of the "Số: ..." paragraph, whitespace collapsed, or null when none was found. */
  number: string | null;
  /** Text of the "<place>, ngày ... tháng ... năm ..." paragraph, or null. */
  date: string | null;
  typeName: string | null;
  /** Trích yếu lines (for a công văn, the "V/v ..." lines). */
  summary: string[];
  summaryLine: SummaryLine;
  signature: { prefix: string | null; name: string | null };
  recipients: { label: boolean; count: number };
  /** Titles of the attachments that follow the main document in the same file. */
  attachments: string[];
}

export interface GoldenError {
  rule: string;
  paragraph: number | null;
  /** Why this is an error, from what the XML shows (one line). "TODO" until a person has checked it. */
  justification: string;
}

export interface Golden {
  profile: CheckResult["profile"];
  profileSource: CheckResult["profileSource"];
  documentType: DocumentType;
  structure: GoldenStructure;
  errors: GoldenError[];
}

export interface ManifestDocument {
  file: string;
  repository: string;
  commit: string;
  path: string;
  sha256: string;
  kind: string;
  status: "draft" | "issued";
  description: string;
  expected: Golden;
  /**
   * True deviations that issued documents commonly carry, reported as warnings (calibrated, docs/rules.md): the
   * test asserts each is still reported, at least as a warning, where the XML shows it.
   */
  warned?: { rule: string; paragraph: number | null; note: string }[];
}

export interface Manifest {
  description: string;
  documents: ManifestDocument[];
}

export function readManifest(): Manifest {
  return JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as Manifest;
}

export function readFixture(file: string): Uint8Array {
  const buf = readFileSync(join(REAL_DIR, file));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** The model as the CLI reads it (Node's raw-deflate decoder). */
export function readModel(bytes: Uint8Array): DocumentModel {
  return readDocument(bytes, { inflateRaw: nodeInflateRaw });
}

/** Text as a golden holds it: NFC, runs of whitespace (tabs, line breaks) as one space, trimmed. */
export const clean = (s: string): string => s.normalize("NFC").replace(/\s+/g, " ").trim();

export function structureOf(model: DocumentModel, s: DocumentStructure): GoldenStructure {
  const text = (i: number | undefined): string | null => (i === undefined ? null : clean(model.paragraphs[i]!.text));
  return {
    issuer: s.header.issuer.map((i) => clean(model.paragraphs[i]!.text)),
    number: text(s.header.number),
    date: text(s.header.date),
    typeName: s.typeName === undefined ? null : clean(s.typeName),
    summary: s.summaryParagraphs.map((i) => clean(model.paragraphs[i]!.text)),
    summaryLine: s.summaryLine ?? null,
    signature: { prefix: text(s.signature.prefix), name: text(s.signature.name) },
    recipients: { label: s.recipients.label !== undefined, count: s.recipients.lines.length },
    attachments: s.attachments.map((a) => clean(a.title)),
  };
}

const CONCLUSION_WORDS = normalizeForMatch("Kết luận");
const CONCLUSION_ISSUER = normalizeForMatch("Ban Chấp hành Đảng bộ tỉnh");

/**
 * Whether the document cites the conclusion the checker is configured with (the seed: the Provincial Party Executive
 * Committee's conclusion, cited as "Kết luận ... của Ban Chấp hành Đảng bộ tỉnh"). The rules that belong to the
 * conclusion apply only to a document that does.
 */
export function citesConclusion(model: DocumentModel): boolean {
  return model.paragraphs.some((p) => {
    const t = normalizeForMatch(p.text);
    const k = t.indexOf(CONCLUSION_WORDS);
    return k >= 0 && t.indexOf(CONCLUSION_ISSUER, k) > k;
  });
}

/** An error as the checker reports it, with its message (printed by real-golden.ts, not kept in the manifest). */
export interface ObservedError {
  rule: string;
  paragraph: number | null;
  message: string;
}

export interface Observed {
  model: DocumentModel;
  profile: CheckResult["profile"];
  profileSource: CheckResult["profileSource"];
  documentType: DocumentType;
  structure: GoldenStructure;
  errors: ObservedError[];
  /** Every warning, as "rule @ paragraph" (the goldens' `warned` entries must be among them). */
  warnings: string[];
}

/** Document-wide errors first, then by paragraph, then by rule: an order that does not depend on rule order. */
export function byPlace(a: { rule: string; paragraph: number | null }, b: typeof a): number {
  const pa = a.paragraph ?? -1;
  const pb = b.paragraph ?? -1;
  return pa - pb || a.rule.localeCompare(b.rule);
}

/** Run the core the way `ketluan check` does (default options) and take what the golden compares. */
export function observe(bytes: Uint8Array): Observed {
  const model = readModel(bytes);
  const result = checkDocument(model);
  const errors = result.findings
    .filter((f) => f.severity === "error")
    .map((f) => ({ rule: f.rule, paragraph: f.paragraph, message: f.message }))
    .sort(byPlace);
  return {
    model,
    profile: result.profile,
    profileSource: result.profileSource,
    documentType: result.documentType,
    structure: structureOf(model, analyzeStructure(model)),
    errors,
    warnings: errorKeys(result.findings.filter((f) => f.severity === "warning")),
  };
}

/** An error as compared: "rule @ paragraph". */
export const errorKey = (e: { rule: string; paragraph: number | null }): string =>
  `${e.rule} @ ${e.paragraph === null ? "document" : e.paragraph}`;

/** The error list as compared, in place order (a repeated entry is a second error there). */
export const errorKeys = (errors: { rule: string; paragraph: number | null }[]): string[] =>
  [...errors].sort(byPlace).map(errorKey);

/**
 * The golden for what the checker finds now, keeping the justification already written for an error that is still
 * reported (matched by rule, paragraph and occurrence); an error not seen before gets "TODO".
 */
export function mergeGolden(observed: Observed, previous: Golden | undefined): Golden {
  const pool = new Map<string, string[]>();
  for (const e of previous?.errors ?? []) {
    const key = errorKey(e);
    pool.set(key, [...(pool.get(key) ?? []), e.justification]);
  }
  return {
    profile: observed.profile,
    profileSource: observed.profileSource,
    documentType: observed.documentType,
    structure: observed.structure,
    errors: observed.errors.map((e) => {
      const kept = pool.get(errorKey(e))?.shift();
      return { rule: e.rule, paragraph: e.paragraph, justification: kept ?? "TODO" };
    }),
  };
}
