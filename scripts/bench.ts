// `npm run bench`: prints how fast the core is on a 100-page draft (about 1,500 paragraphs), built here, not
// downloaded. Goals (printed with each figure): read < 150 ms; read + all rules < 300 ms; the whole CLI process at
// most half of mammoth's raw-text extraction on a 100-page plan the way Word writes it (a real plan's body repeated to
// the 1,405 paragraphs issue 14 was measured on: there mammoth took 0.91 s, which only Word's markup explains), and,
// for reference, the same ratio on the compact generated plan (16 KB: mammoth's run there is mostly its own start-up).
// Every module is loaded (and transpiled by scripts/ts-register.js) before the first measurement.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readDocument } from "../src/docx/reader";
import { checkDocument } from "../src/check";
import { computeCoverage } from "../src/directives/coverage";
import { defaultDirectiveSource } from "../src/directives/seed";
import { buildDocxFromSpec, docxPartsFromSpec, makeFlatOpc } from "../test/support/buildDocx";
import { clearParagraphMemos } from "../src/model/memo";
import { benchBrowser } from "./bench-browser";
import type { DocSpec, SpecBlock, SpecParagraph } from "../test/support/docSpec";
import { partyPlan, setCellText, stateReport, variant } from "../test/support/samples";
import type { CheckTiming } from "../src/cli/timing";

const PARAGRAPHS = 1500;

function asParagraph(block: SpecBlock | undefined): SpecParagraph {
  if (block === undefined || block.type !== "paragraph") throw new Error("bench: the sample's body is paragraphs");
  return block;
}

function bigPlan(): DocSpec {
  const spec = partyPlan();
  const bodyStart = 5; // blocks: header table, title, summary, separator, then body
  const body = spec.blocks.slice(bodyStart, -1);
  const signature = spec.blocks[spec.blocks.length - 1]!;
  const blocks = spec.blocks.slice(0, bodyStart);
  const sentence =
    "Tập trung lãnh đạo, chỉ đạo thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp phát triển kinh tế - xã hội, " +
    "đẩy mạnh giải phóng mặt bằng các dự án trọng điểm, cải thiện môi trường đầu tư, kinh doanh, nâng cao chất lượng " +
    "giáo dục, y tế, chuyển đổi số và bảo đảm an sinh xã hội trên địa bàn huyện.";
  let n = 0;
  while (blocks.length < PARAGRAPHS - 13) {
    const b = JSON.parse(JSON.stringify(asParagraph(body[n % body.length]))) as SpecParagraph;
    // every paragraph's text is its own (a real plan does not repeat itself): the per-paragraph memos of a re-check
    // (src/model/memo) find nothing to share within one check
    if (n % 7 === 3)
      b.runs = [{ text: `${n}. `, bold: true }, { text: sentence }, { text: ` (đã hoàn thành ${n})`, italic: true }];
    else if (n % 3 === 0) b.text = `${sentence.slice(0, -1)} (đoạn ${n}).`;
    else if (b.text !== undefined) b.text = `${b.text} (${n})`;
    else if (b.runs !== undefined && b.runs.length > 0) b.runs[b.runs.length - 1]!.text += ` (${n})`;
    blocks.push(b);
    n++;
  }
  blocks.push(signature);
  return { ...spec, blocks };
}

/** The LibreOffice-written plan with its body paragraphs repeated to ~1,500: LibreOffice's heavier run markup. */
function bigLibreOfficePlan(): Uint8Array {
  const files = unzipSync(
    new Uint8Array(readFileSync(join(__dirname, "..", "test", "fixtures", "libreoffice", "plan-party.docx"))),
  );
  const xml = strFromU8(files["word/document.xml"]!);
  const firstTableEnd = xml.indexOf("</w:tbl>") + "</w:tbl>".length;
  const secondTable = xml.indexOf("<w:tbl>", firstTableEnd);
  const body = xml.slice(firstTableEnd, secondTable);
  const count = (body.match(/<w:p[ >]/g) || []).length;
  const copies = Math.ceil((PARAGRAPHS - 40) / count);
  files["word/document.xml"] = strToU8(xml.slice(0, firstTableEnd) + body.repeat(copies) + xml.slice(secondTable));
  return zipSync(files);
}

