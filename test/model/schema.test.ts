/**
 * The schema language of the data files (src/model/schema.ts): what each combinator accepts, the JSON path and the
 * wording of what it reports, and the TypeScript type it gives (checked by `tsc`, the `@ts-expect-error` lines).
 */
import {
  array,
  boolean,
  DataError,
  isoDate,
  literal,
  nullable,
  number,
  object,
  oneOf,
  optional,
  parseData,
  record,
  string,
  union,
  type Infer,
  type Schema,
} from "../../src/model/schema";
import type { Firmness } from "../../src/model/vocabulary";

/** The problems `schema` finds in `value`, [] when it conforms. */
function issuesOf<T>(schema: Schema<T>, value: unknown): string[] {
  const issues: string[] = [];
  const ok = schema.conforms(value, "$", issues);
  expect(ok).toBe(issues.length === 0);
  return issues;
}

describe("primitives", () => {
  it("a string, a finite number, true or false", () => {
    expect(issuesOf(string(), "a")).toEqual([]);
    expect(issuesOf(string(), 1)).toEqual(["$: expected a string, found 1"]);
    expect(issuesOf(number(), 2.5)).toEqual([]);
    expect(issuesOf(number(), "2.5")).toEqual(['$: expected a number, found "2.5"']);
    expect(issuesOf(number(), Number.NaN)).toEqual(["$: expected a number, found NaN"]);
    expect(issuesOf(boolean(), false)).toEqual([]);
    expect(issuesOf(boolean(), null)).toEqual(["$: expected true or false, found null"]);
  });

  it("an ISO date", () => {
    expect(issuesOf(isoDate(), "2020-03-05")).toEqual([]);
    expect(issuesOf(isoDate(), "05/3/2020")).toEqual(['$: expected an ISO date (YYYY-MM-DD), found "05/3/2020"']);
  });

  it("literals, and the words of a vocabulary type", () => {
    expect(issuesOf(literal("portrait", "landscape"), "landscape")).toEqual([]);
    expect(issuesOf(literal("portrait", "landscape"), "Landscape")).toEqual([
      '$: expected "portrait" or "landscape", found "Landscape"',
    ]);
    const firmness = oneOf<Firmness>({ firm: true, practice: true, unsure: true });
    expect(issuesOf(firmness, "practice")).toEqual([]);
    expect(issuesOf(firmness, "toString")).toEqual(['$: expected "firm" or "practice" or "unsure", found "toString"']);
  });

  it("shortens a long value in the message", () => {
    expect(issuesOf(number(), "x".repeat(100))).toEqual([`$: expected a number, found "${"x".repeat(38)}…`]);
  });
});

describe("objects", () => {
  const page = object({ widthMm: number(), "page/size": optional(string()), note: optional(string()) });

  it("names an unknown key (Vale's ErrorUnused), with the declared key it differs from only in case", () => {
    expect(issuesOf(page, { widthMm: 210, WidthMM: 210, extra: 1 })).toEqual([
      '$.WidthMM: unknown key (did you mean "widthMm"?)',
      "$.extra: unknown key",
    ]);
  });

  it("names a missing key, and accepts an optional one absent", () => {
    expect(issuesOf(page, {})).toEqual(["$.widthMm: missing (expected a number)"]);
    expect(issuesOf(page, { widthMm: 210 })).toEqual([]);
  });

  it("writes keys that are not identifiers in brackets, array elements by index", () => {
    const rules = object({ rules: record(object({ forms: array(string()) })) });
    expect(issuesOf(rules, { rules: { "signature/prefix": { forms: ["TM.", 3] } } })).toEqual([
      '$.rules["signature/prefix"].forms[1]: expected a string, found 3',
    ]);
  });

  it("is not an array or null", () => {
    expect(issuesOf(page, [])).toEqual(["$: expected an object, found an array"]);
    expect(issuesOf(page, null)).toEqual(["$: expected an object, found null"]);
  });

  it("does not take the prototype's names for declared keys", () => {
    expect(issuesOf(object({}), { constructor: 1 })).toEqual(["$.constructor: unknown key"]);
  });

  it("reports every problem, not only the first", () => {
    expect(issuesOf(object({ a: number(), b: string() }), { a: "1", b: 2 })).toEqual([
      '$.a: expected a number, found "1"',
      "$.b: expected a string, found 2",
    ]);
  });
});

describe("records, unions, nullable values", () => {
  it("a record checks every value, and its keys when given a key schema", () => {
    expect(issuesOf(record(string()), { "KẾ HOẠCH": "KH", "BÁO CÁO": 1 })).toEqual([
      '$["BÁO CÁO"]: expected a string, found 1',
    ]);
    expect(issuesOf(record(number(), literal("a", "b")), { a: 1, c: 2 })).toEqual([
      '$.c: key not allowed (expected "a" or "b")',
    ]);
  });

  it("a union reports the problems of the shape the value is of the kind of", () => {
    const range = object({ min: number(), max: number() });
    expect(issuesOf(nullable(range), null)).toEqual([]);
    expect(issuesOf(nullable(range), { min: 1, max: 2, maxx: 3 })).toEqual(["$.maxx: unknown key"]);
    expect(issuesOf(union(range, literal(false)), { min: 1, max: 2 })).toEqual([]);
    expect(issuesOf(union(range, literal(false)), { min: 1 })).toEqual(["$.max: missing (expected a number)"]);
    expect(issuesOf(union(range, literal(false)), "20")).toEqual(['$: expected an object or false, found "20"']);
  });
});

describe("parseData", () => {
  const schema = object({ id: string(), size: number() });

  it("gives the value when it conforms", () => {
    const value = { id: "state", size: 14 };
    expect(parseData(schema, value, "x.json")).toBe(value);
  });

  it("throws a DataError naming the file and each path", () => {
    expect(() => parseData(schema, { id: "state", size: "14" }, "src/x.json")).toThrow(
      new DataError("src/x.json", ['$.size: expected a number, found "14"']),
    );
    let error: unknown;
    try {
      parseData(schema, { size: "14" }, "src/x.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect(error).toMatchObject({
      file: "src/x.json",
      issues: ["$.id: missing (expected a string)", '$.size: expected a number, found "14"'],
      message: 'src/x.json: 2 problems:\n  $.id: missing (expected a string)\n  $.size: expected a number, found "14"',
    });
  });
});

describe("the inferred types (checked by tsc)", () => {
  it("optional keys are optional, literals stay literal, nullable adds null", () => {
    const schema = object({
      place: literal("header", "footer"),
      sizePt: nullable(object({ min: number(), max: number() })),
      note: optional(string()),
      forms: array(string()),
    });
    type Data = Infer<typeof schema>;
    const ok: Data = { place: "header", sizePt: null, forms: [] };
    // @ts-expect-error: "side" is not a place
    const badPlace: Data = { place: "side", sizePt: null, forms: [] };
    // @ts-expect-error: forms is required
    const noForms: Data = { place: "footer", sizePt: { min: 1, max: 2 } };
    // @ts-expect-error: toleranceMM is not declared
    const extra: Data = { place: "header", sizePt: null, forms: [], toleranceMM: 1 };
    expect([ok, badPlace, noForms, extra].map((d) => issuesOf(schema, d).length)).toEqual([0, 1, 1, 1]);
  });

  it("oneOf must list every word of the vocabulary, and nothing else", () => {
    // @ts-expect-error: "unsure" is missing
    oneOf<Firmness>({ firm: true, practice: true });
    // @ts-expect-error: "soft" is not a firmness
    oneOf<Firmness>({ firm: true, practice: true, unsure: true, soft: true });
  });
});
