/**
 * A small schema language for the data files an office edits (the profiles, the recipient policy, the citation
 * register, the word lists, the template texts): a schema checks a file's JSON once, when its module loads, and gives
 * the TypeScript type of the data (`Infer`), so the type the code reads and the shape the file is checked against are
 * one declaration and cannot drift. A key the schema does not declare is an error, as Vale's `ErrorUnused`: a mistyped
 * "toleranceMM" would otherwise be ignored in silence and the rule would run without it. Messages name the file and
 * the JSON path ("src/rules/profiles/state.json: $.rules["page/size"].toleranceMM: unknown key").
 *
 * Not ajv or another JSON Schema library: ajv compiles each schema with `new Function`, which the content security
 * policy of an Office add-in's pane may forbid (no 'unsafe-eval'), and it would add its weight to the pane's bundle to
 * check about 40 kB of data that ships with the code. Pure and dependency-free: imports nothing.
 */

/** A checked shape of JSON values of type T. */
export interface Schema<T> {
  /** What a value must be, for messages: "a string", "\"portrait\" or \"landscape\"". */
  readonly expected: string;
  /**
   * Whether `value`, found at `path` ("$.rules[\"page/size\"]"), has this shape. Each problem found is appended to
   * `issues` as "<path>: <what is wrong>"; the value conforms when none is.
   */
  conforms(value: unknown, path: string, issues: string[]): value is T;
}

/** A key of an object schema that may be absent. */
export interface OptionalSchema<T> extends Schema<T> {
  readonly optional: true;
}

/** The type of the values a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** The keys of an object schema, each with the schema of its value. */
export type Shape = Readonly<Record<string, Schema<unknown>>>;

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never;
}[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };

