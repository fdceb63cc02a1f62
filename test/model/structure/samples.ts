/** Samples for the structure recognition, shared with the check pipeline's tests. */
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { stateReport, variant } from "../../support/samples";

const charter = (text: string, extra: Partial<SpecParagraph> = {}): SpecParagraph => ({
  type: "paragraph",
  text,
  align: "center",
  bold: true,
  ...extra,
});

/** The State report followed, in the same file, by the ĐIỀU LỆ it issues (with a "Nơi nhận" of its own). */
export const withCharter: DocSpec = variant(stateReport(), (d) => {
  d.blocks.push(
    charter("ĐIỀU LỆ"),
    charter("Hội Cựu giáo chức tỉnh"),
    charter("(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh)", {
      bold: false,
      italic: true,
    }),
    { type: "paragraph", text: "Chương I", align: "center", bold: true },
    { type: "paragraph", text: "Nơi nhận: không phải khối nơi nhận của văn bản chính", align: "left" },
  );
});
