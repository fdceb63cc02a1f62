/**
 * The profiles (src/rules/profiles/index.ts) as an office meets them: the shipped files are what the rules read; a
 * value out of its list, in the JSON or in the style sheet's overlay, is refused with the file, the key and the
 * values allowed; an overlay changes exactly the values it names; the legal basis and the internal document types
 * are looked up as the profile lists them.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { officeConfig } from "../../src/config";
import { DataError } from "../../src/model/schema";
import {
  internalDocumentTypeOf,
  legalBasisFor,
  profileData,
  PROFILES,
  type ProfileData,
  type ProfileRules,
} from "../../src/rules/profiles";
import { loadError as loadModuleError } from "./loadError";

const ROOT = resolve(__dirname, "..", "..");
const PARTY_JSON = "src/rules/profiles/party.json";
const STATE_JSON = "src/rules/profiles/state.json";

const readJson = (file: string): ProfileData => JSON.parse(readFileSync(join(ROOT, file), "utf8")) as ProfileData;

/** The message a check throws; undefined when it passes. */
function messageOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return e.message;
  }
}

/** The party profile's JSON with one rule's value replaced. */
function partyWith(rule: keyof ProfileRules, key: string, value: unknown): unknown {
  const json = readJson(PARTY_JSON) as unknown as { rules: Record<string, Record<string, unknown>> };
  json.rules[rule]![key] = value;
  return json;
}

const loadError = (file: string, data: unknown): string | undefined =>
  loadModuleError("src/rules/profiles", file, data);

describe("the shipped profiles are what the rules read", () => {
  it("one profile per id, party and state, each its file's values as written", () => {
    expect(Object.keys(PROFILES).sort()).toEqual(["party", "state"]);
    expect(PROFILES.party).toEqual(readJson(PARTY_JSON));
    expect(PROFILES.state).toEqual(readJson(STATE_JSON));
    expect(PROFILES.party.id).toBe("party");
    expect(PROFILES.state.rules["page/size"].widthMm).toBe(210);
  });

  it("a profile's JSON that passes is given back as it is", () => {
    const json = readJson(STATE_JSON);
    expect(profileData(json, "state.json")).toBe(json);
  });

  it.each([
    [PARTY_JSON, "src/rules/profiles/party.json"],
    [STATE_JSON, "src/rules/profiles/state.json"],
  ])("an edited %s stops the load, naming that file", (file, named) => {
    const json = readJson(file) as unknown as Record<string, unknown>;
    json.ghiChu = "sửa ngày 12/3";
    expect(loadError(file, json)).toBe(`${named}: $.ghiChu: unknown key`);
  });
});

describe("a value out of its list is refused with the key and the values allowed", () => {
  it.each([
    ["page/size", "orientation", "ngang", '$.rules["page/size"].orientation: expected "portrait" or "landscape"'],
    ["page/numbers", "place", "bottom", '$.rules["page/numbers"].place: expected "header" or "footer"'],
    [
      "header/party-title",
      "position",
      "middle",
      '$.rules["header/party-title"].position: expected "right" or "left" or "center"',
    ],
    ["recipients/block", "column", "both", '$.rules["recipients/block"].column: expected "left" or "right" or "any"'],
  ] as const)("%s %s: %j", (rule, key, value, problem) => {
    expect(messageOf(() => profileData(partyWith(rule, key, value), "party.json"))).toBe(
      `party.json: ${problem}, found "${value}"`,
    );
  });

  it("a profile id other than party or state", () => {
    const json = { ...readJson(STATE_JSON), id: "State" };
    expect(messageOf(() => profileData(json, "state.json"))).toBe(
      'state.json: $.id: expected "party" or "state", found "State"',
    );
  });

  it("in the style sheet's overlay: the path in the style sheet", () => {
    const sheet = { profiles: { party: { "page/size": { orientation: "Landscape" } } } };
    expect(messageOf(() => officeConfig(sheet, "ketluan.config.json", []))).toBe(
      'ketluan.config.json: $.profiles.party["page/size"].orientation: expected "portrait" or "landscape", ' +
        'found "Landscape"',
    );
  });
});

describe("a valid overlay changes exactly the values it names", () => {
  it.each([
    ["page/size", "orientation", "landscape"],
    ["page/numbers", "place", "footer"],
    ["header/party-title", "position", "left"],
    ["header/party-title", "position", "center"],
    ["recipients/block", "column", "right"],
    ["recipients/block", "column", "any"],
  ] as const)("party %s %s: %j", (rule, key, value) => {
    const config = officeConfig({ profiles: { party: { [rule]: { [key]: value } } } }, "ketluan.config.json", []);
    expect(config.profiles.party).toEqual(partyWith(rule, key, value));
    expect(config.profiles.state).toBe(PROFILES.state);
    // the shipped profile is left as it was
    expect(PROFILES.party).toEqual(readJson(PARTY_JSON));
  });
});

describe("look-ups on the profile's lists", () => {
  it("an internal type whose name has a full stop: matched as written, the stop not a wildcard", () => {
    const profile = profileData(
      {
        ...readJson(STATE_JSON),
        internalDocumentTypes: [{ typeName: "P.TRÌNH", note: "phiếu trình viết tắt", calibration: "3 văn bản" }],
      },
      "state.json",
    );
    expect(internalDocumentTypeOf(profile, "P.TRÌNH GIẢI QUYẾT CÔNG VIỆC")?.note).toBe("phiếu trình viết tắt");
    expect(internalDocumentTypeOf(profile, "p.trình")?.typeName).toBe("P.TRÌNH");
    expect(internalDocumentTypeOf(profile, "PXTRÌNH")).toBeUndefined();
  });

  it("legal bases listed newest first: a date in the open-ended one picks it", () => {
    const party = readJson(PARTY_JSON);
    const profile = profileData({ ...party, legalBases: [...party.legalBases].reverse() }, "party.json");
    expect(legalBasisFor(profile, "2026-03-01").short).toBe("QĐ 399-QĐ/TW và HD 05-HD/VPTW");
    expect(legalBasisFor(profile, "2025-12-31").short).toBe("HD 36-HD/VPTW");
  });
});
