// `npm start`: chạy máy chủ phát triển https (webpack serve, cổng 3000) và, trên Windows/macOS, nạp phần bổ trợ vào
// Word trên máy (office-addin-debugging). Trên Linux không có Word cho máy tính: in hướng dẫn dùng Word trên web.
// `npm start`: runs the https dev server (webpack serve, port 3000); on Windows/macOS also sideloads the add-in into
// desktop Word with office-addin-debugging; on Linux (no desktop Word) prints how to use Word on the web instead.
//
// Options: --no-sideload   only serve (do not start desktop Word)
// Stop with Ctrl+C, or `npm stop` from another terminal.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");
export const MANIFEST = path.join(ROOT, "manifest.xml");
const PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
export const PAGE = `https://localhost:${PORT}/taskpane.html`;
const READY_TIMEOUT_MS = 180_000;
const DESKTOP_WORD = process.platform === "win32" || process.platform === "darwin";

// ------------------------------------------------------------------------------------------ state shared with stop.ts

/** What `npm start` records about the running dev server. */
export interface DevServerState {
  pid: number;
  serverPid: number | undefined;
  port: number;
  startedAt: string;
}

/** Where `npm start` records its process id, so that `npm stop` stops exactly this process and nothing else. */
export const STATE_FILE = path.join(
  os.tmpdir(),
  `ketluan-dev-server-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.json`,
);

function writeState(state: DevServerState): void {
  try {
    fs.writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  } catch {
    // without the record, `npm stop` cannot stop the server; Ctrl+C still does
  }
}

export function readState(): DevServerState | null {
  try {
    return JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as DevServerState;
  } catch {
    return null;
  }
}

export function clearState(pid?: number): void {
  const state = readState();
  if (state && (pid === undefined || state.pid === pid)) {
    try {
      fs.unlinkSync(STATE_FILE);
    } catch {
      // already gone
    }
  }
}

/** true if `pid` is alive and, as far as the OS lets us see, is a node process running this start script. */
export function isOurStartProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException | null)?.code !== "EPERM") return false;
  }
  try {
    if (process.platform === "linux") return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("start.ts");
    if (process.platform === "win32") {
      const out = execFileSync("tasklist", ["/FI", `PID eq ${pid}`, "/FO", "CSV", "/NH"], { encoding: "utf8" });
      return /node/i.test(out);
    }
    return execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" }).includes("start.ts");
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------------ helpers

/** The JS file behind a package's bin, run with this node (no shell, no .cmd shims on Windows). */
export function binScript(pkg: string, name?: string): string {
  const pkgJson = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const { bin } = JSON.parse(fs.readFileSync(pkgJson, "utf8")) as { bin?: string | Record<string, string> };
  const rel = typeof bin === "string" ? bin : bin?.[name || pkg];
  if (rel === undefined) throw new Error(`${pkg} has no command ${name || pkg}`);
  return path.join(path.dirname(pkgJson), rel);
}

function say(lines: string[]): void {
  console.log(lines.join("\n"));
}

export function message(err: unknown): string | undefined {
  return String((err instanceof Error && err.message) || err)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)[0];
}