/**
 * A 100-page plan the way Word writes it: the real plan test/fixtures/real/kh-cchc-2026-issued.docx (an issued
 * provincial plan, with its landscape appendix table) with the body of its plan, from "I. MỤC TIÊU, NHIỆM VỤ" to the
 * signature table, repeated until the file holds about 1,405 paragraphs, the size of the plan issue 14 was measured on,
 * each copy's paragraphs made distinct, and an opening sentence that cites the conclusion.
 * Word's markup (rsids, a run per edit, bookmarks) is about three times the generated plan's per paragraph.
 */
function bigWordPlan(): Uint8Array {
  const files = unzipSync(
    new Uint8Array(readFileSync(join(__dirname, "..", "test", "fixtures", "real", "kh-cchc-2026-issued.docx"))),
  );
  const xml = strFromU8(files["word/document.xml"]!);
  const paragraphs = (s: string): number => (s.match(/<w:p[ >]/g) || []).length;
  const bodyStart = xml.lastIndexOf("<w:p ", xml.indexOf(">MỤC TIÊU, NHIỆM VỤ<"));
  const signatureTable = xml.indexOf("<w:tbl>", bodyStart);
  if (bodyStart < 0 || signatureTable < 0) throw new Error("bench: the real plan's body was not found");
  const body = xml.slice(bodyStart, signatureTable);
  const copies = Math.max(0, Math.round((1405 - paragraphs(xml)) / paragraphs(body)));
  // Each copy's paragraphs made their own, as in the generated plan: " (bản 2, đoạn 17)" ends each one's text. With
  // copies alike, a check's per-paragraph memos (src/model/memo) read only the first and found the others for nothing.
  const copy = (k: number): string => {
    let j = 0;
    return body.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => {
      const end = p.lastIndexOf("</w:t>");
      return end < 0 ? p : `${p.slice(0, end)} (bản ${k}, đoạn ${j++})${p.slice(end)}`;
    });
  };
  const copied = Array.from({ length: copies }, (_, k) => copy(k + 1)).join("");
  // A plan that implements the conclusion, as the drafts this tool is for do (and as the plan of issue 14 did: its
  // profile spent 94 ms in coverage): its opening sentence cites it, so the conclusion's rules and coverage run.
  const citing =
    '<w:p><w:pPr><w:spacing w:before="120"/><w:ind w:firstLine="709"/><w:jc w:val="both"/></w:pPr><w:r><w:rPr>' +
    '<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t>Thực hiện Kết luận của Ban Chấp hành Đảng bộ tỉnh về một số ' +
    "nhiệm vụ, giải pháp trọng tâm cần tập trung thực hiện từ nay đến hết nhiệm kỳ Đại hội đại biểu Đảng bộ tỉnh lần " +
    "thứ XIX, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:</w:t></w:r></w:p>";
  files["word/document.xml"] = strToU8(
    xml.slice(0, bodyStart) + citing + xml.slice(bodyStart, signatureTable) + copied + xml.slice(signatureTable),
  );
  return zipSync(files);
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => unknown, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), "ketluan-bench-"));
const file = join(dir, "ke-hoach-1500-doan.docx");
writeFileSync(file, buildDocxFromSpec(bigPlan()));
const bytes = new Uint8Array(readFileSync(file));

// Warm up the JIT, then measure. A first check of a document finds the per-paragraph memos (src/model/memo) empty:
// they are cleared before each timed first check.
const firstCheck = (m: ReturnType<typeof readDocument>, options?: Parameters<typeof checkDocument>[1]) => {
  clearParagraphMemos();
  return checkDocument(m, options);
};
for (let i = 0; i < 5; i++) firstCheck(readDocument(bytes));
const model = readDocument(bytes);
const heapBefore = process.memoryUsage().heapUsed;
const readTimes = time(() => readDocument(bytes), 30);
const checkTimes = time(() => firstCheck(model), 30);
const bothTimes = time(() => firstCheck(readDocument(bytes)), 30);

