/**
 * The checker: detect profile and type, run every enabled rule, return findings in the public JSON shape.
 * Pure: the CLI, the browser page and the task pane call this with a document model.
 */
import type { DocumentModel } from "../model/document";
import { computeCoverage, coverageParagraphs } from "../directives/coverage";
import { defaultDirectiveSource } from "../directives/seed";
import type { DirectiveSource } from "../directives/types";
import { coverageFindings } from "./coverage/missing";
import { legalBasisFor, PROFILES, type ProfileId } from "./profiles";
import { analyzeStructure } from "./structure";
import { formatMessage, type DocumentType, type Finding, type Rule, type RuleContext } from "./types";
import { rule as pageSize } from "./page/size";
import { rule as pageMargins } from "./page/margins";
import { rule as fontFamily } from "./font/family";
import { rule as fontSize } from "./font/size";
import { rule as fontColor } from "./font/color";
import { rule as pageNumbers } from "./page/numbers";
import { rule as partyTitle } from "./header/party-title";
import { rule as nationalTitle } from "./header/national-title";
import { rule as issuer } from "./header/issuer";
import { rule as headerNumber } from "./header/number";
import { rule as headerDate } from "./header/date";
import { rule as typeName } from "./title/type-name";
import { rule as summary } from "./title/summary";
import { rule as bodyParagraph } from "./body/paragraph";
import { rule as signaturePrefix } from "./signature/prefix";
import { rule as signatureBlock } from "./signature/block";
import { rule as recipientsBlock } from "./recipients/block";
import { rule as recipientsLabel } from "./recipients/label";
import { rule as recipientsRequired } from "./recipients/required";
import { rule as recipientsPunctuation } from "./recipients/punctuation";
import { rule as recipientsArchive } from "./recipients/archive";
import { rule as citationMismatch } from "./citation/mismatch";
import { rule as citationInconsistent } from "./citation/inconsistent";
import { rule as placeholder } from "./text/placeholder";
import { rule as repeatedWord } from "./text/repeated-word";
import { rule as headerNone } from "./header/none";
import { rule as notCited } from "./coverage/not-cited";
import { citesSource } from "../directives/cites";

/** Every rule, in the order of FORMAT-RULES.md's stable ids (coverage/missing is run by the coverage matcher). */
export const RULES: Rule[] = [
  pageSize,
  pageMargins,
  pageNumbers,
  fontFamily,
  fontSize,
  fontColor,
  partyTitle,
  nationalTitle,
  issuer,
  headerNumber,
  headerDate,
  typeName,
  summary,
  bodyParagraph,
  signaturePrefix,
  signatureBlock,
  recipientsBlock,
  recipientsLabel,
  recipientsRequired,
  recipientsPunctuation,
  recipientsArchive,
  citationMismatch,
  citationInconsistent,
  placeholder,
  repeatedWord,
  headerNone,
  notCited,
];

/** The source's own rules: they apply only to a draft that implements the directive source (PRODUCT.md). */
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

/** One element of the JSON contract's `coverage` array (the matcher's items also carry their `tasks`). */
export interface CoverageItem {
  item: string;
  title: string;
  status: "covered" | "partial" | "missing" | "not-applicable";
  score: number;
  evidence: { paragraph: number; excerpt: string }[];
}

/** The id of the coverage finding, run by the coverage matcher rather than as a RULES entry. */
export const COVERAGE_RULE_ID = "coverage/missing";

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
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function checkDocument(model: DocumentModel, options: CheckOptions = {}): CheckResult {
  const structure = analyzeStructure(model);
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
  const profile = PROFILES[profileId];
  const basisShort = legalBasisFor(profile, structure.documentDate).short;
  const documentType =
    options.documentType !== undefined && options.documentType !== "auto"
      ? options.documentType
      : structure.documentType;
  const findings: Finding[] = [];
  const enabled = options.rules === undefined ? undefined : new Set(options.rules);
  const source =
    options.directives === false ? defaultDirectiveSource() : (options.directives ?? defaultDirectiveSource());
  const implementsConclusion = options.implementsConclusion ?? citesSource(model, source, options.conclusion?.number);
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
      settings: { conclusion: options.conclusion, implementsConclusion, sourceTitle: source.title },
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
    rule.check(model, ctx);
  }
  // Coverage: what the conclusion directs and the draft answers. Only plans and reports are expected to answer it.
  let coverage: CoverageItem[] = [];
  const wantCoverage = enabled === undefined || enabled.has(COVERAGE_RULE_ID);
  if (options.directives !== false && wantCoverage && implementsConclusion) {
    const matched = computeCoverage(model, source, {
      notApplicable: options.notApplicable ?? [],
      bodyParagraphs: coverageParagraphs(model, structure.bodyParagraphs),
    });
    coverage = matched;
    if (documentType !== "other") findings.push(...coverageFindings(matched, source));
  }
  // A phiếu trình is the office's internal routing form, outside NĐ 30's list of document types: its template's
  // deviations (margins of 5/0/20/5 mm on every one of the corpus' 58 forms) are worth a warning, never a send-back.
  if (structure.typeName !== undefined && /^PHIẾU TRÌNH\b/u.test(structure.typeName.normalize("NFC").toUpperCase())) {
    for (const f of findings) {
      if (f.severity !== "error") continue;
      f.severity = "warning";
      f.message += " (phiếu trình là văn bản nội bộ, ngoài danh mục văn bản của NĐ 30: chỉ cảnh báo)";
    }
  }
  findings.sort(
    (a, b) =>
      (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
  return {
    profile: profileId,
    profileSource,
    implementsConclusion,
    documentType,
    documentDate: structure.documentDate,
    findings,
    coverage,
  };
}
