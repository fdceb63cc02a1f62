/**
 * The checker: detect profile and type, run every enabled rule, return findings in the public JSON shape.
 * Pure: the CLI, the browser page and the task pane call this with a document model.
 */
import type { DocumentModel } from "../model/document";
import { legalBasisFor, PROFILES, type ProfileId } from "./profiles";
import { analyzeStructure } from "./structure";
import { formatMessage, type DocumentType, type Finding, type Rule, type RuleContext } from "./types";
import { rule as pageSize } from "./page/size";
import { rule as pageMargins } from "./page/margins";
import { rule as fontFamily } from "./font/family";
import { rule as fontSize } from "./font/size";

export const RULES: Rule[] = [pageSize, pageMargins, fontFamily, fontSize];

export interface CoverageItem {
  item: string;
  title: string;
  status: "covered" | "partial" | "missing" | "not-applicable";
  score: number;
  evidence: { paragraph: number; excerpt: string }[];
}

export interface CheckOptions {
  /** "auto" (default) detects the profile from the header; a user override always wins. */
  profile?: "auto" | ProfileId;
  /** Rule ids to run; all rules when omitted. */
  rules?: string[];
}

export interface CheckResult {
  profile: ProfileId;
  /** How the profile was chosen: found in the document, given by the user, or the default (party). */
  profileSource: "detected" | "override" | "default";
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
  const findings: Finding[] = [];
  const enabled = options.rules === undefined ? undefined : new Set(options.rules);
  for (const rule of RULES) {
    if (enabled !== undefined && !enabled.has(rule.meta.id)) continue;
    const ctx: RuleContext = {
      profileId,
      profile,
      basisShort,
      documentType: structure.documentType,
      structure,
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
        });
      },
    };
    rule.check(model, ctx);
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
    documentType: structure.documentType,
    documentDate: structure.documentDate,
    findings,
    coverage: [],
  };
}
