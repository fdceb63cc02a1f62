/**
 * recipients/block, recipients/label and recipients/punctuation at their edges: no block at all, a one-column
 * layout table, the label's format fix, a space before the line's “;”, a last line that looks like a drafter's mark.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as block } from "../../../src/rules/recipients/block";
import { rule as label } from "../../../src/rules/recipients/label";
import { rule as punctuation } from "../../../src/rules/recipients/punctuation";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { cellPara, P, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block
const run = (doc: DocSpec, rule: string): Finding[] =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [rule] }).findings;
const shown = (f: Finding[]) => f.map((x) => [x.message, x.severity, x.paragraph, x.fix]);
const line = (doc: DocSpec, k: number, text: string): DocSpec => variant(doc, (d) => setCellText(d, SIG, 0, k, text));
const ND30 = "NĐ 30/2020/NĐ-CP";

describe("recipients/label", () => {
  it("no recipients block: nothing (recipients/block reports it)", () => {
    const doc = variant(stateReport(), (d) => {
      for (let k = 0; k < 4; k++) setCellText(d, SIG, 0, k, "");
    });
    expect(run(doc, label.meta.id)).toEqual([]);
  });

  it("a State label not in italics, alone in its paragraph: the fix sets the paragraph's runs italic", () => {
    const doc = variant(stateReport(), (d) => Object.assign(cellPara(d, SIG, 0, 0), { italic: false }));
    expect(shown(run(doc, label.meta.id))).toEqual([
      [
        `Chữ “Nơi nhận:” không in nghiêng; ${ND30} yêu cầu in nghiêng`,
        "error",
        P.label,
        { title: "In nghiêng", edits: [{ kind: "setRunFormat", paragraph: P.label, props: { italic: true } }] },
      ],
    ]);
  });
});

describe("recipients/block", () => {
  it("recipients in a one-column layout table (the signature in a paragraph below): no column to judge", () => {
    const doc = variant(stateReport(), (d) => {
      const t = d.blocks[d.blocks.length - 1]!;
      if (t.type !== "table") throw new Error("unexpected sample");
      t.rows[0]!.splice(1, 1);
      t.columnWidthsMm = [85];
      d.blocks.push({ type: "paragraph", text: "CHỦ TỊCH", align: "right", bold: true });
    });
    expect(run(doc, block.meta.id)).toEqual([]);
  });
});

describe("recipients/punctuation", () => {
  it("“- Văn phòng Tỉnh ủy ;” (a space before the “;”): right", () => {
    expect(run(line(stateReport(), 2, "- Văn phòng Tỉnh ủy ;"), punctuation.meta.id)).toEqual([]);
  });

  it("a last line “- UBND TP. Huế” (no archive line): “Huế” is no drafter's mark, the “.” is missing", () => {
    expect(shown(run(line(stateReport(), 3, "- UBND TP. Huế"), punctuation.meta.id))).toEqual([
      [
        `Dòng nơi nhận “- UBND TP. Huế” không có dấu “.” ở cuối; ${ND30} yêu cầu`,
        "error",
        20,
        { title: "Kết thúc dòng bằng “.”", edits: [{ kind: "replaceText", paragraph: 20, find: "ế", replace: "ế." }] },
      ],
    ]);
  });

  it("“- UBND TP. Huế” not last: “;” is missing (not “.”)", () => {
    expect(run(line(stateReport(), 2, "- UBND TP. Huế"), punctuation.meta.id).map((f) => f.message)).toEqual([
      `Dòng nơi nhận “- UBND TP. Huế” không có dấu “;” ở cuối; ${ND30} yêu cầu`,
    ]);
  });
});
