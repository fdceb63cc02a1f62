/** Attachments in the same file (src/model/structure/attachments.ts): where the main document ends. */
import { readDocument } from "../../../src/docx/reader";
import { analyzeStructure } from "../../../src/model/structure";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { withCharter } from "./samples";

describe("attachments in the same file", () => {
  it("the main document ends where the attachment begins", () => {
    const model = readDocument(buildDocxFromSpec(withCharter));
    const s = analyzeStructure(model);
    expect(s.attachments.map((a) => [model.paragraphs[a.start]!.text, a.end])).toEqual([
      ["ĐIỀU LỆ", model.paragraphs.length - 1],
    ]);
    const label = s.recipients.label!;
    expect(label).toBeLessThan(s.attachments[0]!.start);
    expect(model.paragraphs[label]!.text).toBe("Nơi nhận:");
  });
});
