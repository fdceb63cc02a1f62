#!/usr/bin/env node
/**
 * `node scripts/real-golden.js [--write] [--json] [file ...]`: run the current core (the TypeScript sources, no build
 * needed) over the real-document fixtures (test/fixtures/real/) and print, per document, what it reads (profile,
 * type, structure) and the errors it reports, against the manifest's `expected` golden:
 *   "  = rule @ ¶"   reported and expected (the justification is kept),
 *   "  + rule @ ¶"   reported, not expected (a new error: a regression, or a true error to justify),
 *   "  - rule @ ¶"   expected, no longer reported.
 * --write  merges what the core finds into manifest.json: profile, type and structure are replaced, the error list
 *          becomes the reported one, each error keeps its justification when it was expected, and a new error gets
 *          "TODO" (test/real/real-documents.test.ts fails until a person writes why the XML makes it an error).
 * --json   prints the observed goldens as JSON instead of the text report.
 * This is how the goldens are refreshed after a reader or rule change: run, read the +/- lines, --write, justify.
 */
"use strict";
const fs = require("node:fs");
const { execFileSync } = require("node:child_process");
const { isDeepStrictEqual } = require("node:util");

require("./ts-register");
const golden = require("../test/real/golden.ts");

const args = process.argv.slice(2);
const write = args.includes("--write");
const asJson = args.includes("--json");
const only = args.filter((a) => !a.startsWith("--"));
for (const a of args)
  if (a.startsWith("--") && a !== "--write" && a !== "--json") {
    process.stderr.write(
      `real-golden: unknown option ${a}\nusage: node scripts/real-golden.js [--write] [--json] [file ...]\n`,
    );
    process.exit(2);
  }

const manifest = golden.readManifest();
const docs = manifest.documents.filter((d) => only.length === 0 || only.includes(d.file));
for (const name of only)
  if (!manifest.documents.some((d) => d.file === name)) {
    process.stderr.write(`real-golden: ${name} is not in ${golden.MANIFEST_PATH}\n`);
    process.exit(2);
  }

const jsonOut = {};
let differences = 0;
for (const doc of docs) {
  const observed = golden.observe(golden.readFixture(doc.file));
  const next = golden.mergeGolden(observed, doc.expected);
  jsonOut[doc.file] = next;
  const exp = doc.expected;
  const lines = [];
  const head = `${observed.profile} (${observed.profileSource}), ${observed.documentType}`;
  const same = (k) => exp !== undefined && isDeepStrictEqual(exp[k], next[k]);
  lines.push(`== ${doc.file} [${doc.status}, ${doc.kind}]: ${head}`);
  if (exp !== undefined && (!same("profile") || !same("profileSource") || !same("documentType")))
    lines.push(`   expected: ${exp.profile} (${exp.profileSource}), ${exp.documentType}`);
  for (const [k, v] of Object.entries(observed.structure)) {
    const mark = exp === undefined ? " " : isDeepStrictEqual(exp.structure?.[k], v) ? "=" : "≠";
    lines.push(`  ${mark} ${k}: ${JSON.stringify(v)}`);
    if (mark === "≠") lines.push(`      expected: ${JSON.stringify(exp.structure?.[k])}`);
  }
  // The error lists compared as multisets of "rule @ paragraph".
  const pending = new Map();
  for (const key of golden.errorKeys(exp?.errors ?? [])) pending.set(key, (pending.get(key) ?? 0) + 1);
  for (const e of observed.errors) {
    const key = golden.errorKeys([e])[0];
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
