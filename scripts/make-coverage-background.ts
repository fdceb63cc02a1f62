// Writes the background frequencies of the coverage matcher into src/directives/data/boilerplate.json ("common"):
// for every word pair (matcher tokens: NFC, lower case, tone marks folded) in at least MIN documents of a folder of
// real Word documents, the number of documents holding it, grouped by that number. The matcher weighs a word pair of
// a directive item less the more documents of any subject use it ("thương mại", "dịch vụ", "người đứng đầu"), so a
// passing mention of a common word does not answer an item whose substance is in its rare words ("sàn thương mại
// điện tử", "thanh toán không dùng tiền mặt"). Only counts leave the corpus, no text.
// Usage: node -r ./scripts/ts-register.js scripts/make-coverage-background.ts /work/corpus/vbai
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { matchKey, matchTokens } from "../src/directives/tokens";
import { readDocument } from "../src/docx/reader";

const MIN = 10;
const root = path.join(__dirname, "..");
const file = path.join(root, "src", "directives", "data", "boilerplate.json");

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error("usage: make-coverage-background.ts DIR");
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as {
    phrases: string[];
    stopwords: string[];
    common?: unknown;
  };
  const stop = new Set(data.stopwords.map(matchKey));
  const df = new Map<string, number>();
  let documents = 0;
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith(".docx"))
    .sort()) {
    let paragraphs: string[];
    try {
      paragraphs = readDocument(new Uint8Array(fs.readFileSync(path.join(dir, f)))).paragraphs.map((p) => p.text);
    } catch {
      continue;
    }
    documents++;
    const seen = new Set<string>();
    for (const text of paragraphs) {
      const t = matchTokens(text);
      for (let i = 0; i + 1 < t.length; i++) {
        const a = t[i]!;
        const b = t[i + 1]!;
        if (/\d/.test(a) || /\d/.test(b) || stop.has(a) || stop.has(b)) continue;
        seen.add(`${a} ${b}`);
      }
    }
    for (const g of seen) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const byDocuments: Record<string, string[]> = {};
  for (const [g, d] of [...df].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    if (d < MIN) continue;
    (byDocuments[String(d)] ??= []).push(g);
  }
  const common = {
    $comment: `Word pairs (matcher tokens) in at least ${MIN} of ${documents} real documents of a provincial People's Committee office (plans, reports, official letters of every subject), by the number of documents holding them; written by scripts/make-coverage-background.ts. The matcher weighs a pair of a directive item by log(documents / n) / log(documents / ${MIN}): the commoner in documents of any subject, the less it says which item a paragraph answers.`,
    documents,
    minDocuments: MIN,
    byDocuments,
  };
  const out = { ...data, common };
  const options = (await prettier.resolveConfig(file)) ?? {};
  fs.writeFileSync(file, await prettier.format(JSON.stringify(out), { ...options, filepath: file }));
  console.log(`${documents} documents, ${Object.values(byDocuments).flat().length} common word pairs`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
