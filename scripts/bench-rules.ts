// Time per rule on one .docx, as ESLint's TIMING=1 prints it, for `npm run bench`: run in a process of its own, so
// that what the bench did before (the matrix, the browser, the models it keeps) leaves no heap for these checks to
// collect. 10 checks warm the JIT, then 150 are timed; each is a first check (per-paragraph memos cleared). With 30,
// a rule near 10 % of a 9 ms check read anywhere from 9 % to 12 % from one run to the next (a collection of the heap
// lands in whichever rule is running); with 150 it moves by about half a point.
// Prints {"checks": 150, "timings": {rule id: total ms}} on stdout.
import { readFileSync } from "node:fs";
import { checkDocument } from "../src/check";
import { readDocument } from "../src/docx/reader";
import { clearParagraphMemos } from "../src/model/memo";

const WARM_UP = 10;
const CHECKS = 150;

const file = process.argv[2];
if (file === undefined) throw new Error("bench-rules: a .docx to check");
const model = readDocument(new Uint8Array(readFileSync(file)));
const firstCheck = (options?: Parameters<typeof checkDocument>[1]) => {
  clearParagraphMemos();
  return checkDocument(model, options);
};
for (let i = 0; i < WARM_UP; i++) firstCheck();
const timings: Record<string, number> = {};
for (let i = 0; i < CHECKS; i++) firstCheck({ timings });
process.stdout.write(JSON.stringify({ checks: CHECKS, timings }));
