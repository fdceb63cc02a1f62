/**
 * Real input for the pane's checklist: a pasted directive source of two items and party plans that answer one of
 * them. The source is the conclusion the sample plans cite (125-KL/TU), so a plan implements it; partyPlan's
 * "Quán triệt sâu sắc…" paragraph answers item 2.1, and nothing answers 2.2 (unity, grass-roots Party cells).
 */
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/app/settings";
import type { DocSpec, SpecParagraph } from "../support/docSpec";
import { partyPlan, variant } from "../support/samples";

export const TWO_ITEMS_SOURCE = [
  "KẾT LUẬN",
  "số 125-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh",
  "2.1. Quán triệt sâu sắc, triển khai thực hiện nghiêm túc, hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận.",
  "2.2. Tăng cường đoàn kết, thống nhất trong Đảng bộ; xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh.",
].join("\n");

/** The pane's settings with the two-item source pasted in Thiết lập. */
export function twoItemSettings(extra: Partial<PaneSettings> = {}): PaneSettings {
  return { ...DEFAULT_SETTINGS, directiveText: TWO_ITEMS_SOURCE, ...extra };
}

const body = (text: string): SpecParagraph => ({
  type: "paragraph",
  text,
  align: "justify",
  firstLineMm: 12.7,
  spaceAfterPt: 6,
});

/** partyPlan with two more paragraphs on item 2.1 in section I: four paragraphs are evidence for it. */
export function planAnsweringItemOneAtLength(): DocSpec {
  return variant(partyPlan(), (d) => {
    d.blocks.splice(
      7,
      0,
      body("Tổ chức quán triệt sâu sắc Kết luận đến toàn thể cán bộ, đảng viên và triển khai thực hiện nghiêm túc."),
      body("Các cấp ủy quán triệt, triển khai thực hiện hiệu quả các nhiệm vụ, giải pháp trọng tâm của Kết luận."),
    );
  });
}
