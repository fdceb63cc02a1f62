/**
 * Profiles are data (one JSON file per profile): values, firmness and the clause each rule enforces, and the legal
 * bases with their effective dates. An office changes a value by editing the JSON, not the code.
 */
import type { Alignment } from "../../model/document";
import type { Firmness, ProfileId, Severity } from "../../model/vocabulary";
import partyData from "./party.json";
import stateData from "./state.json";

export type { ProfileId } from "../../model/vocabulary";

export interface Range {
  min: number;
  max: number;
}

export interface LegalBasis {
  short: string;
  title: string;
  /** ISO dates, inclusive. */
  effectiveFrom: string;
  effectiveTo?: string;
}

interface RuleData {
  firmness: Firmness;
  clause: string;
}

/** Expected formatting of one element (a header line, the type name...); null or absent: not checked. */
export interface ElementFormat {
  sizePt?: Range | null;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  caps?: boolean | null;
  alignment?: Alignment[] | null;
  /** A firmness for this element alone, when it differs from the rule's. */
  firmness?: Firmness;
  /** Sizes outside `sizePt` that issued documents commonly carry: reported as a warning, with the measurement. */
  tolerated?: Tolerance;
}

/**
 * A calibration recorded next to a value in the profile data: a deviation from the letter of the rule that issued
 * documents of real offices commonly carry is a warning, not an error.
 */
export interface Tolerance {
  /** Sizes outside the rule's range that issued documents commonly carry. */
  sizePt?: Range;
  /** Which deviation, and how many issued documents of the corpus carry it. */
  note?: string;
}

/**
 * A value's firmness and, where issued documents of real offices commonly deviate from it, the severity calibrated on
 * them (FORMAT-RULES.md, "Severity, calibrated on issued documents") with the measurement that justifies it.
 */
export interface Calibrated {
  firmness: Firmness;
  severity?: Severity;
  calibration?: string;
}

export interface ProfileRules {
  "page/size": RuleData & {
    widthMm: number;
    heightMm: number;
    toleranceMm: number;
    orientation: "portrait" | "landscape";
    /** A section laid out around a table (task table, PHỤ LỤC) may be landscape, still on A4. */
    landscapeTables: boolean;
  };
  "page/margins": RuleData & {
    topMm: Range;
    bottomMm: Range;
    leftMm: Range;
    rightMm: Range;
    toleranceMm: number;
    /**
     * Calibrated on issued documents: a margin outside its range by at most its side's `bandMm` is reported with
     * `severity`; further out with the rule's firmness. A bottom margin the text of a one-page document never
     * reaches is reported with `severity` too.
     */
    deviation: Calibrated & { bandMm: { top: number; bottom: number; left: number; right: number } };
    /** A landscape table section: margins judged with the sides turned (binding edge on top), at this firmness. */
    landscape: Calibrated;
  };
  "page/numbers": RuleData & {
    place: "header" | "footer";
    alignment: Alignment;
    firstPage: boolean;
    sizePt: Range | null;
    /** A page-number size outside `sizePt` by at most `bandPt`. */
    sizeDeviation: Calibrated & { bandPt: number };
    /** The page number's font (a legacy non-Unicode font is named as such). */
    font: Calibrated & { family: string };
    /** No page numbers on a document estimated at fewer than `shortPages` pages. */
    missingShort: Calibrated & { shortPages: number };
    /** An attachment (PHỤ LỤC, QUY CHẾ...) whose pages continue the main document's numbers. */
    attachments: Calibrated & { clause: string };
  };
  "font/family": RuleData & { family: string; calibration?: string };
  "font/size": RuleData & { body: { minPt: number; maxPt: number }; calibration?: string };
  "font/color": RuleData & {
    /** A coloured stretch shorter than this (a word, a full stop) is `short`; longer, or a whole paragraph: firm. */
    shortRunChars: number;
    short: Calibrated;
    /** Web addresses and e-mail addresses in hyperlink blue. */
    links: Calibrated;
  };
  "header/party-title"?: RuleData & {
    text: string;
    format: ElementFormat;
    lineUnder: boolean;
    position: "right" | "left" | "center";
  };
  "header/national-title"?: RuleData & {
    title: { text: string; format: ElementFormat };
    motto: { text: string; format: ElementFormat };
    lineUnder: boolean;
  };
  "header/issuer": RuleData & {
    superior: ElementFormat;
    issuing: ElementFormat;
    /** The issuing body's name may take several bold lines ("ỦY BAN NHÂN DÂN" / "HUYỆN LỤC NAM"). */
    multiLineIssuingBody: boolean;
    star: boolean;
    lineUnder: boolean;
  };
  "header/number": RuleData & {
    form: "party" | "state";
    colon: boolean;
    example: string;
    leadingZero: boolean;
    format: ElementFormat;
    typeCodes: Partial<Record<"plan" | "report", string>>;
    /** Type name (as written in capitals) → its abbreviation in the symbol (NĐ 30, Phụ lục III; HD 36 for the Party). */
    typeCodesByName?: Record<string, string>;
  };
  "header/date": RuleData & { format: ElementFormat };
  "title/type-name": RuleData & { format: ElementFormat };
  "title/summary": RuleData & { format: ElementFormat; startsLowerCase: boolean; separator: string };
  "body/paragraph": RuleData & {
    alignment: ({ value: Alignment } & Calibrated) | null;
    firstLineMm: ({ min: number; max: number; toleranceMm: number; fixMm: number } & Calibrated) | null;
    spacingPt: ({ min: number } & Calibrated) | null;
    lineSpacing: ({ min: number; max: number } & Calibrated) | null;
  };
  "signature/prefix": RuleData & {
    forms: string[];
    /** Prefixes a Party committee (cấp ủy) never uses: a deputy signs "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ". */
    committeeForbids: string[];
    committeePrefixRequired: boolean;
  };
  "signature/block": RuleData & { authority: ElementFormat; position: ElementFormat; name: ElementFormat };
  "recipients/block": RuleData & { lineFormat: ElementFormat; column: "left" | "right" | "any" };
  "recipients/label": RuleData & { text: string; format: ElementFormat };
  "recipients/punctuation": RuleData & { linePrefix: string; lineEnd: string; lastEnd: string };
  "recipients/archive": RuleData & {
    colon: boolean;
    requireVT: boolean;
    requireUnit: boolean;
    example: string;
  };
}

export interface ProfileData {
  id: ProfileId;
  name: string;
  legalBases: LegalBasis[];
  rules: ProfileRules;
}

export const PROFILES: Record<ProfileId, ProfileData> = {
  party: partyData as unknown as ProfileData,
  state: stateData as unknown as ProfileData,
};

/** The legal basis in force on a document's date (ISO), or the newest one when the date is unknown. */
export function legalBasisFor(profile: ProfileData, isoDate: string | undefined): LegalBasis {
  const bases = profile.legalBases;
  if (isoDate !== undefined) {
    const hit = bases.find(
      (b) => b.effectiveFrom <= isoDate && (b.effectiveTo === undefined || isoDate <= b.effectiveTo),
    );
    if (hit !== undefined) return hit;
  }
  return bases[bases.length - 1]!;
}
