/**
 * Profiles are data (one JSON file per profile): values, firmness and the clause each rule enforces, and the legal
 * bases with their effective dates. An office changes a value by editing the JSON, not the code. Each file is checked
 * against the schema below when this module loads (src/model/schema.ts): an undeclared or mistyped key, a value of
 * the wrong type or a missing key stops the load with the file and the JSON path. The types the rules read are
 * inferred from the same schema, so they cannot drift from what is checked.
 */
import { ALIGNMENTS } from "../../model/document";
import { FIRMNESS, PROFILE_IDS, SEVERITIES, type ProfileId } from "../../model/vocabulary";
import { escapeRegExp } from "../../model/text";
import {
  array,
  boolean,
  isoDate,
  literal,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parseData,
  record,
  string,
} from "../../model/schema";
import type { Infer, ObjectOf } from "../../model/schema";
import partyData from "./party.json";
import stateData from "./state.json";

export type { ProfileId } from "../../model/vocabulary";

/* ---------- the words of the data ---------- */

const firmness = oneOf(FIRMNESS);
const severity = oneOf(SEVERITIES);
const alignment = oneOf(ALIGNMENTS);
const range = object({ min: number(), max: number() });

const legalBasis = object({
  short: string(),
  title: string(),
  /** ISO dates, inclusive. */
  effectiveFrom: isoDate(),
  effectiveTo: optional(isoDate()),
});

/**
 * A value's firmness and, where issued documents of real offices commonly deviate from it, the severity calibrated on
 * them (docs/rules.md, "severity calibrated on issued documents") with the measurement that justifies it. The one
 * shape of a calibration in the profile data: a deviation calibrated on its own is an object of this shape, next to
 * the value it deviates from.
 */
const calibrated = {
  firmness,
  /** The severity of the deviation, when the issued documents justify another than the firmness's. */
  severity: optional(severity),
  /** Which deviation, and how many issued documents of the corpus carry it. */
  calibration: optional(string()),
};

/**
 * A calibration recorded next to a value in the profile data: a deviation from the letter of the rule that issued
 * documents of real offices commonly carry is a warning, not an error.
 */
const tolerance = object({
  /** Sizes outside the rule's range that issued documents commonly carry. */
  sizePt: optional(range),
  /** Which deviation, and how many issued documents of the corpus carry it. */
  note: optional(string()),
});

/** Expected formatting of one element (a header line, the type name...); null or absent: not checked. */
const elementFormat = object({
  sizePt: optional(nullable(range)),
  bold: optional(nullable(boolean())),
  italic: optional(nullable(boolean())),
  underline: optional(nullable(boolean())),
  caps: optional(nullable(boolean())),
  alignment: optional(nullable(array(alignment))),
  /** A firmness for this element alone, when it differs from the rule's. */
  firmness: optional(firmness),
  /** Sizes outside `sizePt` that issued documents commonly carry: reported as a warning, with the measurement. */
  tolerated: optional(tolerance),
});

/**
 * What every rule's data has: its firmness, the clause it enforces and, when measured, how the issued documents of
 * the corpus deviate from its values (the deviations calibrated on their own are `calibrated` objects below it).
 */
const ruleData = { firmness, clause: string(), calibration: optional(string()) };

/** A text the header carries, with its format and, when measured, its calibration. */
const headerLine = object({ text: string(), format: elementFormat, calibration: optional(string()) });

