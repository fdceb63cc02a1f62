/**
 * The review loop in Word (issue 11), against the fake Word: Sửa as tracked changes (the document's own tracking,
 * or turned on for the batch and left on), findings as comments with the texts `ketluan check --annotate` writes, and
 * the removal of the add-in's comments only. Every batch is counted: one Word.run, at most two context.sync.
 */
import { WordAdapter } from "../../src/word/adapter";
import { WordAdapterError } from "../../src/word/errors";
import { planCommentInserts } from "../../src/word/plan";
import type { Fix } from "../../src/model/fix";
import { readDocument } from "../../src/docx/reader";
import { openZip } from "../../src/docx/zip";
import { buildCheckView } from "../../src/app/session";
import { DEFAULT_SETTINGS } from "../../src/app/settings";
import { isKetluanComment } from "../../src/app/actions";
import { commentForFinding, commentsForResult } from "../../src/app/review";
import { directiveSourceFor } from "../../src/app/directiveSource";
import { annotateDocument } from "../../src/annotate";
import { buildDocxFromSpec, docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";
import { FakeWordState, fakeWordApi, type TrackingMode } from "./fakeWord";

const DESKTOP_13 = ["WordApiDesktop 1.3"];
const source = directiveSourceFor(DEFAULT_SETTINGS);

/** A plan with two body paragraphs in 12 pt (font/size, one group) and one in Arial (font/family). */
const flawedSpec = () =>
  variant(partyPlan(), (d) => {
    blockPara(d, 6).sizePt = 12;
    blockPara(d, 8).sizePt = 12;
    blockPara(d, 4).font = "Arial";
  });

function wordWith(options: { trackingMode?: TrackingMode; wordApi?: number } = {}) {
  const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(flawedSpec())), {
    ...(options.trackingMode ? { trackingMode: options.trackingMode } : {}),
  });
  const adapter = new WordAdapter(fakeWordApi(state, DESKTOP_13, { wordApi: options.wordApi ?? 1.4 }));
  return { state, adapter };
}

async function checked(adapter: WordAdapter) {
  const snap = await adapter.snapshot();
  return { snap, view: buildCheckView(snap.model, DEFAULT_SETTINGS) };
}

/** 300 size fixes on 1,500 paragraphs. */
function bigBatch(): { state: FakeWordState; fixes: Fix[] } {
  const texts = Array.from({ length: 1500 }, (_, i) => `Đoạn ${i}: tập trung lãnh đạo, chỉ đạo.`);
  const state = FakeWordState.fromTexts(texts);
  const fixes: Fix[] = Array.from({ length: 300 }, (_, k) => ({
    title: "Đặt cỡ chữ 14 pt",
    edits: [{ kind: "setRunFormat", paragraph: k * 5, props: { sizePt: 14 } }],
  }));
  return { state, fixes };
}

const resetCounts = (state: FakeWordState) => {
  state.runs = 0;
  state.syncs = 0;
  state.edits = [];
  state.loads = [];
};

