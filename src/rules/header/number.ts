/**
 * header/number: the number and symbol line. Party: "Số 85-KH/HU" (no colon; hyphen, then slash). State:
 * "Số: 215/KH-SCT" (colon; slash, then hyphen); a legal document carries its year ("Số: 30/2020/NĐ-CP"); a công văn
 * has no type code ("Số: 45/SNV-VP", its trích yếu is the "V/v ..." line). Numbers under 10 take a leading zero
 * ("05"); the type code matches the type name (profile data: `typeCodesByName`). A draft leaves the number blank for
 * the clerk ("Số:      /KH-UBND"): that is its normal state, said as `info`.
 */
import type { Paragraph } from "../../model/document";
import type { Rule, RuleContext } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { lowerFirst, basisOf, FORMAT_MESSAGES } from "../format";
import type { Fix } from "../../model/fix";
import { partText } from "../../model/structure/header";
import { checkPartFormat, isListedType, kindOf, PART_MESSAGES, viewOf, headerPart } from "./parts";

export const meta: Rule["meta"] = {
  id: "header/number",
  area: "header",
  description: "Số, ký hiệu văn bản: dấu hai chấm, gạch nối, gạch chéo đúng thể thức; số dưới 10 viết 05.",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missing: "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; {basis} yêu cầu ghi số, ký hiệu",
    missingUnlisted:
      "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; {kind} không thuộc danh mục tên loại của {basis}, loại này thường không ghi số: xem lại nếu văn bản cần số",
    colon: "Số ký hiệu “{actual}” có dấu hai chấm; {profileName} viết “{expected}”",
    noColon: "Số ký hiệu “{actual}” thiếu dấu hai chấm sau chữ “Số”; {profileName} viết “{expected}”",
    separators: "Số ký hiệu “{actual}” sai dấu phân cách; {profileName} viết “{expected}” (mẫu: {example})",
    leadingZero: "Số văn bản “{number}” nhỏ hơn 10 phải viết “0{number}”; {basis}: “{expected}”",
    typeCode: "Ký hiệu loại văn bản “{code}” không khớp tên loại “{typeName}” (ký hiệu đúng: “{expectedCode}”)",
    noTypeCode: "Ký hiệu “{symbol}” thiếu chữ viết tắt tên loại “{typeName}” (“{expectedCode}”); {basis}",
    unusualNumber:
      "Số “{number}” trong “{actual}” không phải một số thứ tự; {basis} ghi số thứ tự (05, 123), văn bản quy phạm thêm năm (30/2020)",
    unreadable: "Không đọc được số, ký hiệu “{actual}”; {profileName} viết theo mẫu “{example}”",
    blank: "Số văn bản còn để trống (“{actual}”): bình thường ở bản dự thảo, văn thư ghi số khi ban hành",
  },
};