const profileRules = object({
  "page/size": object({
    ...ruleData,
    widthMm: number(),
    heightMm: number(),
    toleranceMm: number(),
    orientation: literal("portrait", "landscape"),
    /** A section laid out around a table (task table, PHỤ LỤC) may be landscape, still on A4. */
    landscapeTables: boolean(),
  }),
  "page/margins": object({
    ...ruleData,
    topMm: range,
    bottomMm: range,
    leftMm: range,
    rightMm: range,
    toleranceMm: number(),
    /**
     * Calibrated on issued documents: a margin outside its range by at most its side's `bandMm` is reported with
     * `severity`; further out with the rule's firmness. A bottom margin the text of a one-page document never
     * reaches is reported with `severity` too.
     */
    deviation: object({
      ...calibrated,
      bandMm: object({ top: number(), bottom: number(), left: number(), right: number() }),
    }),
    /** A landscape table section: margins judged with the sides turned (binding edge on top), at this firmness. */
    landscape: object(calibrated),
  }),
  "page/numbers": object({
    ...ruleData,
    place: literal("header", "footer"),
    alignment,
    firstPage: boolean(),
    sizePt: nullable(range),
    /** A page-number size outside `sizePt` by at most `bandPt`. */
    sizeDeviation: object({ ...calibrated, bandPt: number() }),
    /** The page number's font (a legacy non-Unicode font is named as such). */
    font: object({ ...calibrated, family: string() }),
    /** No page numbers on a document estimated at fewer than `shortPages` pages. */
    missingShort: object({ ...calibrated, shortPages: number() }),
    /** An attachment (PHỤ LỤC, QUY CHẾ...) whose pages continue the main document's numbers. */
    attachments: object({ ...calibrated, clause: string() }),
  }),
  "font/family": object({ ...ruleData, family: string() }),
  "font/size": object({ ...ruleData, body: object({ minPt: number(), maxPt: number() }) }),
  "font/color": object({
    ...ruleData,
    /** A coloured stretch shorter than this (a word, a full stop) is `short`; longer, or a whole paragraph: firm. */
    shortRunChars: number(),
    short: object(calibrated),
    /** Web addresses and e-mail addresses in hyperlink blue. */
    links: object(calibrated),
  }),
  "header/party-title": optional(
    object({
      ...ruleData,
      text: string(),
      format: elementFormat,
      lineUnder: boolean(),
      position: literal("right", "left", "center"),
    }),
  ),
  "header/national-title": optional(
    object({ ...ruleData, title: headerLine, motto: headerLine, lineUnder: boolean() }),
  ),
  "header/issuer": object({
    ...ruleData,
    superior: elementFormat,
    issuing: elementFormat,
    /** The issuing body's name may take several bold lines ("ỦY BAN NHÂN DÂN" / "HUYỆN LỤC NAM"). */
    multiLineIssuingBody: boolean(),
    star: boolean(),
    lineUnder: boolean(),
  }),
  "header/number": object({
    ...ruleData,
    form: literal("party", "state"),
    colon: boolean(),
    example: string(),
    leadingZero: boolean(),
    format: elementFormat,
    typeCodes: object({ plan: optional(string()), report: optional(string()) }),
    /** Type name (as written in capitals) → its abbreviation in the symbol (NĐ 30, Phụ lục III; HD 36 for the Party). */
    typeCodesByName: optional(record(string())),
    /** Where `typeCodesByName` comes from. */
    typeCodesClause: optional(string()),
  }),
  "header/date": object({ ...ruleData, format: elementFormat }),
  "title/type-name": object({ ...ruleData, format: elementFormat }),
  "title/summary": object({ ...ruleData, format: elementFormat, startsLowerCase: boolean(), separator: string() }),
  "body/paragraph": object({
    ...ruleData,
    alignment: nullable(object({ value: alignment, ...calibrated })),
    firstLineMm: nullable(
      object({ min: number(), max: number(), toleranceMm: number(), fixMm: number(), ...calibrated }),
    ),
    spacingPt: nullable(object({ min: number(), ...calibrated })),
    lineSpacing: nullable(object({ min: number(), max: number(), ...calibrated })),
  }),
  "signature/prefix": object({
    ...ruleData,
    forms: array(string()),
    /** Prefixes a Party committee (cấp ủy) never uses: a deputy signs "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ". */
    committeeForbids: array(string()),
    committeePrefixRequired: boolean(),
  }),
  "signature/block": object({
    ...ruleData,
    authority: elementFormat,
    position: elementFormat,
    name: elementFormat,
    /** A signature line whose every wrong size is within half a point of the range (not visible in print). */
    halfPoint: optional(object(calibrated)),
  }),
  "recipients/block": object({
    ...ruleData,
    lineFormat: elementFormat,
    column: literal("left", "right", "any"),
  }),
  "recipients/label": object({
    ...ruleData,
    text: string(),
    format: elementFormat,
    /** The label's words in another size than `format.sizePt`. */
    wrongSize: optional(object(calibrated)),
  }),
  "recipients/punctuation": object({
    ...ruleData,
    linePrefix: string(),
    lineEnd: string(),
    lastEnd: string(),
    /** A recipient line, not the last, that does not end with `lineEnd` (or ends with another mark). */
    wrongLineEnd: optional(object(calibrated)),
  }),
  "recipients/archive": object({
    ...ruleData,
    colon: boolean(),
    requireVT: boolean(),
    requireUnit: boolean(),
    example: string(),
  }),
});

