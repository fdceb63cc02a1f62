/**
 * `ketluan` command line: the thin edge that reads files and prints; all judgement is in the core.
 *   ketluan check FILE.docx... [--format text|json] [--profile auto|party|state]
 * Exit codes: 0 no error findings; 1 some finding is an error; 2 bad usage or an unreadable file.
 */
import { readFile, stat } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { isDocxReadError } from "../docx/errors";
import { readDocument } from "../docx/reader";
import { parseDirectiveSource } from "../directives/parse";
import type { DirectiveSource } from "../directives/types";
import { checkDocument, type CheckOptions, type CheckResult } from "../check";
import type { DocumentType } from "../rules/types";
import type { ProfileId } from "../rules/profiles";
import { formatText } from "./text-output";
import { DRAFT_USAGE, FIX_USAGE } from "./usage";

/** Larger inputs are refused before reading: no real plan or report comes near it. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export interface FileResult {
  file: string;
  result?: CheckResult;
  error?: string;
}

const USAGE = `Cách dùng / usage:
  ketluan check TỆP.docx... [--format text|json] [--profile auto|party|state] [--type auto|plan|report|other]
                [--not-applicable 2.4,2.7] [--source KET-LUAN.txt]
                [--conclusion-number 125-KL/TU --conclusion-date 2023-09-05] [--implements]

  --format             text (mặc định) hoặc json
  --profile            auto (mặc định: nhận diện từ tiêu đề), party (văn bản của Đảng), state (văn bản hành chính)
  --type               auto (mặc định: theo tên loại văn bản), plan (kế hoạch), report (báo cáo), other
  --not-applicable     các mục nhiệm vụ không áp dụng cho đơn vị (không bị báo là thiếu)
  --source             văn bản kết luận/nghị quyết khác làm nguồn nhiệm vụ (mặc định: Kết luận trong seeds/)
  --conclusion-number, --conclusion-date   số và ngày của Kết luận, để đối chiếu mọi lần trích dẫn trong dự thảo
  --implements         văn bản thực hiện Kết luận dù không trích dẫn nó (mặc định: chỉ văn bản có trích dẫn Kết luận
                       mới được đối chiếu nhiệm vụ, nơi nhận bắt buộc và trích dẫn)

${FIX_USAGE}

${DRAFT_USAGE}

  ketluan matrix THƯ_MỤC... --out TIỀN_TỐ [--format html,csv]
             ma trận đáp ứng các nhiệm vụ của Kết luận của mọi tệp .docx trong các thư mục (kể cả thư mục con):
             TIỀN_TỐ.csv (UTF-8, mở được bằng Excel) và TIỀN_TỐ.html

Mã thoát / exit codes: 0 không có lỗi, 1 có lỗi thể thức, 2 sai cú pháp lệnh hoặc không đọc được tệp.`;

class UsageError extends Error {}

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
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [flag, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`Thiếu giá trị cho ${flag} / missing value for ${flag}`);
      return v;
    };
    if (flag === "--format") {
      const v = value();
      if (v !== "text" && v !== "json") throw new UsageError(`--format phải là text hoặc json / got "${v}"`);
      out.format = v;
    } else if (flag === "--profile") {
      const v = value();
      if (v !== "auto" && v !== "party" && v !== "state") {
        throw new UsageError(`--profile phải là auto, party hoặc state / got "${v}"`);
      }
      out.profile = v;
    } else if (flag === "--type") {
      const v = value();
      if (v !== "auto" && v !== "plan" && v !== "report" && v !== "other") {
        throw new UsageError(`--type phải là auto, plan, report hoặc other / got "${v}"`);
      }
      out.documentType = v;
    } else if (flag === "--not-applicable") {
      const items = value()
        .split(",")
        .map((x) => x.trim())
        .filter((x) => x !== "");
      if (items.some((x) => !/^[\dIVXivx]+(\.\d+)*$|^[a-zđ]$/.test(x))) {
        throw new UsageError(`--not-applicable nhận số mục, ví dụ 2.4,2.7 / got "${items.join(",")}"`);
      }
      out.notApplicable.push(...items);
    } else if (flag === "--source") {
      out.sourceFile = value();
    } else if (flag === "--implements") {
      out.implementsConclusion = true;
    } else if (flag === "--conclusion-number") {
      out.conclusion.number = value();
    } else if (flag === "--conclusion-date") {
      out.conclusion.date = value();
    } else if (flag === "--") {
      out.files.push(...args.slice(i + 1));
      break;
    } else if (flag.startsWith("-")) {
      throw new UsageError(`Tùy chọn không hợp lệ / unknown option: ${flag}`);
    } else out.files.push(a);
  }
  if (out.files.length === 0) throw new UsageError("Chưa chỉ định tệp cần kiểm tra / no file given");
  return out;
}

export async function checkFile(file: string, options: CheckOptions = {}): Promise<FileResult> {
  try {
    const st = await stat(file);
    if (st.isDirectory())
      return { file, error: "Đây là thư mục, không phải tệp .docx / this is a directory, not a .docx file" };
    if (st.size > MAX_INPUT_BYTES) {
      return { file, error: `Tệp quá lớn (${Math.round(st.size / 1048576)} MB) / file too large` };
    }
    const bytes = await readFile(file);
    const model = readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      inflateRaw: nodeInflateRaw,
    });
    return { file, result: checkDocument(model, options) };
  } catch (e) {
    return { file, error: describeError(e) };
  }
}

/** Node's native zlib, bounded: it throws ERR_BUFFER_TOO_LARGE instead of inflating past `maxOutput`. */
export function nodeInflateRaw(compressed: Uint8Array, maxOutput: number): Uint8Array {
  const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxOutput) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

