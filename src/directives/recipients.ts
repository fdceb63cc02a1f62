/**
 * The recipient policy of a directive source, read from its own closing paragraph: who follows up ("Giao Văn phòng
 * Huyện ủy chủ trì ... theo dõi, đôn đốc" → a plan implementing it is sent to Văn phòng Huyện ủy) and to whom results
 * are reported ("báo cáo Ban Thường vụ Huyện ủy" → the leadership first, with "(b/c)"). The same shape as
 * src/rules/data/recipient-policy.json, which stays the seed's. A closing that names no Party body (or only State
 * bodies, which this reader does not know) gives no required recipient: the rule never guesses. Also the source's
 * own type and symbol code ("Nghị quyết", "NQ/HU"), for the rules that look for mentions of it. Pure, no I/O.
 */
import { collapsedSpaces, escapeRegExp, foldToneMarks, nfc } from "../model/text";
import { array, boolean, object, optional, parseData, record, string } from "../model/schema";
import bodiesJson from "./data/bodies.json";
import type { DirectiveSource, SourceRecipient, SourceRecipientPolicy } from "./types";

const bodies = parseData(
  object({
    $comment: optional(string()),
    levels: array(object({ name: string(), abbr: string(), place: string() })),
    heads: array(object({ name: string(), abbr: string(), leadership: boolean() })),
    kinds: record(string()),
  }),
  bodiesJson,
  "src/directives/data/bodies.json",
);

type Level = (typeof bodies.levels)[number];
type Head = (typeof bodies.heads)[number];

/** A body named in a closing: a committee ("Tỉnh ủy"), or one of its bodies ("Văn phòng Huyện ủy"). */
interface Body {
  head: Head | undefined;
  level: Level;
  /** Where it is named in the folded text. */
  at: number;
}

const fold = (s: string): string => foldToneMarks(nfc(s));
const alt = (names: string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(fold(n)).replace(/ /g, "\\s+"))
    .join("|");

const HEADS = alt(bodies.heads.map((h) => h.name));
const LEVELS = alt(bodies.levels.map((l) => l.name));
const PLACES = alt(bodies.levels.map((l) => l.place).filter((p) => p !== ""));
/** "Văn phòng Huyện ủy", "Tỉnh ủy", "Ban Chấp hành Đảng bộ huyện"; not the plural "các huyện ủy" (every district). */
const BODY = new RegExp(
  `(?<![\\p{L}])(?<!các\\s)(?:(?:(${HEADS})\\s+)?(${LEVELS})|${escapeRegExp(fold("Ban Chấp hành Đảng bộ"))}\\s+(${PLACES}))(?![\\p{L}])`,
  "giu",
);
const FOLLOW_UP = /theo\s+dõi|đôn\s+đốc/iu;
const REPORT = /báo\s+cáo/iu;

function byName<T extends { name: string }>(list: readonly T[], written: string | undefined): T | undefined {
  if (written === undefined) return undefined;
  const key = fold(written).toLowerCase().replace(/\s+/g, " ");
  return list.find((x) => fold(x.name).toLowerCase() === key);
}

function bodiesIn(folded: string): Body[] {
  const out: Body[] = [];
  for (const m of folded.matchAll(BODY)) {
    const level =
      m[3] !== undefined
        ? bodies.levels.find((l) => fold(l.place).toLowerCase() === m[3]!.toLowerCase())
        : byName(bodies.levels, m[2]);
    if (level === undefined) continue;
    out.push({ head: byName(bodies.heads, m[1]), level, at: m.index });
  }
  return out;
}

/** The level of the source's own body: its header's issuer ("HUYỆN ỦY LỤC NAM"), or the title's "của ...". */
function ownLevel(source: DirectiveSource): Level | undefined {
  for (const text of [source.issuer, source.title]) {
    if (text === undefined) continue;
    const found = bodiesIn(fold(text))[0];
    if (found !== undefined) return found.level;
  }
  return undefined;
}

function nameOf(b: Pick<Body, "head" | "level">): string {
  return b.head === undefined ? b.level.name : `${b.head.name} ${b.level.name}`;
}

/** "Văn phòng Huyện ủy", "VP Huyện ủy", "VPHU": the full name and the usual abbreviations. */
function spellings(head: Head, level: Level): string[] {
  const out = [`${head.name} ${level.name}`];
  if (head.abbr !== "") out.push(`${head.abbr} ${level.name}`);
  if (head.abbr !== "" && level.abbr !== "") out.push(`${head.abbr}${level.abbr}`);
  return out;
}

function leadershipOf(level: Level, named: Head | undefined): SourceRecipient {
  const [standing, board] = [bodies.heads[0]!, bodies.heads[1]!];
  const insertHead = named?.leadership === true ? named : standing;
  return {
    name: `${standing.name} ${level.name} hoặc ${board.name} ${level.name} (b/c)`,
    anyOf: [...spellings(standing, level), ...spellings(board, level)],
    mark: ["(b/c)", "(báo cáo)"],
    position: "first",
    insert: `${insertHead.name} ${level.name} (b/c)`,
  };
}

