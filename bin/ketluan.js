#!/usr/bin/env node
// The CLI is bundled into dist-cli/cli/main.js by `npm run build:cli` (run automatically by `npm install`).
// The build also leaves V8's code cache of that bundle beside it (main.js.cache, made by running one check), so a
// start compiles nothing it has compiled before; a cache from another Node version is rejected by V8 and ignored.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { dirname, join } = require("node:path");
const Module = require("node:module");
const vm = require("node:vm");

// Regular expressions go straight to machine code. A check runs some 200 of them over every paragraph, and V8's
// default (a bytecode version first, compiled again to machine code once it runs twice) compiles each one twice:
// ~20 ms of a 300 ms check of a 100-page plan (npm run bench). Set before the bundle and its code cache are loaded:
// the cache is written by this same file (V8 rejects a cache made under other flags).
require("node:v8").setFlagsFromString("--no-regexp-tier-up");
// No pretenuring by allocation site: the XML parser makes hundreds of thousands of objects that all live until the
// model is built, and when V8 decided, part-way through a document, to allocate them in the old generation, it threw
// away the parser's optimised code (a "code dependencies" deopt) and compiled it again, twice per run: 286 → 262 ms
// on the Word-written 100-page plan of npm run bench, the same peak memory.
require("node:v8").setFlagsFromString("--no-allocation-site-pretenuring");
// Optimise only what stays hot: V8 sends a function to its optimising compiler once it has run ~66 KB of bytecode
// (its default budget); a command that lives a quarter of a second then pays, on two cores, for compiling functions
// it is about to stop calling. With 300 KB: 267 → 245 ms on the compact 100-page plan, 266 → 257 ms on the
// Word-written one, 908 → 761 ms for `matrix` over 100 drafts, even on a 14,000-paragraph file (npm run bench and
// alternating pairs, this machine); the output is the same.
require("node:v8").setFlagsFromString("--interrupt-budget=300000");

const bundle = join(__dirname, "..", "dist-cli", "cli", "main.js");
const cacheFile = `${bundle}.cache`;
const writeCache = process.env.KETLUAN_WRITE_CODE_CACHE === "1";

let main;
let script;
try {
  const code = readFileSync(bundle, "utf8");
  let cachedData;
  try {
    if (!writeCache) cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  script = new vm.Script(Module.wrap(code), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  ({ main } = module.exports);
} catch {
  process.stderr.write(
    "ketluan: chưa biên dịch dòng lệnh, hãy chạy `npm install` hoặc `npm run build:cli` / the CLI is not built: run `npm run build:cli`\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    if (writeCache) writeFileSync(cacheFile, script.createCachedData());
    // Leave as soon as what was written is flushed: left to end by itself, the process first lets V8 finish the
    // garbage collection it has begun (10–20 ms on a 100-page plan), for a heap about to be thrown away.
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
  },
  (err) => {
    process.stderr.write(`ketluan: lỗi nội bộ / internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
