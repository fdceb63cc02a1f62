/**
 * plan/deadline with the header's date line in a text box (some offices draw the place and date in one, beside the
 * issuer): the plan's own date is read from the box, as header/date reads it, and a task due before it is reported.
 */
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import type { DocumentModel } from "../../../src/model/document";
import { analyzeStructure } from "../../../src/model/structure";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { setCellText, statePlan, variant } from "../../support/samples";

const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 80, 40, 35],
  rows: [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện"], ...rows].map((r) => r.map(cell)),
});

/** A State plan dated `date`, one task due "Trong tháng 11/2025"; `boxed`: the date line moved into a text box. */
function planDated(date: string, boxed: boolean): DocumentModel {
  const doc = variant(
    withBody(statePlan(), [
      p("I. NHIỆM VỤ", { bold: true }),
      taskTable([["1", "Ban hành kế hoạch kiểm tra", "Trong tháng 11/2025", "Phòng Nội vụ"]]),
      p("II. TỔ CHỨC THỰC HIỆN", { bold: true }),
      p("Sở Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
    ]),
    (d) => setCellText(d, 0, 1, 2, date),
  );
  const model = readDocument(buildDocxFromSpec(doc));
  if (!boxed) return model;
  const line = model.paragraphs[analyzeStructure(model).header.date!]!;
  line.drawings = [
    {
      kind: "textbox",
      anchored: true,
      xMm: 85,
      yMm: 0,
      relativeFrom: "column",
      relativeFromV: "paragraph",
      align: undefined,
      widthMm: 80,
      heightMm: 10,
      text: line.text,
    },
  ];
  line.text = "";
  line.runs = [];
  return model;
}

const deadlineFindings = (model: DocumentModel) =>
  checkDocument(model, { rules: ["plan/deadline"] }).findings.map((f) => [f.paragraph, f.message]);

describe("plan/deadline: the plan's date in a text box", () => {
  it.each([
    ["a date with its day left blank (a draft)", "Lục Nam, ngày      tháng 12 năm 2025", "tháng 12/2025"],
    ["a full date", "Lục Nam, ngày 05 tháng 12 năm 2025", "05/12/2025"],
  ])("%s: read from the box as from the paragraph", (_name, date, label) => {
    const inline = deadlineFindings(planDated(date, false));
    expect(inline).toHaveLength(1);
    expect(inline[0]![1]).toContain(`sớm hơn ngày ban hành kế hoạch (${label})`);
    // the same finding, at the same task row, when the date line is drawn in a text box
    expect(deadlineFindings(planDated(date, true))).toEqual(inline);
  });
});
