/**
 * `ketluan matrix DIR... --out PREFIX [--format html,csv,json,xlsx] [--previous LAST.json] [--source FILE]
 * [--not-applicable 2.4,2.7]`: every .docx under the folders, one row each, the status of every item of the directive
 * source (the seed conclusion, or the text `--source` names, read as `ketluan check` reads it); unreadable files are
 * rows with their reason. Files are spread over worker threads (one per core, each given the source once) when there
 * are enough of them to pay for the start-up. With a previous report's JSON, the cells that moved and the drafts that
 * appeared or disappeared are marked in every output.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, join, relative, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { checkDocument, type CheckOptions } from "../../check";
import { officeCheckOptions } from "../../config";
import { findOfficeConfig } from "../config";
import { withStoredDecisions } from "../decisions";
import { defaultDirectiveSource } from "../../directives/seed";
import type { DirectiveSource } from "../../directives/types";
import { readDocument } from "../../docx/reader";
import { compareWithPrevious, parseMatrixJson, toJson, type MatrixJson } from "../../matrix/json";
import {
  errorRow,
  matrixRow,
  toCsv,
  toHtml,
  type MatrixChanges,
  type MatrixColumn,
  type MatrixRow,
} from "../../matrix/matrix";
import { readArguments, reportingUsageErrors, UsageError } from "../args";
import { loadDirectiveSource, notApplicableItems, SOURCE_OPTIONS } from "../directive-source";
import {
  describeError,
  describeWriteError,
  ExitCode,
  nodeInflateRaw,
  readInputFile,
  writeFileAtomically,
  type Io,
} from "../io";
import { USAGE } from "../usage";

type MatrixFormat = "html" | "csv" | "json" | "xlsx";
const FORMATS: readonly MatrixFormat[] = ["html", "csv", "json", "xlsx"];
/** Written when --format is not given: the JSON too, so that the next run can be compared with this one. */
const DEFAULT_FORMATS: readonly MatrixFormat[] = ["html", "csv", "json"];

interface MatrixArgs {
  dirs: string[];
  out: string;
  formats: Set<MatrixFormat>;
  previous?: string;
  /** `--source`: another conclusion or resolution; the seed when not given. */
  sourceFile?: string;
  /** `--not-applicable`: items not applicable to any draft of the run. */
  notApplicable: string[];
  /** `--config`: the office style sheet; default ketluan.config.json in the (first) folder. */
  configFile?: string;
}

/** What every row's check takes from the command line: the directive source and the not-applicable items. */
export interface RowOptions {
  directives: DirectiveSource;
  notApplicable: string[];
  /** The office style sheet's profiles and rule levels, when there is one. */
  office?: CheckOptions["office"];
}

const OPTIONS = {
  out: { type: "string", short: "o" },
  format: { type: "string" },
  previous: { type: "string" },
  ...SOURCE_OPTIONS,
} as const;

function parseMatrixArgs(args: string[]): MatrixArgs {
  const out: MatrixArgs = { dirs: [], out: "", formats: new Set(DEFAULT_FORMATS), notApplicable: [] };
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") out.dirs.push(t.value);
    else if (t.name === "out") out.out = t.value ?? "";
    else if (t.name === "previous") out.previous = t.value ?? "";
    else if (t.name === "source") out.sourceFile = t.value ?? "";
    else if (t.name === "config") {
      if ((t.value ?? "") === "") throw new UsageError("Thiếu tệp cho --config / missing file for --config");
      out.configFile = t.value;
    } else if (t.name === "not-applicable") out.notApplicable.push(...notApplicableItems(t.value ?? ""));
    else if (t.name === "format") {
      const parts = (t.value ?? "").split(",").map((s) => s.trim());
      if (parts.some((p) => !FORMATS.includes(p as MatrixFormat))) {
        throw new UsageError(`--format nhận một hay nhiều trong html,csv,json,xlsx / got "${parts.join(",")}"`);
      }
      out.formats = new Set(parts as MatrixFormat[]);
    }
  }
  if (out.sourceFile === "") throw new UsageError("Thiếu tệp cho --source / missing file for --source");
  if (out.previous === "") throw new UsageError("Thiếu tệp cho --previous / missing file for --previous");
  if (out.dirs.length === 0) throw new UsageError("Chưa chỉ định thư mục / no folder given");
  if (out.out === "") throw new UsageError("Thiếu --out TIỀN_TỐ (tên tệp kết quả) / missing --out PREFIX");
  return out;
}

