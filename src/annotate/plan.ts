/**
 * What the annotated copy says, and where: one comment per finding, or per group of identical findings (same rule,
 * severity and message) on consecutive paragraphs, on the first of them; document-wide findings and the directive
 * items still missing or partial on the title paragraph. Pure: a check result and its model in, a list of comments out.
 */
import type { CheckResult } from "../check";
import type { DocumentModel } from "../model/document";
import { analyzeStructure } from "../model/structure";
import { nfc } from "../model/text";
import { COVERAGE_RULE_ID } from "../rules/coverage/missing";
import type { Finding } from "../rules/types";

/** One line of a comment: its text, and a bold lead before it (the finding's severity and rule). */
export interface CommentLine {
  lead?: string;
  text: string;
}

export interface PlannedComment {
  /** The model paragraph the comment is anchored on. */
  paragraph: number;
  /** One comment paragraph per line. */
  lines: CommentLine[];
  /** The findings it stands for (none for the coverage list). */
  findings: Finding[];
}

export interface PlanOptions {
  /** The directive source's type name in the coverage comment ("Kết luận", "Nghị quyết"); default "Kết luận". */
  sourceDocument?: string;
}

const SEVERITY_NAME = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as const;
const STATUS_NAME = { partial: "một phần", missing: "chưa có" } as const;

const keyOf = (f: Finding): string => `${f.rule}\u0000${f.severity}\u0000${f.message}`;

interface Group {
  findings: Finding[];
  /** Paragraphs of the group in document order (empty for a document-wide finding). */
  paragraphs: number[];
}

/**
 * The paragraph the document-wide comments go on: the type name (KẾ HOẠCH, BÁO CÁO), a công văn's "V/v" line, the
 * first body paragraph, the first paragraph with text, the first paragraph; undefined for a document with none.
 */
export function titleParagraph(model: DocumentModel): number | undefined {
  if (model.paragraphs.length === 0) return undefined;
  const s = analyzeStructure(model);
  return (
    s.typeNameParagraph ??
    s.header.letterSubject ??
    s.bodyParagraphs[0] ??
    model.paragraphs.find((p) => p.text.trim() !== "")?.index ??
    0
  );
}

/** Paragraph numbers in runs: [11, 12, 13, 15] → ["11–13", "15"] (sorted input). */
export function paragraphRangeParts(paragraphs: readonly number[]): string[] {
  const parts: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    let j = i;
    while (j + 1 < paragraphs.length && paragraphs[j + 1] === paragraphs[j]! + 1) j++;
    parts.push(j > i ? `${paragraphs[i]}–${paragraphs[j]}` : String(paragraphs[i]));
    i = j;
  }
  return parts;
}

/** "11", "11, 13" or "11–22, 24": paragraph numbers as `ketluan check` prints them. */
export function paragraphRanges(paragraphs: readonly number[]): string {
  return paragraphRangeParts(paragraphs).join(", ");
}

/**
 * Identical findings (rule, severity, message) grouped when their paragraphs follow one another, empty paragraphs in
 * between not counting as a gap; a finding reported twice on one paragraph counts once. Groups keep the order of
 * their first finding.
 */
export function groupFindings(findings: readonly Finding[], model: DocumentModel): Group[] {
  const groups: Group[] = [];
  const open = new Map<string, Group>();
  const blankBetween = (from: number, to: number): boolean => {
    for (let i = from + 1; i < to; i++) if ((model.paragraphs[i]?.text ?? "").trim() !== "") return false;
    return true;
  };
  for (const f of findings) {
    const key = keyOf(f);
    if (f.paragraph === null) {
      const same = groups.find((g) => g.paragraphs.length === 0 && keyOf(g.findings[0]!) === key);
      if (same !== undefined) same.findings.push(f);
      else groups.push({ findings: [f], paragraphs: [] });
      continue;
    }
    const g = open.get(key);
    const last = g?.paragraphs[g.paragraphs.length - 1];
    if (g !== undefined && last !== undefined && last <= f.paragraph && blankBetween(last, f.paragraph)) {
      g.findings.push(f);
      if (last !== f.paragraph) g.paragraphs.push(f.paragraph);
      continue;
    }
    const fresh: Group = { findings: [f], paragraphs: [f.paragraph] };
    open.set(key, fresh);
    groups.push(fresh);
  }
  return groups;
}

function findingComment(g: Group, paragraph: number): PlannedComment {
  const f = g.findings[0]!;
  const lines: CommentLine[] = [{ lead: `${SEVERITY_NAME[f.severity]} (${f.rule}): `, text: f.message }];
  if (g.paragraphs.length > 1)
    lines.push({ text: `Cùng phát hiện này ở ${g.paragraphs.length} đoạn: đoạn ${paragraphRanges(g.paragraphs)}.` });
  if (f.basis !== "") lines.push({ text: `Căn cứ: ${f.basis}` });
  if (f.fix !== undefined) lines.push({ text: `Sửa được (ketluan fix): ${f.fix.title}` });
  return { paragraph, lines, findings: g.findings };
}

function coverageComment(result: CheckResult, paragraph: number, document: string): PlannedComment | undefined {
  const open = result.coverage.filter(
    (c): c is typeof c & { status: "missing" | "partial" } => c.status === "missing" || c.status === "partial",
  );
  if (open.length === 0) return undefined;
  const n = (s: string): number => result.coverage.filter((c) => c.status === s).length;
  const applicable = result.coverage.length - n("not-applicable");
  const lines: CommentLine[] = [
    {
      lead: `Đối chiếu nhiệm vụ của ${document}: `,
      text:
        `${n("covered")}/${applicable} đã đáp ứng, ${n("partial")} một phần, ${n("missing")} chưa có` +
        (n("not-applicable") > 0 ? `, ${n("not-applicable")} không áp dụng` : "") +
        ".",
    },
    ...open.map((c) => ({ text: `${c.item} — ${STATUS_NAME[c.status]}: ${c.title}` })),
  ];
  return { paragraph, lines, findings: [] };
}

/** Every comment of the annotated copy, in the order of their anchors (ties: paragraph findings, document-wide, coverage). */
export function planComments(result: CheckResult, model: DocumentModel, options: PlanOptions = {}): PlannedComment[] {
  const title = titleParagraph(model);
  if (title === undefined) return [];
  const coverage = coverageComment(result, title, options.sourceDocument ?? "Kết luận");
  // With the coverage list on the title, the missing items are not repeated one comment each.
  const findings = result.findings.filter((f) => coverage === undefined || f.rule !== COVERAGE_RULE_ID);
  const groups = groupFindings(findings, model);
  const onParagraphs = groups
    .filter((g) => g.paragraphs.length > 0 && model.paragraphs[g.paragraphs[0]!] !== undefined)
    .map((g) => findingComment(g, g.paragraphs[0]!));
  // A finding on a paragraph the model does not have (never expected) is kept, on the title.
  const onTitle = groups
    .filter((g) => g.paragraphs.length === 0 || model.paragraphs[g.paragraphs[0]!] === undefined)
    .map((g) => findingComment(g, title));
  const all = [...onParagraphs, ...onTitle, ...(coverage === undefined ? [] : [coverage])];
  // Array.prototype.sort is stable: comments on one paragraph keep the order above.
  const normalised = (l: CommentLine): CommentLine =>
    l.lead === undefined ? { text: nfc(l.text) } : { lead: nfc(l.lead), text: nfc(l.text) };
  return all.map((c) => ({ ...c, lines: c.lines.map(normalised) })).sort((a, b) => a.paragraph - b.paragraph);
}
