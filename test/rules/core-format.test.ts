/**
 * The shared formatting check every element rule reports through (src/rules/format.ts), the severities and message
 * templates of src/rules/types.ts, and the fix helpers of src/rules/pieces.ts: what the drafter reads in a finding
 * (message, severity, fix title and edit), on paragraphs read from documents built by the spec builders.
 */
import { readDocument } from "../../src/docx/reader";
import type { Paragraph } from "../../src/model/document";
import {
  allBold,
  allItalic,
  allUnderlined,
  anyBold,
  anyItalic,
  anyUnderlined,
  basisOf,
  checkElementFormat,
  clampTo,
  describeRange,
  FORMAT_MESSAGES,
  inRange,
  lowerFirst,
  shownInCaps,
  sizesOf,
  textRuns,
} from "../../src/rules/format";
import { calibratedSeverity, replaceAt } from "../../src/rules/pieces";
import type { ElementFormat } from "../../src/rules/profiles";
import { formatMessage, severityFor, severityOf, type RuleContext } from "../../src/rules/types";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { SpecParagraph, SpecRun } from "../support/docSpec";
import { stateReport } from "../support/samples";
import { randomText, seededRandom } from "../support/random";

/** The one paragraph of a document holding only `spec`, as the reader gives it. */
function paragraphOf(spec: Omit<SpecParagraph, "type">): Paragraph {
  const doc = { ...stateReport(), blocks: [{ type: "paragraph" as const, ...spec }] };
  return readDocument(buildDocxFromSpec(doc)).paragraphs[0]!;
}
const runs = (...r: SpecRun[]) => paragraphOf({ runs: r });

interface Reported {
  messageId: string;
  message: string;
  severity: string;
  basis: string;
  paragraph: number | null;
  excerpt?: string;
  fix?: unknown;
}

/** checkElementFormat's findings, with their messages as the drafter reads them (basis "NĐ 30/2020/NĐ-CP"). */
function check(p: Paragraph, format: ElementFormat, firmness: "firm" | "practice" = "firm"): Reported[] {
  const out: Reported[] = [];
  const ctx = {
    basisShort: "NĐ 30/2020/NĐ-CP",
    report(f) {
      const template = FORMAT_MESSAGES[f.messageId as keyof typeof FORMAT_MESSAGES];
      out.push({ ...f, message: formatMessage(template, f.data) } as Reported);
    },
  } as RuleContext;
  checkElementFormat(ctx, p, "Tên cơ quan", format, firmness, "NĐ 30/2020/NĐ-CP, Phụ lục I");
  return out;
}

describe("severities and messages", () => {
  it("a firm value is an error, a practice a warning; a calibrated severity wins", () => {
    expect(severityFor("firm")).toBe("error");
    expect(severityFor("practice")).toBe("warning");
    expect(severityFor("unsure")).toBe("warning");
    expect(severityOf({ firmness: "firm" })).toBe("error");
    expect(severityOf({ firmness: "firm", severity: "info" })).toBe("info");
    expect(calibratedSeverity(undefined)).toBeUndefined();
    expect(calibratedSeverity({ firmness: "practice", severity: "info" } as never)).toBe("info");
    expect(calibratedSeverity({ firmness: "firm" } as never)).toBe("error");
  });

  it("fills each {key} it has data for and leaves the others as written", () => {
    expect(
      formatMessage("{element}: cỡ chữ {actual} pt; {basis} yêu cầu {expected} pt", { element: "Số", actual: 12 }),
    ).toBe("Số: cỡ chữ 12 pt; {basis} yêu cầu {expected} pt");
    expect(formatMessage("Lặp từ “{words}”")).toBe("Lặp từ “{words}”");
    expect(formatMessage("{a}{a} {b-c}", { a: "x" })).toBe("xx {b-c}");
  });

  it("the basis joins the profile's short name and the clause; lowerFirst lowers only the first letter", () => {
    expect(basisOf({ basisShort: "HD 36-HD/VPTW" } as RuleContext, "mục 3.2")).toBe("HD 36-HD/VPTW, mục 3.2");
    expect(lowerFirst("Văn bản của Đảng")).toBe("văn bản của Đảng");
    expect(lowerFirst("Đảng ủy")).toBe("đảng ủy");
    expect(lowerFirst("")).toBe("");
  });
});

