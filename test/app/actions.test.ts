import { fixReportMessage, itemClause, itemInsertedMessage } from "../../src/app/actions";
import { withDefaults } from "../../src/app/draftForm";

describe("the outcome of a fix pass", () => {
  test("all applied", () => {
    expect(fixReportMessage({ applied: 3, skipped: [] })).toEqual({ intent: "success", text: "Đã sửa 3 chỗ." });
  });

  test("edits not applied are counted, with each reason once", () => {
    expect(
      fixReportMessage({
        applied: 1,
        skipped: [
          { reason: "cần WordApiDesktop 1.3" },
          { reason: "cần WordApiDesktop 1.3" },
          { reason: "đoạn văn đã thay đổi" },
        ],
      }),
    ).toEqual({
      intent: "warning",
      text: "Đã sửa 1 chỗ. Không sửa được 3 chỗ: cần WordApiDesktop 1.3; đoạn văn đã thay đổi.",
    });
  });
});

describe("the standard section of a missing item", () => {
  test("the drafter's type, unless the check read the document as a report", () => {
    const plan = withDefaults({});
    expect(itemClause("2.2", plan, "plan")).toEqual({ id: "nhiem-vu-2.2", particulars: plan });
    expect(itemClause("2.2", plan, undefined).id).toBe("nhiem-vu-2.2");
    const report = itemClause("2.2", plan, "report");
    expect(report.particulars.type).toBe("report");
    expect(report.id).not.toBe("nhiem-vu-2.2");
    expect(itemInsertedMessage("2.2")).toEqual({ intent: "success", text: "Đã chèn đoạn mẫu cho mục 2.2." });
  });
});
