import { WordAdapter } from "../../src/word/adapter";
import { WordAdapterError, wordErrorMessage } from "../../src/word/errors";
import { mmToPt } from "../../src/word/plan";
import type { Fix } from "../../src/model/fix";
import { readDocument } from "../../src/docx/reader";
import { docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { partyPlan } from "../support/samples";
import type { DocSpec, SpecBlock } from "../support/docSpec";
import { FakeWordState, fakeWordApi } from "./fakeWord";

const DESKTOP_13 = ["WordApiDesktop 1.3"];

/** A ~1,500-paragraph plan as Word's body OOXML, with the final sectPr removed (as body.getOoxml() may give it). */
function bigPlan(paragraphs = 1500): { spec: DocSpec; ooxml: string; texts: string[] } {
  const spec = partyPlan();
  const blocks: SpecBlock[] = [...spec.blocks];
  const body = {
    type: "paragraph" as const,
    text: "Tập trung lãnh đạo, chỉ đạo thực hiện quyết liệt.",
    align: "justify" as const,
  };
  while (blocks.length < paragraphs - 20) blocks.splice(8, 0, { ...body, text: `${blocks.length}. ${body.text}` });
  const big = { ...spec, blocks };
  const ooxml = makeFlatOpc(docxPartsFromSpec(big)).replace(/<w:sectPr\b[\s\S]*?<\/w:sectPr>(?=\s*<\/w:body>)/, "");
  const model = readDocument(ooxml);
  return { spec: big, ooxml, texts: model.paragraphs.map((p) => p.text) };
}

function withSectPr(spec: DocSpec): string {
  return makeFlatOpc(docxPartsFromSpec(spec));
}

describe("snapshot", () => {
  test("1,500 paragraphs: one Word.run, one sync, the same model as the reader, page setup from WordApiDesktop 1.3", async () => {
    const { ooxml, texts } = bigPlan();
    expect(texts.length).toBeGreaterThanOrEqual(1480);
    const state = new FakeWordState(texts, ooxml, [
      {
        topMargin: mmToPt(20),
        bottomMargin: mmToPt(20),
        leftMargin: mmToPt(30),
        rightMargin: mmToPt(15),
        pageWidth: mmToPt(210),
        pageHeight: mmToPt(297),
      },
    ]);
    const snap = await new WordAdapter(fakeWordApi(state, DESKTOP_13)).snapshot();
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(1);
    console.log(`snapshot of ${texts.length} paragraphs: ${state.runs} Word.run, ${state.syncs} context.sync`);
    expect(snap.model.paragraphs).toHaveLength(texts.length);
    expect(snap.paragraphTexts).toEqual(texts);
    expect(snap.paragraphCountMismatch).toBe(false);
    expect(snap.pageSetupSource).toBe("word");
    expect(snap.model.sections[0]).toMatchObject({
      known: true,
      pageWidthMm: 210,
      pageHeightMm: 297,
      margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
    });
    expect(state.edits).toEqual([]);
  });

  test("without WordApiDesktop 1.3: page setup from the OOXML's section properties", async () => {
    const spec = partyPlan();
    const ooxml = withSectPr(spec);
    const texts = readDocument(ooxml).paragraphs.map((p) => p.text);
    const state = new FakeWordState(texts, ooxml);
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(state.syncs).toBe(1);
    expect(state.loads.some((l) => l === "sections")).toBe(false);
    expect(snap.pageSetupSource).toBe("ooxml");
    expect(snap.model.sections[0]?.known).toBe(true);
    expect(snap.model.sections[0]?.margins.leftMm).toBe(30);
  });

  test("neither: the page setup is unknown (the page rules then say it could not be read)", async () => {
    const { ooxml, texts } = bigPlan(60);
    const state = new FakeWordState(texts, ooxml);
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(snap.pageSetupSource).toBe("unknown");
    expect(snap.model.sections.every((s) => !s.known)).toBe(true);
  });

  test("a Word failure becomes a readable message", async () => {
    const state = new FakeWordState(["a"], "<x/>");
    state.failNextSyncWith = Object.assign(new Error("The document is locked."), { code: "AccessDenied" });
    const adapter = new WordAdapter(fakeWordApi(state));
    await expect(adapter.snapshot()).rejects.toThrow(WordAdapterError);
    state.failNextSyncWith = Object.assign(new Error("The document is locked."), { code: "AccessDenied" });
    await expect(adapter.snapshot()).rejects.toThrow(/Không đọc được tài liệu từ Word: Word không cho phép/);
  });

  test("OOXML the reader cannot read: a readable message", async () => {
    const state = new FakeWordState(["a"], "not xml at all");
    await expect(new WordAdapter(fakeWordApi(state)).snapshot()).rejects.toThrow(/Không đọc được nội dung tài liệu/);
  });
});

describe("goTo", () => {
  const texts = ["KẾ HOẠCH", "Thực hiện Kết luận số 125-KL/TU, Ban Thường vụ", "Kết luận số 125-KL/TU được quán triệt"];

  test("selects the excerpt inside the paragraph: two syncs", async () => {
    const state = new FakeWordState(texts);
    const r = await new WordAdapter(fakeWordApi(state)).goTo(2, "Kết luận số 125-KL/TU…");
    expect(r).toBe("excerpt");
    expect(state.syncs).toBe(2);
    expect(state.runs).toBe(1);
    // the body-wide search finds it in p1 (match0) and p2 (match1): the paragraph's own is the second
    expect(state.edits).toEqual([{ op: "select", target: "p2/match1" }]);
  });

  test("selects the paragraph when the excerpt is not there", async () => {
    const state = new FakeWordState(texts);
    const r = await new WordAdapter(fakeWordApi(state)).goTo(0, "không có");
    expect(r).toBe("paragraph");
    expect(state.syncs).toBe(2);
    expect(state.edits).toEqual([{ op: "select", target: "p0" }]);
  });

  test("selects the paragraph when there is no excerpt (document-wide finding)", async () => {
    const state = new FakeWordState(texts);
    await new WordAdapter(fakeWordApi(state)).goTo(1);
    expect(state.syncs).toBe(2);
    expect(state.edits).toEqual([{ op: "select", target: "p1" }]);
  });

  test("a paragraph that no longer exists: a readable error, nothing selected", async () => {
    const state = new FakeWordState(texts);
    await expect(new WordAdapter(fakeWordApi(state)).goTo(9, "x")).rejects.toThrow(/không còn đoạn số 9/);
    expect(state.edits).toEqual([]);
  });
});

describe("applyFixes", () => {
  const texts = ["KẾ HOẠCH", "phát triển phát triển kinh tế", "Nội dung", "Kết thúc", "phát triển phát triển xã hội"];

  test("a batch: one Word.run, two syncs, the recorded edits", async () => {
    const state = new FakeWordState(texts, "", [
      { topMargin: 0, bottomMargin: 0, leftMargin: 0, rightMargin: 0, pageWidth: 0, pageHeight: 0 },
    ]);
    const fixes: Fix[] = [
      {
        title: "Cỡ chữ 14",
        edits: [
          {
            kind: "setRunFormat",
            paragraph: 2,
            props: { font: "Times New Roman", sizePt: 14, bold: false, underline: true },
          },
        ],
      },
      {
        title: "Căn đều",
        edits: [
          {
            kind: "setParagraphFormat",
            paragraph: 2,
            props: { alignment: "justify", firstLineMm: 12.7, spaceAfterPt: 6, lineSpacing: 1.15 },
          },
        ],
      },
      {
        title: "Bỏ từ lặp",
        edits: [{ kind: "replaceText", paragraph: 4, find: "phát triển phát triển", replace: "phát triển" }],
      },
      {
        title: "Thêm dòng",
        edits: [
          { kind: "insertParagraphAfter", paragraph: 3, text: "- Lưu Văn phòng.", format: { sizePt: 12 } },
          { kind: "insertParagraphAfter", paragraph: 3, text: "dòng 2" },
        ],
      },
      {
        title: "Lề",
        edits: [{ kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } }],
      },
      { title: "A4", edits: [{ kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 }] },
    ];
    const report = await new WordAdapter(fakeWordApi(state, DESKTOP_13)).applyFixes(fixes);
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    console.log(`fix batch of ${fixes.length} fixes: ${state.runs} Word.run, ${state.syncs} context.sync`);
    expect(report.skipped).toEqual([]);
    expect(report.applied).toBe(7);
    expect(state.edits).toEqual([
      { op: "font.name", target: "p2", value: "Times New Roman" },
      { op: "font.size", target: "p2", value: 14 },
      { op: "font.bold", target: "p2", value: false },
      { op: "font.underline", target: "p2", value: "Single" },
      { op: "alignment", target: "p2", value: "Justified" },
      { op: "firstLineIndent", target: "p2", value: 36 },
      { op: "spaceAfter", target: "p2", value: 6 },
      { op: "lineSpacing", target: "p2", value: 13.8 },
      // the needle occurs in p1 (match0) and p4 (match1)
      { op: "insertText", target: "p4/match1", value: "phát triển", location: "Replace" },
      { op: "insertParagraph", target: "p3", value: "- Lưu Văn phòng.", location: "After" },
      { op: "font.size", target: "new:p3#1", value: 12 },
      // the second insertion goes after the first one, keeping the order
      { op: "insertParagraph", target: "new:p3#1", value: "dòng 2", location: "After" },
      { op: "pageSetup.topMargin", target: "section0", value: mmToPt(20) },
      { op: "pageSetup.bottomMargin", target: "section0", value: mmToPt(20) },
      { op: "pageSetup.leftMargin", target: "section0", value: mmToPt(30) },
      { op: "pageSetup.rightMargin", target: "section0", value: mmToPt(15) },
      { op: "pageSetup.pageWidth", target: "section0", value: mmToPt(210) },
      { op: "pageSetup.pageHeight", target: "section0", value: mmToPt(297) },
    ]);
  });

  test("1,500 paragraphs and 300 fixes: still one run and two syncs", async () => {
    const many = Array.from({ length: 1500 }, (_, i) => `Đoạn ${i} phát triển phát triển`);
    const state = new FakeWordState(many);
    const fixes: Fix[] = Array.from({ length: 300 }, (_, i) => ({
      title: "x",
      edits: [
        { kind: "setRunFormat" as const, paragraph: i * 5, props: { sizePt: 14 } },
        { kind: "replaceText" as const, paragraph: i * 5, find: "phát triển phát triển", replace: "phát triển" },
      ],
    }));
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes(fixes);
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    expect(report.applied).toBe(600);
    expect(
      state.edits
        .filter((e) => e.op === "insertText")
        .map((e) => e.target)
        .slice(0, 3),
    ).toEqual(["p0/match0", "p5/match5", "p10/match10"]);
  });

  test("without WordApiDesktop 1.3 page fixes are skipped with a reason, the others applied", async () => {
    const state = new FakeWordState(texts);
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      {
        title: "Lề",
        edits: [{ kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } }],
      },
      { title: "Đậm", edits: [{ kind: "setRunFormat", paragraph: 0, props: { bold: true } }] },
    ]);
    expect(report.applied).toBe(1);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]?.reason).toMatch(/WordApiDesktop 1\.3/);
    expect(state.loads).not.toContain("sections");
    expect(state.edits).toEqual([{ op: "font.bold", target: "p0", value: true }]);
  });

  test("stale fixes (text gone, paragraph gone) are skipped, not applied elsewhere", async () => {
    const state = new FakeWordState(texts);
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      { title: "a", edits: [{ kind: "replaceText", paragraph: 0, find: "phát triển phát triển", replace: "x" }] },
      { title: "b", edits: [{ kind: "setRunFormat", paragraph: 99, props: { bold: true } }] },
    ]);
    expect(report.applied).toBe(0);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/Không tìm thấy đoạn số 99/),
      expect.stringMatching(/Đoạn 0 không còn chứa/),
    ]);
    expect(state.edits).toEqual([]);
  });
});