describe("Sửa with tracked changes", () => {
  test("the document tracks changes: the edits are revisions by Word's user, the mode is left as it is", async () => {
    const { state, adapter } = wordWith({ trackingMode: "TrackAll" });
    const { snap, view } = await checked(adapter);
    expect(snap.changeTracking).toBe("on");
    resetCounts(state);
    const report = await adapter.applyFixes(view.fixesByRule["font/size"] ?? [], snap.model);
    expect(report).toEqual({ applied: 2, skipped: [], tracking: "tracked" });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    expect(state.edits.map((e) => e.op)).not.toContain("changeTrackingMode");
    // Word's Review pane lists each size change with its old value, by the signed-in user
    expect(state.ooxml().match(/<w:rPrChange w:id="\d+" w:author="Chuyên viên"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(state.doc.trackingMode).toBe("TrackAll");
  });

  test("TrackMineOnly is tracking too: kept, and the edits are revisions", async () => {
    const { state, adapter } = wordWith({ trackingMode: "TrackMineOnly" });
    const { snap, view } = await checked(adapter);
    const report = await adapter.applyFixes(view.fixesByRule["font/family"] ?? [], snap.model, {
      trackChanges: true,
    });
    expect(report.tracking).toBe("tracked");
    expect(state.doc.trackingMode).toBe("TrackMineOnly");
    expect(state.ooxml()).toContain("<w:rPrChange ");
  });

  test("«Sửa có theo dõi thay đổi» on an untracked document: tracking is turned on before the edits and stays on", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    expect(snap.changeTracking).toBe("off");
    resetCounts(state);
    const report = await adapter.applyFixes(view.fixesByRule["font/size"] ?? [], snap.model, { trackChanges: true });
    expect(report).toEqual({ applied: 2, skipped: [], tracking: "turnedOn" });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    // queued first in the second sync: every edit after it is recorded as a revision
    expect(state.edits[0]).toEqual({ op: "changeTrackingMode", target: "document", value: "TrackAll" });
    expect(state.edits.slice(1).every((e) => e.op.startsWith("font."))).toBe(true);
    expect(state.ooxml()).toContain("<w:rPrChange ");
    expect(state.doc.trackingMode).toBe("TrackAll");
    // the reader (Accept All) reads the fixed sizes; a new check says the document tracks changes
    const after = await checked(adapter);
    expect(after.snap.changeTracking).toBe("on");
    expect(after.view.groups.flatMap((g) => g.findings).map((f) => f.rule)).not.toContain("font/size");
  });

  test("without the switch the edits go straight in; nothing to apply never turns tracking on", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    const report = await adapter.applyFixes(view.fixesByRule["font/size"] ?? [], snap.model);
    expect(report.tracking).toBe("direct");
    expect(state.ooxml()).not.toContain("w:rPrChange");
    expect(state.doc.trackingMode).toBe("Off");

    // every edit skipped (the paragraph is gone): the mode is not touched
    resetCounts(state);
    const stale = await adapter.applyFixes(
      [{ title: "x", edits: [{ kind: "setRunFormat", paragraph: 9999, props: { bold: true } }] }],
      snap.model,
      { trackChanges: true },
    );
    expect(stale).toMatchObject({ applied: 0, tracking: "direct" });
    expect(state.edits).toEqual([]);
    expect(state.doc.trackingMode).toBe("Off");
  });

  test("300 fixes on 1,500 paragraphs, tracking turned on: one Word.run, two syncs, 300 revisions", async () => {
    const { state, fixes } = bigBatch();
    const report = await new WordAdapter(fakeWordApi(state)).applyFixes(fixes, undefined, { trackChanges: true });
    expect(report).toEqual({ applied: 300, skipped: [], tracking: "turnedOn" });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    console.log(`tracked fix batch of ${fixes.length} fixes: ${state.runs} Word.run, ${state.syncs} context.sync`);
    // each fixed paragraph keeps its old size in a revision (the run's and the paragraph mark's)
    const model = readDocument(state.ooxml());
    expect(model.paragraphs.filter((p) => p.runs[0]?.sizePt === 14)).toHaveLength(300);
    expect(state.ooxml().match(/<w:rPrChange /g)?.length).toBeGreaterThanOrEqual(300);
  });

  test("Word without WordApi 1.4: the mode is neither read nor set (the sync would fail), the edits go in directly", async () => {
    const { state, adapter } = wordWith({ wordApi: 1.3 });
    expect(adapter.reviewSupported).toBe(false);
    const { snap, view } = await checked(adapter);
    expect(snap.changeTracking).toBe("unknown");
    resetCounts(state);
    const report = await adapter.applyFixes(view.fixesByRule["font/size"] ?? [], snap.model, { trackChanges: true });
    expect(report).toEqual({ applied: 2, skipped: [], tracking: "unknown" });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    expect(state.loads).not.toContain("Document:changeTrackingMode");
    expect(state.ooxml()).not.toContain("w:rPrChange");
  });
});

