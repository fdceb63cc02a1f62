/**
 * Whether a draft implements the directive source, judged by whether it cites it. The conclusion's own rules
 * (required recipients, coverage, the conclusion's citations) apply only to such drafts: a plan on administrative
 * reform that never mentions the conclusion must not be told to send a copy to Văn phòng Tỉnh ủy.
 */
import type { DocumentModel } from "../model/document";
import { foldedMatchKey, normalizeForMatch } from "../model/text";
import type { DirectiveSource } from "./types";

/** Number and symbol of a Party or State document, e.g. "125-KL/TU", "09-NQ/HU", "30/2020/NĐ-CP". */
const DOC_NUMBER = /\b\d{1,4}\s*-\s*[A-ZĐ]{1,6}\s*\/\s*[A-ZĐ]{1,6}\b/gu;

function squash(s: string): string {
  return foldedMatchKey(s).replace(/\s+/g, "");
}

/**
 * A looser key, for a quick first test of every paragraph: lower case, decomposed, only a–z and 0–9 kept, đ as d.
 * Wherever `squash(text)` holds a cue, `looseKey(text)` holds the cue's loose form: each letter or digit of the one
 * comes from a letter or digit of the text that the other keeps as well, and what lies between them is dropped by
 * both. Native string operations only: quick on a draft that never cites the source, even before the JIT warms up.
 */
function looseKey(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/[đð]/g, "d")
    .replace(/[^a-z0-9]+/g, "");
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A cue on `squash` keys, and the same cue loosened for `looseKey` (never missing what the exact one finds). */
interface Cue {
  exact: RegExp;
  loose: RegExp;
}

/** Cues that identify the source in a draft's text: its number when known, else its type and issuing body. */
function cuesOf(source: DirectiveSource, conclusionNumber: string | undefined): Cue[] {
  const cues: Cue[] = [];
  const numbers = [conclusionNumber, ...(source.title.match(DOC_NUMBER) ?? [])].filter(
    (n): n is string => n !== undefined && n.trim() !== "",
  );
  for (const n of numbers) {
    const core = squash(n);
    cues.push({ exact: new RegExp(escapeRegExp(core)), loose: new RegExp(escapeRegExp(looseKey(core))) });
  }
  // Without a number: the source's type word and issuing body as the title gives them, e.g. "Kết luận" + "Ban Chấp
  // hành Đảng bộ tỉnh" (the seed), "Nghị quyết" + "Huyện ủy". Both must appear in one sentence of the draft.
  const title = normalizeForMatch(source.title.replace(/\*/g, " "));
  const type = /^(kết luận|nghị quyết|chỉ thị|chương trình|kế hoạch|quyết định|thông báo kết luận)/u.exec(title)?.[1];
  const issuer =
    /(ban chấp hành đảng bộ [\p{L} ]{2,20}?|ban thường vụ [\p{L} ]{2,20}?|tỉnh ủy|huyện ủy|thành ủy|đảng ủy [\p{L} ]{2,20}?)(?= về| số|,|$)/u.exec(
      title,
    )?.[1];
  if (type !== undefined && issuer !== undefined) {
    const t = squash(type);
    const i = squash(issuer);
    cues.push({
      exact: new RegExp(`${t}[^.;]{0,120}${i}`),
      // the loose key of the text between holds at most as many characters as the exact key's
      loose: new RegExp(`${looseKey(t)}[a-z0-9]{0,120}${looseKey(i)}`),
    });
  }
  // Not "any ...-KL/TU": another conclusion of the same committee would switch this one's rules on.
  return cues;
}

/** Cues that identify the source in a draft's text, on the keys `squash` gives (see `cuesOf`). */
export function citationCues(source: DirectiveSource, conclusionNumber: string | undefined): RegExp[] {
  return cuesOf(source, conclusionNumber).map((c) => c.exact);
}

/** True when any paragraph of the draft cites the source (its number, or its type and issuer together). */
export function citesSource(model: DocumentModel, source: DirectiveSource, conclusionNumber?: string): boolean {
  const cues = cuesOf(source, conclusionNumber);
  if (cues.length === 0) return true; // a source we cannot recognise in a draft: do not switch its rules off
  for (const p of model.paragraphs) {
    if (p.text.length < 8) continue;
    const loose = looseKey(p.text);
    if (!cues.some((c) => c.loose.test(loose))) continue;
    const key = squash(p.text);
    if (cues.some((c) => c.exact.test(key))) return true;
  }
  return false;
}
