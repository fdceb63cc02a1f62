/**
 * End to end: the matrix page (ketluan matrix's HTML, two periods of drafts from test/matrix/drafts.ts, the second
 * compared with the first) opened from disk in Debian's Chromium driven by playwright-core, every request outside the
 * file refused. Checks that the charts are drawn (bars with a size), that the filters hide rows and redraw the
 * charts, and that without scripts the page still shows every row and both charts. The screenshot goes to a
 * temporary folder only; the README's picture is written by scripts/screenshot-matrix.ts.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`); skipped with a message only when it is absent.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { compareWithPrevious, parseMatrixJson, toJson } from "../../src/matrix/json";
import { toHtml } from "../../src/matrix/matrix";
import { CURRENT, PREVIOUS, rowsOf, seedColumns } from "../matrix/drafts";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env["CI"] === "true") {
  throw new Error(`[e2e] ${CHROMIUM} không có trên máy CI / missing in CI: .ci/run must install chromium`);
}
if (!haveChromium) {
  console.warn(
    `[e2e] ${CHROMIUM} không có: bỏ qua kiểm thử ma trận / skipped: install it with apt-get install -y chromium`,
  );
}
const describeE2e = haveChromium ? describe : describe.skip;

const columns = seedColumns();
const rows = rowsOf(CURRENT);
const previous = parseMatrixJson(
  toJson(rowsOf(PREVIOUS), columns, { sourceTitle: "Kết luận", generatedAt: new Date("2026-09-30T02:00:00Z") }),
);
const changes = compareWithPrevious(rows, columns, previous, "Kết luận");
const html = toHtml(rows, columns, { sourceTitle: "Kết luận", generatedAt: "31/12/2026" }, changes);
const dir = mkdtempSync(join(tmpdir(), "ketluan-matrix-e2e-"));
const file = join(dir, "ma-tran.html");
writeFileSync(file, html);
const huyenUy = rows.filter((r) => /^(HUYỆN|THÀNH) ỦY|^BAN TUYÊN GIÁO/.test(r.issuer)).length;

interface Bar {
  item: string;
  total: number;
  segments: { status: string; count: number; width: number }[];
}

/** Each item bar's segments: the count it claims and the width Chromium lays out. */
function readBars(page: Page): Promise<Bar[]> {
  return page.$$eval("#chart-items g.bar", (groups) =>
    groups.map((g) => ({
      item: (g as SVGGElement).dataset["item"] ?? "",
      total: Number(g.closest("svg")!.getAttribute("data-total")),
      segments: Array.from(g.querySelectorAll("rect.seg")).map((r) => ({
        status: r.getAttribute("data-status") ?? "",
        count: Number(g.getAttribute(`data-${r.getAttribute("data-status") ?? ""}`)),
        width: r.getBoundingClientRect().width,
      })),
    })),
  );
}

describeE2e("the matrix page in Chromium", () => {
  let browser: Browser;
  const external: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(javaScriptEnabled: boolean): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled,
      locale: "vi-VN",
    });
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith("file://")) return route.continue();
      external.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    return page;
  }

  test("draws a bar per item and per issuer, sized by the counts", async () => {
    const page = await open(true);
    const bars = await readBars(page);
    expect(bars.map((b) => b.item)).toEqual(columns.map((c) => c.item));
    for (const b of bars) {
      expect(b.total).toBe(rows.length);
      const full = b.segments.reduce((s, x) => s + x.width, 0);
      expect(full).toBeGreaterThan(100);
      for (const s of b.segments) {
        // every status with drafts gets a visible segment, in proportion to its count
        expect([b.item, s.status, s.count > 0, s.width > 0]).toEqual([b.item, s.status, s.count > 0, s.count > 0]);
        expect(s.width).toBeCloseTo((s.count / b.total) * full, 0);
      }
    }
    const issuerBars = await page.$$eval("#chart-issuers g.issuer", (gs) =>
      gs.map((g) => ({
        covered: Number(g.getAttribute("data-covered")),
        width: g.querySelector('rect[data-status="covered"]')!.getBoundingClientRect().width,
        track: g.querySelector("rect.track")!.getBoundingClientRect().width,
      })),
    );
    expect(issuerBars.length).toBeGreaterThan(5);
    for (const b of issuerBars) {
      expect(b.track).toBeGreaterThan(100);
      expect(b.width > 0).toBe(b.covered > 0);
    }
    const shot = join(dir, "matrix-dashboard.png");
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(external).toEqual([]);
    await page.context().close();
  }, 60_000);

  test("a filter by issuer kind hides its rows and its issuers, and the item chart counts only what is shown", async () => {
    const page = await open(true);
    await expect(page.locator("#filters").isVisible()).resolves.toBe(true);
    await expect(page.locator("#matrix tbody tr:visible").count()).resolves.toBe(rows.length);
    await page.getByRole("checkbox", { name: /Huyện ủy, Thành ủy, Thị ủy/ }).uncheck();
    await expect(page.locator("#matrix tbody tr:visible").count()).resolves.toBe(rows.length - huyenUy);
    await expect(page.locator('#matrix tbody tr[data-kind="huyen-uy"]:visible').count()).resolves.toBe(0);
    await expect(page.locator("#shown").textContent()).resolves.toBe(
      `Đang hiển thị ${rows.length - huyenUy}/${rows.length} tệp.`,
    );
    const bars = await readBars(page);
    const shown = rows.filter((r) => !/^(HUYỆN|THÀNH) ỦY|^BAN TUYÊN GIÁO/.test(r.issuer));
    for (const b of bars) {
      expect(b.total).toBe(shown.length);
      for (const s of b.segments) {
        expect([b.item, s.status, s.count]).toEqual([
          b.item,
          s.status,
          shown.filter((r) => r.cells[b.item]?.status === s.status).length,
        ]);
      }
    }
    await expect(page.locator('#chart-issuers g.issuer[data-kind="huyen-uy"]:visible').count()).resolves.toBe(0);
    await expect(page.locator('#chart-issuers g.issuer[data-kind="ubnd"]:visible').count()).resolves.toBeGreaterThan(0);

    // a status filter on top: the drafts that changed since the previous report
    await page.getByRole("checkbox", { name: /Huyện ủy, Thành ủy, Thị ủy/ }).check();
    await page.locator('select[name="status"]').selectOption("changed");
    const changed = await page.$$eval("#matrix tbody tr", (trs) =>
      (trs as HTMLTableRowElement[]).filter((tr) => !tr.hidden).map((tr) => tr.cells[0]!.textContent),
    );
    expect(changed.map((t) => t!.replace(/ mới$/, ""))).toEqual(
      rows
        .filter((_, i) => changes.rows[i]!.appeared || Object.keys(changes.rows[i]!.cells).length > 0)
        .map((r) => r.file),
    );
    // a status at one item
    await page.locator('select[name="status"]').selectOption("missing");
    await page.locator('select[name="item"]').selectOption("2.1");
    await expect(page.locator("#matrix tbody tr:visible").count()).resolves.toBe(
      rows.filter((r) => r.cells["2.1"]?.status === "missing").length,
    );
    await page.context().close();
  }, 60_000);

  test("without scripts: every row, both charts, no filters", async () => {
    const page = await open(false);
    await expect(page.locator("#filters").isVisible()).resolves.toBe(false);
    await expect(page.locator("#matrix tbody tr:visible").count()).resolves.toBe(rows.length);
    const bars = await readBars(page);
    expect(bars).toHaveLength(columns.length);
    expect(bars.every((b) => b.segments.reduce((s, x) => s + x.width, 0) > 100)).toBe(true);
    await page.context().close();
  }, 60_000);
});
