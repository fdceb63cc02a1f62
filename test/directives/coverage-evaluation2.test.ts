/**
 * The second labelled set (coverage-set2/): two directive sources other than the seed (a district Party committee's
 * resolution on digital transformation, a provincial Party standing committee's directive on disaster prevention),
 * six hand-labelled drafts each: full plans, a report, partial drafts, passing mentions, an unrelated plan. Every
 * draft is built into a real .docx, read back, and matched against its source parsed from text. Prints, per source
 * and pooled, the confusion and the precision and recall of every status, and asserts floors (see FLOORS).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeCoverage, type CoverageItem } from "../../src/directives/coverage";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { draftSpec, type Status } from "./coverage-set/build";
import { coverageFixture2, directiveSource, SOURCES, type LabelledSource } from "./coverage-set2/sources";

const STATUSES: Status[] = ["covered", "partial", "missing", "not-applicable"];

interface Row {
  source: string;
  draft: string;
  item: string;
  expected: Status;
  got: Status;
}

function evaluate(s: LabelledSource): { rows: Row[]; results: Map<string, CoverageItem[]> } {
  const source = directiveSource(s);
  const rows: Row[] = [];
  const results = new Map<string, CoverageItem[]>();
  for (const d of s.drafts) {
    const model = readDocument(buildDocxFromSpec(draftSpec(d)));
    const coverage = computeCoverage(model, source, { notApplicable: d.notApplicable ?? [] });
    results.set(d.name, coverage);
    for (const c of coverage)
      rows.push({ source: s.key, draft: d.name, item: c.item, expected: d.expected[c.item]!, got: c.status });
  }
  return { rows, results };
}

function precisionRecall(rows: Row[], status: Status): { precision: number; recall: number } {
  const tp = rows.filter((r) => r.expected === status && r.got === status).length;
  const predicted = rows.filter((r) => r.got === status).length;
  const actual = rows.filter((r) => r.expected === status).length;
  return { precision: predicted === 0 ? 1 : tp / predicted, recall: actual === 0 ? 1 : tp / actual };
}

function report(title: string, rows: Row[]): string {
  const counts = (st: Status) => `${rows.filter((r) => r.expected === st).length}`;
  return [
    `${title}: ${rows.length} item labels`,
    `expected \\ got ${STATUSES.map((s) => s.slice(0, 7).padStart(8)).join("")}`,
    ...STATUSES.map(
      (e) =>
        `${e.padEnd(15)}${STATUSES.map((g) => String(rows.filter((r) => r.expected === e && r.got === g).length).padStart(8)).join("")}`,
    ),
    ...STATUSES.map((st) => {
      const pr = precisionRecall(rows, st);
      return `${st.padEnd(15)} precision ${pr.precision.toFixed(3)}  recall ${pr.recall.toFixed(3)}  (${counts(st)} labels)`;
    }),
    ...rows
      .filter((r) => r.expected !== r.got)
      .map((r) => `  ${r.draft} item ${r.item}: expected ${r.expected}, got ${r.got}`),
  ].join("\n");
}

/**
 * Floors per source, at the figures the matcher reaches (one label moves a figure by 0.05–0.2 on sets this small):
 * covered recall and missing precision stay at 1 (no item the draft answers is reported missing). The disaster
 * directive has one subject ("thiên tai"): a passage answers it only when it or its section is about that subject, so
 * the unrelated plan misses every item (missing recall 1). The digital resolution's items are subjects of their own;
 * there drafts that name a duty in passing are still called covered where they were labelled partial (see the
 * printed disagreements), and the unrelated plan is partial on item 2 ("giao thông"). "partial" is not a target (the
 * first set's partial recall is 0.667).
 */
const FLOORS: Record<string, { coveredP: number; coveredR: number; missingP: number; missingR: number }> = {
  digital: { coveredP: 0.75, coveredR: 1, missingP: 1, missingR: 0.83 },
  disaster: { coveredP: 0.93, coveredR: 1, missingP: 1, missingR: 1 },
};

