#!/usr/bin/env node
// The CLI is bundled into dist-cli/cli/main.js by `npm run build:cli` (run automatically by `npm install`).
"use strict";
let main;
try {
  ({ main } = require("../dist-cli/cli/main.js"));
} catch {
  process.stderr.write(
    "ketluan: chưa biên dịch dòng lệnh, hãy chạy `npm install` hoặc `npm run build:cli` / the CLI is not built: run `npm run build:cli`\n",
  );
  process.exit(2);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`ketluan: lỗi nội bộ / internal error: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
