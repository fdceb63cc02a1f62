import { readFileSync } from "node:fs";
import { readDocument } from "../src/docx/reader";
const m = readDocument(new Uint8Array(readFileSync(process.argv[2]!)));
for (const p of m.paragraphs) if (p.text.trim()) console.log(p.index, p.numbered ? "#" : " ", p.cell ? `[t${p.cell.table}r${p.cell.row}c${p.cell.column}]` : "", p.text.slice(0, 160).replace(/\n/g, "⏎"));
