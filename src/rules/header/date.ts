/**
 * header/date: "Lục Nam, ngày 15 tháng 9 năm 2023", italic, 14 pt (Party) or 13–14 pt (State). Days 1–9 and
 * months 1–2 take a leading zero; months 3–12 do not. A blank day or month in a draft is normal here.
 */
import type { DocumentModel } from "../../model/document";
import type { TextPart } from "../../model/structure/types";
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { basisOf, FORMAT_MESSAGES } from "../format";
import { PLACE_DATE } from "../../model/structure/common";
import { partText } from "../../model/structure/header";
import { checkPartFormat, isListedType, kindOf, PART_MESSAGES, headerPart } from "./parts";

/** A line that is a date on its own ("Ngày 25 tháng 9 năm 2025", "Lâm Đồng, ngày ..."), not a sentence citing one. */
const DATE_LINE =
  /^\s*(?:[^,.;:]{1,40},\s*)?ngày[\s.…_]*\d{0,2}[\s.…_]*tháng[\s.…_]*\d{0,2}[\s.…_]*năm[\s.…_]*\d{0,4}\s*$/iu;

export const meta: Rule["meta"] = {
  id: "header/date",
  area: "header",
  description: "Địa danh và ngày tháng năm ban hành: in nghiêng; ngày 1–9 và tháng 1, 2 có số 0 đứng trước.",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missing: "Không thấy địa danh, ngày tháng năm ban hành (“..., ngày ... tháng ... năm ...”); {basis} yêu cầu ghi",
    dayZero: "Ngày {day} phải viết “{expectedDay}” (ngày 1–9 có số 0 đứng trước); {basis}",
    monthZero: "Tháng {month} phải viết “{expectedMonth}” (tháng 1, 2 có số 0 đứng trước); {basis}",
    monthNoZero: "Tháng “{month}” phải viết “{expectedMonth}” (tháng 3–12 không có số 0 đứng trước); {basis}",
    noPlace: "Thiếu địa danh trước ngày tháng (“Lục Nam, ngày ...”); {basis} yêu cầu ghi địa danh",
    missingUnlisted:
      "Không thấy địa danh, ngày tháng năm ban hành ở phần đầu; {kind} không thuộc danh mục tên loại của {basis}, loại này thường không ghi: xem lại",
    elsewhere:
      "Ngày tháng năm ghi ở đoạn {at} (“{found}”), không ở phần đầu dưới quốc hiệu, tiêu ngữ; {basis} ghi địa danh, ngày tháng năm ở phần đầu",
    blank: "Ngày ban hành còn để trống (“{actual}”): bình thường ở bản dự thảo, văn thư ghi ngày khi ban hành",
  },
};

export function fixDayMonth(day: string, month: string): { day: string; month: string } {
  const d = day === "" ? "" : Number(day) < 10 ? `0${Number(day)}` : String(Number(day));
  const mNum = Number(month);
  const m = month === "" ? "" : mNum <= 2 ? `0${mNum}` : String(mNum);
  return { day: d, month: m };
}

const DAY_MONTH = /^(ngày[\s.…_]*)\d{0,2}([\s.…_]*tháng[\s.…_]*)\d{0,2}/i;

/**
 * A long place name put on its own line above the date by a line break in a narrow cell ("Thành phố Hồ Chí Minh,⏎ngày
 * 20 tháng 12 năm 2023"): the line right above the date, in the same paragraph, ending with the comma.
 */
function placeOnLineAbove(model: DocumentModel, part: TextPart): boolean {
  if (part.textBox !== undefined) return false;
  const before = model.paragraphs[part.paragraph]!.text.slice(0, part.start);
  const lines = before.split("\n");
  if (lines.length < 2 || lines[lines.length - 1]!.trim() !== "") return false;
  const above = lines[lines.length - 2]!.trim();
  return /\p{L}/u.test(above) && above.endsWith(",");
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/date"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const part = headerPart(model, h, "date");
  if (part === undefined) {
    // A text issued with another ("(Kèm theo Quyết định số ... ngày ...)") carries that document's date.
    if (h.attachedTo !== undefined) return;
    // An office form dated where it is signed ("Ngày 25 tháng 9 năm 2025" at the end, as a phiếu trình is) carries
    // its date, only not in the header: issued ones do, so it is a warning.
    const last = h.paragraphs[h.paragraphs.length - 1] ?? -1;
    const elsewhere = model.paragraphs.find(
      (p) => p.index > last && p.text.trim().length < 90 && DATE_LINE.test(p.text),
    );
    const listed = isListedType(ctx);
    ctx.report({
      messageId: elsewhere !== undefined ? "elsewhere" : listed ? "missing" : "missingUnlisted",
      data: {
        basis: ctx.basisShort,
        kind: kindOf(ctx),
        at: (elsewhere?.index ?? 0) + 1,
        found: excerptOf(elsewhere?.text ?? "", 50),
      },
      severity: listed && elsewhere === undefined ? severity : "warning",
      basis,
      paragraph: elsewhere?.index ?? h.paragraphs[0] ?? 0,
      ...(elsewhere === undefined ? {} : { excerpt: excerptOf(elsewhere.text) }),
    });
    return;
  }
  const idx = part.paragraph;
  const text = partText(model.paragraphs, part);
  const excerpt = excerptOf(text);
  checkPartFormat(ctx, model, part, "Địa danh, ngày tháng năm", data.format, data.firmness, basis);
  const m = PLACE_DATE.exec(text)!;
  const [day, month] = [m[1]!, m[2]!];
  const want = fixDayMonth(day, month);
  if (day === "" || month === "")
    ctx.report({
      messageId: "blank",
      data: { actual: text.trim() },
      severity: "info",
      basis,
      paragraph: idx,
      excerpt,
    });
  // the text searched for stays on one line (Word's search does not cross a line break): a date broken before "năm"
  // is fixed in its first line; broken before the month, it gets no fix
  const find = m[0].split("\n")[0]!;
  const fix = DAY_MONTH.test(find)
    ? {
        title: "Sửa cách viết ngày, tháng",
        edits: [
          {
            kind: "replaceText" as const,
            paragraph: idx,
            find,
            replace: find.replace(DAY_MONTH, `$1${want.day}$2${want.month}`),
          },
        ],
      }
    : undefined;
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
  const before = text.slice(0, m.index).trim();
  if (!/\p{L}/u.test(before) && !placeOnLineAbove(model, part))
    ctx.report({ messageId: "noPlace", data: common, severity, basis, paragraph: idx, excerpt });
};

export const rule: Rule = { meta, check, fixable: true };
