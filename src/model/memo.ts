/**
 * Per-paragraph memos: the result of a pure function of a paragraph's text (or of its text and formatting, keyed by
 * both), kept for the paragraphs of the current check and of the previous one.
 *
 * Why: the task pane re-checks the whole document after every edit, and most of a check's time is spent analysing
 * paragraphs one by one (tokens for coverage, dates, citations, typing slips) although only the edited one changed.
 * A re-check looks those analyses up by the paragraph's content; the document-wide reasoning of each rule (order,
 * first use, sections, the header) still runs in full on the new model, so no finding outlives the text it was
 * about. The memo never needs invalidating: its key is everything the function reads.
 *
 * Memory stays at two checks' worth: each check (`startCheckGeneration`, called by checkDocument) turns the current
 * map into the previous one; a paragraph not seen in the last two checks is forgotten.
 */

let generation = 0;

/** A check begins: entries not used by this check or the last one are dropped as the memos are next read. */
export function startCheckGeneration(): void {
  generation++;
}

/** Forgets every memo's entries (the bench's cold measurements, tests comparing a first check with a re-check). */
export function clearParagraphMemos(): void {
  generation += 2;
}

export class ParagraphMemo<V> {
  /** Each entry with the last check that used it: one lookup per paragraph, in one map kept across checks. */
  private entries = new Map<string, { value: V; used: number }>();
  private swept = generation;

  constructor(private readonly compute: (key: string) => V) {}

  /** The value for this key: this check's, the previous check's, or computed now. Values must not be mutated. */
  get(key: string): V {
    if (this.swept !== generation) {
      // a new check: what neither the last check nor this one used is forgotten; after a clear, or when the last
      // check did not use this memo, that is everything (a new map: deleting each entry took longer)
      if (this.swept < generation - 1) this.entries = new Map();
      else for (const [k, e] of this.entries) if (e.used < generation - 1) this.entries.delete(k);
      this.swept = generation;
    }
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.used = generation;
      return entry.value;
    }
    const value = this.compute(key);
    this.entries.set(key, { value, used: generation });
    return value;
  }
}
