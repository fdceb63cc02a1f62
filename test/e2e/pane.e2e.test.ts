/**
 * End to end: the production bundle (dist/) as the browser page, in Debian's Chromium driven by playwright-core.
 * Serves dist/ on 127.0.0.1 (no server of ours in the product: this only stands in for "a folder opened in a
 * browser"), blocks every other request (the page must need no CDN), chooses a plan that lacks two directive items,
 * checks that they are flagged, renders a draft for download, saves a 320 px screenshot, and prints the time from
 * navigation to a usable page and the bundle size. Timings are printed, never asserted. The screenshot goes to a
 * temporary folder; `KETLUAN_UPDATE_SCREENSHOTS=1` writes it to assets/screenshot-taskpane.png for the README (a
 * test run never rewrites a tracked file unasked).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); skipped with a message only when it is absent.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { defaultDirectiveSource } from "../../src/directives/seed";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { SpecBlock, SpecParagraph } from "../support/docSpec";
import { partyPlan } from "../support/samples";

const ROOT = resolve(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT =
  process.env["KETLUAN_UPDATE_SCREENSHOTS"] === "1"
    ? join(ROOT, "assets", "screenshot-taskpane.png")
    : join(mkdtempSync(join(tmpdir(), "ketluan-screenshot-")), "screenshot-taskpane.png");
/** The two directive items the test plan leaves out. */
const LEFT_OUT = ["2.4", "2.7"];

const haveChromium = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
if (!haveChromium && process.env["CI"] === "true") {
  throw new Error(`[e2e] ${CHROMIUM} không có trên máy CI / missing in CI: .ci/run must install chromium`);
}
if (!haveChromium) {
  console.warn(
    `[e2e] ${CHROMIUM} không có: bỏ qua kiểm thử đầu-cuối / skipped: install it with apt-get install -y chromium`,
  );
}
const describeE2e = haveChromium ? describe : describe.skip;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.name.startsWith("screenshot-")) continue; // written by this test, not part of the bundle
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with webpack unless it is newer than every source it is made of. */
function ensureBuilt(): void {
  const bundle = join(DIST, "taskpane.js");
  const sources = Math.max(
    newestMtime(join(ROOT, "src")),
    newestMtime(join(ROOT, "assets")),
    statSync(join(ROOT, "webpack.config.js")).mtimeMs,
  );
  if (existsSync(bundle) && existsSync(join(DIST, "taskpane.html")) && statSync(bundle).mtimeMs >= sources) return;
  const t0 = Date.now();
  execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(`[e2e] webpack --mode production: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".txt": "text/plain; charset=utf-8",
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === "/blank") {
      // an empty page of the same origin: starts the renderer before the measured navigation
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end("<!doctype html><title>-</title>");
      return;
    }
    const file = resolve(dir, "." + path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      ok({ server, url: `http://127.0.0.1:${port}/taskpane.html` });
    }),
  );
}

/** A party plan whose section II answers every directive item of the seed except LEFT_OUT, and has a format error. */
function planLackingTwoItems(): Uint8Array {
  const spec = partyPlan();
  const body = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
    type: "paragraph",
    text,
    align: "justify",
    firstLineMm: 12.7,
    spaceAfterPt: 6,
    ...extra,
  });
  const items: SpecBlock[] = [];
  let n = 0;
  for (const item of defaultDirectiveSource().items) {
    if (LEFT_OUT.includes(item.number)) continue;
    n++;
    items.push(body(`${n}. ${item.title}`, { bold: true }));
    for (const task of item.tasks.slice(0, 4)) items.push(body(task.text));
    if (item.tasks.length === 0) items.push(body(item.paragraphs[0] ?? item.title));
  }
  const ii = spec.blocks.findIndex((b) => b.type === "paragraph" && (b.text ?? "").startsWith("II."));
  // replace section II's single paragraph by the item sections; one paragraph in 12 pt (a font/size error)
  spec.blocks.splice(ii + 1, 1, ...items);
  const first = spec.blocks[ii + 2];
  if (first && first.type === "paragraph") first.sizePt = 12;
  return buildDocxFromSpec(spec);
}

function bundleReport(): string {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const lines = files.map((f) => {
    const bytes = readFileSync(join(DIST, f));
    return `  ${f}: ${(bytes.length / 1024).toFixed(1)} KiB (gzip ${(gzipSync(bytes).length / 1024).toFixed(1)} KiB)`;
  });
  const main = readFileSync(join(DIST, "taskpane.js"));
  return [
    `[e2e] production bundle: taskpane.js ${(main.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(main).length / 1024).toFixed(1)} KiB (loaded at start); lazily loaded chunks and all JS:`,
    ...lines,
  ].join("\n");
}

