// Writes test/fixtures/rules/<name>.docx: LibreOffice-written drafts with known defects, for the rule and fix tests.
// Each is a compliant writer-neutral spec from test/fixtures/specs/ with defects applied (listed in DEFECTS below;
// the resulting specs are saved next to the .docx files). The .docx is written by the same LibreOffice pipeline as
// test/fixtures/libreoffice/ (scripts/make-libreoffice-fixtures.ts, given a temporary folder of the defective specs).
// Usage: node -r ./scripts/ts-register.js scripts/make-rule-fixtures.ts   (needs soffice on PATH)
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DocSpec, SpecParagraph, SpecTable } from "../test/support/docSpec";
import { writeLibreOfficeFixtures } from "./make-libreoffice-fixtures";

const ROOT = resolve(__dirname, "..");
const OUT = join(ROOT, "test/fixtures/rules");

interface Defects {
  from: string;
  description: string;
  apply(spec: DocSpec): void;
}

const load = (name: string): DocSpec =>
  JSON.parse(readFileSync(join(ROOT, "test/fixtures/specs", `${name}.json`), "utf8")) as DocSpec;

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`make-rule-fixtures: the spec has no ${what}`);
  return value;
}
/** Paragraph k of column col in the first row of the spec's table number `table`. */
const cell = (spec: DocSpec, table: number, col: number, k: number): SpecParagraph => {
  const t = found(spec.blocks.filter((b): b is SpecTable => b.type === "table")[table], `table ${table}`);
  return found(t.rows[0]?.[col]?.[k], `paragraph ${k} of cell ${col} of table ${table}`);
};
const setText = (p: SpecParagraph, text: string): void => {
  p.text = text;
  delete p.runs;
};
/** Body paragraph k: the paragraphs after the title's three (type name, summary, line under it). */
const bodyPara = (spec: DocSpec, k: number): SpecParagraph =>
  found(spec.blocks.filter((b): b is SpecParagraph => b.type === "paragraph")[3 + k], `body paragraph ${k}`);
/** Replaces the first `from` in the paragraph's text, or in the run holding it (the run keeps its format). */
const replaceIn = (p: SpecParagraph, from: string, to: string): void => {
  if (p.text?.includes(from) === true) {
    p.text = p.text.replace(from, to);
    return;
  }
  const run = found(
    p.runs?.find((r) => r.text.includes(from)),
    `a run holding “${from}”`,
  );
  run.text = run.text.replace(from, to);
};
const block = (spec: DocSpec, i: number): SpecParagraph => {
  const b = found(spec.blocks[i], `block ${i}`);
  if (b.type !== "paragraph") throw new Error(`make-rule-fixtures: block ${i} is not a paragraph`);
  return b;
};

