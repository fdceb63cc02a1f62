/**
 * Profiles are data (one JSON file per profile): values, firmness and the clause each rule enforces, and the legal
 * bases with their effective dates. An office changes a value by editing the JSON, not the code.
 */
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

export interface ProfileData {
  id: ProfileId;
  name: string;
  legalBases: LegalBasis[];
  rules: {
    "page/size": RuleData & {
      widthMm: number;
      heightMm: number;
      toleranceMm: number;
      orientation: "portrait" | "landscape";
    };
    "page/margins": RuleData & { topMm: Range; bottomMm: Range; leftMm: Range; rightMm: Range; toleranceMm: number };
    "font/family": RuleData & { family: string };
    "font/size": RuleData & { body: { minPt: number; maxPt: number } };
  };
}

export const PROFILES: Record<ProfileId, ProfileData> = {
  party: partyData as ProfileData,
  state: stateData as ProfileData,
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
