/**
 * recipients/archive at its edges: the drafter's mark (subscript initials, a count of copies, initials glued after
 * the last unit) that is no unit, archive lines wrapped over paragraphs, near-miss units, the Party archive unit read
 * from the issuer's line, and where the missing archive line's fix puts the previous line's end.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as archive } from "../../../src/rules/recipients/archive";
import type { ProfileId } from "../../../src/rules/profiles";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block
const ID = archive.meta.id;
const shown = (f: Finding[]) => f.map((x) => [x.message, x.severity, x.paragraph, x.fix]);
const run = (doc: DocSpec, profile: ProfileId | "auto" = "auto"): Finding[] =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { profile, rules: [ID] }).findings;
/** The sample with recipient line k (0: the label) written `text`. */
const line = (doc: DocSpec, k: number, text: string): DocSpec => variant(doc, (d) => setCellText(d, SIG, 0, k, text));
/** The sample with its recipient lines after the label replaced by `texts` (11 pt, as the State sample's). */
const lines = (doc: DocSpec, texts: string[]): DocSpec =>
  variant(doc, (d) => {
    const t = d.blocks[d.blocks.length - 1]!;
    if (t.type !== "table") throw new Error("unexpected sample");
    const cell = t.rows[0]![0]!;
    cell.splice(1, cell.length - 1, ...texts.map((text): SpecParagraph => ({ type: "paragraph", text, sizePt: 11 })));
  });
/** The sample's issuer line (the header's left column, second line) written `text`. */
const issuer = (doc: DocSpec, text: string): DocSpec => variant(doc, (d) => setCellText(d, 0, 0, 1, text));

const STATE = "NĐ 30/2020/NĐ-CP viết “- Lưu: VT, VP.”";
const colon = (l: string) => `Dòng lưu “${l}” thiếu dấu hai chấm sau “Lưu”; ${STATE}`;
const noVT = (l: string) => `Dòng lưu “${l}” thiếu “VT” (văn thư); ${STATE}`;
const noUnit = (l: string) => `Dòng lưu “${l}” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; ${STATE}`;
const PARTY_MISSING = "Nơi nhận thiếu dòng lưu văn bản (“- Lưu Văn phòng Huyện ủy.”) ở cuối; HD 36-HD/VPTW yêu cầu";
const STATE_MISSING = "Nơi nhận thiếu dòng lưu văn bản (“- Lưu: VT, VP.”) ở cuối; NĐ 30/2020/NĐ-CP yêu cầu";

describe("recipients/archive: the State archive line's units", () => {
  it.each([
    ["“- Lưu: VT, Phòng Tư pháp.”: a unit written out in words is a unit", "- Lưu: VT, Phòng Tư pháp."],
    ["“- Lưu: VT, TTr.”: an abbreviation with a small letter (Thanh tra) is a unit, not a name", "- Lưu: VT, TTr."],
  ])("%s", (_name, text) => {
    expect(run(line(stateReport(), 3, text))).toEqual([]);
  });

  it.each([
    ["“- Lưu: VT (02b).”: the count of copies is no unit", "- Lưu: VT (02b)."],
    ["“- Lưu: VT.Châu”: the initials glued after VT are no unit", "- Lưu: VT.Châu"],
    ["“- Lưu: VT,, Châu.”: a doubled comma is no unit", "- Lưu: VT,, Châu."],
    ["“- Lưu: VT..”: a doubled period is not part of VT", "- Lưu: VT.."],
    ["“- Lưu: VT.  Châu.”: the name after two spaces is no unit", "- Lưu: VT.  Châu."],
    ["“- Lưu: Vt.”: VT in small letters is VT, and no unit follows", "- Lưu: Vt."],
  ])("%s", (_name, text) => {
    // The message quotes the line with its spaces collapsed.
    const said = text.replace(/\s+/g, " ");
    expect(shown(run(line(stateReport(), 3, text)))).toEqual([[noUnit(said), "error", 20, undefined]]);
  });

  it("“- Lưu VT: KTHT.”: the colon must follow “Lưu”, and “VT: KTHT” is no VT", () => {
    expect(run(line(stateReport(), 3, "- Lưu VT: KTHT.")).map((f) => f.message)).toEqual([
      colon("- Lưu VT: KTHT."),
      noVT("- Lưu VT: KTHT."),
    ]);
  });

  it("“- Lưu  VT, KTHT.” (two spaces): the fix replaces both spaces by “: ”", () => {
    expect(run(line(stateReport(), 3, "- Lưu  VT, KTHT.")).map((f) => f.fix)).toEqual([
      {
        title: "Thêm dấu hai chấm sau “Lưu”",
        edits: [{ kind: "replaceText", paragraph: 20, find: "Lưu  ", replace: "Lưu: " }],
      },
    ]);
  });
});

