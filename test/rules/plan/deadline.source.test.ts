/**
 * plan/deadline: how the finding names the directive source whose horizon a deadline passes: the first words of its
 * title (up to “của”, “về”, “số”), or “văn bản được thực hiện” when the title is blank or those words run long.
 */
import { checkDocument } from "../../../src/check";
import { defaultDirectiveSource } from "../../../src/directives/seed";
import { readDocument } from "../../../src/docx/reader";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { bodyParagraph as p, withBodyBlocks as withBody } from "../bodyText";
import { expectFindings } from "../../support/ruleTester";
import { partyPlan } from "../../support/samples";

/** The Party sample (dated 15/9/2023) with a task due in quý II/2026 (paragraph 12). */
const PLAN = withBody(partyPlan(), [
  p(
    "Thực hiện Kết luận số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch:",
  ), // 10
  p("I. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", { bold: true }), // 11
  p("Hoàn thành sắp xếp đơn vị hành chính cấp xã trong quý II/2026."), // 12
  p("II. TỔ CHỨC THỰC HIỆN", { bold: true }), // 13
  p("Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch."), // 14
]);

/** The findings of plan/deadline on PLAN, implementing a source with this title and the seed's horizon. */
const findingsWithSource = (title: string) =>
  checkDocument(readDocument(buildDocxFromSpec(PLAN)), {
    rules: ["plan/deadline"],
    directives: { ...defaultDirectiveSource(), title },
    implementsConclusion: true,
  }).findings;

const LATE = (source: string): string =>
  `Thời hạn “quý II/2026” (đến hết ngày 30/6/2026) muộn hơn mốc “cuối nhiệm kỳ 2020-2025” (31/12/2025) mà ${source} đặt ra`;

describe("plan/deadline: the name of the directive source", () => {
  it.each([
    ["the seed conclusion: its type name", defaultDirectiveSource().title, "Kết luận"],
    [
      "a resolution: the words before “của”",
      "Nghị quyết của Ban Chấp hành Đảng bộ huyện về đẩy mạnh cải cách hành chính",
      "Nghị quyết",
    ],
    [
      "a title typed after a space: the name without it",
      " Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận",
      "Chỉ thị",
    ],
    [
      "first words of exactly 40 characters are still a name",
      "Nghị quyết Đại hội đại biểu lần thứ XXII của Đảng bộ huyện",
      "Nghị quyết Đại hội đại biểu lần thứ XXII",
    ],
    [
      "first words longer than 40 characters: the general name",
      "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXII",
      "văn bản được thực hiện",
    ],
    ["a blank title: the general name", "", "văn bản được thực hiện"],
    ["a title of spaces only: the general name", "   ", "văn bản được thực hiện"],
  ])("%s", (_name, title, source) => {
    expectFindings(findingsWithSource(title), [{ message: LATE(source), severity: "warning", paragraph: 12 }]);
  });
});
