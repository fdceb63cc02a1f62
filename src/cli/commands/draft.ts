/**
 * `ketluan draft`: a complete plan or report from the shipped templates.
 *   ketluan draft --type plan|report --profile party|state --issuer ... --superior ... --place ... --number ...
 *                 --date YYYY-MM-DD --signer ... --conclusion-number NNN-KL/TU --conclusion-date YYYY-MM-DD
 *                 [--items 2.1,2.3] [--recipients-file F] -o OUT.docx
 * The edge that touches the file system: it loads the template, calls the pure renderer, writes the output
 * atomically (a temporary file in the same folder, then a rename). Exit codes: 0 written; 2 bad usage or particulars.
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { defaultDirectiveSource } from "../../directives/seed";
import { issuerCodeOf } from "../../config";
import { findOfficeConfig } from "../config";
import { ParticularsError, type DraftType, type Particulars, type ProfileId } from "../../templates/particulars";
import { draftTemplateName, renderDraft } from "../../templates/render";
import { readArguments, reportingUsageErrors, UsageError, type OptionSpec } from "../args";
import { describeWriteError, ExitCode, writeFileAtomically, type Io } from "../io";
import { DRAFT_USAGE, USAGE_HEADING } from "../usage";

/** A recipients file larger than this is not a recipient list. */
const MAX_RECIPIENTS_BYTES = 256 * 1024;

interface DraftArgs {
  particulars: Particulars;
  output: string | undefined;
  recipientsFile: string | undefined;
  /** `--config`: the office style sheet (its issuer codes); default ketluan.config.json beside the output. */
  configFile: string | undefined;
}

/** What each option sets; `--signer` and `--signer-name` are one particular. */
const KEY_OF: Record<string, keyof Particulars | "output" | "recipientsFile" | "config"> = {
  type: "type",
  profile: "profile",
  issuer: "issuer",
  superior: "superior",
  "issuer-short": "issuerShort",
  "issuer-code": "issuerCode",
  place: "place",
  number: "number",
  date: "date",
  signer: "signerName",
  "signer-name": "signerName",
  "signer-authority": "signerAuthority",
  "signer-position": "signerPosition",
  "conclusion-number": "conclusionNumber",
  "conclusion-date": "conclusionDate",
  items: "items",
  "recipients-file": "recipientsFile",
  config: "config",
  output: "output",
};

/** Every option takes a value. */
const OPTIONS: Record<string, OptionSpec> = {
  ...Object.fromEntries(Object.keys(KEY_OF).map((name) => [name, { type: "string" }])),
  output: { type: "string", short: "o" },
};

export function parseDraftArgs(args: string[]): DraftArgs {
  const values: Record<string, string> = {};
  for (const t of readArguments(args, OPTIONS)) {
    if (t.kind === "positional") throw new UsageError(`Tham số thừa / unexpected argument: ${t.value}`);
    const key = KEY_OF[t.name]!;
    if (key in values) throw new UsageError(`${t.rawName} được chỉ định hai lần / given twice`);
    values[key] = t.value ?? "";
  }
  const type = values["type"];
  if (type !== undefined && type !== "plan" && type !== "report")
    throw new UsageError(`--type phải là plan hoặc report / got "${type}"`);
  const profile = values["profile"];
  if (profile !== undefined && profile !== "party" && profile !== "state")
    throw new UsageError(`--profile phải là party hoặc state / got "${profile}"`);
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
  return {
    particulars: p,
    output: values["output"],
    recipientsFile: values["recipientsFile"],
    configFile: values["config"],
  };
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

const TYPE_NAME: Record<DraftType, string> = { plan: "kế hoạch", report: "báo cáo" };
const PROFILE_NAME: Record<ProfileId, string> = { party: "văn bản của Đảng", state: "văn bản nhà nước" };

/** Runs `ketluan draft` with the arguments after "draft"; returns the exit code. */
export function draftCommand(args: string[], io: Io): Promise<number> {
  return reportingUsageErrors(io, "ketluan draft", `${USAGE_HEADING}\n${DRAFT_USAGE}`, async () => {
    const parsed = parseDraftArgs(args);
    if (parsed.output === undefined) throw new UsageError("Thiếu tệp kết quả -o RA.docx / missing -o OUT.docx");
    if (!/\.docx$/i.test(parsed.output))
      throw new UsageError(`Tệp kết quả phải có đuôi .docx / the output must be a .docx file: ${parsed.output}`);
    const p = parsed.particulars;
    if (parsed.recipientsFile !== undefined) p.recipients = await readRecipients(parsed.recipientsFile);
    // the office's code for its own bodies ("Sở Công Thương": SCT), unless --issuer-code gives one
    if (p.issuerCode === undefined && p.issuer !== undefined) {
      const code = issuerCodeOf(await findOfficeConfig(parsed.configFile, parsed.output), p.issuer);
      if (code !== undefined) p.issuerCode = code;
    }
    return draft(p, parsed.output, io);
  });
}

async function readRecipients(file: string): Promise<string[]> {
  try {
    const st = await stat(file);
    if (!st.isFile() || st.size > MAX_RECIPIENTS_BYTES)
      throw new UsageError(`Tệp nơi nhận không hợp lệ / not a recipients file: ${file}`);
    return parseRecipientsText(await readFile(file, "utf8"));
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT")
      throw new UsageError(`Không tìm thấy tệp nơi nhận / file not found: ${file}`);
    throw e;
  }
}

async function draft(p: Particulars, output: string, io: Io): Promise<number> {
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
      return ExitCode.failure;
    }
    throw e;
  }
  try {
    await writeFileAtomically(output, bytes);
  } catch (e) {
    io.err(`ketluan draft: không ghi được ${output} / could not write: ${describeWriteError(e)}\n`);
    return ExitCode.failure;
  }
  const items = p.items ?? source.items.map((i) => i.number);
  io.out(
    `Đã tạo ${output}: ${TYPE_NAME[p.type]}, ${PROFILE_NAME[p.profile]}, ${items.length} mục chỉ đạo (${items.join(", ")}).\n`,
  );
  return ExitCode.ok;
}
