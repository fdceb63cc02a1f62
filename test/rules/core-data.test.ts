/**
 * The typed data of the rules (src/rules/data/index.ts) and the profile look-ups (src/rules/profiles/index.ts): an
 * office that edits a JSON file is told exactly which entry is wrong; a document's date picks the legal basis in force
 * that day, both ends of each basis's period included; a type name picks an internal document type by whole word.
 */
import { abbreviationDataOf, recipientPolicyData, ABBREVIATION_DATA, RECIPIENT_POLICY } from "../../src/rules/data";
import { internalDocumentTypeOf, legalBasisFor, PROFILES } from "../../src/rules/profiles";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("recipient policy: every recipient a profile requires is declared", () => {
  it("the shipped policy passes", () => {
    expect(recipientPolicyData(clone(RECIPIENT_POLICY), "policy.json").profiles).toEqual(RECIPIENT_POLICY.profiles);
  });

  it("one undeclared key: the file, its JSON path and the key", () => {
    const json = clone(RECIPIENT_POLICY);
    json.profiles.state.report = ["leadership", "provincialOfice"];
    expect(() => recipientPolicyData(json, "policy.json")).toThrow(
      'policy.json: $.profiles.state.report[1]: "provincialOfice" is not a recipient of $.recipients',
    );
  });

  it("several: each one listed", () => {
    const json = clone(RECIPIENT_POLICY);
    json.profiles.party.plan = ["chairman"];
    json.profiles.party.other = ["leadership", "office"];
    expect(() => recipientPolicyData(json, "policy.json")).toThrow(
      "policy.json: 2 problems:\n" +
        '  $.profiles.party.plan[0]: "chairman" is not a recipient of $.recipients\n' +
        '  $.profiles.party.other[1]: "office" is not a recipient of $.recipients',
    );
  });

  it("a type with no list requires nothing", () => {
    const json = clone(RECIPIENT_POLICY);
    delete json.profiles.state.plan;
    expect(recipientPolicyData(json, "policy.json").profiles.state.plan).toBeUndefined();
  });
});

describe("abbreviation lists: every list a profile takes is declared", () => {
  it("the shipped lists pass", () => {
    expect(abbreviationDataOf(clone(ABBREVIATION_DATA), "abbr.json").profiles).toEqual(ABBREVIATION_DATA.profiles);
  });

  it("an undeclared list: the file, its JSON path and the name", () => {
    const json = clone(ABBREVIATION_DATA);
    json.profiles.party.lists = [...json.profiles.party.lists, "sports"];
    const at = json.profiles.party.lists.length - 1;
    expect(() => abbreviationDataOf(json, "abbr.json")).toThrow(
      `abbr.json: $.profiles.party.lists[${at}]: "sports" is not a list of $.lists`,
    );
  });
});

describe("legal basis in force on the document's date", () => {
  const party = PROFILES.party;
  it("HD 36 up to and including 8 January 2026, QĐ 399 from 9 January 2026", () => {
    expect(legalBasisFor(party, "2018-04-03").short).toBe("HD 36-HD/VPTW");
    expect(legalBasisFor(party, "2026-01-08").short).toBe("HD 36-HD/VPTW");
    expect(legalBasisFor(party, "2026-01-09").short).toBe("QĐ 399-QĐ/TW và HD 05-HD/VPTW");
  });
  it("before the first basis, or with no date: the newest", () => {
    expect(legalBasisFor(party, "2018-04-02").short).toBe("QĐ 399-QĐ/TW và HD 05-HD/VPTW");
    expect(legalBasisFor(party, undefined).short).toBe("QĐ 399-QĐ/TW và HD 05-HD/VPTW");
    expect(legalBasisFor(PROFILES.state, "2025-06-30").short).toBe("NĐ 30/2020/NĐ-CP");
  });
});

describe("internal document types by type name", () => {
  const state = PROFILES.state;
  it("the type name as a whole word at the start, in any case", () => {
    expect(internalDocumentTypeOf(state, "PHIẾU TRÌNH")?.typeName).toBe("PHIẾU TRÌNH");
    expect(internalDocumentTypeOf(state, "Phiếu trình giải quyết công việc")?.typeName).toBe("PHIẾU TRÌNH");
    // Decomposed (NFD) text as some editors save it is the same name.
    expect(internalDocumentTypeOf(state, "PHIẾU TRÌNH".normalize("NFD"))?.typeName).toBe("PHIẾU TRÌNH");
  });
  it("a type whose name ends in a Vietnamese letter (“PHIẾU XỬ LÝ”), as an office may add one", () => {
    const office = {
      ...state,
      internalDocumentTypes: [{ ...state.internalDocumentTypes[0]!, typeName: "PHIẾU XỬ LÝ" }],
    };
    // before: never matched (\b took “Ý” for a non-word character), so its errors stayed errors
    expect(internalDocumentTypeOf(office, "PHIẾU XỬ LÝ")?.typeName).toBe("PHIẾU XỬ LÝ");
    expect(internalDocumentTypeOf(office, "Phiếu xử lý văn bản đến")?.typeName).toBe("PHIẾU XỬ LÝ");
    expect(internalDocumentTypeOf(office, "PHIẾU XỬ LÝÊ")).toBeUndefined();
    // a name saved decomposed (NFD) in the profile is the same name
    const nfd = {
      ...office,
      internalDocumentTypes: [{ ...office.internalDocumentTypes[0]!, typeName: "Phiếu xử lý".normalize("NFD") }],
    };
    expect(internalDocumentTypeOf(nfd, "PHIẾU XỬ LÝ")).toBeDefined();
  });
  it("not inside another name, nor another type", () => {
    expect(internalDocumentTypeOf(state, "TỜ TRÌNH")).toBeUndefined();
    expect(internalDocumentTypeOf(state, "BÁO CÁO PHIẾU TRÌNH")).toBeUndefined();
    expect(internalDocumentTypeOf(state, undefined)).toBeUndefined();
  });
});
