/**
 * The fake Word's own behaviour (./fakeWord.ts, ./fakeDocument.ts), pinned with hand-written expectations: where it
 * disagrees with the reader, how it loads, what its search refuses, what its writes do to the package. The adapter
 * tests rely on each of these.
 */
import { readDocument } from "../../src/docx/reader";
import type { WContext } from "../../src/word/types";
import { FakeWordState, fakeWordApi, packageWithBody, type FakeWordContext } from "./fakeWord";

const DATE = 'w:date="2024-01-01T00:00:00Z"';

/** One paragraph per place where Word's text is not the reader's, and a table that ends the body. */
const DIFFERENCES = packageWithBody(
  [
    // a tracked replacement: "Nghị quyết" deleted, "Kết luận" inserted
    `<w:p><w:r><w:t xml:space="preserve">Thực hiện </w:t></w:r><w:del w:id="1" w:author="A" ${DATE}><w:r><w:delText>Nghị quyết</w:delText></w:r></w:del><w:ins w:id="2" w:author="A" ${DATE}><w:r><w:t>Kết luận</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> số 125-KL/TU</w:t></w:r></w:p>`,
    // a manual line break (Shift+Enter)
    `<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>dòng hai</w:t></w:r></w:p>`,
    // a DATE field: its result is text, its code is not
    `<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>05/9/2023</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    // a Wingdings arrow inserted as a symbol
    `<w:p><w:r><w:t xml:space="preserve">Xem </w:t></w:r><w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r><w:r><w:t xml:space="preserve"> mục 2</w:t></w:r></w:p>`,
    // hidden text
    `<w:p><w:r><w:t xml:space="preserve">Có </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">chữ ẩn </w:t></w:r><w:r><w:t>ở đây</w:t></w:r></w:p>`,
    `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô bảng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  ].join(""),
);

/** Runs one batch against the fake and returns what it returned (or throws what it threw). */
async function inWord<T>(state: FakeWordState, batch: (ctx: FakeWordContext) => Promise<T>, sets: string[] = []) {
  return fakeWordApi(state, sets).run((ctx: WContext) => batch(ctx as FakeWordContext));
}

describe("what Word lists and reads", () => {
  test("Word's paragraphs and the reader's differ where Word differs", () => {
    const state = new FakeWordState(DIFFERENCES);
    expect(state.paragraphTexts()).toEqual([
      "Thực hiện Nghị quyếtKết luận số 125-KL/TU",
      "Dòng một\u000bdòng hai",
      "Ngày 05/9/2023",
      "Xem ( mục 2",
      "Có chữ ẩn ở đây",
      "Ô bảng",
      "",
    ]);
    // what the reader makes of the package Word returns for the same document
    expect(readDocument(state.ooxml()).paragraphs.map((p) => p.text)).toEqual([
      "Thực hiện Kết luận số 125-KL/TU",
      "Dòng một\ndòng hai",
      "Ngày 05/9/2023",
      "Xem à mục 2",
      "Có chữ ẩn ở đây",
      "Ô bảng",
    ]);
  });

  test("search sees neither deleted nor hidden text; a field's result, not its code", async () => {
    const state = new FakeWordState(DIFFERENCES);
    const counts = await inWord(state, async (ctx) => {
      const found = ["Nghị quyết", "Kết luận", "chữ ẩn", "05/9/2023", "DATE"].map((t) =>
        ctx.document.body.search(t, { matchCase: true }).load("items"),
      );
      await ctx.sync();
      return found.map((f) => f.items.length);
    });
    expect(counts).toEqual([0, 1, 0, 1, 0]);
  });

  test("search text: 255 characters at most, '^^' is '^', a tab or line break in it finds nothing", async () => {
    const state = FakeWordState.fromTexts(["a^b", "x".repeat(255), "Dòng một\u000bdòng hai"]);
    const counts = await inWord(state, async (ctx) => {
      const found = ["a^^b", "x".repeat(255), "một\u000bdòng"].map((t) => ctx.document.body.search(t).load("items"));
      await ctx.sync();
      return found.map((f) => f.items.length);
    });
    expect(counts).toEqual([1, 1, 0]);
    await expect(
      inWord(state, async (ctx) => {
        ctx.document.body.search("x".repeat(256)).load("items");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
  });
});

describe("load and sync as Office.js does them", () => {
  test("a property is readable only after load of its path and a sync", async () => {
    const state = FakeWordState.fromTexts(["Một", "Hai"]);
    await inWord(state, async (ctx) => {
      const paragraphs = ctx.document.body.paragraphs.load("items/text");
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["Một", "Hai"]);
      // "items/text" loads the text only
      expect(() => paragraphs.items[0]!.alignment).toThrow(/The property 'alignment' is not available/);
      const all = ctx.document.body.paragraphs.load("items");
      await ctx.sync();
      expect(all.items[0]!.alignment).toBe("Left");
      // "items" is the scalars: the font (a navigation property) is not among them
      expect(() => all.items[0]!.font.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test('the page setup needs its paths: sections.load("items") leaves it unreadable', async () => {
    const state = FakeWordState.fromTexts(["Một"]);
    const desktop = ["WordApiDesktop 1.3"];
    await inWord(
      state,
      async (ctx) => {
        const bare = ctx.document.sections.load("items");
        await ctx.sync();
        expect(() => bare.items[0]!.pageSetup.topMargin).toThrow(
          expect.objectContaining({ code: "PropertyNotLoaded" }),
        );
        const withPaths = ctx.document.sections.load("items/pageSetup/topMargin");
        await ctx.sync();
        // packageWithBody's 1134 twips
        expect(withPaths.items[0]!.pageSetup.topMargin).toBe(56.7);
      },
      desktop,
    );
    // and without WordApiDesktop 1.3 it is not there at all
    await expect(
      inWord(state, async (ctx) => {
        ctx.document.sections.load("items/pageSetup/topMargin");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("a sync with nothing queued is no round trip; Word.run syncs what is left; objects die with the run", async () => {
    const state = FakeWordState.fromTexts(["Một"]);
    let kept: { text: string } | undefined;
    await inWord(state, async (ctx) => {
      await ctx.sync();
      const p = ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      kept = p.items[0];
      p.items[0]!.font.bold = true;
    });
    expect(state.syncs).toBe(2);
    expect(readDocument(state.ooxml()).paragraphs[0]?.runs[0]?.bold).toBe(true);
    expect(() => kept?.text).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });
});

describe("writes change the document", () => {
  test("font, paragraph format, text and page setup: the reader reads them back", async () => {
    const state = FakeWordState.fromTexts(["Tiêu đề", "phát triển phát triển kinh tế"]);
    await inWord(
      state,
      async (ctx) => {
        const ps = ctx.document.body.paragraphs.load("items/text");
        const found = ctx.document.body.search("phát triển phát triển", { matchCase: true }).load("items");
        const sections = ctx.document.sections.load("items");
        await ctx.sync();
        const p = ps.items[1]!;
        p.font.name = "Times New Roman";
        p.font.size = 14;
        p.alignment = "Justified";
        p.firstLineIndent = 36;
        p.spaceAfter = 6;
        p.lineSpacing = 18;
        found.items[0]!.insertText("phát triển", "Replace");
        ps.items[0]!.insertParagraph("Dòng mới", "After").font.bold = true;
        sections.items[0]!.pageSetup.leftMargin = 85.05;
        await ctx.sync();
      },
      ["WordApiDesktop 1.3"],
    );
    const model = readDocument(state.ooxml());
    expect(model.paragraphs.map((p) => p.text)).toEqual(["Tiêu đề", "Dòng mới", "phát triển kinh tế"]);
    expect(model.paragraphs[1]?.runs[0]?.bold).toBe(true);
    expect(model.paragraphs[2]).toMatchObject({
      alignment: "justify",
      firstLineMm: 12.7,
      spaceAfterPt: 6,
      lineSpacing: { rule: "auto", value: 1.5 },
    });
    expect(model.paragraphs[2]?.runs).toEqual([
      expect.objectContaining({ text: "phát triển kinh tế", font: "Times New Roman", sizePt: 14 }),
    ]);
    expect(model.sections[0]?.margins.leftMm).toBe(30);
  });

  test("with change tracking on: Word's text keeps the deleted words, the package records the revisions", async () => {
    const state = FakeWordState.fromTexts(["Kết luận số 125-KL/TU ngày 5/9/2023"]);
    await inWord(state, async (ctx) => {
      ctx.document.changeTrackingMode = "TrackAll";
      const found = ctx.document.body.search("5/9/2023", { matchCase: true }).load("items");
      await ctx.sync();
      found.items[0]!.insertText("05/9/2023", "Replace");
      await ctx.sync();
    });
    expect(state.paragraphTexts()).toEqual(["Kết luận số 125-KL/TU ngày 5/9/202305/9/2023"]);
    expect(readDocument(state.ooxml()).paragraphs[0]?.text).toBe("Kết luận số 125-KL/TU ngày 05/9/2023");
    expect(state.ooxml()).toMatch(/<w:del w:id="\d+" w:author="Chuyên viên"[^>]*><w:r><w:delText[^>]*>5\/9\/2023/);
    expect(state.ooxml()).toMatch(/<w:ins w:id="\d+" w:author="Chuyên viên"[^>]*><w:r><w:t[^>]*>05\/9\/2023/);
  });

  test("a comment on a range: recorded with its text, the paragraph's text unchanged", async () => {
    const state = FakeWordState.fromTexts(["Nơi nhận:", "- Văn phòng Tỉnh ủy"]);
    const content = await inWord(state, async (ctx) => {
      const found = ctx.document.body.search("Văn phòng Tỉnh ủy", { matchCase: true }).load("items");
      await ctx.sync();
      const comment = (
        found.items[0] as unknown as { insertComment(t: string): { load(): { content: string } } }
      ).insertComment("Thiếu dấu “;” ở cuối dòng");
      const loaded = comment.load();
      await ctx.sync();
      return loaded.content;
    });
    expect(content).toBe("Thiếu dấu “;” ở cuối dòng");
    expect(state.comments).toEqual([
      expect.objectContaining({ text: "Thiếu dấu “;” ở cuối dòng", anchor: "Văn phòng Tỉnh ủy" }),
    ]);
    expect(readDocument(state.ooxml()).paragraphs.map((p) => p.text)).toEqual(["Nơi nhận:", "- Văn phòng Tỉnh ủy"]);
    expect(state.ooxml()).toContain('<w:commentRangeStart w:id="');
  });
});
