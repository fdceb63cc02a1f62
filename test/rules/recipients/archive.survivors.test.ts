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
import { borderlessTable, BR, P, R, sz, wordmlDocx } from "../../support/wordml";

/** A recipient line in 11 pt (the State recipients' size); the initials in subscript after a line break. */
const line = (text: string, initials?: string): string =>
  P(R(text, sz(11)) + (initials === undefined ? "" : BR + R(initials, `${sz(11)}<w:vertAlign w:val="subscript"/>`)));

/** A State plan: title, summary, one body paragraph, then the recipients (left) and the signature (right). */
function stateDocx(recipients: string[]): Uint8Array {
  const label = P(R("Nơi nhận:", `<w:b/><w:i/>${sz(12)}`));
  return wordmlDocx(
    P(R("KẾ HOẠCH")) +
      P(R("kiểm tra công tác cải cách hành chính năm 2026")) +
      P(R("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.")) +
      borderlessTable([[[label, ...recipients].join(""), P(R("CHỦ TỊCH")) + P(R("Nguyễn Ngọc Phúc"))]], [85, 85]),
  );
}
const run = (bytes: Uint8Array, rule: string): Finding[] =>
  checkDocument(readDocument(bytes), { profile: "state", rules: [rule] }).findings;
const brief = (f: Finding) => ({ rule: f.rule, severity: f.severity, paragraph: f.paragraph, message: f.message });
const ND30 = "NĐ 30/2020/NĐ-CP";
/** Paragraph indices: title, summary, body, the label, then the two recipient lines. */
const ARCHIVE = 5;

describe("the drafter's initials in subscript on their own line under the archive line", () => {
  // "- Lưu: VT, NC" then, after a line break, "Châu" in subscript: one entry, its last piece the mark alone.
  const doc = stateDocx([line("- Sở Nội vụ;"), line("- Lưu: VT, NC", "Châu")]);

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
    const noUnit = stateDocx([line("- Sở Nội vụ;"), line("- Lưu: VT", "Châu")]);
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
    const finished = stateDocx([line("- Sở Nội vụ;"), line("- Lưu: VT, NC.", "Châu (02b)")]);
    expect(run(finished, archive.meta.id)).toEqual([]);
    expect(run(finished, punctuation.meta.id)).toEqual([]);
  });
});