/** "Số[:] <number part> <sep> <symbol>": the number part may be blank, carry a year, or an office's own numbering. */
const NUMBER_RE =
  /^(Số|SỐ|số)(\s*[:.])?\s*(.*?)\s*([-–/])\s*([\p{Lu}][\p{L}\d()]*(?:\s*[-–/]\s*[\p{Lu}\d(][\p{L}\d()]*)*)\s*[.;,]?$/u;
const NUMBER_PART = /^(\d*)([\s.…_]*)((?:\/\s*\d{4})?)$/u;

export interface ParsedNumber {
  colon: boolean;
  /** Digits, "" when left blank. */
  number: string;
  /** Spaces, dots or underscores standing for a blank number. */
  blank: string;
  /** The year of a legal document ("2020" in "30/2020/NĐ-CP"), "" when none. */
  year: string;
  /** A number part that is no plain number ("10-01/26"), "" otherwise. */
  unusual: string;
  /** Separator between the number and the symbol ("/" State, "-" Party). */
  sep1: string;
  /** Codes of the symbol, e.g. ["QĐ", "UBND"], ["KH", "HU"], ["SNV", "VP"]. */
  codes: string[];
  /** Separators between the codes. */
  seps: string[];
}

export function parseNumberLine(text: string): ParsedNumber | undefined {
  const m = NUMBER_RE.exec(text.trim().normalize("NFC"));
  if (m === null) return undefined;
  const part = NUMBER_PART.exec(m[3]!);
  const symbol = m[5]!;
  const codes = symbol.split(/\s*[-–/]\s*/u);
  const seps = (symbol.match(/[-–/]/gu) ?? []).map((s) => s.replace("–", "-"));
  return {
    colon: m[2] !== undefined && m[2].includes(":"),
    number: part?.[1] ?? "",
    blank: part?.[2] ?? "",
    year: (part?.[3] ?? "").replace(/[/\s]/g, ""),
    unusual: part === null ? m[3]! : "",
    sep1: m[4]!.replace("–", "-"),
    codes,
    seps,
  };
}

export function canonicalNumberLine(n: ParsedNumber, form: "party" | "state", leadingZero: boolean): string {
  let num = n.unusual !== "" ? n.unusual : n.number;
  if (leadingZero && /^[1-9]$/.test(num)) num = "0" + num;
  const spacer = num === "" ? n.blank : "";
  const year = n.year === "" ? "" : `/${n.year}`;
  const seps = [...n.seps];
  if (seps.length > 0) seps[0] = form === "party" ? "/" : "-";
  const symbol = n.codes.map((c, i) => (i === 0 ? c : `${seps[i - 1]}${c}`)).join("");
  return form === "party" ? `Số ${num}${spacer}${year}-${symbol}` : `Số: ${num}${spacer}${year}/${symbol}`;
}

function fixTo(p: Paragraph, written: string, expected: string): Fix {
  return {
    title: `Sửa thành “${expected}”`,
    edits: [{ kind: "replaceText", paragraph: p.index, find: written, replace: expected }],
  };
}

export const check: Rule["check"] = (model, ctx: RuleContext) => {
  const data = ctx.profile.rules["header/number"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const part = headerPart(model, h, "number");
  if (part === undefined) {
    // A text issued with another ("(Kèm theo Quyết định số ...)") carries that document's number, not its own.
    if (h.attachedTo !== undefined) return;
    const listed = isListedType(ctx);
    ctx.report({
      messageId: listed ? "missing" : "missingUnlisted",
      data: { basis: ctx.basisShort, kind: kindOf(ctx) },
      severity: listed ? severity : "warning",
      basis,
      paragraph: h.paragraphs[0] ?? 0,
    });
    return;
  }
  const { p } = viewOf(model, part);
  const idx = part.paragraph;
  const actual = partText(model.paragraphs, part).trim();
  const excerpt = excerptOf(actual);
  const common = {
    actual,
    profileName: lowerFirst(ctx.profile.name),
    example: data.example,
    basis: ctx.basisShort,
  };
  checkPartFormat(ctx, model, part, "Số, ký hiệu", data.format, data.firmness, basis);
  const n = parseNumberLine(actual);
  if (n === undefined) {
    ctx.report({ messageId: "unreadable", data: common, severity, basis, paragraph: idx, excerpt });
    return;
  }
  const expected = canonicalNumberLine(n, data.form, data.leadingZero);
  const fix = part.textBox === undefined ? fixTo(p, actual, expected) : undefined;
  const report = (messageId: string, extra: Record<string, string> = {}) =>
    ctx.report({
      messageId,
      data: { ...common, expected, ...extra },
      severity,
      basis,
      paragraph: idx,
      excerpt,
      ...(fix === undefined ? {} : { fix }),
    });
  if (n.colon && !data.colon) report("colon");
  if (!n.colon && data.colon) report("noColon");
  const [s1, s2] = data.form === "party" ? ["-", "/"] : ["/", "-"];
  if (n.sep1 !== s1 || (n.seps.length > 0 && n.seps[0] !== s2)) report("separators");
  if (data.leadingZero && n.unusual === "" && /^[1-9]$/.test(n.number)) report("leadingZero", { number: n.number });
  if (n.unusual !== "")
    ctx.report({
      messageId: "unusualNumber",
      data: { ...common, number: n.unusual },
      severity: "warning",
      basis,
      paragraph: idx,
      excerpt,
    });
  if (n.number === "" && n.unusual === "")
    ctx.report({ messageId: "blank", data: common, severity: "info", basis, paragraph: idx, excerpt });
  // The type code: for the document types whose abbreviation the profile knows. A công văn has none.
  const typeName = ctx.structure.typeName;
  // A user override of the type (plan / report) wins over the type name.
  const overridden = ctx.documentType !== "other" && ctx.documentType !== ctx.structure.documentType;
  const expectedCode = overridden
    ? data.typeCodes[ctx.documentType as "plan" | "report"]
    : typeName === undefined
      ? undefined
      : data.typeCodesByName?.[typeName];
  if (typeName !== undefined && expectedCode !== undefined) {
    const code = n.codes[0]!;
    const known = new Set(Object.values(data.typeCodesByName ?? {}));
    if (n.codes.length < 2 && !known.has(code)) {
      ctx.report({
        messageId: "noTypeCode",
        data: { symbol: n.codes.join("-"), typeName, expectedCode, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: idx,
        excerpt,
      });
    } else if (code !== expectedCode) {
      ctx.report({
        messageId: n.codes.length >= 2 && !known.has(code) ? "noTypeCode" : "typeCode",
        data: { code, symbol: n.codes.join(n.seps[0] ?? "-"), typeName, expectedCode, basis: ctx.basisShort },
        severity,
        basis,
        paragraph: idx,
        excerpt,
      });
    }
  }
};

export const rule: Rule = { meta, check, fixable: true };