describe("ranges", () => {
  it("one value or a span", () => {
    expect(describeRange({ min: 13, max: 13 })).toBe("13");
    expect(describeRange({ min: 13, max: 14 })).toBe("13–14");
  });

  it("inRange: both bounds inclusive, widened by the tolerance on both sides", () => {
    const r = { min: 13, max: 14 };
    expect([12.99, 13, 14, 14.01].map((v) => inRange(v, r))).toEqual([false, true, true, false]);
    expect([12.49, 12.5, 14.5, 14.51].map((v) => inRange(v, r, 0.5))).toEqual([false, true, true, false]);
  });

  it("clampTo: the nearest bound outside, the value itself inside", () => {
    const r = { min: 13, max: 14 };
    expect([12, 13, 13.5, 14, 15].map((v) => clampTo(v, r))).toEqual([13, 13, 13.5, 14, 14]);
  });
});

describe("runs", () => {
  it("whitespace-only runs do not count", () => {
    const p = runs(
      { text: "Ủy ban", bold: true, sizePt: 13 },
      { text: "   ", sizePt: 10 },
      { text: "tỉnh", sizePt: 14 },
    );
    expect(textRuns(p).map((r) => r.text)).toEqual(["Ủy ban", "tỉnh"]);
    expect(sizesOf(p)).toEqual([13, 14]);
    expect([allBold(p), anyBold(p)]).toEqual([false, true]);
  });

  it("sizes are distinct and in numeric order", () => {
    const p = runs(
      { text: "a", sizePt: 14 },
      { text: "b", sizePt: 9 },
      { text: "c", sizePt: 14 },
      { text: "d", sizePt: 13 },
    );
    expect(sizesOf(p)).toEqual([9, 13, 14]);
  });

  it("all and any of italic and underline", () => {
    const p = runs({ text: "a", italic: true, underline: true }, { text: "b" });
    expect([allItalic(p), anyItalic(p), allUnderlined(p), anyUnderlined(p)]).toEqual([false, true, false, true]);
    const q = runs({ text: "a", italic: true, underline: true }, { text: "b", italic: true, underline: true });
    expect([allItalic(q), anyItalic(q), allUnderlined(q), anyUnderlined(q)]).toEqual([true, true, true, true]);
    const n = runs({ text: "a" });
    expect([allItalic(n), anyItalic(n), allUnderlined(n), anyUnderlined(n)]).toEqual([false, false, false, false]);
  });

  it("shown in capitals: upper-case text; lower case in a run is not", () => {
    expect(shownInCaps(paragraphOf({ text: "ỦY BAN NHÂN DÂN" }))).toBe(true);
    expect(shownInCaps(paragraphOf({ text: "Ủy ban nhân dân" }))).toBe(false);
    expect(shownInCaps(runs({ text: "ỦY BAN " }, { text: "nhân dân" }))).toBe(false);
    expect(shownInCaps(paragraphOf({ text: "   " }))).toBe(false);
  });
});

