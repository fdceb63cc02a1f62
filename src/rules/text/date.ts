/** text/date: scaffold (being written this session). */
import type { Rule } from "../types";

export const meta: Rule["meta"] = {
  id: "text/date",
  area: "text",
  description: "(đang viết)",
  messages: {},
};

export const check: Rule["check"] = () => {};

export const rule: Rule = { meta, check };