/** Every .docx under the folders, recursively, in a stable order; Word's "~$" lock files are skipped. */
export async function collectDocx(dirs: string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      throw new UsageError(`Không đọc được thư mục ${dir}: ${describeError(e)}`);
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (e.isFile() && /\.docx$/i.test(e.name) && !e.name.startsWith("~$")) found.push(p);
    }
  };
  for (const d of dirs) {
    const st = await stat(d).catch(() => undefined);
    if (st === undefined) throw new UsageError(`Không tìm thấy thư mục / folder not found: ${d}`);
    if (st.isFile()) found.push(d);
    else await walk(d, 0);
  }
  return [...new Set(found)].sort((a, b) => a.localeCompare(b, "vi"));
}

/** One row: read, check (findings and coverage) against the run's source, or the reason the file could not be read. */
export async function rowForFile(path: string, label: string, options: RowOptions): Promise<MatrixRow> {
  try {
    const bytes = await readInputFile(path);
    const model = readDocument(bytes, { inflateRaw: nodeInflateRaw });
    // the decisions stored in each draft (ketluan decide, the task pane): its not-applicable items, with reasons
    const check = withStoredDecisions(bytes, {
      directives: options.directives,
      notApplicable: options.notApplicable,
      ...(options.office === undefined ? {} : { office: options.office }),
    });
    return matrixRow(label, model, checkDocument(model, check));
  } catch (e) {
    return errorRow(label, describeError(e));
  }
}

/** Enough files to be worth a thread start-up (~50 ms each). */
const WORKER_THRESHOLD = 12;

async function computeRows(
  files: { path: string; label: string }[],
  options: RowOptions,
  progress: (done: number) => void,
): Promise<MatrixRow[]> {
  const rows: MatrixRow[] = new Array(files.length);
  const workerScript = join(__dirname, "matrix-worker.js");
  const canUseWorkers = __filename.endsWith(".js") && files.length >= WORKER_THRESHOLD;
  let done = 0;
  if (!canUseWorkers) {
    for (let i = 0; i < files.length; i++) {
      rows[i] = await rowForFile(files[i]!.path, files[i]!.label, options);
      progress(++done);
    }
    return rows;
  }
  const threads = Math.max(1, Math.min(availableParallelism(), 4, files.length));
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      // the source goes to each worker once, as data (structured clone): the worker checks against that copy
      const worker = new Worker(workerScript, { workerData: options });
      return new Promise<void>((resolveRun, reject) => {
        const feed = (): void => {
          if (next >= files.length) {
            void worker.terminate();
            resolveRun();
            return;
          }
          const i = next++;
          worker.postMessage({ i, path: files[i]!.path, label: files[i]!.label });
        };
        worker.on("message", (m: { i: number; row: MatrixRow }) => {
          rows[m.i] = m.row;
          progress(++done);
          feed();
        });
        worker.on("error", reject);
        feed();
      });
    }),
  );
  return rows;
}

/** Runs `ketluan matrix` with the arguments after "matrix"; returns the exit code. */
export function matrixCommand(args: string[], io: Io): Promise<number> {
  return reportingUsageErrors(io, "ketluan", USAGE, async () => matrix(parseMatrixArgs(args), io));
}

