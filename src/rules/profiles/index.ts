/**
 * Profiles are data (one JSON file per profile): values, firmness and the clause each rule enforces, and the legal
 * bases with their effective dates. An office changes a value by editing the JSON, not the code.
 */
import type { Alignment } from "../../model/document";
import type { Firmness } from "../types";
import partyData from "./party.json";
import stateData from "./state.json";

export type ProfileId = "party" | "state";

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
}

export interface ProfileRules {
  "page/size": RuleData & {
    widthMm: number;
    heightMm: number;
    toleranceMm: number;
    orientation: "portrait" | "landscape";
  };
  "page/margins": RuleData & { topMm: Range; bottomMm: Range; leftMm: Range; rightMm: Range; toleranceMm: number };
  "page/numbers": RuleData & {
    place: "header" | "footer";
    alignment: Alignment;
    firstPage: boolean;
    sizePt: Range | null;
  };
  "font/family": RuleData & { family: string };
  "font/size": RuleData & { body: { minPt: number; maxPt: number } };
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
  };
  "header/date": RuleData & { format: ElementFormat };
  "title/type-name": RuleData & { format: ElementFormat };
  "title/summary": RuleData & { format: ElementFormat; startsLowerCase: boolean; separator: string };
  "body/paragraph": RuleData & {
    alignment: { value: Alignment; firmness: Firmness } | null;
    firstLineMm: { min: number; max: number; toleranceMm: number; fixMm: number; firmness: Firmness } | null;
    spacingPt: { min: number; firmness: Firmness } | null;
    lineSpacing: { min: number; max: number; firmness: Firmness } | null;
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
