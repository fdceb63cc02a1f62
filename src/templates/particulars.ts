/**
 * The particulars of a draft (thông tin văn bản): who issues it, its number and date, who signs, which conclusion it
 * implements. Validation collects every problem into ONE error, and the formatting helpers turn the particulars into
 * the exact lines a template prints ("Số 85-KH/HU", "Lục Nam, ngày 05 tháng 9 năm 2023", ...).
 * Pure: no Node, no DOM. Everything the drafter typed stays data; nothing here is ever evaluated.
 */
import { nfc, normalizeForMatch } from "../model/text";

export type ProfileId = "party" | "state";
export type DraftType = "plan" | "report";

export interface Particulars {
  profile: ProfileId;
  type: DraftType;
  /** Issuing body in capitals, e.g. "HUYỆN ỦY LỤC NAM", "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM". */
  issuer?: string;
  /** Superior body, e.g. "ĐẢNG BỘ TỈNH BẮC GIANG" (required for the party profile; optional for the state one). */
  superior?: string;
  /** Short name used in sentences, e.g. "Huyện ủy", "UBND huyện". Derived from the issuer when omitted. */
  issuerShort?: string;
  /** Place of issue for the date line, e.g. "Lục Nam". */
  place?: string;
  /**
   * Number: "85", or the full "85-KH/HU" (party) / "215/KH-UBND" (state). `""` is an intentional blank (a draft to be
   * numbered when issued); `undefined` means it was not given at all (an error).
   */
  number?: string;
  /** Issuer code in the number ("HU", "UBND"); taken from a full number, else derived from the issuer. */
  issuerCode?: string;
  /** ISO date YYYY-MM-DD; `""` is an intentional blank, `undefined` an error. */
  date?: string;
  /** Authority line, e.g. "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". Default per profile. */
  signerAuthority?: string;
  /** Position line, e.g. "BÍ THƯ", "PHÓ BÍ THƯ", "CHỦ TỊCH". Default per profile. */
  signerPosition?: string;
  signerName?: string;
  /** The conclusion's number and symbol, "NNN-KL/TU". */
  conclusionNumber?: string;
  /** The conclusion's date, ISO YYYY-MM-DD. */
  conclusionDate?: string;
  /** Recipient lines without punctuation ("Thường trực Tỉnh ủy (b/c)"); default from the recipient policy. */
  recipients?: string[];
  /** Directive item numbers to include ("2.1", "2.3"); all items when omitted. */
  items?: string[];
}

/** How each field is named to the drafter, with its command-line option. */
export const FIELD_LABELS: Record<string, { label: string; option: string; blank?: string }> = {
  profile: { label: "hệ văn bản (Đảng/Nhà nước)", option: "--profile" },
  type: { label: "loại văn bản (kế hoạch/báo cáo)", option: "--type" },
  issuer: { label: "cơ quan ban hành", option: "--issuer" },
  superior: { label: "cơ quan cấp trên", option: "--superior" },
  place: { label: "địa danh", option: "--place" },
  number: { label: "số văn bản", option: "--number", blank: '--number ""' },
  issuerCode: { label: "ký hiệu cơ quan ban hành trong số văn bản", option: "--issuer-code" },
  date: { label: "ngày ban hành", option: "--date", blank: '--date ""' },
  signerName: { label: "họ tên người ký", option: "--signer" },
  signerAuthority: { label: "thẩm quyền ký", option: "--signer-authority" },
  signerPosition: { label: "chức vụ người ký", option: "--signer-position" },
  conclusionNumber: { label: "số hiệu Kết luận (NNN-KL/TU)", option: "--conclusion-number" },
  conclusionDate: { label: "ngày của Kết luận", option: "--conclusion-date" },
  items: { label: "các mục chỉ đạo", option: "--items" },
  recipients: { label: "nơi nhận", option: "--recipients-file" },
};

export class ParticularsError extends Error {
  constructor(
    /** Fields that are required and were not given. */
    readonly missing: string[],
    /** Fields given with a value that cannot be used, with the reason. */
    readonly invalid: { field: string; reason: string }[],
  ) {
    super(describeProblems(missing, invalid));
    this.name = "ParticularsError";
  }
}

