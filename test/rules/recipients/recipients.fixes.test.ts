/**
 * The recipients rules' fixes, written out (title and edits), and near-miss archive lines and labels that are right:
 * the drafter's name or count after the units, no space after the colon, two spaces in the label.
 */
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as archive } from "../../../src/rules/recipients/archive";
import { rule as block } from "../../../src/rules/recipients/block";
import { rule as label } from "../../../src/rules/recipients/label";
import { rule as punctuation } from "../../../src/rules/recipients/punctuation";
import { rule as required } from "../../../src/rules/recipients/required";
import type { Finding } from "../../../src/rules/types";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block
const run = (doc: DocSpec, rule: string): Finding[] =>
  checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: [rule] }).findings;
const shown = (f: Finding[]) => f.map((x) => [x.message, x.severity, x.paragraph, x.fix]);
/** The sample with recipient line k (0: the label) written `text`. */
const line = (doc: DocSpec, k: number, text: string): DocSpec => variant(doc, (d) => setCellText(d, SIG, 0, k, text));
const ND30_EXAMPLE = "NĐ 30/2020/NĐ-CP viết “- Lưu: VT, VP.”";
const POLICY =
  "Kết luận của Ban Chấp hành Đảng bộ tỉnh, đoạn cuối: giao Văn phòng Tỉnh ủy theo dõi, đôn đốc, tổng hợp, báo cáo kết quả thực hiện với Tỉnh ủy, Ban Thường vụ Tỉnh ủy";

describe("recipients/archive: the missing archive line's fix", () => {
  it("a district committee's plan: “- Lưu Văn phòng Huyện ủy.” after the last line, which keeps its “,”", () => {
    expect(shown(run(line(partyPlan(), 3, ""), archive.meta.id))).toEqual([
      [
        "Nơi nhận thiếu dòng lưu văn bản (“- Lưu Văn phòng Huyện ủy.”) ở cuối; HD 36-HD/VPTW yêu cầu",
        "warning",
        19,
        {
          title: "Thêm dòng “- Lưu Văn phòng Huyện ủy.”",
          edits: [
            { kind: "replaceText", paragraph: 19, find: ",", replace: "," },
            { kind: "insertParagraphAfter", paragraph: 19, text: "- Lưu Văn phòng Huyện ủy." },
          ],
        },
      ],
    ]);
  });

  it("a commune Party committee (“ĐẢNG ỦY XÃ BẢO SƠN”): “- Lưu Văn phòng Đảng ủy.”", () => {
    const doc = variant(line(partyPlan(), 3, ""), (d) => setCellText(d, 0, 0, 1, "ĐẢNG ỦY XÃ BẢO SƠN"));
    expect(run(doc, archive.meta.id).map((f) => f.fix?.title)).toEqual(["Thêm dòng “- Lưu Văn phòng Đảng ủy.”"]);
  });

  it("an issuer that is no committee (“BAN TUYÊN GIÁO”): reported, no line guessed", () => {
    const doc = variant(line(partyPlan(), 3, ""), (d) => setCellText(d, 0, 0, 1, "BAN TUYÊN GIÁO"));
    expect(shown(run(doc, archive.meta.id))).toEqual([
      [
        "Nơi nhận thiếu dòng lưu văn bản (“- Lưu Văn phòng Huyện ủy.”) ở cuối; HD 36-HD/VPTW yêu cầu",
        "warning",
        19,
        undefined,
      ],
    ]);
  });

  it("a State report: “- Lưu: VT.” after the last line, which keeps its “;”", () => {
    expect(shown(run(line(stateReport(), 3, ""), archive.meta.id))).toEqual([
      [
        "Nơi nhận thiếu dòng lưu văn bản (“- Lưu: VT, VP.”) ở cuối; NĐ 30/2020/NĐ-CP yêu cầu",
        "error",
        19,
        {
          title: "Thêm dòng “- Lưu: VT.”",
          edits: [
            { kind: "replaceText", paragraph: 19, find: ";", replace: ";" },
            { kind: "insertParagraphAfter", paragraph: 19, text: "- Lưu: VT." },
          ],
        },
      ],
    ]);
  });
});

