/** plan/deadline: scaffold (being written this session). */
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "plan/deadline",
  area: "plan",
  description: "(đang viết)",
  messages: {},
};

export const check: Rule["check"] = () => {};

export const rule: Rule = { meta, check };
