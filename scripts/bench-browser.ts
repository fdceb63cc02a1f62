/**
 * The browser page's part of `npm run bench`: the production bundle (dist/, built when older than its sources) served
 * on 127.0.0.1, opened fresh in Debian's Chromium (playwright-core) for every run, a file chosen, and the time until
 * the results are on screen; with the page's own timing of the check (read, rules + coverage: User Timing entries the
 * page records). The file is chosen once the page has warmed its checker up (the "ketluan:warm" mark, within 10 s),
 * as it has by the time a drafter has found the file. Returns undefined when Chromium is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const ROOT = resolve(__dirname, "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";

export interface BrowserRun {
  /** From choosing the file to the summary of results on screen. */
  toResultsMs: number;
  readMs: number;
  rulesMs: number;
  /** When the page had warmed its checker up (the "ketluan:warm" mark), from the start of navigation; NaN: never. */
  warmAtMs: number;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const bundle = join(DIST, "taskpane.js");
  const sources = Math.max(newestMtime(join(ROOT, "src")), statSync(join(ROOT, "webpack.config.js")).mtimeMs);
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function benchBrowser(docx: Uint8Array, runs: number): Promise<BrowserRun[] | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  ensureBuilt();
  const server = createServer((req, res) => {
    const file = resolve(DIST, "." + decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/taskpane.html`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox"] });
  const out: BrowserRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 360, height: 900 }, locale: "vi-VN" });
      // the page as a drafter finds it: loaded, its check chunk fetched after first paint
      await page.goto(url, { waitUntil: "networkidle" });
      await page.getByRole("tab", { name: "Kiểm tra" }).click();
      const input = page.getByLabel("Chọn tệp .docx để kiểm tra");
      await input.waitFor({ state: "attached" });
      // a drafter takes a few seconds to choose a file: the page warms its checker up meanwhile (src/app/warmup)
      const warmAtMs = await page
        .waitForFunction(() => performance.getEntriesByName("ketluan:warm")[0]?.startTime, undefined, {
          timeout: 10_000,
        })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => NaN);
      const t0 = Date.now();
      await input.setInputFiles({
        name: "ke-hoach-100-trang.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: Buffer.from(docx),
      });
      await page.getByRole("region", { name: "Tóm tắt kết quả" }).waitFor();
      const toResultsMs = Date.now() - t0;
      const [readMs, rulesMs] = await page.evaluate(() =>
        ["ketluan:read", "ketluan:rules"].map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN),
      );
      out.push({ toResultsMs, readMs: readMs!, rulesMs: rulesMs!, warmAtMs });
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