describe("recipients/archive: the State archive line", () => {
  it("“- Lưu VT, KTHT.”: the colon is added after “Lưu”", () => {
    expect(shown(run(line(stateReport(), 3, "- Lưu VT, KTHT."), archive.meta.id))).toEqual([
      [
        `Dòng lưu “- Lưu VT, KTHT.” thiếu dấu hai chấm sau “Lưu”; ${ND30_EXAMPLE}`,
        "error",
        20,
        {
          title: "Thêm dấu hai chấm sau “Lưu”",
          edits: [{ kind: "replaceText", paragraph: 20, find: "Lưu ", replace: "Lưu: " }],
        },
      ],
    ]);
  });

  it("“- Lưu: VT, Châu.”: the drafter's name is no unit", () => {
    expect(shown(run(line(stateReport(), 3, "- Lưu: VT, Châu."), archive.meta.id))).toEqual([
      [
        `Dòng lưu “- Lưu: VT, Châu.” thiếu tên viết tắt đơn vị soạn thảo sau “VT”; ${ND30_EXAMPLE}`,
        "error",
        20,
        undefined,
      ],
    ]);
  });

  it.each([
    "- Lưu: VT, KTHT, Châu.",
    "- Lưu: VT. KTHT.",
    "- Lưu:VT,KTHT.",
    "- Lưu: VT, KTHT (02b).",
    "- Lưu: VT, KTHT.Châu",
    "- Lưu : VT; KTHT.",
  ])("“%s”: right (the drafter's mark is not judged)", (text) => {
    expect(shown(run(line(stateReport(), 3, text), archive.meta.id))).toEqual([]);
  });

  it("an archive line above another line: said with the line's words", () => {
    const doc = line(line(partyPlan(), 2, "- Lưu Văn phòng Huyện ủy,"), 3, "- Văn phòng Tỉnh ủy.");
    expect(run(doc, archive.meta.id).map((f) => f.message)).toEqual([
      "Dòng “- Lưu Văn phòng Huyện ủy,” không phải dòng cuối của nơi nhận; HD 36-HD/VPTW yêu cầu dòng lưu ở cuối",
    ]);
  });
});

describe("recipients/punctuation: fixes", () => {
  it("a line without its dash or its “;”: the dash put before it, the “;” after it", () => {
    expect(shown(run(line(stateReport(), 2, "Văn phòng Tỉnh ủy"), punctuation.meta.id))).toEqual([
      [
        "Dòng nơi nhận “Văn phòng Tỉnh ủy” không bắt đầu bằng “- ”; NĐ 30/2020/NĐ-CP yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng",
        "error",
        19,
        { title: "Bắt đầu dòng bằng “- ”", edits: [{ kind: "replaceText", paragraph: 19, find: "V", replace: "- V" }] },
      ],
      [
        "Dòng nơi nhận “Văn phòng Tỉnh ủy” không có dấu “;” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu",
        "warning",
        19,
        { title: "Kết thúc dòng bằng “;”", edits: [{ kind: "replaceText", paragraph: 19, find: "y", replace: "y;" }] },
      ],
    ]);
  });

  it("a “+ ” bullet: replaced by “- ”", () => {
    const f = run(line(stateReport(), 2, "+ Văn phòng Tỉnh ủy;"), punctuation.meta.id);
    expect(f.map((x) => x.fix?.edits)).toEqual([[{ kind: "replaceText", paragraph: 19, find: "+ ", replace: "- " }]]);
  });

  it("an archive line ending with the count of copies and no period: the period goes after the count", () => {
    expect(shown(run(line(stateReport(), 3, "- Lưu: VT, KTHT (02b)"), punctuation.meta.id))).toEqual([
      [
        "Dòng nơi nhận “- Lưu: VT, KTHT (02b)” không có dấu “.” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu",
        "error",
        20,
        { title: "Kết thúc dòng bằng “.”", edits: [{ kind: "replaceText", paragraph: 20, find: ")", replace: ")." }] },
      ],
    ]);
  });

  it("a last line ending “. ” (a space after the period): right", () => {
    expect(run(line(stateReport(), 3, "- Lưu: VT, KTHT. "), punctuation.meta.id)).toEqual([]);
  });
});

describe(label.meta.id, () => {
  it("“Nơi nhận” without its colon: the fix writes “Nơi nhận:”", () => {
    expect(run(line(partyPlan(), 0, "Nơi nhận"), label.meta.id).map((f) => [f.paragraph, f.fix])).toEqual([
      [
        P.label,
        {
          title: "Sửa thành “Nơi nhận:”",
          edits: [{ kind: "replaceText", paragraph: P.label, find: "Nơi nhận", replace: "Nơi nhận:" }],
        },
      ],
    ]);
  });

  it.each(["Nơi  nhận:", "Nơi nhận :", "Nơi  nhận :"])("“%s”: spaces are not the label's text", (text) => {
    expect(run(line(partyPlan(), 0, text), label.meta.id)).toEqual([]);
  });
});

describe(block.meta.id, () => {
  it("recipients in the right column: said in full, at the label", () => {
    const doc = variant(partyPlan(), (d) => {
      const t = d.blocks[d.blocks.length - 1]!;
      if (t.type === "table") t.rows[0]!.reverse();
    });
    expect(shown(run(doc, block.meta.id))).toEqual([
      [
        "Khối “Nơi nhận:” đặt ở cột phải; HD 36-HD/VPTW yêu cầu đặt ở góc trái, phía dưới, ngang phần ký",
        "warning",
        20,
        undefined,
      ],
    ]);
  });
});

