/**
 * The signature and recipients as real offices lay them out in Word (measured on the Lâm Đồng corpus and the
 * published NĐ 30/2020/NĐ-CP): a 2×2 table whose blocks go on down their column into the next row, soft line breaks,
 * tabs pushing the signature right, entries wrapped over two paragraphs, the label's colon in the body size, and the
 * drafter's mark after the archive line. Documents are written as WordprocessingML (w:br, w:tab, w:vertAlign) and
 * read back by the reader, so each case goes through what the CLI sees.
 */
import { readDocument } from "../../../src/docx/reader";
import { fixDocument } from "../../../src/fixer";
import { checkDocument } from "../../../src/check";
import { analyzeStructure } from "../../../src/model/structure";
import { recipientEntries, signatureLines } from "../../../src/model/structure/recipients";
import type { Finding } from "../../../src/rules/types";
import { makeDocx, stylesXml } from "../../support/buildDocx";

const RULES = [
  "recipients/block",
  "recipients/label",
  "recipients/punctuation",
  "recipients/archive",
  "signature/prefix",
  "signature/block",
];

interface RunOpts {
  b?: boolean;
  i?: boolean;
  sz?: number;
  sub?: boolean;
}
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A run; "\t" and "\n" in the text are written as w:tab and w:br, as Word does. */
function r(text: string, o: RunOpts = {}): string {
  let rPr = "";
  if (o.b === true) rPr += "<w:b/>";
  if (o.i === true) rPr += "<w:i/>";
  if (o.sz !== undefined) rPr += `<w:sz w:val="${o.sz * 2}"/>`;
  if (o.sub === true) rPr += `<w:vertAlign w:val="subscript"/>`;
  const parts = text
    .split(/(\t|\n)/)
    .map((t) =>
      t === "\t" ? "<w:tab/>" : t === "\n" ? "<w:br/>" : t === "" ? "" : `<w:t xml:space="preserve">${esc(t)}</w:t>`,
    );
  return `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}${parts.join("")}</w:r>`;
}
function p(runs: string | string[], pPr = ""): string {
  return `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${Array.isArray(runs) ? runs.join("") : runs}</w:p>`;
}
const center = `<w:jc w:val="center"/>`;
const indentMm = (mm: number): string => `<w:ind w:left="${Math.round((mm * 1440) / 25.4)}"/>`;
/** A borderless layout table: rows → cells → paragraph XML. */
function table(rows: string[][][]): string {
  const tr = rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${c.join("") || "<w:p/>"}</w:tc>`).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4800"/><w:gridCol w:w="4800"/></w:tblGrid>${tr.join("")}</w:tbl>`;
}

