/**
 * What both plan rules take from src/rules/plan/vocabulary.ts: the basis they cite (the practice, and the directive
 * source's own clause only when the draft implements a source that has one) and a plan's tasks read once per check
 * (`planTasksOf`), always those of the model it is given.
 */
import { checkDocument } from "../../../src/check";
import { defaultDirectiveSource } from "../../../src/directives/seed";
import { readDocument } from "../../../src/docx/reader";
import { analyzeStructure } from "../../../src/model/structure";
import { basisFor, planTasksOf } from "../../../src/rules/plan/vocabulary";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec, SpecParagraph, SpecTable } from "../../support/docSpec";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { expectFindings } from "../../support/ruleTester";
import { statePlan } from "../../support/samples";

const h = (text: string): SpecParagraph => p(text, { bold: true });
const cell = (text: string): SpecParagraph[] => [{ type: "paragraph", text }];
const taskTable = (rows: string[][]): SpecTable => ({
  type: "table",
  columnWidthsMm: [10, 80, 40, 35],
  rows: [["STT", "Nhiệm vụ", "Thời gian hoàn thành", "Chủ trì thực hiện"], ...rows].map((r) => r.map(cell)),
});
/** The State sample (dated 20/12/2023) with one task row: its task cell is paragraph 16, its time cell 17. */
const stateWith = (row: string[]): DocSpec =>
  withBody(statePlan(), [
    h("I. NHIỆM VỤ"), // 10
    taskTable([row]), // 11..18
    h("II. TỔ CHỨC THỰC HIỆN"),
    p("Phòng Nội vụ có trách nhiệm giúp Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện Kế hoạch."),
  ]);

const TASK_OWNER = "Thông lệ xây dựng kế hoạch: mỗi nhiệm vụ có cơ quan chủ trì và thời gian hoàn thành";
const DEADLINE =
  "Thông lệ xây dựng kế hoạch: thời hạn của nhiệm vụ không trước ngày ban hành kế hoạch và không sau mốc mà văn bản được thực hiện đặt ra";
const SEED_CLAUSE =
  "Kết luận của Ban Chấp hành Đảng bộ tỉnh, mục 2.8: “cụ thể hóa các nội dung Kết luận trong quá trình lãnh đạo, chỉ đạo, tổ chức thực hiện nhiệm vụ”";

describe("the basis of the plan rules", () => {
  it("a draft implementing the seed conclusion cites its item 2.8 after the practice", () => {
    expect(basisFor(TASK_OWNER, defaultDirectiveSource().title, true)).toBe(`${TASK_OWNER}; ${SEED_CLAUSE}`);
  });

  it("a draft that does not implement it cites the practice alone, though the source has the clause", () => {
    expect(basisFor(TASK_OWNER, defaultDirectiveSource().title, false)).toBe(TASK_OWNER);
  });

  it("without a source title (no directive source given) the practice alone", () => {
    expect(basisFor(TASK_OWNER, undefined, true)).toBe(TASK_OWNER);
  });

  it("a draft implementing another source, which has no clause in plan.json: the practice alone, in both rules", () => {
    const source = {
      ...defaultDirectiveSource(),
      title: "Nghị quyết của Ban Chấp hành Đảng bộ huyện về đẩy mạnh cải cách hành chính giai đoạn 2026 - 2030",
    };
    const model = readDocument(
      buildDocxFromSpec(stateWith(["1", "Rà soát thủ tục hành chính nội bộ", "Trước ngày 15/12/2023", ""])),
    );
    const found = checkDocument(model, {
      rules: ["plan/task-owner", "plan/deadline"],
      directives: source,
      implementsConclusion: true,
    }).findings;
    expectFindings(found, [
      {
        message: "Bảng nhiệm vụ (mục I): 1 nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ 1)",
        paragraph: 16,
        basis: TASK_OWNER,
      },
      {
        message: "Thời hạn “15/12/2023” sớm hơn ngày ban hành kế hoạch (20/12/2023): nhiệm vụ đã quá hạn khi ban hành",
        paragraph: 17,
        basis: DEADLINE,
      },
    ]);
  });
});

describe("planTasksOf: the tasks of the model it is given", () => {
  it("a second model read with the same structure gets its own tasks, not the first one's", () => {
    const led = readDocument(
      buildDocxFromSpec(stateWith(["1", "Rà soát thủ tục hành chính", "Quý IV/2024", "Phòng Nội vụ"])),
    );
    const unled = readDocument(buildDocxFromSpec(stateWith(["1", "Rà soát thủ tục hành chính", "Quý IV/2024", ""])));
    const structure = analyzeStructure(led);
    expect(planTasksOf(led, structure).tasks.map((t) => t.owner)).toEqual(["Phòng Nội vụ"]);
    expect(planTasksOf(unled, structure).tasks.map((t) => t.owner)).toEqual([undefined]);
  });
});