/**
 * A document type outside the profile's list (the office's internal forms): every error found on it is reported as
 * a warning, with `note` appended to the message.
 */
const internalDocumentType = object({
  /** The type name as written in capitals; a type name starting with it, as a whole word, is this type. */
  typeName: string(),
  /** Appended to the message of each error turned into a warning, in parentheses. */
  note: string(),
  /** Why: what the corpus's documents of this type carry. */
  calibration: string(),
});

const profileSchema = object({
  id: oneOf(PROFILE_IDS),
  name: string(),
  legalBases: array(legalBasis),
  /** Internal document types whose errors are warnings (see `internalDocumentTypeOf`). */
  internalDocumentTypes: array(internalDocumentType),
  rules: profileRules,
});

export type Range = Infer<typeof range>;
export type LegalBasis = Infer<typeof legalBasis>;
export type Calibrated = ObjectOf<typeof calibrated>;
export type Tolerance = Infer<typeof tolerance>;
export type ElementFormat = Infer<typeof elementFormat>;
export type ProfileRules = Infer<typeof profileRules>;
export type InternalDocumentType = Infer<typeof internalDocumentType>;
export type ProfileData = Infer<typeof profileSchema>;

/** A profile file's JSON, checked (the schema above); `file` names it in the error. */
export function profileData(json: unknown, file: string): ProfileData {
  return parseData(profileSchema, json, file);
}

export const PROFILES: Record<ProfileId, ProfileData> = {
  party: profileData(partyData, "src/rules/profiles/party.json"),
  state: profileData(stateData, "src/rules/profiles/state.json"),
};

/**
 * The internal document type (profile data) a document's type name ("PHIẾU TRÌNH", "PHIẾU TRÌNH GIẢI QUYẾT CÔNG
 * VIỆC") is, if any: the name, in NFC capitals, starts with the type's name as a whole word.
 */
export function internalDocumentTypeOf(
  profile: ProfileData,
  typeName: string | undefined,
): InternalDocumentType | undefined {
  if (typeName === undefined) return undefined;
  const name = typeName.normalize("NFC").toUpperCase();
  // a whole word: no letter, mark or digit after it (\b knows ASCII letters only: "PHIẾU XỬ LÝ" never matched)
  return profile.internalDocumentTypes.find((t) =>
    new RegExp(`^${escapeRegExp(t.typeName.normalize("NFC").toUpperCase())}(?![\\p{L}\\p{M}\\p{N}_])`, "u").test(name),
  );
}

/** The legal basis in force on a document's date (ISO), or the newest one when the date is unknown. */
export function legalBasisFor(profile: ProfileData, documentDate: string | undefined): LegalBasis {
  const bases = profile.legalBases;
  if (documentDate !== undefined) {
    const hit = bases.find(
      (b) => b.effectiveFrom <= documentDate && (b.effectiveTo === undefined || documentDate <= b.effectiveTo),
    );
    if (hit !== undefined) return hit;
  }
  return bases[bases.length - 1]!;
}
