/**
 * The kind of an issuing body (Huyện ủy, Đảng ủy, Sở, UBND, other), from the issuer's name as the header prints it:
 * the data in issuer-kinds.json, first matching prefix wins; a subordinate unit (Văn phòng, Ban Tuyên giáo, Phòng…)
 * takes the kind of the body above it in the header.
 */
import { array, object, optional, parseData, string } from "../model/schema";
import { normalizeForMatch } from "../model/text";
import issuerKindsJson from "./issuer-kinds.json";

const kind = { id: string(), label: string() };
const data = parseData(
  object({
    $comment: optional(string()),
    kinds: array(object({ ...kind, prefixes: array(string()) })),
    subordinate: array(string()),
    other: object(kind),
  }),
  issuerKindsJson,
  "src/matrix/issuer-kinds.json",
);

export interface IssuerKind {
  id: string;
  label: string;
}

interface KindRule extends IssuerKind {
  prefixes: string[];
}

const KINDS: KindRule[] = data.kinds.map((k) => ({
  id: k.id,
  label: k.label,
  prefixes: k.prefixes.map(normalizeForMatch),
}));
const SUBORDINATE = data.subordinate.map(normalizeForMatch);
export const OTHER_KIND: IssuerKind = { id: data.other.id, label: data.other.label };

/** Every kind in the data's order, the "other" kind last: the order of the page's filters. */
export const ISSUER_KINDS: readonly IssuerKind[] = [...KINDS.map(({ id, label }) => ({ id, label })), OTHER_KIND];

const startsWithWord = (name: string, prefix: string): boolean => name === prefix || name.startsWith(prefix + " ");

function kindOfName(name: string): IssuerKind | undefined {
  const n = normalizeForMatch(name);
  if (n === "") return undefined;
  const k = KINDS.find((kind) => kind.prefixes.some((p) => startsWithWord(n, p)));
  return k === undefined ? undefined : { id: k.id, label: k.label };
}

/** The kind of a draft's issuer; `superior` is the body printed above it (used for a subordinate unit). */
export function issuerKind(issuer: string, superior?: string): IssuerKind {
  const own = kindOfName(issuer);
  if (own !== undefined) return own;
  const n = normalizeForMatch(issuer);
  if (superior !== undefined && SUBORDINATE.some((p) => startsWithWord(n, p))) {
    const up = kindOfName(superior);
    if (up !== undefined) return up;
  }
  return OTHER_KIND;
}