const SECT = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>`;
/** A State plan's title and body, then the signature area under test. */
function docx(area: string): Uint8Array {
  const head =
    p(r("KẾ HOẠCH", { b: true }), center) +
    p(r("kiểm tra công tác cải cách hành chính năm 2026", { b: true }), center) +
    p(r("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026./."));
  return makeDocx({
    body: head + area + SECT,
    styles: stylesXml({
      docDefaultsRPr: `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/>`,
    }),
  });
}

function check(bytes: Uint8Array): { findings: Finding[]; texts: { entries: string[]; signature: string[] } } {
  const model = readDocument(bytes);
  const s = analyzeStructure(model);
  const findings = checkDocument(model, { profile: "state", rules: RULES }).findings;
  return {
    findings,
    texts: {
      entries: recipientEntries(model.paragraphs, s.recipients).map((e) => e.text),
      signature: signatureLines(model.paragraphs, s.recipients, s.signature).map((x) => x.text),
    },
  };
}

const label = [r("Nơi nhận", { b: true, i: true, sz: 12 }), r(":")]; // the colon in the body size, as Word users type it
const line = (text: string): string => p(r(text, { sz: 11 }));
const archiveWithInitials = p([r("- Lưu: VT, NC.", { sz: 11 }), r("Châu", { sz: 11, sub: true })]);
const name = (text: string, pPr = center): string => p(r(text, { b: true }), pPr);

describe("signature and recipients in a 2×2 table: row 1 the label and the prefix, row 2 the rest", () => {
  const bytes = docx(
    table([
      [[p(label)], [name("KT. CHỦ TỊCH")]],
      [
        [line("- Chủ tịch, PCT UBND tỉnh (Đ/c Phúc);"), line("- UBND các xã, phường, đặc khu;"), archiveWithInitials],
        [name("PHÓ CHỦ TỊCH"), p("", center), p("", center), name("Nguyễn Ngọc Phúc")],
      ],
    ]),
  );
  it("reads the recipients and the signature down their columns", () => {
    const { texts } = check(bytes);
    expect(texts.entries).toEqual([
      "- Chủ tịch, PCT UBND tỉnh (Đ/c Phúc);",
      "- UBND các xã, phường, đặc khu;",
      "- Lưu: VT, NC.Châu",
    ]);
    expect(texts.signature).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"]);
  });
  it("finds nothing wrong (the label's colon in 14 pt, the drafter's initials in subscript)", () => {
    expect(check(bytes).findings.map((f) => f.message)).toEqual([]);
  });
});

describe("soft line breaks: the first recipient after the label, the archive line after a recipient", () => {
  const bytes = docx(
    table([
      [
        [
          p([...label, r("\n- Thường trực Tỉnh ủy;", { sz: 11 })]),
          line("- Chủ tịch, các PCT UBND tỉnh;\n- Bộ tư lệnh Vùng Cảnh sát biển 3;"),
          p([r("- Chánh, các PCVP UBND tỉnh;\n- Lưu: VT, NC.", { sz: 11 }), r("Châu", { sz: 11, sub: true })]),
        ],
        [name("CHỦ TỊCH\n\n\n"), p("", center), name("\nHồ Văn Mười")],
      ],
    ]),
  );
  it("splits paragraphs into lines", () => {
    const { texts } = check(bytes);
    expect(texts.entries).toEqual([
      "- Thường trực Tỉnh ủy;",
      "- Chủ tịch, các PCT UBND tỉnh;",
      "- Bộ tư lệnh Vùng Cảnh sát biển 3;",
      "- Chánh, các PCVP UBND tỉnh;",
      "- Lưu: VT, NC.Châu",
    ]);
    expect(texts.signature).toEqual(["CHỦ TỊCH", "Hồ Văn Mười"]);
  });
  it("judges the label and each line on its own text", () => {
    expect(check(bytes).findings.map((f) => f.message)).toEqual([]);
  });
  it("reports a line inside a shared paragraph, on that paragraph, with a fix that edits only that line", () => {
    const bad = docx(
      table([
        [
          [p([...label, r("\n- Thường trực Tỉnh ủy", { sz: 11 })]), line("- Sở Nội vụ;\n- Lưu: VT, NC.")],
          [name("CHỦ TỊCH"), name("Hồ Văn Mười")],
        ],
      ]),
    );
    const { findings } = check(bad);
    expect(findings.map((f) => [f.paragraph, f.severity, f.message])).toEqual([
      [3, "warning", "Dòng nơi nhận “- Thường trực Tỉnh ủy” không có dấu “;” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu"],
    ]);
    const out = fixDocument(bad, { profile: "state", rules: RULES });
    expect(out.fixed).toHaveLength(1);
    expect(out.after.findings).toEqual([]);
    expect(readDocument(out.bytes).paragraphs[3]!.text).toBe("Nơi nhận:\n- Thường trực Tỉnh ủy;");
  });
});

describe("plain paragraphs, the signature pushed right with tabs on the label's and the first recipient's lines", () => {
  const bytes = docx(
    p([...label, r("\t\t\t\t"), r("KT. CHỦ TỊCH", { b: true })]) +
      p([r("- Văn phòng Bộ Công an;\t\t\t\t", { sz: 11 }), r("PHÓ CHỦ TỊCH", { b: true })]) +
      line("- Thường trực Tỉnh ủy;") +
      line("- Lưu: VT, NC.") +
      p("") +
      p("") +
      p(r("\t\t\t\t\t\tNguyễn Minh", { b: true })),
  );
  it("separates the two columns", () => {
    const { texts } = check(bytes);
    expect(texts.entries).toEqual(["- Văn phòng Bộ Công an;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, NC."]);
    expect(texts.signature).toEqual(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Minh"]);
  });
  it("finds nothing wrong", () => {
    expect(check(bytes).findings.map((f) => f.message)).toEqual([]);
  });
  it("fixes a prefix written without its period on the label's line, after the tabs", () => {
    const bad = docx(
      p([...label, r("\t\t\t\t"), r("KT CHỦ TỊCH", { b: true })]) +
        p([r("- Văn phòng Bộ Công an;\t\t\t\t", { sz: 11 }), r("PHÓ CHỦ TỊCH", { b: true })]) +
        line("- Lưu: VT, NC.") +
        p(r("\t\t\t\t\t\tNguyễn Minh", { b: true })),
    );
    expect(check(bad).findings.map((f) => [f.severity, f.message])).toEqual([
      ["error", "Quyền hạn ký viết “KT”; văn bản hành chính nhà nước viết “KT.”"],
    ]);
    const out = fixDocument(bad, { profile: "state", rules: RULES });
    expect(out.after.findings).toEqual([]);
    expect(readDocument(out.bytes).paragraphs[3]!.text).toBe("Nơi nhận:\t\t\t\tKT. CHỦ TỊCH");
  });
});

describe("a head signing in person, in plain paragraphs pushed right by a left indent, above the recipients", () => {
  const bytes = docx(
    name("CHỦ TỊCH", indentMm(90)) +
      p("") +
      name("Nguyễn Văn An", indentMm(90)) +
      p(label) +
      line("- Sở Nội vụ;") +
      line("- Lưu: VT, NC."),
  );
  it("finds the signature without a prefix", () => {
    const { texts, findings } = check(bytes);
    expect(texts.signature).toEqual(["CHỦ TỊCH", "Nguyễn Văn An"]);
    expect(texts.entries).toEqual(["- Sở Nội vụ;", "- Lưu: VT, NC."]);
    expect(findings.map((f) => f.message)).toEqual([]);
  });
});

describe("entries wrapped over two paragraphs (NĐ 30/2020/NĐ-CP's own recipients)", () => {
  const area = (lines: string[]): Uint8Array =>
    docx(
      table([
        [
          [p(label), ...lines.map(line)],
          [name("TM. CHÍNH PHỦ"), name("THỦ TƯỚNG"), name("Nguyễn Xuân Phúc")],
        ],
      ]),
    );
  it("joins a line that does not start with a dash to the entry it continues, and judges the entry at its end", () => {
    const { texts, findings } = check(
      area([
        "- Các bộ, cơ quan ngang bộ,",
        "   cơ quan thuộc Chính phủ;",
        "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT,",
        " các Vụ, Cục, đơn vị trực thuộc, Công báo;",
        "- Lưu: VT, HC (2).",
      ]),
    );
    expect(texts.entries).toEqual([
      "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
      "- VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, đơn vị trực thuộc, Công báo;",
      "- Lưu: VT, HC (2).",
    ]);
    expect(findings.map((f) => f.message)).toEqual([]);
  });
  it("a wrapped entry without its “;” is reported once, on the line that ends it", () => {
    const { findings } = check(area(["- Các bộ, cơ quan ngang bộ,", "cơ quan thuộc Chính phủ", "- Lưu: VT, HC."]));
    expect(findings.map((f) => [f.paragraph, f.message])).toEqual([
      [
        5,
        "Dòng nơi nhận “- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ” không có dấu “;” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu",
      ],
    ]);
  });
  it("a capitalised line after a finished entry is an entry of its own without its dash", () => {
    const { findings } = check(area(["- Bộ Nội vụ;", "Sở Nội vụ;", "- Lưu: VT, HC."]));
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        "error",
        "Dòng nơi nhận “Sở Nội vụ;” không bắt đầu bằng “- ”; NĐ 30/2020/NĐ-CP yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng",
      ],
    ]);
  });
});

describe("the drafter's mark after the archive line", () => {
  const withArchive = (archive: string): Uint8Array =>
    docx(
      table([
        [
          [p(label), line("- Như trên;"), archive],
          [name("TL. CHỦ TỊCH"), name("CHÁNH VĂN PHÒNG"), name("Đỗ Tấn Sương")],
        ],
      ]),
    );
  it.each([
    ["initials in subscript after the period", archiveWithInitials],
    ["initials glued after the last unit", line("- Lưu: VT, VX.Tr.")],
    ["initials and the count of copies", line("- Lưu: VT, NC, Châu (02b).")],
    ["the count of copies", line("- Lưu: VT, HC (2).")],
    ["initials in brackets", line("- Lưu: VT, LĐVL&TN.(M.Anh)")],
    [
      "the period in the mark's size",
      p([r("- Lưu: VT, NC", { sz: 11 }), r(".", { sz: 9 }), r("Châu", { sz: 9, sub: true })]),
    ],
  ])("%s is the NĐ 30 form", (_n, archive) => {
    expect(check(withArchive(archive)).findings.map((f) => f.message)).toEqual([]);
  });
  it("without the period before the subscript initials: the fix puts it before them", () => {
    const bad = withArchive(p([r("- Lưu: VT, NC", { sz: 11 }), r("Châu", { sz: 11, sub: true })]));
    expect(check(bad).findings.map((f) => [f.severity, f.message])).toEqual([
      ["error", "Dòng nơi nhận “- Lưu: VT, NCChâu” không có dấu “.” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu"],
    ]);
    const out = fixDocument(bad, { profile: "state", rules: RULES });
    expect(out.after.findings).toEqual([]);
    const fixed = readDocument(out.bytes).paragraphs[5]!;
    expect(fixed.runs.map((x) => [x.text, x.vertAlign])).toEqual([
      ["- Lưu: VT, NC.", undefined],
      ["Châu", "subscript"],
    ]);
  });
  it("the mark is not a unit: “Lưu: VT, Châu.” still lacks the drafting unit", () => {
    expect(check(withArchive(line("- Lưu: VT, Châu (02b).")))?.findings.map((f) => f.message)).toEqual([
      "Dòng lưu “- Lưu: VT, Châu (02b).” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; NĐ 30/2020/NĐ-CP viết “- Lưu: VT, VP.”",
    ]);
  });
});

describe("severity calibrated on issued documents (state.json, calibration)", () => {
  const sig = [name("KT. CHỦ TỊCH"), name("PHÓ CHỦ TỊCH"), name("Nguyễn Ngọc Phúc")];
  it("a 14 pt label (8 of 139 issued documents) is a warning; a label not in italics stays an error", () => {
    const { findings } = check(
      docx(
        table([
          [[p([r("Nơi nhận:", { b: true, i: true, sz: 14 })]), line("- Sở Nội vụ;"), line("- Lưu: VT, NC.")], sig],
        ]),
      ),
    );
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ["warning", "Chữ “Nơi nhận:”: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP yêu cầu 12 pt"],
    ]);
    const upright = check(
      docx(table([[[p([r("Nơi nhận:", { b: true, sz: 12 })]), line("- Sở Nội vụ;"), line("- Lưu: VT, NC.")], sig]])),
    );
    expect(upright.findings.map((f) => [f.severity, f.message])).toEqual([
      ["error", "Chữ “Nơi nhận:” không in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu in nghiêng"],
    ]);
  });
  it("“,” for “;” (8 of 139 issued documents) is a warning; recipient lines at 12 pt (one issued document) an error", () => {
    const { findings } = check(
      docx(table([[[p(label), p(r("- Sở Nội vụ,", { sz: 12 })), line("- Lưu: VT, NC.")], sig]])),
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["recipients/block", "error"],
      ["recipients/punctuation", "warning"],
    ]);
  });
});

describe("a signature line half a point off the range (14.5 pt, w:sz=29, in an issued report)", () => {
  const doc = (sz: number): Uint8Array =>
    docx(
      table([
        [
          [p(label), line("- Bộ Nội vụ;"), line("- Lưu: VT, NC.")],
          [name("KT. CHỦ TỊCH"), p(r("PHÓ CHỦ TỊCH", { b: true, sz }), center), name("Nguyễn Ngọc Phúc")],
        ],
      ]),
    );
  it("is a warning; a whole point off stays an error", () => {
    expect(check(doc(14.5)).findings.map((f) => [f.severity, f.message])).toEqual([
      ["warning", "Chức vụ người ký: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt"],
    ]);
    expect(check(doc(15)).findings.map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("a note in the signature's space is not a line of it", () => {
  it("“(Đã ký)” between the position and the name", () => {
    const bytes = docx(
      table([
        [
          [p(label), line("- Ban Bí thư Trung ương Đảng;"), line("- Lưu: VT, HC (2).")],
          [name("TM. CHÍNH PHỦ"), name("THỦ TƯỚNG"), p(r("(Đã ký)"), center), name("Nguyễn Xuân Phúc")],
        ],
      ]),
    );
    const { texts, findings } = check(bytes);
    expect(texts.signature).toEqual(["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc"]);
    expect(findings.map((f) => f.message)).toEqual([]);
  });
  it("a spacer typed in white to keep room for the seal", () => {
    const white = `<w:r><w:rPr><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="44"/></w:rPr><w:t>Hdfđ</w:t></w:r>`;
    const bytes = docx(
      table([
        [
          [p(label), line("- Như trên;"), line("- Lưu: VT, TCBC.")],
          [name("KT. GIÁM ĐỐC"), name("PHÓ GIÁM ĐỐC"), p(white), name("Nguyễn Đức Vũ")],
        ],
      ]),
    );
    const { texts, findings } = check(bytes);
    expect(texts.signature).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Đức Vũ"]);
    expect(findings.map((f) => f.message)).toEqual([]);
  });
});
