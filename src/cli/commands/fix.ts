/**
 * `ketluan fix IN.docx -o OUT.docx [--rules id,id] [--in-place] [--track-changes] [--profile auto|party|state]
 *  [--conclusion-number 125-KL/TU] [--conclusion-date 05/9/2023]`
 * --track-changes: the fixes as Word's tracked changes by author "ketluan", for the drafter or the reviewing office
 * to accept or reject one by one.
 * Applies every safe fix to a copy of the document (the input is never overwritten unless --in-place), prints what
 * it fixed and what is left, writes atomically (a temporary file in the target folder, then rename).
 * Exit codes: 0 nothing left that is an error; 1 errors remain (a person must decide them); 2 bad usage or input.
 */
import { resolve } from "node:path";
import { FixError, fixDocument } from "../../fixer";
import { withStoredDecisions } from "../decisions";
import { officeCheckOptions } from "../../config";
import { findOfficeConfig } from "../config";
import type { ProfileId } from "../../model/vocabulary";
import { RULES } from "../../rules";
import { readArguments, reportingUsageErrors, UsageError } from "../args";
import {
  describeError,
  ExitCode,
  nodeInflateRaw,
  READ_WORDING,
  readInputFile,
  writeFileAtomically,
  type ErrorWording,
  type Io,
} from "../io";
import { FIX_USAGE, USAGE_HEADING } from "../usage";

interface FixArgs {
  input: string;
  output: string | undefined;
  inPlace: boolean;
  trackChanges: boolean;
  configFile: string | undefined;
  rules: string[] | undefined;
  profile: "auto" | ProfileId;
  conclusion: { number?: string; date?: string };
}

const OPTIONS = {
  output: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  "track-changes": { type: "boolean" },
  config: { type: "string" },
  rules: { type: "string" },
  profile: { type: "string" },
  "conclusion-number": { type: "string" },
  "conclusion-date": { type: "string" },
} as const;

function parseFixArgs(args: string[]): FixArgs {
  const out: FixArgs = {
    input: "",
    output: undefined,
    inPlace: false,
    trackChanges: false,
    configFile: undefined,
    rules: undefined,
    profile: "auto",
    conclusion: {},
  };
  const files: string[] = [];
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") {
      files.push(t.value);
      continue;
    }
    if (t.name === "in-place") {
      out.inPlace = true;
      continue;
    }
    if (t.name === "track-changes") {
      out.trackChanges = true;
      continue;
    }
    const v = t.value;
    // An empty value is as good as none: there is no empty file name, rule list or conclusion number.
    if (v === undefined || v === "")
      throw new UsageError(`Thiếu giá trị cho ${t.rawName} / missing value for ${t.rawName}`);
    if (t.name === "output") out.output = v;
    else if (t.name === "config") out.configFile = v;
    else if (t.name === "rules") {
      const ids = v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const known = new Set(RULES.map((r) => r.meta.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new UsageError(`Mã quy tắc không có / unknown rule id: ${unknown.join(", ")}`);
      out.rules = ids;
    } else if (t.name === "profile") {
      if (v !== "auto" && v !== "party" && v !== "state")
        throw new UsageError(`--profile phải là auto, party hoặc state / got "${v}"`);
      out.profile = v;
    } else if (t.name === "conclusion-number") out.conclusion.number = v;
    else if (t.name === "conclusion-date") out.conclusion.date = v;
  }
  if (files.length === 0) throw new UsageError("Chưa chỉ định tệp cần sửa / no input file given");
  if (files.length > 1) throw new UsageError("Lệnh fix sửa một tệp mỗi lần / fix takes one input file");
  out.input = files[0]!;
  if (out.inPlace && out.output !== undefined && resolve(out.output) !== resolve(out.input))
    throw new UsageError("Dùng --in-place hoặc -o, không dùng cả hai / use either --in-place or -o");
  if (!out.inPlace && out.output === undefined)
    throw new UsageError("Cần -o TỆP_MỚI.docx (hoặc --in-place để ghi đè tệp gốc) / -o OUT.docx is required");
  if (!out.inPlace && resolve(out.output!) === resolve(out.input))
    throw new UsageError("Tệp ra trùng tệp vào; dùng --in-place nếu muốn ghi đè / output is the input: use --in-place");
  return out;
}

