import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import * as xml from "../../src/docx/xml";
import * as zip from "../../src/docx/zip";
import { readRawZip } from "../../src/docx/zip-write";
import { applyFixes, fixDocument } from "../../src/fixer";
import { checkDocument } from "../../src/check";
import { fixCommand } from "../../src/cli/commands/fix";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { blockPara, cellPara, P, partyPlan, setCellText, stateReport, variant } from "../support/samples";

/** A Party plan with a defect for (nearly) every fixable rule. */
function brokenPlan(): DocSpec {
  return variant(partyPlan(), (d) => {
    d.defaults = { font: "Arial", sizePt: 13 };
    d.page.marginsMm = { top: 25, bottom: 25, left: 25, right: 25 };
    d.page.widthMm = 215.9;
    d.page.heightMm = 279.4;
    setCellText(d, 0, 0, 3, "Số: 5/KH-HU");
    setCellText(d, 0, 0, 2, "");
    setCellText(d, 0, 1, 2, "Lục Nam, ngày 5 tháng 09 năm 2023");
    blockPara(d, 1).align = "left";
    blockPara(d, 2).text = "Thực hiện Kết luận số 125-KL/TU";
    blockPara(d, 3).text = "";
    Object.assign(blockPara(d, 5), { align: "left", firstLineMm: 0, spaceAfterPt: 0 });
    setCellText(d, -1, 0, 0, "Nơi nhận");
    setCellText(d, -1, 0, 1, "- Thường trực Tỉnh ủy;");
    setCellText(d, -1, 0, 2, "- Các chi bộ,");
    setCellText(d, -1, 0, 3, "- Ban Tuyên giáo Huyện ủy.");
    setCellText(d, -1, 1, 0, "TM. BAN THƯỜNG VỤ");
    cellPara(d, -1, 1, 2).bold = false;
  });
}

const key = (f: { rule: string; message: string }): string => `${f.rule}: ${f.message}`;

function rawEntries(bytes: Uint8Array) {
  return readRawZip(bytes).entries.map((e) => ({
    name: e.name,
    method: e.method,
    crc: e.crc,
    size: e.size,
    compressedSize: e.compressedSize,
    raw: Buffer.from(e.raw).toString("base64"),
  }));
}

function expectOtherPartsUnchanged(before: Uint8Array, after: Uint8Array): void {
  const a = rawEntries(before);
  const b = rawEntries(after);
  expect(b.map((e) => e.name)).toEqual(a.map((e) => e.name));
  a.forEach((e, i) => {
    if (e.name === "word/document.xml") return;
    expect(b[i]).toEqual(e);
  });
}

/** A value computed on first use, inside a test: what jest runs while collecting tests belongs to no test. */
function lazy<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

describe("fixDocument on a draft with many defects", () => {
  const input = buildDocxFromSpec(brokenPlan());
  const before = lazy(() => checkDocument(readDocument(input)));
  const fixedResult = lazy(() => fixDocument(input));

  it("starts with fixable findings of many rules", () => {
    const rules = new Set(
      before()
        .findings.filter((f) => f.fix !== undefined)
        .map((f) => f.rule),
    );
    // one planted defect (or more) per rule; the Party title keeps its own 15 pt and bold, so it is not among them
    expect([...rules].sort()).toEqual([
      "body/paragraph",
      "font/family",
      "font/size",
      "header/date",
      "header/issuer",
      "header/number",
      "page/margins",
      "page/size",
      "recipients/archive",
      "recipients/label",
      "recipients/punctuation",
      "recipients/required",
      "signature/block",
      "signature/prefix",
      "title/summary",
      "title/type-name",
    ]);
  });

  it("a re-check of the output shows none of the fixed findings, and here nothing at all", () => {
    const result = fixedResult();
    const after = new Set(result.after.findings.map(key));
    for (const f of result.fixed) expect(after.has(key(f))).toBe(false);
    // Coverage of the conclusion is the drafter's to write, not a fix: only format findings must be gone.
    expect(result.after.findings.filter((f) => f.rule !== "coverage/missing").map(key)).toEqual([]);
    expect(checkDocument(readDocument(result.bytes), { directives: false }).findings).toEqual([]);
  });

  it("keeps every other part of the package byte for byte", () => {
    expectOtherPartsUnchanged(input, fixedResult().bytes);
  });

  it("keeps the text, inserting only the missing lines", () => {
    const model = readDocument(fixedResult().bytes);
    const texts = model.paragraphs.map((p) => p.text);
    expect(texts).toContain("*");
    expect(texts).toContain("-----");
    expect(texts).toContain("Số 05-KH/HU");
    expect(texts).toContain("Lục Nam, ngày 05 tháng 9 năm 2023");
    expect(texts).toContain("thực hiện Kết luận số 125-KL/TU");
    expect(texts).toContain("Nơi nhận:");
    expect(texts).toContain("T/M BAN THƯỜNG VỤ");
    const label = texts.indexOf("Nơi nhận:");
    expect(texts.slice(label, label + 6)).toEqual([
      "Nơi nhận:",
      "- Thường trực Tỉnh ủy (b/c),",
      "- Văn phòng Tỉnh ủy,",
      "- Các chi bộ,",
      "- Ban Tuyên giáo Huyện ủy,",
      "- Lưu Văn phòng Huyện ủy.",
    ]);
  });
});

