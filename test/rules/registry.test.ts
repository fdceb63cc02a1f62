/**
 * The rule registry and the tests' mirror of it: every rule module under src/rules/<area>/<name>.ts is in RULES (but
 * coverage/missing, which the check pipeline reports from the coverage matcher), its id and area name its file, and
 * it has its own test file test/rules/<area>/<name>.test.ts, as ESLint keeps tests/lib/rules/<name>.js per rule.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { COVERAGE_RULE_ID, RULES } from "../../src/rules";
import type { Rule, RuleMeta } from "../../src/rules/types";

const STABLE_IDS = [
  "page/size",
  "page/margins",
  "page/numbers",
  "font/family",
  "font/size",
  "header/party-title",
  "header/national-title",
  "header/issuer",
  "header/number",
  "header/date",
  "title/type-name",
  "title/summary",
  "body/paragraph",
  "signature/prefix",
  "signature/block",
  "recipients/block",
  "recipients/label",
  "recipients/required",
  "recipients/punctuation",
  "recipients/archive",
  "citation/mismatch",
  "citation/inconsistent",
  "text/placeholder",
  "text/repeated-word",
];
/** Ids added since the first list of stable ids (docs/rules.md): what real documents taught us to say. */
const ADDED_IDS = [
  "font/color",
  "header/none",
  "coverage/not-cited",
  // What a reviewer reads for after the format (plan content, numbering, abbreviations, dates, typing).
  "citation/self",
  "text/typing",
  "text/abbreviation",
  "text/date",
  "structure/numbering",
  "plan/task-owner",
  "plan/deadline",
];

describe("the rule registry", () => {
  it("has one rule per stable id of docs/rules.md (coverage/missing comes from the coverage matcher)", () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...STABLE_IDS, ...ADDED_IDS].sort());
  });
  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s has a Vietnamese description and NFC messages", (_id, r) => {
    expect(r.meta.description.normalize("NFC")).toBe(r.meta.description);
    for (const m of Object.values(r.meta.messages)) expect(m.normalize("NFC")).toBe(m);
  });
});

const RULES_DIR = join(__dirname, "..", "..", "src", "rules");

/** Every module file in an area folder of src/rules/, as "<area>/<name>" (profiles/ and data/ hold no rule meta). */
function moduleFiles(): string[] {
  return readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(RULES_DIR, d.name))
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
        .map((f) => `${d.name}/${f.slice(0, -".ts".length)}`),
    )
    .sort();
}

interface RuleModule {
  /** "<area>/<name>", the module's path under src/rules/. */
  path: string;
  meta: RuleMeta;
  rule: Rule | undefined;
}

const isMeta = (x: unknown): x is RuleMeta =>
  typeof x === "object" && x !== null && "id" in x && typeof x.id === "string" && "messages" in x;

/** The modules that export a rule's `meta`: the rules (and coverage/missing's meta, which has no `rule`). */
async function ruleModules(): Promise<RuleModule[]> {
  const found: RuleModule[] = [];
  for (const path of moduleFiles()) {
    const mod: unknown = await import(join(RULES_DIR, path));
    if (typeof mod !== "object" || mod === null || !("meta" in mod) || !isMeta(mod.meta)) continue;
    const rule = "rule" in mod ? (mod.rule as Rule) : undefined;
    found.push({ path, meta: mod.meta, rule });
  }
  return found;
}

describe("every rule module", () => {
  let modules: RuleModule[] = [];
  beforeAll(async () => {
    modules = await ruleModules();
  });

  it("is found: one per rule of the registry, and coverage/missing", () => {
    expect(modules.map((m) => m.meta.id).sort()).toEqual([...RULES.map((r) => r.meta.id), COVERAGE_RULE_ID].sort());
  });

  it("is in RULES (coverage/missing, which has no `rule`, is reported by the check pipeline)", () => {
    const outside = modules.filter(
      (m) => m.meta.id !== COVERAGE_RULE_ID && (m.rule === undefined || !RULES.includes(m.rule)),
    );
    expect(outside.map((m) => m.path)).toEqual([]);
    expect(modules.find((m) => m.meta.id === COVERAGE_RULE_ID)?.rule).toBeUndefined();
  });

  it("has the id and the area of its file: src/rules/<area>/<name>.ts is rule <area>/<name>", () => {
    expect(
      modules.filter((m) => m.meta.id !== m.path || m.meta.area !== m.path.split("/")[0]).map((m) => m.path),
    ).toEqual([]);
  });

  it("has an id in lower-case ASCII (the check lists a paragraph's findings by id in code-unit order)", () => {
    expect(modules.map((m) => m.meta.id).filter((id) => !/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/.test(id))).toEqual([]);
  });

  it("has its own test file test/rules/<area>/<name>.test.ts", () => {
    const untested = modules.filter((m) => !existsSync(join(__dirname, `${m.path}.test.ts`)));
    expect(untested.map((m) => `test/rules/${m.path}.test.ts`)).toEqual([]);
  });

  it("and every test file under test/rules/<area>/ is about a rule module (none left behind by a rename)", () => {
    // <rule>.test.ts is the rule's table; <rule>.<aspect>.test.ts more cases of it (edges, fixes); <module>.test.ts
    // a helper module of the area (citation/parse); <area>.<aspect>.test.ts cases across the area's rules.
    const paths = new Set(modules.map((m) => m.path));
    const orphans = readdirSync(__dirname, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(__dirname, d.name))
          .filter((f) => f.endsWith(".test.ts"))
          .map((f) => ({ area: d.name, base: f.slice(0, -".test.ts".length).split(".")[0]! })),
      )
      .filter(
        ({ area, base }) =>
          !paths.has(`${area}/${base}`) &&
          base !== area &&
          !existsSync(join(__dirname, "..", "..", "src", "rules", area, `${base}.ts`)),
      )
      .map(({ area, base }) => `${area}/${base}`);
    expect(orphans).toEqual([]);
  });
});
