/**
 * The Soạn thảo form's particulars: what a blank field means, which fields are wrong and why (the templates' own
 * validation, field by field), and the name of the draft's file.
 */
import {
  FIELD_LABELS,
  ParticularsError,
  resolveParticulars,
  type Need,
  type Particulars,
} from "../templates/particulars";

/** The particulars with the form's defaults: party plan, blank number/date allowed ("" = to be filled when issued). */
export function withDefaults(p: Partial<Particulars>): Particulars {
  return {
    profile: p.profile ?? "party",
    type: p.type ?? "plan",
    ...p,
    number: p.number ?? "",
    date: p.date ?? "",
  } as Particulars;
}

/** Field → problem, from the templates' validation (every problem at once); `_` for a problem of no one field. */
export function validateParticulars(
  p: Partial<Particulars>,
  items: string[],
  needs?: readonly Need[],
): Record<string, string> {
  try {
    resolveParticulars(withDefaults(p), items, needs);
    return {};
  } catch (e) {
    if (!(e instanceof ParticularsError)) return { _: e instanceof Error ? e.message : String(e) };
    const out: Record<string, string> = {};
    for (const f of e.missing) out[f] = `Cần nhập ${FIELD_LABELS[f]?.label ?? f}`;
    for (const i of e.invalid) out[i.field] = i.reason;
    return out;
  }
}

/** "ke-hoach-dang.docx", "bao-cao-nha-nuoc.docx". */
export function draftFileName(p: Particulars): string {
  const kind = p.type === "report" ? "bao-cao" : "ke-hoach";
  return `${kind}-${p.profile === "state" ? "nha-nuoc" : "dang"}.docx`;
}
