/**
 * `node -r ./scripts/ts-register.js scripts/dump-paragraphs.ts FILE.docx`: each non-empty paragraph as the reader
 * sees it (index as in the JSON and the pane's Đi tới, `#` and Word's number when automatically numbered, table cell,
 * text), for reading a real document while calibrating a rule.
 */
import { readFileSync } from "node:fs";
import { readDocument } from "../src/docx/reader";

const file = process.argv[2];
if (file === undefined) {
  process.stderr.write("usage: node -r ./scripts/ts-register.js scripts/dump-paragraphs.ts FILE.docx\n");
  process.exit(2);
}
const model = readDocument(new Uint8Array(readFileSync(file)));
for (const p of model.paragraphs) {
  if (p.text.trim() === "") continue;
  const list = p.numbered ? `# ${p.listLabel ?? ""}`.trim() : "";
  const cell = p.cell === undefined ? "" : `[t${p.cell.table}r${p.cell.row}c${p.cell.column}]`;
  console.log(p.index, list, cell, p.text.slice(0, 160).replace(/\n/g, "⏎"));
}
