/**
 * Data files of the rules, typed: the recipient policy, the citation register and the text lists. An office
 * changes them by editing the JSON (docs/rules.md), not the code.
 */
import {
  array,
  DataError,
  isoDate,
  literal,
  number,
  object,
  oneOf,
  optional,
  parseData,
  record,
  string,
} from "../../model/schema";
import type { Infer } from "../../model/schema";
import { FIRMNESS } from "../../model/vocabulary";
import policyData from "./recipient-policy.json";
import registerData from "./citation-register.json";
import textDataFile from "./text.json";
import abbreviationFile from "./abbreviations.json";
import datesFile from "./dates.json";
import typingFile from "./typing.json";
import numberingFile from "./numbering.json";

const firmness = oneOf(FIRMNESS);

const requiredRecipient = object({
  name: string(),
  /** Accepted spellings; abbreviations count as the full name. Matched on whole words, tone marks folded. */
  anyOf: array(string()),
  /** One of these must follow the name, e.g. "(b/c)"; empty: no mark needed. */
  mark: array(string()),
  /** "first": must be the first recipient line. */
  position: literal("first", "any"),
  /** The line inserted by the fix, without "- " and the final punctuation. */
  insert: string(),
});

/** For each document type of a profile, the keys (in `recipients`) of the recipients it must list. */
const requiredByType = object({
  plan: optional(array(string())),
  report: optional(array(string())),
  other: optional(array(string())),
});

const recipientPolicy = object({
  description: string(),
  basis: string(),
  effectiveFrom: isoDate(),
  firmness,
  /** Issuing bodies the policy does not apply to (the provincial committee itself), upper case. */
  exemptIssuers: array(string()),
  profiles: object({ party: requiredByType, state: requiredByType }),
  recipients: record(requiredRecipient),
});

const citationEntry = object({
  /** "Nghị quyết", "Chỉ thị", "Kết luận"... */
  kind: string(),
  /** "11-NQ/TW" */
  number: string(),
  date: isoDate(),
  issuer: string(),
  /** Other ways the issuer is written after "của". */
  issuerAliases: array(string()),
  subject: string(),
});

const citationRegister = object({
  description: string(),
  basis: string(),
  effectiveFrom: isoDate(),
  documents: array(citationEntry),
  /** Issuers that may follow "của" in a citation; a cited issuer of this list that is not the register's is a mismatch. */
  knownIssuers: array(string()),
  /** The provincial plan: its period and vision year. */
  provincialPlan: object({ name: string(), period: string(), visionYear: string() }),
  /** The conclusion's own number pattern (its code), e.g. "KL/TU". */
  conclusionCode: string(),
});

const textData = object({
  /** Reduplicated words that are correct Vietnamese ("từ từ", "ngày ngày"): not reported as doubled. */
  reduplications: array(string()),
  /** Two compounds sharing a syllable ("trực tiếp|tiếp nhận"): the doubled syllable is not a repeated word. */
  overlaps: object({ description: string(), pairs: array(string()) }),
  basis: object({ repeatedWord: string(), placeholder: string() }),
});

/** text/abbreviation: lists of abbreviations that need no definition, each with its source; which lists a profile takes. */
const abbreviationData = object({
  description: string(),
  calibration: string(),
  lists: record(object({ source: string(), entries: record(string()) })),
  profiles: object({
    party: object({ basis: string(), lists: array(string()) }),
    state: object({ basis: string(), lists: array(string()) }),
  }),
});

/** text/date: bases, weekday names, the report periods and when a report about one may be dated. */
const dateData = object({
  description: string(),
  basis: object({ impossible: string(), weekday: string(), period: string() }),
  weekdays: object({
    description: string(),
    names: record(number()),
    /** Display names by Date.getUTCDay(), Sunday first. */
    display: array(string()),
    ordinalBefore: object({ description: string(), words: array(string()) }),
  }),
  reportPeriods: object({
    description: string(),
    monthsBeforeEnd: object({
      month: number(),
      quarter: number(),
      half: number(),
      nineMonths: number(),
      year: number(),
    }),
    estimateWords: array(string()),
    futureMarkers: object({ description: string(), anywhere: array(string()), afterConjunction: array(string()) }),
  }),
});

/** text/typing: bases, the cap per kind, stray keys, how far a bracket or quote may close, English words. */
const typingData = object({
  description: string(),
  basis: object({ spacing: string(), typing: string(), encoding: string(), pairs: string() }),
  maxParagraphsPerKind: number(),
  strayCharacters: object({ description: string(), characters: string() }),
  pairWindow: object({ description: string(), brackets: number(), quotes: number() }),
  englishWords: object({ description: string(), words: array(string()) }),
});

/** structure/numbering: bases per profile, the Vietnamese point letters, ordinal words. */
const numberingData = object({
  description: string(),
  basis: object({ state: string(), party: string() }),
  vietnameseLetters: array(string()),
  ordinals: record(number()),
});

export type RequiredRecipient = Infer<typeof requiredRecipient>;
export type RecipientPolicy = Infer<typeof recipientPolicy>;
export type CitationEntry = Infer<typeof citationEntry>;
export type CitationRegister = Infer<typeof citationRegister>;
export type TextData = Infer<typeof textData>;
export type AbbreviationData = Infer<typeof abbreviationData>;

/** The recipient policy's JSON, checked: its shape, and that every recipient a profile requires is declared. */
export function recipientPolicyData(json: unknown, file: string): RecipientPolicy {
  const policy = parseData(recipientPolicy, json, file);
  const undeclared = Object.entries(policy.profiles).flatMap(([profile, byType]) =>
    Object.entries(byType).flatMap(([type, keys]) =>
      (keys ?? []).flatMap((key, i) =>
        Object.hasOwn(policy.recipients, key)
          ? []
          : [`$.profiles.${profile}.${type}[${i}]: "${key}" is not a recipient of $.recipients`],
      ),
    ),
  );
  if (undeclared.length > 0) throw new DataError(file, undeclared);
  return policy;
}

export const RECIPIENT_POLICY = recipientPolicyData(policyData, "src/rules/data/recipient-policy.json");
export const CITATION_REGISTER = parseData(citationRegister, registerData, "src/rules/data/citation-register.json");
export const TEXT_DATA = parseData(textData, textDataFile, "src/rules/data/text.json");
/** The abbreviation lists' JSON, checked: its shape, and that every list a profile takes is declared. */
export function abbreviationDataOf(json: unknown, file: string): AbbreviationData {
  const data = parseData(abbreviationData, json, file);
  const undeclared = Object.entries(data.profiles).flatMap(([profile, p]) =>
    p.lists.flatMap((name, i) =>
      Object.hasOwn(data.lists, name) ? [] : [`$.profiles.${profile}.lists[${i}]: "${name}" is not a list of $.lists`],
    ),
  );
  if (undeclared.length > 0) throw new DataError(file, undeclared);
  return data;
}

export const ABBREVIATION_DATA = abbreviationDataOf(abbreviationFile, "src/rules/data/abbreviations.json");
export const DATE_DATA = parseData(dateData, datesFile, "src/rules/data/dates.json");
export const TYPING_DATA = parseData(typingData, typingFile, "src/rules/data/typing.json");
export const NUMBERING_DATA = parseData(numberingData, numberingFile, "src/rules/data/numbering.json");
