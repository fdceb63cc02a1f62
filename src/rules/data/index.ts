/**
 * Data files of the rules, typed: the recipient policy, the citation register and the text lists. An office
 * changes them by editing the JSON (docs/rules.md), not the code.
 */
import type { Firmness } from "../types";
import type { ProfileId } from "../profiles";
import policyData from "./recipient-policy.json";
import registerData from "./citation-register.json";
import textData from "./text.json";

export interface RequiredRecipient {
  name: string;
  /** Accepted spellings; abbreviations count as the full name. Matched on whole words, tone marks folded. */
  anyOf: string[];
  /** One of these must follow the name, e.g. "(b/c)"; empty: no mark needed. */
  mark: string[];
  /** "first": must be the first recipient line. */
  position: "first" | "any";
  /** The line inserted by the fix, without "- " and the final punctuation. */
  insert: string;
}

export interface RecipientPolicy {
  description: string;
  basis: string;
  effectiveFrom: string;
  firmness: Firmness;
  /** Issuing bodies the policy does not apply to (the provincial committee itself), upper case. */
  exemptIssuers: string[];
  profiles: Record<ProfileId, Partial<Record<"plan" | "report" | "other", string[]>>>;
  recipients: Record<string, RequiredRecipient>;
}

export interface CitationEntry {
  /** "Nghị quyết", "Chỉ thị", "Kết luận"... */
  kind: string;
  /** "11-NQ/TW" */
  number: string;
  /** ISO date. */
  date: string;
  issuer: string;
  /** Other ways the issuer is written after "của". */
  issuerAliases: string[];
  subject: string;
}

export interface CitationRegister {
  description: string;
  basis: string;
  effectiveFrom: string;
  documents: CitationEntry[];
  /** Issuers that may follow "của" in a citation; a cited issuer of this list that is not the register's is a mismatch. */
  knownIssuers: string[];
  /** The provincial plan: its period and vision year. */
  provincialPlan: { name: string; period: string; visionYear: string };
  /** The conclusion's own number pattern (its code), e.g. "KL/TU". */
  conclusionCode: string;
}

export interface TextData {
  /** Reduplicated words that are correct Vietnamese ("từ từ", "ngày ngày"): not reported as doubled. */
  reduplications: string[];
  /** Two compounds sharing a syllable ("trực tiếp|tiếp nhận"): the doubled syllable is not a repeated word. */
  overlaps: { description: string; pairs: string[] };
  basis: { repeatedWord: string; placeholder: string };
}

export const RECIPIENT_POLICY = policyData as unknown as RecipientPolicy;
export const CITATION_REGISTER = registerData as unknown as CitationRegister;
export const TEXT_DATA = textData as unknown as TextData;
