// Lets plain Node scripts (bench, fixture generators) require the TypeScript sources directly:
// each .ts file is transpiled in memory with TypeScript's own transpileModule (no type check, no output files).
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
