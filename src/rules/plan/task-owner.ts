/**
 * plan/task-owner: each task of a plan names the body that leads it and when it is due. Read by
 * src/model/structure/tasks.ts with the words of src/rules/data/plan.json:
 *
 * - a task table (in the body or an attached PHỤ LỤC) with a lead column: its rows without a lead, without a time or
 *   without both are reported, one finding per table and kind, listing the task numbers; a table without a time
 *   column is said once. A plan whose table assigns every row is compliant, and its prose tasks are not checked one
 *   by one (real plans say "(Phân công nhiệm vụ theo Phụ lục đính kèm)");
 * - prose tasks (a Party committee's plan, most often): each task area (the first level of numbering under
 *   "NHIỆM VỤ, GIẢI PHÁP") needs a body that leads it, named in the area or in "Tổ chức thực hiện" for the same
 *   subject; a plan that assigns all of it to one named body, or only to every unit at once, assigns every area.
 *
 * A warning (practice, not law): plans are sent back for it, but the wording varies too much for a machine to be sure.
 */
import { excerptOf } from "../../model/excerpt";
import { planGaps, type PlanTask } from "../../model/structure/tasks";
import type { Rule } from "../types";
import { basisFor, PLAN_BASIS, planTasksOf } from "./vocabulary";

export const meta: Rule["meta"] = {
  id: "plan/task-owner",
  area: "plan",
  description:
    "Mỗi nhiệm vụ của kế hoạch có cơ quan, đơn vị chủ trì và thời gian hoàn thành (bảng phân công nhiệm vụ, hoặc giao theo từng nhóm nhiệm vụ ở phần “Tổ chức thực hiện”).",
  messages: {
    tableNoOwner: "Bảng nhiệm vụ ({where}): {count} nhiệm vụ chưa có cơ quan, đơn vị chủ trì (nhiệm vụ {numbers})",
    tableNoDeadline: "Bảng nhiệm vụ ({where}): {count} nhiệm vụ chưa có thời gian hoàn thành (nhiệm vụ {numbers})",
    tableNoBoth:
      "Bảng nhiệm vụ ({where}): {count} nhiệm vụ chưa có cả cơ quan, đơn vị chủ trì lẫn thời gian hoàn thành (nhiệm vụ {numbers})",
    tableNoTimeColumn:
      "Bảng nhiệm vụ ({where}) không có cột thời gian hoàn thành: {count} nhiệm vụ chưa có thời hạn; thêm cột “Thời gian hoàn thành”",
    areasUnassigned:
      "Mục {section} “{title}”: {count} nhóm nhiệm vụ chưa giao cơ quan, đơn vị chủ trì, trong nhóm cũng như ở phần “Tổ chức thực hiện” ({list})",
  },
};

const MAX_LISTED = 10;

function listOf(items: string[]): string {
  if (items.length <= MAX_LISTED) return items.join(", ");
  return `${items.slice(0, MAX_LISTED).join(", ")} và ${items.length - MAX_LISTED} nhiệm vụ khác`;
}

export const check: Rule["check"] = (model, ctx) => {
  if (ctx.documentType !== "plan") return;
  const plan = planTasksOf(model, ctx.structure);
  const gaps = planGaps(plan);
  const basis = basisFor(PLAN_BASIS.taskOwner, ctx.settings.sourceTitle, ctx.settings.implementsConclusion === true);
  const noOwner = new Set(gaps.missingOwner);
  const noDeadline = new Set(gaps.missingDeadline);

  plan.tables.forEach((table, t) => {
    const rows = plan.tasks.filter((task) => task.source === "table" && task.group === t);
    const where = table.where;
    const report = (messageId: string, tasks: PlanTask[]): void => {
      if (tasks.length === 0) return;
      ctx.report({
        messageId,
        data: { where, count: tasks.length, numbers: listOf(tasks.map((x) => x.number)) },
        severity: "warning",
        basis,
        paragraph: tasks[0]!.paragraph,
        excerpt: excerptOf(tasks[0]!.text),
      });
    };
    if (table.columns.time === undefined) {
      report(
        "tableNoOwner",
        rows.filter((x) => noOwner.has(x)),
      );
      if (rows.length > 0)
        ctx.report({
          messageId: "tableNoTimeColumn",
          data: { where, count: rows.length },
          severity: "warning",
          basis,
          paragraph: table.paragraph,
          excerpt: excerptOf(table.headers.task),
        });
      return;
    }
    report(
      "tableNoBoth",
      rows.filter((x) => noOwner.has(x) && noDeadline.has(x)),
    );
    report(
      "tableNoOwner",
      rows.filter((x) => noOwner.has(x) && !noDeadline.has(x)),
    );
    report(
      "tableNoDeadline",
      rows.filter((x) => noDeadline.has(x) && !noOwner.has(x)),
    );
  });

  // Prose: one finding per tasks section, listing the areas nobody leads.
  const bySection = new Map<number, typeof gaps.unassignedAreas>();
  for (const area of gaps.unassignedAreas) {
    const list = bySection.get(area.section.paragraph) ?? [];
    list.push(area);
    bySection.set(area.section.paragraph, list);
  }
  for (const areas of bySection.values()) {
    const first = areas[0]!;
    ctx.report({
      messageId: "areasUnassigned",
      data: {
        section: first.section.number,
        title: excerptOf(first.section.title, 60),
        count: areas.length,
        list: listOf(areas.map((a) => `${a.number} “${excerptOf(a.heading, 70)}”`)),
      },
      severity: "warning",
      basis,
      paragraph: first.paragraph,
      excerpt: excerptOf(model.paragraphs[first.paragraph]!.text),
    });
  }
};

export const rule: Rule = { meta, check };
