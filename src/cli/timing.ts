/**
 * `KETLUAN_TIMING`: where a check's time goes, printed on stderr (as ESLint's `TIMING=1` does), so that a slow file
 * shows what is slow. A command-line process starts cold: V8 compiles what it runs as it runs it, so a rule's share
 * here differs from the warm shares `npm run bench` prints per rule, and it is these figures the CLI's time is made of.
 *
 * As with ESLint: KETLUAN_TIMING=1 (or any value) lists the 10 slowest rules and analyses, a number above 10 lists that
 * many, `all` lists all; `json` prints the figures as one JSON line (for scripts: `npm run bench`).
 */

/** How the figures are shown: the number of rules a table lists, or one JSON line. */
export type TimingMode = { rules: number } | "json";

/** The mode KETLUAN_TIMING asks for; undefined when it is unset or empty (no timing, nothing printed). */
export function timingModeOf(value: string | undefined): TimingMode | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const v = value.trim().toLowerCase();
  if (v === "json") return "json";
  if (v === "all") return { rules: Number.POSITIVE_INFINITY };
  const n = Number(v);
  return { rules: Number.isInteger(n) && n > 10 ? n : 10 };
}

export interface FileTiming {
  file: string;
  /** Reading the file and its document model, in milliseconds. */
  readMs: number;
  /** The rules and the shared analyses over that model. */
  checkMs: number;
}

export interface CheckTiming {
  /** From the start of the process to Node's own start-up done (undefined where Node does not say). */
  nodeStartMs: number | undefined;
  /** From there to the command's start: loading the program and its modules, reading the arguments. */
  loadMs: number;
  files: FileTiming[];
  /** Writing the results. */
  outputMs: number;
  /** Time per rule id, and per shared analysis under "(structure)", "(coverage)"… (src/check timings). */
  rules: Record<string, number>;
}

const ms = (x: number): string => x.toFixed(1);

/** The figures as the user reads them (a table), or as one JSON line. */
export function formatTiming(t: CheckTiming, mode: TimingMode): string {
  if (mode === "json") return JSON.stringify(t) + "\n";
  const phases: [string, number | undefined][] = [
    ["Node khởi động / Node start", t.nodeStartMs],
    ["nạp chương trình / load and init", t.loadMs],
    ...t.files.flatMap((f): [string, number][] => [
      [`đọc / read: ${f.file}`, f.readMs],
      [`kiểm tra / check: ${f.file}`, f.checkMs],
    ]),
    ["in kết quả / output", t.outputMs],
  ];
  const shown = phases.filter((p): p is [string, number] => p[1] !== undefined);
  const labelWidth = Math.max(...shown.map(([l]) => l.length));
  const lines = ["Thời gian / timing (KETLUAN_TIMING), ms:"];
  for (const [label, value] of shown) lines.push(`  ${label.padEnd(labelWidth)}  ${ms(value).padStart(7)}`);
  const rules = Object.entries(t.rules).sort((a, b) => b[1] - a[1]);
  const total = rules.reduce((s, [, v]) => s + v, 0);
  const listed = rules.slice(0, Math.min(rules.length, mode.rules));
  if (listed.length > 0) {
    const idWidth = Math.max("Quy tắc / rule".length, ...listed.map(([id]) => id.length));
    lines.push(`${"Quy tắc / rule".padEnd(idWidth)} | ${"ms".padStart(7)} | ${"%".padStart(6)}`);
    for (const [id, v] of listed)
      lines.push(
        `${id.padEnd(idWidth)} | ${ms(v).padStart(7)} | ${(total > 0 ? (100 * v) / total : 0).toFixed(1).padStart(5)}%`,
      );
  }
  return lines.join("\n") + "\n";
}
