/**
 * Jest's global setup. The CLI tests run bin/ketluan.js, which loads dist-cli/: it is rebuilt here when one of its
 * sources (tsconfig.cli.json's folders, the tsconfigs, package.json) is newer than its output, so no test runs a
 * stale CLI. When dist-cli is fresh this costs one walk over the sources' modification times.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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
  const config = JSON.parse(readFileSync(join(ROOT, "tsconfig.cli.json"), "utf8")) as { include: string[] };
  const sources = [...config.include, "tsconfig.json", "tsconfig.cli.json", "package.json"]
    .map((p) => join(ROOT, p))
    .filter((p) => existsSync(p));
  const built = join(ROOT, "dist-cli", "cli", "main.js");
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const t0 = Date.now();
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  // 2: type errors reported, JavaScript written all the same (`npm run typecheck` reports them); else a failure
  if (tsc.status !== 0 && tsc.status !== 2) {
    throw new Error(`npm run build:cli failed (tsc exit ${String(tsc.status)}):\n${tsc.stdout}${tsc.stderr}`);
  }
  if (tsc.status === 2) console.warn(`[jest] dist-cli built despite type errors:\n${tsc.stdout}`);
  console.log(`[jest] dist-cli was older than its sources: rebuilt in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
