/**
 * `npm run mutate:listed`: the one-line mutations that once survived the whole suite (issue "Tests that can fail"),
 * each applied to a copy of the project and run against the tests that should catch it. Prints, per mutation, whether
 * a test failed (killed) or not (survived), and exits 1 when any survives. The copy lives in the temporary folder
 * (node_modules linked), so the working tree is never touched. Run outside `npm test`, like `npm run mutate`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

interface ListedMutation {
  what: string;
  file: string;
  /** Exact text replaced (each occurrence). */
  from: string;
  to: string;
  tests: string[];
}

const MUTATIONS: ListedMutation[] = [
  {
    what: "snapshot never reports a paragraph-count mismatch between Word and the reader",
    file: "src/word/adapter.ts",
    from: "paragraphCountMismatch: raw.texts.length !== model.paragraphs.length",
    to: "paragraphCountMismatch: false",
    tests: ["test/word", "test/taskpane"],
  },
  {
    what: "a fix no longer cross-checks Word's match count against the paragraph texts",
    file: "src/word/plan.ts",
    from: "} else if (matchCounts.get(e.needle) !== total) {",
    to: "} else if (false) {",
    tests: ["test/word"],
  },
  {
    what: "a go-to no longer cross-checks Word's match count against the paragraph texts",
    file: "src/word/adapter.ts",
    from: "matches !== undefined && matches.items.length === where.expectedTotal",
    to: "matches !== undefined",
    tests: ["test/word"],
  },
  {
    what: "the page setup is loaded without its property paths",
    file: "src/word/adapter.ts",
    from: "context.document.sections.load(PAGE_SETUP_PROPS.map((p) => `items/pageSetup/${p}`))",
    to: 'context.document.sections.load("items")',
    tests: ["test/word"],
  },
  {
    what: "the search needle limit raised past Word's 255 characters",
    file: "src/word/plan.ts",
    from: "export const MAX_SEARCH = 255;",
    to: "export const MAX_SEARCH = 400;",
    tests: ["test/word"],
  },
  {
    what: "the upper bound of the body font size removed",
    file: "src/rules/font/size.ts",
    from: "r.sizePt > maxPt",
    to: "false",
    tests: ["test/rules/font"],
  },
  {
    what: "the paper-size tolerance widened by 3 mm",
    file: "src/rules/page/size.ts",
    from: "> data.toleranceMm",
    to: "> data.toleranceMm + 3",
    tests: ["test/rules/page"],
  },
  {
    what: "the margin tolerance widened by 2 mm",
    file: "src/rules/page/margins.ts",
    from: "const tol = data.toleranceMm;",
    to: "const tol = data.toleranceMm + 2;",
    tests: ["test/rules/page"],
  },
  {
    what: "the «Sửa tất cả» button removed",
    file: "src/taskpane/components/FindingsList.tsx",
    from: "{onFix && rules.length > 0 && (",
    to: "{false && onFix && rules.length > 0 && (",
    tests: ["test/taskpane"],
  },
];

const ROOT = resolve(__dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "ketluan-listed-"));
const SKIP = new Set(["node_modules", ".git", "dist", "dist-cli", "reports", "coverage", ".stryker-tmp"]);
cpSync(ROOT, copy, { recursive: true, filter: (src) => !SKIP.has(src.slice(ROOT.length + 1).split("/")[0] ?? "") });
symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
// no globalSetup: these tests do not run the CLI, and the copy has no dist-cli to build
const config = join(copy, "jest.listed.config.js");
writeFileSync(
  config,
  `const base = require("./jest.config.js");\nmodule.exports = { ...base, globalSetup: undefined };\n`,
);

let survived = 0;
try {
  for (const m of MUTATIONS) {
    const path = join(copy, m.file);
    const original = readFileSync(path, "utf8");
    if (!original.includes(m.from)) {
      console.log(`?  ${m.what}: «${m.from}» no longer in ${m.file}; update this list`);
      survived++;
      continue;
    }
    writeFileSync(path, original.split(m.from).join(m.to));
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "node_modules", "jest", "bin", "jest.js"), "--config", config, "--silent", ...m.tests],
      { cwd: copy, encoding: "utf8" },
    );
    writeFileSync(path, original);
    const failed = /Tests:\s+(\d+) failed/.exec(run.stderr)?.[1];
    const killed = run.status !== 0 && failed !== undefined;
    if (!killed) survived++;
    console.log(
      `${killed ? "killed  " : "SURVIVED"} ${m.what} (${m.file}): ${killed ? `${failed} failing test(s) in ${m.tests.join(", ")}` : "no test failed"}`,
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
console.log(`${MUTATIONS.length - survived}/${MUTATIONS.length} listed mutations killed`);
process.exitCode = survived === 0 ? 0 : 1;
