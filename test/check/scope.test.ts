/**
 * Which rules apply to which document (docs/json.md, "Which rules apply to which document"): the conclusion's own rules
 * only on drafts that cite it; only the general rules on a document with no official header; the main document's
 * rules stop where an attachment (ĐIỀU LỆ, PHỤ LỤC ... kèm theo) begins (where it begins:
 * test/model/structure/attachments); a phiếu trình is only warned.
 */
import { readDocument } from "../../src/docx/reader";
import { checkDocument, type CheckResult } from "../../src/check";
import { analyzeStructure } from "../../src/model/structure";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { withCharter } from "../model/structure/samples";
import { blockPara, partyPlan, planNotCitingTheConclusion, stateReport, variant } from "../support/samples";

const check = (doc: DocSpec, options: Parameters<typeof checkDocument>[1] = {}): CheckResult =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), options);
const rulesOf = (r: CheckResult): string[] => [...new Set(r.findings.map((f) => f.rule))].sort();

describe("the conclusion's rules apply to drafts that implement it", () => {
  it("a plan that cites the conclusion is checked against it", () => {
    const r = check(partyPlan());
    expect(r.implementsConclusion).toBe(true);
    expect(r.coverage.length).toBeGreaterThan(0);
    expect(rulesOf(r)).not.toContain("coverage/not-cited");
  });

  it("a plan that does not cite it gets no required-recipient error, no coverage, and one info saying why", () => {
    const r = check(planNotCitingTheConclusion());
    expect(r.implementsConclusion).toBe(false);
    expect(r.coverage).toEqual([]);
    expect(r.findings.filter((f) => f.rule === "recipients/required")).toEqual([]);
    const notes = r.findings.filter((f) => f.rule === "coverage/not-cited");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: "info" });
    expect(notes[0]!.message).toMatch(/^Văn bản không trích dẫn “Kết luận của Ban Chấp hành Đảng bộ tỉnh/);
  });

  it("the user can say it implements the conclusion: the required recipients are then asked for", () => {
    const r = check(planNotCitingTheConclusion(), { implementsConclusion: true });
    expect(r.findings.filter((f) => f.rule === "recipients/required").map((f) => f.message)).toEqual([
      expect.stringMatching(/^Nơi nhận thiếu “Thường trực Tỉnh ủy hoặc Ban Thường vụ Tỉnh ủy \(b\/c\)”/),
      expect.stringMatching(/^Nơi nhận thiếu “Văn phòng Tỉnh ủy”/),
    ]);
    expect(rulesOf(r)).not.toContain("coverage/not-cited");
  });

  it("the conclusion's number given by the user identifies it even when cited by number alone", () => {
    const doc = variant(planNotCitingTheConclusion(), (d) => {
      blockPara(d, 4).text =
        "Thực hiện Kết luận số 125-KL/TU, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:";
    });
    expect(check(doc).implementsConclusion).toBe(false);
    expect(check(doc, { conclusion: { number: "125-KL/TU" } }).implementsConclusion).toBe(true);
  });
});

describe("a document with neither title", () => {
  const form: DocSpec = variant(stateReport(), (d) => {
    d.blocks[0] = { type: "paragraph", text: "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC", align: "center", bold: true };
  });

  it("is not guessed into a profile's header errors: only the general rules run, and it says so", () => {
    const r = check(form);
    expect(r.profileSource).toBe("default");
    const ran = rulesOf(r);
    expect(ran).toContain("header/none");
    for (const id of ran) expect(id).toMatch(/^(page\/size|page\/margins|font\/|text\/|citation\/|header\/none)/);
    expect(r.findings.find((f) => f.rule === "header/none")).toMatchObject({ severity: "info", paragraph: null });
  });

  it("the user's profile choice runs every rule", () => {
    const r = check(form, { profile: "state" });
    expect(rulesOf(r)).not.toContain("header/none");
    expect(rulesOf(r)).toContain("header/national-title");
  });
});

describe("attachments in the same file", () => {
  it("is not read as a second header or recipient list: only its own page numbering is added", () => {
    const plain = check(stateReport()).findings.filter((f) => f.severity !== "info");
    const attached = check(withCharter).findings.filter((f) => f.severity !== "info");
    const start = analyzeStructure(readDocument(buildDocxFromSpec(withCharter))).attachments[0]!.start;
    // NĐ 30 numbers an attachment's pages on their own; this one continues the decision's numbering.
    expect(attached.map((f) => [f.rule, f.paragraph])).toEqual([
      ...plain.map((f) => [f.rule, f.paragraph]),
      ["page/numbers", start],
    ]);
  });
});

describe("a phiếu trình (the office's internal routing form)", () => {
  it("gets warnings, not errors: it is outside NĐ 30's list of document types", () => {
    const letter = variant(stateReport(), (d) => {
      blockPara(d, 1).text = "PHIẾU TRÌNH";
      d.page.widthMm = 215.9;
      d.page.heightMm = 279.4;
    });
    const size = check(letter).findings.find((f) => f.rule === "page/size")!;
    expect(size).toMatchObject({
      severity: "warning",
      message: expect.stringMatching(/phiếu trình là văn bản nội bộ/),
    });
    const report = variant(letter, (d) => (blockPara(d, 1).text = "BÁO CÁO"));
    expect(check(report).findings.find((f) => f.rule === "page/size")).toMatchObject({ severity: "error" });
  });
});