/** The input is read and the output written by one command, so a permission problem may be either. */
const FIX_WORDING: ErrorWording = {
  ...READ_WORDING,
  permission: "Không có quyền đọc/ghi tệp / permission denied",
  otherwise: "Không sửa được tệp / could not fix the file",
};

/** Runs `ketluan fix` with the arguments after "fix"; returns the exit code. */
export function fixCommand(argv: string[], io: Io): Promise<number> {
  return reportingUsageErrors(io, "ketluan fix", `${USAGE_HEADING}\n${FIX_USAGE}`, async () =>
    fix(parseFixArgs(argv), io),
  );
}

async function fix(args: FixArgs, io: Io): Promise<number> {
  const target = args.inPlace ? args.input : args.output!;
  try {
    const bytes = await readInputFile(args.input);
    const office = await findOfficeConfig(args.configFile, args.input);
    const result = fixDocument(
      bytes,
      // findings the document's decisions ignore, and rules they or the office turn off, are not fixed
      withStoredDecisions(bytes, {
        ...(office === undefined
          ? {}
          : {
              office: officeCheckOptions(office),
            }),
        profile: args.profile,
        ...(args.rules === undefined ? {} : { rules: args.rules }),
        ...(args.conclusion.number === undefined && args.conclusion.date === undefined
          ? {}
          : { conclusion: args.conclusion }),
      }),
      { inflateRaw: nodeInflateRaw },
      // Word writes revision times in UTC without fractions of a second
      args.trackChanges ? { track: { author: "ketluan", date: new Date().toISOString().replace(/\.\d+Z$/, "Z") } } : {},
    );
    const lines: string[] = [];
    if (result.fixed.length === 0) lines.push(`${args.input}: không có lỗi nào sửa tự động được / nothing to fix`);
    else {
      lines.push(
        `${args.input} → ${target}: đã sửa ${result.fixed.length} / fixed ${result.fixed.length}${args.trackChanges ? " (theo dõi thay đổi: chấp nhận hay từ chối từng sửa đổi trong Word, Xem lại ▸ Theo dõi thay đổi / as tracked changes)" : ""}`,
      );
      for (const f of result.fixed) {
        const where = f.paragraph === null ? "toàn văn bản" : `đoạn ${f.paragraph}`;
        lines.push(`  ${where.padEnd(12)} ${f.rule.padEnd(22)} ${f.fix.title}`);
      }
    }
    for (const s of result.skipped) lines.push(`  bỏ qua / skipped: ${s.reason}`);
    const left = result.after.findings;
    const errors = left.filter((f) => f.severity === "error").length;
    if (left.length > 0) {
      lines.push(`Còn lại ${errors} lỗi, ${left.length - errors} cảnh báo/lưu ý cần người soạn thảo quyết định:`);
      for (const f of left.slice(0, 20)) {
        const where = f.paragraph === null ? "toàn văn bản" : `đoạn ${f.paragraph}`;
        lines.push(`  ${where.padEnd(12)} ${f.rule.padEnd(22)} ${f.message}`);
      }
      if (left.length > 20) lines.push(`  … và ${left.length - 20} phát hiện khác (xem ketluan check)`);
    }
    if (result.changed || !args.inPlace) await writeFileAtomically(target, result.bytes);
    io.out(lines.join("\n") + "\n");
    return errors > 0 ? ExitCode.errorFindings : ExitCode.ok;
  } catch (e) {
    io.err(`ketluan fix: ${args.input}: ${e instanceof FixError ? e.message : describeError(e, FIX_WORDING)}\n`);
    return ExitCode.failure;
  }
}
