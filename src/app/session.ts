/**
 * The task pane's core, shared by Word and the browser page: a document model + the pane's settings → the view the
 * "Kiểm tra" tab shows (summary counts, findings grouped by area, fixes per rule, the coverage checklist), and where
 * a missing item's standard section belongs. The checklist is `checkDocument`'s coverage, the one the CLI's JSON
 * carries. Pure: no Office, no DOM, no React.
 */
import type { DocumentModel } from "../model/document";
import { checkDocument, COVERAGE_RULE_ID, type CheckResult, type CoverageItem } from "../check";
import { RULES } from "../rules";
import type { Fix } from "../model/fix";
import { formatMessage, type Finding, type RuleMeta } from "../rules/types";
import { meta as notCitedMeta } from "../rules/coverage/not-cited";
import { excerptOf } from "../model/excerpt";
import type { DirectiveSource } from "../directives/types";
import { sourceDocumentOf } from "../directives/recipients";
import { directiveSourceFor } from "./directiveSource";
import type { PaneSettings } from "./settings";
import { storedOfficeConfig } from "./officeConfig";
import { officeCheckOptions } from "../config";
import type { Decisions, IgnoredFinding } from "../decisions";

export type AreaId = "format" | "recipients" | "citation" | "content" | "text" | "other";

export const AREA_LABELS: Record<AreaId, string> = {
  format: "Thể thức",
  recipients: "Nơi nhận",
  citation: "Trích dẫn",
  content: "Nội dung",
  text: "Câu chữ",
  other: "Khác",
};

const AREA_ORDER: AreaId[] = ["format", "recipients", "citation", "content", "text", "other"];

/** What a reviewer reads for after the format: tasks and deadlines, numbering, abbreviations, dates. */
const CONTENT_RULES: ReadonlySet<string> = new Set(["text/abbreviation", "text/date"]);

/** Each rule's area, looked up once per rule id: a 100-page draft has thousands of findings to group. */
const AREA_BY_RULE = new Map<string, AreaId>();

function areaOf(ruleId: string): AreaId {
  let area = AREA_BY_RULE.get(ruleId);
  if (area === undefined) {
    area = areaOfRule(ruleId);
    AREA_BY_RULE.set(ruleId, area);
  }
  return area;
}

function areaOfRule(ruleId: string): AreaId {
  if (CONTENT_RULES.has(ruleId)) return "content";
  const meta: RuleMeta | undefined = RULES.find((r) => r.meta.id === ruleId)?.meta;
  const area = meta?.area ?? ruleId.split("/")[0];
  switch (area) {
    case "page":
    case "font":
    case "header":
    case "title":
    case "body":
    case "signature":
      return "format";
    case "recipients":
      return "recipients";
    case "citation":
      return "citation";
    case "plan":
    case "structure":
      return "content";
    case "text":
      return "text";
    default:
      return "other";
  }
}

export interface FindingView extends Finding {
  /** Stable key within one check. */
  key: string;
  area: AreaId;
}

export interface FindingGroup {
  area: AreaId;
  label: string;
  findings: FindingView[];
}

/** Where the pane's check is: not run yet, running, failed with a readable reason, or done with its view. */
export type CheckState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "error"; message: string }
  | { status: "done"; view: CheckView; notes: string[] };

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  /** Directive items (not-applicable ones excluded) and how many are covered / partial / missing. */
  items: number;
  covered: number;
  partial: number;
  missing: number;
  notApplicable: number;
  /** Findings the drafter's decisions leave out (`Bỏ qua`). */
  ignored: number;
}

/** A finding left out by a `Bỏ qua` decision, with that decision (to undo it). */
export interface IgnoredView {
  key: string;
  finding: Finding;
  decision: IgnoredFinding;
}

