/**
 * Whether a draft implements the directive source, judged by whether it cites it. The conclusion's own rules
 * (required recipients, coverage, the conclusion's citations) apply only to such drafts: a plan on administrative
 * reform that never mentions the conclusion must not be told to send a copy to Văn phòng Tỉnh ủy.
 */
import type { DocumentModel } from "../model/document";
import { LOOSE_ANY_LETTER, LOOSE_SKIP, loosePattern } from "../model/loose";
import { escapeRegExp, foldedMatchKey, normalizeForMatch } from "../model/text";
import type { DirectiveSource } from "./types";

/** Number and symbol of a Party or State document, e.g. "125-KL/TU", "09-NQ/HU", "30/2020/NĐ-CP". */
const DOC_NUMBER = /\b\d{1,4}\s*-\s*[A-ZĐ]{1,6}\s*\/\s*[A-ZĐ]{1,6}\b/gu;

function squash(s: string): string {
  return foldedMatchKey(s).replace(/\s+/g, "");
}

/**
 * A cue on `squash` keys, and the same cue loosened (src/model/loose): the quick first test of every paragraph, on its
 * own text, which never misses what the exact one finds.
 */
interface Cue {
  exact: RegExp;
  loose: RegExp;
}

/** Cues made per source and conclusion number: a loose cue's pattern is long, and every check asks for them. */
const CUES = new WeakMap<DirectiveSource, Map<string, Cue[]>>();

/** Cues that identify the source in a draft's text: its number when known, else its type and issuing body. */
function cuesOf(source: DirectiveSource, conclusionNumber: string | undefined): Cue[] {
  let bySource = CUES.get(source);
  if (bySource === undefined) CUES.set(source, (bySource = new Map()));
  const key = conclusionNumber ?? "";
  let cues = bySource.get(key);
  if (cues === undefined) bySource.set(key, (cues = makeCues(source, conclusionNumber)));
  return cues;
}

function makeCues(source: DirectiveSource, conclusionNumber: string | undefined): Cue[] {
  const cues: Cue[] = [];
  const numbers = [conclusionNumber, ...(source.title.match(DOC_NUMBER) ?? [])].filter(
    (n): n is string => n !== undefined && n.trim() !== "",
  );
  for (const n of numbers) {
    const core = squash(n);
    cues.push({ exact: new RegExp(escapeRegExp(core)), loose: new RegExp(loosePattern(core)) });
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
      // between them at most as many letters and digits as the exact key has characters
      loose: new RegExp(`${loosePattern(t)}(?:${LOOSE_SKIP}${LOOSE_ANY_LETTER}){0,120}${LOOSE_SKIP}${loosePattern(i)}`),
    });
  }
  // Not "any ...-KL/TU": another conclusion of the same committee would switch this one's rules on.
  return cues;
}

/** Cues that identify the source in a draft's text, on the keys `squash` gives (see `cuesOf`). */
export function citationCues(source: DirectiveSource, conclusionNumber: string | undefined): RegExp[] {
  return cuesOf(source, conclusionNumber).map((c) => c.exact);
}

/** The quick first tests of citesSource, one per cue of `citationCues` and in its order (for their tests). */
export function looseCitationCues(source: DirectiveSource, conclusionNumber: string | undefined): RegExp[] {
  return cuesOf(source, conclusionNumber).map((c) => c.loose);
}

/** How many paragraphs (of 8 characters or more) citesSource reads one by one before it reads the rest whole. */
const OPENING_PARAGRAPHS = 40;

/** True when any paragraph of the draft cites the source (its number, or its type and issuer together). */
export function citesSource(model: DocumentModel, source: DirectiveSource, conclusionNumber?: string): boolean {
  const cues = cuesOf(source, conclusionNumber);
  if (cues.length === 0) return true; // a source we cannot recognise in a draft: do not switch its rules off
  const citedIn = (texts: readonly string[]): boolean =>
    texts.some((text) => cues.some((c) => c.loose.test(text)) && cues.some((c) => c.exact.test(squash(text))));
  const texts = model.paragraphs.map((p) => p.text).filter((t) => t.length >= 8);
  // A draft that cites it does so in its opening lines ("Thực hiện Kết luận ...", "Căn cứ ..."): those are read one by
  // one first. A draft that does not cite it is read whole: the loose cues are looked for once in the rest of its text,
  // paragraphs joined by a line break (which stands for no letter); a loose cue found across two paragraphs only sends
  // the check on to them one by one.
  if (citedIn(texts.slice(0, OPENING_PARAGRAPHS))) return true;
  const rest = texts.slice(OPENING_PARAGRAPHS);
  const whole = rest.join("\n");
  if (!cues.some((c) => c.loose.test(whole))) return false;
  return citedIn(rest);
}
