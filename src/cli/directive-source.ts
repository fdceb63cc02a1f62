/**
 * The directive source options that `ketluan check` and `ketluan matrix` share: `--source FILE` (another conclusion or
 * resolution, plain text, one paragraph per line) and `--not-applicable 2.4,2.7`, read the same way by both.
 */
import { readFile, stat } from "node:fs/promises";
import { parseDirectiveSource } from "../directives/parse";
import type { DirectiveSource } from "../directives/types";
import { UsageError } from "./args";
import { describeError } from "./io";

/** A directive source larger than this is not a conclusion or resolution. */
const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** The source option and the not-applicable one, as `readArguments` takes them. */
export const SOURCE_OPTIONS = {
  "not-applicable": { type: "string" },
  source: { type: "string" },
  /** The office style sheet (src/config); default: ketluan.config.json beside the documents. */
  config: { type: "string" },
} as const;

/** The item numbers of one `--not-applicable` value ("2.4, 2.7", "III.1", "a"); a UsageError for anything else. */
export function notApplicableItems(value: string): string[] {
  const items = value
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");
  if (items.some((x) => !/^[\dIVXivx]+(\.\d+)*$|^[a-zđ]$/.test(x))) {
    throw new UsageError(`--not-applicable nhận số mục, ví dụ 2.4,2.7 / got "${items.join(",")}"`);
  }
  return items;
}

/** Another conclusion or resolution as the directive source (plain text, one paragraph per line). */
export async function loadDirectiveSource(path: string): Promise<DirectiveSource> {
  let text: string;
  try {
    const st = await stat(path);
    if (st.size > MAX_SOURCE_BYTES) throw new UsageError(`Tệp nguồn nhiệm vụ quá lớn / source text too large: ${path}`);
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
