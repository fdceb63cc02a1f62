/**
 * coverage/missing: a directive item of the conclusion that the draft does not answer at all. The matching itself is
 * src/directives/coverage.ts (computeCoverage); this module turns its result into findings of the public shape, one
 * warning per missing item (partial and not-applicable items give none).
 */
import type { CoverageItem } from "../../directives/coverage";
import { defaultDirectiveSource } from "../../directives/seed";
import type { DirectiveSource } from "../../directives/types";
import { formatMessage, type Finding, type RuleMeta } from "../types";

/** Reported by the check pipeline from the coverage matcher, not run as a RULES entry. */
export const COVERAGE_RULE_ID = "coverage/missing";

export const meta: RuleMeta = {
  id: COVERAGE_RULE_ID,
  area: "coverage",
  description:
    "Dự thảo phải có nội dung thực hiện từng nhiệm vụ, giải pháp của Kết luận (trừ nhiệm vụ đánh dấu không áp dụng).",
  messages: {
    missing: "Dự thảo chưa có nội dung thực hiện nhiệm vụ {item} của {document}: {title}",
  },
};

/**
 * The source's short name and type from its title: "Kết luận của Ban Chấp hành Đảng bộ tỉnh về ..." gives
 * document "Kết luận" and name "Kết luận của Ban Chấp hành Đảng bộ tỉnh".
 */
export function sourceNames(source: DirectiveSource): { document: string; name: string } {
  // A title pasted from a web page or read across lines may carry line breaks and doubled spaces: one space each.
  const title = source.title.replace(/\s+/gu, " ").trim();
  const name = title.split(" về ")[0]! || "Kết luận";
  // `name` is trimmed and not empty, so the part before " của " is never empty either
  const document = name.split(" của ")[0]!;
  return { document, name };
}

/**
 * One `coverage/missing` warning per item whose status is "missing". `source` names the conclusion in the message
 * and the basis (default: the seed conclusion).
 */
export function coverageFindings(
  coverage: readonly CoverageItem[],
  source: DirectiveSource = defaultDirectiveSource(),
): Finding[] {
  const { document, name } = sourceNames(source);
  return coverage
    .filter((c) => c.status === "missing")
    .map((c) => ({
      rule: meta.id,
      severity: "warning" as const,
      message: formatMessage(meta.messages.missing!, { item: c.item, document, title: c.title }),
      basis: `${name}, mục ${c.item}`,
      paragraph: null,
      excerpt: "",
    }));
}