export interface CheckView {
  result: CheckResult;
  summary: CheckSummary;
  groups: FindingGroup[];
  /** The coverage checklist; undefined when the draft does not implement the directive source (see `coverageNote`). */
  coverage: CoverageItem[] | undefined;
  /** Whether the draft implements the directive source, and who decided: the user's setting or the draft's citation. */
  implementsConclusion: boolean;
  implementsBy: "setting" | "citation";
  /** Why there is no checklist when the draft does not implement the source; undefined when it does. */
  coverageNote: string | undefined;
  /** Fixes of every finding that has one, per rule id (for "Sửa tất cả"). */
  fixesByRule: Record<string, Fix[]>;
  /** Where a missing item's section goes: after this paragraph (the end of section II), or undefined (cursor). */
  itemInsertAfter: number | undefined;
  /** Findings left out by the drafter's decisions. */
  ignored: IgnoredView[];
  /** Rules the drafter turned off for this document (decisions, not the Thiết lập switches). */
  rulesOff: string[];
}

export function buildCheckView(
  model: DocumentModel,
  settings: PaneSettings,
  source: DirectiveSource = directiveSourceFor(settings),
  decisions?: Decisions,
): CheckView {
  const disabled = new Set(settings.disabledRules);
  const conclusion = conclusionSetting(settings, source);
  const implementsBy = settings.implementsConclusion === undefined ? "citation" : "setting";
  // The office's style sheet, if one was imported (its `source` is not used: the pane's own source setting is).
  const office = storedOfficeConfig(settings.officeConfig);
  const result = checkDocument(model, {
    profile: settings.profile,
    // COVERAGE_RULE_ID is not a RULES entry (nor a switch in Thiết lập): named here so that checkDocument computes
    // the coverage, as it does for the CLI.
    rules: [...RULES.map((r) => r.meta.id).filter((id) => !disabled.has(id)), COVERAGE_RULE_ID],
    ...(conclusion ? { conclusion } : {}),
    directives: source,
    notApplicable: [...new Set([...settings.notApplicable, ...(office?.notApplicable ?? [])])],
    ...(office === undefined ? {} : { office: officeCheckOptions(office) }),
    // The drafter's decisions (the document's, see ./decisions): ignored findings, rules off, items not applicable.
    ...(decisions === undefined ? {} : { decisions }),
    // The user's answer, or (undefined) whether the draft cites the pane's source: checkDocument decides, with this
    // source, so the checklist and the source's own rules follow the same answer.
    ...(settings.implementsConclusion === undefined ? {} : { implementsConclusion: settings.implementsConclusion }),
  });
  const implementsConclusion = result.implementsConclusion;
  const notCited = result.findings.find((f) => f.rule === notCitedMeta.id);
  const findings = result.findings.filter(
    (f) =>
      // Missing directive items are shown in the coverage checklist, not a second time among the findings.
      f.rule !== COVERAGE_RULE_ID &&
      // The user chose "Không": the note's "does not cite" may be untrue (the draft may cite it); the checklist says why.
      !(f === notCited && implementsBy === "setting"),
  );
  let coverage: CoverageItem[] | undefined;
  let coverageNote: string | undefined;
  if (!implementsConclusion) {
    coverageNote =
      implementsBy === "setting"
        ? `Theo thiết lập, văn bản này không thực hiện “${excerptOf(source.title, 90)}” nên không đối chiếu các nhiệm vụ, nơi nhận bắt buộc và trích dẫn của văn bản đó.`
        : (notCited?.message ??
          formatMessage(notCitedMeta.messages.notCited ?? "", { source: excerptOf(source.title, 90) }));
  } else {
    // Items marked "Không áp dụng" are already `not-applicable` here (checkDocument's notApplicable).
    coverage = result.coverage;
  }
  const groups = new Map<AreaId, FindingView[]>();
  const fixesByRule: Record<string, Fix[]> = {};
  findings.forEach((f, i) => {
    const area = areaOf(f.rule);
    const view: FindingView = { ...f, key: `${i}:${f.rule}:${f.paragraph ?? "-"}`, area };
    const list = groups.get(area) ?? [];
    list.push(view);
    groups.set(area, list);
    if (f.fix !== undefined) (fixesByRule[f.rule] ??= []).push(f.fix);
  });
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  const cov = coverage ?? [];
  const applicable = cov.filter((c) => c.status !== "not-applicable");
  return {
    result: { ...result, findings, coverage: cov },
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      items: applicable.length,
      covered: applicable.filter((c) => c.status === "covered").length,
      partial: applicable.filter((c) => c.status === "partial").length,
      missing: applicable.filter((c) => c.status === "missing").length,
      notApplicable: cov.length - applicable.length,
      ignored: result.ignored?.length ?? 0,
    },
    groups: AREA_ORDER.filter((a) => groups.has(a)).map((a) => ({
      area: a,
      label: AREA_LABELS[a],
      findings: groups.get(a) ?? [],
    })),
    coverage,
    implementsConclusion,
    implementsBy,
    coverageNote,
    fixesByRule,
    itemInsertAfter: endOfDirectiveSection(model),
    ignored: (result.ignored ?? []).map((x, i) => ({
      key: `${i}:${x.finding.rule}:${x.decision.paragraph}`,
      finding: x.finding,
      decision: x.decision,
    })),
    rulesOff: decisions?.rulesOff ?? [],
  };
}