describeE2e("the browser page in Chromium", () => {
  let server: Server;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const external: string[] = [];

  beforeAll(async () => {
    ensureBuilt();
    ({ server, url } = await serve(DIST));
    userDataDir = mkdtempSync(join(tmpdir(), "ketluan-chromium-"));
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 320, height: 900 },
      acceptDownloads: true,
      locale: "vi-VN",
    });
    // no CDN, no server: anything that is not the local dist/ is refused and recorded
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("http://127.0.0.1:") || u.startsWith("blob:") || u.startsWith("data:")) return route.continue();
      external.push(u);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test("navigation → usable page; a plan lacking two items is checked; a screenshot; a draft to download", async () => {
    await page.goto(url.replace(/\/taskpane\.html$/, "/blank"));
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "commit" });
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor({ state: "visible" });
    const usableMs = Date.now() - t0;
    const inPage = await page.evaluate(() => ({
      usable: performance.now(),
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
      dcl: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined)
        ?.domContentLoadedEventEnd,
    }));
    console.log(
      `[e2e] navigation → usable page (tabs visible), first load (empty caches): ${usableMs} ms wall clock; in page: first contentful paint ` +
        `${inPage.fcp?.toFixed(0)} ms, DOMContentLoaded ${inPage.dcl?.toFixed(0)} ms, usable by ${inPage.usable.toFixed(0)} ms ` +
        `(goal < 1000 ms)`,
    );
    // the same page again (browser and code caches warm), as a drafter reopening the pane would see it
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t1 = Date.now();
      await page.goto(`${url}?warm=${i}`, { waitUntil: "commit" });
      await page.getByRole("tab", { name: "Kiểm tra" }).waitFor({ state: "visible" });
      warm.push(Date.now() - t1);
    }
    console.log(`[e2e] navigation → usable page, warm: ${warm.join(", ")} ms`);
    console.log(bundleReport());
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("undefined");
    expect(await page.getByText("Đang chạy ngoài Word:").count()).toBe(1);

    // the keyboard alone reaches "Kiểm tra" (arrow keys move along the tabs, Enter selects)
    await page.getByRole("tab", { name: "Soạn thảo" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");

    // Kiểm tra: choose the plan
    const plan = planLackingTwoItems();
    const model = readDocument(plan);
    await page.getByLabel("Chọn tệp .docx để kiểm tra").setInputFiles({
      name: "ke-hoach-thieu-2-muc.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(plan),
    });
    await page.getByRole("region", { name: "Tóm tắt kết quả" }).waitFor();
    // findings: the 12 pt paragraph is flagged by font/size, with its basis; no Đi tới / Sửa outside Word
    const findings = page.getByRole("region", { name: "Các phát hiện" });
    await findings
      .getByText(/Cỡ chữ/)
      .first()
      .waitFor();
    expect(await findings.getByText(/Căn cứ:/).count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /^Đi tới/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Sửa/ }).count()).toBe(0);

    // coverage: exactly the two left-out items are flagged missing
    const coverage = page.getByRole("region", { name: "Đối chiếu với Kết luận" });
    await coverage.getByRole("list", { name: "Danh sách nhiệm vụ" }).waitFor();
    const missing = await coverage
      .locator('[data-status="missing"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-item")));
    expect(missing.sort()).toEqual(LEFT_OUT);
    expect(await coverage.locator("[data-item]").count()).toBe(defaultDirectiveSource().items.length);
    expect(await page.getByText(`${LEFT_OUT.length} mục còn thiếu`).count()).toBe(1);
    console.log(
      `[e2e] coverage: items ${missing.join(", ")} flagged missing (plan of ${model.paragraphs.length} paragraphs)`,
    );

    // nothing wider than the 320 px pane
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.evaluate(() => window.scrollTo(0, 0));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: SCREENSHOT,
      fullPage: true,
      clip: { x: 0, y: 0, width: 320, height: Math.min(height, 2400) },
    });
    console.log(`[e2e] screenshot: ${SCREENSHOT}`);

    // Soạn thảo: render a draft and download it (templates chunk + .docx template loaded from dist/, no server)
    await page.getByRole("tab", { name: "Soạn thảo" }).click();
    await page.getByRole("combobox", { name: /Cơ quan ban hành/ }).fill("HUYỆN ỦY LỤC NAM");
    await page.getByLabel(/Cơ quan cấp trên/).fill("ĐẢNG BỘ TỈNH BẮC GIANG");
    await page.getByLabel(/Địa danh/).fill("Lục Nam");
    await page.getByLabel(/Họ tên người ký/).fill("Nguyễn Văn An");
    await page.getByLabel(/Số hiệu Kết luận/).fill("125-KL/TU");
    await page.getByLabel(/Ngày của Kết luận/).fill("2023-09-05");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: /Tạo văn bản/ }).click();
    const file = await download;
    const saved = join(userDataDir, file.suggestedFilename());
    await file.saveAs(saved);
    const draft = readDocument(new Uint8Array(readFileSync(saved)));
    expect(file.suggestedFilename()).toBe("ke-hoach-dang.docx");
    expect(draft.paragraphs.some((p) => p.text === "KẾ HOẠCH")).toBe(true);
    expect(draft.paragraphs.some((p) => p.text.includes("HUYỆN ỦY LỤC NAM"))).toBe(true);
    writeFileSync(join(userDataDir, "ok"), "");

    expect(external).toEqual([]);
  }, 120_000);

  test("every tab at 320 px and 360 px: no element runs past the pane's right edge", async () => {
    // scrollWidth alone misses it: the pane clips overflow (a select cut off at its right edge still fits the page)
    const overflowing = (width: number) =>
      page.evaluate((w) => {
        const out: string[] = [];
        for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
          // inside a container that scrolls horizontally on purpose (a wide table), overflow is reachable
          let scrolls = false;
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const ox = getComputedStyle(a).overflowX;
            if ((ox === "auto" || ox === "scroll") && a.getBoundingClientRect().right <= w + 0.5) scrolls = true;
          }
          if (scrolls || (r.right <= w + 0.5 && r.left >= -0.5)) continue;
          // name it by its field's label, as the drafter sees it
          let label = el.getAttribute("aria-label") ?? "";
          for (let a: HTMLElement | null = el; a && !label; a = a.parentElement) {
            label = a.querySelector("label")?.textContent?.trim() ?? "";
          }
          out.push(
            `${el.tagName.toLowerCase()}${label ? `[${label}]` : ""} ${r.left.toFixed(0)}–${r.right.toFixed(0)} px`,
          );
        }
        return out;
      }, width);
    const plan = planLackingTwoItems();
    const report: string[] = [];
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${url}?width=${width}`, { waitUntil: "commit" });
      await page.getByRole("tab", { name: "Kiểm tra" }).waitFor({ state: "visible" });
      // innerText: Fluent keeps a hidden bold copy of each tab's name to reserve its width
      const tabs = (await page.getByRole("tab").allInnerTexts()).map((t) => t.trim());
      expect(tabs.length).toBeGreaterThanOrEqual(3);
      for (const name of tabs) {
        await page.getByRole("tab", { name }).click();
        if (name === "Kiểm tra") {
          // with results on screen: findings, coverage and summary are the widest content of the pane
          await page.getByLabel("Chọn tệp .docx để kiểm tra").setInputFiles({
            name: "ke-hoach-thieu-2-muc.docx",
            mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            buffer: Buffer.from(plan),
          });
          await page.getByRole("region", { name: "Tóm tắt kết quả" }).waitFor();
          await page.getByRole("region", { name: "Đối chiếu với Kết luận" }).getByRole("list").first().waitFor();
        }
        const over = await overflowing(width);
        report.push(`${width} px «${name}»: ${over.length === 0 ? "ok" : over.join("; ")}`);
        expect({ width, tab: name, overflowing: over }).toEqual({ width, tab: name, overflowing: [] });
      }
    }
    console.log(`[e2e] overflow: ${report.join(" | ")}`);
    await page.setViewportSize({ width: 320, height: 900 });
  }, 120_000);

  test("inside an Office host (as Word desktop opens it, with _host_Info) the page asks for office.js first", async () => {
    external.length = 0;
    await page.goto(`${url}?_host_Info=Word$Win32$16.01$vi-VN$$$$0`, { waitUntil: "commit" });
    // the CDN is blocked here, so office.js fails to load: the page must still render (as the browser page)
    await page.getByRole("tab", { name: "Kiểm tra" }).waitFor({ state: "visible" });
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  }, 60_000);
});
