/** Worker thread of `ketluan matrix`: receives file paths, returns matrix rows checked against the run's source. */
import { parentPort, workerData } from "node:worker_threads";
import { rowForFile, type RowOptions } from "./matrix";

const options = workerData as RowOptions;

parentPort?.on("message", (m: { i: number; path: string; label: string }) => {
  void rowForFile(m.path, m.label, options).then((row) => parentPort?.postMessage({ i: m.i, row }));
});
