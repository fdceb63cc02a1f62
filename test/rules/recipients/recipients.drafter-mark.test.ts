/**
 * The recipients rules on what the spec builder cannot write: the drafter's initials in subscript after the archive
 * line (NĐ 30/2020: "- Lưu: VT, NC.Châu", the initials in subscript) and lines repeated after a soft line break
 * (w:br). Documents are WordprocessingML read back by the reader, as the CLI sees them; profile State.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as archive } from "../../../src/rules/recipients/archive";
import { rule as block } from "../../../src/rules/recipients/block";
import { rule as punctuation } from "../../../src/rules/recipients/punctuation";
import type { Finding } from "../../../src/rules/types";
import { esc, makeDocx, stylesXml } from "../../support/buildDocx";

interface RunOpts {
  sub?: boolean;
  bold?: boolean;
  /** Size in pt (the document's default is 14 pt). */
  sz?: number;
}
/** A run; "\n" in the text is written as w:br, as Word does. */
function r(text: string, o: RunOpts = {}): string {
  let rPr = "";
  if (o.bold === true) rPr += "<w:b/>";
  if (o.sz !== undefined) rPr += `<w:sz w:val="${o.sz * 2}"/>`;
  if (o.sub === true) rPr += `<w:vertAlign w:val="subscript"/>`;
  const parts = text.split("\n").map((t) => (t === "" ? "" : `<w:t xml:space="preserve">${esc(t)}</w:t>`));
  return `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}${parts.join("<w:br/>")}</w:r>`;
}
const p = (...runs: string[]): string => `<w:p>${runs.join("")}</w:p>`;
/** A recipient line in the State size (11 pt). */
const line = (text: string): string => p(r(text, { sz: 11 }));
/** An archive line in 11 pt followed by the drafter's initials in subscript (11 pt unless `subSz`). */
const withMark = (text: string, mark: string, subSz = 11): string =>
  p(r(text, { sz: 11 }), r(mark, { sz: subSz, sub: true }));
const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
/** A State plan: title, summary, one body paragraph, then the recipients (left) and the signature (right). */
function stateDocx(recipients: string[]): Uint8Array {
  const cell = (ps: string[]) => `<w:tc>${ps.join("")}</w:tc>`;
  const label = p(r("Nơi nhận:", { sz: 12, bold: true }));
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid>` +
    `<w:tr>${cell([label, ...recipients])}${cell([p(r("CHỦ TỊCH")), p(r("Nguyễn Ngọc Phúc"))])}</w:tr></w:tbl>`;
  return makeDocx({
    body:
      p(r("KẾ HOẠCH")) +
      p(r("kiểm tra công tác cải cách hành chính năm 2026")) +
      p(r("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.")) +
      table +
      SECT,
    styles: stylesXml({
      docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>`,
    }),
  });
}
const run = (bytes: Uint8Array, rule: string): Finding[] =>
  checkDocument(readDocument(bytes), { profile: "state", rules: [rule] }).findings;
const shown = (f: Finding[]) => f.map((x) => [x.message, x.severity, x.paragraph, x.fix]);
/** Paragraph indices: title, summary, body, then the label and the recipient lines. */
const LABEL = 3;
const FIRST = LABEL + 1;
const SECOND = LABEL + 2;
const ND30 = "NĐ 30/2020/NĐ-CP";