describe("recipients/archive: an archive line wrapped over paragraphs", () => {
  it("“- Lưu: VT,” then an indented “KTHT.”: one line, right", () => {
    expect(run(lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Lưu: VT,", "   KTHT."]))).toEqual([]);
  });

  it("over three paragraphs, the unit in the middle and the drafter's name last: right", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Lưu: VT,", "   KTHT,", "   Châu."]);
    expect(run(doc)).toEqual([]);
  });

  it("“- Lưu: VT.”, “KTHT.”, “Châu.” on three indented paragraphs: the periods part the units, right", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Lưu: VT.", "   KTHT.", "   Châu."]);
    expect(run(doc)).toEqual([]);
  });

  it("“- Lưu” then an indented “VT, KTHT.”: the colon is missing, said with the whole line, at its first paragraph", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Lưu", "   VT, KTHT."]);
    expect(shown(run(doc))).toEqual([
      [
        colon("- Lưu VT, KTHT."),
        "error",
        19,
        {
          title: "Thêm dấu hai chấm sau “Lưu”",
          edits: [{ kind: "replaceText", paragraph: 19, find: "Lưu", replace: "Lưu: " }],
        },
      ],
    ]);
  });

  it("“- Lưu: VT,” then an indented “Châu.”: the name is no unit", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Lưu: VT,", "   Châu."]);
    expect(shown(run(doc))).toEqual([[noUnit("- Lưu: VT, Châu."), "error", 19, undefined]]);
  });
});

describe("recipients/archive: the missing archive line's fix", () => {
  it("the last line ending with “.” (it was the last): the “.” becomes “;” and the archive line follows", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Văn phòng Tỉnh ủy."]);
    expect(shown(run(doc))).toEqual([
      [
        STATE_MISSING,
        "error",
        19,
        {
          title: "Thêm dòng “- Lưu: VT.”",
          edits: [
            { kind: "replaceText", paragraph: 19, find: ".", replace: ";" },
            { kind: "insertParagraphAfter", paragraph: 19, text: "- Lưu: VT." },
          ],
        },
      ],
    ]);
  });

  it("the last line ending with “.;”: both marks replaced by “;”", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Văn phòng Tỉnh ủy.;"]);
    expect(run(doc).map((f) => f.fix?.edits[0])).toEqual([
      { kind: "replaceText", paragraph: 19, find: ".;", replace: ";" },
    ]);
  });

  it("the last line without an end mark: “;” added after it", () => {
    const doc = lines(stateReport(), ["- Thường trực Tỉnh ủy (b/c);", "- Văn phòng Tỉnh ủy"]);
    expect(run(doc).map((f) => f.fix?.edits[0])).toEqual([
      { kind: "replaceText", paragraph: 19, find: "y", replace: "y;" },
    ]);
  });

  it("a Party document whose issuer line ends at “ỦY” (“ĐẢNG ỦY”): “- Lưu Văn phòng Đảng ủy.”", () => {
    const doc = issuer(line(partyPlan(), 3, ""), "ĐẢNG ỦY");
    expect(run(doc).map((f) => f.fix?.edits[1])).toEqual([
      { kind: "insertParagraphAfter", paragraph: 19, text: "- Lưu Văn phòng Đảng ủy." },
    ]);
  });

  it("a committee's department (“BAN TUYÊN GIÁO HUYỆN ỦY”): reported, no archive unit guessed", () => {
    const doc = issuer(line(partyPlan(), 3, ""), "BAN TUYÊN GIÁO HUYỆN ỦY");
    expect(shown(run(doc))).toEqual([[PARTY_MISSING, "warning", 19, undefined]]);
  });
});

describe("recipients/archive: no lines to judge", () => {
  it("no recipients block: nothing (recipients/block reports it)", () => {
    expect(run(lines(line(stateReport(), 0, ""), []))).toEqual([]);
  });

  it("“Nơi nhận:” with no line under it: nothing (recipients/block reports the empty block)", () => {
    expect(run(lines(stateReport(), []))).toEqual([]);
  });
});

describe("recipients/archive: no issuer in the header", () => {
  it("a Party plan whose header names no issuer: the missing archive line is reported without a fix", () => {
    const doc = variant(line(partyPlan(), 3, ""), (d) => {
      setCellText(d, 0, 0, 0, "");
      setCellText(d, 0, 0, 1, "");
    });
    expect(shown(run(doc, "party"))).toEqual([[PARTY_MISSING, "warning", 19, undefined]]);
  });
});
