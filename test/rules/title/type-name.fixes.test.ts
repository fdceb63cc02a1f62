/**
 * title/type-name, asserted whole (severity, paragraph, message and the fix offered): a type name left or right
 * aligned, one pushed to the middle with spaces or a Tab, and the “missing” warning with the documents that must not
 * get it (a công văn, whose “V/v ...” line stands in its place; a document with no text at all).
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../../src/check";
import { rule as typeName } from "../../../src/rules/title/type-name";
import { briefFinding as brief } from "../../support/ruleTester";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { blockPara, P, partyPlan, stateReport, variant } from "../../support/samples";

const typeNameFindings = (doc: DocSpec, options: Partial<CheckOptions> = {}) =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [typeName.meta.id], ...options }).findings.map(brief);

const PARTY_LEFT = "Tên loại văn bản căn trái; HD 36-HD/VPTW yêu cầu căn giữa";
const centre = { kind: "setParagraphFormat", paragraph: P.typeName, props: { alignment: "center" } };

describe("title/type-name alignment findings and fixes", () => {
  it("left aligned with nothing before it: an error, the fix only centres it", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 1).align = "left"));
    expect(typeNameFindings(doc)).toEqual([
      { severity: "error", paragraph: P.typeName, message: PARTY_LEFT, fix: { title: "Căn giữa", edits: [centre] } },
    ]);
  });
  it("right aligned in a State report: an error naming “phải”", () => {
    const doc = variant(stateReport(), (d) => (blockPara(d, 1).align = "right"));
    expect(typeNameFindings(doc)).toEqual([
      {
        severity: "error",
        paragraph: P.typeName,
        message: "Tên loại văn bản căn phải; NĐ 30/2020/NĐ-CP yêu cầu căn giữa",
        fix: { title: "Căn giữa", edits: [centre] },
      },
    ]);
  });
  it("one space before it does not push it anywhere: still an error, the fix also drops the space", () => {
    const doc = variant(partyPlan(), (d) => Object.assign(blockPara(d, 1), { align: "left", text: " KẾ HOẠCH" }));
    expect(typeNameFindings(doc)).toEqual([
      {
        severity: "error",
        paragraph: P.typeName,
        message: PARTY_LEFT,
        fix: {
          title: "Căn giữa, bỏ khoảng trắng đầu dòng",
          edits: [centre, { kind: "replaceText", paragraph: P.typeName, find: " KẾ HOẠCH", replace: "KẾ HOẠCH" }],
        },
      },
    ]);
  });
  it("pushed to the middle with spaces: a warning that says so, the fix centres it and drops the spaces", () => {
    const lead = "                        ";
    const doc = variant(partyPlan(), (d) => Object.assign(blockPara(d, 1), { align: "left", text: `${lead}KẾ HOẠCH` }));
    expect(typeNameFindings(doc)).toEqual([
      {
        severity: "warning",
        paragraph: P.typeName,
        message:
          "Tên loại văn bản căn trái rồi đẩy vào giữa bằng dấu cách; HD 36-HD/VPTW trình bày tên loại văn bản căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
        fix: {
          title: "Căn giữa, bỏ khoảng trắng đầu dòng",
          edits: [centre, { kind: "replaceText", paragraph: P.typeName, find: `${lead}KẾ HOẠCH`, replace: "KẾ HOẠCH" }],
        },
      },
    ]);
  });
  it("two spaces are already a push", () => {
    const doc = variant(partyPlan(), (d) => Object.assign(blockPara(d, 1), { align: "left", text: "  KẾ HOẠCH" }));
    expect(typeNameFindings(doc).map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Tên loại văn bản căn trái rồi đẩy vào giữa bằng dấu cách; HD 36-HD/VPTW trình bày tên loại văn bản căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
      ],
    ]);
  });
  it("pushed with Tabs in a State report: the warning names the Tab key", () => {
    const doc = variant(stateReport(), (d) => Object.assign(blockPara(d, 1), { align: "left", text: "\t\t\tBÁO CÁO" }));
    expect(typeNameFindings(doc)).toEqual([
      {
        severity: "warning",
        paragraph: P.typeName,
        message:
          "Tên loại văn bản căn trái rồi đẩy vào giữa bằng phím Tab; NĐ 30/2020/NĐ-CP trình bày tên loại văn bản căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
        fix: {
          title: "Căn giữa, bỏ khoảng trắng đầu dòng",
          edits: [centre, { kind: "replaceText", paragraph: P.typeName, find: "\t\t\tBÁO CÁO", replace: "BÁO CÁO" }],
        },
      },
    ]);
  });
  it("centred with spaces before it: nothing to say about the alignment", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 1).text = "   KẾ HOẠCH"));
    expect(typeNameFindings(doc)).toEqual([]);
  });
});

describe("title/type-name: no type name", () => {
  it("a Party plan without one: a warning with the whole message, pointing at no paragraph", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 1).text = ""));
    expect(typeNameFindings(doc)).toEqual([
      {
        severity: "warning",
        paragraph: null,
        message:
          "Không thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO ...) trên một dòng riêng dưới phần đầu; HD 36-HD/VPTW yêu cầu ghi tên loại văn bản",
      },
    ]);
  });
  it("a công văn: its “V/v ...” line stands in place of the type name, nothing said", () => {
    const doc = variant(partyPlan(), (d) => (blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận số 125-KL/TU"));
    expect(typeNameFindings(doc)).toEqual([]);
  });
  it("a document of blank paragraphs (spaces only): nothing to look for", () => {
    const doc: DocSpec = {
      ...partyPlan(),
      blocks: [
        { type: "paragraph", text: "   " },
        { type: "paragraph", text: "" },
      ],
    };
    expect(typeNameFindings(doc, { profile: "party" })).toEqual([]);
  });
});