/** The symbol code of a number and symbol: "NQ/HU" of "05-NQ/HU". */
const symbolCode = (number: string): string | undefined =>
  /^\s*\d+\s*-\s*(\S+)\s*$/u.exec(number)?.[1]?.replace(/\s+/g, "").toUpperCase();

/**
 * The number and date of the directive source the user gave (Soạn thảo's "Số hiệu Kết luận", "Ngày của Kết luận"),
 * for the citation checks; undefined when none. They belong to the seed's conclusion when the user typed them for it:
 * a number whose symbol code is not the source's ("125-KL/TU" while the pasted source is "05-NQ/HU") is another
 * document's, and it and its date are left out, so that a pasted source's citations are not held to the seed's.
 */
function conclusionSetting(
  settings: PaneSettings,
  source: DirectiveSource,
): { number: string | undefined; date: string | undefined } | undefined {
  const { conclusionNumber: number, conclusionDate: date } = settings.particulars;
  if (!number && !date) return undefined;
  const code = sourceDocumentOf(source)?.code;
  const given = number ? symbolCode(number) : undefined;
  if (code !== undefined && given !== undefined && given !== code) return undefined;
  return { number, date };
}

const ROMAN_HEADING = /^\s*(I{1,3}|IV|VI{0,3}|IX|X)\s*[.:)]\s*\S/;

/**
 * The paragraph after which a missing directive item's section goes: the last non-empty paragraph of the plan's
 * section II (the directive sections), i.e. just before the "III." heading. Without a section II: after the last
 * body paragraph before the signature area. Undefined when the document has no body (then insert at the cursor).
 */
export function endOfDirectiveSection(model: DocumentModel): number | undefined {
  const ps = model.paragraphs;
  const headings = ps
    .filter((p) => p.cell === undefined && ROMAN_HEADING.test(p.text))
    .map((p) => ({ index: p.index, numeral: (ROMAN_HEADING.exec(p.text)?.[1] ?? "").toUpperCase() }));
  const second = headings.find((h) => h.numeral === "II");
  if (second !== undefined) {
    const next = headings.find((h) => h.index > second.index);
    const end = next !== undefined ? next.index : firstTableAfter(model, second.index);
    for (let i = end - 1; i > second.index; i--) {
      if ((ps[i]?.text ?? "").trim() !== "" && ps[i]?.cell === undefined) return i;
    }
    return second.index;
  }
  // no section II: the last non-empty paragraph outside tables before the first table after the title
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i];
    if (p !== undefined && p.cell === undefined && p.text.trim() !== "") return i;
  }
  return undefined;
}

function firstTableAfter(model: DocumentModel, index: number): number {
  const p = model.paragraphs.find((q) => q.index > index && q.cell !== undefined);
  return p !== undefined ? p.index : model.paragraphs.length;
}

export const SEVERITY_LABELS: Record<Finding["severity"], string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

export const COVERAGE_LABELS: Record<CoverageItem["status"], string> = {
  covered: "Đã đáp ứng",
  partial: "Đáp ứng một phần",
  missing: "Còn thiếu",
  "not-applicable": "Không áp dụng",
};