describe("applyFixes, edit by edit", () => {
  const bytes = buildDocxFromSpec(
    variant(stateReport(), (d) => {
      blockPara(d, 4).runs = [
        { text: "Thực hiện " },
        { text: "Kết luận số 125-KL/TU", bold: true },
        { text: " ngày 05/9/2023", italic: true },
      ];
    }),
  );

  it("replaceText inside one run keeps that run's formatting", () => {
    const out = applyFixes(bytes, [{ kind: "replaceText", paragraph: P.firstBody, find: "125", replace: "126" }]);
    const p = readDocument(out.bytes).paragraphs[P.firstBody]!;
    expect(p.text).toBe("Thực hiện Kết luận số 126-KL/TU ngày 05/9/2023");
    expect(p.runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ["Thực hiện ", false, false],
      ["Kết luận số 126-KL/TU", true, false],
      [" ngày 05/9/2023", false, true],
    ]);
    expectOtherPartsUnchanged(bytes, out.bytes);
  });

  it("replaceText across runs puts the replacement in the first run and keeps the others' formatting", () => {
    const out = applyFixes(bytes, [
      { kind: "replaceText", paragraph: P.firstBody, find: "125-KL/TU ngày", replace: "125-KL/TU, ngày" },
    ]);
    const p = readDocument(out.bytes).paragraphs[P.firstBody]!;
    expect(p.text).toBe("Thực hiện Kết luận số 125-KL/TU, ngày 05/9/2023");
    expect(p.runs.map((r) => [r.text, r.bold, r.italic])).toEqual([
      ["Thực hiện ", false, false],
      ["Kết luận số 125-KL/TU, ngày", true, false],
      [" 05/9/2023", false, true],
    ]);
  });

  it("a replaceText whose text is gone is skipped, not guessed", () => {
    const out = applyFixes(bytes, [{ kind: "replaceText", paragraph: P.firstBody, find: "không có", replace: "x" }]);
    expect(out.applied).toEqual([]);
    expect(out.skipped[0]!.reason).toMatch(/không còn thấy/);
  });

  it("sets run and paragraph formatting, inserts a paragraph like another, sets the page", () => {
    const out = applyFixes(bytes, [
      { kind: "setRunFormat", paragraph: P.typeName, props: { sizePt: 13, italic: true, font: "Times New Roman" } },
      {
        kind: "setParagraphFormat",
        paragraph: P.firstBody,
        props: { alignment: "center", firstLineMm: 10, spaceAfterPt: 12, lineSpacing: 1.5 },
      },
      {
        kind: "insertParagraphAfter",
        paragraph: P.recipientLines[0],
        text: "- Ban Thường vụ Huyện ủy;",
        like: P.recipientLines[0],
      },
      { kind: "setPageMargins", section: 0, marginsMm: { top: 25, bottom: 25, left: 35, right: 20 } },
      { kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 },
    ]);
    const m = readDocument(out.bytes);
    const t = m.paragraphs[P.typeName]!;
    expect(t.runs[0]).toMatchObject({ sizePt: 13, italic: true, bold: true, font: "Times New Roman" });
    const b = m.paragraphs[P.firstBody]!;
    expect(b).toMatchObject({
      alignment: "center",
      firstLineMm: 10,
      spaceAfterPt: 12,
      lineSpacing: { rule: "auto", value: 1.5 },
    });
    const ins = m.paragraphs[P.recipientLines[0] + 1]!;
    expect(ins.text).toBe("- Ban Thường vụ Huyện ủy;");
    expect(ins.runs[0]!.sizePt).toBe(11);
    expect(ins.cell).toMatchObject({ column: 0 });
    const s = m.sections[0]!;
    const mm = [
      s.margins.topMm,
      s.margins.bottomMm,
      s.margins.leftMm,
      s.margins.rightMm,
      s.pageWidthMm,
      s.pageHeightMm,
    ];
    [25, 25, 35, 20, 210, 297].forEach((want, i) => expect(mm[i]).toBeCloseTo(want, 1));
  });
});

