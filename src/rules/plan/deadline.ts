/**
 * plan/deadline: a deadline of a plan that falls after the horizon of the directive source it implements (for the
 * seed conclusion: the end of the XIX congress term, 2025; `settings.horizon`, parsed from the source) or before the
 * plan's own date. The deadlines are those src/model/structure/tasks.ts reads: a task table's time cells and the time
 * clauses of the tasks, time and organisation sections; a cited document's date is not one, nor a date without a
 * year ("Trước ngày 31/01 năm liền kề"). Each is compared by the last day of the period it names ("tháng 12/2025" is
 * due by 31/12/2025, so it is fine in a plan dated 24/12/2025). A plan whose day is still blank ("ngày   tháng 12 năm
 * 2025") is compared from the first day of its month.
 *
 * A warning: the horizon is read from the source's words and a deadline may be a stage of a longer task; no issued
 * plan of the corpus carries a full date to calibrate an error on.
 */
import { excerptOf } from "../../model/excerpt";
import { partText } from "../../model/structure/header";
import type { DeadlineDate, TaskDeadline } from "../../model/structure/tasks";
import type { Rule, RuleContext } from "../types";
import { basisFor, PLAN_BASIS, planTasksOf } from "./vocabulary";

export const meta: Rule["meta"] = {
  id: "plan/deadline",
  area: "plan",
  description:
    "Thời hạn của nhiệm vụ trong kế hoạch không muộn hơn mốc mà văn bản được thực hiện đặt ra và không sớm hơn ngày ban hành kế hoạch.",
  messages: {
    afterHorizon: "Thời hạn “{deadline}”{until} muộn hơn mốc {horizon} ({horizonDate}) mà {source} đặt ra{others}",
    beforePlan:
      "Thời hạn “{deadline}”{until} sớm hơn ngày ban hành kế hoạch ({planDate}): nhiệm vụ đã quá hạn khi ban hành{others}",
  },
};

/** "2026-06-30" → "30/6/2026": a leading zero for days 1–9 and months 1–2 only, as NĐ 30 writes dates. */
function dmy(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${String(d).padStart(2, "0")}/${m <= 2 ? String(m).padStart(2, "0") : m}/${y}`;
}

/**
 * "31/12/2025" names its day; "tháng 9/2026", "quý I năm 2026" name a period: say its last day; "ngày 23 tháng 1"
 * under a "Thời gian (Năm 2026)" header: say the year read.
 */
function untilOf(date: DeadlineDate): string {
  const day = /\d\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d/iu.test(date.text);
  if (!day) return ` (đến hết ngày ${dmy(date.latest)})`;
  return /\d{4}/.test(date.text) ? "" : ` (${dmy(date.latest)})`;
}

/**
 * The plan's own date: the header's full date, else its month or year when the day is still blank ("ngày   tháng 12
 * năm 2025", as drafts sent for signature have it): the earliest day it can be, and how to say it.
 */
function planDateOf(
  model: Parameters<Rule["check"]>[0],
  ctx: RuleContext,
): { earliest: string; label: string } | undefined {
  const full = ctx.structure.documentDate;
  if (full !== undefined) return { earliest: full, label: dmy(full) };
  const at = ctx.structure.header.date;
  if (at === undefined) return undefined;
  const part = ctx.structure.header.parts?.date;
  // the date part only (a text box's own text when the date is set in one), else its whole line
  const text = part !== undefined ? partText(model.paragraphs, part) : model.paragraphs[at]!.text;
  const month = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
  if (month !== null) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m >= 1 && m <= 12)
      return { earliest: `${y}-${String(m).padStart(2, "0")}-01`, label: `tháng ${m <= 2 ? `0${m}` : m}/${y}` };
  }
  const year = /năm\s+(\d{4})/iu.exec(text);
  if (year !== null) return { earliest: `${year[1]}-01-01`, label: `năm ${year[1]}` };
  return undefined;
}

/** The latest (or earliest) of the dates that `keep` keeps. */
function pick(
  dates: DeadlineDate[],
  keep: (d: DeadlineDate) => boolean,
  which: "latest" | "earliest",
): DeadlineDate | undefined {
  let best: DeadlineDate | undefined;
  for (const d of dates) {
    if (!keep(d)) continue;
    if (best === undefined || (which === "latest" ? d.latest > best.latest : d.latest < best.latest)) best = d;
  }
  return best;
}

/** "Kết luận của Ban Chấp hành Đảng bộ tỉnh về ..." → "Kết luận". */
function sourceName(title: string | undefined): string {
  if (title === undefined || title.trim() === "") return "văn bản được thực hiện";
  const head = title.split(/\s+(?:của|về|số)\s+/u)[0]!.trim();
  return head.length <= 40 ? head : "văn bản được thực hiện";
}

export const check: Rule["check"] = (model, ctx) => {
  if (ctx.documentType !== "plan") return;
  const plan = planTasksOf(model, ctx.structure);
  const horizon = ctx.settings.implementsConclusion === true ? ctx.settings.horizon : undefined;
  const planDate = planDateOf(model, ctx);
  if (horizon === undefined && planDate === undefined) return;
  const basis = basisFor(PLAN_BASIS.deadline, ctx.settings.sourceTitle, ctx.settings.implementsConclusion === true);
  // One finding per kind and table (a schedule of 2026 tasks past a 2025 horizon says it once), or per date in the
  // running text, at its first place, with how many others.
  const groups = new Map<string, { late: boolean; date: DeadlineDate; deadline: TaskDeadline; count: number }>();
  for (const deadline of [...plan.deadlines].sort((a, b) => a.paragraph - b.paragraph)) {
    // Of the dates one time frame sets ("ban hành trong tháng 01/2026, kiểm tra chậm nhất trong tháng 6/2026"), the
    // latest past the horizon and the earliest before the plan's date.
    const found: [boolean, DeadlineDate | undefined][] = [
      [true, pick(deadline.dates, (d) => horizon !== undefined && d.latest > horizon.date, "latest")],
      [false, pick(deadline.dates, (d) => planDate !== undefined && d.latest < planDate.earliest, "earliest")],
    ];
    for (const [late, date] of found) {
      if (date === undefined) continue;
      const id = `${late ? "late" : "early"}|${deadline.table === undefined ? date.latest : `table ${deadline.table}`}`;
      const group = groups.get(id);
      if (group === undefined) groups.set(id, { late, date, deadline, count: 1 });
      else group.count++;
    }
  }
  for (const { late, date, deadline, count } of groups.values()) {
    const others =
      count === 1
        ? ""
        : deadline.table === undefined
          ? `; cùng thời hạn này còn ở ${count - 1} chỗ khác`
          : `; bảng còn ${count - 1} thời hạn khác như vậy`;
    const common = { deadline: date.text, until: untilOf(date), others };
    ctx.report({
      messageId: late ? "afterHorizon" : "beforePlan",
      data: late
        ? {
            ...common,
            horizon: `“${horizon!.text}”`,
            horizonDate: dmy(horizon!.date),
            source: sourceName(ctx.settings.sourceTitle),
          }
        : { ...common, planDate: planDate!.label },
      severity: "warning",
      basis,
      paragraph: deadline.paragraph,
      excerpt: excerptOf(deadline.text),
    });
  }
};

export const rule: Rule = { meta, check };
