/**
 * The data of the plan rules (src/rules/data/plan.json), typed and checked: the words a plan's tasks, leads and time
 * frames are recognised by (passed to `planTasks`), and the bases the findings cite. The coverage and the matrix read
 * a plan's tasks with the same words: `planTasksOf(model, structure)`.
 */
import type { DocumentModel } from "../../model/document";
import { array, object, optional, parseData, string } from "../../model/schema";
import type { DocumentStructure } from "../../model/structure";
import { planTasks, type PlanTasks, type PlanVocabulary } from "../../model/structure/tasks";
import planJson from "../data/plan.json";

const words = array(string());
const comment = optional(string());

const planData = parseData(
  object({
    $comment: comment,
    basis: object({
      taskOwner: string(),
      deadline: string(),
      sourceClauses: array(object({ $comment: comment, titleIncludes: string(), text: string() })),
    }),
    columns: object({ $comment: comment, task: words, lead: words, time: words }),
    sections: object({
      $comment: comment,
      tasks: words,
      notTasks: words,
      organisation: words,
      nonTaskBlocks: words,
      generalAreas: words,
    }),
    assignedByTable: words,
    bodies: object({ $comment: comment, names: words, notBodies: words, collective: words }),
    leadPhrases: object({ $comment: comment, subject: words, notLead: words, nounPhrases: words }),
    topics: object({
      $comment: comment,
      genericWords: words,
      affinities: array(object({ bodies: words, areas: words })),
    }),
  }),
  planJson,
  "src/rules/data/plan.json",
);

export const PLAN_VOCABULARY: PlanVocabulary = {
  columns: planData.columns,
  sections: planData.sections,
  assignedByTable: planData.assignedByTable,
  bodies: planData.bodies,
  leadPhrases: planData.leadPhrases,
  topics: planData.topics,
};

export const PLAN_BASIS = planData.basis;

const memo = new WeakMap<DocumentStructure, { model: DocumentModel; tasks: PlanTasks }>();

/** A plan's tasks read with the words of plan.json (once per check: both plan rules read them). */
export function planTasksOf(model: DocumentModel, structure: DocumentStructure): PlanTasks {
  const hit = memo.get(structure);
  if (hit !== undefined && hit.model === model) return hit.tasks;
  const tasks = planTasks(model, structure, PLAN_VOCABULARY);
  memo.set(structure, { model, tasks });
  return tasks;
}

/** The basis of a finding: the practice, and the directive source's own clause when the draft implements it. */
export function basisFor(practice: string, sourceTitle: string | undefined, implementsSource: boolean): string {
  if (!implementsSource || sourceTitle === undefined) return practice;
  const clause = PLAN_BASIS.sourceClauses.find((c) => sourceTitle.includes(c.titleIncludes));
  return clause === undefined ? practice : `${practice}; ${clause.text}`;
}
