/**
 * `ketluan` command line: the thin edge that reads files and prints; all judgement is in the core. This module only
 * dispatches: help, version, and the command named first (check, fix, decide, draft, matrix) in src/cli/commands/.
 * Exit codes: 0 no error findings; 1 some finding is an error; 2 bad usage or an unreadable file.
 */
import { printUsageError } from "./args";
import { ExitCode, nodeIo, packageVersion, type Io } from "./io";
import { USAGE } from "./usage";

export type { Io } from "./io";

type Command = (args: string[], io: Io) => Promise<number>;

/** Each command is loaded on demand: `check` does not pay for the fix, template and matrix code. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import("./commands/check")).checkCommand,
  fix: async () => (await import("./commands/fix")).fixCommand,
  decide: async () => (await import("./commands/decide")).decideCommand,
  draft: async () => (await import("./commands/draft")).draftCommand,
  matrix: async () => (await import("./commands/matrix")).matrixCommand,
};

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE + "\n");
    return command === undefined ? ExitCode.failure : ExitCode.ok;
  }
  if (command === "--version" || command === "-v") {
    io.out(`ketluan ${packageVersion()}\n`);
    return ExitCode.ok;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (load !== undefined) return (await load())(rest, io);
  return printUsageError(io, "ketluan", `Lệnh không hợp lệ / unknown command: ${command}`, USAGE);
}