function describeProblems(missing: string[], invalid: { field: string; reason: string }[]): string {
  const name = (f: string, hint = false): string => {
    const l = FIELD_LABELS[f];
    if (l === undefined) return f;
    return hint && l.blank !== undefined
      ? `${l.label} (${l.option}; để trống: ${l.blank})`
      : `${l.label} (${l.option})`;
  };
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`Thiếu thông tin bắt buộc: ${missing.map((f) => name(f, true)).join("; ")}.`);
  if (invalid.length > 0)
    parts.push(`Thông tin không hợp lệ: ${invalid.map((i) => `${name(i.field)}: ${i.reason}`).join("; ")}.`);
  return parts.join(" ");
}

const TYPE_CODE: Record<DraftType, string> = { plan: "KH", report: "BC" };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CONCLUSION_NUMBER = /^\d{1,4}-KL\/[\p{Lu}\p{N}]+$/u;

/** XML 1.0 forbids these characters; they are removed from everything the drafter types. */
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** NFC, XML-illegal characters removed (spaces kept). */
export function stripIllegal(s: string): string {
  return nfc(s).replace(XML_ILLEGAL, "");
}

/** NFC, XML-illegal characters removed, surrounding spaces trimmed. */
export function cleanText(s: string): string {
  return stripIllegal(s).trim();
}

const upper = (s: string): string => cleanText(s).toUpperCase();
const isBlank = (s: string | undefined): boolean => s !== undefined && cleanText(s) === "";

export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Days 1–9 and months 1–2 take a leading zero, months 3–12 do not (HD 36; NĐ 30 Phụ lục I). */
function dayMonth(iso: string): { d: string; m: string; y: string } {
  const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
  return { d: String(d).padStart(2, "0"), m: mo <= 2 ? String(mo).padStart(2, "0") : String(mo), y: String(y) };
}

/** "05/9/2023", the way dates are written inside sentences and citations. */
export function shortDate(iso: string): string {
  const { d, m, y } = dayMonth(iso);
  return `${d}/${m}/${y}`;
}

/** The blank date a draft carries until it is signed. */
export const BLANK_DATE = "ngày    tháng    năm 20..";
/** The blank in place of the number in "Số     -KH/HU". */
export const BLANK_NUMBER = "    ";

/** "Lục Nam, ngày 05 tháng 9 năm 2023", or with the conventional blank when the date is left empty. */
export function dateLine(place: string, iso: string): string {
  if (iso === "") return `${cleanText(place)}, ${BLANK_DATE}`;
  const { d, m, y } = dayMonth(iso);
  return `${cleanText(place)}, ngày ${d} tháng ${m} năm ${y}`;
}

/** "huyện" → "HU": the code of a Party committee by its level (the conclusion itself is "KL/TU"). */
const COMMITTEE_CODE: Record<string, string> = { huyện: "HU", thành: "ThU", thị: "ThU", tỉnh: "TU", đảng: "ĐU" };

/**
 * A Party body named after its committee: "HUYỆN ỦY LỤC NAM" (the committee itself), "BAN TUYÊN GIÁO HUYỆN ỦY",
 * "VĂN PHÒNG HUYỆN ỦY", "ỦY BAN KIỂM TRA HUYỆN ỦY" (one of its organs). Lower case, tone marks in either place.
 */
function partyBody(issuer: string): { organ: string[]; level: string } | undefined {
  const lower = cleanText(issuer).toLowerCase().replace(/\s+/g, " ");
  const m = /^(.*?)\s*(huyện|thành|thị|tỉnh|đảng) (ủy|uỷ)(?![\p{L}])/u.exec(lower);
  if (m === null) return undefined;
  return { organ: m[1]!.split(" ").filter(Boolean), level: m[2]! };
}

/** First letter of each syllable, in capitals, tone marks dropped but Đ kept: "ban tuyên giáo" → "BTG". */
function initials(words: string[]): string {
  return words
    .map((w) => w.charAt(0).normalize("NFD").charAt(0).toUpperCase())
    .join("")
    .normalize("NFC");
}

