/**
 * The profile override's choices as Thiết lập lists them: each profile with the legal basis in force on the day, from
 * the profile data (the Party's HD 36-HD/VPTW until 08/01/2026, QĐ 399-QĐ/TW and HD 05-HD/VPTW from 09/01/2026).
 */
import type { ProfileId } from "../model/vocabulary";
import { legalBasisFor, PROFILES } from "../rules/profiles";
import { PROFILE_NAMES } from "./profileNames";
import type { ProfileChoice } from "./settings";

/** "Văn bản của Đảng (QĐ 399-QĐ/TW và HD 05-HD/VPTW)": the name with the legal basis in force on `isoDate`. */
export function profileWithBasis(id: ProfileId, isoDate: string): string {
  return `${PROFILE_NAMES[id]} (${legalBasisFor(PROFILES[id], isoDate).short})`;
}

export function profileChoiceLabels(isoDate: string): Record<ProfileChoice, string> {
  return {
    auto: "Tự nhận diện từ tiêu đề",
    party: profileWithBasis("party", isoDate),
    state: profileWithBasis("state", isoDate),
  };
}

/** The local calendar day as ISO (YYYY-MM-DD): the day whose legal basis Thiết lập names. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
