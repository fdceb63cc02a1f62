/**
 * The units a plan assigns, fed to coverage: for each directive task the draft answers, the bodies that lead the
 * plan's tasks where it answers it (the lead cell of the task table's row, the body leading the prose task or its
 * area). The provincial office reads who carries out each directive, not only that someone does.
 */
import type { DocumentModel } from "../model/document";
import type { PlanTasks } from "../model/structure/tasks";
import type { CoverageItem } from "../directives/coverage";

/** "Sở Tư pháp; UBND các xã, phường" → ["Sở Tư pháp", "UBND các xã, phường"]: a lead cell lists bodies by ";" or line. */
function splitUnits(owner: string): string[] {
  return owner
    .split(/[;\n]+/)
    .map((u) => u.trim().replace(/[.,]$/, ""))
    .filter((u) => u !== "");
}

/** The lead of the plan's task at paragraph `p`, when the plan names one. */
export function ownerAt(model: DocumentModel, plan: PlanTasks, p: number): string | undefined {
  const cell = model.paragraphs[p]?.cell;
  if (cell !== undefined) {
    // A task table's row: its task cell's paragraph shares the table and the row.
    const row = plan.tasks.find((t) => {
      const c = model.paragraphs[t.paragraph]?.cell;
      return t.source === "table" && c !== undefined && c.table === cell.table && c.row === cell.row;
    });
    return row?.owner;
  }
  const own = plan.tasks.find((t) => t.source === "prose" && t.paragraph === p && t.owner !== undefined);
  if (own !== undefined) return own.owner;
  // Inside an area of a tasks section: the area's lead (named in it or in "Tổ chức thực hiện").
  if (plan.organisationSection !== undefined && p >= plan.organisationSection) return undefined;
  let area: PlanTasks["areas"][number] | undefined;
  for (const a of plan.areas) if (a.paragraph <= p && (area === undefined || a.paragraph > area.paragraph)) area = a;
  return area?.owner;
}

/** Coverage with `units` on each answered task: the distinct bodies leading the plan's tasks that answer it. */
export function withUnits(coverage: CoverageItem[], model: DocumentModel, plan: PlanTasks): CoverageItem[] {
  return coverage.map((item) => ({
    ...item,
    tasks: item.tasks.map((task) => {
      const units = new Set<string>();
      for (const e of task.evidence) {
        const owner = ownerAt(model, plan, e.paragraph);
        if (owner !== undefined) for (const u of splitUnits(owner)) units.add(u);
      }
      return units.size === 0 ? task : { ...task, units: [...units] };
    }),
  }));
}