describe("checkElementFormat: one finding per problem, each with its fix", () => {
  it("a size outside the range: the sizes found, the range, and a fix to the nearest bound", () => {
    const p = runs({ text: "ỦY BAN", sizePt: 12 }, { text: " NHÂN DÂN", sizePt: 13 });
    const [f, ...rest] = check(p, { sizePt: { min: 13, max: 14 } });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      messageId: "wrongSize",
      message: "Tên cơ quan: cỡ chữ 12, 13 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
      severity: "error",
      basis: "NĐ 30/2020/NĐ-CP, Phụ lục I",
      paragraph: p.index,
      excerpt: "ỦY BAN NHÂN DÂN",
      fix: { title: "Đặt cỡ chữ 13 pt", edits: [{ kind: "setRunFormat", paragraph: p.index, props: { sizePt: 13 } }] },
    });
    const big = check(runs({ text: "ỦY BAN", sizePt: 15 }), { sizePt: { min: 13, max: 14 } }, "practice");
    expect(big).toMatchObject([{ message: "Tên cơ quan: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt" }]);
    expect(big[0]).toMatchObject({ severity: "warning", fix: { title: "Đặt cỡ chữ 14 pt" } });
  });

  it("sizes inside the range, or no size required: nothing", () => {
    expect(check(runs({ text: "A", sizePt: 13 }, { text: "B", sizePt: 14 }), { sizePt: { min: 13, max: 14 } })).toEqual(
      [],
    );
    expect(check(runs({ text: "A", sizePt: 9 }), { sizePt: null })).toEqual([]);
    expect(check(runs({ text: "A", sizePt: 9 }), {})).toEqual([]);
  });

  it("an element's own firmness overrides the rule's", () => {
    expect(check(runs({ text: "A", sizePt: 9 }), { sizePt: { min: 13, max: 13 }, firmness: "practice" })).toMatchObject(
      [{ severity: "warning", message: "Tên cơ quan: cỡ chữ 9 pt; NĐ 30/2020/NĐ-CP yêu cầu 13 pt" }],
    );
  });

  it("bold, italic, underline required or forbidden", () => {
    const plain = runs({ text: "ỦY BAN" }, { text: " TỈNH", bold: true, italic: true, underline: true });
    const found = (f: ElementFormat) => check(plain, f).map((x) => [x.message, (x.fix as { title: string }).title]);
    expect(found({ bold: true, italic: true, underline: true })).toEqual([
      ["Tên cơ quan không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", "In đậm"],
      ["Tên cơ quan không in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu in nghiêng", "In nghiêng"],
      ["Tên cơ quan không gạch chân; NĐ 30/2020/NĐ-CP yêu cầu gạch chân", "Gạch chân"],
    ]);
    expect(found({ bold: false, italic: false, underline: false })).toEqual([
      ["Tên cơ quan in đậm; NĐ 30/2020/NĐ-CP yêu cầu không in đậm", "Bỏ in đậm"],
      ["Tên cơ quan in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu không in nghiêng", "Bỏ in nghiêng"],
      ["Tên cơ quan có gạch chân; NĐ 30/2020/NĐ-CP yêu cầu không gạch chân", "Bỏ gạch chân"],
    ]);
    expect(check(plain, { bold: null, italic: null, underline: null })).toEqual([]);
    const edits = check(plain, { bold: false, italic: true, underline: false }).map((x) => x.fix);
    expect(edits).toEqual([
      { title: "Bỏ in đậm", edits: [{ kind: "setRunFormat", paragraph: plain.index, props: { bold: false } }] },
      { title: "In nghiêng", edits: [{ kind: "setRunFormat", paragraph: plain.index, props: { italic: true } }] },
      { title: "Bỏ gạch chân", edits: [{ kind: "setRunFormat", paragraph: plain.index, props: { underline: false } }] },
    ]);
    const all = runs({ text: "A", bold: true, italic: true, underline: true });
    expect(check(all, { bold: true, italic: true, underline: true })).toEqual([]);
    expect(check(runs({ text: "A" }), { bold: false, italic: false, underline: false })).toEqual([]);
  });

  it("capitals required: the text quoted, and a fix writing it in Vietnamese capitals", () => {
    const p = paragraphOf({ text: "Ủy ban nhân dân tỉnh" });
    expect(check(p, { caps: true })).toEqual([
      expect.objectContaining({
        message: "Tên cơ quan “Ủy ban nhân dân tỉnh” không viết in hoa; NĐ 30/2020/NĐ-CP yêu cầu chữ in hoa",
        fix: {
          title: "Viết in hoa",
          edits: [
            { kind: "replaceText", paragraph: p.index, find: "Ủy ban nhân dân tỉnh", replace: "ỦY BAN NHÂN DÂN TỈNH" },
          ],
        },
      }),
    ]);
    expect(check(paragraphOf({ text: "ỦY BAN NHÂN DÂN TỈNH" }), { caps: true })).toEqual([]);
    expect(check(p, { caps: false })).toEqual([]);
  });

  it("alignment: the one found, the ones allowed, and a fix to the first allowed", () => {
    const p = paragraphOf({ text: "ỦY BAN", align: "left" });
    expect(check(p, { alignment: ["center", "justify"] })).toEqual([
      expect.objectContaining({
        message: "Tên cơ quan căn trái; NĐ 30/2020/NĐ-CP yêu cầu căn giữa hoặc đều hai bên",
        fix: {
          title: "Căn giữa",
          edits: [{ kind: "setParagraphFormat", paragraph: p.index, props: { alignment: "center" } }],
        },
      }),
    ]);
    expect(check(p, { alignment: ["right", "left"] })).toEqual([]);
    expect(check(p, { alignment: [] })).toEqual([]);
    expect(check(p, { alignment: null })).toEqual([]);
  });

  it("a paragraph with no visible text is not judged", () => {
    expect(check(paragraphOf({ text: "  ", sizePt: 9 }), { sizePt: { min: 13, max: 13 }, bold: true })).toEqual([]);
  });
});

