/**
 * recipients/archive's drafter's mark (withoutDrafterMark, used by recipients/punctuation too), pinned where the
 * rule tests left it loose: the drafter's initials in subscript put on their own line under the archive line
 * (“- Lưu: VT, NC” Shift+Enter “Châu”). The entry's last piece is then the mark alone: it is all taken away, and
 * what is judged is the text above it (“- Lưu: VT, NC”, “- Lưu: VT”). Profile State, WordprocessingML read back by
 * the reader.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as archive } from "../../../src/rules/recipients/archive";
import { rule as punctuation } from "../../../src/rules/recipients/punctuation";
import type { Finding } from "../../../src/rules/types";
import { esc, makeDocx, stylesXml } from "../../support/buildDocx";

/** A run in 11 pt (the State recipients' size), subscript when `sub`; "\n" in the text is written as w:br. */
function r(text: string, sub = false): string {
  const rPr = `<w:sz w:val="22"/>${sub ? `<w:vertAlign w:val="subscript"/>` : ""}`;
  const parts = text.split("\n").map((t) => (t === "" ? "" : `<w:t xml:space="preserve">${esc(t)}</w:t>`));
  return `<w:r><w:rPr>${rPr}</w:rPr>${parts.join("<w:br/>")}</w:r>`;
}
const p = (...runs: string[]): string => `<w:p>${runs.join("")}</w:p>`;
const plain = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;

/** A State plan: title, summary, one body paragraph, then the recipients (left) and the signature (right). */
function stateDocx(recipients: string[]): Uint8Array {
  const cell = (ps: string[]) => `<w:tc>${ps.join("")}</w:tc>`;
  const label = `<w:p><w:r><w:rPr><w:b/><w:i/><w:sz w:val="24"/></w:rPr><w:t>Nơi nhận:</w:t></w:r></w:p>`;
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid>` +
    `<w:tr>${cell([label, ...recipients])}${cell([plain("CHỦ TỊCH"), plain("Nguyễn Ngọc Phúc")])}</w:tr></w:tbl>`;
  return makeDocx({
    body:
      plain("KẾ HOẠCH") +
      plain("kiểm tra công tác cải cách hành chính năm 2026") +
      plain("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.") +
      table +
      SECT,
    styles: stylesXml({
      docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>`,
    }),
  });
}
const run = (bytes: Uint8Array, rule: string): Finding[] =>
  checkDocument(readDocument(bytes), { profile: "state", rules: [rule] }).findings;
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });
const ND30 = "NĐ 30/2020/NĐ-CP";
/** Paragraph indices: title, summary, body, the label, then the two recipient lines. */
const ARCHIVE = 5;

describe("the drafter's initials in subscript on their own line under the archive line", () => {
  // "- Lưu: VT, NC" then, after a line break, "Châu" in subscript: one entry, its last piece the mark alone.
  const doc = stateDocx([p(r("- Sở Nội vụ;")), p(r("- Lưu: VT, NC\n"), r("Châu", true))]);

  it("recipients/archive: VT and the unit NC are there, the initials are no unit: nothing", () => {
    expect(run(doc, archive.meta.id)).toEqual([]);
  });

  it("recipients/punctuation: the archive line lacks its final period (the initials are not its end)", () => {
    expect(run(doc, punctuation.meta.id).map(brief)).toEqual([
      {
        rule: punctuation.meta.id,
        severity: "error",
        paragraph: ARCHIVE,
        message: `Dòng nơi nhận “- Lưu: VT, NC Châu” không có dấu “.” ở cuối; ${ND30} yêu cầu`,
      },
    ]);
  });

  it("recipients/archive: “- Lưu: VT” then “Châu” under it: VT is there, the unit is missing", () => {
    const noUnit = stateDocx([p(r("- Sở Nội vụ;")), p(r("- Lưu: VT\n"), r("Châu", true))]);
    expect(run(noUnit, archive.meta.id).map(brief)).toEqual([
      {
        rule: archive.meta.id,
        severity: "error",
        paragraph: ARCHIVE,
        message: `Dòng lưu “- Lưu: VT Châu” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; ${ND30} viết “- Lưu: VT, VP.”`,
      },
    ]);
  });

  it("a finished archive line (“- Lưu: VT, NC.”) with the initials under it: no finding of either rule", () => {
    // the subscript line is part of the archive line, not a recipient after it (was: "not the last line", and ";"
    // wanted after "NC." with "- " and "." put around "Châu")
    const finished = stateDocx([p(r("- Sở Nội vụ;")), p(r("- Lưu: VT, NC.\n"), r("Châu (02b)", true))]);
    expect(run(finished, archive.meta.id)).toEqual([]);
    expect(run(finished, punctuation.meta.id)).toEqual([]);
  });
});
