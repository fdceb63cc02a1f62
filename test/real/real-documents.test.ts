/**
 * The real-document regression corpus (test/fixtures/real/): Word-authored documents of public offices, each with a
 * golden in manifest.json (profile, type, structure, exact error list, every error justified from the XML). Plus the
 * invariants issue 10 demands whatever the goldens say. Refresh the goldens with
 * scripts/real-golden.ts (test/fixtures/real/README.md).
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import type { DocumentModel, Paragraph } from "../../src/model/document";
import { checkDocument } from "../../src/check";
import {
  citesConclusion,
  errorKey,
  errorKeys,
  observe,
  readFixture,
  readManifest,
  REAL_DIR,
  type ManifestDocument,
  type Observed,
} from "./golden";

const manifest = readManifest();
const docs: [string, ManifestDocument][] = manifest.documents.map((d) => [d.file, d]);
const KINDS = ["kế hoạch", "báo cáo", "quyết định kèm điều lệ", "công văn", "nghị định", "phiếu trình"];

/** Each fixture checked once, on first use. */
const seen = new Map<string, Observed>();
function observed(file: string): Observed {
  let o = seen.get(file);
  if (o === undefined) {
    o = observe(readFixture(file));
    seen.set(file, o);
  }
  return o;
}

describe("the manifest", () => {
  it("lists every committed fixture once, with its provenance", () => {
    const files = readdirSync(REAL_DIR).filter((f) => f.endsWith(".docx"));
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(files.sort());
    for (const d of manifest.documents) {
      expect(d.file).toMatch(/^[a-z0-9][a-z0-9.-]*\.docx$/);
      expect(d.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(d.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(d.path).toMatch(/\.docx$/);
      expect(KINDS).toContain(d.kind);
      expect(["draft", "issued"]).toContain(d.status);
      expect(d.description.trim()).not.toBe("");
    }
  });

  it.each(docs)("%s: the file is the one the manifest names (SHA-256)", (file, doc) => {
    expect(createHash("sha256").update(readFixture(file)).digest("hex")).toBe(doc.sha256);
  });

  it("justifies every expected error (no TODO, nothing empty)", () => {
    const unjustified = manifest.documents.flatMap((d) =>
      d.expected.errors
        .filter((e) => e.justification.trim() === "" || /^TODO\b/i.test(e.justification.trim()))
        .map((e) => `${d.file}: ${errorKey(e)}`),
    );
    expect(unjustified).toEqual([]);
  });
});

describe.each(docs)("%s", (file, doc) => {
  it("reads", () => {
    expect(() => observed(file)).not.toThrow();
  });

  it("gets the expected profile and type", () => {
    const o = observed(file);
    expect({ profile: o.profile, profileSource: o.profileSource, documentType: o.documentType }).toEqual({
      profile: doc.expected.profile,
      profileSource: doc.expected.profileSource,
      documentType: doc.expected.documentType,
    });
  });

  it("finds the expected structure", () => {
    expect(observed(file).structure).toEqual(doc.expected.structure);
  });

  it("reports exactly the expected errors", () => {
    expect(errorKeys(observed(file).errors)).toEqual(errorKeys(doc.expected.errors));
  });

  it("still warns about the deviations the manifest records", () => {
    const missing = errorKeys(doc.warned ?? []).filter((k) => !observed(file).warnings.includes(k));
    expect(missing).toEqual([]);
  });
});

/** Rule families on which the decree that defines the State format must have no error. */
const DECREE_CLEAN = /^(page\/|font\/|header\/national-title$|header\/number$|header\/date$|signature\/|recipients\/)/;

describe("what holds whatever the goldens say", () => {
  const decrees = manifest.documents.filter((d) => d.kind === "nghị định");

  it("has the decree in the corpus", () => {
    expect(decrees.length).toBeGreaterThan(0);
  });

  it.each(decrees.map((d) => [d.file]))(
    "%s: profile state, no error on page, fonts, titles, number, date, signature, recipients",
    (file) => {
      const o = observed(file);
      expect(o.profile).toBe("state");
      expect(
        o.errors.filter((e) => DECREE_CLEAN.test(e.rule)).map((e) => `${e.rule} @ ${e.paragraph}: ${e.message}`),
      ).toEqual([]);
    },
  );

  // NĐ 30 allows a landscape page where the document holds a table: an A4 landscape section with a table has
  // nothing page/size could say.
  it.each(docs)("%s: no page/size error on an A4 landscape section that holds a table", (file) => {
    const { model, errors } = observed(file);
    const a4Landscape = new Set(
      model.sections
        .filter(
          (s) =>
            s.orientation === "landscape" &&
            Math.abs(s.pageWidthMm - 297) < 2 &&
            Math.abs(s.pageHeightMm - 210) < 2 &&
            model.paragraphs.some((p) => p.section === s.index && p.cell !== undefined),
        )
        .map((s) => s.index),
    );
    const wrong = errors.filter(
      (e) => e.rule === "page/size" && e.paragraph !== null && a4Landscape.has(model.paragraphs[e.paragraph]!.section),
    );
    expect(wrong.map((e) => `${e.rule} @ ${e.paragraph}: ${e.message}`)).toEqual([]);
  });

  // The rules that belong to the conclusion apply only to a document that cites it (at most one note otherwise).
  it.each(docs)("%s: nothing from the conclusion when the document does not cite it", (file) => {
    const { model, errors } = observed(file);
    if (citesConclusion(model)) return;
    const wrong = errors.filter((e) => e.rule === "recipients/required" || e.rule.startsWith("coverage/"));
    expect(wrong.map((e) => `${e.rule} @ ${e.paragraph}: ${e.message}`)).toEqual([]);
  });

  // A number or day left blank for the clerk is the expected state of a document before signing, never an error:
  // filling the blanks in (a number, a day and month) must not take away any header/number or header/date error.
  it.each(docs)("%s: a blank number or day is not an error", (file) => {
    const { model } = observed(file);
    const blank = withBlanks(model, false);
    const filled = withBlanks(model, true);
    if (blank === undefined || filled === undefined) return;
    const keys = (m: DocumentModel): string[] =>
      checkDocument(m)
        .findings.filter((f) => f.severity === "error" && (f.rule === "header/number" || f.rule === "header/date"))
        .map((f) => `${f.rule} @ ${f.paragraph}: ${f.message}`);
    const withFilled = new Set(keys(filled));
    expect(keys(blank).filter((k) => !withFilled.has(k))).toEqual([]);
  });
});

const BLANK_NUMBER = /^(\s*Số\s*:?)[\s.…_]*\//u;
const BLANK_DAY = /ngày[\s.…_]*tháng[\s.…_]*(\d{1,2})?[\s.…_]*năm/iu;

/**
 * The model with its blank "Số:      /KH-UBND" and "ngày    tháng 12 năm" paragraphs as one run each (the first
 * visible run's format), left blank or filled in; undefined when the document has neither blank. Both variants are
 * built the same way so that they differ only by the blanks.
 */
function withBlanks(model: DocumentModel, fill: boolean): DocumentModel | undefined {
  let changed = false;
  const paragraphs = model.paragraphs.map((p): Paragraph => {
    let text = p.text;
    if (BLANK_NUMBER.test(text)) text = fill ? text.replace(BLANK_NUMBER, "$1 15/") : text;
    else if (BLANK_DAY.test(text))
      text = fill ? text.replace(BLANK_DAY, (_m, month?: string) => `ngày 15 tháng ${month ?? "12"} năm`) : text;
    else return p;
    changed = true;
    const first = p.runs.find((r) => r.text.trim() !== "") ?? p.runs[0];
    return { ...p, text, runs: first === undefined ? [] : [{ ...first, text }] };
  });
  return changed ? { ...model, paragraphs } : undefined;
}
