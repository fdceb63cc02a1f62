/**
 * What `ketluan check` prints: the JSON list, or the human-readable text (per file, findings in document order with
 * severity and legal basis, then the directive items).
 */
import { COVERAGE_RULE_ID, type CheckResult, type CoverageItem } from "../../check";
import type { Finding } from "../../rules/types";
import { paragraphRangeParts } from "../../annotate/plan";

/** One input file: its check result, or why it could not be read. */
export interface FileResult {
  file: string;
  result?: CheckResult;
  error?: string;
}

/** `showIgnored`: the findings the document's decisions leave out, with each decision (`--show-ignored`). */
export function toJson(results: FileResult[], showIgnored = false): unknown[] {
  return results.map((r) =>
    r.result === undefined
      ? { file: r.file, error: r.error }
      : {
          file: r.file,
          profile: r.result.profile,
          documentType: r.result.documentType,
          findings: r.result.findings,
          coverage: r.result.coverage,
          ...(r.result.plan === undefined ? {} : { plan: r.result.plan }),
          ...(showIgnored ? { ignored: r.result.ignored ?? [] } : {}),
        },
  );
}

const STATUS_NAME = {
  covered: "đã đáp ứng",
  partial: "một phần",
  missing: "chưa có",
  "not-applicable": "không áp dụng",
} as const;
const STATUS_COLOR = { covered: "32", partial: "33", missing: "31", "not-applicable": "2" } as const;

/** The checklist of directive items: status, title and where the evidence is. */
function coverageBlock(coverage: CoverageItem[], c: (code: string, s: string) => string): string[] {
  const n = (s: CoverageItem["status"]): number => coverage.filter((x) => x.status === s).length;
  const applicable = coverage.length - n("not-applicable");
  const out = [
    `  Đối chiếu nhiệm vụ của Kết luận: ${n("covered")}/${applicable} đã đáp ứng, ${n("partial")} một phần, ${n("missing")} chưa có` +
      (n("not-applicable") > 0 ? `, ${n("not-applicable")} không áp dụng` : ""),
  ];
  for (const item of coverage) {
    const where =
      item.evidence.length === 0
        ? ""
        : ` (đoạn ${item.evidence
            .slice(0, 4)
            .map((e) => e.paragraph)
            .join(", ")}${item.evidence.length > 4 ? ", …" : ""})`;
    const why = item.reason === undefined ? "" : c("2", ` — lý do: ${item.reason}`);
    out.push(
      `    ${item.item.padEnd(5)} ${c(STATUS_COLOR[item.status], STATUS_NAME[item.status].padEnd(13))} ${item.title}${c("2", where)}${why}`,
    );
  }
  return out;
}

const PROFILE_NAME = { party: "văn bản của Đảng", state: "văn bản hành chính nhà nước" } as const;
const TYPE_NAME = { plan: "kế hoạch", report: "báo cáo", other: "loại khác" } as const;
const SOURCE_NAME = {
  detected: "nhận diện từ tiêu đề",
  override: "theo tùy chọn --profile",
  default: "mặc định, không thấy tiêu đề",
} as const;
const SEVERITY_NAME = { error: "lỗi", warning: "cảnh báo", info: "lưu ý" } as const;

interface FindingGroup {
  first: Finding;
  /** Paragraphs the same finding (rule, severity, message) is reported on, in document order. */
  paragraphs: number[];
}

function groupFindings(findings: Finding[]): FindingGroup[] {
  const byKey = new Map<string, FindingGroup>();
  const out: FindingGroup[] = [];
  for (const f of findings) {
    const key = `${f.rule}\u0000${f.severity}\u0000${f.message}`;
    const g = f.paragraph === null ? undefined : byKey.get(key);
    if (g !== undefined) g.paragraphs.push(f.paragraph!);
    else {
      const fresh = { first: f, paragraphs: f.paragraph === null ? [] : [f.paragraph] };
      if (f.paragraph !== null) byKey.set(key, fresh);
      out.push(fresh);
    }
  }
  return out;
}

/** "3", "3, 5" or "0–4, 7, 9–12 (12 đoạn)". */
export function paragraphRanges(paragraphs: number[]): string {
  const parts = paragraphRangeParts(paragraphs);
  const shown = parts.length > 6 ? [...parts.slice(0, 6), "…"] : parts;
  return shown.join(", ") + (paragraphs.length > 2 ? ` (${paragraphs.length} đoạn)` : "");
}

