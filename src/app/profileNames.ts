/**
 * How the pane names a profile, a draft's type and what a check took the document for. The profile names are the
 * profile data's `name` (test/app checks they agree), kept here so that Soạn thảo, on the first paint, does not load
 * the profiles; the state's is the data's "Văn bản hành chính nhà nước" shortened for the pane's half-width fields.
 * The names with their legal basis, which do need the profile data, are in ./profileChoices.
 */
import type { CheckResult } from "../check";
import type { ProfileId } from "../model/vocabulary";
import type { DraftType } from "../templates/particulars";

export const PROFILE_NAMES: Record<ProfileId, string> = {
  party: "Văn bản của Đảng",
  state: "Văn bản hành chính",
};

/** The document types a draft can be and a check recognises by name. */
export const DRAFT_TYPE_NAMES: Record<DraftType, string> = { plan: "Kế hoạch", report: "Báo cáo" };

const PROFILE_SOURCE: Record<CheckResult["profileSource"], string> = {
  detected: " (nhận diện từ tiêu đề)",
  override: " (theo thiết lập)",
  default: " (mặc định)",
};

/** What the check took the document for: "Văn bản của Đảng (nhận diện từ tiêu đề), kế hoạch". */
export function checkedAs(result: Pick<CheckResult, "profile" | "profileSource" | "documentType">): string {
  const type = result.documentType === "other" ? "" : `, ${DRAFT_TYPE_NAMES[result.documentType].toLowerCase()}`;
  return `${PROFILE_NAMES[result.profile]}${PROFILE_SOURCE[result.profileSource]}${type}`;
}