// The task pane in Word: the body's flat OPC is read and checked after each edit. Timed: a re-check after one
// paragraph was edited (the two versions in turn, each re-check finding the other's paragraphs in the memos).
const flatOpc = makeFlatOpc(docxPartsFromSpec(bigPlan()));
const editedOpc = flatOpc.replace("(đoạn 300)", "(đoạn 300, đã sửa)");
if (editedOpc === flatOpc) throw new Error("bench: the paragraph to edit is not in the plan");
for (let i = 0; i < 5; i++) checkDocument(readDocument(i % 2 === 0 ? editedOpc : flatOpc));
const wordFirstTimes = time(() => firstCheck(readDocument(flatOpc)), 20);
checkDocument(readDocument(flatOpc));
let edited = false;
const wordRecheckTimes = time(() => {
  edited = !edited;
  checkDocument(readDocument(edited ? editedOpc : flatOpc));
}, 30);
const wordReadTimes = time(() => readDocument(flatOpc), 20);
const heapAfter = process.memoryUsage().heapUsed;

// Coverage of the conclusion's items 2.1–2.8: the first call parses the seed and indexes it, later calls reuse both.
const t0 = process.hrtime.bigint();
const coverageResult = computeCoverage(model, defaultDirectiveSource());
const coverageColdMs = Number(process.hrtime.bigint() - t0) / 1e6;
for (let i = 0; i < 5; i++) computeCoverage(model, defaultDirectiveSource());
const coverageTimes = time(() => {
  clearParagraphMemos();
  computeCoverage(model, defaultDirectiveSource());
}, 30);
// CPU time as well: on a busy machine the wall-clock median also counts waiting for a core.
const coverageCpu: number[] = [];
for (let i = 0; i < 30; i++) {
  clearParagraphMemos();
  const c = process.cpuUsage();
  computeCoverage(model, defaultDirectiveSource());
  const d = process.cpuUsage(c);
  coverageCpu.push((d.user + d.system) / 1000);
}

const loBytes = bigLibreOfficePlan();
for (let i = 0; i < 5; i++) readDocument(loBytes);
const loModel = readDocument(loBytes);
const loReadTimes = time(() => readDocument(loBytes), 20);

const cli = join(__dirname, "..", "bin", "ketluan.js");
/** One whole process: wall time seen from here, its own CPU time and peak memory (written by a preload at exit). */
interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
  status: number | null;
}
const probe = join(dir, "probe.js");
writeFileSync(
  probe,
  `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeFileSync(process.env.KETLUAN_BENCH_PROBE, JSON.stringify([u.userCPUTime + u.systemCPUTime, u.maxRSS])); });`,
);
function runProcess(args: string[]): ProcessRun {
  const out = join(dir, "probe.json");
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", probe, ...args], {
    encoding: "utf8",
    env: { ...process.env, KETLUAN_BENCH_PROBE: out },
    maxBuffer: 64 << 20,
  });
  const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
  const [cpuUs, rssKb] = JSON.parse(readFileSync(out, "utf8")) as [number, number];
  return { wallMs, cpuMs: cpuUs / 1000, peakMb: rssKb / 1024, status: r.status };
}
// mammoth's raw-text extraction of the same file, when mammoth is installed (a devDependency; never installed here).
let mammothScript: string | undefined;
try {
  const entry = require.resolve("mammoth");
  mammothScript = join(dir, "mammoth-raw.js");
  writeFileSync(
    mammothScript,
    `require(${JSON.stringify(entry)}).extractRawText({ path: process.argv[2] }).then((r) => process.stdout.write(r.value));`,
  );
} catch {
  mammothScript = undefined;
}
// Pairs run in turn, so that a busy moment of the machine falls on both.
function pairs(docx: string): { ours: ProcessRun[]; theirs: ProcessRun[]; ok: boolean } {
  const ours: ProcessRun[] = [];
  const theirs: ProcessRun[] = [];
  for (let i = 0; i < 7; i++) {
    ours.push(runProcess([cli, "check", "--format", "json", docx]));
    if (mammothScript !== undefined) theirs.push(runProcess([mammothScript, docx]));
  }
  return { ours, theirs, ok: ours.every((r) => r.status === 0 || r.status === 1) };
}
/**
 * Where one CLI process's time goes (KETLUAN_TIMING=json, src/cli/timing.ts), medians of 5: the CLI starts cold, and
 * its rules' shares differ from the warm ones of the per-rule table below.
 */