/** Beyond this many findings of one rule in one file, the text output summarises (JSON always lists all). */
const MAX_PER_RULE = 10;

export function formatText(results: FileResult[], color: boolean, showIgnored = false): string {
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: "31", warning: "33", info: "36" } as const;
  const lines: string[] = [];
  for (const r of results) {
    if (r.result === undefined) {
      lines.push(`${c("1", r.file)}: ${c("31", "không đọc được / unreadable")}: ${r.error}`, "");
      continue;
    }
    const res = r.result;
    lines.push(
      `${c("1", r.file)} — ${PROFILE_NAME[res.profile]} (${SOURCE_NAME[res.profileSource]}), ${TYPE_NAME[res.documentType]}`,
    );
    // The same finding on many paragraphs (a whole draft in Arial) is one entry with its paragraph ranges.
    // Missing directive items are listed in the coverage block below, not among the format findings.
    const groups = groupFindings(res.findings.filter((x) => x.rule !== COVERAGE_RULE_ID));
    const perRule = new Map<string, number>();
    for (const g of groups) {
      const f = g.first;
      const n = (perRule.get(f.rule) ?? 0) + 1;
      perRule.set(f.rule, n);
      if (n > MAX_PER_RULE) continue;
      const where = g.paragraphs.length === 0 ? "toàn văn bản" : `đoạn ${paragraphRanges(g.paragraphs)}`;
      const head = where.length <= 12 ? where.padEnd(12) : where + "\n  " + "".padEnd(12);
      lines.push(
        `  ${head} ${c(sevColor[f.severity], SEVERITY_NAME[f.severity].padEnd(8))} ${f.rule.padEnd(14)} ${f.message}`,
      );
      lines.push(`  ${"".padEnd(12)} ${"".padEnd(8)} ${"".padEnd(14)} ${c("2", `Căn cứ: ${f.basis}`)}`);
      if (f.excerpt !== "") lines.push(`  ${"".padEnd(36)} ${c("2", `«${f.excerpt}»`)}`);
      if (f.fix !== undefined) lines.push(`  ${"".padEnd(36)} ${c("2", `Sửa được (ketluan fix): ${f.fix.title}`)}`);
    }
    for (const [rule, n] of perRule) {
      if (n > MAX_PER_RULE) lines.push(`  … và ${n - MAX_PER_RULE} phát hiện khác của ${rule} (xem --format json)`);
    }
    const ignored = res.ignored ?? [];
    if (ignored.length > 0 && !showIgnored)
      lines.push(
        c("2", `  ${ignored.length} phát hiện đã bỏ qua theo quyết định lưu trong văn bản (xem: --show-ignored)`),
      );
    if (ignored.length > 0 && showIgnored) {
      lines.push(`  Đã bỏ qua theo quyết định lưu trong văn bản (${ignored.length}):`);
      for (const { finding: f, decision } of ignored) {
        const where = f.paragraph === null ? "toàn văn bản" : `đoạn ${f.paragraph}`;
        const why = decision.reason === undefined ? "" : ` — lý do: ${decision.reason}`;
        lines.push(`  ${where.padEnd(12)} ${c("2", "bỏ qua".padEnd(8))} ${f.rule.padEnd(14)} ${f.message}${why}`);
      }
    }
    if (res.coverage.length > 0) lines.push(...coverageBlock(res.coverage, c));
    if (res.plan !== undefined && res.plan.tasks > 0) {
      const gaps = res.plan.gaps === 0 ? c("32", "đều có") : c("33", `${res.plan.gaps} chưa có`);
      lines.push(`  Nhiệm vụ của kế hoạch: ${res.plan.tasks}; cơ quan chủ trì và thời hạn: ${gaps}`);
    }
    const count = (s: string): number => res.findings.filter((f) => f.severity === s).length;
    const total = `${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} lưu ý`;
    lines.push(res.findings.length === 0 ? `  ${c("32", "Không phát hiện vấn đề nào.")}` : `  Tổng cộng: ${total}`, "");
  }
  return lines.join("\n") + "\n";
}