const DEFECTS: Record<string, Defects> = {
  "plan-party-defects": {
    from: "plan-party",
    description: "Party plan with one defect per rule (LibreOffice-written)",
    apply(s) {
      s.page.marginsMm = { top: 25, bottom: 25, left: 25, right: 15 };
      cell(s, 0, 0, 0).bold = true; // header/issuer: superior body bold
      setText(cell(s, 0, 0, 2), ""); // header/issuer: no "*"
      setText(cell(s, 0, 0, 3), "Số: 85-KH/HU"); // header/number: colon
      cell(s, 0, 1, 0).sizePt = 14; // header/party-title: 14 pt
      setText(cell(s, 0, 1, 3), "Lục Nam, ngày 5 tháng 09 năm 2023"); // header/date: zeros
      block(s, 1).sizePt = 14; // title/type-name: 14 pt
      setText(block(s, 2), "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh"); // title/summary
      setText(block(s, 3), ""); // title/summary: no "-----"
      Object.assign(bodyPara(s, 1), { align: "left", firstLineMm: 0 }); // body/paragraph
      bodyPara(s, 2).sizePt = 13; // font/size
      bodyPara(s, 3).font = "Arial"; // font/family
      setText(
        bodyPara(s, 4),
        "Đổi mới, nâng cao hiệu quả công tác tác dân vận; thực hiện Nghị quyết số 11-NQ/TW ngày 10/3/2022 của Bộ Chính trị; quán triệt Kết luận số 152-KL/TU ngày 05/9/2023; các xã báo cáo trước ngày ... tháng ...",
      ); // text/repeated-word, citation/mismatch, citation/inconsistent, text/placeholder
      replaceIn(bodyPara(s, 28), "30/9/2023", "30/9/2026"); // plan/deadline: after the conclusion's horizon (the end of the 2020-2025 term)
      setText(
        bodyPara(s, 31),
        "2. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn quán triệt, tuyên truyền Kết luận.",
      ); // plan/task-owner: nobody leads the Party building (II.6) and the commendation (II.7) areas any more
      const sig = 1;
      setText(cell(s, sig, 0, 0), "Nơi nhận"); // recipients/label: no colon
      setText(cell(s, sig, 0, 1), "- Thường trực Tỉnh ủy,"); // recipients/required: no (b/c)
      setText(cell(s, sig, 0, 2), "- Các đồng chí Ủy viên BTV Huyện ủy;"); // recipients/required: no VPTU; punctuation
      cell(s, sig, 0, 2).sizePt = 14; // recipients/block: 14 pt line
      setText(cell(s, sig, 0, 3), "- Các chi bộ trực thuộc,"); // recipients/archive: no archive line
      setText(cell(s, sig, 0, 4), "- Ban Tuyên giáo Huyện ủy,"); // recipients/punctuation: last line ","
      setText(cell(s, sig, 1, 0), "TM. BAN THƯỜNG VỤ"); // signature/prefix
      cell(s, sig, 1, 5).bold = false; // signature/block: name not bold
    },
  },
  "report-state-defects": {
    from: "report-state",
    description: "State report with defects of the State profile (LibreOffice-written)",
    apply(s) {
      s.page.pageNumbers = false; // page/numbers
      setText(cell(s, 0, 0, 3), "Số 215/BC-UBND"); // header/number: no colon
      setText(cell(s, 0, 1, 1), "Độc lập – Tự do – Hạnh phúc"); // header/national-title: dashes
      cell(s, 0, 1, 0).sizePt = 14; // header/national-title: 14 pt
      Object.assign(bodyPara(s, 2), { spaceAfterPt: 0, lineSpacing: 2 }); // body/paragraph
      const sig = 1;
      Object.assign(cell(s, sig, 0, 0), { bold: false, italic: false }); // recipients/label
      setText(cell(s, sig, 0, 2), "- Văn phòng Tỉnh ủy,"); // recipients/punctuation
      setText(cell(s, sig, 0, 6), "- Lưu VT, VP."); // recipients/archive: no colon
      setText(cell(s, sig, 1, 0), "T/M ỦY BAN NHÂN DÂN"); // signature/prefix
      cell(s, sig, 1, 1).bold = false; // signature/block
      setText(cell(s, 0, 1, 3), "Lục Nam, ngày 08 tháng 12 năm 2023"); // unchanged: a correct date
      replaceIn(bodyPara(s, 11), "định kỳ và đột xuất", "định kỳ và đột xuất (riêng ngày 31/4/2023: 12 lượt)"); // text/date
      replaceIn(bodyPara(s, 12), "4.", "5."); // structure/numbering: 3. then 5.
      replaceIn(bodyPara(s, 15), "quốc phòng, an ninh được bảo đảm", "công tác CCHC được quan tâm"); // text/abbreviation
      replaceIn(bodyPara(s, 16), "còn chậm;", "còn chậm ;"); // text/typing: a space before ";"
      replaceIn(bodyPara(s, 21), "Trên đây là báo cáo", "Trên đây là Báo cáo số 215/BC-UBND ngày 18/12/2023 về"); // citation/self: its own number with another date
    },
  },
};

const specDir = mkdtempSync(join(tmpdir(), "ketluan-rule-fixtures-"));
try {
  mkdirSync(OUT, { recursive: true });
  for (const [name, d] of Object.entries(DEFECTS)) {
    const spec = load(d.from);
    d.apply(spec);
    spec.name = name;
    spec.description = d.description;
    const json = JSON.stringify(spec, null, 2) + "\n";
    writeFileSync(join(specDir, `${name}.json`), json);
    writeFileSync(join(OUT, `${name}.json`), json);
  }
  writeLibreOfficeFixtures({ specDir, outDir: OUT });
  // The saved specs are formatted like the rest of the tree (npm run prettier checks them).
  const prettier = join(ROOT, "node_modules/.bin/prettier");
  try {
    execFileSync(prettier, ["--write", ...Object.keys(DEFECTS).map((n) => join(OUT, `${n}.json`))], {
      stdio: "ignore",
    });
  } catch {
    console.warn("prettier not found: run `npx prettier --write test/fixtures/rules`");
  }
  console.log(`written to ${OUT}`);
} finally {
  rmSync(specDir, { recursive: true, force: true });
}
