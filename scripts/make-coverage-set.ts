// Writes the labelled coverage evaluation set (test/directives/coverage-set/drafts.ts) as JSON fixtures, one file per draft:
// test/fixtures/coverage/<name>.json = { name, description, kind, profile, set, notApplicable, expected, spec },
// where `spec` is the DocSpec the tests build into a real .docx (test/support/buildDocx.ts) and read back.
// Usage: node -r ./scripts/ts-register.js scripts/make-coverage-set.ts [--docx DIR]   (--docx also writes each draft
// as DIR/<name>.docx, e.g. to open them in Word or to run `ketluan check` / `ketluan matrix` on them)
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { DRAFTS } from "../test/directives/coverage-set/drafts";
import { coverageFixture, draftSpec } from "../test/directives/coverage-set/build";
import { buildDocxFromSpec } from "../test/support/buildDocx";

const root = path.join(__dirname, "..");
const outDir = path.join(root, "test", "fixtures", "coverage");
const docxAt = process.argv.indexOf("--docx");
const docxDir = docxAt > 0 ? path.resolve(process.argv[docxAt + 1] ?? "coverage-drafts") : undefined;

async function main(): Promise<void> {
  // Formatted with the project's Prettier config, so `prettier --check` passes on the written files.
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith(".json")) fs.unlinkSync(path.join(outDir, f));
  for (const d of DRAFTS) {
    const file = path.join(outDir, `${d.name}.json`);
    const options = (await prettier.resolveConfig(file)) ?? {};
    fs.writeFileSync(file, await prettier.format(JSON.stringify(coverageFixture(d)), { ...options, filepath: file }));
  }
  console.log(`wrote ${DRAFTS.length} drafts to ${path.relative(root, outDir)}/`);
  if (docxDir !== undefined) {
    fs.mkdirSync(docxDir, { recursive: true });
    for (const d of DRAFTS) fs.writeFileSync(path.join(docxDir, `${d.name}.docx`), buildDocxFromSpec(draftSpec(d)));
    console.log(`wrote ${DRAFTS.length} .docx files to ${docxDir}/`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
