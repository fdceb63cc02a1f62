/**
 * `ketluan fix --track-changes`: the same fixes as tracked changes. Accept All must give what the plain fix writes,
 * Reject All the original; both are done here by test/support/revisions.ts (an oracle written from the standard, not
 * from the fixer) and compared as models read back by the reader.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { fixCommand } from "../../src/cli/commands/fix";
import { readDocument } from "../../src/docx/reader";
import { fixDocument } from "../../src/fixer";
import { charDiff } from "../../src/fixer/diff";
import { convertWithLibreOffice, libreOfficeAvailable } from "../support/libreoffice";
import type { DocumentModel, Run } from "../../src/model/document";
import { buildDocxFromSpec } from "../support/buildDocx";
import { acceptAll, rejectAll, revisionMarks } from "../support/revisions";
import { blockPara, cellPara, partyPlan, setCellText, variant } from "../support/samples";

const TRACK = { author: "ketluan", date: "2026-12-03T06:00:00Z" };

/** A model as the user sees it: runs of one formatting merged (a split run reads the same), empty runs dropped. */
function comparable(model: DocumentModel): unknown {
  const merge = (runs: Run[]): Run[] => {
    const out: Run[] = [];
    for (const r of runs) {
      if (r.text === "") continue;
      const last = out[out.length - 1];
      const { text: _a, ...fa } = r;
      const fb = last === undefined ? undefined : (({ text: _b, ...rest }) => rest)(last);
      if (last !== undefined && JSON.stringify(fa) === JSON.stringify(fb)) last.text += r.text;
      else out.push({ ...r });
    }
    return out;
  };
  return { ...model, paragraphs: model.paragraphs.map((p) => ({ ...p, runs: merge(p.runs) })) };
}

/** A Party plan with defects every kind of edit fixes: text, run and paragraph formatting, page setup, a new line. */
function flawedPlan(): Uint8Array {
  return buildDocxFromSpec(
    variant(partyPlan(), (d) => {
      d.defaults = { font: "Arial", sizePt: 13 };
      d.page.marginsMm = { top: 25, bottom: 25, left: 25, right: 25 };
      d.page.widthMm = 215.9;
      d.page.heightMm = 279.4;
      setCellText(d, 0, 0, 3, "Số: 5/KH-HU");
      Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0, spaceAfterPt: 0 });
      blockPara(d, 6).text = "Tổ chức  quán triệt ,  triển khai thực hiện nghiêm túc.";
      setCellText(d, -1, 0, 0, "Nơi nhận");
      setCellText(d, -1, 0, 1, "- Thường trực Tỉnh ủy;");
      setCellText(d, -1, 0, 2, "- Các chi bộ,");
      cellPara(d, -1, 1, 2).bold = false;
    }),
  );
}

describe("fixes as tracked changes", () => {
  const original = flawedPlan();
  const plain = fixDocument(original);
  const tracked = fixDocument(original, {}, {}, { track: TRACK });

  it("fixes the same findings as the plain fix, in as many passes", () => {
    expect(plain.fixed.length).toBeGreaterThan(5);
    expect(tracked.fixed.map((f) => [f.rule, f.paragraph, f.pass])).toEqual(
      plain.fixed.map((f) => [f.rule, f.paragraph, f.pass]),
    );
    expect(tracked.skipped).toEqual(plain.skipped);
  });

  it("covers every kind of edit: text, run and paragraph formatting, page setup, an inserted paragraph", () => {
    const kinds = new Set(plain.fixed.flatMap((f) => f.fix.edits.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(
      [
        "insertParagraphAfter",
        "replaceText",
        "setPageMargins",
        "setPageSize",
        "setParagraphFormat",
        "setRunFormat",
      ].sort(),
    );
    const names = new Set(revisionMarks(tracked.bytes).map((m) => m.name));
    expect([...names].sort()).toEqual(["w:del", "w:ins", "w:pPrChange", "w:rPrChange", "w:sectPrChange"]);
  });

  it("marks every change with the author and the time, each with its own id", () => {
    const marks = revisionMarks(tracked.bytes);
    expect(marks.length).toBeGreaterThan(10);
    expect(new Set(marks.map((m) => m.author))).toEqual(new Set(["ketluan"]));
    expect(new Set(marks.map((m) => m.date))).toEqual(new Set([TRACK.date]));
    expect(new Set(marks.map((m) => m.id)).size).toBe(marks.length);
  });

  it("reads, with its revisions pending, as the fixed document (the reader shows the final text)", () => {
    expect(comparable(readDocument(tracked.bytes))).toEqual(comparable(readDocument(plain.bytes)));
    expect(tracked.after.findings.map((f) => f.rule)).toEqual(plain.after.findings.map((f) => f.rule));
  });

  it("Accept All gives exactly what the plain fix writes", () => {
    expect(comparable(readDocument(acceptAll(tracked.bytes)))).toEqual(comparable(readDocument(plain.bytes)));
  });

  it("Reject All gives back the original", () => {
    expect(comparable(readDocument(rejectAll(tracked.bytes)))).toEqual(comparable(readDocument(original)));
  });

  it("edits text inside a run: the unchanged words stay outside the revision", () => {
    const xml = strFromU8(unzipSync(tracked.bytes)["word/document.xml"]!);
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1]);
    // the typing fixes delete a doubled space and the space before a comma, never a whole sentence
    expect(deleted.length).toBeGreaterThan(0);
    for (const d of deleted) expect(d!.length).toBeLessThanOrEqual(3);
  });
});

