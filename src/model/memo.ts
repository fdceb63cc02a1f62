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
  /**
   * This check's values and the previous check's, in two maps keyed by the text: a value the previous check read is
   * moved into this check's map when read again, and at the next check the map of the one before is dropped whole.
   * (One map of { value, last check } entries made an object per paragraph and memo, and went through every entry at
   * each check to delete the old ones.)
   */
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  private generation = generation;

  constructor(private readonly compute: (key: string) => V) {}

  /** The value for this key: this check's, the previous check's, or computed now. Values must not be mutated. */
  get(key: string): V {
    if (this.generation !== generation) {
      // a new check: what the last check read is kept for this one; after a clear, or when the last check did not use
      // this memo, nothing is
      this.previous = this.generation === generation - 1 ? this.current : new Map();
      this.current = new Map();
      this.generation = generation;
    }
    const current = this.current;
    let value = current.get(key);
    if (value !== undefined || current.has(key)) return value as V;
    value = this.previous.get(key);
    if (value === undefined && !this.previous.has(key)) value = this.compute(key);
    current.set(key, value as V);
    return value as V;
  }
}
