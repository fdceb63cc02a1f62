/** Worker thread of `ketluan matrix`: receives file paths, returns matrix rows. */
import { parentPort } from "node:worker_threads";
import { rowForFile } from "./matrix";

parentPort?.on("message", (m: { i: number; path: string; label: string }) => {
  void rowForFile(m.path, m.label).then((row) => parentPort?.postMessage({ i: m.i, row }));
});
