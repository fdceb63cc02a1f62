/**
 * The office's style sheet (`ketluan.config.json`, src/config) in the task pane: imported once in Thiết lập, kept in
 * the pane's settings as the file's text, checked with the same schema as the CLI's `--config`, and applied to the
 * check (profiles, rule levels, required recipients, not-applicable items) and to the draft's issuer code. The
 * sheet's `source` key is not used here: the pane's own «Văn bản chỉ đạo làm nguồn» setting is.
 * Pure: no Office, no DOM, no React.
 */
import { officeConfig, type OfficeConfig } from "../config";
import { DataError } from "../model/schema";
import { RULES } from "../rules";
import { COVERAGE_RULE_ID } from "../check";

/** The sheet as stored: its file name and its text (checked again when loaded). */
export interface StoredOfficeConfig {
  fileName: string;
  text: string;
}

/** Larger than any sensible style sheet: refused before parsing. */
export const MAX_OFFICE_CONFIG_CHARS = 1024 * 1024;

const ruleIds = (): string[] => [...RULES.map((r) => r.meta.id), COVERAGE_RULE_ID];

export type OfficeConfigImport =
  { ok: true; stored: StoredOfficeConfig; config: OfficeConfig } | { ok: false; message: string; issues: string[] };

/** Checks a style sheet the user chose: its config, or a Vietnamese message and each wrong key. */
export function importOfficeConfig(fileName: string, text: string): OfficeConfigImport {
  if (text.length > MAX_OFFICE_CONFIG_CHARS) {
    return { ok: false, message: `Tệp ${fileName} quá lớn để là tệp quy định (tối đa 1 MB).`, issues: [] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      ok: false,
      message: `Tệp ${fileName} không phải JSON hợp lệ: ${e instanceof Error ? e.message : String(e)}`,
      issues: [],
    };
  }
  try {
    const config = officeConfig(value, fileName, ruleIds());
    return { ok: true, stored: { fileName, text }, config };
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return {
      ok: false,
      message: `Tệp quy định ${fileName} không hợp lệ, chưa lưu gì. Các khóa sai:`,
      issues: [...e.issues],
    };
  }
}

/** The stored sheet's config; undefined when none, or when it no longer conforms (another version's rules). */
export function storedOfficeConfig(stored: StoredOfficeConfig | undefined): OfficeConfig | undefined {
  if (stored === undefined) return undefined;
  try {
    const r = importOfficeConfig(stored.fileName, stored.text);
    return r.ok ? r.config : undefined;
  } catch {
    return undefined;
  }
}

/** "2 quy tắc tắt, 1 hạ thành cảnh báo, …": what the sheet changes, for Thiết lập. */
export function describeOfficeConfig(config: OfficeConfig): string {
  const levels = Object.values(config.rules);
  const off = levels.filter((l) => l === "off").length;
  const warning = levels.filter((l) => l === "warning").length;
  const parts = [`${off} quy tắc tắt`, `${warning} hạ thành cảnh báo`];
  const recipients = (["party", "state"] as const).reduce(
    (n, id) => n + config.requiredRecipients[id].plan.length + config.requiredRecipients[id].report.length,
    0,
  );
  if (recipients > 0) parts.push(`${recipients} nơi nhận bắt buộc thêm`);
  const codes = Object.keys(config.issuerCodes).length;
  if (codes > 0) parts.push(`${codes} ký hiệu cơ quan`);
  if (config.notApplicable.length > 0) parts.push(`${config.notApplicable.length} mục không áp dụng`);
  return parts.join(", ");
}
