/**
 * signature/prefix, asserted whole (rule, severity, paragraph, message and the fix offered): the prefix rewritten in the
 * profile's form, a prefix the profile has no form for, and a Party committee's signature without its “T/M” line.
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

describe("signature/prefix findings and fixes", () => {
  it("a State “T/M”: rewritten “TM.” in place, the rest of the line kept", () => {
    expect(prefixFindings(variant(stateReport(), (d) => setCellText(d, SIG, 1, 0, "T/M ỦY BAN NHÂN DÂN")))).toEqual([
      {
        severity: "error",
        paragraph: P.signature[0],
        message: "Quyền hạn ký viết “T/M”; văn bản hành chính nhà nước viết “TM.”",
        fix: { title: "Sửa thành “TM.”", edits: [{ kind: "replaceText", paragraph: 21, find: "T/M", replace: "TM." }] },
      },
    ]);
  });
  it("a Party “TM.”: rewritten “T/M”", () => {
    expect(prefixFindings(variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "TM. BAN THƯỜNG VỤ")))).toEqual([
      {
        severity: "error",
        paragraph: P.signature[0],
        message: "Quyền hạn ký viết “TM.”; văn bản của Đảng viết “T/M”",
        fix: { title: "Sửa thành “T/M”", edits: [{ kind: "replaceText", paragraph: 21, find: "TM.", replace: "T/M" }] },
      },
    ]);
  });
  it("“TUQ.” in a Party document: the Party has no such form, the three it has are named, no fix", () => {
    expect(prefixFindings(variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "TUQ. BAN THƯỜNG VỤ")))).toEqual([
      {
        severity: "error",
        paragraph: P.signature[0],
        message: "Quyền hạn ký viết “TUQ.”; văn bản của Đảng viết “T/M”, “K/T”, “T/L”",
      },
    ]);
  });
  it("a huyện ủy's signature without “T/M”: said with the issuer's name", () => {
    expect(prefixFindings(variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "BAN THƯỜNG VỤ")))).toEqual([
      {
        severity: "error",
        paragraph: P.signature[0],
        message:
          "Văn bản của cấp ủy thiếu dòng “T/M ...” (thay mặt) trước chức vụ người ký “BAN THƯỜNG VỤ”; HD 36-HD/VPTW yêu cầu ghi “T/M BAN THƯỜNG VỤ” hoặc “T/M HUYỆN ỦY LỤC NAM”",
      },
    ]);
  });
  it("a ban of the huyện ủy is no committee: its head signs without “T/M”", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, 0, 0, 1, "BAN TUYÊN GIÁO HUYỆN ỦY");
      setCellText(d, SIG, 1, 0, "TRƯỞNG BAN");
    });
    expect(prefixFindings(doc)).toEqual([]);
  });
  it("a State issuer is never a Party committee: “ĐẢNG ỦY” in a State profile needs no “T/M”", () => {
    const doc = variant(stateReport(), (d) => {
      setCellText(d, 0, 0, 1, "ĐẢNG ỦY KHỐI CƠ QUAN");
      setCellText(d, SIG, 1, 0, "BÍ THƯ");
      setCellText(d, SIG, 1, 1, "");
    });
    expect(prefixFindings(doc)).toEqual([]);
  });
});
