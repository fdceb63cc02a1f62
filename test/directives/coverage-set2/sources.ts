/**
 * The second labelled set: two directive sources other than the seed, each with six hand-labelled drafts, and the
 * JSON fixture of each draft (scripts/make-coverage-set2.ts writes them to test/fixtures/coverage2/; a test checks
 * they are in step).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDirectiveSource } from "../../../src/directives/parse";
import type { DirectiveSource } from "../../../src/directives/types";
import { coverageFixture } from "../coverage-set/build";
import { DIGITAL_DRAFTS } from "./drafts-digital";
import { DISASTER_DRAFTS } from "./drafts-disaster";
import type { LabelledDraft } from "./types";

export interface LabelledSource {
  /** Short name for the printed tables. */
  key: string;
  /** The source's text file under test/directives/sources/. */
  file: string;
  drafts: LabelledDraft[];
}

export const SOURCES: LabelledSource[] = [
  { key: "digital", file: "district-digital-resolution-b.txt", drafts: DIGITAL_DRAFTS },
  { key: "disaster", file: "provincial-disaster-directive.txt", drafts: DISASTER_DRAFTS },
];

export function sourceText(s: LabelledSource): string {
  return readFileSync(join(__dirname, "..", "sources", s.file), "utf8");
}

const parsed = new Map<string, DirectiveSource>();

/** The source parsed once per test run. */
export function directiveSource(s: LabelledSource): DirectiveSource {
  let hit = parsed.get(s.key);
  if (hit === undefined) parsed.set(s.key, (hit = parseDirectiveSource(sourceText(s))));
  return hit;
}

/** The committed JSON fixture of one draft of the second set: the first set's shape, plus its source and reasons. */
export function coverageFixture2(s: LabelledSource, d: LabelledDraft) {
  const { set: _set, ...rest } = coverageFixture(d);
  return { source: s.file, ...rest, reasons: d.reasons };
}
