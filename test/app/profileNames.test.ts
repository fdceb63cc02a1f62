import { isoDay, profileChoiceLabels, profileWithBasis } from "../../src/app/profileChoices";
import { checkedAs, DRAFT_TYPE_NAMES, PROFILE_NAMES } from "../../src/app/profileNames";
import { PROFILES } from "../../src/rules/profiles";

describe("the pane's names of the profiles", () => {
  test("are the profile data's names (the state's shortened for the pane)", () => {
    expect(PROFILE_NAMES.party).toBe(PROFILES.party.name);
    expect(PROFILES.state.name).toBe(`${PROFILE_NAMES.state} nhà nước`);
  });

  test("the Party's basis is the one in force on the day: HD 36 until 08/01/2026, QĐ 399 and HD 05 from 09/01/2026", () => {
    expect(profileWithBasis("party", "2025-06-30")).toBe("Văn bản của Đảng (HD 36-HD/VPTW)");
    expect(profileWithBasis("party", "2026-01-08")).toBe("Văn bản của Đảng (HD 36-HD/VPTW)");
    expect(profileWithBasis("party", "2026-01-09")).toBe("Văn bản của Đảng (QĐ 399-QĐ/TW và HD 05-HD/VPTW)");
    expect(profileWithBasis("state", "2026-01-09")).toBe("Văn bản hành chính (NĐ 30/2020/NĐ-CP)");
  });

  test("Thiết lập's choices", () => {
    expect(profileChoiceLabels("2025-12-31")).toEqual({
      auto: "Tự nhận diện từ tiêu đề",
      party: "Văn bản của Đảng (HD 36-HD/VPTW)",
      state: "Văn bản hành chính (NĐ 30/2020/NĐ-CP)",
    });
    expect(profileChoiceLabels("2026-12-02").party).toBe("Văn bản của Đảng (QĐ 399-QĐ/TW và HD 05-HD/VPTW)");
  });

  test("what the check took the document for", () => {
    expect(checkedAs({ profile: "party", profileSource: "detected", documentType: "plan" })).toBe(
      "Văn bản của Đảng (nhận diện từ tiêu đề), kế hoạch",
    );
    expect(checkedAs({ profile: "state", profileSource: "override", documentType: "report" })).toBe(
      "Văn bản hành chính (theo thiết lập), báo cáo",
    );
    expect(checkedAs({ profile: "party", profileSource: "default", documentType: "other" })).toBe(
      "Văn bản của Đảng (mặc định)",
    );
    expect(DRAFT_TYPE_NAMES).toEqual({ plan: "Kế hoạch", report: "Báo cáo" });
  });

  test("the day is the local calendar day", () => {
    expect(isoDay(new Date(2026, 0, 9, 0, 30))).toBe("2026-01-09");
    expect(isoDay(new Date(2025, 11, 31, 23, 59))).toBe("2025-12-31");
  });

  test("every name is NFC", () => {
    const all = [
      ...Object.values(PROFILE_NAMES),
      ...Object.values(profileChoiceLabels("2025-01-01")),
      ...Object.values(profileChoiceLabels("2026-06-01")),
      checkedAs({ profile: "state", profileSource: "detected", documentType: "plan" }),
    ];
    for (const s of all) expect(s).toBe(s.normalize("NFC"));
  });
});
