/**
 * `ketluan check FILE.docx... [--format text|json] [--profile auto|party|state] [--type auto|plan|report|other]
 *  [--not-applicable 2.4,2.7] [--source TEXT] [--conclusion-number N --conclusion-date D] [--implements]
 *  [--annotate OUT.docx]`
 * `--annotate` (one input file) also writes a copy of it with the findings as Word comments (src/annotate/), never
 * the input itself, atomically.
 * Exit codes: 0 no error findings; 1 some finding is an error; 2 bad usage, an unreadable file or an unwritten copy.
 */
import { resolve } from "node:path";
import { AnnotateError, annotateLocated } from "../../annotate";
import { readLocatedDocument, type LocatedDocument } from "../../docx/located";
import { looksLikeXml, readDocument } from "../../docx/reader";
import { checkDocument, type CheckOptions, type CheckResult } from "../../check";
import type { DocumentModel } from "../../model/document";
import { withStoredDecisions } from "../decisions";
import { findOfficeConfig, withOfficeConfig } from "../config";
import type { DocumentType, ProfileId } from "../../model/vocabulary";
import { sourceNames } from "../../rules/coverage/missing";
import { readArguments, reportingUsageErrors, UsageError } from "../args";
import { loadDirectiveSource, notApplicableItems, SOURCE_OPTIONS } from "../directive-source";
import {
  describeError,
  describeWriteError,
  ExitCode,
  nodeInflateRaw,
  READ_WORDING,
  readInputFile,
  writeFileAtomically,
  type Io,
} from "../io";
import { USAGE } from "../usage";
import { formatText, toJson, type FileResult } from "./check-output";
import { formatTiming, type CheckTiming, type FileTiming } from "../timing";

interface CheckArgs {
  files: string[];
  format: "text" | "json";
  profile: "auto" | ProfileId;
  documentType: "auto" | DocumentType;
  notApplicable: string[];
  sourceFile: string | undefined;
  configFile: string | undefined;
  conclusion: { number?: string; date?: string };
  implementsConclusion: boolean | undefined;
  /** Where to write the copy with the findings as comments. */
  annotate: string | undefined;
  showIgnored: boolean;
}

const OPTIONS = {
  format: { type: "string" },
  profile: { type: "string" },
  type: { type: "string" },
  ...SOURCE_OPTIONS,
  implements: { type: "boolean" },
  "conclusion-number": { type: "string" },
  "conclusion-date": { type: "string" },
  annotate: { type: "string" },
  "show-ignored": { type: "boolean" },
} as const;

function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = {
    files: [],
    format: "text",
    profile: "auto",
    documentType: "auto",
    notApplicable: [],
    sourceFile: undefined,
    configFile: undefined,
    conclusion: {},
    implementsConclusion: undefined,
    annotate: undefined,
    showIgnored: false,
  };
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") {
      out.files.push(t.value);
      continue;
    }
    const v = t.value ?? "";
    if (t.name === "show-ignored") {
      out.showIgnored = true;
      continue;
    }
    if (t.name === "format") {
      if (v !== "text" && v !== "json") throw new UsageError(`--format phải là text hoặc json / got "${v}"`);
      out.format = v;
    } else if (t.name === "profile") {
      if (v !== "auto" && v !== "party" && v !== "state") {
        throw new UsageError(`--profile phải là auto, party hoặc state / got "${v}"`);
      }
      out.profile = v;
    } else if (t.name === "type") {
      if (v !== "auto" && v !== "plan" && v !== "report" && v !== "other") {
        throw new UsageError(`--type phải là auto, plan, report hoặc other / got "${v}"`);
      }
      out.documentType = v;
    } else if (t.name === "not-applicable") out.notApplicable.push(...notApplicableItems(v));
    else if (t.name === "source") out.sourceFile = v;
    else if (t.name === "config") {
      if (v === "") throw new UsageError("Thiếu tệp cho --config / missing file for --config");
      out.configFile = v;
    } else if (t.name === "implements") out.implementsConclusion = true;
    else if (t.name === "conclusion-number") out.conclusion.number = v;
    else if (t.name === "conclusion-date") out.conclusion.date = v;
    else if (t.name === "annotate") {
      if (v === "") throw new UsageError(`Thiếu giá trị cho ${t.rawName} / missing value for ${t.rawName}`);
      out.annotate = v;
    }
  }
  if (out.files.length === 0) throw new UsageError("Chưa chỉ định tệp cần kiểm tra / no file given");
  if (out.annotate !== undefined) {
    if (out.files.length > 1)
      throw new UsageError("--annotate ghi nhận xét cho một tệp mỗi lần / --annotate takes one input file");
    if (resolve(out.annotate) === resolve(out.files[0]!))
      throw new UsageError(
        "Tệp có nhận xét phải khác tệp gốc (không ghi đè tệp gốc) / the annotated copy must not replace the input",
      );
  }
  return out;
}

/** A folder given as an input document. */
const CHECK_INPUT_WORDING = {
  ...READ_WORDING,
  directory: "Đây là thư mục, không phải tệp .docx / this is a directory, not a .docx file",
};

/** Milliseconds since the process started. */
const now = (): number => performance.now();

/** The check of a model read since `start`; `timed` (KETLUAN_TIMING) receives how long reading and checking took. */
function checkTimed(
  file: string,
  start: number,
  model: DocumentModel,
  options: CheckOptions,
  timed: ((t: FileTiming) => void) | undefined,
): CheckResult {
  const read = now();
  const result = checkDocument(model, options);
  timed?.({ file, readMs: read - start, checkMs: now() - read });
  return result;
}

