/**
 * What the profile data declares beyond the rules' values: the internal document types whose errors are warnings
 * (the phiếu trình), matched on the type name as the structure recognition reads it.
 */
import { internalDocumentTypeOf, PROFILES } from "../../src/rules/profiles";

const NOTE = "phiếu trình là văn bản nội bộ, ngoài danh mục văn bản của NĐ 30: chỉ cảnh báo";

describe("internal document types (profile data, internalDocumentTypes)", () => {
  it.each(["party", "state"] as const)(
    "%s: a phiếu trình, whatever its case, composition and following words, is one",
    (id) => {
      const profile = PROFILES[id];
      for (const name of [
        "PHIẾU TRÌNH",
        "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC",
        "Phiếu trình",
        "PHIẾU TRÌNH".normalize("NFD"),
      ])
        expect(internalDocumentTypeOf(profile, name)?.note).toBe(NOTE);
    },
  );

  it("a type name that only starts with the same letters, another type, or none, is not", () => {
    for (const name of ["PHIẾU TRÌNHX", "PHIẾU GỬI", "BÁO CÁO", "TỜ TRÌNH", undefined])
      expect(internalDocumentTypeOf(PROFILES.state, name)).toBeUndefined();
  });

  it("each entry carries its evidence from the corpus", () => {
    for (const profile of Object.values(PROFILES))
      for (const t of profile.internalDocumentTypes)
        expect(t.calibration).toMatch(/\d+ phiếu trình của kho văn bản thật/u);
  });
});
