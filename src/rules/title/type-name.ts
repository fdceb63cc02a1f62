/**
 * title/type-name: the type name (KẾ HOẠCH, BÁO CÁO, QUYẾT ĐỊNH ...) in bold capitals, centred, 15–16 pt (Party) or
 * 13–14 pt (State). Only the name's own runs are measured ("QUYẾT ĐỊNH Về việc ..." on one line). A công văn has no
 * type name: its "V/v ..." line stands in its place.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import type { Fix } from "../../model/fix";
import { ALIGNMENT_NAME, basisOf, FORMAT_MESSAGES } from "../format";
import { typeNamePart } from "../../model/structure/title";
import { checkPartFormat, PART_MESSAGES } from "../header/parts";

export const meta: Rule["meta"] = {
  id: "title/type-name",
  area: "title",
  description: "Tên loại văn bản: chữ in hoa, đậm, căn giữa, cỡ chữ theo quy định.",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missing:
      "Không thấy tên loại văn bản (KẾ HOẠCH, BÁO CÁO ...) trên một dòng riêng dưới phần đầu; {basis} yêu cầu ghi tên loại văn bản",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["title/type-name"];
  const basis = basisOf(ctx, data.clause);
  const idx = ctx.structure.typeNameParagraph;
  if (idx === undefined) {
    // A công văn has no type name (its "V/v ..." line is its trích yếu); otherwise only a warning: the type cannot
    // be told for sure.
    if (ctx.structure.header.letterSubject !== undefined) return;
    if (model.paragraphs.some((p) => p.text.trim() !== ""))
      ctx.report({
        messageId: "missing",
        data: { basis: ctx.basisShort },
        severity: "warning",
        basis,
        paragraph: null,
      });
    return;
  }
  const p = model.paragraphs[idx]!;
  const part = typeNamePart(p);
  const format = data.format;
  checkPartFormat(ctx, model, part, "Tên loại văn bản", { ...format, alignment: null }, data.firmness, basis);
  const align = format.alignment;
  if (align === undefined || align === null || align.length === 0 || align.includes(p.alignment)) return;
  // Pushed to the middle with tabs or spaces it looks centred with this font and size: a warning, said plainly.
  const lead = p.text.slice(0, part.start);
  const common = { element: "Tên loại văn bản", element2: "tên loại văn bản", actual: ALIGNMENT_NAME[p.alignment] };
  const fix: Fix = {
    title: `Căn ${ALIGNMENT_NAME[align[0]!]}${lead === "" ? "" : ", bỏ khoảng trắng đầu dòng"}`,
    edits: [
      { kind: "setParagraphFormat", paragraph: idx, props: { alignment: align[0]! } },
      ...(lead === ""
        ? []
        : [{ kind: "replaceText" as const, paragraph: idx, find: p.text, replace: p.text.trimStart() }]),
    ],
  };
  const pushed = /\t|[ \u00a0]{2,}/.test(lead);
  ctx.report({
    messageId: pushed ? "pushedBySpaces" : "wrongAlignment",
    data: {
      ...common,
      pusher: /\t/.test(lead) ? "phím Tab" : "dấu cách",
      expected: align.map((a) => ALIGNMENT_NAME[a]).join(" hoặc "),
      basis: ctx.basisShort,
    },
    severity: pushed ? "warning" : severityFor(format.firmness ?? data.firmness),
    basis,
    paragraph: idx,
    excerpt: excerptOf(p.text),
    fix,
  });
};

export const rule: Rule = { meta, check, fixable: true };