describe("insert", () => {
  const ooxml = "<pkg:package/>";

  test("at the cursor: one sync, after the selection", async () => {
    const state = new FakeWordState(["a"]);
    await new WordAdapter(fakeWordApi(state)).insertAtCursor(ooxml);
    expect(state.syncs).toBe(1);
    expect(state.edits).toEqual([{ op: "insertOoxml", target: "selection", value: ooxml, location: "After" }]);
  });

  test("after a paragraph (end of section II): two syncs", async () => {
    const state = new FakeWordState(["a", "b", "c"]);
    await new WordAdapter(fakeWordApi(state)).insertAfterParagraph(1, ooxml);
    expect(state.syncs).toBe(2);
    expect(state.edits).toEqual([{ op: "insertOoxml", target: "p1/Whole", value: ooxml, location: "After" }]);
  });

  test("a full draft into an empty document; refused when the document has text", async () => {
    const empty = new FakeWordState([""]);
    await new WordAdapter(fakeWordApi(empty)).insertDraft(new Uint8Array([80, 75, 3, 4]));
    expect(empty.syncs).toBe(2);
    expect(empty.edits).toEqual([{ op: "insertFileFromBase64", target: "body", value: 8, location: "Replace" }]);

    const full = new FakeWordState(["Có nội dung"]);
    await expect(new WordAdapter(fakeWordApi(full)).insertDraft(new Uint8Array([1]))).rejects.toThrow(
      /Tài liệu đang có nội dung/,
    );
    expect(full.edits).toEqual([]);
  });
});

describe("wordErrorMessage", () => {
  test("known codes, unknown codes, plain errors", () => {
    expect(wordErrorMessage({ code: "ItemNotFound", message: "x" }, "Đi tới")).toMatch(/^Đi tới: Không còn tìm thấy/);
    expect(wordErrorMessage({ code: "Weird", message: "boom" })).toBe("Word báo lỗi Weird: boom.");
    expect(wordErrorMessage(new Error("plain"))).toBe("plain");
    expect(wordErrorMessage(undefined)).toMatch(/Lỗi không rõ/);
  });
});
