// `npm run build:cli`: the command line as one bundle, dist-cli/cli/main.js (and its matrix worker beside it),
// written by esbuild from src/cli. One file to load instead of ~120 modules resolved and read one by one. exceljs and
// docx-templates stay in node_modules: only `matrix --format xlsx` and `draft` load them, lazily.
// Types are checked by `npm run typecheck` (tsconfig.cli.json included), not here.
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync, rmSync, statSync } = require("node:fs");
const { join } = require("node:path");
const esbuild = require("esbuild");

const root = join(__dirname, "..");
const out = join(root, "dist-cli", "cli");
const t0 = Date.now();
rmSync(join(root, "dist-cli"), { recursive: true, force: true });
esbuild.buildSync({
  absWorkingDir: root,
  entryPoints: ["src/cli/main.ts", "src/cli/commands/matrix-worker.ts"],
  entryNames: "[name]",
  outdir: out,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs", "docx-templates"],
  // import() of those two as require(): Node's own import() of a CommonJS package sees only what its lexer finds
  // (exceljs's classes would be missing)
  supported: { "dynamic-import": false },
  legalComments: "none",
  logLevel: "warning",
});
// V8's code cache of the bundle, made by checking one real-shaped plan (bin/ketluan.js writes it when asked): the
// functions a check runs are then compiled from the cache at every start. Without the sample (a package without
// test/), no cache: the CLI compiles as usual.
const sample = join(root, "test", "fixtures", "libreoffice", "plan-party.docx");
let cache = "no code cache";
if (existsSync(sample)) {
  const run = spawnSync(process.execPath, [join(root, "bin", "ketluan.js"), "check", "--format", "json", sample], {
    env: { ...process.env, KETLUAN_WRITE_CODE_CACHE: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0 && run.status !== 1) {
    process.stderr.write(`build:cli: the bundle failed on ${sample}:\n${run.stderr}`);
    process.exit(1);
  }
  cache = `main.js.cache ${(statSync(join(out, "main.js.cache")).size / 1024).toFixed(0)} KB`;
}
const kb = (f) => `${(statSync(join(out, f)).size / 1024).toFixed(0)} KB`;
if (!process.argv.includes("--quiet"))
  console.log(
    `dist-cli/cli: main.js ${kb("main.js")}, matrix-worker.js ${kb("matrix-worker.js")}, ${cache} in ${Date.now() - t0} ms`,
  );
