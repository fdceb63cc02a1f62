/**
 * signature/block line by line: which line is the authority and which a position (the message names it), the
 * half-point calibration on every line (not only the name), a block without a name, and a document with no
 * signature at all.
 */
import { rule as signatureBlock } from "../../../src/rules/signature/block";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { cellPara, P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

/** The signature column's paragraphs. */
function signatureColumn(d: DocSpec): SpecParagraph[] {
  const t = d.blocks[d.blocks.length - 1]!;
  if (t.type !== "table") throw new Error("unexpected sample");
  return t.rows[0]![1]!;
}

/** A State report signed by a deputy chairman for the committee: “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”. */
const deputyForCommittee = (edit: (col: SpecParagraph[]) => void = () => {}) =>
  variant(stateReport(), (d) => {
    setCellText(d, SIG, 1, 0, "TM. ỦY BAN NHÂN DÂN");
    setCellText(d, SIG, 1, 1, "PHÓ CHỦ TỊCH");
    signatureColumn(d).splice(1, 0, { type: "paragraph", text: "KT. CHỦ TỊCH", align: "center", bold: true });
    edit(signatureColumn(d));
  });

/** A document with no signature column text at all. */
const unsigned = variant(partyPlan(), (d) => {
  for (const k of [0, 1, 2]) setCellText(d, SIG, 1, k, "");
});

runRuleTester(signatureBlock, {
  valid: [
    { name: "a deputy signing for the committee, two prefix lines", doc: deputyForCommittee() },
    {
      name: "a State head signing in person, his position bold",
      doc: variant(stateReport(), (d) => {
        setCellText(d, SIG, 1, 0, "TRƯỞNG PHÒNG");
        setCellText(d, SIG, 1, 1, "");
      }),
    },
  ],
  invalid: [
    {
      name: "the second prefix line (“KT. CHỦ TỊCH”) is an authority line too",
      doc: deputyForCommittee((col) => (col[1]!.bold = false)),
      findings: [
        {
          message: "Dòng quyền hạn ký không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm",
          severity: "error",
          paragraph: P.signature[1],
        },
      ],
    },
    {
      name: "without a prefix the first line is a position",
      doc: variant(stateReport(), (d) => {
        setCellText(d, SIG, 1, 0, "TRƯỞNG PHÒNG");
        setCellText(d, SIG, 1, 1, "");
        cellPara(d, SIG, 1, 0).bold = false;
      }),
      findings: [
        {
          message: "Chức vụ người ký không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm",
          severity: "error",
          paragraph: P.signature[0],
        },
      ],
    },
    {
      name: "State position 14.5 pt: half a point over, a warning as on the name line",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 1).sizePt = 14.5)),
      findings: [
        {
          message: "Chức vụ người ký: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "warning",
          paragraph: P.signature[1],
        },
      ],
    },
    {
      name: "State authority line 15 pt: a full point over, an error",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 0).sizePt = 15)),
      findings: [
        {
          message: "Dòng quyền hạn ký: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "error",
          paragraph: P.signature[0],
        },
      ],
    },
    {
      name: "no name yet, and the last position line at 13 pt: both said",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 1, 2, "");
        cellPara(d, SIG, 1, 1).sizePt = 13;
      }),
      findings: [
        {
          message: "Chức vụ người ký: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt",
          severity: "warning",
          paragraph: P.signature[1],
        },
        { message: "Chưa có họ tên người ký dưới chức vụ “BÍ THƯ”", severity: "warning", paragraph: P.signature[1] },
      ],
    },
    {
      name: "no signature at all in a plan",
      doc: unsigned,
      findings: [
        {
          message:
            "Không thấy phần ký (quyền hạn, chức vụ, họ tên người ký) cuối văn bản; HD 36-HD/VPTW yêu cầu có phần ký",
          severity: "warning",
          paragraph: null,
        },
      ],
    },
  ],
});

describe("signature/block in a document the user checks as “other”", () => {
  it("no signature: not required of every kind of document, nothing said", () => {
    const model = readDocument(buildDocxFromSpec(unsigned));
    expect(checkDocument(model, { rules: [signatureBlock.meta.id], documentType: "other" }).findings).toEqual([]);
  });
});
