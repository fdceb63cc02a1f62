/**
 * Command-line arguments, read by Node's `util.parseArgs` (strict, positionals allowed), and the one usage error of
 * every command. Each command walks the tokens in the order given, so that its checks of values (and "given twice")
 * report the first wrong argument, and so that the messages name the option as the user typed it (`-o`, `--output`).
 */
import { parseArgs } from "node:util";
import { ExitCode, type Io } from "./io";

/** Bad usage: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
}

export type ArgToken =
  { kind: "option"; name: string; rawName: string; value: string | undefined } | { kind: "positional"; value: string };

/** An option value that parseArgs's strict mode takes for an option: "-x", "--x", not "-". */
const looksLikeOption = (value: string): boolean => value.length > 1 && value.startsWith("-");

/** The arguments as tokens, in order; `--` ends the options. An unknown option or a missing value is a UsageError. */
export function readArguments(args: string[], options: Record<string, OptionSpec>): ArgToken[] {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === undefined || !code.startsWith("ERR_PARSE_ARGS_")) throw e;
    throw new UsageError(faultOf(args, options) ?? (e as Error).message);
  }
  return parsed.tokens.flatMap((t): ArgToken[] => {
    if (t.kind === "positional") return [{ kind: "positional", value: t.value }];
    if (t.kind !== "option") return [];
    // "-ofile" and "-o=file" are one short option with its value to parseArgs; here, as ever, an unknown option.
    if (t.inlineValue === true && !t.rawName.startsWith("--"))
      throw new UsageError(`Tùy chọn không hợp lệ / unknown option: ${args[t.index]}`);
    return [{ kind: "option", name: t.name, rawName: t.rawName, value: t.value }];
  });
}

/**
 * The message for the first argument that strict parsing refused, found by parsing again leniently: parseArgs's own
 * errors are in English only and do not carry the option's name.
 */
function faultOf(args: string[], options: Record<string, OptionSpec>): string | undefined {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const spec = options[t.name];
    if (spec === undefined) return `Tùy chọn không hợp lệ / unknown option: ${t.rawName}`;
    if (spec.type === "string" && (t.value === undefined || (!t.inlineValue && looksLikeOption(t.value))))
      return `Thiếu giá trị cho ${t.rawName} / missing value for ${t.rawName}`;
    // "--in-place=yes": a switch takes no value.
    if (spec.type === "boolean" && t.value !== undefined)
      return `Tùy chọn không hợp lệ / unknown option: ${t.rawName}=${t.value}`;
  }
  return undefined;
}

/** Bad usage on the error stream: "PREFIX: message", a blank line and the usage text; exit code 2. */
export function printUsageError(io: Io, prefix: string, message: string, usage: string): number {
  io.err(`${prefix}: ${message}\n\n${usage}\n`);
  return ExitCode.failure;
}

/** Runs a command; a UsageError it throws is printed by printUsageError. */
export async function reportingUsageErrors(
  io: Io,
  prefix: string,
  usage: string,
  run: () => Promise<number>,
): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${prefix}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof UsageError) return printUsageError(io, prefix, e.message, usage);
    throw e;
  }
}

/** A bad input that is not a command-line mistake (an office style sheet that does not conform): said, exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
