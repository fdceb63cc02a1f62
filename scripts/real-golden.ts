/**
 * `node -r ./scripts/ts-register.js scripts/real-golden.ts [--write] [--json] [file ...]`: run the current core (the
 * TypeScript sources, no build needed) over the real-document fixtures (test/fixtures/real/) and print, per document,
 * what it reads (profile, type, structure) and the errors it reports, against the manifest's `expected` golden:
 *   "  = rule @ ¶"   reported and expected (the justification is kept),
 *   "  + rule @ ¶"   reported, not expected (a new error: a regression, or a true error to justify),
 *   "  - rule @ ¶"   expected, no longer reported.
 * --write  merges what the core finds into manifest.json: profile, type and structure are replaced, the error list
 *          becomes the reported one, each error keeps its justification when it was expected, and a new error gets
 *          "TODO" (test/real/real-documents.test.ts fails until a person writes why the XML makes it an error).
 * --json   prints the observed goldens as JSON instead of the text report.
 * This is how the goldens are refreshed after a reader or rule change: run, read the +/- lines, --write, justify.
 */
import * as fs from "node:fs";
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual } from "node:util";
import * as golden from "../test/real/golden";

const USAGE = "usage: node -r ./scripts/ts-register.js scripts/real-golden.ts [--write] [--json] [file ...]";

const args = process.argv.slice(2);
const write = args.includes("--write");
const asJson = args.includes("--json");
const only = args.filter((a) => !a.startsWith("--"));
for (const a of args)
  if (a.startsWith("--") && a !== "--write" && a !== "--json") {
    process.stderr.write(`real-golden: unknown option ${a}\n${USAGE}\n`);
    process.exit(2);
  }

const manifest = golden.readManifest();
const docs = manifest.documents.filter((d) => only.length === 0 || only.includes(d.file));
for (const name of only)
  if (!manifest.documents.some((d) => d.file === name)) {
    process.stderr.write(`real-golden: ${name} is not in ${golden.MANIFEST_PATH}\n`);
    process.exit(2);
  }

const jsonOut: Record<string, golden.Golden> = {};
let differences = 0;
for (const doc of docs) {
  const observed = golden.observe(golden.readFixture(doc.file));
  // A new manifest entry has no golden yet, whatever its type says.
  const exp: golden.Golden | undefined = doc.expected;
  const next = golden.mergeGolden(observed, exp);
  jsonOut[doc.file] = next;
  const lines: string[] = [];
  const head = `${observed.profile} (${observed.profileSource}), ${observed.documentType}`;
  const same = (k: keyof golden.Golden): boolean => exp !== undefined && isDeepStrictEqual(exp[k], next[k]);
  lines.push(`== ${doc.file} [${doc.status}, ${doc.kind}]: ${head}`);
  if (exp !== undefined && (!same("profile") || !same("profileSource") || !same("documentType")))
    lines.push(`   expected: ${exp.profile} (${exp.profileSource}), ${exp.documentType}`);
  for (const [k, v] of Object.entries(observed.structure)) {
    const expectedValue = exp?.structure?.[k as keyof golden.GoldenStructure];
    const mark = exp === undefined ? " " : isDeepStrictEqual(expectedValue, v) ? "=" : "≠";
    lines.push(`  ${mark} ${k}: ${JSON.stringify(v)}`);
    if (mark === "≠") lines.push(`      expected: ${JSON.stringify(expectedValue)}`);
  }
  // The error lists compared as multisets of "rule @ paragraph".
  const pending = new Map<string, number>();
  for (const key of golden.errorKeys(exp?.errors ?? [])) pending.set(key, (pending.get(key) ?? 0) + 1);
  for (const e of observed.errors) {
    const key = golden.errorKey(e);
    const left = pending.get(key) ?? 0;
    if (left > 0) pending.set(key, left - 1);
    lines.push(`  ${left > 0 ? "=" : "+"} ${key}  ${e.message}`);
  }
  for (const [key, n] of pending) for (let i = 0; i < n; i++) lines.push(`  - ${key}  (expected, not reported)`);
  const changed =
    exp === undefined ||
    lines.some((l) => /^ {2}[≠+-] /.test(l)) ||
    !same("profile") ||
    !same("profileSource") ||
    !same("documentType");
  if (changed) differences++;
  if (!asJson) console.log(lines.join("\n"));
  if (write) doc.expected = next;
}

if (asJson) console.log(JSON.stringify(jsonOut, null, 1));
else console.log(`\n${docs.length} document(s), ${differences} differ from the manifest's goldens`);
if (write) {
  fs.writeFileSync(golden.MANIFEST_PATH, JSON.stringify(manifest, null, 2) + "\n");
  // The repository's formatting (npm run prettier checks it); best effort when prettier is not installed.
  try {
    execFileSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), "--write", golden.MANIFEST_PATH], {
      stdio: "ignore",
    });
  } catch {
    process.stderr.write("real-golden: prettier not run on the manifest\n");
  }
  const todo = docs.reduce((n, d) => n + d.expected.errors.filter((e) => e.justification === "TODO").length, 0);
  console.log(`wrote ${golden.MANIFEST_PATH}${todo > 0 ? `: ${todo} error(s) need a justification (TODO)` : ""}`);
}