describe("the drafter's initials in subscript after the archive line", () => {
  const right = stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT, NC.", "Châu")]);

  it.each([archive.meta.id, punctuation.meta.id, block.meta.id])(
    "“- Lưu: VT, NC.” + “Châu”: %s finds nothing",
    (id) => {
      expect(run(right, id)).toEqual([]);
    },
  );

  it("recipients/block: initials in 8 pt subscript are not the line's size", () => {
    expect(run(stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT, NC.", "Châu", 8)]), block.meta.id)).toEqual([]);
  });

  it("recipients/archive: “- Lưu: VT” + “Châu”: the unit is missing (the initials are not one)", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT", "Châu")]), archive.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng lưu “- Lưu: VTChâu” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; ${ND30} viết “- Lưu: VT, VP.”`,
        "error",
        SECOND,
        undefined,
      ],
    ]);
  });

  it("recipients/archive: initials in two subscript runs (“Ch” + “âu” in bold) are both the mark", () => {
    const para = p(
      r("- Lưu: VT", { sz: 11 }),
      r("Ch", { sz: 11, sub: true }),
      r("âu", { sz: 11, sub: true, bold: true }),
    );
    expect(run(stateDocx([line("- Sở Nội vụ;"), para]), archive.meta.id).map((f) => f.message)).toEqual([
      `Dòng lưu “- Lưu: VTChâu” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; ${ND30} viết “- Lưu: VT, VP.”`,
    ]);
  });

  it("recipients/punctuation: “- Lưu: VT, NC” + “Châu”: the period goes before the initials", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT, NC", "Châu")]), punctuation.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng nơi nhận “- Lưu: VT, NCChâu” không có dấu “.” ở cuối; ${ND30} yêu cầu`,
        "error",
        SECOND,
        {
          title: "Kết thúc dòng bằng “.”",
          edits: [{ kind: "replaceText", paragraph: SECOND, find: "C", replace: "C." }],
        },
      ],
    ]);
  });

  it("recipients/punctuation: “- Lưu: VT, NC;” + “Châu”: the “;” before the initials becomes “.”", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT, NC;", "Châu")]), punctuation.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng nơi nhận “- Lưu: VT, NC;Châu” kết thúc bằng “;”; ${ND30} yêu cầu dấu “.”`,
        "error",
        SECOND,
        {
          title: "Kết thúc dòng bằng “.”",
          edits: [{ kind: "replaceText", paragraph: SECOND, find: ";", replace: "." }],
        },
      ],
    ]);
  });
  it("recipients/punctuation: “- Lưu: VT, NC; ” + “Châu”: the space before the initials stays", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;"), withMark("- Lưu: VT, NC; ", "Châu")]), punctuation.meta.id);
    expect(found.map((f) => f.fix?.edits)).toEqual([
      [{ kind: "replaceText", paragraph: SECOND, find: ";", replace: "." }],
    ]);
  });
});

describe("a line repeated after a soft line break: found, but no fix (its text cannot be found alone)", () => {
  it("recipients/archive: the archive line “- Lưu VT, KTHT.” twice: the first is not last, the second lacks its colon", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;"), line("- Lưu VT, KTHT.\n- Lưu VT, KTHT.")]), archive.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng “- Lưu VT, KTHT.” không phải dòng cuối của nơi nhận; ${ND30} yêu cầu dòng lưu ở cuối`,
        "error",
        SECOND,
        undefined,
      ],
      [
        `Dòng lưu “- Lưu VT, KTHT.” thiếu dấu hai chấm sau “Lưu”; ${ND30} viết “- Lưu: VT, VP.”`,
        "error",
        SECOND,
        undefined,
      ],
    ]);
  });

  it("recipients/archive: the archive line missing after “- Sở Nội vụ;” twice", () => {
    const found = run(stateDocx([line("- Sở Nội vụ;\n- Sở Nội vụ;")]), archive.meta.id);
    expect(shown(found)).toEqual([
      [`Nơi nhận thiếu dòng lưu văn bản (“- Lưu: VT, VP.”) ở cuối; ${ND30} yêu cầu`, "error", FIRST, undefined],
    ]);
  });

  it("recipients/punctuation: “Sở Nội vụ;” twice without the dash, then the archive line", () => {
    const found = run(stateDocx([line("Sở Nội vụ;\nSở Nội vụ;"), line("- Lưu: VT, NV.")]), punctuation.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng nơi nhận “Sở Nội vụ;” không bắt đầu bằng “- ”; ${ND30} yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng`,
        "error",
        FIRST,
        {
          title: "Bắt đầu dòng bằng “- ”",
          edits: [{ kind: "replaceText", paragraph: FIRST, find: "S", replace: "- S" }],
        },
      ],
      [
        `Dòng nơi nhận “Sở Nội vụ;” không bắt đầu bằng “- ”; ${ND30} yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng`,
        "error",
        FIRST,
        undefined,
      ],
    ]);
  });

  it("recipients/punctuation: “- Sở Nội vụ” twice without the “;”", () => {
    const found = run(stateDocx([line("- Sở Nội vụ\n- Sở Nội vụ"), line("- Lưu: VT, NV.")]), punctuation.meta.id);
    expect(shown(found)).toEqual([
      [
        `Dòng nơi nhận “- Sở Nội vụ” không có dấu “;” ở cuối; ${ND30} yêu cầu`,
        "warning",
        FIRST,
        {
          title: "Kết thúc dòng bằng “;”",
          edits: [{ kind: "replaceText", paragraph: FIRST, find: "ụ", replace: "ụ;" }],
        },
      ],
      [`Dòng nơi nhận “- Sở Nội vụ” không có dấu “;” ở cuối; ${ND30} yêu cầu`, "warning", FIRST, undefined],
    ]);
  });
});
