/**
 * src/rules/pieces.ts, what the recipients and signature rules share, seen in their findings: formatting judged on a
 * stretch of a paragraph (a recipient line without its dash or the drafter's subscript initials, one signature line of
 * a cell written with Shift+Enter), the severity the profile calibrates for a size within half a point, the fixes kept
 * only when they touch nothing but the stretch, and the text fix that finds exactly its text (replaceAt).
 * Documents: the State samples (test/support/samples.ts) and, for line breaks, tabs and subscript, WordprocessingML.
 */
import { readDocument } from "../../src/docx/reader";
import { checkDocument, type CheckOptions } from "../../src/check";
import { officeCheckOptions, officeConfig } from "../../src/config";
import type { TextPiece } from "../../src/model/structure/recipients";
import { RULES } from "../../src/rules";
import { FORMAT_MESSAGES } from "../../src/rules/format";
import { calibratedSeverity, checkPiecesFormat } from "../../src/rules/pieces";
import { PROFILES, type ElementFormat } from "../../src/rules/profiles";
import { formatMessage, type RuleContext } from "../../src/rules/types";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { cellPara, P, setCellText, stateReport, variant } from "../support/samples";
import { B, borderlessTable, BR, brief, I, jc, P as Para, R, readWordml, sz, TAB, wordmlDocx } from "../support/wordml";

const SIG = -1; // the recipients/signature table is the last block of the samples
const ND30 = "NĐ 30/2020/NĐ-CP";
const SUB = `<w:vertAlign w:val="subscript"/>`;

const findingsOf = (docx: Uint8Array, rule: string, options: CheckOptions = {}) =>
  checkDocument(readDocument(docx), { rules: [rule], ...options }).findings.map(brief);
const ofSample = (doc: DocSpec, rule: string, options: CheckOptions = {}) =>
  findingsOf(buildDocxFromSpec(doc), rule, options);
const setRunFormat = (paragraph: number, props: Record<string, unknown>, title: string) => ({
  title,
  edits: [{ kind: "setRunFormat", paragraph, props }],
});

/** A State plan's opening: type name, summary and one body paragraph (paragraphs 0–2). */
const OPENING =
  Para(R("KẾ HOẠCH", B), jc("center")) +
  Para(R("kiểm tra công tác cải cách hành chính năm 2026", B), jc("center")) +
  Para(R("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2026."));
/** A State plan with the recipients (left cell: label at paragraph 3, then the lines) and the signature (right cell). */
const stateDocx = (left: string[], right: string[]): Uint8Array =>
  wordmlDocx(OPENING + borderlessTable([[left.join(""), right.join("")]], [85, 80]));
const LABEL = Para(R("Nơi nhận:", B + I + sz(12)));
const line = (text: string): string => Para(R(text, sz(11)));
const SIGNATURE = [Para(R("KT. CHỦ TỊCH", B)), Para(R("PHÓ CHỦ TỊCH", B)), Para(R("Nguyễn Ngọc Phúc", B))];
const STATE: CheckOptions = { profile: "state" };

describe("calibratedSeverity: the severity a profile records for a deviation", () => {
  it("the calibrated one when the profile records it, else none (the rule's own applies)", () => {
    expect(calibratedSeverity(PROFILES.state.rules["signature/block"].halfPoint)).toBe("warning");
    expect(calibratedSeverity(PROFILES.party.rules["signature/block"].halfPoint)).toBeUndefined();
    expect(calibratedSeverity({ firmness: "firm" })).toBe("error");
    expect(calibratedSeverity({ firmness: "practice", severity: "info" })).toBe("info");
  });
});

describe("signature/block (State, 13–14 pt): a size within half a point takes the calibrated warning", () => {
  const authorityAt = (pt: number) =>
    ofSample(
      variant(stateReport(), (d) => (cellPara(d, SIG, 1, 0).sizePt = pt)),
      "signature/block",
    );
  const sizeFinding = (pt: number, severity: string, target: number) => ({
    rule: "signature/block",
    severity,
    paragraph: P.signature[0],
    message: `Dòng quyền hạn ký: cỡ chữ ${pt} pt; ${ND30} yêu cầu 13–14 pt`,
    fix: setRunFormat(P.signature[0], { sizePt: target }, `Đặt cỡ chữ ${target} pt`),
  });

  it.each([
    [14.5, "warning", 14],
    [12.5, "warning", 13],
    [15, "error", 14],
    [12, "error", 13],
  ])("“KT. TRƯỞNG PHÒNG” in %s pt: %s, set to %s pt", (pt, severity, target) => {
    expect(authorityAt(pt)).toEqual([sizeFinding(pt, severity, target)]);
  });

  it("one run within half a point and one a point and a half over: an error", () => {
    const doc = variant(stateReport(), (d) => {
      cellPara(d, SIG, 1, 0).runs = [
        { text: "KT. ", sizePt: 14.5 },
        { text: "TRƯỞNG PHÒNG", sizePt: 15.5 },
      ];
    });
    expect(ofSample(doc, "signature/block")).toEqual([
      {
        rule: "signature/block",
        severity: "error",
        paragraph: P.signature[0],
        message: `Dòng quyền hạn ký: cỡ chữ 14.5, 15.5 pt; ${ND30} yêu cầu 13–14 pt`,
        fix: setRunFormat(P.signature[0], { sizePt: 14 }, "Đặt cỡ chữ 14 pt"),
      },
    ]);
  });

  it("the calibration is for sizes alone: a position in 14 pt not bold is an error", () => {
    const doc = variant(stateReport(), (d) => (cellPara(d, SIG, 1, 1).bold = false));
    expect(ofSample(doc, "signature/block")).toEqual([
      {
        rule: "signature/block",
        severity: "error",
        paragraph: P.signature[1],
        message: `Chức vụ người ký không in đậm; ${ND30} yêu cầu in đậm`,
        fix: setRunFormat(P.signature[1], { bold: true }, "In đậm"),
      },
    ]);
  });

  it("an office's style sheet that stops checking the authority's size (null): a 12 pt line is not measured", () => {
    const sheet = officeConfig(
      { profiles: { state: { "signature/block": { authority: { sizePt: null } } } } },
      "ketluan.config.json",
      RULES.map((r) => r.meta.id),
    );
    const doc = variant(stateReport(), (d) => (cellPara(d, SIG, 1, 0).sizePt = 12));
    expect(ofSample(doc, "signature/block", { office: officeCheckOptions(sheet) })).toEqual([]);
  });
});

