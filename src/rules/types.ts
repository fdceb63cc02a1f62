/**
 * The rule contract. One rule = one module under src/rules/<area>/<name>.ts exporting `meta` and `check`,
 * modelled on ESLint's rules: the logic is code, every threshold and legal basis is profile data.
 */
import type { DocumentModel } from "../model/document";
import type { DocumentStructure } from "../model/structure";
import type { Fix } from "../model/fix";
import type { DocumentType, Firmness, ProfileId, Severity } from "../model/vocabulary";
import type { ProfileData } from "./profiles";
import type { SourceRecipientPolicy } from "../directives/types";

export type { DocumentType, Firmness, Severity } from "../model/vocabulary";

export function severityFor(firmness: Firmness): Severity {
  return firmness === "firm" ? "error" : "warning";
}

/** A value's severity: the one calibrated on issued documents when the profile records it, else its firmness's. */
export function severityOf(value: { firmness: Firmness; severity?: Severity | undefined }): Severity {
  return value.severity ?? severityFor(value.firmness);
}

/** The public finding shape of `ketluan check --format json` (docs/json.md). */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  basis: string;
  /** Paragraph index (document order, table cells included, from 0), or null for document-wide findings. */
  paragraph: number | null;
  excerpt: string;
  /** A safe, declarative correction (src/rules/fix.ts), when there is one. */
  fix?: Fix;
}

/** User settings the rules may read (from CheckOptions). */
export interface RuleSettings {
  /** The conclusion's own number ("125-KL/TU") and date (ISO "2023-09-05" or "05/9/2023"), when the user gave them. */
  conclusion?: { number?: string; date?: string };
  /**
   * Whether the draft implements the directive source (it cites it, or the user says so). The source's own rules
   * (recipients/required, citation/*, coverage) apply only then. Undefined: not decided (rules apply).
   */
  implementsConclusion?: boolean;
  /** Title of the directive source, for messages ("Kết luận của Ban Chấp hành Đảng bộ tỉnh về ..."). */
  sourceTitle?: string;
  /**
   * The last date the directive source sets for its tasks (for the seed: the end of the XIX congress term, 2025), as
   * parsed from the source's text, with the words that set it. Undefined: the source sets none.
   */
  horizon?: { date: string; text: string };
  /**
   * The recipient policy derived from the directive source's closing paragraph (src/directives/recipients.ts).
   * Undefined: the shipped policy (src/rules/data/recipient-policy.json), the seed's.
   */
  recipientPolicy?: SourceRecipientPolicy;
  /**
   * The directive source as drafts cite it: its type name and symbol code ("Nghị quyết", "NQ/HU"), and its name for
   * bases ("Nghị quyết của Ban Chấp hành Đảng bộ huyện"). Undefined: the seed's (Kết luận, KL/TU of the register).
   */
  sourceDocument?: { kind: string; code: string; name: string };
}

export interface RuleMeta {
  id: string;
  area:
    | "page"
    | "font"
    | "header"
    | "title"
    | "body"
    | "signature"
    | "recipients"
    | "citation"
    | "text"
    | "coverage"
    | "plan"
    | "structure";
  /** One line in Vietnamese: what the rule checks. */
  description: string;
  /** Vietnamese message templates; `{name}` placeholders are filled from the data passed to `report`. */
  messages: Record<string, string>;
}

export interface RuleContext {
  profileId: ProfileId;
  profile: ProfileData;
  /** Short name of the legal basis in force for this document's date, e.g. "HD 36-HD/VPTW". */
  basisShort: string;
  documentType: DocumentType;
  structure: DocumentStructure;
  settings: RuleSettings;
  report(finding: {
    messageId: string;
    data?: Record<string, string | number>;
    severity: Severity;
    basis: string;
    paragraph: number | null;
    excerpt?: string;
    fix?: Fix;
  }): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Whether findings of this rule may carry a fix. */
  fixable?: boolean;
  check(model: DocumentModel, context: RuleContext): void;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
