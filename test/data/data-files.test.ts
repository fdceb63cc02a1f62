/**
 * Every data file under src/ is checked against its schema when the module that reads it loads (src/model/schema.ts):
 * the shipped files pass, and a mistyped key, a value of the wrong type or a missing key stops the module from
 * loading, with a message naming the file and the JSON path. Each case loads the real module with the file edited.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

/** A data file and the module that reads it. */
interface DataFile {
  json: string;
  module: string;
}

const FILES: DataFile[] = [
  { json: "src/rules/profiles/party.json", module: "src/rules/profiles" },
  { json: "src/rules/profiles/state.json", module: "src/rules/profiles" },
  { json: "src/rules/data/recipient-policy.json", module: "src/rules/data" },
  { json: "src/rules/data/citation-register.json", module: "src/rules/data" },
  { json: "src/rules/data/text.json", module: "src/rules/data" },
  { json: "src/rules/data/abbreviations.json", module: "src/rules/data" },
  { json: "src/rules/data/dates.json", module: "src/rules/data" },
  { json: "src/rules/data/typing.json", module: "src/rules/data" },
  { json: "src/rules/data/numbering.json", module: "src/rules/data" },
  { json: "src/rules/data/plan.json", module: "src/rules/plan/vocabulary" },
  { json: "src/templates/clause-library.json", module: "src/templates/clauses" },
  { json: "src/templates/recipient-lists.json", module: "src/templates/recipients" },
  { json: "src/directives/data/boilerplate.json", module: "src/directives/coverage" },
  { json: "src/directives/data/synonyms.json", module: "src/directives/coverage" },
  { json: "src/directives/data/topics.json", module: "src/directives/parse" },
  { json: "src/directives/data/bodies.json", module: "src/directives/recipients" },
  { json: "src/matrix/issuer-kinds.json", module: "src/matrix/issuer-kind" },
];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
  );
}

function readJson(file: string): Json {
  return JSON.parse(readFileSync(join(ROOT, file), "utf8")) as Json;
}

/** The object or array holding the last key of `path`, and that key. */
function parentOf(root: Json, path: Key[]): [Json[] | { [key: string]: Json }, Key] {
  let node: Json = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") throw new Error(`no ${path.join(".")}`);
    const next: Json | undefined = Array.isArray(node) ? node[Number(key)] : node[String(key)];
    if (next === undefined) throw new Error(`no ${path.join(".")}`);
    node = next;
  }
  if (node === null || typeof node !== "object") throw new Error(`no ${path.join(".")}`);
  return [node, path[path.length - 1]!];
}

type Edit = { rename: string } | { set: Json } | { remove: true };

/** A copy of `data` with one edit at `path` (which must exist). */
function edited(data: Json, path: Key[], edit: Edit): Json {
  const copy = structuredClone(data);
  const [parent, key] = parentOf(copy, path);
  if (Array.isArray(parent)) {
    if (!("set" in edit)) throw new Error("only set in an array");
    parent[Number(key)] = edit.set;
    return copy;
  }
  const name = String(key);
  if (!(name in parent)) throw new Error(`no ${path.join(".")}`);
  if ("set" in edit) parent[name] = edit.set;
  else {
    const value = parent[name]!;
    delete parent[name];
    if ("rename" in edit) parent[edit.rename] = value;
  }
  return copy;
}

