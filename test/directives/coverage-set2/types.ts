/**
 * A draft of the second labelled set: the first set's Draft (build.ts builds it into a DocSpec the same way) with
 * items numbered by the source read ("1"–"6"), and a one-line reason for each label.
 */
import type { Draft, Status } from "../coverage-set/build";

export interface LabelledDraft extends Draft {
  expected: Record<string, Status>;
  /** Why each label: what the draft says (or does not) on the item's substance. */
  reasons: Record<string, string>;
}
