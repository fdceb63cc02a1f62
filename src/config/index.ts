/**
 * An office's style sheet, `ketluan.config.json`: what an office changes without a rebuild, over the shipped
 * profiles. Checked with a schema; a bad file is a DataError naming the file and each key that is wrong.
 *   {
 *     "rules": { "font/color": "off", "text/typing": "warning" },      a rule turned off, or its errors made warnings
 *     "profiles": { "party": { "page/size": { "toleranceMm": 3 } } },   profile values overlaid (same keys and types)
 *     "issuerCodes": { "Sở Công Thương": "SCT" },                        the code in "Số 12/KH-SCT" of a local body
 *     "notApplicable": ["2.4"],                                          items that never apply to the office's units
 *     "source": "ket-luan-khac.txt"                                      another directive source (path from this file)
 *   }
 * Pure: JSON value in, typed config out; the CLI finds and reads the file.
 */
import {
  array,
  DataError,
  keyPath,
  literal,
  object,
  optional,
  parseData,
  record,
  string,
  type Infer,
  type Schema,
} from "../model/schema";
import type { ProfileId } from "../model/vocabulary";
import type { SourceRecipient } from "../directives/types";
import { PROFILES, profileData, type ProfileData } from "../rules/profiles";

export const CONFIG_FILE_NAME = "ketluan.config.json";

/** Any JSON value: what it may be is the profile schema's to say, once overlaid on the shipped profile. */
const anyValue: Schema<unknown> = { expected: "a value", conforms: (_v, _p, _i): _v is unknown => true };
/** Rule id → the profile values to change for it. */
const profileOverlay = optional(record(record(anyValue)));

const requiredRecipient = object({
  name: string(),
  anyOf: array(string()),
  mark: optional(array(string())),
  position: optional(literal("first", "any")),
  insert: optional(string()),
});
const requiredByType = optional(
  object({ plan: optional(array(requiredRecipient)), report: optional(array(requiredRecipient)) }),
);

const configSchema = object({
  $schema: optional(string()),
  rules: optional(record(literal("off", "warning", "error"))),
  profiles: optional(object({ party: profileOverlay, state: profileOverlay })),
  issuerCodes: optional(record(string(/^[\p{Lu}\p{N}Đ-]{1,12}$/u, "a code in capitals (SCT, KTHT)"))),
  notApplicable: optional(array(string(/^[\p{L}\d.]+$/u, "an item number (2.4)"))),
  /** Recipients the office requires besides the policy's, by profile and document type. */
  requiredRecipients: optional(object({ party: requiredByType, state: requiredByType })),
  source: optional(string()),
});

export type OfficeConfigFile = Infer<typeof configSchema>;

export interface OfficeConfig {
  file: string;
  /** Rule id → "off" (not run) or "warning" (its errors reported as warnings); "error" leaves it as shipped. */
  rules: Record<string, "off" | "warning" | "error">;
  /** The profiles with the office's values overlaid (checked with the profile schema). */
  profiles: Record<ProfileId, ProfileData>;
  issuerCodes: Record<string, string>;
  notApplicable: string[];
  /** Recipients the office requires besides the policy's (each with the style sheet as its basis). */
  requiredRecipients: Record<ProfileId, { plan: SourceRecipient[]; report: SourceRecipient[] }>;
  source?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `base` with `overlay`'s values set where both have the key; a key the base lacks is an issue at its path. */
function overlay(base: unknown, patch: unknown, path: string, issues: string[]): unknown {
  if (!isObject(patch)) return patch;
  if (!isObject(base)) {
    issues.push(`${path}: the shipped profile has no object here`);
    return base;
  }
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (!Object.hasOwn(base, k)) {
      issues.push(`${keyPath(path, k)}: unknown key (the shipped profile has ${Object.keys(base).join(", ")})`);
      continue;
    }
    // the same path notation as the profile schema's messages: $.profiles.party["page/size"].toleranceMm
    out[k] = overlay(base[k], v, keyPath(path, k), issues);
  }
  return out;
}

/** The style sheet `value` (parsed JSON of `file`), checked; `ruleIds`: the rules there are. */
export function officeConfig(value: unknown, file: string, ruleIds: readonly string[]): OfficeConfig {
  const c = parseData(configSchema, value, file);
  const issues: string[] = [];
  const known = new Set(ruleIds);
  for (const id of Object.keys(c.rules ?? {})) if (!known.has(id)) issues.push(`$.rules["${id}"]: unknown rule id`);
  const profiles = { ...PROFILES };
  for (const id of ["party", "state"] as const) {
    const patch = c.profiles?.[id];
    if (patch === undefined) continue;
    const path = `$.profiles.${id}`;
    const merged = { ...PROFILES[id], rules: overlay(PROFILES[id].rules, patch, path, issues) };
    try {
      profiles[id] = profileData(merged, `${file} (${path})`);
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      // the profile schema's paths start at the profile: say where they are in this file
      issues.push(...e.issues.map((i) => i.replace(/^\$\.rules/, path)));
    }
  }
  if (issues.length > 0) throw new DataError(file, issues);
  const recipients = (id: ProfileId, type: "plan" | "report"): SourceRecipient[] =>
    (c.requiredRecipients?.[id]?.[type] ?? []).map((r) => ({
      name: r.name,
      anyOf: r.anyOf,
      mark: r.mark ?? [],
      position: r.position ?? "any",
      insert: r.insert ?? r.name,
      basis: `quy định riêng của cơ quan (${file.split(/[\\/]/).pop()}): nơi nhận bắt buộc`,
    }));
  return {
    file,
    requiredRecipients: {
      party: { plan: recipients("party", "plan"), report: recipients("party", "report") },
      state: { plan: recipients("state", "plan"), report: recipients("state", "report") },
    },
    rules: c.rules ?? {},
    profiles,
    issuerCodes: c.issuerCodes ?? {},
    notApplicable: c.notApplicable ?? [],
    ...(c.source === undefined ? {} : { source: c.source }),
  };
}

/** What a check takes from the style sheet (CheckOptions.office): its profiles, rule levels and extra recipients. */
export function officeCheckOptions(
  config: OfficeConfig,
): Pick<OfficeConfig, "profiles" | "rules" | "requiredRecipients"> {
  return { profiles: config.profiles, rules: config.rules, requiredRecipients: config.requiredRecipients };
}

/** The issuer code the office's style sheet gives an issuer (names compared in NFC, case and spacing ignored). */
export function issuerCodeOf(config: OfficeConfig | undefined, issuer: string): string | undefined {
  if (config === undefined) return undefined;
  const key = (s: string): string => s.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();
  const k = key(issuer);
  for (const [name, code] of Object.entries(config.issuerCodes)) if (key(name) === k) return code;
  return undefined;
}
