/**
 * Cases for the surviving mutants of src/rules/format.ts: capitals shown by w:caps run formatting, a paragraph of
 * blanks, and the fixes for a forbidden italic and a required underline, each finding written out whole.
 */
import type { Paragraph } from "../../src/model/document";
import { checkElementFormat, FORMAT_MESSAGES } from "../../src/rules/format";
import type { ElementFormat } from "../../src/rules/profiles";
import { formatMessage, type RuleContext } from "../../src/rules/types";
import { B, I, jc, P, R, readWordml, U } from "../support/wordml";

const CAPS = "<w:caps/>";

/** The first paragraph of a document of this WordprocessingML body. */
const para = (body: string): Paragraph => readWordml(body).paragraphs[0]!;

/** checkElementFormat's findings for "Tên cơ quan", each with its message filled in (basis "NĐ 30/2020/NĐ-CP"). */
function check(p: Paragraph, format: ElementFormat): unknown[] {
  const out: unknown[] = [];
  const ctx = {
    basisShort: "NĐ 30/2020/NĐ-CP",
    report(f) {
      const template = FORMAT_MESSAGES[f.messageId as keyof typeof FORMAT_MESSAGES];
      out.push({ ...f, message: formatMessage(template, f.data) });
    },
  } as RuleContext;
  checkElementFormat(ctx, p, "Tên cơ quan", format, "firm", "NĐ 30/2020/NĐ-CP, Phụ lục I");
  return out;
}

describe("capitals shown by w:caps", () => {
  it("lower-case text in a w:caps run, next to an upper-case run: shown in capitals, nothing", () => {
    expect(check(para(P(R("Ủy ban", CAPS) + R(" NHÂN DÂN"))), { caps: true })).toEqual([]);
  });

  it("a bold run in capitals and a plain one in lower case without w:caps: not shown in capitals", () => {
    expect(check(para(P(R("ỦY BAN ", B) + R("nhân dân"))), { caps: true })).toEqual([
      {
        messageId: "notCaps",
        message: "Tên cơ quan “ỦY BAN nhân dân” không viết in hoa; NĐ 30/2020/NĐ-CP yêu cầu chữ in hoa",
        data: { element: "Tên cơ quan", basis: "NĐ 30/2020/NĐ-CP", text: "ỦY BAN nhân dân" },
        severity: "error",
        basis: "NĐ 30/2020/NĐ-CP, Phụ lục I",
        paragraph: 0,
        excerpt: "ỦY BAN nhân dân",
        fix: {
          title: "Viết in hoa",
          edits: [{ kind: "replaceText", paragraph: 0, find: "ỦY BAN nhân dân", replace: "ỦY BAN NHÂN DÂN" }],
        },
      },
    ]);
  });
});

describe("a paragraph of blanks", () => {
  it("is not judged, not even for capitals or alignment", () => {
    expect(check(para(P(R("   "), jc("left"))), { caps: true, alignment: ["center"] })).toEqual([]);
  });
});

describe("fixes for italic and underline", () => {
  it("italic forbidden: a fix that removes it", () => {
    expect(check(para(P(R("ỦY BAN", I))), { italic: false })).toEqual([
      {
        messageId: "italic",
        message: "Tên cơ quan in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu không in nghiêng",
        data: { element: "Tên cơ quan", basis: "NĐ 30/2020/NĐ-CP" },
        severity: "error",
        basis: "NĐ 30/2020/NĐ-CP, Phụ lục I",
        paragraph: 0,
        excerpt: "ỦY BAN",
        fix: { title: "Bỏ in nghiêng", edits: [{ kind: "setRunFormat", paragraph: 0, props: { italic: false } }] },
      },
    ]);
  });

  it("underline required: a fix that sets it", () => {
    expect(check(para(P(R("ỦY BAN") + R(" TỈNH", U))), { underline: true })).toEqual([
      {
        messageId: "notUnderlined",
        message: "Tên cơ quan không gạch chân; NĐ 30/2020/NĐ-CP yêu cầu gạch chân",
        data: { element: "Tên cơ quan", basis: "NĐ 30/2020/NĐ-CP" },
        severity: "error",
        basis: "NĐ 30/2020/NĐ-CP, Phụ lục I",
        paragraph: 0,
        excerpt: "ỦY BAN TỈNH",
        fix: { title: "Gạch chân", edits: [{ kind: "setRunFormat", paragraph: 0, props: { underline: true } }] },
      },
    ]);
  });
});
