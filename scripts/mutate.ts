// `npm run mutate [-- AREA...]`: mutation testing (StrykerJS, its jest runner) of src/rules, src/word and src/fixer,
// outside `npm test`. Each area's mutants are run against that area's own tests (for a rule area: its tests and the
// registry's all-rules test), so a score says what the area's tests pin, not what some distant test happens to
// catch; and a mutant's run loads a few test files, not all of them (a run of every rule against every test takes
// hours on two cores). Runs are incremental (reports/mutation/<area>-incremental.json): a second run retests only the
// mutants of changed sources or tests. Without arguments every area runs; `npm run mutate -- --report` only prints.
// Prints the score per folder and per file; the JSON reports are in reports/mutation/<area>.json.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "reports", "mutation");

interface Area {
  name: string;
  mutate: string[];
  tests: string[];
}

const ruleAreas = readdirSync(join(ROOT, "src", "rules")).filter(
  (d) => statSync(join(ROOT, "src", "rules", d)).isDirectory() && !["data", "profiles"].includes(d),
);

const AREAS: Area[] = [
  {
    name: "rules-core",
    mutate: ["src/rules/*.ts", "src/rules/data/**/*.ts", "src/rules/profiles/**/*.ts"],
    // the pipeline's own tests (test/check) run every rule for each mutant: hours; the registry's and the data's suffice
    tests: ["test/rules/*.test.ts", "test/data/**/*.test.ts"],
  },
  ...ruleAreas.map((d) => ({
    name: `rules-${d}`,
    mutate: [`src/rules/${d}/**/*.ts`],
    tests: [`test/rules/${d}/**/*.test.ts`, "test/rules/all-rules.test.ts"],
  })),
  { name: "word", mutate: ["src/word/**/*.ts"], tests: ["test/word/**/*.test.ts", "test/taskpane/session.test.ts"] },
  { name: "fixer", mutate: ["src/fixer/**/*.ts"], tests: ["test/fixer/**/*.test.ts"] },
];

