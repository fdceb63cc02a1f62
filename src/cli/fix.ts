/**
 * `ketluan fix IN.docx -o OUT.docx [--rules id,id] [--in-place] [--profile auto|party|state]
 *  [--conclusion-number 125-KL/TU] [--conclusion-date 05/9/2023]`
 * Applies every safe fix to a copy of the document (the input is never overwritten unless --in-place), prints what
 * it fixed and what is left, writes atomically (a temporary file in the target folder, then rename).
 * Exit codes: 0 nothing left that is an error; 1 errors remain (a person must decide them); 2 bad usage or input.
 */
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { isDocxReadError } from "../docx/errors";
import { FixError, fixDocument } from "../fixer";
import { RULES } from "../rules";
import type { ProfileId } from "../rules/profiles";

import { FIX_USAGE } from "./usage";

export { FIX_USAGE };

export interface FixIo {
  out(s: string): void;
  err(s: string): void;
}

export class FixUsageError extends Error {}

interface FixArgs {
  input: string;
  output: string | undefined;
  inPlace: boolean;
  rules: string[] | undefined;
  profile: "auto" | ProfileId;
  conclusion: { number?: string; date?: string };
}

const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export function parseFixArgs(args: string[]): FixArgs {
  const out: FixArgs = {
    input: "",
    output: undefined,
    inPlace: false,
    rules: undefined,
    profile: "auto",
    conclusion: {},
  };
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new FixUsageError(`Thiếu giá trị cho ${flag} / missing value for ${flag}`);
      return v;
    };
    if (flag === "-o" || flag === "--output") out.output = value();
    else if (flag === "--in-place") out.inPlace = true;
    else if (flag === "--rules") {
      const ids = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const known = new Set(RULES.map((r) => r.meta.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new FixUsageError(`Mã quy tắc không có / unknown rule id: ${unknown.join(", ")}`);
      out.rules = ids;
    } else if (flag === "--profile") {
      const v = value();
      if (v !== "auto" && v !== "party" && v !== "state")
        throw new FixUsageError(`--profile phải là auto, party hoặc state / got "${v}"`);
      out.profile = v;
    } else if (flag === "--conclusion-number") out.conclusion.number = value();
    else if (flag === "--conclusion-date") out.conclusion.date = value();
    else if (flag.startsWith("-")) throw new FixUsageError(`Tùy chọn không hợp lệ / unknown option: ${flag}`);
    else files.push(a);
  }
  if (files.length === 0) throw new FixUsageError("Chưa chỉ định tệp cần sửa / no input file given");
  if (files.length > 1) throw new FixUsageError("Lệnh fix sửa một tệp mỗi lần / fix takes one input file");
  out.input = files[0]!;
  if (out.inPlace && out.output !== undefined && resolve(out.output) !== resolve(out.input))
    throw new FixUsageError("Dùng --in-place hoặc -o, không dùng cả hai / use either --in-place or -o");
  if (!out.inPlace && out.output === undefined)
    throw new FixUsageError("Cần -o TỆP_MỚI.docx (hoặc --in-place để ghi đè tệp gốc) / -o OUT.docx is required");
  if (!out.inPlace && resolve(out.output!) === resolve(out.input))
    throw new FixUsageError(
      "Tệp ra trùng tệp vào; dùng --in-place nếu muốn ghi đè / output is the input: use --in-place",
    );
  return out;
}

function nodeInflateRaw(compressed: Uint8Array, maxOutput: number): Uint8Array {
  const o = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxOutput) });
  return new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
}

function describe(e: unknown): string {
  if (isDocxReadError(e)) return e.part === undefined ? e.message : `${e.message} (${e.part})`;
  if (e instanceof FixError) return e.message;
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return "Không tìm thấy tệp / file not found";
  if (code === "EACCES" || code === "EPERM") return "Không có quyền đọc/ghi tệp / permission denied";
  if (code === "EISDIR") return "Đây là thư mục / this is a directory";
  return `Không sửa được tệp / could not fix the file: ${e instanceof Error ? e.message : String(e)}`;
}

/** Write next to the target, then rename: a reader never sees a half-written file. */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export async function fixCommand(argv: string[], io: FixIo): Promise<number> {
  let args: FixArgs;
  try {
    args = parseFixArgs(argv);
  } catch (e) {
    if (e instanceof FixUsageError) {
      io.err(`ketluan fix: ${e.message}\n\nCách dùng / usage:\n${FIX_USAGE}\n`);
      return 2;
    }
    throw e;
  }
  const target = args.inPlace ? args.input : args.output!;
  try {
    const st = await stat(args.input);
    if (st.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    if (st.size > MAX_INPUT_BYTES)
      throw new FixError(`Tệp quá lớn (${Math.round(st.size / 1048576)} MB) / file too large`);
    const buf = await readFile(args.input);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    const result = fixDocument(
      bytes,
      {
        profile: args.profile,
        ...(args.rules === undefined ? {} : { rules: args.rules }),
        ...(args.conclusion.number === undefined && args.conclusion.date === undefined
          ? {}
          : { conclusion: args.conclusion }),
      },
      { inflateRaw: nodeInflateRaw },
    );
    const lines: string[] = [];
    if (result.fixed.length === 0) lines.push(`${args.input}: không có lỗi nào sửa tự động được / nothing to fix`);
    else {
      lines.push(`${args.input} → ${target}: đã sửa ${result.fixed.length} / fixed ${result.fixed.length}`);
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
    if (result.changed || !args.inPlace) await writeAtomically(target, result.bytes);
    io.out(lines.join("\n") + "\n");
    return errors > 0 ? 1 : 0;
  } catch (e) {
    io.err(`ketluan fix: ${args.input}: ${describe(e)}\n`);
    return 2;
  }
}
