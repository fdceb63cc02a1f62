// Writes assets/matrix-dashboard.png, the README's picture of the matrix page: the two periods of drafts of
// test/matrix/drafts.ts (the labelled coverage set written to .docx), the current one compared with the previous one,
// rendered by Debian's Chromium (playwright-core) at 1280 px, the whole page.
// Usage: node -r ./scripts/ts-register.js scripts/screenshot-matrix.ts [OUT.png]   (needs /usr/bin/chromium)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { compareWithPrevious, parseMatrixJson, toJson } from "../src/matrix/json";
import { toHtml } from "../src/matrix/matrix";
import { CURRENT, PREVIOUS, rowsOf, seedColumns } from "../test/matrix/drafts";
import { defaultDirectiveSource } from "../src/directives/seed";

async function main(): Promise<void> {
  process.env["TZ"] = "Asia/Ho_Chi_Minh"; // the times on the page, as the office reads them
  const out = resolve(process.argv[2] ?? join(__dirname, "..", "assets", "matrix-dashboard.png"));
  const columns = seedColumns();
  const title = defaultDirectiveSource().title;
  const previousAt = new Date("2026-09-30T09:00:00+07:00");
  const previous = parseMatrixJson(toJson(rowsOf(PREVIOUS), columns, { sourceTitle: title, generatedAt: previousAt }));
  const rows = rowsOf(CURRENT);
  const changes = compareWithPrevious(rows, columns, previous, title);
  const html = toHtml(rows, columns, { sourceTitle: title, generatedAt: "09:00:00 31/12/2026" }, changes);
  const file = join(mkdtempSync(join(tmpdir(), "ketluan-matrix-shot-")), "ma-tran.html");
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "vi-VN" });
    await page.goto(`file://${file}`);
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out} (${html.length} characters of HTML for ${rows.length} drafts)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
