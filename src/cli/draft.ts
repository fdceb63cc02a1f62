/**
 * `ketluan draft`: a complete plan or report from the shipped templates.
 *   ketluan draft --type plan|report --profile party|state --issuer ... --superior ... --place ... --number ...
 *                 --date YYYY-MM-DD --signer ... --conclusion-number NNN-KL/TU --conclusion-date YYYY-MM-DD
 *                 [--items 2.1,2.3] [--recipients-file F] -o OUT.docx
 * The edge that touches the file system: it loads the template, calls the pure renderer, writes the output
 * atomically (a temporary file in the same folder, then a rename). Exit codes: 0 written; 2 bad usage or particulars.
 */
import { existsSync } from "node:fs";
import { readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { defaultDirectiveSource } from "../directives/seed";
import { ParticularsError, type DraftType, type Particulars, type ProfileId } from "../templates/particulars";
import { draftTemplateName, renderDraft } from "../templates/render";

import { DRAFT_USAGE } from "./usage";

export { DRAFT_USAGE };

/** A recipients file larger than this is not a recipient list. */
const MAX_RECIPIENTS_BYTES = 256 * 1024;

export interface DraftIo {
  out(s: string): void;
  err(s: string): void;
}

export class DraftUsageError extends Error {}

interface DraftArgs {
  particulars: Particulars;
  output: string | undefined;
  recipientsFile: string | undefined;
}

const VALUE_OPTIONS: Record<string, keyof Particulars | "output" | "recipientsFile"> = {
  "--type": "type",
  "--profile": "profile",
  "--issuer": "issuer",
  "--superior": "superior",
  "--issuer-short": "issuerShort",
  "--issuer-code": "issuerCode",
  "--place": "place",
  "--number": "number",
  "--date": "date",
  "--signer": "signerName",
  "--signer-name": "signerName",
  "--signer-authority": "signerAuthority",
  "--signer-position": "signerPosition",
  "--conclusion-number": "conclusionNumber",
  "--conclusion-date": "conclusionDate",
  "--items": "items",
  "--recipients-file": "recipientsFile",
  "-o": "output",
  "--output": "output",
};

export function parseDraftArgs(args: string[]): DraftArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const key = VALUE_OPTIONS[flag];
    if (key === undefined) {
      if (flag.startsWith("-")) throw new DraftUsageError(`Tùy chọn không hợp lệ / unknown option: ${flag}`);
      throw new DraftUsageError(`Tham số thừa / unexpected argument: ${a}`);
    }
    // "--issuer -o x.docx": the next option is not a value
    const next = args[i + 1];
    const looksLikeOption = next !== undefined && (next.startsWith("--") || next === "-o");
    const v = eq > 0 ? a.slice(eq + 1) : looksLikeOption ? undefined : args[++i];
    if (v === undefined) throw new DraftUsageError(`Thiếu giá trị cho ${flag} / missing value for ${flag}`);
    if (key in values) throw new DraftUsageError(`${flag} được chỉ định hai lần / given twice`);
    values[key] = v;
  }
  const type = values["type"];
  if (type !== undefined && type !== "plan" && type !== "report")
    throw new DraftUsageError(`--type phải là plan hoặc report / got "${type}"`);
  const profile = values["profile"];
  if (profile !== undefined && profile !== "party" && profile !== "state")
    throw new DraftUsageError(`--profile phải là party hoặc state / got "${profile}"`);
  const p: Particulars = {
    type: type as DraftType,
    profile: profile as ProfileId,
  };
  for (const k of [
    "issuer",
    "superior",
    "issuerShort",
    "issuerCode",
    "place",
    "number",
    "date",
    "signerName",
    "signerAuthority",
    "signerPosition",
    "conclusionNumber",
    "conclusionDate",
  ] as const)
    if (values[k] !== undefined) p[k] = values[k];
  if (values["items"] !== undefined)
    p.items = values["items"]
      .split(/[,\s]+/)
      .map((s) => s.replace(/\.$/, ""))
      .filter(Boolean);
  return { particulars: p, output: values["output"], recipientsFile: values["recipientsFile"] };
}

/** One recipient per line; blank lines and lines starting with "#" are skipped. */
export function parseRecipientsText(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** The folder of shipped templates: src/templates/docx, found from this file in src/ or in dist-cli/. */
export function templatesDir(start: string = __dirname): string {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, "src", "templates", "docx");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("không tìm thấy thư mục mẫu src/templates/docx / templates not found");
    dir = parent;
  }
}

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

const TYPE_NAME: Record<DraftType, string> = { plan: "kế hoạch", report: "báo cáo" };
const PROFILE_NAME: Record<ProfileId, string> = { party: "văn bản của Đảng", state: "văn bản nhà nước" };

/** Runs `ketluan draft` with the arguments after "draft"; returns the exit code. */
export async function draftCommand(args: string[], io: DraftIo): Promise<number> {
  const usageError = (message: string): number => {
    io.err(`ketluan draft: ${message}\n\nCách dùng / usage:\n${DRAFT_USAGE}\n`);
    return 2;
  };
  let parsed: DraftArgs;
  try {
    parsed = parseDraftArgs(args);
  } catch (e) {
    if (e instanceof DraftUsageError) return usageError(e.message);
    throw e;
  }
  if (parsed.output === undefined) return usageError("Thiếu tệp kết quả -o RA.docx / missing -o OUT.docx");
  if (!/\.docx$/i.test(parsed.output))
    return usageError(`Tệp kết quả phải có đuôi .docx / the output must be a .docx file: ${parsed.output}`);

  const p = parsed.particulars;
  if (parsed.recipientsFile !== undefined) {
    try {
      const st = await stat(parsed.recipientsFile);
      if (!st.isFile() || st.size > MAX_RECIPIENTS_BYTES)
        return usageError(`Tệp nơi nhận không hợp lệ / not a recipients file: ${parsed.recipientsFile}`);
      p.recipients = parseRecipientsText(await readFile(parsed.recipientsFile, "utf8"));
    } catch (e) {
      if ((e as { code?: string }).code === "ENOENT")
        return usageError(`Không tìm thấy tệp nơi nhận / file not found: ${parsed.recipientsFile}`);
      throw e;
    }
  }

  const source = defaultDirectiveSource();
  let bytes: Uint8Array;
  try {
    const profile: ProfileId = p.profile === "state" ? "state" : "party";
    const type: DraftType = p.type === "report" ? "report" : "plan";
    const template = await readFile(join(templatesDir(), draftTemplateName(profile, type)));
    bytes = await renderDraft(new Uint8Array(template.buffer, template.byteOffset, template.byteLength), p, source);
  } catch (e) {
    if (e instanceof ParticularsError) {
      io.err(`ketluan draft: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  try {
    await writeAtomically(parsed.output, bytes);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const reason = code === "ENOENT" ? "thư mục không tồn tại / no such folder" : String((e as Error).message);
    io.err(`ketluan draft: không ghi được ${parsed.output} / could not write: ${reason}\n`);
    return 2;
  }
  const items = p.items ?? source.items.map((i) => i.number);
  io.out(
    `Đã tạo ${parsed.output}: ${TYPE_NAME[p.type]}, ${PROFILE_NAME[p.profile]}, ${items.length} mục chỉ đạo (${items.join(", ")}).\n`,
  );
  return 0;
}
