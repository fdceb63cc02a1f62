/**
 * RuleTester in the manner of ESLint's: a table of valid documents (no finding from the rule) and invalid ones
 * (exactly the listed findings, in order). Documents are built as real .docx files and read back, so every case
 * goes through the same reader as the CLI.
 */
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { fixDocument } from "../../src/fixer";
import type { ProfileId } from "../../src/rules/profiles";
import type { Finding, Rule } from "../../src/rules/types";
import { buildDocxFromSpec } from "./buildDocx";
import type { DocSpec } from "./docSpec";

export interface ValidCase {
  name: string;
  doc: DocSpec;
  profile?: ProfileId | "auto";
}

export interface ExpectedFinding {
  message: RegExp | string;
  severity?: Finding["severity"];
  paragraph?: number | null;
  basis?: RegExp | string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

/** A case the spec cannot describe (several sections, header parts): the .docx bytes themselves. */
export interface RawCase {
  name: string;
  docx: () => Uint8Array;
  profile?: ProfileId | "auto";
}

/** What a drafter reads of a finding: severity, paragraph, message, and the fix when there is one. */
export const briefFinding = (f: Finding) => ({
  severity: f.severity,
  paragraph: f.paragraph,
  message: f.message,
  ...(f.fix === undefined ? {} : { fix: f.fix }),
});

export function findingsOf(rule: Rule, doc: DocSpec, profile: ProfileId | "auto" = "auto"): Finding[] {
  const model = readDocument(buildDocxFromSpec(doc));
  return checkDocument(model, { profile, rules: [rule.meta.id] }).findings;
}

/** The findings match the expected ones in order: message (text or pattern), severity, paragraph, basis; NFC. */
export function expectFindings(found: Finding[], wanted: ExpectedFinding[]): void {
  expect(found.map((f) => f.message)).toHaveLength(wanted.length);
  wanted.forEach((want, i) => {
    const got = found[i]!;
    if (typeof want.message === "string") expect(got.message).toBe(want.message);
    else expect(got.message).toMatch(want.message);
    if (want.severity !== undefined) expect(got.severity).toBe(want.severity);
    if (want.paragraph !== undefined) expect(got.paragraph).toBe(want.paragraph);
    if (want.basis !== undefined) {
      if (typeof want.basis === "string") expect(got.basis).toBe(want.basis);
      else expect(got.basis).toMatch(want.basis);
    }
    expect(got.message.normalize("NFC")).toBe(got.message);
  });
}

export function runRuleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        expect(findingsOf(rule, c.doc, c.profile).map((f) => f.message)).toEqual([]);
      });
    });
    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_n, c) => {
        const found = findingsOf(rule, c.doc, c.profile);
        expectFindings(found, c.findings);
        for (const got of found) expect(got.rule).toBe(rule.meta.id);
      });
      // Every fix a finding offers cures it: after `fixDocument`, none of the fixed findings is reported again.
      const fixable = cases.invalid.filter((c) => findingsOf(rule, c.doc, c.profile).some((f) => f.fix !== undefined));
      if (fixable.length > 0) {
        it.each(fixable.map((c) => [c.name, c] as const))("fix: %s", (_n, c) => {
          const out = fixDocument(buildDocxFromSpec(c.doc), { profile: c.profile ?? "auto", rules: [rule.meta.id] });
          expect(out.fixed.length).toBeGreaterThan(0);
          const left = new Set(out.after.findings.map((f) => f.message));
          for (const f of out.fixed) expect(left.has(f.message)).toBe(false);
          expect(out.after.findings.filter((f) => f.fix !== undefined).map((f) => f.message)).toEqual([]);
        });
      }
    });
  });
}

function findingsOfRaw(rule: Rule, c: RawCase): Finding[] {
  return checkDocument(readDocument(c.docx()), { profile: c.profile ?? "auto", rules: [rule.meta.id] }).findings;
}

/**
 * RuleTester for documents written as WordprocessingML (several sections, header parts): the same checks and the
 * same fix test as `runRuleTester`. `what` names the kind of document in the describe title.
 */
export function runRawRuleTester(
  rule: Rule,
  what: string,
  cases: { valid: RawCase[]; invalid: (RawCase & { findings: ExpectedFinding[] })[] },
): void {
  describe(`${rule.meta.id} (${what})`, () => {
    if (cases.valid.length > 0)
      it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
        expect(findingsOfRaw(rule, c).map((f) => f.message)).toEqual([]);
      });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
      const found = findingsOfRaw(rule, c);
      expectFindings(found, c.findings);
      if (found.some((f) => f.fix !== undefined)) {
        const out = fixDocument(c.docx(), { profile: c.profile ?? "auto", rules: [rule.meta.id] });
        const left = new Set(out.after.findings.map((f) => f.message));
        for (const f of out.fixed) expect(left.has(f.message)).toBe(false);
      }
    });
  });
}
