/**
 * The check pipeline: read the document's structure once, choose the profile and the document type, run every
 * enabled rule of the registry (src/rules/) on the model, add the coverage of the directive source, sort. Pure: the
 * CLI, the browser page and the task pane all call `checkDocument` with a document model, and get the public JSON
 * shape (docs/json.md) back. It sits above the rules and the directives, which never import it.
 */
import type { DocumentModel } from "../model/document";
import { analyzeStructure } from "../model/structure";
import type { DocumentType, ProfileId } from "../model/vocabulary";
import { citesSource } from "../directives/cites";
import { computeCoverage, coverageParagraphs, type CoverageItem } from "../directives/coverage";
import { defaultDirectiveSource } from "../directives/seed";
import { recipientPolicyOf, sourceDocumentOf } from "../directives/recipients";
import type { DirectiveSource, SourceRecipient, SourceRecipientPolicy } from "../directives/types";
import { RECIPIENT_POLICY } from "../rules/data";
import { COVERAGE_RULE_ID, coverageFindings } from "../rules/coverage/missing";
import { RULES } from "../rules";
import { internalDocumentTypeOf, legalBasisFor, PROFILES, type ProfileData } from "../rules/profiles";
import { formatMessage, type Finding, type RuleContext } from "../rules/types";
import { planGaps } from "../model/structure/tasks";
import { planTasksOf } from "../rules/plan/vocabulary";
import { withUnits } from "./units";
import { placeKey, type Decisions, type IgnoredFinding } from "../decisions";
import { startCheckGeneration } from "../model/memo";
import { paragraphSigns } from "../rules/signs";

export type { CoverageItem } from "../directives/coverage";
export { COVERAGE_RULE_ID };

/** The source's own rules: they apply only to a draft that implements the directive source (docs/json.md, "which rules apply to which document"). */
const CONCLUSION_RULES: ReadonlySet<string> = new Set([
  "recipients/required",
  "citation/mismatch",
  "citation/inconsistent",
]);

/**
 * Rules that make sense on a document with no official header (a phiếu trình, a form, an appendix in its own file):
 * the page, the font and the words. The header, title, body layout, signature and recipient rules need the format.
 */
const GENERAL_RULES: ReadonlySet<string> = new Set([
  "page/size",
  "page/margins",
  "font/family",
  "font/color",
  "text/placeholder",
  "text/repeated-word",
  "text/typing",
  "text/abbreviation",
  "text/date",
  "citation/mismatch",
  "citation/inconsistent",
  "header/none",
]);

/** On a file that holds only an attachment (an Điều lệ, a Phụ lục), the main document's own parts are not looked for. */
const MAIN_DOCUMENT_RULES: ReadonlySet<string> = new Set([
  "header/number",
  "header/date",
  "title/type-name",
  "title/summary",
  "body/paragraph",
  "signature/prefix",
  "signature/block",
  "recipients/block",
  "recipients/label",
  "recipients/required",
  "recipients/punctuation",
  "recipients/archive",
]);

export interface CheckOptions {
  /** "auto" (default) detects the profile from the header; a user override always wins. */
  profile?: "auto" | ProfileId;
  /** Rule ids to run; all rules when omitted. */
  rules?: string[];
  /** "auto" (default) detects plan/report from the type name; a user override always wins. */
  documentType?: "auto" | DocumentType;
  /** The conclusion's own number ("125-KL/TU") and date ("05/9/2023" or ISO), a user setting for citation rules. */
  conclusion?: { number?: string; date?: string };
  /** The directive source to check coverage against (the seed conclusion by default); `false` skips coverage. */
  directives?: DirectiveSource | false;
  /** Directive items the drafter marked not applicable ("2.4"): reported `not-applicable`, never missing. */
  notApplicable?: string[];
  /**
   * The user says the draft implements the directive source (true) or not (false). Undefined: decided by whether the
   * draft cites it. The source's own rules and coverage apply only to drafts that implement it.
   */
  implementsConclusion?: boolean;
  /**
   * The drafter's decisions stored in the document (src/decisions): findings judged acceptable are left out of
   * `findings` (listed in `ignored`), rules turned off do not run, items marked not applicable are so, with a reason.
   */
  decisions?: Decisions;
  /** An office's style sheet (src/config): its profiles (shipped values overlaid) and rule levels. */
  office?: {
    profiles: Record<ProfileId, ProfileData>;
    rules: Record<string, "off" | "warning" | "error">;
    /** Recipients the office requires besides the policy's. */
    requiredRecipients?: Record<ProfileId, { plan: SourceRecipient[]; report: SourceRecipient[] }>;
  };
  /**
   * When given, each rule's time in milliseconds is added to it under the rule's id, and the shared analyses' under
   * "(character signs)", "(structure)", "(conclusion cited)", "(plan tasks)" and "(coverage)": the bench prints them,
   * as ESLint's TIMING=1 does.
   */
  timings?: Record<string, number>;
}

