// Runs the TypeScript scripts of scripts/ with plain Node, and lets them require the TypeScript sources directly:
//   node -r ./scripts/ts-register.js scripts/<name>.ts [args]   (the npm scripts in package.json do this)
// Each .ts file is transpiled in memory with TypeScript's own transpileModule when it is first required (no type
// check, no output files); `npm run typecheck` checks the scripts with the rest of the tree (tsconfig.json).
"use strict";
const fs = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = function compileTs(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  });
  module._compile(out.outputText, filename);
};