/** The clauses of a closing: its sentences split at ";". */
function clausesOf(closing: string): string[] {
  return closing
    .split(/(?<=[.;])\s+|\n/u)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** "Nghị quyết số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về ...": the title, with the number when known. */
export function sourceName(source: DirectiveSource): string {
  const { kind, number, title } = source;
  if (kind !== undefined && number !== undefined && title.startsWith(kind))
    return `${kind} số ${number}${title.slice(kind.length)}`;
  return title;
}

const EMPTY_PROFILES: SourceRecipientPolicy["profiles"] = { party: {}, state: {} };
const memo = new WeakMap<DirectiveSource, SourceRecipientPolicy>();

/**
 * The recipient policy of a source, from its closing: the body it gives the follow-up to (the first Party body of the
 * clause that says "theo dõi" or "đôn đốc", not those it "phối hợp với"), and the leadership it reports to (the first
 * committee, Thường trực or Ban Thường vụ named after "báo cáo"), first with "(b/c)". The source's own body, its
 * office and the follow-up bodies are exempt (they do not send themselves a copy). Memoised per source object.
 */
export function recipientPolicyOf(source: DirectiveSource): SourceRecipientPolicy {
  const cached = memo.get(source);
  if (cached !== undefined) return cached;
  const closing = source.closing === undefined ? "" : collapsedSpaces(nfc(source.closing));
  const recipients: Record<string, SourceRecipient> = {};
  const used: string[] = [];
  const followUps: Body[] = [];
  let leadership: Body | undefined;
  for (const clause of clausesOf(closing)) {
    const folded = fold(clause);
    const found = bodiesIn(folded);
    const follow = FOLLOW_UP.exec(folded);
    let usedClause = false;
    if (follow !== null) {
      // The body the follow-up is given to: the first one named before "theo dõi, đôn đốc", unless it only cooperates.
      const before = found.filter((b) => b.at < follow.index);
      const cooperating = /phối\s+hợp\s+với\s*$/iu;
      const lead = before.find((b) => !cooperating.test(folded.slice(0, b.at)));
      if (lead !== undefined && lead.head !== undefined && !lead.head.leadership) {
        if (!followUps.some((f) => f.head === lead.head && f.level === lead.level)) followUps.push(lead);
        usedClause = true;
      }
    }
    const report = REPORT.exec(folded);
    if (report !== null && leadership === undefined) {
      const to = found.find((b) => b.at > report.index && (b.head === undefined || b.head.leadership));
      if (to !== undefined) {
        leadership = to;
        usedClause = true;
      }
    }
    if (usedClause) used.push(clause.replace(/[.;]$/u, ""));
  }
  const ids: string[] = [];
  if (leadership !== undefined) {
    recipients.leadership = leadershipOf(leadership.level, leadership.head);
    ids.push("leadership");
  }
  followUps.forEach((b, i) => {
    const head = b.head!;
    const id = head === bodies.heads[2] ? `office${i === 0 ? "" : i + 1}` : `followUp${i + 1}`;
    recipients[id] = { name: nameOf(b), anyOf: spellings(head, b.level), mark: [], position: "any", insert: nameOf(b) };
    ids.push(id);
  });
  const own = ownLevel(source) ?? leadership?.level ?? followUps[0]?.level;
  const exempt =
    own === undefined
      ? []
      : [
          own.name,
          `${bodies.heads[1]!.name} ${own.name}`,
          ...(own.place === "" ? [] : [`Ban Chấp hành Đảng bộ ${own.place}`]),
          `${bodies.heads[2]!.name} ${own.name}`,
        ];
  for (const b of followUps) exempt.push(nameOf(b));
  const policy: SourceRecipientPolicy = {
    description: `Nơi nhận bắt buộc của kế hoạch, báo cáo thực hiện ${source.title}, theo đoạn cuối của văn bản.`,
    basis: `${sourceName(source)}, đoạn cuối: “${used.join("; ")}”`,
    firmness: "firm",
    exemptIssuers: [...new Set(exempt.map((e) => e.toUpperCase()))],
    profiles:
      ids.length === 0 ? EMPTY_PROFILES : { party: { plan: ids, report: ids }, state: { plan: ids, report: ids } },
    recipients,
  };
  memo.set(source, policy);
  return policy;
}

/** The source as drafts cite it: its type name and symbol code ("Nghị quyết", "NQ/HU"), when they can be known. */
export interface SourceDocument {
  kind: string;
  /** "NQ/HU": from the header's number, else the type's code and the issuing level's ("KL" + "TU"). */
  code: string;
  /** The number when the header gives it ("05-NQ/HU"). */
  number: string | undefined;
  /** "Nghị quyết của Ban Chấp hành Đảng bộ huyện": the title up to its subject, for messages and bases. */
  name: string;
}

/** The type name and symbol code of a source, or undefined when its code cannot be known. */
export function sourceDocumentOf(source: DirectiveSource): SourceDocument | undefined {
  const kind = source.kind;
  if (kind === undefined) return undefined;
  const fromNumber = source.number === undefined ? undefined : /^\d+-(.+)$/u.exec(source.number)?.[1];
  const level = ownLevel(source);
  const typeCode = bodies.kinds[kind];
  const code =
    fromNumber ??
    (typeCode !== undefined && level !== undefined && level.abbr !== "" ? `${typeCode}/${level.abbr}` : undefined);
  if (code === undefined) return undefined;
  const about = source.title.search(/\svề\s/u);
  return {
    kind,
    code: code.toUpperCase(),
    number: source.number,
    name: about < 0 ? source.title : source.title.slice(0, about),
  };
}