/** A clock that exists in Node and in the page alike. */
const now = (): number => globalThis.performance.now();

/** A plan's tasks as the check read them (docs/json.md `plan`): what the matrix's task column counts. */
export interface PlanSummary {
  /** Tasks found: task table rows and prose tasks. */
  tasks: number;
  /** Task table rows with no lead. */
  withoutOwner: number;
  /** Task table rows with no time frame. */
  withoutDeadline: number;
  /** Prose task areas no body leads (where the plan assigns its prose tasks area by area). */
  unassignedAreas: number;
  /** What a reviewer would send back: rows without a lead or a time frame (each counted once), plus those areas. */
  gaps: number;
}

export interface CheckResult {
  profile: ProfileId;
  /** How the profile was chosen: found in the document, given by the user, or the default (party). */
  profileSource: "detected" | "override" | "default";
  /** Whether the draft implements the directive source (cites it, or the user said so). */
  implementsConclusion: boolean;
  documentType: DocumentType;
  documentDate: string | undefined;
  findings: Finding[];
  coverage: CoverageItem[];
  /** For a plan: its tasks, with and without lead and time frame. */
  plan?: PlanSummary;
  /** Findings left out by the document's decisions (`Bỏ qua`), each with the decision; present when there are any. */
  ignored?: { finding: Finding; decision: IgnoredFinding }[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkDocument(model: DocumentModel, options: CheckOptions = {}): CheckResult {
  const timings = options.timings;
  const timed = <T>(key: string, run: () => T): T => {
    if (timings === undefined) return run();
    const start = now();
    const value = run();
    timings[key] = (timings[key] ?? 0) + (now() - start);
    return value;
  };
  // paragraph analyses memoised by content (src/model/memo) keep this check's and the previous check's paragraphs
  startCheckGeneration();
  // each paragraph's character signs, read once for the rules that ask (src/rules/signs)
  timed("(character signs)", () => {
    for (const p of model.paragraphs) paragraphSigns(p.text);
  });
  const structure = timed("(structure)", () => analyzeStructure(model));
  let profileId: ProfileId;
  let profileSource: CheckResult["profileSource"];
  if (options.profile !== undefined && options.profile !== "auto") {
    profileId = options.profile;
    profileSource = "override";
  } else if (structure.detectedProfile !== undefined) {
    profileId = structure.detectedProfile;
    profileSource = "detected";
  } else {
    profileId = "party";
    profileSource = "default";
  }
  const profile = options.office?.profiles[profileId] ?? PROFILES[profileId];
  const basisShort = legalBasisFor(profile, structure.documentDate).short;
  const documentType =
    options.documentType !== undefined && options.documentType !== "auto"
      ? options.documentType
      : structure.documentType;
  const findings: Finding[] = [];
  const decisions = options.decisions;
  const officeLevels = options.office?.rules ?? {};
  const rulesOff = new Set([
    ...(decisions?.rulesOff ?? []),
    ...Object.keys(officeLevels).filter((id) => officeLevels[id] === "off"),
  ]);
  const enabled = options.rules === undefined ? undefined : new Set(options.rules);
  const source =
    options.directives === false ? defaultDirectiveSource() : (options.directives ?? defaultDirectiveSource());
  const implementsConclusion =
    options.implementsConclusion ??
    timed("(conclusion cited)", () => citesSource(model, source, options.conclusion?.number ?? source.number));
  // A plan's tasks, read once for both plan rules and the plan summary: timed on their own, not as the first rule's.
  const planTaskList = documentType === "plan" ? timed("(plan tasks)", () => planTasksOf(model, structure)) : undefined;
  // The source's own recipient policy and citation identity, derived once per check (memoised per source). The seed
  // keeps the shipped policy and the citation register (undefined here): a copy of its text parsed anew is the seed too.
  const seed = defaultDirectiveSource();
  const isSeed = source === seed || (source.title === seed.title && source.closing === seed.closing);
  const recipientPolicy = withOfficeRecipients(
    isSeed ? RECIPIENT_POLICY : recipientPolicyOf(source),
    options.office?.requiredRecipients,
  );
  const sourceDocument = isSeed ? undefined : sourceDocumentOf(source);
  // Neither title and no override: not an official document; only the general rules run (header/none says so).
  const noHeader = profileSource === "default";
  const attachmentOnly =
    !noHeader &&
    structure.typeNameParagraph === undefined &&
    structure.attachments.length > 0 &&
    structure.header.number === undefined;
  for (const rule of RULES) {
    const id = rule.meta.id;
    if (enabled !== undefined && !enabled.has(id)) continue;
    if (rulesOff.has(id)) continue;
    if (noHeader && !GENERAL_RULES.has(id)) continue;
    if (!noHeader && id === "header/none" && !attachmentOnly) continue;
    if (attachmentOnly && MAIN_DOCUMENT_RULES.has(id)) continue;
    if (!implementsConclusion && CONCLUSION_RULES.has(id)) continue;
    const ctx: RuleContext = {
      profileId,
      profile,
      basisShort,
      documentType,
      structure,
      settings: {
        conclusion: options.conclusion,
        implementsConclusion,
        sourceTitle: source.title,
        horizon: source.horizon,
        ...(recipientPolicy === undefined ? {} : { recipientPolicy }),
        ...(sourceDocument === undefined ? {} : { sourceDocument }),
      },
      report(f) {
        const template = rule.meta.messages[f.messageId];
        if (template === undefined) throw new Error(`${rule.meta.id}: unknown messageId ${f.messageId}`);
        findings.push({
          rule: rule.meta.id,
          severity: f.severity,
          message: formatMessage(template, f.data),
          basis: f.basis,
          paragraph: f.paragraph,
          excerpt: f.excerpt ?? "",
          ...(f.fix === undefined ? {} : { fix: f.fix }),
        });
      },
    };
    timed(id, () => rule.check(model, ctx));
  }
  // Coverage: what the conclusion directs and the draft answers. Only plans and reports are expected to answer it.
  let coverage: CoverageItem[] = [];
  const wantCoverage = (enabled === undefined || enabled.has(COVERAGE_RULE_ID)) && !rulesOff.has(COVERAGE_RULE_ID);
  const notApplicable = [
    ...new Set([...(options.notApplicable ?? []), ...(decisions?.notApplicable ?? []).map((d) => d.item)]),
  ];
  if (options.directives !== false && wantCoverage && implementsConclusion) {
    const matched = timed("(coverage)", () =>
      computeCoverage(model, source, {
        notApplicable,
        bodyParagraphs: coverageParagraphs(model, structure.bodyParagraphs),
      }),
    );
    // a not-applicable item says why, when the decision gives a reason
    coverage = matched.map((c) => {
      const reason = decisions?.notApplicable.find((d) => d.item === c.item)?.reason;
      return c.status === "not-applicable" && reason !== undefined ? { ...c, reason } : c;
    });
    if (documentType !== "other") findings.push(...coverageFindings(matched, source));
  }
  let plan: PlanSummary | undefined;
  if (planTaskList !== undefined) {
    const gaps = planGaps(planTaskList);
    plan = {
      tasks: planTaskList.tasks.length,
      withoutOwner: gaps.missingOwner.length,
      withoutDeadline: gaps.missingDeadline.length,
      unassignedAreas: gaps.unassignedAreas.length,
      gaps: new Set([...gaps.missingOwner, ...gaps.missingDeadline]).size + gaps.unassignedAreas.length,
    };
    if (coverage.length > 0) coverage = withUnits(coverage, model, planTaskList);
  }
  // An internal document type of the profile (the phiếu trình, the office's routing form): its template's
  // deviations are worth a warning, never a send-back (profile data, `internalDocumentTypes`, with the evidence).
  // The office made these rules' errors warnings (its style sheet): a clerk there would not send them back.
  for (const f of findings) if (f.severity === "error" && officeLevels[f.rule] === "warning") f.severity = "warning";
  const internal = internalDocumentTypeOf(profile, structure.typeName);
  if (internal !== undefined) {
    for (const f of findings) {
      if (f.severity !== "error") continue;
      f.severity = "warning";
      f.message += ` (${internal.note})`;
    }
  }
  findings.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      // rule ids are lower-case ASCII: code-unit order is their alphabetical order, without the ~5 ms the first
      // localeCompare of a process spends loading ICU's collator
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const ignored: NonNullable<CheckResult["ignored"]> = [];
  if (decisions !== undefined && decisions.ignored.length > 0) {
    const kept: Finding[] = [];
    for (const f of findings) {
      const key = placeKey(model, f.paragraph);
      const decision = decisions.ignored.find((d) => d.rule === f.rule && d.paragraph === key);
      if (decision === undefined) kept.push(f);
      else ignored.push({ finding: f, decision });
    }
    findings.splice(0, findings.length, ...kept);
  }
  return {
    profile: profileId,
    profileSource,
    implementsConclusion,
    documentType,
    documentDate: structure.documentDate,
    findings,
    coverage,
    ...(plan === undefined ? {} : { plan }),
    ...(ignored.length === 0 ? {} : { ignored }),
  };
}

/** The policy with the office's own required recipients added (keys "office:…", each with its own basis). */
function withOfficeRecipients(
  policy: SourceRecipientPolicy,
  extra: Record<ProfileId, { plan: SourceRecipient[]; report: SourceRecipient[] }> | undefined,
): SourceRecipientPolicy {
  if (extra === undefined) return policy;
  const recipients = { ...policy.recipients };
  const profiles = { party: { ...policy.profiles.party }, state: { ...policy.profiles.state } };
  for (const id of ["party", "state"] as const)
    for (const type of ["plan", "report"] as const)
      extra[id][type].forEach((r, k) => {
        const key = `office:${id}:${type}:${k}`;
        recipients[key] = r;
        profiles[id][type] = [...(profiles[id][type] ?? []), key];
      });
  return { ...policy, recipients, profiles };
}