/** The type of an object schema's values: its optional keys with `?`. */
export type ObjectOf<S extends Shape> = Flat<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    -readonly [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

/** The data of one file did not conform: every problem, one a line, each with its JSON path. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly string[],
  ) {
    super(`${file}: ${issues.length === 1 ? issues[0]! : `${issues.length} problems:\n  ${issues.join("\n  ")}`}`);
    this.name = "DataError";
  }
}

/** `value` (a data file's parsed JSON) as T, or a DataError naming `file` and each JSON path that does not conform. */
export function parseData<T>(schema: Schema<T>, value: unknown, file: string): T {
  const issues: string[] = [];
  if (schema.conforms(value, "$", issues)) return value;
  throw new DataError(file, issues.length > 0 ? issues : [`$: expected ${schema.expected}`]);
}

/* ---------- paths and messages ---------- */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The JSON path of `key` inside `path`: `$.rules.margins`, or `$.rules["page/size"]` for a key that is no name. */
export function keyPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function shown(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function mismatch(path: string, expected: string, value: unknown): string {
  return `${path}: expected ${expected}, found ${shown(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A schema from a test on the value alone. */
function primitive<T>(expected: string, test: (value: unknown) => boolean): Schema<T> {
  return {
    expected,
    conforms(value: unknown, path: string, issues: string[]): value is T {
      if (test(value)) return true;
      issues.push(mismatch(path, expected, value));
      return false;
    },
  };
}

/* ---------- combinators ---------- */

/** A string; with `pattern`, one that matches it (`what` says what it is in messages: "an ISO date"). */
export function string(pattern?: RegExp, what?: string): Schema<string> {
  const expected = pattern === undefined ? "a string" : (what ?? `a string matching ${String(pattern)}`);
  return primitive(expected, (v) => typeof v === "string" && (pattern === undefined || pattern.test(v)));
}

/** A calendar date written as ISO "YYYY-MM-DD" (dates compare as strings). */
export function isoDate(): Schema<string> {
  return string(/^\d{4}-\d{2}-\d{2}$/, "an ISO date (YYYY-MM-DD)");
}

/** A finite number. */
export function number(): Schema<number> {
  return primitive("a number", (v) => typeof v === "number" && Number.isFinite(v));
}

export function boolean(): Schema<boolean> {
  return primitive("true or false", (v) => typeof v === "boolean");
}

/** One of the given values: `literal("portrait", "landscape")`, `literal(null)`. */
export function literal<const T extends readonly (string | number | boolean | null)[]>(
  ...values: T
): Schema<T[number]> {
  const expected = values.map((v) => JSON.stringify(v)).join(" or ");
  return primitive(expected, (v) => values.some((x) => x === v));
}

/**
 * One of the words of a type declared elsewhere (model/vocabulary): `oneOf<Firmness>({ firm: true, ... })`. The
 * record must name every member of T and nothing else, so the schema follows the vocabulary at compile time.
 */
export function oneOf<T extends string>(members: Readonly<Record<T, true>>): Schema<T> {
  const values = Object.keys(members);
  const expected = values.map((v) => JSON.stringify(v)).join(" or ");
  return primitive(expected, (v) => typeof v === "string" && Object.hasOwn(members, v));
}

/** An array whose every element has the item's shape. */
export function array<T>(item: Schema<T>): Schema<T[]> {
  return {
    expected: `an array of ${item.expected}`,
    conforms(value: unknown, path: string, issues: string[]): value is T[] {
      if (!Array.isArray(value)) {
        issues.push(mismatch(path, "an array", value));
        return false;
      }
      const before = issues.length;
      value.forEach((v, i) => item.conforms(v, `${path}[${i}]`, issues));
      return issues.length === before;
    },
  };
}

/** An object with any keys (keys matching `key` when given), every value of the value's shape. */
export function record<T>(value: Schema<T>, key?: Schema<string>): Schema<Record<string, T>> {
  return {
    expected: `an object of ${value.expected}`,
    conforms(v: unknown, path: string, issues: string[]): v is Record<string, T> {
      if (!isRecord(v)) {
        issues.push(mismatch(path, "an object", v));
        return false;
      }
      const before = issues.length;
      for (const [k, x] of Object.entries(v)) {
        const at = keyPath(path, k);
        if (key !== undefined && !key.conforms(k, at, []))
          issues.push(`${at}: key not allowed (expected ${key.expected})`);
        value.conforms(x, at, issues);
      }
      return issues.length === before;
    },
  };
}

/** A key of an object that may be absent. */
export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  return { expected: schema.expected, conforms: schema.conforms, optional: true };
}

function isOptional(schema: Schema<unknown>): boolean {
  return "optional" in schema && schema.optional === true;
}

/**
 * An object with exactly these keys: every key of `shape` not optional is required, and a key `shape` does not
 * declare is an error (with the declared key it most likely meant, when one differs only in case).
 */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const declared = Object.keys(shape);
  const byLowerCase = new Map(declared.map((k) => [k.toLowerCase(), k]));
  return {
    expected: "an object",
    conforms(value: unknown, path: string, issues: string[]): value is ObjectOf<S> {
      if (!isRecord(value)) {
        issues.push(mismatch(path, "an object", value));
        return false;
      }
      const before = issues.length;
      for (const k of Object.keys(value)) {
        if (Object.hasOwn(shape, k)) continue;
        const meant = byLowerCase.get(k.toLowerCase());
        issues.push(`${keyPath(path, k)}: unknown key${meant === undefined ? "" : ` (did you mean "${meant}"?)`}`);
      }
      for (const k of declared) {
        const schema = shape[k]!;
        const v = value[k];
        if (v === undefined) {
          if (!isOptional(schema)) issues.push(`${keyPath(path, k)}: missing (expected ${schema.expected})`);
        } else schema.conforms(v, keyPath(path, k), issues);
      }
      return issues.length === before;
    },
  };
}

/**
 * A value of one of the shapes. When none conforms, the problems reported are those of the first shape the value
 * is at least of the kind of (an object for an object schema), else that it is none of them.
 */
export function union<const S extends readonly Schema<unknown>[]>(...schemas: S): Schema<Infer<S[number]>> {
  const expected = schemas.map((s) => s.expected).join(" or ");
  return {
    expected,
    conforms(value: unknown, path: string, issues: string[]): value is Infer<S[number]> {
      const found: string[][] = [];
      for (const s of schemas) {
        const own: string[] = [];
        if (s.conforms(value, path, own)) return true;
        found.push(own);
      }
      const sameKind = found.find((own) => !own.some((x) => x.startsWith(`${path}: expected `)));
      issues.push(...(sameKind ?? [mismatch(path, expected, value)]));
      return false;
    },
  };
}

/** A value of the shape, or null ("not checked" in a profile). */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  const either = union(schema, literal(null));
  return {
    expected: either.expected,
    conforms: (value, path, issues): value is T | null => either.conforms(value, path, issues),
  };
}