describe("comments", () => {
  test("«Ghi nhận xét tất cả»: the --annotate comments, on their paragraphs, by Word's user; one run, two syncs", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    const comments = commentsForResult(view.result, snap.model, source);
    // font/size on two paragraphs (a heading between them: two comments), font/family, the checklist on the title
    expect(comments.length).toBeGreaterThanOrEqual(3);
    resetCounts(state);
    const report = await adapter.insertComments(comments, snap.model);
    expect(report).toEqual({ added: comments.length, existing: 0, skipped: [] });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    console.log(`${comments.length} comments: ${state.runs} Word.run, ${state.syncs} context.sync`);

    // each comment is on the whole text of the paragraph the plan names, with the plan's text
    expect(state.comments.map((c) => ({ anchor: c.anchor, text: c.text, author: c.author }))).toEqual(
      comments.map((c) => ({ anchor: snap.paragraphTexts[c.paragraph], text: c.text, author: "Chuyên viên" })),
    );
    const size = state.comments.filter((c) => c.text.startsWith("Lỗi (font/size): "));
    expect(size.map((c) => c.anchor)).toEqual([
      expect.stringMatching(/^Quán triệt sâu sắc/),
      expect.stringMatching(/^Tập trung đẩy mạnh/),
    ]);
    expect(size[0]?.text).toBe(
      "Lỗi (font/size): Cỡ chữ phần nội dung 12 pt; HD 36-HD/VPTW yêu cầu 14–15 pt\n" +
        "Căn cứ: HD 36-HD/VPTW, kỹ thuật trình bày phần nội dung văn bản\n" +
        "Sửa được (ketluan fix): Đặt cỡ chữ 14 pt",
    );
    // the same words as the annotated copy's comments, line for line
    const annotated = annotateDocument(buildDocxFromSpec(flawedSpec()), view.result, {
      sourceDocument: "Kết luận",
    }).comments.map((c) => c.lines.map((l) => `${l.lead ?? ""}${l.text}`).join("\n"));
    expect(comments.map((c) => c.text)).toEqual(annotated);
    // the text Word shows is unchanged
    expect(readDocument(state.ooxml()).paragraphs.map((p) => p.text)).toEqual(snap.model.paragraphs.map((p) => p.text));
  });

  test("a second «Ghi nhận xét tất cả» does not write the same comments again", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    const comments = commentsForResult(view.result, snap.model, source);
    await adapter.insertComments(comments, snap.model);
    resetCounts(state);
    const again = await adapter.insertComments(comments, snap.model);
    expect(again).toEqual({ added: 0, existing: comments.length, skipped: [] });
    expect(state.comments).toHaveLength(comments.length);
    expect(state.syncs).toBe(1); // nothing to write: the second sync has nothing queued
  });

  test("«Ghi nhận xét» on one finding: one comment on its paragraph", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    const family = view.groups.flatMap((g) => g.findings).find((f) => f.rule === "font/family")!;
    const comment = commentForFinding(family, view.result, snap.model);
    expect(comment).toHaveLength(1);
    await adapter.insertComments(comment, snap.model);
    expect(state.comments).toEqual([
      expect.objectContaining({
        anchor: snap.paragraphTexts[family.paragraph!],
        text: expect.stringMatching(/^Lỗi \(font\/family\): Phông chữ Arial/),
      }),
    ]);
  });

  test("a paragraph changed since the check: its comment is skipped with a reason, the others written", async () => {
    const state = FakeWordState.fromTexts(["KẾ HOẠCH", "Đoạn một", "Đoạn hai"]);
    const adapter = new WordAdapter(fakeWordApi(state));
    const model = readDocument(state.ooxml());
    state.doc.insertParagraph(state.doc.paragraphs()[0]!, "Đoạn chèn thêm", "After");
    const report = await adapter.insertComments(
      [
        { paragraph: 0, text: "Lỗi (title/type-name): a" },
        { paragraph: 2, text: "Lỗi (font/size): b" },
        { paragraph: 7, text: "Lỗi (font/size): c" },
      ],
      model,
    );
    expect(report.added).toBe(1);
    expect(report.skipped.map((s) => s.reason)).toEqual([
      "Đoạn số 2 trong Word không còn là đoạn đã kiểm tra (tài liệu đã thay đổi?); hãy kiểm tra lại",
      "Không tìm thấy đoạn số 7 trong tài liệu (tài liệu đã thay đổi?)",
    ]);
    expect(state.comments.map((c) => c.anchor)).toEqual(["KẾ HOẠCH"]);
  });

  test("«Xóa nhận xét của ketluan»: ours go, with their markers; the reviewers' stay; two syncs", async () => {
    const { state, adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    // a reviewer's comments, one of which happens to start with «Lỗi»
    const texts = state.doc.paragraphs();
    state.doc.insertComment(state.doc.whole(texts[3]!), "Anh xem lại đoạn này giúp em.");
    state.doc.insertComment(state.doc.whole(texts[4]!), "Lỗi chính tả ở dòng 2.");
    await adapter.insertComments(commentsForResult(view.result, snap.model, source), snap.model);
    const ours = state.comments.length - 2;
    expect(ours).toBeGreaterThan(0);
    resetCounts(state);
    const removed = await adapter.removeComments(isKetluanComment);
    expect(removed).toEqual({ removed: ours, kept: 2 });
    expect([state.runs, state.syncs]).toEqual([1, 2]);
    expect(state.comments.map((c) => c.text)).toEqual(["Anh xem lại đoạn này giúp em.", "Lỗi chính tả ở dòng 2."]);
    const ooxml = state.ooxml();
    expect(ooxml.match(/<w:commentRangeStart /g)).toHaveLength(2);
    expect(ooxml.match(/<w:commentReference /g)).toHaveLength(2);
    expect(readDocument(ooxml).paragraphs.map((p) => p.text)).toEqual(snap.model.paragraphs.map((p) => p.text));

    // nothing of ours left: one sync, nothing deleted
    resetCounts(state);
    expect(await adapter.removeComments(isKetluanComment)).toEqual({ removed: 0, kept: 2 });
    expect(state.syncs).toBe(1);
  });

  test("the comments of an --annotate copy opened in Word are recognised as ours and removed", async () => {
    const bytes = buildDocxFromSpec(flawedSpec());
    const result = buildCheckView(readDocument(bytes), DEFAULT_SETTINGS).result;
    const annotated = annotateDocument(bytes, result, { date: new Date("2025-01-01T00:00:00Z") });
    expect(annotated.comments.length).toBeGreaterThan(0);
    const zip = openZip(annotated.bytes);
    const parts = zip
      .names()
      .filter((n) => n.endsWith(".xml") || n.endsWith(".rels"))
      .map(
        (n) =>
          `<pkg:part pkg:name="/${n}" pkg:contentType="application/xml"><pkg:xmlData>${zip
            .readText(n)
            .replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`,
      )
      .join("");
    const state = new FakeWordState(
      `<?xml version="1.0" standalone="yes"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${parts}</pkg:package>`,
    );
    expect(state.comments).toHaveLength(annotated.comments.length);
    const removed = await new WordAdapter(fakeWordApi(state)).removeComments(isKetluanComment);
    expect(removed).toEqual({ removed: annotated.comments.length, kept: 0 });
    expect(state.comments).toEqual([]);
  });

  test("Word without WordApi 1.4: a readable error, and nothing is sent to Word", async () => {
    const { state, adapter } = wordWith({ wordApi: 1.3 });
    await expect(adapter.insertComments([{ paragraph: 0, text: "Lỗi (x/y): z" }])).rejects.toThrow(WordAdapterError);
    await expect(adapter.removeComments(isKetluanComment)).rejects.toThrow(
      "Không xóa được nhận xét: Phiên bản Word này chưa cho phần bổ trợ dùng Theo dõi thay đổi và nhận xét (cần WordApi 1.4)",
    );
    expect(state.runs).toBe(0);
  });
});

