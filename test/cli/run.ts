/** Runs `ketluan` in this process, collecting what it prints. */
import { main, type Io } from "../../src/cli/main";

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s), err: (s) => (err += s), color: false };
  const code = await main(args, io);
  return { code, out, err };
}
