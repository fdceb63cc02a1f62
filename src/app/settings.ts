/**
 * What the task pane remembers about a document: its particulars, the items marked "not applicable", and the
 * settings tab (profile override, rules switched off, the directive source, whether the draft implements it), and
 * whether Sửa makes tracked changes. Inside Word it is stored in the document's settings (it travels with the file);
 * the browser page keeps it for the session only.
 * Pure: parsing is defensive, because a document may carry settings written by another version.
 */
import type { Particulars } from "../templates/particulars";
import { noDecisions, type Decisions } from "../decisions";
import { parseDecisions } from "./decisions";
import type { StoredOfficeConfig } from "./officeConfig";

export const SETTINGS_KEY = "ketluan";
export const SETTINGS_VERSION = 1;

export type ProfileChoice = "auto" | "party" | "state";

export interface PaneSettings {
  particulars: Partial<Particulars>;
  /** Directive item numbers marked "Không áp dụng". */
  notApplicable: string[];
  profile: ProfileChoice;
  /** Rule ids switched off. */
  disabledRules: string[];
  /** The directive source: the seed conclusion, or a text the user pasted. */
  directiveText: string | undefined;
  /**
   * Whether the draft implements the directive source, as the user said; undefined: decided by whether the draft
   * cites it. The source's own rules (coverage, required recipients, its citations) apply only when it does.
   */
  implementsConclusion: boolean | undefined;
  /** «Sửa có theo dõi thay đổi»: Sửa turns Word's change tracking on when the document does not track changes. */
  trackFixes: boolean;
  /**
   * Word without WordApi 1.4 only: the drafter's decisions (Bỏ qua, rules off, not applicable with a reason), which
   * with WordApi 1.4 live in the document's custom XML part instead (src/app/decisions.ts).
   */
  decisions: Decisions;
  /**
   * The office's style sheet (`ketluan.config.json`) imported in Thiết lập: its file name and text, checked again
   * when used (src/app/officeConfig.ts); undefined: none.
   */
  officeConfig: StoredOfficeConfig | undefined;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  particulars: {},
  notApplicable: [],
  profile: "auto",
  disabledRules: [],
  directiveText: undefined,
  implementsConclusion: undefined,
  trackFixes: false,
  decisions: noDecisions(),
  officeConfig: undefined,
};

const stringArray = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Reads stored settings; anything unknown or malformed falls back to the default. */
export function parseSettings(raw: unknown): PaneSettings {
  let value = raw;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }
  if (typeof value !== "object" || value === null) return { ...DEFAULT_SETTINGS };
  const o = value as Record<string, unknown>;
  const profile = o.profile === "party" || o.profile === "state" ? o.profile : "auto";
  const particulars: Partial<Particulars> = {};
  if (typeof o.particulars === "object" && o.particulars !== null) {
    for (const [k, v] of Object.entries(o.particulars as Record<string, unknown>)) {
      if (typeof v === "string") (particulars as Record<string, unknown>)[k] = v;
      else if (Array.isArray(v)) (particulars as Record<string, unknown>)[k] = stringArray(v);
    }
  }
  return {
    particulars,
    notApplicable: stringArray(o.notApplicable),
    profile,
    disabledRules: stringArray(o.disabledRules),
    directiveText: typeof o.directiveText === "string" && o.directiveText.trim() !== "" ? o.directiveText : undefined,
    // only a stored true/false is the user's word; anything else leaves it to the citation
    implementsConclusion: typeof o.implementsConclusion === "boolean" ? o.implementsConclusion : undefined,
    trackFixes: o.trackFixes === true,
    decisions: parseDecisions(o.decisions),
    officeConfig: parseStoredOfficeConfig(o.officeConfig),
  };
}

/** A stored style sheet: a file name and a text, else none (its content is checked when it is used). */
function parseStoredOfficeConfig(v: unknown): StoredOfficeConfig | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return typeof o.fileName === "string" && typeof o.text === "string"
    ? { fileName: o.fileName, text: o.text }
    : undefined;
}

export function serializeSettings(s: PaneSettings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...s };
}

/** Where settings live: the Word document, or (in the browser) memory. */
export interface SettingsStore {
  /** true when the settings travel with the document. */
  readonly persistent: boolean;
  load(): PaneSettings;
  save(settings: PaneSettings): Promise<void>;
}

export class MemorySettingsStore implements SettingsStore {
  readonly persistent = false;
  private value: PaneSettings;
  constructor(initial: PaneSettings = DEFAULT_SETTINGS) {
    this.value = initial;
  }
  load(): PaneSettings {
    return this.value;
  }
  async save(settings: PaneSettings): Promise<void> {
    this.value = settings;
  }
}
