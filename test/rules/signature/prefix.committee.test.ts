/**
 * signature/prefix at its edges: which Party issuers are committees (a committee signs “T/M ...”, an office or a ban
 * signs in its own name), issuers written loosely, documents without an issuer or a signature, and a prefix written
 * alone on its line or after spaces.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as signaturePrefix } from "../../../src/rules/signature/prefix";
import { briefFinding as brief } from "../../support/ruleTester";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1;
const prefixFindings = (doc: DocSpec) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [signaturePrefix.meta.id] }).findings.map(brief);

/** A Party plan issued by `issuer` (the issuer column's second line; `above` its first), signed without “T/M”. */
const partyIssuedBy = (issuer: string, above = "ĐẢNG BỘ TỈNH BẮC GIANG") =>
  variant(partyPlan(), (d) => {
    setCellText(d, 0, 0, 0, above);
    setCellText(d, 0, 0, 1, issuer);
    setCellText(d, SIG, 1, 0, "");
  });
const missingTM = (issuer: string) => ({
  severity: "error",
  paragraph: P.signature[1],
  message: `Văn bản của cấp ủy thiếu dòng “T/M ...” (thay mặt) trước chức vụ người ký “BÍ THƯ”; HD 36-HD/VPTW yêu cầu ghi “T/M BAN THƯỜNG VỤ” hoặc “T/M ${issuer}”`,
});

describe("signature/prefix: is the Party issuer a committee?", () => {
  it("the committee of a management board (“ĐẢNG ỦY BAN QUẢN LÝ ...”) is a committee: “T/M” required", () => {
    const issuer = "ĐẢNG ỦY BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH";
    expect(prefixFindings(partyIssuedBy(issuer))).toEqual([missingTM(issuer)]);
  });
  it("a committee named on its own (“ĐẢNG ỦY” under “ĐẢNG BỘ XÃ TAM DỊ”): “T/M” required", () => {
    expect(prefixFindings(partyIssuedBy("ĐẢNG ỦY", "ĐẢNG BỘ XÃ TAM DỊ"))).toEqual([missingTM("ĐẢNG ỦY")]);
  });
  it("the issuer written with spaces around it: named without them", () => {
    expect(prefixFindings(partyIssuedBy("  HUYỆN ỦY LỤC NAM  "))).toEqual([missingTM("HUYỆN ỦY LỤC NAM")]);
  });
  it("the committee's office (“VĂN PHÒNG HUYỆN ỦY”) is no committee: its chief signs in his own name", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, 0, 0, 1, "VĂN PHÒNG HUYỆN ỦY");
      setCellText(d, SIG, 1, 0, "CHÁNH VĂN PHÒNG");
      setCellText(d, SIG, 1, 1, "");
    });
    expect(prefixFindings(doc)).toEqual([]);
  });
  it("no issuer in the header: nothing known, nothing said about a missing “T/M”", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, 0, 0, 0, "");
      setCellText(d, 0, 0, 1, "");
      setCellText(d, SIG, 1, 0, "");
    });
    expect(prefixFindings(doc)).toEqual([]);
  });
  it("a committee's draft with no signature block yet: nothing for this rule", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, SIG, 1, 0, "");
      setCellText(d, SIG, 1, 1, "");
      setCellText(d, SIG, 1, 2, "");
    });
    expect(prefixFindings(doc)).toEqual([]);
  });
});

describe("signature/prefix: how the prefix stands on its line", () => {
  it("“T/M” alone on its line in a State report: rewritten “TM.” with nothing added", () => {
    expect(prefixFindings(variant(stateReport(), (d) => setCellText(d, SIG, 1, 0, "T/M")))).toEqual([
      {
        severity: "error",
        paragraph: P.signature[0],
        message: "Quyền hạn ký viết “T/M”; văn bản hành chính nhà nước viết “TM.”",
        fix: {
          title: "Sửa thành “TM.”",
          edits: [{ kind: "replaceText", paragraph: P.signature[0], find: "T/M", replace: "TM." }],
        },
      },
    ]);
  });
  it("“T/M” after spaces: the message quotes the prefix without them", () => {
    const found = prefixFindings(variant(stateReport(), (d) => setCellText(d, SIG, 1, 0, "   T/M ỦY BAN NHÂN DÂN")));
    expect(found.map((f) => [f.severity, f.paragraph, f.message])).toEqual([
      ["error", P.signature[0], "Quyền hạn ký viết “T/M”; văn bản hành chính nhà nước viết “TM.”"],
    ]);
  });
});