export function describeError(e: unknown): string {
  if (isDocxReadError(e)) return e.part === undefined ? e.message : `${e.message} (${e.part})`;
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return "Không tìm thấy tệp / file not found";
  if (code === "EACCES" || code === "EPERM") return "Không có quyền đọc tệp / permission denied";
  if (code === "EISDIR") return "Đây là thư mục / this is a directory";
  const msg = e instanceof Error ? e.message : String(e);
  return `Không đọc được tệp / could not read the file: ${msg}`;
}

export function toJson(results: FileResult[]): unknown[] {
  return results.map((r) =>
    r.result === undefined
      ? { file: r.file, error: r.error }
      : {
          file: r.file,
          profile: r.result.profile,
          documentType: r.result.documentType,
          findings: r.result.findings,
          coverage: r.result.coverage,
        },
  );
}

export function exitCodeFor(results: FileResult[]): number {
  if (results.some((r) => r.error !== undefined)) return 2;
  if (results.some((r) => r.result!.findings.some((f) => f.severity === "error"))) return 1;
  return 0;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  color: boolean;
}

const nodeIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: process.stdout.isTTY === true && process.env["NO_COLOR"] === undefined,
});

/** Another conclusion or resolution as the directive source (plain text, one paragraph per line). */
async function loadDirectiveSource(path: string): Promise<DirectiveSource> {
  let text: string;
  try {
    const st = await stat(path);
    if (st.size > 5 * 1024 * 1024) throw new UsageError(`Tệp nguồn nhiệm vụ quá lớn / source text too large: ${path}`);
    text = await readFile(path, "utf8");
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Không đọc được tệp nguồn nhiệm vụ ${path}: ${describeError(e)}`);
  }
  const source = parseDirectiveSource(text.normalize("NFC"));
  if (source.items.length === 0) {
    throw new UsageError(`Không tìm thấy mục nhiệm vụ đánh số nào trong ${path} / no numbered directive items found`);
  }
  return source;
}

async function matrixCommand(args: string[], io: Io): Promise<number> {
  // Loaded on demand: `check` does not pay for the matrix code.
  const { runMatrix, MatrixUsageError } = await import("./matrix");
  try {
    return await runMatrix(args, io);
  } catch (e) {
    if (e instanceof MatrixUsageError) throw new UsageError(e.message);
    throw e;
  }
}

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(USAGE + "\n");
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.out("ketluan 0.1.0\n");
      return 0;
    }
    // Loaded on demand: `check` does not pay for the fix and template code.
    if (command === "fix") return await (await import("./fix")).fixCommand(rest, io);
    if (command === "draft") return await (await import("./draft")).draftCommand(rest, io);
    if (command === "matrix") return await matrixCommand(rest, io);
    if (command !== "check") throw new UsageError(`Lệnh không hợp lệ / unknown command: ${command}`);
    const args = parseCheckArgs(rest);
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
    else io.out(formatText(results, io.color));
    return exitCodeFor(results);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`ketluan: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
