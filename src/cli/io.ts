/**
 * The CLI's edge to the machine, shared by every command: the output streams, exit codes, reading an input file,
 * writing an output file atomically, error wording and the package version. Imports no other CLI module, so that
 * the commands and the dispatcher can all import it without a cycle.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import * as zlib from "node:zlib";
import { isDocxReadError } from "../docx/errors";
import type { InflateRaw } from "../docx/zip";
import { timingModeOf, type TimingMode } from "./timing";

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** The text output may use ANSI colours (a terminal, and NO_COLOR not set). */
  color?: boolean;
  /** KETLUAN_TIMING is set: `check` says on stderr where its time went (src/cli/timing.ts). */
  timing?: TimingMode;
}

export const nodeIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  color: process.stdout.isTTY === true && process.env["NO_COLOR"] === undefined,
  timing: timingModeOf(process.env["KETLUAN_TIMING"]),
});

export const ExitCode = {
  /** No finding is an error (check, fix); the output is written (draft, matrix). */
  ok: 0,
  /** Some finding is an error: a person must decide it. */
  errorFindings: 1,
  /** Bad usage, or a file that could not be read or written. */
  failure: 2,
} as const;

/** Larger inputs are refused before reading: no real plan or report comes near it. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** An input refused for its size; the message is the user's. */
class InputTooLargeError extends Error {}

/** The bytes of an input document; a folder is an EISDIR error, a file over MAX_INPUT_BYTES an InputTooLargeError. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const st = await stat(path);
  if (st.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
  if (st.size > MAX_INPUT_BYTES)
    throw new InputTooLargeError(`Tệp quá lớn (${Math.round(st.size / 1048576)} MB) / file too large`);
  const buf = await readFile(path);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Node's native zlib, bounded: it throws ERR_BUFFER_TOO_LARGE instead of inflating past `maxOutput`. */
export const nodeInflateRaw: InflateRaw = Object.assign(
  (compressed: Uint8Array, maxOutput: number): Uint8Array => {
    const out = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxOutput) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  // zlib.crc32 is Node's from 20.15 (engines: >=20); before it, the reader's own
  typeof zlib.crc32 === "function" ? { crc32: (data: Uint8Array) => zlib.crc32(data) } : {},
);

/** The words for a failure that the document reader does not explain itself; each command reads or writes its own. */
export interface ErrorWording {
  directory: string;
  permission: string;
  /** Followed by ": " and the system's message. */
  otherwise: string;
}

export const READ_WORDING: ErrorWording = {
  directory: "Đây là thư mục / this is a directory",
  permission: "Không có quyền đọc tệp / permission denied",
  otherwise: "Không đọc được tệp / could not read the file",
};

const errorCode = (e: unknown): string | undefined => (e as { code?: string } | null)?.code;

/** The message of an error; read as a property, since errors from another realm (a test's VM) are no `Error`. */
function errorMessage(e: unknown): string {
  const message = (e as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(e);
}

/** Why a file could not be read (or written): the reader's own reason, or the system's error in words. */
export function describeError(e: unknown, wording: ErrorWording = READ_WORDING): string {
  if (isDocxReadError(e)) return e.part === undefined ? e.message : `${e.message} (${e.part})`;
  if (e instanceof InputTooLargeError) return e.message;
  const code = errorCode(e);
  if (code === "ENOENT") return "Không tìm thấy tệp / file not found";
  if (code === "EACCES" || code === "EPERM") return wording.permission;
  if (code === "EISDIR") return wording.directory;
  return `${wording.otherwise}: ${errorMessage(e)}`;
}

/** Why an output could not be written, after "không ghi được FILE / could not write: ". */
export function describeWriteError(e: unknown): string {
  return errorCode(e) === "ENOENT" ? "thư mục không tồn tại / no such folder" : errorMessage(e);
}

/** Distinguishes the temporary files of one process's successive writes. */
let tempSerial = 0;

/**
 * Writes a temporary file next to the target, then renames it over the target: a reader never sees a half-written
 * file. On any failure the temporary file is removed and the error is thrown.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++tempSerial}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * The version in the package's own package.json, found upwards from this file: it is in src/cli/ when run from the
 * sources and in dist-cli/cli/ when compiled.
 */
export function packageVersion(start: string = __dirname): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: unknown; version?: unknown };
      if (pkg.name === "ketluan" && typeof pkg.version === "string") return pkg.version;
    }
    if (dirname(dir) === dir) throw new Error("không tìm thấy package.json của ketluan / package.json not found");
  }
}
