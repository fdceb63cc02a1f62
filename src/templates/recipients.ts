/**
 * The recipient list ("Nơi nhận"): pre-filled with the recipients the recipient policy requires
 * (src/rules/data/recipient-policy.json, the same data the checker enforces), then the usual ones of
 * recipient-lists.json; editable by the drafter; punctuated per profile: party lines end with ",", state lines with ";", and the archive line "Lưu ..." comes last,
 * ending with "." (docs/rules.md, recipient policy).
 */
import { array, object, optional, parseData, string, type Infer } from "../model/schema";
import { normalizeForMatch } from "../model/text";
import { RECIPIENT_POLICY } from "../rules/data";
import { cleanText, type DraftType, type ProfileId } from "./particulars";
import defaults from "./recipient-lists.json";

/** A profile's usual recipients by draft type, and its archive line; {issuerShort} is filled in. */
const recipientDefaults = object({ plan: array(string()), report: array(string()), archive: string() });

/** recipient-lists.json. */
const recipientListsFile = object({
  $comment: optional(string()),
  party: recipientDefaults,
  state: recipientDefaults,
});

const DEFAULTS: Record<ProfileId, Infer<typeof recipientDefaults>> = parseData(
  recipientListsFile,
  defaults,
  "src/templates/recipient-lists.json",
);

/** The lines the recipient policy requires for a profile and type, the one that must be first in front. */
export function requiredRecipients(profile: ProfileId, type: DraftType): string[] {
  const keys = RECIPIENT_POLICY.profiles[profile][type] ?? [];
  const required = keys.map((k) => RECIPIENT_POLICY.recipients[k]).filter((r) => r !== undefined);
  return [...required.filter((r) => r.position === "first"), ...required.filter((r) => r.position !== "first")].map(
    (r) => r.insert,
  );
}

/** The default list for a profile and type, with the issuer's short name filled in (archive line last). */
export function defaultRecipients(profile: ProfileId, type: DraftType, issuerShort: string): string[] {
  const d = DEFAULTS[profile];
  const fillShort = (s: string): string => s.split("{issuerShort}").join(issuerShort);
  const required = requiredRecipients(profile, type);
  const seen = new Set(required.map(normalizeForMatch));
  const usual = d[type].map(fillShort).filter((l) => !seen.has(normalizeForMatch(l)));
  return [...required, ...usual, fillShort(d.archive)];
}

const ARCHIVE = /^lưu\b/iu;

/** "- Văn phòng Tỉnh ủy," → "Văn phòng Tỉnh ủy": a line as the drafter may paste it, bare. */
export function bareRecipient(line: string): string {
  return cleanText(line)
    .replace(/^[-–—•+*·\s]+/u, "")
    .replace(/[\s,;.]+$/u, "")
    .trim();
}

/**
 * The lines as printed: "- X," (party) or "- X;" (state), the archive line last with ".". When the list has no
 * archive line, the profile's default one is added.
 */
export function formatRecipients(
  profile: ProfileId,
  type: DraftType,
  lines: readonly string[],
  issuerShort: string,
): string[] {
  const bare = lines.map(bareRecipient).filter((l) => l !== "");
  const archive = bare.filter((l) => ARCHIVE.test(l));
  const others = bare.filter((l) => !ARCHIVE.test(l));
  const last = archive[archive.length - 1] ?? defaultRecipients(profile, type, issuerShort).at(-1)!;
  const sep = profile === "party" ? "," : ";";
  return [...others.map((l) => `- ${l}${sep}`), `- ${last}.`];
}
