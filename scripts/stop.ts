// `npm stop`: gỡ phần bổ trợ đã nạp vào Word trên máy (Windows/macOS, office-addin-debugging stop) và dừng máy chủ
// phát triển do `npm start` khởi động. Không tìm thấy thì hướng dẫn dừng bằng Ctrl+C.
// `npm stop`: unregisters the add-in sideloaded into desktop Word (Windows/macOS: office-addin-debugging stop) and
// stops the dev server that `npm start` started; otherwise explains how to stop it (Ctrl+C).
import { spawnSync } from "node:child_process";
import { binScript, clearState, isOurStartProcess, MANIFEST, message, readState } from "./start";

const DESKTOP_WORD = process.platform === "win32" || process.platform === "darwin";

function unregisterDesktopAddIn(): void {
  let script: string;
  try {
    script = binScript("office-addin-debugging");
  } catch (err) {
    console.warn(`[ketluan] office-addin-debugging không có / is not installed: ${message(err)}`);
    return;
  }
  console.log("[ketluan] Gỡ phần bổ trợ khỏi Word trên máy / unregistering the add-in from desktop Word…");
  const result = spawnSync(process.execPath, [script, "stop", MANIFEST], { stdio: "inherit" });
  if (result.error)
    console.warn(`[ketluan] Không chạy được / could not run office-addin-debugging: ${message(result.error)}`);
}

function stopDevServer(): void {
  const state = readState();
  if (!state || !isOurStartProcess(state.pid)) {
    clearState();
    console.log(
      [
        "[ketluan] Không thấy máy chủ phát triển nào do `npm start` khởi động / no dev server started by `npm start` found.",
        "[ketluan] Nếu nó đang chạy trong một cửa sổ dòng lệnh, nhấn Ctrl+C ở cửa sổ đó.",
        "[ketluan] If it is running in a terminal, press Ctrl+C there.",
      ].join("\n"),
    );
    return;
  }
  try {
    if (process.platform === "win32") {
      spawnSync("taskkill", ["/PID", String(state.pid), "/T", "/F"], { stdio: "ignore" });
    } else {
      process.kill(state.pid, "SIGTERM"); // start.ts stops its webpack child and exits
    }
    console.log(`[ketluan] Đã dừng máy chủ phát triển / stopped the dev server (process ${state.pid}).`);
  } catch (err) {
    console.warn(`[ketluan] Không dừng được / could not stop process ${state.pid}: ${message(err)}. Dùng Ctrl+C.`);
  }
  clearState();
}

function main(): number {
  if (DESKTOP_WORD) unregisterDesktopAddIn();
  stopDevServer();
  if (!DESKTOP_WORD) {
    console.log(
      [
        "[ketluan] Word trên web: phần bổ trợ đã tải lên nằm trong bộ nhớ của trình duyệt; gỡ nó trong",
        "          Phần bổ trợ của tôi, hoặc xóa bộ nhớ đệm của trình duyệt.",
        "[ketluan] Word on the web: the uploaded add-in lives in the browser's storage; remove it from",
        "          My Add-ins, or clear the browser cache.",
      ].join("\n"),
    );
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`[ketluan] Lỗi / error: ${message(err)}`);
  process.exitCode = 1;
}