describe("replaceAt: a text fix that finds exactly its text", () => {
  const p = paragraphOf({ text: "- Như trên; - Như trên." });
  it("the stretch itself when it occurs first there", () => {
    expect(replaceAt(p, 0, 1, "+", 0, p.text.length)).toEqual({
      kind: "replaceText",
      paragraph: p.index,
      find: "-",
      replace: "+",
    });
  });
  it("widened with its neighbours until it is the first occurrence", () => {
    // The second "Như trên" [14, 22) first occurs at 2: widened right to "Như trên." (unique).
    expect(replaceAt(p, 14, 22, "Nơi nhận", 0, p.text.length)).toEqual({
      kind: "replaceText",
      paragraph: p.index,
      find: "Như trên.",
      replace: "Nơi nhận.",
    });
  });
  it("kept inside [lo, hi): none when no widening there is unique", () => {
    expect(replaceAt(p, 14, 22, "X", 14, 22)).toBeUndefined();
    expect(replaceAt(p, 12, 22, "X", 12, 23)).toEqual({
      kind: "replaceText",
      paragraph: p.index,
      find: "- Như trên.",
      replace: "X.",
    });
  });
  it("never across a tab", () => {
    const t = paragraphOf({ text: "a\tb a" });
    expect(replaceAt(t, 4, 5, "c", 0, t.text.length)).toEqual({
      kind: "replaceText",
      paragraph: t.index,
      find: " a",
      replace: " c",
    });
    expect(replaceAt(t, 4, 5, "c", 2, 5)).toEqual({
      kind: "replaceText",
      paragraph: t.index,
      find: " a",
      replace: " c",
    });
    expect(replaceAt(t, 4, 5, "c", 4, 5)).toBeUndefined();
  });

  /** The plain search replaceAt stands for: every widening in turn, each looked for from the paragraph's start. */
  const searchAll = (q: typeof p, start: number, end: number, replacement: string, lo: number, hi: number) => {
    for (let widen = 0; widen <= hi - lo; widen++)
      for (let left = 0; left <= widen; left++) {
        const [a, b] = [start - left, end + widen - left];
        if (a < lo || b > hi || a === b) continue;
        const find = q.text.slice(a, b);
        if (/[\t\n]/.test(find) || q.text.indexOf(find) !== a) continue;
        const replace = q.text.slice(a, start) + replacement + q.text.slice(end, b);
        return { kind: "replaceText", paragraph: q.index, find, replace };
      }
    return undefined;
  };

  it("finds what the plain search finds, on 5,000 random short lines with repeats, tabs and breaks", () => {
    const random = seededRandom(3);
    const units = ["a", "b", "-", " ", ";", "\t", "\n", "Như", "ab"];
    const differing: unknown[] = [];
    let found = 0;
    for (let k = 0; k < 5000; k++) {
      const text = randomText(random, units, 1 + random(14));
      const q = { ...p, text };
      const n = text.length;
      const start = random(n + 1);
      const end = start + random(n - start + 1);
      const lo = random(start + 1);
      const hi = end + random(n - end + 1);
      const expected = searchAll(q, start, end, "X", lo, hi);
      if (expected !== undefined) found++;
      const got = replaceAt(q, start, end, "X", lo, hi);
      if (JSON.stringify(got) !== JSON.stringify(expected)) differing.push({ text, start, end, lo, hi, got, expected });
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(1000); // both outcomes occur
  });

  it("gives up, offering no fix, on a line where every text tried occurs earlier (40,000 “a”)", () => {
    const q = paragraphOf({ text: "a".repeat(40_000) });
    expect(replaceAt(q, 39_000, 39_001, "b", 0, q.text.length)).toBeUndefined();
    // the first "a" needs no widening
    expect(replaceAt(q, 0, 1, "b", 0, q.text.length)).toEqual({
      kind: "replaceText",
      paragraph: q.index,
      find: "a",
      replace: "b",
    });
  });
});
