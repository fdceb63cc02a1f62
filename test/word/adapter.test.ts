/**
 * The Word adapter against the fake Word (./fakeWord.ts), which has its own idea of the document: where Word and the
 * reader disagree, the adapter must notice; what the adapter writes must change the document the way Word would.
 */
import { officeWordApi, WordAdapter } from "../../src/word/adapter";
import { WordAdapterError, wordErrorMessage } from "../../src/word/errors";
import { mmToPt } from "../../src/word/plan";
import type { Fix } from "../../src/model/fix";
import { readDocument } from "../../src/docx/reader";
import { buildCheckView } from "../../src/app/session";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { blockPara, cellPara, partyPlan, statePlan, variant } from "../support/samples";
import type { DocSpec, SpecBlock } from "../support/docSpec";
import { FakeWordState, fakeWordApi, packageOf, packageWithBody } from "./fakeWord";

const DESKTOP_13 = ["WordApiDesktop 1.3"];
const DATE = 'w:date="2024-01-01T00:00:00Z"';

const run = (text: string, rPr = "") => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const deleted = (text: string) =>
  `<w:del w:id="7" w:author="A" ${DATE}><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;

/** A ~1,500-paragraph plan as Word's body OOXML, with the final sectPr removed (as body.getOoxml() may give it). */
function bigPlan(paragraphs = 1500): { spec: DocSpec; ooxml: string } {
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
  return { spec: big, ooxml };
}

const A4_PARTY = {
  topMargin: mmToPt(20),
  bottomMargin: mmToPt(20),
  leftMargin: mmToPt(30),
  rightMargin: mmToPt(15),
  pageWidth: mmToPt(210),
  pageHeight: mmToPt(297),
};

describe("snapshot", () => {
  test("1,500 paragraphs: one Word.run, one sync, the reader's model, page setup from WordApiDesktop 1.3", async () => {
    const { ooxml } = bigPlan();
    const state = new FakeWordState(ooxml, { pageSetups: [A4_PARTY] });
    const snap = await new WordAdapter(fakeWordApi(state, DESKTOP_13)).snapshot();
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(1);
    console.log(
      `snapshot of ${snap.paragraphTexts.length} paragraphs: ${state.runs} Word.run, ${state.syncs} context.sync`,
    );
    expect(snap.model.paragraphs.map((p) => p.text)).toEqual(readDocument(ooxml).paragraphs.map((p) => p.text));
    expect(snap.model.paragraphs.length).toBeGreaterThanOrEqual(1480);
    expect(snap.paragraphTexts).toEqual(state.paragraphTexts());
    // only what is read: the OOXML, the paragraphs' text, the six page measures, the tracking mode, the ids of our
    // decisions parts (Word's payload stays small)
    expect(state.loads).toEqual([
      "Body:getOoxml",
      "ParagraphCollection:items/text",
      "SectionCollection:" +
        ["topMargin", "bottomMargin", "leftMargin", "rightMargin", "pageWidth", "pageHeight"]
          .map((p) => `items/pageSetup/${p}`)
          .join(","),
      "Document:changeTrackingMode",
      "CustomXmlPartScopedCollection:items/id",
    ]);
    expect(snap.changeTracking).toBe("off");
    expect(snap.pageSetupSource).toBe("word");
    expect(snap.model.sections[0]).toMatchObject({
      known: true,
      pageWidthMm: 210,
      pageHeightMm: 297,
      margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
    });
    expect(state.edits).toEqual([]);
  });

  test("Word lists one more paragraph than the reader reads (after the closing table): reported", async () => {
    const ooxml = makeFlatOpc(docxPartsFromSpec(partyPlan()));
    const state = new FakeWordState(ooxml);
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(snap.paragraphTexts).toHaveLength(snap.model.paragraphs.length + 1);
    expect(snap.paragraphTexts.at(-1)).toBe("");
    expect(snap.paragraphCountMismatch).toBe(true);
  });

  test("the same paragraphs: no mismatch", async () => {
    const state = FakeWordState.fromTexts(["KẾ HOẠCH", "Dòng một\u000bdòng hai", "Kết thúc"]);
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(snap.paragraphTexts).toEqual(["KẾ HOẠCH", "Dòng một\u000bdòng hai", "Kết thúc"]);
    expect(snap.model.paragraphs.map((p) => p.text)).toEqual(["KẾ HOẠCH", "Dòng một\ndòng hai", "Kết thúc"]);
    expect(snap.paragraphCountMismatch).toBe(false);
  });

  test("without WordApiDesktop 1.3: page setup from the OOXML's section properties, no page setup call", async () => {
    const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(partyPlan())));
    // the fake fails a sync that touches pageSetup without the requirement set (ApiNotFound)
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(state.syncs).toBe(1);
    expect(state.loads).toEqual([
      "Body:getOoxml",
      "ParagraphCollection:items/text",
      "Document:changeTrackingMode",
      "CustomXmlPartScopedCollection:items/id",
    ]);
    expect(snap.pageSetupSource).toBe("ooxml");
    expect(snap.model.sections[0]?.known).toBe(true);
    expect(snap.model.sections[0]?.margins.leftMm).toBe(30);
  });

  test("a section break but no final section properties: the OOXML's page setup, the last section unknown", async () => {
    const sectPr =
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/></w:sectPr>';
    const ooxml = packageWithBody(
      `<w:p><w:pPr>${sectPr}</w:pPr><w:r><w:t>Một</w:t></w:r></w:p>${para(run("Hai"))}`,
    ).replace(/<w:sectPr>(?:(?!<w:sectPr>).)*<\/w:sectPr>(?=<\/w:body>)/, "");
    const snap = await new WordAdapter(fakeWordApi(new FakeWordState(ooxml))).snapshot();
    expect(snap.model.sections.map((s) => s.known)).toEqual([true, false]);
    expect(snap.pageSetupSource).toBe("ooxml");
  });

  test("neither: the page setup is unknown (the page rules then say it could not be read)", async () => {
    const state = new FakeWordState(bigPlan(60).ooxml);
    const snap = await new WordAdapter(fakeWordApi(state)).snapshot();
    expect(snap.pageSetupSource).toBe("unknown");
    expect(snap.model.sections.every((s) => !s.known)).toBe(true);
  });

  test("a Word failure becomes a readable message", async () => {
    const state = FakeWordState.fromTexts(["a"]);
    state.failNextSyncWith = Object.assign(new Error("The document is locked."), { code: "AccessDenied" });
    const adapter = new WordAdapter(fakeWordApi(state));
    await expect(adapter.snapshot()).rejects.toThrow(WordAdapterError);
    state.failNextSyncWith = Object.assign(new Error("The document is locked."), { code: "AccessDenied" });
    await expect(adapter.snapshot()).rejects.toThrow(/Không đọc được tài liệu từ Word: Word không cho phép/);
  });

  test("OOXML the reader cannot read: a readable message", async () => {
    const state = FakeWordState.fromTexts(["a"], { ooxmlOverride: "not xml at all" });
    await expect(new WordAdapter(fakeWordApi(state)).snapshot()).rejects.toThrow(/Không đọc được nội dung tài liệu/);
  });
});

describe("goTo", () => {
  const texts = ["KẾ HOẠCH", "Thực hiện Kết luận số 125-KL/TU, Ban Thường vụ", "Kết luận số 125-KL/TU được quán triệt"];

  test("selects the excerpt inside the paragraph: two syncs", async () => {
    const state = FakeWordState.fromTexts(texts);
    const r = await new WordAdapter(fakeWordApi(state)).goTo(2, "Kết luận số 125-KL/TU…");
    expect(r).toBe("excerpt");
    expect(state.syncs).toBe(2);
    expect(state.runs).toBe(1);
    // the body-wide search finds it in p1 (match0) and p2 (match1): the paragraph's own is the second
    expect(state.edits).toEqual([{ op: "select", target: "p2/match1" }]);
  });

  test("selects the paragraph when the excerpt is not there, or there is none", async () => {
    const state = FakeWordState.fromTexts(texts);
    expect(await new WordAdapter(fakeWordApi(state)).goTo(0, "không có")).toBe("paragraph");
    expect(await new WordAdapter(fakeWordApi(state)).goTo(1)).toBe("paragraph");
    expect(state.syncs).toBe(4);
    expect(state.edits).toEqual([
      { op: "select", target: "p0" },
      { op: "select", target: "p1" },
    ]);
  });

  test("only the paragraphs' text and the search's matches are loaded", async () => {
    const state = FakeWordState.fromTexts(texts);
    await new WordAdapter(fakeWordApi(state)).goTo(2, "Kết luận số 125-KL/TU");
    expect(state.loads).toEqual(["ParagraphCollection:items/text", "RangeCollection:items"]);
  });

  test("a paragraph that no longer exists: a readable error, nothing selected", async () => {
    const state = FakeWordState.fromTexts(texts);
    await expect(new WordAdapter(fakeWordApi(state)).goTo(9, "x")).rejects.toThrow(
      new WordAdapterError("Tài liệu không còn đoạn số 9 (có 3 đoạn); hãy kiểm tra lại."),
    );
    expect(state.edits).toEqual([]);
  });

  test("the search matches case: the same words in lower case elsewhere do not count", async () => {
    const state = FakeWordState.fromTexts(["căn cứ kết luận số 125-kl/tu", "Kết luận số 125-KL/TU được quán triệt"]);
    expect(await new WordAdapter(fakeWordApi(state)).goTo(1, "Kết luận số 125-KL/TU")).toBe("excerpt");
    expect(state.edits).toEqual([{ op: "select", target: "p1/match0" }]);
  });

  test.each([
    ["a tracked deletion", deleted("Kết luận số 125-KL/TU")],
    ["hidden text", run("Kết luận số 125-KL/TU", "<w:rPr><w:vanish/></w:rPr>")],
  ])(
    "%s before the paragraph: Word's text counts it, its search does not; the paragraph is selected, not a later match",
    async (_what, invisible) => {
      const state = new FakeWordState(
        packageWithBody(
          para(run("KẾ HOẠCH")) +
            para(run("Căn cứ "), invisible, run(" đã nêu")) +
            para(run("Kết luận số 125-KL/TU được quán triệt")) +
            para(run("Kết luận số 125-KL/TU được triển khai")),
        ),
      );
      expect(await new WordAdapter(fakeWordApi(state)).goTo(2, "Kết luận số 125-KL/TU")).toBe("paragraph");
      expect(state.edits).toEqual([{ op: "select", target: "p2" }]);
    },
  );

  test("a field's result is where Word's text and search agree: the excerpt is selected", async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF so_ket_luan </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      run("Kết luận số 125-KL/TU") +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const state = new FakeWordState(
      packageWithBody(para(run("Căn cứ "), field) + para(run("Kết luận số 125-KL/TU được quán triệt"))),
    );
    expect(await new WordAdapter(fakeWordApi(state)).goTo(1, "Kết luận số 125-KL/TU")).toBe("excerpt");
    expect(state.edits).toEqual([{ op: "select", target: "p1/match1" }]);
  });

  test("a long excerpt is searched within Word's 255 characters, '^' escapes counted", async () => {
    const long = "Tập trung lãnh đạo ".repeat(20);
    const carets = "^".repeat(200);
    const state = FakeWordState.fromTexts([long, `Ký hiệu ${carets} cuối`]);
    expect(await new WordAdapter(fakeWordApi(state)).goTo(0, long)).toBe("excerpt");
    expect(await new WordAdapter(fakeWordApi(state)).goTo(1, `Ký hiệu ${carets} cuối`)).toBe("excerpt");
    expect(state.edits).toEqual([
      { op: "select", target: "p0/match0" },
      { op: "select", target: "p1/match0" },
    ]);
  });
});

describe("applyFixes", () => {
  const texts = ["KẾ HOẠCH", "phát triển phát triển kinh tế", "Nội dung", "Kết thúc", "phát triển phát triển xã hội"];

  test("a batch: one Word.run, two syncs, every edit in the document", async () => {
    const state = FakeWordState.fromTexts(texts);
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
      { title: "A4 ngang", edits: [{ kind: "setPageSize", section: 0, widthMm: 297, heightMm: 210 }] },
    ];
    const report = await new WordAdapter(fakeWordApi(state, DESKTOP_13)).applyFixes(fixes);
    expect(state.runs).toBe(1);
    expect(state.syncs).toBe(2);
    console.log(`fix batch of ${fixes.length} fixes: ${state.runs} Word.run, ${state.syncs} context.sync`);
    expect(report).toEqual({ applied: 7, skipped: [], tracking: "direct" });
    const after = readDocument(state.ooxml());
    // p1 keeps its doubled words: the replacement went to p4's occurrence, the second match of the search
    expect(after.paragraphs.map((p) => p.text)).toEqual([
      "KẾ HOẠCH",
      "phát triển phát triển kinh tế",
      "Nội dung",
      "Kết thúc",
      "- Lưu Văn phòng.",
      "dòng 2",
      "phát triển xã hội",
    ]);
    expect(after.paragraphs[2]).toMatchObject({
      alignment: "justify",
      firstLineMm: 12.7,
      spaceAfterPt: 6,
      lineSpacing: { rule: "auto", value: 1.15 },
      runs: [expect.objectContaining({ font: "Times New Roman", sizePt: 14, bold: false, underline: "single" })],
    });
    expect(after.paragraphs[4]?.runs[0]?.sizePt).toBe(12);
    // Word keeps page measures in twips: 15 mm is 850.4 twips, stored as 850 (14.99 mm)
    const s = after.sections[0]!;
    expect(s.orientation).toBe("landscape");
    const measures = [s.pageWidthMm, s.pageHeightMm, s.margins.topMm, s.margins.bottomMm, s.margins.leftMm];
    expect(measures.map((mm) => Math.round(mm))).toEqual([297, 210, 20, 20, 30]);
    expect(s.margins.rightMm).toBeCloseTo(15, 1);
  });

  test("1,500 paragraphs and 300 fixes: still one run and two syncs", async () => {
    const many = Array.from({ length: 1500 }, (_, i) => `Đoạn ${i} phát triển phát triển`);
    const state = FakeWordState.fromTexts(many);
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
    const words = state.paragraphTexts();
    expect(words.filter((t) => t.endsWith(" phát triển phát triển"))).toHaveLength(1200);
    expect([words[0], words[1], words[5]]).toEqual([
      "Đoạn 0 phát triển",
      "Đoạn 1 phát triển phát triển",
      "Đoạn 5 phát triển",
    ]);
  });

  test("the batch loads what it reads: the text, the search matches, the sections when a page edit needs them", async () => {
    const state = FakeWordState.fromTexts(texts);
    await new WordAdapter(fakeWordApi(state, DESKTOP_13)).applyFixes([
      { title: "a", edits: [{ kind: "replaceText", paragraph: 1, find: "phát triển phát triển", replace: "x" }] },
      { title: "b", edits: [{ kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 }] },
    ]);
    expect(state.loads).toEqual([
      "ParagraphCollection:items/text",
      "Document:changeTrackingMode",
      "RangeCollection:items",
      "SectionCollection:items",
    ]);
  });

  test("a fix sets only what it names: 14 pt keeps the bold, italic and space before are set", async () => {
    const state = new FakeWordState(packageWithBody(para(run("Tiêu đề", '<w:rPr><w:b/><w:sz w:val="24"/></w:rPr>'))));
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      { title: "a", edits: [{ kind: "setRunFormat", paragraph: 0, props: { sizePt: 14 } }] },
      { title: "b", edits: [{ kind: "setRunFormat", paragraph: 0, props: { italic: true } }] },
      { title: "c", edits: [{ kind: "setParagraphFormat", paragraph: 0, props: { spaceBeforePt: 12 } }] },
    ]);
    expect(report).toEqual({ applied: 3, skipped: [], tracking: "direct" });
    const p = readDocument(state.ooxml()).paragraphs[0]!;
    expect(p.runs).toEqual([expect.objectContaining({ text: "Tiêu đề", sizePt: 14, bold: true, italic: true })]);
    expect(p.spaceBeforePt).toBe(12);
  });

  test("the search matches case: a lower-case copy elsewhere is not the one replaced", async () => {
    const state = FakeWordState.fromTexts(["phát triển phát triển nông thôn", "Phát triển phát triển kinh tế"]);
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      {
        title: "a",
        edits: [{ kind: "replaceText", paragraph: 1, find: "Phát triển phát triển", replace: "Phát triển" }],
      },
    ]);
    expect(report).toEqual({ applied: 1, skipped: [], tracking: "direct" });
    expect(state.paragraphTexts()).toEqual(["phát triển phát triển nông thôn", "Phát triển kinh tế"]);
  });

  test("a section Word does not have: skipped with the fix's own edit and a reason", async () => {
    const state = FakeWordState.fromTexts(texts);
    const margins = {
      kind: "setPageMargins" as const,
      section: 2,
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    };
    const size = { kind: "setPageSize" as const, section: 3, widthMm: 210, heightMm: 297 };
    const report = await new WordAdapter(fakeWordApi(state, DESKTOP_13)).applyFixes([
      { title: "Lề", edits: [margins] },
      { title: "A4", edits: [size] },
    ]);
    expect(report).toEqual({
      applied: 0,
      skipped: [
        { edit: margins, reason: "Không tìm thấy phần (section) số 3 của tài liệu" },
        { edit: size, reason: "Không tìm thấy phần (section) số 4 của tài liệu" },
      ],
      tracking: "direct",
    });
  });

  test("without WordApiDesktop 1.3 page fixes are skipped with a reason, the others applied", async () => {
    const state = FakeWordState.fromTexts(texts);
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      {
        title: "Lề",
        edits: [{ kind: "setPageMargins", section: 0, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } }],
      },
      { title: "Đậm", edits: [{ kind: "setRunFormat", paragraph: 0, props: { bold: true } }] },
    ]);
    expect(report.applied).toBe(1);
    expect(report.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/WordApiDesktop 1\.3/)]);
    expect(state.loads).toEqual(["ParagraphCollection:items/text", "Document:changeTrackingMode"]);
    expect(state.edits).toEqual([{ op: "font.bold", target: "p0", value: true }]);
  });

  test("stale fixes (text gone, paragraph gone) are skipped, not applied elsewhere", async () => {
    const state = FakeWordState.fromTexts(texts);
    const before = state.ooxml();
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      { title: "a", edits: [{ kind: "replaceText", paragraph: 0, find: "phát triển phát triển", replace: "x" }] },
      { title: "b", edits: [{ kind: "setRunFormat", paragraph: 99, props: { bold: true } }] },
    ]);
    expect(report.applied).toBe(0);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/Không tìm thấy đoạn số 99/),
      expect.stringMatching(/Đoạn 0 không còn chứa/),
    ]);
    expect(state.ooxml()).toBe(before);
  });

  test("a paragraph inserted above since the check: the fix is skipped, not applied to its neighbour", async () => {
    const state = FakeWordState.fromTexts(["KẾ HOẠCH", "Nội dung cỡ 13", "Kết thúc"]);
    const adapter = new WordAdapter(fakeWordApi(state));
    const { model } = await adapter.snapshot();
    // the drafter types a line at the top before pressing Sửa
    state.doc.insertParagraph(state.doc.paragraphs()[0]!, "Dòng mới", "Before");
    const report = await adapter.applyFixes(
      [{ title: "Cỡ 14", edits: [{ kind: "setRunFormat", paragraph: 1, props: { sizePt: 14 } }] }],
      model,
    );
    expect(report.applied).toBe(0);
    expect(report.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/không còn là đoạn đã kiểm tra/)]);
    expect(readDocument(state.ooxml()).paragraphs.map((p) => p.runs[0]?.sizePt)).toEqual([10, 10, 10, 10]);
  });

  test("a tracked deletion before the paragraph: the replacement is skipped, the later occurrence untouched", async () => {
    const state = new FakeWordState(
      packageWithBody(
        para(run("Căn cứ "), deleted("phát triển phát triển"), run(" đã nêu")) +
          para(run("phát triển phát triển kinh tế")) +
          para(run("phát triển phát triển xã hội")),
      ),
    );
    const adapter = new WordAdapter(fakeWordApi(state));
    const { model } = await adapter.snapshot();
    const report = await adapter.applyFixes(
      [
        {
          title: "Bỏ từ lặp",
          edits: [{ kind: "replaceText", paragraph: 1, find: "phát triển phát triển", replace: "phát triển" }],
        },
      ],
      model,
    );
    expect(report).toEqual({
      applied: 0,
      skipped: [
        {
          edit: { kind: "replaceText", paragraph: 1, find: "phát triển phát triển", replace: "phát triển" },
          reason: "Không xác định được chắc chắn vị trí của «phát triển phát triển» trong Word; hãy sửa tay",
        },
      ],
      tracking: "direct",
    });
    expect(state.paragraphTexts().slice(1)).toEqual(["phát triển phát triển kinh tế", "phát triển phát triển xã hội"]);
  });

  test("Word's 255-character search limit: a longer text to replace is skipped, the batch still runs", async () => {
    const at255 = "a".repeat(255);
    const at256 = "b".repeat(256);
    const carets = `${"^".repeat(10)}${"c".repeat(240)}`; // 250 characters, 260 once escaped
    const state = FakeWordState.fromTexts([at255, at256, carets, "Đoạn khác"]);
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes([
      { title: "255", edits: [{ kind: "replaceText", paragraph: 0, find: at255, replace: "A" }] },
      { title: "256", edits: [{ kind: "replaceText", paragraph: 1, find: at256, replace: "B" }] },
      { title: "^", edits: [{ kind: "replaceText", paragraph: 2, find: carets, replace: "C" }] },
      { title: "Đậm", edits: [{ kind: "setRunFormat", paragraph: 3, props: { bold: true } }] },
    ]);
    expect(report.applied).toBe(2);
    expect(report.skipped.map((s) => s.edit)).toEqual([
      expect.objectContaining({ paragraph: 1 }),
      expect.objectContaining({ paragraph: 2 }),
    ]);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/quá dài/),
      expect.stringMatching(/quá dài/),
    ]);
    expect(state.paragraphTexts()).toEqual(["A", at256, carets, "Đoạn khác"]);
  });
});

describe("Sửa tất cả through Word cures its findings", () => {
  /** A plan with one fixable defect per rule that has a fix, in the page, font, body and recipients areas. */
  const flawed = (base: () => DocSpec, recipient: string) =>
    variant(base(), (d) => {
      d.page.widthMm = 215.9;
      d.page.heightMm = 279.4;
      d.page.marginsMm = { top: 10, bottom: 10, left: 20, right: 10 };
      blockPara(d, 4).font = "Arial";
      blockPara(d, 6).sizePt = 12;
      blockPara(d, 8).align = "left";
      blockPara(d, 8).firstLineMm = 0;
      cellPara(d, -1, 0, 1).text = recipient;
    });

  test.each([
    ["party", () => flawed(partyPlan, "- Thường trực Tỉnh ủy (b/c)")],
    ["state", () => flawed(statePlan, "- Thường trực Tỉnh ủy (b/c)")],
  ])("%s plan: one batch of every fix, then no finding of those rules", async (_profile, spec) => {
    const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(spec())));
    const adapter = new WordAdapter(fakeWordApi(state, DESKTOP_13));
    const before = await adapter.snapshot();
    const view = buildCheckView(before.model, DEFAULT_SETTINGS);
    const rules = Object.keys(view.fixesByRule).sort();
    expect(rules).toEqual(
      ["body/paragraph", "font/family", "font/size", "page/margins", "page/size", "recipients/punctuation"].sort(),
    );
    const report = await adapter.applyFixes(Object.values(view.fixesByRule).flat(), before.model);
    expect(report.skipped).toEqual([]);
    const after = buildCheckView((await adapter.snapshot()).model, DEFAULT_SETTINGS);
    const left = after.groups.flatMap((g) => g.findings).filter((f) => rules.includes(f.rule));
    expect(left.map((f) => `${f.rule} ${f.paragraph ?? ""}: ${f.message}`)).toEqual([]);
  });

  test("with change tracking on, the fixes are revisions and still cure the findings", async () => {
    const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(flawed(partyPlan, "- Thường trực Tỉnh ủy (b/c)"))), {
      trackingMode: "TrackAll",
    });
    const adapter = new WordAdapter(fakeWordApi(state, DESKTOP_13));
    const before = await adapter.snapshot();
    const fixes = buildCheckView(before.model, DEFAULT_SETTINGS).fixesByRule;
    await adapter.applyFixes([...(fixes["recipients/punctuation"] ?? []), ...(fixes["font/size"] ?? [])], before.model);
    const recipient = state.paragraphTexts().find((t) => t.startsWith("- Thường trực"));
    // Word's text keeps the deleted characters next to the new ones; the reader reads the result
    expect(recipient).not.toBe("- Thường trực Tỉnh ủy (b/c),");
    const after = buildCheckView((await adapter.snapshot()).model, DEFAULT_SETTINGS);
    const rules = after.groups.flatMap((g) => g.findings).map((f) => f.rule);
    expect(rules).not.toContain("recipients/punctuation");
    expect(rules).not.toContain("font/size");
    expect(state.ooxml()).toContain("<w:rPrChange ");
  });
});

describe("insert", () => {
  const clause = packageOf(["Đoạn mẫu một", "Đoạn mẫu hai"]);

  test("at the cursor: one sync, after the selection", async () => {
    const state = FakeWordState.fromTexts(["a", "b"]);
    await new WordAdapter(fakeWordApi(state)).insertAtCursor(clause);
    expect(state.syncs).toBe(1);
    expect(state.edits).toEqual([{ op: "insertOoxml", target: "selection", value: clause, location: "After" }]);
    // the fake's cursor is at the start of the document: the clause follows its first paragraph
    expect(state.paragraphTexts()).toEqual(["a", "Đoạn mẫu một", "Đoạn mẫu hai", "b"]);
  });

  test("after a paragraph (end of section II): two syncs", async () => {
    const state = FakeWordState.fromTexts(["a", "b", "c"]);
    await new WordAdapter(fakeWordApi(state)).insertAfterParagraph(1, clause);
    expect(state.syncs).toBe(2);
    expect(state.edits).toEqual([{ op: "insertOoxml", target: "p1/Whole", value: clause, location: "After" }]);
    expect(state.loads).toEqual(["ParagraphCollection:items/text"]);
    expect(state.paragraphTexts()).toEqual(["a", "b", "Đoạn mẫu một", "Đoạn mẫu hai", "c"]);
  });

  test("after a paragraph that no longer exists: a readable error, nothing inserted", async () => {
    const state = FakeWordState.fromTexts(["a", "b"]);
    await expect(new WordAdapter(fakeWordApi(state)).insertAfterParagraph(9, clause)).rejects.toThrow(
      new WordAdapterError("Tài liệu không còn đoạn số 9; hãy kiểm tra lại rồi thử lại."),
    );
    expect(state.paragraphTexts()).toEqual(["a", "b"]);
  });

  test("a document of empty paragraphs is empty: the draft goes in", async () => {
    const state = FakeWordState.fromTexts(["", " ", ""]);
    await new WordAdapter(fakeWordApi(state)).insertDraft(new Uint8Array([80, 75]));
    expect(state.loads).toEqual(["Body:text"]);
    expect(state.edits.map((e) => e.op)).toEqual(["insertFileFromBase64"]);
  });

  test("a full draft into an empty document; refused when the document has text", async () => {
    const empty = FakeWordState.fromTexts([""]);
    await new WordAdapter(fakeWordApi(empty)).insertDraft(new Uint8Array([80, 75, 3, 4]));
    expect(empty.syncs).toBe(2);
    expect(empty.edits).toEqual([{ op: "insertFileFromBase64", target: "body", value: 8, location: "Replace" }]);

    const full = FakeWordState.fromTexts(["Có nội dung"]);
    await expect(new WordAdapter(fakeWordApi(full)).insertDraft(new Uint8Array([1]))).rejects.toThrow(
      new WordAdapterError(
        "Tài liệu đang có nội dung: hãy mở một tài liệu trống (Tệp › Mới) rồi bấm «Tạo văn bản», " +
          "hoặc dùng «Chèn» để chèn từng mục tại vị trí con trỏ.",
      ),
    );
    expect(full.edits).toEqual([]);
  });
});

describe("a Word failure in each operation names the operation", () => {
  const locked = () => Object.assign(new Error("locked"), { code: "AccessDenied" });
  const WHY =
    "Word không cho phép thao tác này (tài liệu đang được bảo vệ hoặc chỉ đọc). (Word: AccessDenied – locked)";
  test.each<[string, (a: WordAdapter) => Promise<unknown>]>([
    ["Không đọc được tài liệu từ Word", (a) => a.snapshot()],
    ["Không đi tới được vị trí này", (a) => a.goTo(0, "Một")],
    ["Không sửa được tài liệu", (a) => a.applyFixes([{ title: "x", edits: [] }])],
    ["Không chèn được đoạn mẫu tại vị trí con trỏ", (a) => a.insertAtCursor("<pkg:package/>")],
    ["Không chèn được đoạn mẫu", (a) => a.insertAfterParagraph(0, "<pkg:package/>")],
    ["Không tạo được văn bản", (a) => a.insertDraft(new Uint8Array([1]))],
  ])("%s", async (action, operation) => {
    const state = FakeWordState.fromTexts(["Một"]);
    state.failNextSyncWith = locked();
    await expect(operation(new WordAdapter(fakeWordApi(state)))).rejects.toThrow(
      new WordAdapterError(`${action}: ${WHY}`),
    );
  });
});

describe("wordErrorMessage", () => {
  test.each([
    ["AccessDenied", "Word không cho phép thao tác này (tài liệu đang được bảo vệ hoặc chỉ đọc)."],
    ["ActivityLimitReached", "Word đang bận hoặc đã đạt giới hạn thao tác; hãy thử lại sau giây lát."],
    ["ApiNotFound", "Phiên bản Word này không hỗ trợ chức năng cần dùng; hãy cập nhật Office."],
    ["NotImplemented", "Phiên bản Word này chưa có chức năng cần dùng; hãy cập nhật Office."],
    ["GeneralException", "Word báo lỗi khi thực hiện thao tác."],
    ["InvalidArgument", "Word không chấp nhận dữ liệu được gửi tới (tham số không hợp lệ)."],
    ["InvalidRequest", "Word không thực hiện được yêu cầu trong trạng thái hiện tại của tài liệu."],
    ["ItemNotFound", "Không còn tìm thấy vị trí này trong tài liệu (tài liệu đã thay đổi?); hãy kiểm tra lại."],
    ["RequestPayloadSizeLimitExceeded", "Tài liệu quá lớn để Word gửi cho phần bổ trợ trong một lần."],
    ["ResponsePayloadSizeLimitExceeded", "Tài liệu quá lớn để Word gửi cho phần bổ trợ trong một lần."],
    ["SearchStringInvalidOrTooLong", "Đoạn trích quá dài để tìm trong Word."],
    ["InsertOoxmlFailed", "Word không chèn được nội dung mẫu."],
    ["EditModeNotAllowed", "Tài liệu đang ở chế độ chỉ đọc; hãy bật chế độ chỉnh sửa."],
  ])("%s: what the drafter can do, with Word's code", (code, text) => {
    expect(wordErrorMessage({ code })).toBe(`${text} (Word: ${code})`);
    expect(wordErrorMessage({ code, message: "x" }, "Đi tới")).toBe(`Đi tới: ${text} (Word: ${code} – x)`);
  });

  test("unknown codes, plain errors, strings and nothing", () => {
    expect(wordErrorMessage({ code: "Weird", message: "boom" })).toBe("Word báo lỗi Weird: boom.");
    expect(wordErrorMessage({ code: "Weird" })).toBe("Word báo lỗi Weird.");
    expect(wordErrorMessage({ code: 5009, message: "read-only" })).toBe("read-only");
    expect(wordErrorMessage(new Error("plain"))).toBe("plain");
    expect(wordErrorMessage(new WordAdapterError("đã nói rõ"), "Đi tới")).toBe("Đi tới: đã nói rõ");
    expect(wordErrorMessage("a string")).toBe("a string");
    expect(wordErrorMessage(42)).toBe("42");
    expect(wordErrorMessage({ message: 42 })).toBe("Lỗi không rõ nguyên nhân khi làm việc với Word.");
    expect(wordErrorMessage(undefined)).toBe("Lỗi không rõ nguyên nhân khi làm việc với Word.");
    expect(new WordAdapterError("x").name).toBe("WordAdapterError");
  });
});

describe("officeWordApi: the real host, through Office.js's globals", () => {
  afterEach(() => {
    delete (globalThis as { Word?: unknown }).Word;
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("Word.run runs the batch; a requirement-set check that throws means unsupported", async () => {
    const state = FakeWordState.fromTexts(["Một"]);
    const fake = fakeWordApi(state);
    let supported: (name: string, version: string) => boolean = () => true;
    Object.assign(globalThis, {
      Word: { run: fake.run },
      Office: { context: { requirements: { isSetSupported: (n: string, v: string) => supported(n, v) } } },
    });
    const api = officeWordApi();
    expect(
      await api.run(async (ctx) => {
        await ctx.sync();
        return "done";
      }),
    ).toBe("done");
    expect(state.runs).toBe(1);
    expect(api.isSetSupported("WordApiDesktop", "1.3")).toBe(true);
    supported = () => {
      throw new Error("Office is not ready");
    };
    expect(api.isSetSupported("WordApiDesktop", "1.3")).toBe(false);
  });
});
