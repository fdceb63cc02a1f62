/**
 * Two periods of drafts for the matrix tests, the Chromium check and the README screenshot, made of the labelled
 * coverage set (test/fixtures/coverage/*.json: real-style plans and reports of Huyện ủy, Đảng ủy, Sở, UBND, Công an)
 * written to .docx by the repo's writer. Between the periods:
 * - huyen-uy/luc-nam.docx: the same file, another version (flat list → two items removed): 2.2 improved, 2.4 and 2.7
 *   worsened;
 * - thanh-uy: the same document (305-BC/TU) under a new file name: matched by issuer and number, unchanged;
 * - ubnd/luc-ngan.docx is gone; five drafts are new.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { checkDocument } from "../../src/check";
import { defaultDirectiveSource } from "../../src/directives/seed";
import { readDocument } from "../../src/docx/reader";
import { matrixRow, type MatrixColumn, type MatrixRow } from "../../src/matrix/matrix";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";

/** File under the folder → coverage fixture. */
export type Layout = Record<string, string>;

export const PREVIOUS: Layout = {
  "dang-uy/tien-dung.docx": "d08-commune-plan-explicit-references",
  "huyen-uy/luc-nam.docx": "d12-party-plan-flat-list",
  "huyen-uy/son-dong.docx": "d13-party-plan-task-table",
  "huyen-uy/tan-yen.docx": "d07-party-report-renamed",
  "so/nong-nghiep.docx": "d06-department-plan-not-applicable",
  "thanh-uy/bao-cao-thang-9.docx": "d10-party-report-paraphrased",
  "ubnd/luc-ngan.docx": "h02-state-report-two-parts",
  "ubnd/viet-yen.docx": "d02-state-report-results",
};

export const CURRENT: Layout = {
  "cong-an/hiep-hoa.docx": "d11-police-report",
  "dang-uy/khoi-cac-co-quan.docx": "h05-party-bloc-report",
  "dang-uy/khoi-doanh-nghiep.docx": "d09-minimal-plan",
  "dang-uy/tien-dung.docx": "d08-commune-plan-explicit-references",
  "huyen-uy/luc-nam.docx": "d04-party-plan-two-items-removed",
  "huyen-uy/son-dong.docx": "d13-party-plan-task-table",
  "huyen-uy/tan-yen.docx": "d07-party-report-renamed",
  "huyen-uy/yen-the-ban-tuyen-giao.docx": "h01-propaganda-department-plan",
  "phong-gd/tan-yen.docx": "h04-education-department-plan",
  "so/nong-nghiep.docx": "d06-department-plan-not-applicable",
  "thanh-uy/305-BC-TU.docx": "d10-party-report-paraphrased",
  "ubnd/viet-yen.docx": "d02-state-report-results",
};

const FIXTURES = join(__dirname, "..", "fixtures", "coverage");
const built = new Map<string, Uint8Array>();

/** The .docx of a coverage fixture (built once per process). */
export function draftBytes(fixture: string): Uint8Array {
  let bytes = built.get(fixture);
  if (bytes === undefined) {
    const { spec } = JSON.parse(readFileSync(join(FIXTURES, `${fixture}.json`), "utf8")) as { spec: DocSpec };
    bytes = buildDocxFromSpec(spec);
    built.set(fixture, bytes);
  }
  return bytes;
}

/** Writes the layout's drafts under `dir`. */
export function writeDrafts(dir: string, layout: Layout): void {
  for (const [file, fixture] of Object.entries(layout)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), draftBytes(fixture));
  }
}

/** The matrix rows of a layout, in the CLI's order (file names sorted), computed in this process. */
export function rowsOf(layout: Layout): MatrixRow[] {
  return Object.keys(layout)
    .sort((a, b) => a.localeCompare(b, "vi"))
    .map((file) => {
      const model = readDocument(draftBytes(layout[file]!));
      return matrixRow(file, model, checkDocument(model));
    });
}

export function seedColumns(): MatrixColumn[] {
  return defaultDirectiveSource().items.map((it) => ({ item: it.number, title: it.title }));
}
