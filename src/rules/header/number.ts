/**
 * header/number: the number and symbol line. Party: "Số 85-KH/HU" (no colon; hyphen, then slash). State:
 * "Số: 215/KH-SCT" (colon; slash, then hyphen). Numbers under 10 take a leading zero ("05"); the type code matches
 * the type name (KH for a plan, BC for a report). A blank number in a draft ("Số    -KH/HU") is normal here
 * (text/placeholder warns about it).
 */
import type { Paragraph } from "../../model/document";
import type { Rule, RuleContext } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { lowerFirst, basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";
import type { Fix } from "../fix";

export const meta: Rule["meta"] = {
  id: "header/number",
  area: "header",
  description: "Số, ký hiệu văn bản: dấu hai chấm, gạch nối, gạch chéo đúng thể thức; số dưới 10 viết 05.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy số, ký hiệu văn bản (dòng “Số ...”) ở phần đầu; {basis} yêu cầu ghi số, ký hiệu",
    colon: "Số ký hiệu “{actual}” có dấu hai chấm; {profileName} viết “{expected}”",
    noColon: "Số ký hiệu “{actual}” thiếu dấu hai chấm sau chữ “Số”; {profileName} viết “{expected}”",
    separators: "Số ký hiệu “{actual}” sai dấu phân cách; {profileName} viết “{expected}” (mẫu: {example})",
    leadingZero: "Số văn bản “{number}” nhỏ hơn 10 phải viết “0{number}”; {basis}: “{expected}”",
    typeCode: "Ký hiệu loại văn bản “{code}” không khớp tên loại “{typeName}” (ký hiệu đúng: “{expectedCode}”)",
    unreadable: "Không đọc được số, ký hiệu “{actual}”; {profileName} viết theo mẫu “{example}”",
  },
};

/** "Số[:] <number> <sep> <type> <sep> <issuer>"; the number may be blank in a draft. */
const NUMBER_RE =
  /^(Số|SỐ|số)(\s*:)?(\s*)(\d*)([\s.…_]*)([-–/])\s*([A-ZĐ][A-ZĐ0-9]*)\s*([-–/])\s*([A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ0-9]+)*)\s*$/u;

export interface ParsedNumber {
  colon: boolean;
  number: string;
  blank: string;
  sep1: string;
  type: string;
  sep2: string;
  issuer: string;
}

export function parseNumberLine(text: string): ParsedNumber | undefined {
  const m = NUMBER_RE.exec(text.trim().normalize("NFC"));
  if (m === null) return undefined;
  return {
    colon: m[2] !== undefined,
    number: m[4]!,
    blank: m[5]!,
    sep1: m[6]!.replace("–", "-"),
    type: m[7]!,
    sep2: m[8]!.replace("–", "-"),
    issuer: m[9]!,
  };
}

export function canonicalNumberLine(n: ParsedNumber, form: "party" | "state", leadingZero: boolean): string {
  let num = n.number;
  if (leadingZero && /^[1-9]$/.test(num)) num = "0" + num;
  const spacer = num === "" ? n.blank : "";
  return form === "party" ? `Số ${num}${spacer}-${n.type}/${n.issuer}` : `Số: ${num}${spacer}/${n.type}-${n.issuer}`;
}

function fixTo(p: Paragraph, expected: string): Fix {
  return {
    title: `Sửa thành “${expected}”`,
    edits: [{ kind: "replaceText", paragraph: p.index, find: p.text.trim(), replace: expected }],
  };
}

export const check: Rule["check"] = (model, ctx: RuleContext) => {
  const data = ctx.profile.rules["header/number"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const idx = ctx.structure.header.number;
  if (idx === undefined) {
    ctx.report({
      messageId: "missing",
      data: { basis: ctx.basisShort },
      severity,
      basis,
      paragraph: ctx.structure.header.paragraphs[0] ?? 0,
    });
    return;
  }
  const p = model.paragraphs[idx]!;
  const actual = p.text.trim();
  const excerpt = excerptOf(p.text);
  const common = {
    actual,
    profileName: lowerFirst(ctx.profile.name),
    example: data.example,
    basis: ctx.basisShort,
  };
  checkElementFormat(ctx, p, "Số, ký hiệu", data.format, data.firmness, basis);
  const n = parseNumberLine(actual);
  if (n === undefined) {
    ctx.report({ messageId: "unreadable", data: common, severity, basis, paragraph: idx, excerpt });
    return;
  }
  const expected = canonicalNumberLine(n, data.form, data.leadingZero);
  const fix = fixTo(p, expected);
  const report = (messageId: string, extra: Record<string, string> = {}) =>
    ctx.report({ messageId, data: { ...common, expected, ...extra }, severity, basis, paragraph: idx, excerpt, fix });
  if (n.colon && !data.colon) report("colon");
  if (!n.colon && data.colon) report("noColon");
  const [s1, s2] = data.form === "party" ? ["-", "/"] : ["/", "-"];
  if (n.sep1 !== s1 || n.sep2 !== s2) report("separators");
  if (data.leadingZero && /^[1-9]$/.test(n.number)) report("leadingZero", { number: n.number });
  const docType = ctx.documentType;
  const expectedCode = docType === "other" ? undefined : data.typeCodes[docType];
  if (expectedCode !== undefined && n.type !== expectedCode) {
    ctx.report({
      messageId: "typeCode",
      data: { code: n.type, typeName: ctx.structure.typeName ?? "", expectedCode },
      severity,
      basis,
      paragraph: idx,
      excerpt,
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