/** Check one file; `timed` (KETLUAN_TIMING) receives how long reading it and checking it took. */
export async function checkFile(
  file: string,
  options: CheckOptions = {},
  timed?: (t: FileTiming) => void,
): Promise<FileResult> {
  try {
    const start = now();
    const bytes = await readInputFile(file);
    const model = readDocument(bytes, { inflateRaw: nodeInflateRaw });
    return { file, result: checkTimed(file, start, model, withStoredDecisions(bytes, options), timed) };
  } catch (e) {
    return { file, error: describeError(e, CHECK_INPUT_WORDING) };
  }
}

/** A checked file, with what the annotated copy is written from when it was read as a .docx for editing. */
interface CheckedFile extends FileResult {
  located?: LocatedDocument;
}

/** Check one file read once for editing too (a zip), or as checkFile reads it (flat-OPC XML, which has no zip). */
async function checkForAnnotation(
  file: string,
  options: CheckOptions,
  timed?: (t: FileTiming) => void,
): Promise<CheckedFile> {
  try {
    const start = now();
    const bytes = await readInputFile(file);
    if (bytes.length === 0 || looksLikeXml(bytes)) {
      const model = readDocument(bytes, { inflateRaw: nodeInflateRaw });
      return { file, result: checkTimed(file, start, model, options, timed) };
    }
    const located = readLocatedDocument(bytes, { inflateRaw: nodeInflateRaw });
    const result = checkTimed(file, start, located.model, withStoredDecisions(bytes, options), timed);
    return { file, result, located };
  } catch (e) {
    return { file, error: describeError(e, CHECK_INPUT_WORDING) };
  }
}

/** Writes the annotated copy of a checked file; returns false (after saying why) when it could not. */
async function writeAnnotated(
  checked: CheckedFile,
  target: string,
  sourceDocument: string,
  io: Io,
  say: (line: string) => void,
): Promise<boolean> {
  let bytes: Uint8Array;
  let count: number;
  try {
    if (checked.located === undefined) {
      throw new AnnotateError(
        "Tệp OOXML dạng phẳng (.xml) không ghi nhận xét được; hãy lưu thành .docx / flat OPC XML cannot be annotated: save it as .docx",
      );
    }
    const out = annotateLocated(checked.located, checked.result!, { date: new Date(), sourceDocument });
    bytes = out.bytes;
    count = out.comments.length;
  } catch (e) {
    const why = e instanceof AnnotateError ? e.message : describeError(e, CHECK_INPUT_WORDING);
    io.err(`ketluan check: ${checked.file}: ${why}\n`);
    return false;
  }
  try {
    await writeFileAtomically(target, bytes);
  } catch (e) {
    io.err(`ketluan check: không ghi được ${target} / could not write: ${describeWriteError(e)}\n`);
    return false;
  }
  say(`Đã ghi bản có nhận xét: ${target} (${count} nhận xét)\n`);
  return true;
}

function exitCodeFor(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return ExitCode.failure;
  if (results.some((r) => r.result!.findings.some((f) => f.severity === "error"))) return ExitCode.errorFindings;
  return ExitCode.ok;
}

/** The timing of this process so far: Node's own start-up, then loading the program up to the command's start. */
function startTiming(commandStart: number): CheckTiming {
  const nodeStart = (performance as { nodeTiming?: { bootstrapComplete?: number } }).nodeTiming?.bootstrapComplete;
  return {
    nodeStartMs: nodeStart,
    loadMs: commandStart - (nodeStart ?? 0),
    files: [],
    outputMs: 0,
    rules: {},
  };
}

/** Runs `ketluan check` with the arguments after "check"; returns the exit code. */
export function checkCommand(argv: string[], io: Io): Promise<number> {
  const commandStart = now();
  return reportingUsageErrors(io, "ketluan", USAGE, async () => {
    const args = parseCheckArgs(argv);
    let options: CheckOptions = {
      profile: args.profile,
      documentType: args.documentType,
      notApplicable: args.notApplicable,
      ...(args.conclusion.number !== undefined || args.conclusion.date !== undefined
        ? { conclusion: args.conclusion }
        : {}),
    };
    if (args.implementsConclusion !== undefined) options.implementsConclusion = args.implementsConclusion;
    if (args.sourceFile !== undefined) options.directives = await loadDirectiveSource(args.sourceFile);
    options = await withOfficeConfig(options, await findOfficeConfig(args.configFile, args.files[0]));
    const timing = io.timing === undefined ? undefined : startTiming(commandStart);
    if (timing !== undefined) options = { ...options, timings: timing.rules };
    const timed = timing === undefined ? undefined : (t: FileTiming) => timing.files.push(t);
    const results: CheckedFile[] = [];
    for (const file of args.files) {
      results.push(
        await (args.annotate === undefined
          ? checkFile(file, options, timed)
          : checkForAnnotation(file, options, timed)),
      );
    }
    const outputStart = now();
    if (args.format === "json") io.out(JSON.stringify(toJson(results, args.showIgnored), null, 2) + "\n");
    else io.out(formatText(results, io.color === true, args.showIgnored));
    if (timing !== undefined && io.timing !== undefined) {
      timing.outputMs = now() - outputStart;
      io.err(formatTiming(timing, io.timing));
    }
    const checked = results[0]!;
    if (args.annotate !== undefined && checked.result !== undefined) {
      const sourceDocument = options.directives ? sourceNames(options.directives).document : "Kết luận";
      // The JSON on stdout stays JSON: the confirmation goes to stderr then.
      const say = args.format === "json" ? io.err : io.out;
      if (!(await writeAnnotated(checked, args.annotate, sourceDocument, io, say))) return ExitCode.failure;
    }
    return exitCodeFor(results);
  });
}
