/** LibreOffice and poppler for tests that look at documents as LibreOffice lays them out (installed by .ci/run). */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const has = (cmd: string): boolean => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

/** Whether soffice, pdfinfo and pdftotext are here; in CI their absence is an error, not a reason to skip. */
export function libreOfficeAvailable(testName: string): boolean {
  const available = has("soffice") && has("pdfinfo") && has("pdftotext");
  if (!available && process.env["CI"] !== undefined)
    throw new Error(`${testName}: CI needs soffice, pdfinfo and pdftotext`);
  if (!available) console.warn(`${testName}: soffice/pdfinfo/pdftotext not found, skipped`);
  return available;
}

/** Convert .docx files to PDF in `outDir` with one soffice call and a private profile (a running soffice or a
 *  parallel test does not swallow the conversion). */
export function convertToPdf(files: string[], outDir: string, timeoutMs = 110_000): void {
  convertWithLibreOffice(files, "pdf", outDir, timeoutMs);
}

/**
 * Convert files with LibreOffice (`filter` as soffice's --convert-to takes it: "pdf", 'docx:"MS Word 2007 XML"'…)
 * into `outDir` (created), with a private profile beside the output.
 */
export function convertWithLibreOffice(files: string[], filter: string, outDir: string, timeoutMs = 110_000): void {
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(outDir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: timeoutMs },
  );
}
