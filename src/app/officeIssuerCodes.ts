/**
 * The issuer codes of the office's style sheet for the Soạn thảo form, read from the stored sheet without the full
 * check (src/app/officeConfig.ts), which needs the rules: the form is in the pane's first bundle, the checker is not.
 * The sheet was checked when it was imported; here it is read defensively (a code that is not one is left out).
 * Pure.
 */
import type { Particulars } from "../templates/particulars";
import type { StoredOfficeConfig } from "./officeConfig";

/** The style sheet schema's issuer code (src/config). */
const CODE = /^[\p{Lu}\p{N}Đ-]{1,12}$/u;

const nameKey = (s: string): string => s.normalize("NFC").replace(/\s+/gu, " ").trim().toLowerCase();

/** Issuer name (compared in NFC, case and spacing ignored) → code, from the stored sheet; empty when none. */
export function storedIssuerCodes(stored: StoredOfficeConfig | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (stored === undefined) return out;
  let value: unknown;
  try {
    value = JSON.parse(stored.text.replace(/^\uFEFF/, ""));
  } catch {
    return out;
  }
  const codes =
    typeof value === "object" && value !== null ? (value as Record<string, unknown>).issuerCodes : undefined;
  if (typeof codes !== "object" || codes === null || Array.isArray(codes)) return out;
  for (const [name, code] of Object.entries(codes as Record<string, unknown>))
    if (typeof code === "string" && CODE.test(code)) out.set(nameKey(name), code);
  return out;
}

/**
 * The particulars with the issuer code the office's style sheet gives the issuer, when the form leaves it empty
 * (as `ketluan draft --issuer "Sở Công Thương"` numbers it `/KH-SCT` with such a sheet).
 */
export function withOfficeIssuerCode(
  p: Partial<Particulars>,
  codes: ReadonlyMap<string, string>,
): Partial<Particulars> {
  if ((p.issuerCode ?? "").trim() !== "" || p.issuer === undefined || p.issuer.trim() === "") return p;
  const code = codes.get(nameKey(p.issuer));
  return code === undefined ? p : { ...p, issuerCode: code };
}
