/** The pure half of the Word adapter (src/word/plan.ts): needles, excerpt positions, edits, page setup. */
import { readDocument } from "../../src/docx/reader";
import type { HeaderFooterInfo, Section } from "../../src/model/document";
import type { FixEdit } from "../../src/model/fix";
import {
  locateExcerpt,
  mergePageSetup,
  mmToPt,
  PAGE_SETUP_UNSUPPORTED,
  planFixes,
  readerText,
  resolveReplacements,
  searchNeedle,
  toBase64,
  wordFont,
  wordParagraphFormat,
} from "../../src/word/plan";
import { buildDocxFromSpec } from "../support/buildDocx";
import { partyPlan } from "../support/samples";
import { packageWithBody } from "./fakeWord";

describe("searchNeedle: what to search for an excerpt", () => {
  test.each([
    ["«Thực hiện Kết luận,…»", "Thực hiện Kết luận,"],
    // quotes and ellipses only at the ends, however many; inside they are text
    ["««Kết luận “số” 125»»", "Kết luận “số” 125"],
    ["……Kết luận… số 125……", "Kết luận… số 125"],
    ["Kết luận… số 125", "Kết luận… số 125"],
    ["  Kết luận số 125  ", "Kết luận số 125"],
    // the first line of a paragraph with line breaks or tabs (Word's search finds none of them)
    ["Dòng một\u000bdòng hai", "Dòng một"],
    ["Số 85\tngày 15", "Số 85"],
    ["Văn bản số 5", "Văn bản số 5"],
  ])("%j → %j", (excerpt, needle) => {
    expect(searchNeedle(excerpt)).toBe(needle);
  });

  test("too short: nothing to search", () => {
    expect(searchNeedle("a")).toBeUndefined();
    expect(searchNeedle("«…»")).toBeUndefined();
  });

  test("at most 200 characters, and at most 255 once Word's '^' escapes are counted", () => {
    expect(searchNeedle("x".repeat(200))).toBe("x".repeat(200));
    expect(searchNeedle("x".repeat(300))).toBe("x".repeat(200));
    // 100 carets and 55 letters: 255 once escaped, kept whole; one more caret and the end is cut
    const exact = "^".repeat(100) + "a".repeat(55);
    expect(searchNeedle(exact)).toBe(exact);
    expect(searchNeedle("^".repeat(101) + "a".repeat(55))).toBe("^".repeat(101) + "a".repeat(53));
  });
});

test("readerText: Word's line break as the reader writes it, and NFC", () => {
  expect(readerText("Dòng một\u000bdòng hai")).toBe("Dòng một\ndòng hai");
  expect(readerText("Ve\u0302n")).toBe("Vên");
  expect(readerText("Văn bản")).toBe("Văn bản");
});

describe("locateExcerpt: the k-th body-wide match", () => {
  test("counts the matches before the paragraph and in all", () => {
    expect(locateExcerpt(["ab ab", "c", "ab"], 2, "ab")).toEqual({ needle: "ab", occurrence: 2, expectedTotal: 3 });
  });

  test("nothing when the paragraph is gone, lacks the excerpt, or the excerpt is too short", () => {
    expect(locateExcerpt(["ab"], 0, "zz")).toBeUndefined();
    expect(locateExcerpt(["ab"], 3, "ab")).toBeUndefined();
    expect(locateExcerpt(["a b"], 0, "a")).toBeUndefined();
    expect(locateExcerpt(["undefined là một từ"], 0, "u")).toBeUndefined();
  });
});

describe("Fix properties as Word's", () => {
  test("run format: only what the fix sets", () => {
    expect(wordFont({ font: "Times New Roman", sizePt: 14 })).toStrictEqual({ name: "Times New Roman", size: 14 });
    expect(wordFont({ bold: true, italic: false, underline: false })).toStrictEqual({
      bold: true,
      italic: false,
      underline: "None",
    });
    expect(wordFont({ italic: true, underline: true })).toStrictEqual({ italic: true, underline: "Single" });
    expect(wordFont({})).toStrictEqual({});
  });

  test("paragraph format: alignments by Word's names, indents in points, line spacing as 12 pt a line", () => {
    expect(
      (["left", "center", "right", "justify", "distribute"] as const).map(
        (alignment) => wordParagraphFormat({ alignment }).alignment,
      ),
    ).toEqual(["Left", "Centered", "Right", "Justified", "Justified"]);
    expect(
      wordParagraphFormat({ firstLineMm: 12.7, spaceBeforePt: 12, spaceAfterPt: 6, lineSpacing: 1.5 }),
    ).toStrictEqual({
      firstLineIndent: 36,
      spaceBefore: 12,
      spaceAfter: 6,
      lineSpacing: 18,
    });
    expect(wordParagraphFormat({ spaceBeforePt: 0 })).toStrictEqual({ spaceBefore: 0 });
    expect(wordParagraphFormat({})).toStrictEqual({});
  });
});

