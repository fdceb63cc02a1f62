/** The profile and the document type: detected from the header and the type name; a user override always wins. */
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan, stateReport, variant } from "../support/samples";

describe("profile and type", () => {
  it("a user override always wins", () => {
    const r = checkDocument(readDocument(buildDocxFromSpec(partyPlan())), { profile: "state" });
    expect(r.profile).toBe("state");
    expect(r.profileSource).toBe("override");
    expect(r.findings.some((f) => f.rule === "header/national-title")).toBe(true);
  });
  it("tone-mark placement does not matter (UỶ, HOÀ)", () => {
    const doc = variant(stateReport(), (d) => {
      const t = d.blocks[0]!;
      if (t.type === "table") t.rows[0]![1]![0]!.text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    });
    expect(checkDocument(readDocument(buildDocxFromSpec(doc))).profile).toBe("state");
  });
});

describe("type override", () => {
  it("a user override of the type wins over the type name", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const r = checkDocument(model, { documentType: "report", rules: ["header/number"] });
    expect(r.documentType).toBe("report");
    expect(r.findings.map((f) => f.message)).toEqual([
      "Ký hiệu loại văn bản “KH” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “BC”)",
    ]);
    expect(checkDocument(model, { documentType: "auto" }).documentType).toBe("plan");
  });
});
