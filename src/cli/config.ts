/**
 * The office style sheet for a command: `--config FILE`, else `ketluan.config.json` beside the documents (in the
 * folder of the first file, or the folder given to matrix). A file that is not JSON or does not conform is an
 * InputError naming the file and each wrong key (exit 2).
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAME, officeCheckOptions, officeConfig, type OfficeConfig } from "../config";
import { DataError } from "../model/schema";
import { RULES } from "../rules";
import { COVERAGE_RULE_ID } from "../rules/coverage/missing";
import type { CheckOptions } from "../check";
import { InputError } from "./args";
import { loadDirectiveSource } from "./directive-source";

const MAX_CONFIG_BYTES = 1024 * 1024;

/** The style sheet to use, if any. `near`: a document or folder the command works on. */
export async function findOfficeConfig(
  explicit: string | undefined,
  near: string | undefined,
): Promise<OfficeConfig | undefined> {
  let file = explicit;
  if (file === undefined && near !== undefined) {
    const st = await stat(near).catch(() => undefined);
    const dir = st?.isDirectory() === true ? near : dirname(near);
    const candidate = join(dir, CONFIG_FILE_NAME);
    if ((await stat(candidate).catch(() => undefined))?.isFile() === true) file = candidate;
  }
  if (file === undefined) return undefined;
  let text: string;
  try {
    const st = await stat(file);
    if (st.size > MAX_CONFIG_BYTES) throw new InputError(`${file}: tệp cấu hình quá lớn / style sheet too large`);
    text = await readFile(file, "utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: không đọc được tệp cấu hình / cannot read the style sheet`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`${file}: không phải JSON hợp lệ / not valid JSON (${(e as Error).message})`);
  }
  try {
    const ids = [...RULES.map((r) => r.meta.id), COVERAGE_RULE_ID];
    const config = officeConfig(value, file, ids);
    // a source named in the sheet is found from the sheet's folder
    return config.source === undefined ? config : { ...config, source: resolve(dirname(file), config.source) };
  } catch (e) {
    if (e instanceof DataError) throw new InputError(`tệp cấu hình không hợp lệ / invalid style sheet ${e.message}`);
    throw e;
  }
}

/** The check options with the style sheet's profiles, rule levels, not-applicable items and source. */
export async function withOfficeConfig(options: CheckOptions, config: OfficeConfig | undefined): Promise<CheckOptions> {
  if (config === undefined) return options;
  return {
    ...options,
    office: officeCheckOptions(config),
    notApplicable: [...new Set([...(options.notApplicable ?? []), ...config.notApplicable])],
    ...(options.directives === undefined && config.source !== undefined
      ? { directives: await loadDirectiveSource(config.source) }
      : {}),
  };
}