describe("coverage on the second labelled set (sources other than the seed)", () => {
  const evaluated = SOURCES.map((s) => ({ s, ...evaluate(s) }));
  const all = evaluated.flatMap((e) => e.rows);

  it("has two sources with six drafts each, plans and reports, unrelated and partial drafts, every item labelled", () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(2);
    for (const { s } of evaluated) {
      expect(s.drafts.length).toBeGreaterThanOrEqual(6);
      expect(new Set(s.drafts.map((d) => d.kind))).toEqual(new Set(["plan", "report"]));
      const numbers = directiveSource(s).items.map((i) => i.number);
      for (const d of s.drafts) {
        expect(Object.keys(d.expected).sort()).toEqual([...numbers].sort());
        expect(Object.keys(d.reasons).sort()).toEqual([...numbers].sort());
      }
      // An unrelated draft (every item missing) and a partial one (some items covered, some not).
      expect(s.drafts.some((d) => Object.values(d.expected).every((x) => x === "missing"))).toBe(true);
      expect(s.drafts.some((d) => Object.values(d.expected).includes("partial"))).toBe(true);
    }
  });

  it("prints precision and recall per status for each source and pooled, above the floors", () => {
    console.log(
      [...evaluated.map((e) => report(`Coverage, second set, source ${e.s.key}`, e.rows)), report("Pooled", all)].join(
        "\n\n",
      ),
    );
    for (const { s, rows } of evaluated) {
      const floor = FLOORS[s.key]!;
      const covered = precisionRecall(rows, "covered");
      const missing = precisionRecall(rows, "missing");
      expect(covered.precision).toBeGreaterThanOrEqual(floor.coveredP);
      expect(covered.recall).toBeGreaterThanOrEqual(floor.coveredR);
      expect(missing.precision).toBeGreaterThanOrEqual(floor.missingP);
      expect(missing.recall).toBeGreaterThanOrEqual(floor.missingR);
    }
  });

  it("finds all five items of the digital resolution in the district plan that implements it", () => {
    const digital = evaluated.find((e) => e.s.key === "digital")!;
    const cov = digital.results.get("g01-district-state-plan")!;
    expect(cov.map((c) => [c.item, c.status])).toEqual([
      ["1", "covered"],
      ["2", "covered"],
      ["3", "covered"],
      ["4", "covered"],
      ["5", "covered"],
    ]);
  });

  it("finds the seed's district plan missing on every item of the disaster directive", () => {
    const disaster = evaluated.find((e) => e.s.key === "disaster")!;
    const cov = disaster.results.get("t05-unrelated-seed-plan")!;
    expect(cov.map((c) => [c.item, c.status])).toEqual(["1", "2", "3", "4", "5", "6"].map((n) => [n, "missing"]));
  });

  it("does not call the seed's district plan 'covered' on item 4 for saying 'thương mại, dịch vụ'", () => {
    const digital = evaluated.find((e) => e.s.key === "digital")!;
    const cov = digital.results.get("g04-unrelated-seed-plan")!;
    expect(cov.find((c) => c.item === "4")!.status).toBe("missing");
    expect(cov.find((c) => c.item === "4")!.evidence).toEqual([]);
    // Nor item 1 for "đề cao trách nhiệm người đứng đầu", a leadership phrase of any plan.
    expect(cov.find((c) => c.item === "1")!.status).toBe("missing");
    // Digital government and cyber security, named in passing ("đẩy mạnh chuyển đổi số"), are not covered either.
    expect(cov.find((c) => c.item === "3")!.status).toBe("missing");
    expect(cov.find((c) => c.item === "5")!.status).toBe("missing");
  });

  it("reports items marked not applicable as not-applicable, and gives evidence only to covered or partial items", () => {
    for (const { s, results } of evaluated)
      for (const d of s.drafts) {
        const cov = results.get(d.name)!;
        for (const n of d.notApplicable ?? []) expect(cov.find((c) => c.item === n)!.status).toBe("not-applicable");
        for (const c of cov) {
          if (c.status === "covered" || c.status === "partial") expect(c.evidence.length).toBeGreaterThan(0);
          if (c.status === "missing") expect(c.evidence).toEqual([]);
        }
      }
  });

  it("has its committed JSON fixtures in step with the drafts (scripts/make-coverage-set2.ts)", () => {
    for (const s of SOURCES)
      for (const d of s.drafts) {
        const file = join(__dirname, "..", "fixtures", "coverage2", `${d.name}.json`);
        const fixture = JSON.parse(readFileSync(file, "utf8"));
        expect(fixture).toEqual(JSON.parse(JSON.stringify(coverageFixture2(s, d))));
      }
  });
});