/**
 * Issuer code from the issuer's name, for the usual bodies: "HU" (Huyện ủy), "BTGHU" (Ban Tuyên giáo Huyện ủy),
 * "VPHU", "ĐU", "UBND"; undefined when it cannot be known (then --issuer-code is required).
 */
export function deriveIssuerCode(profile: ProfileId, issuer: string): string | undefined {
  if (profile === "party") {
    const body = partyBody(issuer);
    return body === undefined ? undefined : initials(body.organ) + COMMITTEE_CODE[body.level]!;
  }
  const k = normalizeForMatch(issuer);
  if (k.startsWith(normalizeForMatch("ỦY BAN NHÂN DÂN")) || k.startsWith("ubnd")) return "UBND";
  // A department or an office of a People's Committee: the usual initials, "và" left out ("Sở Công Thương" → SCT,
  // "Sở Tài nguyên và Môi trường" → STNMT, "Phòng Kinh tế và Hạ tầng" → KTHT).
  const words = issuer.normalize("NFC").trim().toLowerCase().split(/\s+/u);
  const rest = (from: number): string[] => words.slice(from).filter((w) => w !== "và" && /^\p{L}/u.test(w));
  if (words[0] === "sở" && words.length > 1) return "S" + initials(rest(1));
  if (words[0] === "phòng" && words.length > 1) return initials(rest(1));
  return undefined;
}

interface ParsedNumber {
  number: string;
  code: string | undefined;
  typeCode: string | undefined;
}

/** "85" → {85}; "85-KH/HU" (party) or "215/KH-UBND" (state) → number, type code and issuer code. */
function parseNumber(profile: ProfileId, raw: string): ParsedNumber | undefined {
  const s = cleanText(raw).replace(/^Số\s*:?\s*/iu, "");
  if (/^\d{1,5}$/.test(s)) return { number: s, code: undefined, typeCode: undefined };
  const m =
    profile === "party"
      ? /^(\d{1,5})-([\p{Lu}]+)\/([\p{L}\p{N}-]+)$/u.exec(s)
      : /^(\d{1,5})\/([\p{Lu}]+)-([\p{L}\p{N}-]+)$/u.exec(s);
  if (m === null) return undefined;
  return { number: m[1]!, typeCode: m[2], code: m[3] };
}

/** "Số 85-KH/HU" (party) or "Số: 215/KH-UBND" (state); numbers under 10 are written "05". */
export function numberLine(profile: ProfileId, type: DraftType, number: string, code: string): string {
  const n = number === "" ? BLANK_NUMBER : number.padStart(2, "0");
  return profile === "party" ? `Số ${n}-${TYPE_CODE[type]}/${code}` : `Số: ${n}/${TYPE_CODE[type]}-${code}`;
}

/** Words that keep their capital in a body's short name; the rest of a generic name is lower case. */
const ADMIN_LEVELS = ["thành phố", "thị xã", "thị trấn", "huyện", "tỉnh", "xã", "phường"];

const capitalize = (w: string): string => (w === "" ? w : w.charAt(0).toUpperCase() + w.slice(1));

/** "LỤC NAM" → "Lục Nam": proper names, every syllable capitalised. */
function properName(s: string): string {
  return s.toLowerCase().split(/\s+/).filter(Boolean).map(capitalize).join(" ");
}

export interface IssuerNames {
  /** "Huyện ủy", "UBND huyện": in "Văn phòng Huyện ủy", "Chủ tịch, các Phó Chủ tịch UBND huyện". */
  short: string;
  /** Who acts in the body: "Ban Thường vụ Huyện ủy", "Ủy ban nhân dân huyện". */
  actor: string;
}