/** Resolves true when the page answers over https (any certificate: we only want to know it is up). */
function pageIsUp(): Promise<boolean> {
  return new Promise((resolve) => {
    const req = https.get(PAGE, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
  });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function webInstructions(): string[] {
  return [
    "",
    "──────────────────────────────────────────────────────────────────────────────",
    " Trợ lý soạn thảo đang chạy / the dev server is running",
    "",
    ` Trang trình duyệt / browser page:  ${PAGE}`,
    "   (lần đầu, nếu trình duyệt cảnh báo chứng chỉ: mở trang này và chấp nhận /",
    "    first time, if the browser warns about the certificate: open it and accept)",
    "",
    " Dùng trong Word trên web / use it in Word on the web (https://www.office.com):",
    "   1. Mở một tài liệu Word / open a Word document.",
    "   2. Chèn → Phần bổ trợ → Phần bổ trợ của tôi → Tải lên phần bổ trợ của tôi",
    "      Insert → Add-ins → My Add-ins → Upload My Add-in",
    "      (bản mới: Trang đầu → Phần bổ trợ → Thêm phần bổ trợ / newer: Home → Add-ins → More Add-ins)",
    `   3. Chọn tệp / choose:  ${MANIFEST}`,
    "   4. Nút “Trợ lý soạn thảo” xuất hiện ở thẻ Trang đầu / the button appears on the Home tab.",
    "",
    " Dừng / stop: Ctrl+C (hoặc / or `npm stop`). Chi tiết / details: docs/sideloading.md",
    "──────────────────────────────────────────────────────────────────────────────",
    "",
  ];
}

// ------------------------------------------------------------------------------------------ steps

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: Error;
}

/** How the dev server ended, for the error message ("" while it still runs). */
function exitReason(exited: ChildExit | null): string {
  return exited && exited.error ? `: ${message(exited.error)}` : exited ? ` (exit code ${exited.code})` : "";
}

/** Starts `webpack serve --mode development` as a child and resolves once the page answers. */
async function startDevServer(): Promise<ChildProcess> {
  const webpackCli = binScript("webpack-cli");
  console.log(`[ketluan] Khởi động máy chủ phát triển / starting the dev server: webpack serve (${PAGE})`);
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
    env: process.env,
  });

  let exited: ChildExit | null = null;
  child.on("exit", (code, signal) => {
    exited = { code, signal };
  });
  child.on("error", (err) => {
    exited = { code: 1, signal: null, error: err };
  });

  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (exited) break;
    if (await pageIsUp()) return child;
    await delay(1000);
  }
  if (!exited) child.kill();
  const why = exitReason(exited);
  throw new Error(
    `máy chủ phát triển không khởi động được / the dev server did not start${why}. ` +
      `Xem thông báo của webpack ở trên / see webpack's output above; cổng ${PORT} có bị dùng chưa? / is port ${PORT} in use?`,
  );
}

/** Windows/macOS: sideload into desktop Word. Never throws: a failure ends with instructions to do it by hand. */
function sideloadDesktopWord(): Promise<boolean> {
  return new Promise((resolve) => {
    let script: string;
    try {
      script = binScript("office-addin-debugging");
    } catch (err) {
      console.warn(`[ketluan] office-addin-debugging không có / is not installed: ${message(err)}`);
      resolve(false);
      return;
    }
    console.log(
      "[ketluan] Nạp phần bổ trợ vào Word trên máy / sideloading into desktop Word (office-addin-debugging)…",
    );
    // The dev server is already listening, so office-addin-debugging finds the port in use and does not start another.
    const args = [
      script,
      "start",
      MANIFEST,
      "desktop",
      "--app",
      "word",
      "--no-debug",
      "--dev-server-port",
      String(PORT),
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "inherit", env: process.env });
    child.on("error", (err) => {
      console.warn(`[ketluan] Không chạy được / could not run office-addin-debugging: ${message(err)}`);
      resolve(false);
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function main(): Promise<number> {
  const noSideload = process.argv.includes("--no-sideload");

  if (await pageIsUp()) {
    say([
      `[ketluan] Máy chủ phát triển đã chạy sẵn / a dev server is already running at ${PAGE}.`,
      "[ketluan] Không khởi động thêm / not starting another one (dừng nó bằng Ctrl+C ở cửa sổ kia hoặc `npm stop`).",
    ]);
    if (DESKTOP_WORD && !noSideload) await sideloadDesktopWord();
    say(webInstructions());
    return 0;
  }

  const server = await startDevServer();
  writeState({ pid: process.pid, serverPid: server.pid, port: PORT, startedAt: new Date().toISOString() });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[ketluan] Đang dừng máy chủ phát triển / stopping the dev server (${signal})…`);
    clearState(process.pid);
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));
  const done = new Promise<number>((resolve) => {
    server.on("exit", (code, signal) => {
      clearState(process.pid);
      resolve(stopping || signal ? 0 : (code ?? 1));
    });
  });

  if (DESKTOP_WORD && !noSideload) {
    const ok = await sideloadDesktopWord();
    if (!ok) {
      say([
        "[ketluan] Chưa nạp được vào Word trên máy / could not sideload into desktop Word.",
        "[ketluan] Làm thủ công theo docs/sideloading.md, hoặc dùng Word trên web như dưới đây.",
        "[ketluan] Sideload by hand (docs/sideloading.md) or use Word on the web as below.",
      ]);
    }
  } else if (!DESKTOP_WORD) {
    console.log(
      "[ketluan] Linux: không có Word cho máy tính / no desktop Word — dùng Word trên web / use Word on the web.",
    );
  }
  say(webInstructions());

  return done;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`[ketluan] Lỗi / error: ${message(err)}`);
      clearState(process.pid);
      process.exitCode = 1;
    },
  );
}