interface ColdTiming {
  phases: { node: number; load: number; read: number; check: number; output: number };
  rules: [string, number][];
}
function coldTimingOf(docx: string): ColdTiming | undefined {
  const runs: CheckTiming[] = [];
  for (let i = 0; i < 5; i++) {
    const r = spawnSync(process.execPath, [cli, "check", "--format", "json", docx], {
      encoding: "utf8",
      env: { ...process.env, KETLUAN_TIMING: "json" },
      maxBuffer: 64 << 20,
    });
    if (r.status !== 0 && r.status !== 1) return undefined;
    runs.push(JSON.parse(r.stderr) as CheckTiming);
  }
  const m = (f: (t: CheckTiming) => number): number => median(runs.map(f));
  const ids = Object.keys(runs[0]!.rules);
  return {
    phases: {
      node: m((t) => t.nodeStartMs ?? 0),
      load: m((t) => t.loadMs),
      read: m((t) => t.files[0]!.readMs),
      check: m((t) => t.files[0]!.checkMs),
      output: m((t) => t.outputMs),
    },
    rules: ids.map((id): [string, number] => [id, m((t) => t.rules[id] ?? 0)]).sort((a, b) => b[1] - a[1]),
  };
}
const generatedPairs = pairs(file);
const wordPlanFile = join(dir, "ke-hoach-word-1400-doan.docx");
writeFileSync(wordPlanFile, bigWordPlan());
const wordPairs = pairs(wordPlanFile);
const generatedCold = coldTimingOf(file);
const wordCold = coldTimingOf(wordPlanFile);
// Time per rule, as ESLint's TIMING=1 prints it (the next slow rule shows itself): each plan in a process of its own
// (scripts/bench-rules.ts), so that no heap left by the rest of the bench is collected during these checks.
function ruleTimingsOf(docx: string): { checks: number; timings: Record<string, number> } {
  const r = spawnSync(
    process.execPath,
    ["-r", join(__dirname, "ts-register.js"), join(__dirname, "bench-rules.ts"), docx],
    {
      encoding: "utf8",
      maxBuffer: 16 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`bench: timing the rules on ${docx} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { checks: number; timings: Record<string, number> };
}
const ruleTimings = ruleTimingsOf(file);
const wordPlanTimings = ruleTimingsOf(wordPlanFile);
const wordPlanParagraphs = readDocument(new Uint8Array(readFileSync(wordPlanFile))).paragraphs.length;
const bare = Array.from({ length: 5 }, () => runProcess(["-e", "0"]));

// ketluan matrix over 100 drafts: LibreOffice-written plans and reports, built plans with items left out, 2 broken files.
const matrixDir = join(dir, "matrix");
mkdirSync(matrixDir);
const fixtures = ["plan-party", "report-state", "plan-party-letter-arial"].map((n) =>
  readFileSync(join(__dirname, "..", "test", "fixtures", "libreoffice", `${n}.docx`)),
);
const built = buildDocxFromSpec(partyPlan());
for (let i = 0; i < 100; i++) {
  const data = i < 2 ? Buffer.from("không phải docx") : i % 4 === 0 ? built : fixtures[i % 3]!;
  writeFileSync(join(matrixDir, `don-vi-${String(i).padStart(3, "0")}.docx`), data);
}
const matrixTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint();
  spawnSync(process.execPath, [cli, "matrix", matrixDir, "--out", join(dir, "ma-tran")], { encoding: "utf8" });
  matrixTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
}

// Hostile paragraphs: the shapes on which rules once took time growing with the square of a paragraph (a sweep found
// them; test/robustness/hostile.test.ts checks them with a time limit), 40,000 characters each, in the body, a header
// cell and a recipients line of a report. Read and checked once, cold, in this process.
const HOSTILE_CHARS = 40_000;
const hostileBody = [
  "… ".repeat(HOSTILE_CHARS / 2),
  "XX ".repeat(HOSTILE_CHARS / 3),
  "TU/".repeat(HOSTILE_CHARS / 3),
  `UBND${"1-".repeat(HOSTILE_CHARS / 2)}`,
  "x".repeat(HOSTILE_CHARS),
  "số  ".repeat(HOSTILE_CHARS / 4),
];
const hostileSpec = variant(stateReport(), (d) => {
  d.blocks.splice(6, 0, ...hostileBody.map((text): SpecParagraph => ({ type: "paragraph", text })));
  setCellText(d, 0, 0, 3, "; ".repeat(HOSTILE_CHARS / 2));
  setCellText(d, -1, 0, 1, "a".repeat(HOSTILE_CHARS));
});
const hostileBytes = buildDocxFromSpec(hostileSpec);
clearParagraphMemos();
const hostileStart = process.hrtime.bigint();
const hostileFindings = checkDocument(readDocument(hostileBytes)).findings.length;
const hostileMs = Number(process.hrtime.bigint() - hostileStart) / 1e6;

function report(browser: Awaited<ReturnType<typeof benchBrowser>>): void {
  console.log(
    `ketluan bench — ${model.paragraphs.length} đoạn / paragraphs, ${(statSync(file).size / 1024).toFixed(0)} KB .docx, Node ${process.version}`,
  );
  console.log(
    `  read .docx → model      median ${fmt(median(readTimes))}  (min ${fmt(Math.min(...readTimes))}, goal < 150 ms)`,
  );
  console.log(
    `  same, LibreOffice markup median ${fmt(median(loReadTimes))}  (${loModel.paragraphs.length} paragraphs, ${(loBytes.length / 1024).toFixed(0)} KB)`,
  );
  console.log(`  all rules + coverage    median ${fmt(median(checkTimes))}  (goal < 100 ms)`);
  console.log(`  read + all rules        median ${fmt(median(bothTimes))}  (goal < 300 ms)`);
  console.log(
    `  Word re-check, 1 edit   median ${fmt(median(wordRecheckTimes))}  (goal < 100 ms; read flat OPC ${fmt(median(wordReadTimes))} + rules and coverage; a first check of it ${fmt(median(wordFirstTimes))})`,
  );
  console.log(
    `  coverage 2.1–2.8        median ${fmt(median(coverageTimes))}, CPU ${fmt(median(coverageCpu))}  (goal < 50 ms; first call with parsing and indexing ${fmt(coverageColdMs)}; ${coverageResult.filter((c) => c.status === "covered").length}/${coverageResult.length} items covered)`,
  );
  const processLine = (runs: ProcessRun[]): string =>
    `median ${fmt(median(runs.map((r) => r.wallMs)))}, CPU ${fmt(median(runs.map((r) => r.cpuMs)))}, peak ${median(runs.map((r) => r.peakMb)).toFixed(0)} MB`;
  const comparison = (
    title: string,
    { ours, theirs, ok }: ReturnType<typeof pairs>,
    cold: ColdTiming | undefined,
    goal: string,
  ): void => {
    console.log(`  ${title}`);
    console.log(`    CLI process, json     ${processLine(ours)}${ok ? "" : "  [CLI FAILED]"}`);
    if (cold !== undefined) {
      const p = cold.phases;
      console.log(
        `      where it goes       Node ${p.node.toFixed(0)} + load and init ${p.load.toFixed(0)} + read ${p.read.toFixed(0)} + check ${p.check.toFixed(0)} + output ${p.output.toFixed(0)} ms  (one cold process, KETLUAN_TIMING; medians of 5)`,
      );
      console.log(
        `      coldest in check    ${cold.rules
          .slice(0, 6)
          .map(([id, v]) => `${id} ${v.toFixed(1)}`)
          .join(", ")} ms`,
      );
    }
    if (theirs.length > 0) {
      const ratio = median(ours.map((r) => r.wallMs)) / median(theirs.map((r) => r.wallMs));
      const cpuRatio = median(ours.map((r) => r.cpuMs)) / median(theirs.map((r) => r.cpuMs));
      console.log(`    mammoth raw text      ${processLine(theirs)}`);
      console.log(`    ketluan / mammoth     ${ratio.toFixed(2)} × (CPU ${cpuRatio.toFixed(2)} ×)  (${goal})`);
    } else console.log("    mammoth raw text      (mammoth is not installed: no comparison)");
  };
  comparison(
    `the generated plan above (${model.paragraphs.length} paragraphs, compact markup):`,
    generatedPairs,
    generatedCold,
    "for reference: the goal is set on the Word-written plan below",
  );
  comparison(
    `a Word-written 100-page plan (${wordPlanParagraphs} paragraphs, ${(statSync(wordPlanFile).size / 1024).toFixed(0)} KB: a real plan's body repeated, each copy's paragraphs distinct, citing the conclusion):`,
    wordPairs,
    wordCold,
    "goal ≤ 0.5 ×, on a plan of the size and markup issue 14 measured",
  );
  console.log(`  bare node -e 0          ${processLine(bare)}`);
  if (browser === undefined) console.log("  browser page            (no /usr/bin/chromium: not measured)");
  else {
    console.log(
      `  browser page            choose → results median ${fmt(median(browser.map((r) => r.toResultsMs)))} (goal < 400 ms; fresh page each of ${browser.length} runs)`,
    );
    const warm = browser.map((r) => r.warmAtMs).filter((x) => Number.isFinite(x));
    console.log(
      warm.length === browser.length
        ? `                          the file chosen once the page had warmed its checker up: ${fmt(median(warm))} after navigation`
        : `                          the page did not warm up in ${browser.length - warm.length} of ${browser.length} runs (chosen after 10 s)`,
    );
    console.log(
      `                          in the page: read ${fmt(median(browser.map((r) => r.readMs)))} + rules and coverage ${fmt(median(browser.map((r) => r.rulesMs)))} (goal < 200 ms)`,
    );
  }
  console.log(
    `  matrix of 100 drafts    median ${fmt(median(matrixTimes))}, ${(100_000 / median(matrixTimes)).toFixed(0)} drafts/s  (whole process, both cores; goal < 10 s)`,
  );
  console.log(
    `  hostile paragraphs      ${hostileBody.length + 2} × ${HOSTILE_CHARS.toLocaleString("en")} characters read and checked in ${fmt(hostileMs)} (${hostileFindings} findings; the slowest alone took 23 s before the sweep's fixes)`,
  );
  const timingTable = (title: string, run: { checks: number; timings: Record<string, number> }, rows: number): void => {
    const { checks, timings } = run;
    const timingTotal = Object.values(timings).reduce((a, b) => a + b, 0);
    console.log(
      `  ${title} (mean of ${checks} checks after 10, in a process of its own, ${fmt(timingTotal / checks)} in all; goal: no rule over 10% of the check)`,
    );
    for (const [id, ms] of Object.entries(timings)
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)) {
      const share = (100 * ms) / timingTotal;
      console.log(
        `    ${id.padEnd(24)} ${fmt(ms / checks).padStart(9)}  ${share.toFixed(1).padStart(5)} %${share > 10 && !id.startsWith("(") ? "  [over 10%]" : ""}`,
      );
    }
  };
  timingTable("time per rule", ruleTimings, 12);
  timingTable("the same on the Word-written plan", wordPlanTimings, 6);
  console.log(
    `  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; heap growth over the timed runs ${((heapAfter - heapBefore) / 1048576).toFixed(1)} MB`,
  );
}

benchBrowser(bytes, 5).then(report, (e: unknown) => {
  console.error(e);
  process.exit(1);
});