interface Mutant {
  status: string;
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/**
 * MUTATE_RETEST_TIMEOUTS=1: the area's timed-out mutants are tested again (dropped from its incremental file). On a
 * busy machine a slow run is counted as a timeout, which Stryker scores as detected: this tells them from real ones.
 */
function forgetTimeouts(area: Area): void {
  const file = join(OUT, `${area.name}-incremental.json`);
  if (process.env.MUTATE_RETEST_TIMEOUTS !== "1" || !existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as Report;
  let dropped = 0;
  for (const f of Object.values(report.files)) {
    const kept = f.mutants.filter((m) => m.status !== "Timeout");
    dropped += f.mutants.length - kept.length;
    f.mutants = kept;
  }
  writeFileSync(file, JSON.stringify(report));
  console.log(`   ${dropped} timed-out mutant(s) to test again`);
}

function runArea(area: Area): boolean {
  forgetTimeouts(area);
  const base = JSON.parse(readFileSync(join(ROOT, "stryker.config.json"), "utf8")) as Record<string, unknown>;
  // MUTATE_FILES=src/rules/text/date.ts,src/rules/text/abbreviation.ts: only those files of the area (a survivor hunt
  // on one file need not wait for the whole area); the area's own tests still run. Its report is <area>.files.json,
  // left out of the per-folder scores, which need every file of the area.
  const only = (process.env.MUTATE_FILES ?? "").split(",").filter((f) => f !== "");
  const report = only.length === 0 ? area.name : `${area.name}.files`;
  const config = {
    ...base,
    mutate: only.length === 0 ? area.mutate : only,
    testFiles: area.tests,
    // Stryker runs a mutant against `jest --findRelatedTests <its file>`, which follows imports only through the
    // files jest indexes: test/ and the mutant's folder (Stryker adds it). A test that reaches a rule only through
    // src/check is then not run, and what it would kill counts as survived: the score is a lower bound.
    // MUTATE_ALL_RELATED=1 indexes src/ too (testMatch keeps the area's own tests): exact, but each mutant then loads
    // every test file of its area, about three times slower (rules-text: some 3 hours on two cores).
    ...(process.env.MUTATE_ALL_RELATED === "1"
      ? {
          jest: {
            ...(base.jest as Record<string, unknown>),
            config: {
              ...((base.jest as { config?: Record<string, unknown> }).config ?? {}),
              roots: ["<rootDir>/test", "<rootDir>/src"],
              testMatch: area.tests.map((t) => `<rootDir>/${t}`),
            },
          },
        }
      : {}),
    incremental: true,
    incrementalFile: `reports/mutation/${report}-incremental.json`,
    reporters: ["clear-text", "progress-append-only", "json"],
    jsonReporter: { fileName: `reports/mutation/${report}.json` },
    tempDirName: `/tmp/ketluan-stryker-${area.name}`,
    concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
    // a busy machine (or an area whose tests load every rule) needs more than the 3 s of stryker.config.json, or slow
    // runs are counted as timeouts (detected) rather than killed or survived
    ...(process.env.MUTATE_TIMEOUT_MS === undefined ? {} : { timeoutMS: Number(process.env.MUTATE_TIMEOUT_MS) }),
  };
  const configFile = join(ROOT, `stryker-${area.name}.tmp.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n== ${area.name}: ${config.mutate.join(", ")} against ${area.tests.join(", ")}`);
  const started = Date.now();
  // Stryker's progress and its per-file table go to reports/mutation/<area>.log (tail -f it during a long run)
  const log = openSync(join(OUT, `${area.name}.log`), "w");
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "stryker"), ["run", configFile], {
    cwd: ROOT,
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  rmSync(configFile, { force: true });
  console.log(
    `   ${run.status === 0 ? "done" : `FAILED (see reports/mutation/${area.name}.log)`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return run.status === 0;
}

const counts = (mutants: Mutant[]) => {
  const c = { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
  for (const m of mutants) {
    if (m.status === "Killed") c.killed++;
    else if (m.status === "Survived") c.survived++;
    else if (m.status === "NoCoverage") c.noCoverage++;
    else if (m.status === "Timeout") c.timeout++;
    else c.other++;
  }
  return c;
};
/** Stryker's mutation score: detected over detected and undetected; compile and runtime errors, ignored: not counted. */
const score = (c: ReturnType<typeof counts>): string => {
  const detected = c.killed + c.timeout;
  const total = detected + c.survived + c.noCoverage;
  return total === 0 ? "   —  " : `${((100 * detected) / total).toFixed(1).padStart(5)}%`;
};

function printScores(): void {
  const byFolder = new Map<string, Mutant[]>();
  const byFile: [string, Mutant[]][] = [];
  for (const area of AREAS) {
    const file = join(OUT, `${area.name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8")) as Report;
    for (const [name, { mutants }] of Object.entries(report.files)) {
      byFile.push([name, mutants]);
      // src/rules by rule folder (and its core), and each top folder as a whole
      const parts = name.split("/");
      const folders = [parts.slice(0, 2).join("/")];
      if (parts[1] === "rules") folders.push(parts.length > 3 ? parts.slice(0, 3).join("/") : "src/rules (core)");
      for (const folder of folders) byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...mutants]);
    }
  }
  if (byFile.length === 0) {
    console.log("no mutation report yet: run `npm run mutate`");
    return;
  }
  const line = (name: string, mutants: Mutant[]): string => {
    const c = counts(mutants);
    return `${score(c)}  ${name.padEnd(44)} killed ${c.killed + c.timeout} (${c.timeout} by timeout), survived ${c.survived}, no coverage ${c.noCoverage}`;
  };
  console.log("\nmutation score per folder (goal ≥ 85%)");
  for (const [folder, mutants] of [...byFolder].sort()) console.log(line(folder, mutants));
  console.log("\nper file");
  for (const [name, mutants] of byFile.sort((a, b) => a[0].localeCompare(b[0]))) console.log(line(name, mutants));
}

const args = process.argv.slice(2);
if (!args.includes("--report")) {
  mkdirSync(OUT, { recursive: true });
  // areas named run in the order given (the one you are working on first); without names, all in table order
  const chosen = args.length === 0 ? AREAS : args.flatMap((name) => AREAS.filter((a) => a.name === name));
  const unknown = args.filter((a) => !AREAS.some((x) => x.name === a));
  if (unknown.length > 0) {
    console.error(`unknown area(s): ${unknown.join(", ")}; areas: ${AREAS.map((a) => a.name).join(", ")}`);
    process.exit(2);
  }
  let ok = true;
  for (const area of chosen) ok = runArea(area) && ok;
  if (!ok) process.exitCode = 1;
}
printScores();