describe("which comments are the add-in's", () => {
  test("every comment the plan writes is recognised; a person's is not", async () => {
    const { adapter } = wordWith();
    const { snap, view } = await checked(adapter);
    for (const c of commentsForResult(view.result, snap.model, source)) expect(isKetluanComment(c.text)).toBe(true);
    // Word may give the text back with "\r" and decomposed characters
    expect(isKetluanComment("Cảnh báo (recipients/required): Thiếu\r…".normalize("NFD"))).toBe(true);
    expect(isKetluanComment("Đối chiếu nhiệm vụ của Kết luận: 6/8 đã đáp ứng")).toBe(true);
    for (const human of [
      "Lỗi chính tả ở dòng 2.",
      "Lỗi (xem lại): câu này",
      "Cần sửa: Lỗi (font/size): 12 pt",
      "Đối chiếu nhiệm vụ giúp em",
      "",
    ])
      expect(isKetluanComment(human)).toBe(false);
  });

  test("planCommentInserts: an empty paragraph has nothing to anchor on; texts compare across line breaks", () => {
    const plan = planCommentInserts(
      [
        { paragraph: 0, text: "Lỗi (a/b): x\ny" },
        { paragraph: 1, text: "Lỗi (a/b): z" },
        { paragraph: 0, text: "Lỗi (a/b): x\ny" },
      ],
      ["Tiêu đề", "  "],
      ["Lỗi (a/b): x\ry"],
    );
    expect(plan.insert).toEqual([{ paragraph: 0, text: "Lỗi (a/b): x\ny" }]);
    expect(plan.existing).toBe(1);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["Đoạn số 1 không có chữ để gắn nhận xét"]);
  });
});