/** Short names of the issuer for sentences; `issuerShort` wins when the drafter gave it. */
export function issuerNames(profile: ProfileId, issuer: string, issuerShort?: string): IssuerNames {
  const given = issuerShort === undefined ? "" : cleanText(issuerShort);
  if (profile === "party") {
    const body = partyBody(issuer);
    if (body !== undefined) {
      const committee = capitalize(`${body.level} ủy`);
      if (body.organ.length === 0) {
        const short = given !== "" ? given : committee;
        return { short, actor: `Ban Thường vụ ${short}` };
      }
      // "ban tuyên giáo" → "Ban Tuyên giáo", "ủy ban kiểm tra" → "Ủy ban Kiểm tra", "văn phòng" → "Văn phòng"
      const words = body.organ.map((w, i) => (i === 0 ? capitalize(w) : w));
      const head = words[0] === "Ban" ? 1 : words[0] === "Ủy" || words[0] === "Uỷ" ? 2 : -1;
      if (head > 0 && words[head] !== undefined) words[head] = capitalize(words[head]!);
      const short = given !== "" ? given : `${words.join(" ")} ${committee}`;
      return { short, actor: short };
    }
    const short = given !== "" ? given : properName(issuer);
    return { short, actor: short };
  }
  const lower = cleanText(issuer).toLowerCase().replace(/\s+/g, " ");
  const ub = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+(.*)$/u.exec(lower);
  if (ub !== null) {
    const rest = ub[2]!;
    const level = ADMIN_LEVELS.find((l) => rest === l || rest.startsWith(`${l} `));
    if (level !== undefined) {
      const short = given !== "" ? given : `UBND ${level}`;
      return { short, actor: `Ủy ban nhân dân ${level}` };
    }
  }
  const short = given !== "" ? given : properName(issuer);
  return { short, actor: short };
}

/** Everything a template prints about the particulars, validated and formatted. */
export interface ResolvedParticulars {
  profile: ProfileId;
  type: DraftType;
  issuer: string;
  superior: string;
  names: IssuerNames;
  place: string;
  numberLine: string;
  dateLine: string;
  numberBlank: boolean;
  dateBlank: boolean;
  signerAuthority: string;
  signerPosition: string;
  signerName: string;
  conclusionNumber: string;
  /** "05/9/2023". */
  conclusionDate: string;
  recipients: string[] | undefined;
  items: string[] | undefined;
}

export const DEFAULT_SIGNATURE: Record<ProfileId, { authority: string; position: string }> = {
  party: { authority: "T/M BAN THƯỜNG VỤ", position: "BÍ THƯ" },
  state: { authority: "TM. ỦY BAN NHÂN DÂN", position: "CHỦ TỊCH" },
};

/**
 * Which fields a piece of output needs: a full draft needs them all; a clause only what its text uses.
 * "header" = issuer, superior, place, number, date; "conclusion" = its number and date; "issuer" = issuer names;
 * "signature" = signer.
 */
export type Need = "header" | "conclusion" | "issuer" | "signature";
export const ALL_NEEDS: readonly Need[] = ["header", "conclusion", "issuer", "signature"];

/**
 * Validates and formats the particulars. Throws one ParticularsError listing every missing and every invalid field.
 * `knownItems`: the directive source's item numbers, to check `items`.
 */
