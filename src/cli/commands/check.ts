/**
 * `ketluan check FILE.docx... [--format text|json] [--profile auto|party|state] [--type auto|plan|report|other]
 *  [--not-applicable 2.4,2.7] [--source TEXT] [--conclusion-number N --conclusion-date D] [--implements]`
 * Exit codes: 0 no error findings; 1 some finding is an error; 2 bad usage or an unreadable file.
 */
import { readDocument } from "../../docx/reader";
import { checkDocument, type CheckOptions } from "../../check";
import type { DocumentType, ProfileId } from "../../model/vocabulary";
import { readArguments, reportingUsageErrors, UsageError } from "../args";
import { loadDirectiveSource, notApplicableItems, SOURCE_OPTIONS } from "../directive-source";
import { describeError, ExitCode, nodeInflateRaw, READ_WORDING, readInputFile, type Io } from "../io";
import { USAGE } from "../usage";
import { formatText, toJson, type FileResult } from "./check-output";

interface CheckArgs {
  files: string[];
  format: "text" | "json";
  profile: "auto" | ProfileId;
  documentType: "auto" | DocumentType;
  notApplicable: string[];
  sourceFile: string | undefined;
  conclusion: { number?: string; date?: string };
  implementsConclusion: boolean | undefined;
}

const OPTIONS = {
  format: { type: "string" },
  profile: { type: "string" },
  type: { type: "string" },
  ...SOURCE_OPTIONS,
  implements: { type: "boolean" },
  "conclusion-number": { type: "string" },
  "conclusion-date": { type: "string" },
} as const;

function parseCheckArgs(args: string[]): CheckArgs {
  const out: CheckArgs = {
    files: [],
    format: "text",
    profile: "auto",
    documentType: "auto",
    notApplicable: [],
    sourceFile: undefined,
    conclusion: {},
    implementsConclusion: undefined,
  };
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") {
      out.files.push(t.value);
      continue;
    }
    const v = t.value ?? "";
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
    else if (t.name === "implements") out.implementsConclusion = true;
    else if (t.name === "conclusion-number") out.conclusion.number = v;
    else if (t.name === "conclusion-date") out.conclusion.date = v;
  }
  if (out.files.length === 0) throw new UsageError("Chưa chỉ định tệp cần kiểm tra / no file given");
  return out;
}

/** A folder given as an input document. */
const CHECK_INPUT_WORDING = {
  ...READ_WORDING,
  directory: "Đây là thư mục, không phải tệp .docx / this is a directory, not a .docx file",
};

export async function checkFile(file: string, options: CheckOptions = {}): Promise<FileResult> {
  try {
    const model = readDocument(await readInputFile(file), { inflateRaw: nodeInflateRaw });
    return { file, result: checkDocument(model, options) };
  } catch (e) {
    return { file, error: describeError(e, CHECK_INPUT_WORDING) };
  }
}

function exitCodeFor(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return ExitCode.failure;
  if (results.some((r) => r.result!.findings.some((f) => f.severity === "error"))) return ExitCode.errorFindings;
  return ExitCode.ok;
}

/** Runs `ketluan check` with the arguments after "check"; returns the exit code. */
export function checkCommand(argv: string[], io: Io): Promise<number> {
  return reportingUsageErrors(io, "ketluan", USAGE, async () => {
    const args = parseCheckArgs(argv);
    const options: CheckOptions = {
      profile: args.profile,
      documentType: args.documentType,
      notApplicable: args.notApplicable,
      ...(args.conclusion.number !== undefined || args.conclusion.date !== undefined
        ? { conclusion: args.conclusion }
        : {}),
    };
    if (args.implementsConclusion !== undefined) options.implementsConclusion = args.implementsConclusion;
    if (args.sourceFile !== undefined) options.directives = await loadDirectiveSource(args.sourceFile);
    const results: FileResult[] = [];
    for (const file of args.files) results.push(await checkFile(file, options));
    if (args.format === "json") io.out(JSON.stringify(toJson(results), null, 2) + "\n");
    else io.out(formatText(results, io.color === true));
    return exitCodeFor(results);
  });
}