describe("tracked fixes on Word's extension elements", () => {
  it("puts a property revision last, after w14 elements (a real department's file; Word validates the order)", () => {
    // every run property list ends with Word 2010's w14:ligatures, as Word writes it
    const files = unzipSync(flawedPlan());
    files["word/document.xml"] = strToU8(
      strFromU8(files["word/document.xml"]!)
        .replace(/<w:document /, '<w:document xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ')
        .replace(/<\/w:rPr>/g, '<w14:ligatures w14:val="none"/></w:rPr>'),
    );
    const original = zipSync(files);
    const tracked = fixDocument(original, {}, {}, { track: TRACK });
    const xml = strFromU8(unzipSync(tracked.bytes)["word/document.xml"]!);
    const changes = [...xml.matchAll(/<\/w:rPrChange>(.{0,12})/g)].map((m) => m[1]);
    expect(changes.length).toBeGreaterThan(5);
    for (const after of changes) expect(after!.startsWith("</w:rPr>")).toBe(true);
    expect(comparable(readDocument(rejectAll(tracked.bytes)))).toEqual(comparable(readDocument(original)));
  });
});

describe("ketluan fix --track-changes", () => {
  it("writes the fixes as tracked changes by ketluan, now, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-track-"));
    const input = join(dir, "ke-hoach.docx");
    writeFileSync(input, flawedPlan());
    let out = "";
    const io = { out: (t: string) => (out += t), err: (t: string) => (out += t), color: false };
    const before = Date.now();
    expect(await fixCommand([input, "-o", join(dir, "theo-doi.docx"), "--track-changes"], io)).toBeLessThan(2);
    expect(await fixCommand([input, "-o", join(dir, "thuong.docx")], io)).toBeLessThan(2);
    expect(out).toContain("(theo dõi thay đổi:");
    const tracked = new Uint8Array(readFileSync(join(dir, "theo-doi.docx")));
    const marks = revisionMarks(tracked);
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) {
      expect(m.author).toBe("ketluan");
      expect(m.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(Date.parse(m.date)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    }
    const plain = new Uint8Array(readFileSync(join(dir, "thuong.docx")));
    expect(revisionMarks(plain)).toEqual([]);
    expect(comparable(readDocument(acceptAll(tracked)))).toEqual(comparable(readDocument(plain)));
  });
});

describe("the character diff behind tracked text edits", () => {
  it("rebuilds both texts from its pieces and changes only what differs", () => {
    const d = charDiff("Tổ chức  quán triệt ,  triển khai", "Tổ chức quán triệt, triển khai");
    expect(d.filter((p) => p.op !== "equal").map((p) => `${p.op}:${p.text}`)).toEqual([
      "delete: ",
      "delete: ",
      "delete: ",
    ]);
    // pseudo-random pairs over a small alphabet: old text = equal + deleted pieces, new text = equal + inserted
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const text = (): string =>
      Array.from({ length: Math.floor(next() * 30) }, () => "ab ,ơ"[Math.floor(next() * 5)]).join("");
    for (let i = 0; i < 500; i++) {
      const a = text();
      const b = text();
      const pieces = charDiff(a, b);
      expect(
        pieces
          .filter((p) => p.op !== "insert")
          .map((p) => p.text)
          .join(""),
      ).toBe(a);
      expect(
        pieces
          .filter((p) => p.op !== "delete")
          .map((p) => p.text)
          .join(""),
      ).toBe(b);
    }
  });
});

const withLibreOffice = libreOfficeAvailable("track-changes") ? describe : describe.skip;
withLibreOffice("a tracked fix in LibreOffice", () => {
  it("keeps its revisions through a LibreOffice round trip: accepted, the fixed text; rejected, the original", () => {
    const dir = mkdtempSync(join(tmpdir(), "ketluan-track-lo-"));
    const original = flawedPlan();
    const plain = fixDocument(original);
    const file = join(dir, "theo-doi.docx");
    writeFileSync(file, fixDocument(original, {}, {}, { track: TRACK }).bytes);
    convertWithLibreOffice([file], "docx:MS Word 2007 XML", join(dir, "lo"));
    const saved = new Uint8Array(readFileSync(join(dir, "lo", "theo-doi.docx")));
    const marks = revisionMarks(saved);
    expect(marks.length).toBeGreaterThan(5);
    expect(new Set(marks.map((m) => m.author))).toEqual(new Set(["ketluan"]));
    const texts = (bytes: Uint8Array): string[] =>
      readDocument(bytes)
        .paragraphs.map((p) => p.text)
        .filter((t) => t !== "");
    expect(texts(acceptAll(saved))).toEqual(texts(plain.bytes));
    expect(texts(rejectAll(saved))).toEqual(texts(original));
  }, 120_000);
});
