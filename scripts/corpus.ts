/**
 * `npm run corpus -- DIR [--json OUT.json] [--rule ID] [--src]`: check every .docx under DIR (subfolders included) and print,
 * per rule, how many documents get an error and how many a warning. Meant for a folder of real office documents:
 * the figures tell whether a reader or rule change removed false errors without losing true ones.
 * Runs the TypeScript sources (transpiled in memory by scripts/ts-register.js, which runs this script), so that no
 * build is needed while working; --src is accepted for older command lines and changes nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import type { CheckResult } from "../src/check";

type ReaderModule = typeof import("../src/docx/reader");
type CheckModule = typeof import("../src/check");
type Severity = CheckResult["findings"][number]["severity"];

interface RuleCount {
  errorDocs: number;
  warningDocs: number;
  infoDocs: number;
  errors: number;
  warnings: number;
}

function usage(): never {
  process.stderr.write("usage: npm run corpus -- DIR [--json OUT.json] [--rule RULE-ID]\n");
  process.exit(2);
}

function walk(d: string, out: string[]): string[] {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.docx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(p);
  }
  return out;
}

/** The core from the TypeScript sources (the CLI's bundle exports only its main). */
async function loadCore(): Promise<{ reader: ReaderModule; check: CheckModule }> {
  const reader: ReaderModule = await import("../src/docx/reader");
  const check: CheckModule = await import("../src/check");
  return { reader, check };
}

async function main(): Promise<void> {
  const core = await loadCore();

  const args = process.argv.slice(2);
  let dir: string | undefined;
  let jsonOut: string | undefined;
  let showRule: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--src") continue;
    if (args[i] === "--json") jsonOut = args[++i];
    else if (args[i] === "--rule") showRule = args[++i];
    else if (dir === undefined) dir = args[i];
    else usage();
  }
  if (dir === undefined) usage();

  const files = walk(dir, []).sort();
  const perRule = new Map<string, RuleCount>();
  const profiles: Record<string, number> = {};
  const types: Record<string, number> = {};
  const unreadable: { file: string; error: string }[] = [];
  const perFile: unknown[] = [];
  let docsWithError = 0;
  let totalErrors = 0;
  const started = process.hrtime.bigint();
  for (const file of files) {
    const rel = path.relative(dir, file);
    let result: CheckResult;
    try {
      const model = core.reader.readDocument(fs.readFileSync(file), { inflateRaw: (b) => inflateRawSync(b) });
      result = core.check.checkDocument(model);
    } catch (err) {
      unreadable.push({ file: rel, error: err instanceof Error && err.message ? err.message : String(err) });
      continue;
    }
    const key = `${result.profile}${result.profileSource === "detected" ? "" : ` (${result.profileSource})`}`;
    profiles[key] = (profiles[key] ?? 0) + 1;
    types[result.documentType] = (types[result.documentType] ?? 0) + 1;
    const seen = new Map<string, Record<Severity, number>>();
    let errors = 0;
    for (const f of result.findings) {
      const s = seen.get(f.rule) ?? { error: 0, warning: 0, info: 0 };
      s[f.severity]++;
      seen.set(f.rule, s);
      if (f.severity === "error") errors++;
    }
    for (const [rule, s] of seen) {
      const r = perRule.get(rule) ?? { errorDocs: 0, warningDocs: 0, infoDocs: 0, errors: 0, warnings: 0 };
      if (s.error > 0) r.errorDocs++;
      if (s.warning > 0) r.warningDocs++;
      if (s.info > 0) r.infoDocs++;
      r.errors += s.error;
      r.warnings += s.warning;
      perRule.set(rule, r);
    }
    if (errors > 0) docsWithError++;
    totalErrors += errors;
    perFile.push({
      file: rel,
      profile: result.profile,
      profileSource: result.profileSource,
      documentType: result.documentType,
      errors,
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        paragraph: f.paragraph,
        message: f.message,
      })),
    });
    if (showRule !== undefined) {
      for (const f of result.findings)
        if (f.rule === showRule) console.log(`${rel} ¶${f.paragraph} ${f.severity}: ${f.message}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;

  const read = files.length - unreadable.length;
  console.log(`${files.length} tệp .docx, ${read} đọc được, ${unreadable.length} không đọc được (${ms.toFixed(0)} ms)`);
  console.log(`hồ sơ: ${JSON.stringify(profiles)}  loại: ${JSON.stringify(types)}`);
  console.log(`tài liệu có lỗi: ${docsWithError}/${read}, tổng số lỗi: ${totalErrors}`);
  console.log("");
  console.log("quy tắc                    tài liệu có lỗi  có cảnh báo  có lưu ý   số lỗi  số cảnh báo");
  for (const [rule, r] of [...perRule].sort((a, b) => b[1].errorDocs - a[1].errorDocs || a[0].localeCompare(b[0]))) {
    console.log(
      `${rule.padEnd(26)} ${String(r.errorDocs).padStart(15)} ${String(r.warningDocs).padStart(12)} ${String(
        r.infoDocs,
      ).padStart(9)} ${String(r.errors).padStart(8)} ${String(r.warnings).padStart(12)}`,
    );
  }
  for (const u of unreadable) console.log(`không đọc được: ${u.file}: ${u.error}`);
  if (jsonOut !== undefined) fs.writeFileSync(jsonOut, JSON.stringify({ unreadable, files: perFile }, null, 1));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