/** The message the module's loading throws with `json` replaced by `data`; undefined when it loads. */
function loadError(file: DataFile, data: Json): string | undefined {
  let message: string | undefined;
  jest.isolateModules(() => {
    jest.doMock(join(ROOT, file.json), () => data);
    try {
      jest.requireActual(join(ROOT, file.module));
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
  });
  jest.dontMock(join(ROOT, file.json));
  return message;
}

describe("the data files", () => {
  it("every JSON file under src/ is read through a schema (listed here)", () => {
    const found = jsonFiles(join(ROOT, "src")).map((f) => relative(ROOT, f).split("\\").join("/"));
    expect(found.sort()).toEqual(FILES.map((f) => f.json).sort());
  });

  it.each(FILES)("$json, as shipped, passes its schema", (file) => {
    expect(loadError(file, readJson(file.json))).toBeUndefined();
  });
});

/** [file, path, edit, the problems reported (after "<file>: ")]. */
const CASES: [string, Key[], Edit, string][] = [
  [
    "src/rules/profiles/state.json",
    ["rules", "page/margins", "toleranceMm"],
    { rename: "toleranceMM" },
    '2 problems:\n  $.rules["page/margins"].toleranceMM: unknown key (did you mean "toleranceMm"?)\n' +
      '  $.rules["page/margins"].toleranceMm: missing (expected a number)',
  ],
  [
    "src/rules/profiles/state.json",
    ["rules", "page/size", "widthMm"],
    { set: "210" },
    '$.rules["page/size"].widthMm: expected a number, found "210"',
  ],
  [
    "src/rules/profiles/state.json",
    ["rules", "page/size", "clause"],
    { remove: true },
    '$.rules["page/size"].clause: missing (expected a string)',
  ],
  [
    "src/rules/profiles/state.json",
    ["rules", "body/paragraph", "alignment", "severity"],
    { set: "warn" },
    '$.rules["body/paragraph"].alignment.severity: expected "error" or "warning" or "info", found "warn"',
  ],
  [
    "src/rules/profiles/state.json",
    ["rules", "header/national-title", "title", "format", "tolerated", "note"],
    { rename: "notes" },
    '$.rules["header/national-title"].title.format.tolerated.notes: unknown key',
  ],
  [
    "src/rules/profiles/state.json",
    ["legalBases", 0, "effectiveFrom"],
    { set: "05/3/2020" },
    '$.legalBases[0].effectiveFrom: expected an ISO date (YYYY-MM-DD), found "05/3/2020"',
  ],
  [
    "src/rules/profiles/party.json",
    ["rules", "recipients/label", "format", "underline"],
    { set: "true" },
    '$.rules["recipients/label"].format.underline: expected true or false or null, found "true"',
  ],
  [
    "src/rules/profiles/party.json",
    ["internalDocumentTypes", 0, "note"],
    { remove: true },
    "$.internalDocumentTypes[0].note: missing (expected a string)",
  ],
  [
    "src/rules/data/recipient-policy.json",
    ["recipients", "leadership", "anyOf"],
    { rename: "anyof" },
    '2 problems:\n  $.recipients.leadership.anyof: unknown key (did you mean "anyOf"?)\n' +
      "  $.recipients.leadership.anyOf: missing (expected an array of a string)",
  ],
  [
    "src/rules/data/recipient-policy.json",
    ["profiles", "state", "plan", 1],
    { set: "provincialOfice" },
    '$.profiles.state.plan[1]: "provincialOfice" is not a recipient of $.recipients',
  ],
  [
    "src/rules/data/citation-register.json",
    ["documents", 1, "date"],
    { set: "02/6/2023" },
    '$.documents[1].date: expected an ISO date (YYYY-MM-DD), found "02/6/2023"',
  ],
  [
    "src/rules/data/citation-register.json",
    ["provincialPlan", "period"],
    { remove: true },
    "$.provincialPlan.period: missing (expected a string)",
  ],
  [
    "src/rules/data/text.json",
    ["reduplications"],
    { set: "từ từ" },
    '$.reduplications: expected an array, found "từ từ"',
  ],
  [
    "src/rules/data/abbreviations.json",
    ["profiles", "state", "lists", 0],
    { set: "stateTypeCode" },
    '$.profiles.state.lists[0]: "stateTypeCode" is not a list of $.lists',
  ],
  [
    "src/rules/data/dates.json",
    ["reportPeriods", "monthsBeforeEnd", "year"],
    { set: "1" },
    '$.reportPeriods.monthsBeforeEnd.year: expected a number, found "1"',
  ],
  [
    "src/rules/data/typing.json",
    ["pairWindow", "quotes"],
    { remove: true },
    "$.pairWindow.quotes: missing (expected a number)",
  ],
  [
    "src/rules/data/numbering.json",
    ["vietnameseLetters"],
    { set: "abc" },
    '$.vietnameseLetters: expected an array, found "abc"',
  ],
  [
    "src/templates/clause-library.json",
    ["clauses", 0, "paragraphs", 0, "kind"],
    { set: "h3" },
    '$.clauses[0].paragraphs[0].kind: expected "h1" or "h2" or "p", found "h3"',
  ],
  [
    "src/templates/clause-library.json",
    ["closing", 0, "profiles", 0],
    { set: "State" },
    '$.closing[0].profiles[0]: expected "party" or "state", found "State"',
  ],
  [
    "src/templates/recipient-lists.json",
    ["state", "archive"],
    { rename: "archives" },
    "2 problems:\n  $.state.archives: unknown key\n  $.state.archive: missing (expected a string)",
  ],
  ["src/directives/data/boilerplate.json", ["phrases", 0], { set: 1 }, "$.phrases[0]: expected a string, found 1"],
  [
    "src/directives/data/synonyms.json",
    ["groups", 0, "canonical"],
    { remove: true },
    "$.groups[0].canonical: missing (expected a string)",
  ],
  [
    "src/directives/data/topics.json",
    ["groups", 0, "name"],
    { rename: "title" },
    "2 problems:\n  $.groups[0].title: unknown key\n  $.groups[0].name: missing (expected a string)",
  ],
  [
    "src/directives/data/bodies.json",
    ["levels", 0, "abbr"],
    { remove: true },
    "$.levels[0].abbr: missing (expected a string)",
  ],
  [
    "src/matrix/issuer-kinds.json",
    ["kinds", 0, "prefixes"],
    { set: "huyện ủy" },
    '$.kinds[0].prefixes: expected an array, found "huyện ủy"',
  ],
];

describe("an edited data file stops its module from loading, naming the file and the JSON path", () => {
  it.each(CASES)("%s %j %j", (json, path, edit, problems) => {
    const file = FILES.find((f) => f.json === json)!;
    expect(loadError(file, edited(readJson(json), path, edit))).toBe(`${json}: ${problems}`);
  });
});