export function resolveParticulars(
  p: Particulars,
  knownItems: readonly string[],
  needs: readonly Need[] = ALL_NEEDS,
): ResolvedParticulars {
  const missing: string[] = [];
  const invalid: { field: string; reason: string }[] = [];
  const need = new Set(needs);
  const given = (v: string | undefined): v is string => v !== undefined && cleanText(v) !== "";

  if (p.profile !== "party" && p.profile !== "state") {
    if ((p.profile as unknown) === undefined) missing.push("profile");
    else invalid.push({ field: "profile", reason: `phải là party hoặc state, nhận được "${String(p.profile)}"` });
  }
  if (p.type !== "plan" && p.type !== "report") {
    if ((p.type as unknown) === undefined) missing.push("type");
    else invalid.push({ field: "type", reason: `phải là plan hoặc report, nhận được "${String(p.type)}"` });
  }
  const profile: ProfileId = p.profile === "state" ? "state" : "party";
  const type: DraftType = p.type === "report" ? "report" : "plan";

  if ((need.has("header") || need.has("issuer")) && !given(p.issuer)) missing.push("issuer");
  if (need.has("header")) {
    if (profile === "party" && !given(p.superior)) missing.push("superior");
    if (!given(p.place)) missing.push("place");
  }

  let numberText = "";
  let code = p.issuerCode === undefined ? "" : cleanText(p.issuerCode);
  if (need.has("header")) {
    if (p.number === undefined) missing.push("number");
    else if (!isBlank(p.number)) {
      const parsed = parseNumber(profile, p.number);
      if (parsed === undefined) {
        const example = profile === "party" ? "85 hoặc 85-KH/HU" : "215 hoặc 215/KH-UBND";
        invalid.push({ field: "number", reason: `"${cleanText(p.number)}" không đúng dạng (ví dụ ${example})` });
      } else {
        numberText = parsed.number;
        if (parsed.typeCode !== undefined && parsed.typeCode !== TYPE_CODE[type])
          invalid.push({
            field: "number",
            reason: `ký hiệu loại "${parsed.typeCode}" không khớp với ${type === "plan" ? "kế hoạch (KH)" : "báo cáo (BC)"}`,
          });
        if (parsed.code !== undefined) code = parsed.code;
      }
    }
    if (code === "" && given(p.issuer)) code = deriveIssuerCode(profile, p.issuer) ?? "";
    if (code === "" && given(p.issuer)) missing.push("issuerCode");
    if (p.date === undefined) missing.push("date");
    else if (!isBlank(p.date) && !isValidIsoDate(cleanText(p.date)))
      invalid.push({ field: "date", reason: `"${cleanText(p.date)}" không phải ngày dạng YYYY-MM-DD` });
  }

  if (need.has("conclusion")) {
    if (!given(p.conclusionNumber)) missing.push("conclusionNumber");
    else if (!CONCLUSION_NUMBER.test(cleanText(p.conclusionNumber)))
      invalid.push({
        field: "conclusionNumber",
        reason: `"${cleanText(p.conclusionNumber)}" không đúng dạng NNN-KL/TU (ví dụ 125-KL/TU)`,
      });
    if (!given(p.conclusionDate)) missing.push("conclusionDate");
    else if (!isValidIsoDate(cleanText(p.conclusionDate)))
      invalid.push({
        field: "conclusionDate",
        reason: `"${cleanText(p.conclusionDate)}" không phải ngày dạng YYYY-MM-DD`,
      });
  }

  if (need.has("signature") && !given(p.signerName)) missing.push("signerName");

  if (p.items !== undefined) {
    const known = new Set(knownItems);
    const unknown = p.items.map(cleanText).filter((i) => !known.has(i));
    if (unknown.length > 0)
      invalid.push({
        field: "items",
        reason: `không có mục ${unknown.join(", ")} trong văn bản chỉ đạo (có: ${knownItems.join(", ")})`,
      });
    else if (p.items.length === 0) invalid.push({ field: "items", reason: "danh sách mục trống" });
  }
  if (p.recipients !== undefined && p.recipients.map(cleanText).filter(Boolean).length === 0)
    invalid.push({ field: "recipients", reason: "danh sách nơi nhận trống" });

  if (missing.length > 0 || invalid.length > 0) throw new ParticularsError(missing, invalid);

  const issuer = given(p.issuer) ? upper(p.issuer) : "";
  const date = p.date === undefined ? "" : cleanText(p.date);
  const defaults = DEFAULT_SIGNATURE[profile];
  return {
    profile,
    type,
    issuer,
    superior: given(p.superior) ? upper(p.superior) : "",
    names: issuerNames(profile, issuer, p.issuerShort),
    place: given(p.place) ? cleanText(p.place) : "",
    numberLine: need.has("header") ? numberLine(profile, type, numberText, code) : "",
    dateLine: need.has("header") ? dateLine(p.place ?? "", date) : "",
    numberBlank: numberText === "",
    dateBlank: date === "",
    signerAuthority: given(p.signerAuthority) ? upper(p.signerAuthority) : defaults.authority,
    signerPosition: given(p.signerPosition) ? upper(p.signerPosition) : defaults.position,
    signerName: given(p.signerName) ? cleanText(p.signerName) : "",
    conclusionNumber: given(p.conclusionNumber) ? cleanText(p.conclusionNumber) : "",
    conclusionDate: given(p.conclusionDate) ? shortDate(cleanText(p.conclusionDate)) : "",
    recipients: p.recipients?.map(cleanText).filter(Boolean),
    items: p.items?.map(cleanText),
  };
}
