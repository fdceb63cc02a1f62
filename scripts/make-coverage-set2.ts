// Writes the second labelled coverage set (test/directives/coverage-set2/) as JSON fixtures, one file per draft:
// test/fixtures/coverage2/<name>.json = { source, name, description, kind, profile, notApplicable, expected, spec,
// reasons }, where `source` names the directive text under test/directives/sources/ and `spec` is the DocSpec the
// tests build into a real .docx and read back.
// Usage: node -r ./scripts/ts-register.js scripts/make-coverage-set2.ts [--docx DIR]   (--docx also writes each draft
// as DIR/<name>.docx, to run `ketluan check --source` / `ketluan matrix --source` on them)
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { draftSpec } from "../test/directives/coverage-set/build";
import { coverageFixture2, SOURCES } from "../test/directives/coverage-set2/sources";
import { buildDocxFromSpec } from "../test/support/buildDocx";

const root = path.join(__dirname, "..");
const outDir = path.join(root, "test", "fixtures", "coverage2");
const docxAt = process.argv.indexOf("--docx");
const docxDir = docxAt > 0 ? path.resolve(process.argv[docxAt + 1] ?? "coverage-drafts2") : undefined;

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) if (f.endsWith(".json")) fs.unlinkSync(path.join(outDir, f));
  let n = 0;
  for (const s of SOURCES)
    for (const d of s.drafts) {
      const file = path.join(outDir, `${d.name}.json`);
      const options = (await prettier.resolveConfig(file)) ?? {};
      fs.writeFileSync(
        file,
        await prettier.format(JSON.stringify(coverageFixture2(s, d)), { ...options, filepath: file }),
      );
      n++;
      if (docxDir !== undefined) {
        fs.mkdirSync(docxDir, { recursive: true });
        fs.writeFileSync(path.join(docxDir, `${d.name}.docx`), buildDocxFromSpec(draftSpec(d)));
      }
    }
  console.log(`wrote ${n} drafts to ${path.relative(root, outDir)}/${docxDir === undefined ? "" : ` and ${docxDir}/`}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
