/**
 * header/date: "Lục Nam, ngày 15 tháng 9 năm 2023", italic, 14 pt (Party) or 13–14 pt (State). Days 1–9 and
 * months 1–2 take a leading zero; months 3–12 do not. A blank day or month in a draft is normal here.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";
import { PLACE_DATE } from "../structure";

export const meta: Rule["meta"] = {
  id: "header/date",
  area: "header",
  description: "Địa danh và ngày tháng năm ban hành: in nghiêng; ngày 1–9 và tháng 1, 2 có số 0 đứng trước.",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy địa danh, ngày tháng năm ban hành (“..., ngày ... tháng ... năm ...”); {basis} yêu cầu ghi",
    dayZero: "Ngày {day} phải viết “{expectedDay}” (ngày 1–9 có số 0 đứng trước); {basis}",
    monthZero: "Tháng {month} phải viết “{expectedMonth}” (tháng 1, 2 có số 0 đứng trước); {basis}",
    monthNoZero: "Tháng “{month}” phải viết “{expectedMonth}” (tháng 3–12 không có số 0 đứng trước); {basis}",
    noPlace: "Thiếu địa danh trước ngày tháng (“Lục Nam, ngày ...”); {basis} yêu cầu ghi địa danh",
  },
};

export function fixDayMonth(day: string, month: string): { day: string; month: string } {
  const d = day === "" ? "" : Number(day) < 10 ? `0${Number(day)}` : String(Number(day));
  const mNum = Number(month);
  const m = month === "" ? "" : mNum <= 2 ? `0${mNum}` : String(mNum);
  return { day: d, month: m };
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/date"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const idx = ctx.structure.header.date;
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
  const excerpt = excerptOf(p.text);
  checkElementFormat(ctx, p, "Địa danh, ngày tháng năm", data.format, data.firmness, basis);
  const m = PLACE_DATE.exec(p.text)!;
  const [day, month] = [m[1]!, m[2]!];
  const want = fixDayMonth(day, month);
  const fix = {
    title: "Sửa cách viết ngày, tháng",
    edits: [
      {
        kind: "replaceText" as const,
        paragraph: idx,
        find: m[0],
        replace: m[0].replace(/^(ngày[\s.…_]*)\d{0,2}([\s.…_]*tháng[\s.…_]*)\d{0,2}/i, `$1${want.day}$2${want.month}`),
      },
    ],
  };
  const common = { basis: ctx.basisShort, day, month, expectedDay: want.day, expectedMonth: want.month };
  if (day !== want.day)
    ctx.report({ messageId: "dayZero", data: common, severity, basis, paragraph: idx, excerpt, fix });
  if (month !== want.month) {
    ctx.report({
      messageId: Number(month) <= 2 ? "monthZero" : "monthNoZero",
      data: common,
      severity,
      basis,
      paragraph: idx,
      excerpt,
      fix,
    });
  }
  const before = p.text.slice(0, m.index).trim();
  if (!/\p{L}/u.test(before))
    ctx.report({ messageId: "noPlace", data: common, severity, basis, paragraph: idx, excerpt });
};

export const rule: Rule = { meta, check, fixable: true };
