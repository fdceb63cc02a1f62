/**
 * The house rules of docs/architecture.md, checked on the import statements of src/: no import cycle (type-only
 * imports count: a cycle of types is still a cycle a reader has to untangle), and dependencies point inward, from the
 * edges (cli, word, taskpane) through the application core to the pure model.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "..", "src");

/** Inner layers first; a module may import its own folder and any folder of a lower rank. */
const RANK: Record<string, number> = {
  model: 0,
  docx: 1,
  directives: 1,
  rules: 2,
  check: 3,
  fixer: 4,
  annotate: 4,
  decisions: 2,
  config: 4,
  matrix: 4,
  templates: 4,
  app: 5,
  cli: 6,
  word: 6,
  taskpane: 6,
};
/** The one edge that may use another: the pane's Word host drives the Word adapter. */
const EDGE_ALLOWED: ReadonlySet<string> = new Set(["taskpane -> word"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Relative imports of a module: static imports and re-exports (type-only included), dynamic import() and require(). */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s[^;]*?\sfrom\s*["'](\.{1,2}\/[^"']+)["']/gms,
    /^\s*import\s*["'](\.{1,2}\/[^"']+)["']/gm,
    /\bimport\(\s*(?:\/\*.*?\*\/\s*)?["'](\.{1,2}\/[^"']+)["']\s*\)/g,
    /\brequire\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) specs.push(m[1]!);
  return specs;
}

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((c) => files.has(c));
}

function importGraph(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const targets = importsOf(readFileSync(f, "utf8"))
      .map((s) => resolveImport(f, s, known))
      .filter((t): t is string => t !== undefined);
    graph.set(f, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const layerOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!;
const show = (file: string): string => relative(SRC, file).split("\\").join("/");

describe("the import graph of src/", () => {
  const graph = importGraph();

  test("is read: every layer is there and the reader sees imports", () => {
    expect(new Set([...graph.keys()].map(layerOf))).toEqual(new Set(Object.keys(RANK)));
    expect(graph.get(join(SRC, "check", "index.ts"))?.map(show)).toEqual(
      expect.arrayContaining(["rules/index.ts", "model/structure/index.ts", "directives/coverage.ts"]),
    );
  });

  test("has no cycle", () => {
    expect(cyclesOf(graph).map((c) => c.map(show))).toEqual([]);
  });

  test("points inward: no module imports a layer above its own", () => {
    const outward: string[] = [];
    for (const [from, targets] of graph) {
      const a = layerOf(from);
      for (const to of targets) {
        const b = layerOf(to);
        if (a === b || EDGE_ALLOWED.has(`${a} -> ${b}`)) continue;
        if (RANK[a] === undefined || RANK[b] === undefined || RANK[b]! >= RANK[a]!)
          outward.push(`${show(from)} -> ${show(to)}`);
      }
    }
    expect(outward).toEqual([]);
  });
});

describe("the cycle finder itself", () => {
  test("finds a two-module cycle and a self-import, and nothing in a chain", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["a", "c"]],
      ["c", ["d"]],
      ["d", []],
      ["e", ["e"]],
    ]);
    expect(cyclesOf(g)).toEqual([["a", "b"], ["e"]]);
    expect(
      cyclesOf(
        new Map([
          ["x", ["y"]],
          ["y", []],
        ]),
      ),
    ).toEqual([]);
  });

  test("reads type-only imports, re-exports and lazy imports", () => {
    const text = [
      'import type { A } from "../model/a";',
      'export { b } from "./b";',
      "const core = import(/* webpackChunkName: \"check\" */ '../app/core');",
      'import {\n  c,\n  d,\n} from "./cd";',
      'import "./side-effect";',
      'import x from "react";',
    ].join("\n");
    expect(importsOf(text).sort()).toEqual(["../app/core", "../model/a", "./b", "./cd", "./side-effect"]);
  });
});
