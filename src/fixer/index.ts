/**
 * `fixDocument`: check, apply every safe fix, re-check, and repeat while that helps (fixes of one pass can make
 * room for others: a recipient line gets "(b/c)" in one pass and its final punctuation in the next). Pure: bytes
 * in, bytes out; the CLI's `ketluan fix` and the browser page use it.
 */
import { checkDocument, type CheckOptions, type CheckResult } from "../check";
import { readLocatedDocument, type LocatedDocument } from "../docx/located";
import { looksLikeXml, readDocument, type ReadOptions } from "../docx/reader";
import type { DocumentModel } from "../model/document";
import type { Fix, FixEdit } from "../model/fix";
import type { Finding } from "../rules/types";
import { applyFixesTo, type ApplyOptions, type SkippedEdit } from "./apply";

export { applyFixes, FixError, type ApplyOptions, type FixOutcome, type SkippedEdit, type TrackChanges } from "./apply";

export interface FixedFinding {
  rule: string;
  paragraph: number | null;
  message: string;
  fix: Fix;
  /** Pass in which the fix was applied, from 1. */
  pass: number;
}

export interface FixDocumentResult {
  bytes: Uint8Array;
  /** Whether anything changed (when not, `bytes` is the input itself). */
  changed: boolean;
  fixed: FixedFinding[];
  skipped: SkippedEdit[];
  /** The check of the output. */
  after: CheckResult;
}

const MAX_PASSES = 4;

interface PassInput {
  model: DocumentModel;
  /** Where the model's paragraphs come from, for the applier. */
  located(): LocatedDocument;
}

/**
 * One read of a pass's bytes: its model feeds the check, its locations the applier. Flat-OPC XML is checked as
 * readDocument reads it; it has no zip to rewrite, so applying a fix to it fails (not a zip), as it always has.
 */
function readPass(bytes: Uint8Array, read: ReadOptions): PassInput {
  if (bytes.length === 0 || looksLikeXml(bytes)) {
    return { model: readDocument(bytes, read), located: () => readLocatedDocument(bytes, read) };
  }
  const located = readLocatedDocument(bytes, read);
  return { model: located.model, located: () => located };
}

export function fixDocument(
  input: Uint8Array,
  check: CheckOptions = {},
  read: ReadOptions = {},
  apply: ApplyOptions = {},
): FixDocumentResult {
  let bytes = input;
  let current = readPass(bytes, read);
  let result = checkDocument(current.model, check);
  const fixed: FixedFinding[] = [];
  let skipped: SkippedEdit[] = [];
  let changed = false;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const fixable = result.findings.filter((f): f is Finding & { fix: Fix } => f.fix !== undefined);
    if (fixable.length === 0) break;
    const seen = new Set<string>();
    const edits: FixEdit[] = [];
    for (const f of fixable) {
      for (const e of f.fix.edits) {
        const key = JSON.stringify(e);
        if (seen.has(key)) continue;
        seen.add(key);
        edits.push(e);
      }
    }
    const out = applyFixesTo(current.located(), edits, apply);
    const appliedKeys = new Set(out.applied.map((e) => JSON.stringify(e)));
    const applied = fixable.filter((f) => f.fix.edits.every((e) => appliedKeys.has(JSON.stringify(e))));
    skipped = out.skipped;
    if (out.applied.length === 0) break;
    const nextPass = readPass(out.bytes, read);
    const next = checkDocument(nextPass.model, check);
    // Stop when a pass makes nothing better (a fix that does not cure its finding must not loop).
    const fixableCount = (r: CheckResult): number => r.findings.filter((f) => f.fix !== undefined).length;
    if (fixableCount(next) >= fixable.length && next.findings.length >= result.findings.length) break;
    for (const f of applied) fixed.push({ rule: f.rule, paragraph: f.paragraph, message: f.message, fix: f.fix, pass });
    bytes = out.bytes;
    current = nextPass;
    result = next;
    changed = true;
  }
  return { bytes, changed, fixed, skipped, after: result };
}
