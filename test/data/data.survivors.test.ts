/**
 * The rules' data files (src/rules/data/index.ts) as an office meets them: each shipped file is what the rules read;
 * a file edited with a key the schema does not declare (a "comment" left in the JSON) stops the load with that
 * file's name and the key; a recipient policy that leaves a document type without a list requires nothing for it.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  ABBREVIATION_DATA,
  CITATION_REGISTER,
  DATE_DATA,
  NUMBERING_DATA,
  RECIPIENT_POLICY,
  recipientPolicyData,
  TEXT_DATA,
  TYPING_DATA,
} from "../../src/rules/data";
import { loadError as loadModuleError } from "./loadError";

const ROOT = resolve(__dirname, "..", "..");

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, file), "utf8")) as Record<string, unknown>;

const loadError = (file: string, data: unknown): string | undefined => loadModuleError("src/rules/data", file, data);

const FILES: [string, unknown][] = [
  ["src/rules/data/recipient-policy.json", RECIPIENT_POLICY],
  ["src/rules/data/citation-register.json", CITATION_REGISTER],
  ["src/rules/data/text.json", TEXT_DATA],
  ["src/rules/data/abbreviations.json", ABBREVIATION_DATA],
  ["src/rules/data/dates.json", DATE_DATA],
  ["src/rules/data/typing.json", TYPING_DATA],
  ["src/rules/data/numbering.json", NUMBERING_DATA],
];

describe("each data file", () => {
  it.each(FILES)("%s, as shipped, is what the rules read", (file, data) => {
    expect(data).toEqual(readJson(file));
  });

  it.each(FILES)("%s with a comment key added: the file and the key", (file) => {
    const json = { ...readJson(file), comment: "sửa theo công văn 12/VP" };
    expect(loadError(file, json)).toBe(`${file}: $.comment: unknown key`);
  });
});

describe("recipient policy: a document type without a list", () => {
  it("a type whose list is left undefined (a policy built in code) requires nothing", () => {
    const json = structuredClone(RECIPIENT_POLICY);
    json.profiles.state = { ...json.profiles.state, report: undefined };
    const policy = recipientPolicyData(json, "policy.json");
    expect(policy.profiles.state.report).toBeUndefined();
    expect(policy.profiles.state.plan).toEqual(RECIPIENT_POLICY.profiles.state.plan);
  });
});