/** The previous report (`--previous`), read before anything is written (it may be this run's own JSON output). */
async function readPrevious(path: string): Promise<MatrixJson> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new UsageError(`Không đọc được --previous ${path}: ${describeError(e)}`);
  }
  try {
    return parseMatrixJson(text);
  } catch (e) {
    throw new UsageError(`--previous ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function matrix(opts: MatrixArgs, io: Io): Promise<number> {
  const previous = opts.previous === undefined ? undefined : await readPrevious(opts.previous);
  const config = await findOfficeConfig(opts.configFile, opts.dirs[0]);
  const source =
    opts.sourceFile !== undefined
      ? await loadDirectiveSource(opts.sourceFile)
      : config?.source !== undefined
        ? await loadDirectiveSource(config.source)
        : defaultDirectiveSource();
  const notApplicable = [...new Set([...opts.notApplicable, ...(config?.notApplicable ?? [])])];
  const office = config === undefined ? undefined : officeCheckOptions(config);
  const paths = await collectDocx(opts.dirs);
  if (paths.length === 0)
    throw new UsageError("Không có tệp .docx nào trong các thư mục đã chỉ định / no .docx files found");
  const base = opts.dirs.length === 1 ? resolve(opts.dirs[0]!) : process.cwd();
  const files = paths.map((p) => ({ path: p, label: relative(base, resolve(p)) || basename(p) }));
  // A live "n/N" line on a terminal; in a log (CI, a pipe), one line per tenth of the run.
  const tty = process.stderr.isTTY === true;
  const step = tty ? 1 : Math.max(1, Math.ceil(files.length / 10));
  const progress = (done: number): void => {
    if (files.length < 10 || (done % step !== 0 && done !== files.length)) return;
    const line = `Đang kiểm tra ${done}/${files.length} tệp…`;
    io.err(tty ? `\r${line}${done === files.length ? "\n" : ""}` : `${line}\n`);
  };
  const rows = await computeRows(
    files,
    { directives: source, notApplicable, ...(office === undefined ? {} : { office }) },
    progress,
  );
  const columns: MatrixColumn[] = source.items.map((it) => ({ item: it.number, title: it.title }));
  const changes: MatrixChanges | undefined =
    previous === undefined ? undefined : compareWithPrevious(rows, columns, previous, source.title);
  const now = new Date();
  const meta = {
    sourceTitle: source.title,
    ...(source.kind === undefined ? {} : { sourceKind: source.kind }),
    generatedAt: now.toLocaleString("vi-VN"),
  };
  const outputs: { file: string; text: string | Uint8Array }[] = [];
  if (opts.formats.has("csv")) outputs.push({ file: `${opts.out}.csv`, text: toCsv(rows, columns, changes) });
  if (opts.formats.has("html")) outputs.push({ file: `${opts.out}.html`, text: toHtml(rows, columns, meta, changes) });
  if (opts.formats.has("json")) {
    const json = toJson(rows, columns, { sourceTitle: source.title, generatedAt: now }, changes);
    outputs.push({ file: `${opts.out}.json`, text: json });
  }
  if (opts.formats.has("xlsx")) {
    const { toXlsx } = await import("../../matrix/xlsx");
    outputs.push({ file: `${opts.out}.xlsx`, text: await toXlsx(rows, columns, meta, changes) });
  }
  for (const o of outputs) {
    try {
      await writeFileAtomically(o.file, o.text);
    } catch (e) {
      io.err(`ketluan matrix: không ghi được ${o.file} / could not write: ${describeWriteError(e)}\n`);
      return ExitCode.failure;
    }
  }
  const unreadable = rows.filter((r) => r.error !== undefined).length;
  const appeared = changes?.rows.filter((c) => c.appeared).length ?? 0;
  io.out(
    `Đã lập ma trận ${rows.length} tệp (${unreadable} không đọc được): ${outputs.map((o) => o.file).join(", ")}\n` +
      (changes === undefined
        ? ""
        : `So với kỳ trước: ${changes.improved} ô tiến bộ, ${changes.worsened} ô thụt lùi, ${appeared} văn bản mới, ` +
          `${changes.disappeared.length} văn bản không còn\n` +
          (changes.previousSourceTitle === undefined
            ? ""
            : `Lưu ý: kỳ trước đối chiếu với nguồn khác: ${changes.previousSourceTitle}\n`)) +
      (unreadable > 0
        ? rows
            .filter((r) => r.error)
            .map((r) => `  ${r.file}: ${r.error}\n`)
            .join("")
        : ""),
  );
  return unreadable > 0 ? ExitCode.failure : ExitCode.ok;
}
