/** citation/self: scaffold (being written this session). */
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "citation/self",
  area: "citation",
  description: "(đang viết)",
  messages: {},
};

export const check: Rule["check"] = () => {};

export const rule: Rule = { meta, check };