describe("a LibreOffice-written draft", () => {
  const input = new Uint8Array(
    readFileSync(join(__dirname, "..", "fixtures", "libreoffice", "plan-party-letter-arial.docx")),
  );
  it("is fixed: page, fonts and sizes, with every other part unchanged", () => {
    const before = checkDocument(readDocument(input));
    const result = fixDocument(input);
    expect(before.findings.length).toBeGreaterThan(50);
    const after = new Set(result.after.findings.map(key));
    for (const f of result.fixed) expect(after.has(key(f))).toBe(false);
    // Page numbers (a header part) are a person's decision: the only thing left.
    expect(result.after.findings.map((f) => f.rule).filter((r) => r !== "coverage/missing")).toEqual(["page/numbers"]);
    expectOtherPartsUnchanged(input, result.bytes);
  });
});

describe("a fix pass reads the package once", () => {
  it("opens each pass's bytes once and parses the main part once, for the check and the applier together", () => {
    const opened = jest.spyOn(zip, "openZip");
    const parsed = jest.spyOn(xml, "parseXml");
    try {
      const result = fixDocument(buildDocxFromSpec(brokenPlan()));
      expect(result.fixed.length).toBeGreaterThan(0);
      const inputs = opened.mock.calls.map((c) => c[0]);
      // The input and every pass's output, each once.
      expect(inputs.length).toBeGreaterThanOrEqual(2);
      expect(new Set(inputs).size).toBe(inputs.length);
      expect(parsed.mock.calls.filter((c) => c[1] === "word/document.xml")).toHaveLength(inputs.length);
    } finally {
      opened.mockRestore();
      parsed.mockRestore();
    }
  });
});

describe("ketluan fix", () => {
  const dir = mkdtempSync(join(tmpdir(), "ketluan-fix-"));
  const input = join(dir, "ke-hoach.docx");
  const original = buildDocxFromSpec(brokenPlan());
  writeFileSync(input, original);
  const run = async (args: string[]) => {
    let out = "";
    let err = "";
    const code = await fixCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };

  it("writes a fixed copy, prints what it fixed, leaves the input alone", async () => {
    const output = join(dir, "ke-hoach-da-sua.docx");
    const r = await run([input, "-o", output]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/đã sửa \d+/);
    expect(r.out).toContain("signature/prefix");
    expect(Buffer.compare(readFileSync(input), Buffer.from(original))).toBe(0);
    expect(checkDocument(readDocument(new Uint8Array(readFileSync(output))), { directives: false }).findings).toEqual(
      [],
    );
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("fixes only the rules asked for", async () => {
    const output = join(dir, "chi-le.docx");
    const r = await run([input, "-o", output, "--rules", "page/margins,page/size"]);
    expect(r.code).toBe(0);
    const res = checkDocument(readDocument(new Uint8Array(readFileSync(output))));
    expect(res.findings.filter((f) => f.rule.startsWith("page/"))).toEqual([]);
    // every other finding is still there, at its paragraph
    const others = (findings: { rule: string; paragraph: number | null; message: string }[]) =>
      findings.filter((f) => !f.rule.startsWith("page/")).map((f) => `${f.rule} @${f.paragraph}: ${f.message}`);
    const before = checkDocument(readDocument(original)).findings;
    expect(others(before)).toContain("font/family @0: Phông chữ Arial; HD 36-HD/VPTW yêu cầu phông Times New Roman");
    expect(others(res.findings)).toEqual(others(before));
  });

  it("overwrites the input only with --in-place", async () => {
    const copy = join(dir, "ban-sao.docx");
    writeFileSync(copy, original);
    expect((await run([copy, "-o", copy])).code).toBe(2);
    const r = await run([copy, "--in-place"]);
    expect(r.code).toBe(0);
    expect(checkDocument(readDocument(new Uint8Array(readFileSync(copy))), { directives: false }).findings).toEqual([]);
  });

  it.each([
    [[], /Chưa chỉ định tệp/],
    [["a.docx"], /Cần -o/],
    [["a.docx", "-o"], /Thiếu giá trị cho -o/],
    [["a.docx", "-o", "b.docx", "--rules", "page/colour"], /Mã quy tắc không có/],
    [["a.docx", "-o", "b.docx", "--bogus"], /Tùy chọn không hợp lệ/],
  ])("bad usage %j exits 2 with a message", async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it("an unreadable input exits 2 with a clear reason and no stack trace", async () => {
    const bad = join(dir, "hong.docx");
    writeFileSync(bad, "không phải docx");
    const r = await run([bad, "-o", join(dir, "x.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không phải/i);
    expect(r.err).not.toMatch(/\n\s+at /);
    const missing = await run([join(dir, "khong-co.docx"), "-o", join(dir, "y.docx")]);
    expect(missing.err).toMatch(/Không tìm thấy tệp/);
  });
});