describe("planFixes", () => {
  const plan = (edits: FixEdit[], count = 3) => planFixes([{ title: "x", edits }], count, { pageSetupWritable: true });

  test.each<[string, FixEdit]>([
    ["setRunFormat", { kind: "setRunFormat", paragraph: 3, props: { bold: true } }],
    ["setParagraphFormat", { kind: "setParagraphFormat", paragraph: -1, props: { alignment: "left" } }],
    ["replaceText", { kind: "replaceText", paragraph: 1.5, find: "a", replace: "b" }],
    ["insertParagraphAfter", { kind: "insertParagraphAfter", paragraph: 7, text: "- Lưu." }],
  ])("%s on a paragraph the document does not have: skipped, not planned", (_kind, edit) => {
    const p = plan([edit]);
    expect(p.edits).toEqual([]);
    expect(p.skipped).toEqual([
      {
        edit,
        reason: `Không tìm thấy đoạn số ${(edit as { paragraph: number }).paragraph} trong tài liệu (tài liệu đã thay đổi?)`,
      },
    ]);
  });

  test("the last paragraph is in the document", () => {
    expect(plan([{ kind: "setRunFormat", paragraph: 2, props: { bold: true } }]).edits).toHaveLength(1);
  });

  test("nothing to search for: skipped", () => {
    const edit: FixEdit = { kind: "replaceText", paragraph: 0, find: "", replace: "x" };
    expect(plan([edit])).toMatchObject({
      edits: [],
      searches: [],
      skipped: [{ edit, reason: "Đoạn chữ cần thay quá dài hoặc rỗng, không tìm được trong Word" }],
    });
  });

  test("the sections are asked for only by page edits, and only where Word can write them", () => {
    expect(plan([{ kind: "setRunFormat", paragraph: 0, props: { bold: true } }]).needsSections).toBe(false);
    const margins: FixEdit = {
      kind: "setPageMargins",
      section: 0,
      marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
    };
    expect(plan([margins]).needsSections).toBe(true);
    const without = planFixes([{ title: "x", edits: [margins] }], 3, { pageSetupWritable: false });
    expect(without).toMatchObject({ needsSections: false, edits: [], skipped: [{ edit: margins }] });
    expect(without.skipped[0]?.reason).toBe(
      "Phiên bản Word này không cho phần bổ trợ sửa thiết lập trang (cần WordApiDesktop 1.3): hãy sửa trong Bố trí › Lề / Khổ giấy",
    );
    expect(PAGE_SETUP_UNSUPPORTED).toBe(without.skipped[0]?.reason);
  });

  test("Word lists a paragraph the model lacks (after the closing table): planned, nothing to compare it with", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const count = model.paragraphs.length + 1;
    const p = planFixes(
      [{ title: "x", edits: [{ kind: "setRunFormat", paragraph: count - 1, props: { bold: true } }] }],
      count,
      { model, pageSetupWritable: true, paragraphTexts: [...model.paragraphs.map((q) => q.text), ""] },
    );
    expect(p.skipped).toEqual([]);
    expect(p.edits).toHaveLength(1);
  });

  describe("an inserted paragraph looks like another", () => {
    const model = readDocument(buildDocxFromSpec(partyPlan()));
    const find = (start: string) => model.paragraphs.findIndex((p) => p.text.startsWith(start));
    const insert = (edit: Partial<FixEdit & { kind: "insertParagraphAfter" }>) =>
      planFixes([{ title: "x", edits: [{ kind: "insertParagraphAfter", paragraph: 0, text: "t", ...edit }] }], 100, {
        model,
        pageSetupWritable: false,
      }).edits[0];

    test("the paragraph it follows, by default", () => {
      const recipient = find("- Văn phòng Tỉnh ủy");
      expect(insert({ paragraph: recipient })).toMatchObject({
        kind: "insertAfter",
        paragraph: recipient,
        font: { name: "Times New Roman", size: 12, bold: false, italic: false, underline: "None" },
        format: { alignment: "Left", firstLineIndent: 0, spaceBefore: 0, spaceAfter: 0, lineSpacing: 12 },
      });
    });

    test("the first run with text gives the font; an exact line spacing is not a multiple to copy", () => {
      // a leading space in another size and without bold, then the words; a fixed 18 pt line
      const odd = readDocument(
        packageWithBody(
          '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="exact"/></w:pPr>' +
            '<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>' +
            '<w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t>Văn phòng</w:t></w:r></w:p><w:p/>',
        ),
      );
      const planned = (like: number) =>
        planFixes([{ title: "x", edits: [{ kind: "insertParagraphAfter", paragraph: 0, text: "t", like }] }], 2, {
          model: odd,
          pageSetupWritable: false,
        }).edits[0];
      expect(planned(0)).toMatchObject({ font: { size: 13, bold: true } });
      expect(planned(0)).not.toHaveProperty("format.lineSpacing");
      // an empty paragraph: its paragraph format only
      expect(planned(1)).toMatchObject({ kind: "insertAfter", format: { alignment: "Left" } });
      expect(planned(1)).toHaveProperty("font", {});
    });

    test("or the one named by `like`, with its own format on top", () => {
      const body = find("Quán triệt");
      expect(insert({ paragraph: find("Nơi nhận:"), like: body, format: { sizePt: 13 } })).toMatchObject({
        font: { name: "Times New Roman", size: 13, bold: false },
        format: { alignment: "Justified", firstLineIndent: mmToPt(12.7), spaceAfter: 6 },
      });
      expect(insert({ paragraph: find("Nơi nhận:"), like: find("Nơi nhận:") })).toMatchObject({
        font: { underline: "Single" },
      });
    });
  });
});