describe("recipients/block (State, 11 pt): a line is judged on its words", () => {
  it("the dash typed in 14 pt before a recipient in 11 pt: nothing to say", () => {
    const doc = variant(stateReport(), (d) => {
      cellPara(d, SIG, 0, 1).runs = [
        { text: "- ", sizePt: 14 },
        { text: "Thường trực Tỉnh ủy (b/c);", sizePt: 11 },
      ];
    });
    expect(ofSample(doc, "recipients/block")).toEqual([]);
  });

  it("a recipient in 14 pt: an error, the line set to 11 pt", () => {
    const doc = variant(stateReport(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 14));
    expect(ofSample(doc, "recipients/block")).toEqual([
      {
        rule: "recipients/block",
        severity: "error",
        paragraph: P.recipientLines[0],
        message: `Dòng nơi nhận: cỡ chữ 14 pt; ${ND30} yêu cầu 11 pt`,
        fix: setRunFormat(P.recipientLines[0], { sizePt: 11 }, "Đặt cỡ chữ 11 pt"),
      },
    ]);
  });

  it("the drafter's initials in 8 pt subscript after the archive line are not its size", () => {
    const docx = stateDocx(
      [LABEL, line("- Sở Tài chính;"), Para(R("- Lưu: VT, NC.", sz(11)) + R("Châu", sz(8) + SUB))],
      SIGNATURE,
    );
    expect(findingsOf(docx, "recipients/block", STATE)).toEqual([]);
  });

  it("the archive line in 14 pt before initials in 8 pt subscript: its size is 14 pt", () => {
    const docx = stateDocx(
      [LABEL, line("- Sở Tài chính;"), Para(R("- Lưu: VT, NC.", sz(14)) + R("Châu", sz(8) + SUB))],
      SIGNATURE,
    );
    expect(findingsOf(docx, "recipients/block", STATE)).toEqual([
      {
        rule: "recipients/block",
        severity: "error",
        paragraph: 5,
        message: `Dòng nơi nhận: cỡ chữ 14 pt; ${ND30} yêu cầu 11 pt`,
        fix: setRunFormat(5, { sizePt: 11 }, "Đặt cỡ chữ 11 pt"),
      },
    ]);
  });
});

describe("fixes on a stretch: a format fix only when the stretch is the whole paragraph, a text fix that finds it", () => {
  it("“KT. CHỦ TỊCH” and, after Shift+Enter, “Phó chủ tịch” in 12 pt: the size without a fix, the capitals with one", () => {
    const docx = stateDocx(
      [LABEL, line("- Sở Tài chính;"), line("- Lưu: VT, NC.")],
      [Para(R("KT. CHỦ TỊCH", B) + BR + R("Phó chủ tịch", B + sz(12))), Para(R("Nguyễn Ngọc Phúc", B))],
    );
    expect(findingsOf(docx, "signature/block", STATE)).toEqual([
      {
        rule: "signature/block",
        severity: "error",
        paragraph: 6,
        message: `Chức vụ người ký: cỡ chữ 12 pt; ${ND30} yêu cầu 13–14 pt`,
      },
      {
        rule: "signature/block",
        severity: "error",
        paragraph: 6,
        message: `Chức vụ người ký “Phó chủ tịch” không viết in hoa; ${ND30} yêu cầu chữ in hoa`,
        fix: {
          title: "Viết in hoa",
          edits: [{ kind: "replaceText", paragraph: 6, find: "Phó chủ tịch", replace: "PHÓ CHỦ TỊCH" }],
        },
      },
    ]);
  });

  it("“Nơi nhận:” in 14 pt on the line of “KT. CHỦ TỊCH” (after tabs): a warning, no fix resizing the line", () => {
    const docx = wordmlDocx(
      OPENING +
        Para(R("Nơi nhận:", B + I + sz(14)) + TAB + TAB + R("KT. CHỦ TỊCH", B)) +
        Para(R("- Sở Tài chính;", sz(11)) + TAB + TAB + R("PHÓ CHỦ TỊCH", B)) +
        line("- Lưu: VT, NC.") +
        Para("") +
        Para(R("Nguyễn Ngọc Phúc", B), `<w:ind w:left="5000"/>`),
    );
    expect(findingsOf(docx, "recipients/label", STATE)).toEqual([
      {
        rule: "recipients/label",
        severity: "warning",
        paragraph: 3,
        message: `Chữ “Nơi nhận:”: cỡ chữ 14 pt; ${ND30} yêu cầu 12 pt`,
      },
    ]);
  });
});

