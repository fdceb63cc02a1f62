/**
 * Jest's global setup. The CLI tests run bin/ketluan.js, which loads dist-cli/: it is rebuilt here when one of its
 * sources (src, the tsconfigs, package.json, the build script) is newer than its output, so no test runs a
 * stale CLI. When dist-cli is fresh this costs one walk over the sources' modification times.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted source changes its folder's time
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export default function globalSetup(): void {
  // all of src: the bundle takes whatever src/cli imports (the checker, the fixer, the matrix, the templates)
  const sources = ["src", "tsconfig.json", "tsconfig.cli.json", "package.json", "scripts/build-cli.js"]
    .map((p) => join(ROOT, p))
    .filter((p) => existsSync(p));
  const built = join(ROOT, "dist-cli", "cli", "main.js");
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const t0 = Date.now();
  // esbuild, as `npm run build:cli`: it strips types without checking them (`npm run typecheck` does)
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js"), "--quiet"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (build.status !== 0) {
    throw new Error(`npm run build:cli failed (exit ${String(build.status)}):\n${build.stdout}${build.stderr}`);
  }
  console.log(`[jest] dist-cli was older than its sources: rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
