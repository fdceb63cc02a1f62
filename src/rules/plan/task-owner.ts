/** plan/task-owner: scaffold (being written this session). */
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "plan/task-owner",
  area: "plan",
  description: "(đang viết)",
  messages: {},
};

export const check: Rule["check"] = () => {};

export const rule: Rule = { meta, check };