describe("checkPiecesFormat on one stretch of a paragraph (called as the signature rule calls it)", () => {
  const POSITION: ElementFormat = { sizePt: { min: 13, max: 14 }, bold: true, caps: true };
  function judge(body: string, from: number, format: ElementFormat = POSITION) {
    const p = readWordml(body).paragraphs[0]!;
    const text = p.text.slice(from);
    const x: TextPiece = { paragraph: p.index, start: from, end: p.text.length, text };
    const out: { message: string; severity: string; fix?: unknown }[] = [];
    const ctx = {
      basisShort: ND30,
      report(f) {
        const message = formatMessage(FORMAT_MESSAGES[f.messageId as keyof typeof FORMAT_MESSAGES], f.data);
        out.push({ message, severity: f.severity, ...(f.fix === undefined ? {} : { fix: f.fix }) });
      },
    } as RuleContext;
    checkPiecesFormat(ctx, p, [x], "Chức vụ người ký", format, "firm", `${ND30}, Phụ lục I`);
    return out;
  }
  const notCaps = (text: string) => ({
    message: `Chức vụ người ký “${text}” không viết in hoa; ${ND30} yêu cầu chữ in hoa`,
    severity: "error",
  });

  it("a line whose text the paragraph holds earlier too: no capitals fix (it would change the first copy)", () => {
    expect(judge(Para(R("Phó chủ tịch", B) + BR + R("Phó chủ tịch", B)), 13)).toEqual([notCaps("Phó chủ tịch")]);
  });

  it("a line with a tab inside: no capitals fix (the fixer does not edit across a tab)", () => {
    expect(judge(Para(R("KT. CHỦ TỊCH", B) + BR + R("Phó", B) + TAB + R("chủ tịch", B)), 13)).toEqual([
      notCaps("Phó chủ tịch"),
    ]);
  });

  it("a format that gives no size: the size is not measured, the rest is", () => {
    const format: ElementFormat = { bold: true };
    expect(judge(Para(R("KT. CHỦ TỊCH", B) + BR + R("PHÓ CHỦ TỊCH", sz(9))), 13, format)).toEqual([
      { message: `Chức vụ người ký không in đậm; ${ND30} yêu cầu in đậm`, severity: "error" },
    ]);
  });
});

describe("replaceAt through recipients/punctuation: the dash put before exactly this line", () => {
  it("“Văn phòng Tỉnh ủy;” without its dash: the fix finds its first letter", () => {
    const doc = variant(stateReport(), (d) => setCellText(d, SIG, 0, 2, "Văn phòng Tỉnh ủy;"));
    expect(ofSample(doc, "recipients/punctuation")).toEqual([
      {
        rule: "recipients/punctuation",
        severity: "error",
        paragraph: P.recipientLines[1],
        message: `Dòng nơi nhận “Văn phòng Tỉnh ủy;” không bắt đầu bằng “- ”; ${ND30} yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng`,
        fix: {
          title: "Bắt đầu dòng bằng “- ”",
          edits: [{ kind: "replaceText", paragraph: P.recipientLines[1], find: "V", replace: "- V" }],
        },
      },
    ]);
  });

  it("“Sở Tài chính;” after “- Sở Tài chính tỉnh;” (Shift+Enter): only the whole line is its own, the fix finds it", () => {
    const docx = stateDocx(
      [LABEL, Para(R("- Sở Tài chính tỉnh;", sz(11)) + BR + R("Sở Tài chính;", sz(11))), line("- Lưu: VT, NC.")],
      SIGNATURE,
    );
    expect(findingsOf(docx, "recipients/punctuation", STATE)).toEqual([
      {
        rule: "recipients/punctuation",
        severity: "error",
        paragraph: 4,
        message: `Dòng nơi nhận “Sở Tài chính;” không bắt đầu bằng “- ”; ${ND30} yêu cầu mỗi dòng bắt đầu bằng gạch đầu dòng`,
        fix: {
          title: "Bắt đầu dòng bằng “- ”",
          edits: [{ kind: "replaceText", paragraph: 4, find: "Sở Tài chính;", replace: "- Sở Tài chính;" }],
        },
      },
    ]);
  });
});