describe("recipients/required: fixes", () => {
  it("Văn phòng Tỉnh ủy missing: inserted after the leadership line, formatted like it", () => {
    expect(shown(run(line(partyPlan(), 2, "- Các chi bộ,"), required.meta.id))).toEqual([
      [
        `Nơi nhận thiếu “Văn phòng Tỉnh ủy”; ${POLICY}`,
        "error",
        P.label,
        {
          title: "Thêm nơi nhận “Văn phòng Tỉnh ủy”",
          edits: [{ kind: "insertParagraphAfter", paragraph: 18, text: "- Văn phòng Tỉnh ủy,", like: 18 }],
        },
      ],
    ]);
  });

  it("the leadership missing: inserted first, right after the label", () => {
    expect(run(line(partyPlan(), 1, "- Các chi bộ,"), required.meta.id).map((f) => f.fix)).toEqual([
      {
        title: "Thêm nơi nhận “Thường trực Tỉnh ủy (b/c)”",
        edits: [{ kind: "insertParagraphAfter", paragraph: P.label, text: "- Thường trực Tỉnh ủy (b/c),", like: 18 }],
      },
    ]);
  });

  it("Văn phòng Tỉnh ủy missing where the first line is the archive line: inserted after the label", () => {
    const doc = variant(partyPlan(), (d) => {
      setCellText(d, SIG, 0, 1, "- Lưu Văn phòng Huyện ủy.");
      setCellText(d, SIG, 0, 2, "");
      setCellText(d, SIG, 0, 3, "");
    });
    expect(run(doc, required.meta.id).map((f) => f.fix?.edits)).toEqual([
      [{ kind: "insertParagraphAfter", paragraph: P.label, text: "- Thường trực Tỉnh ủy (b/c),", like: 18 }],
      [{ kind: "insertParagraphAfter", paragraph: P.label, text: "- Văn phòng Tỉnh ủy,", like: 18 }],
    ]);
  });

  it("the leadership without “(b/c)”: the mark added before the line's end", () => {
    expect(shown(run(line(stateReport(), 1, "- Thường trực Tỉnh ủy;"), required.meta.id))).toEqual([
      [
        `Nơi nhận “- Thường trực Tỉnh ủy;” thiếu “(b/c)” (báo cáo); ${POLICY}`,
        "error",
        18,
        {
          title: "Thêm “(b/c)”",
          edits: [{ kind: "replaceText", paragraph: 18, find: "trực Tỉnh ủy;", replace: "trực Tỉnh ủy (b/c);" }],
        },
      ],
    ]);
  });

  it("a document of another type (no plan or report): no required recipient", () => {
    const doc = variant(line(partyPlan(), 2, "- Các chi bộ,"), (d) => {
      const t = d.blocks[1]!;
      if (t.type === "paragraph") t.text = "THÔNG BÁO";
    });
    expect(run(doc, required.meta.id)).toEqual([]);
  });
});

describe("recipients/block and recipients/archive: messages in full", () => {
  const noRecipients = (doc: DocSpec): DocSpec =>
    variant(doc, (d) => {
      for (let k = 0; k < 4; k++) setCellText(d, SIG, 0, k, "");
    });

  it("no recipients block in a plan: said in full, for the whole document", () => {
    expect(shown(run(noRecipients(partyPlan()), block.meta.id))).toEqual([
      ["Không thấy khối “Nơi nhận:” cuối văn bản; HD 36-HD/VPTW yêu cầu ghi nơi nhận", "warning", null, undefined],
    ]);
  });

  it("no recipients block in a document of another type (a notice): nothing to say", () => {
    const doc = variant(noRecipients(partyPlan()), (d) => {
      const t = d.blocks[1]!;
      if (t.type === "paragraph") t.text = "THÔNG BÁO";
    });
    expect(run(doc, block.meta.id)).toEqual([]);
  });

  it("a label without any line under it: the block is empty", () => {
    const doc = variant(noRecipients(partyPlan()), (d) => setCellText(d, SIG, 0, 0, "Nơi nhận:"));
    expect(shown(run(doc, block.meta.id))).toEqual([
      [
        "Khối “Nơi nhận:” không có dòng nào; HD 36-HD/VPTW yêu cầu liệt kê nơi nhận, dòng cuối là “Lưu ...”",
        "warning",
        P.label,
        undefined,
      ],
    ]);
  });

  it("recipients written as paragraphs under the text (no layout table): no column to judge", () => {
    const doc = variant(partyPlan(), (d) => {
      const t = d.blocks.pop()!;
      if (t.type === "table") d.blocks.push(...t.rows[0]![0]!);
    });
    expect(run(doc, block.meta.id)).toEqual([]);
  });

  it("a State archive line without VT: said with the line's words", () => {
    expect(run(line(stateReport(), 3, "- Lưu: KTHT."), archive.meta.id).map((f) => f.message)).toEqual([
      `Dòng lưu “- Lưu: KTHT.” thiếu “VT” (văn thư); ${ND30_EXAMPLE}`,
    ]);
  });
});