describe("resolveReplacements", () => {
  const edit: FixEdit = { kind: "replaceText", paragraph: 4, find: "ab", replace: "x" };
  // planned inside each test: code run while jest collects the tests counts as run by none of them
  const planned = () => planFixes([{ title: "x", edits: [edit] }], 5, { pageSetupWritable: false });

  test("a paragraph Word no longer has, or that lost the text: skipped with the fix's own edit", () => {
    expect(resolveReplacements(planned(), ["ab", "c"], new Map([["ab", 1]])).skipped).toEqual([
      { edit, reason: "Đoạn 4 không còn chứa «ab»" },
    ]);
  });

  test("the occurrence counted over the paragraphs before it", () => {
    const r = resolveReplacements(planned(), ["ab ab", "", "c", "ab", "xab"], new Map([["ab", 4]]));
    expect(r.skipped).toEqual([]);
    expect(r.edits).toEqual([expect.objectContaining({ kind: "replace", occurrence: 3, source: edit })]);
  });
});

describe("mergePageSetup", () => {
  const HEADER: HeaderFooterInfo = {
    kind: "default",
    hasPageNumber: true,
    pageNumberAlignment: "center",
    pageNumberSizePt: 14,
    text: "2",
  };
  const ooxmlSection = (index: number): Section => ({
    index,
    pageWidthMm: 210,
    pageHeightMm: 297,
    orientation: "portrait",
    margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
    differentFirstPage: true,
    headers: [HEADER],
    footers: [],
    known: true,
  });
  const pt = (w: number, h: number) => ({
    topMargin: mmToPt(25),
    bottomMargin: mmToPt(25),
    leftMargin: mmToPt(35),
    rightMargin: mmToPt(20),
    pageWidth: mmToPt(w),
    pageHeight: mmToPt(h),
  });

  test("Word's values win for the sections it reports; the others and the headers stay as read", () => {
    const merged = mergePageSetup([ooxmlSection(0), ooxmlSection(1)], [pt(297, 210)]);
    expect(merged[0]).toMatchObject({
      orientation: "landscape",
      pageWidthMm: 297,
      margins: { topMm: 25, leftMm: 35 },
      differentFirstPage: true,
      headers: [HEADER],
    });
    expect(merged[1]).toEqual(ooxmlSection(1));
  });

  test("a section the OOXML lacked is filled in; a square page is portrait", () => {
    const [s] = mergePageSetup([], [pt(210, 210)]);
    expect(s).toMatchObject({ index: 0, known: true, orientation: "portrait", headers: [] });
    expect(mergePageSetup([], [pt(210, 297)])[0]?.orientation).toBe("portrait");
  });
});

test("toBase64 in chunks: the same as Node's", () => {
  const bytes = Uint8Array.from({ length: 0x8000 * 2 + 3 }, (_, i) => (i * 7) % 256);
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  expect(toBase64(new Uint8Array(0))).toBe("");
});
