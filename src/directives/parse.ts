/**
 * Parses a conclusion or resolution, given as plain text, into its directive items, tasks, citations and slogans.
 * General, not tuned to one text: numbered items ("I.", "1.", "2.1.", "a)"), bullets ("-", "+"), unnumbered
 * paragraphs that belong to the item above, page-break debris (a sentence cut by a page break, footnotes, page
 * numbers, stray emphasis markers from a PDF or Markdown conversion). Pure: no file system.
 */
import { escapeRegExp, nfc } from "../model/text";
import { contentPairs, matchKey, matchTokens, subjectPairs } from "./tokens";
import { array, boolean, object, optional, parseData, string, type Infer } from "../model/schema";
import topicJson from "./data/topics.json";
import type { CitedDocument, DirectiveItem, DirectiveSource, DirectiveTask } from "./types";
import { parseHorizon } from "./horizon";

// ---------------------------------------------------------------------------------------------------------------
// Cleaning

const SUPERSCRIPT = /[\u00b9\u00b2\u00b3\u2070-\u2079]/g;
const FOOTNOTE_LINE = /^\s*[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*\S/;
const PAGE_NUMBER_LINE = /^\s*(?:[-–]\s*)?\d{1,3}\s*(?:[-–]\s*)?$/;
/** A short all-caps or numeric token left after the last sentence by a page header/footer ("... quy định. TW"). */
const TRAILING_DEBRIS = /([.;!?…])\s+[\p{Lu}\d]{1,4}\s*$/u;
const SENTENCE_END = /[.:;!?…]["”»)]?$/;
const STARTS_LOWER = /^["“(]?\p{Ll}/u;

function cleanLine(line: string): string {
  return line
    .replace(/\*{2,}/g, " ")
    .replace(/\*/g, "")
    .replace(/_{2,}/g, " ")
    .replace(SUPERSCRIPT, "")
    .replace(/[\t\u00a0]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(TRAILING_DEBRIS, "$1");
}

/**
 * Lines → paragraphs: one paragraph per non-empty line, except that a line which does not end a sentence is joined
 * with the next one when that starts in lower case (a sentence cut by a line or page break, or by a footnote).
 */
export function sourceParagraphs(text: string): string[] {
  const lines = nfc(text).replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  for (const raw of lines) {
    if (FOOTNOTE_LINE.test(raw) || PAGE_NUMBER_LINE.test(raw)) continue;
    const line = cleanLine(raw);
    if (line === "") continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !SENTENCE_END.test(prev) && STARTS_LOWER.test(line) && !isSignatureLine(prev)) {
      out[out.length - 1] = `${prev} ${line}`;
    } else out.push(line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbering

type MarkerKind = "roman" | "arabic" | "dotted2" | "dotted3" | "letter" | "bullet";

interface Marker {
  kind: MarkerKind;
  number: string;
  rest: string;
}

const ROMAN = /^([IVXL]{1,5})[.)]\s+(.*)$/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(.*)$/u;
const ARABIC = /^(\d{1,2})[.)]\s+(.*)$/u;
const LETTER = /^([a-zđ])[)]\s+(.*)$/u;
const BULLET = /^[-–—+•·]\s*(.*)$/u;

export function markerOf(paragraph: string): Marker | undefined {
  let m = ROMAN.exec(paragraph);
  if (m !== null) return { kind: "roman", number: m[1]!, rest: m[2]! };
  m = DOTTED.exec(paragraph);
  if (m !== null) {
    const depth = m[1]!.split(".").length;
    return { kind: depth === 2 ? "dotted2" : "dotted3", number: m[1]!, rest: m[2]! };
  }
  m = ARABIC.exec(paragraph);
  if (m !== null) return { kind: "arabic", number: m[1]!, rest: m[2]! };
  m = LETTER.exec(paragraph);
  if (m !== null) return { kind: "letter", number: m[1]!, rest: m[2]! };
  m = BULLET.exec(paragraph);
  if (m !== null && m[1] !== "") return { kind: "bullet", number: "-", rest: m[1]! };
  return undefined;
}

interface Node {
  kind: MarkerKind | "root";
  number: string;
  /** Short heading on the marker's line ("1. Về phát triển kinh tế"), when the line is a heading, not prose. */
  heading: string | undefined;
  /** The node's own paragraphs (marker removed), without its children's. */
  paragraphs: string[];
  children: Node[];
}

/** A heading line: short, no final full stop, at least one letter. */
function isHeadingText(s: string): boolean {
  const n = matchTokens(s).length;
  return n > 0 && n <= 16 && !/[.;]$/.test(s.trim());
}

function buildTree(paragraphs: string[]): Node {
  const root: Node = { kind: "root", number: "", heading: undefined, paragraphs: [], children: [] };
  const stack: Node[] = [root];
  for (const p of paragraphs) {
    const m = markerOf(p);
    if (m === undefined || m.kind === "bullet") {
      // Bullets stay with the item above as paragraphs of their own: they are its tasks.
      stack[stack.length - 1]!.paragraphs.push(m === undefined ? p : `- ${m.rest}`);
      continue;
    }
    const at = stack.findIndex((n) => n.kind === m.kind);
    if (at > 0) stack.length = at;
    const heading = isHeadingText(m.rest) ? m.rest.replace(/[:]$/, "").trim() : undefined;
    const node: Node = {
      kind: m.kind,
      number: m.number,
      heading,
      paragraphs: heading === undefined ? [m.rest] : [],
      children: [],
    };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  return root;
}

function allText(n: Node): string[] {
  return [...(n.heading === undefined ? [] : [n.heading]), ...n.paragraphs, ...n.children.flatMap(allText)];
}

const DIRECTIVE_CUE =
  /nhiệm vụ|giải pháp|yêu cầu|đề nghị|chỉ đạo|phương hướng|kết luận như sau|tập trung thực hiện|cần thực hiện/u;
const ASSESSMENT_CUE = /^(đánh giá|tình hình|kết quả|những kết quả|ưu điểm|hạn chế|bối cảnh)/u;

/** The nodes that are the directive items: the children of the node that directs, or the top-level nodes. */
function directiveNodes(root: Node): Node[] {
  let best: Node | undefined;
  let bestScore = -1;
  const visit = (n: Node): void => {
    const numbered = n.children.filter((c) => c.kind !== "bullet");
    if (n !== root && numbered.length >= 2) {
      const own = [n.heading ?? "", ...n.paragraphs].join(" ").toLowerCase();
      const score = numbered.length + (DIRECTIVE_CUE.test(own) ? 100 : 0);
      if (score >= bestScore) {
        best = n;
        bestScore = score;
      }
    }
    n.children.forEach(visit);
  };
  visit(root);
  if (best !== undefined && bestScore >= 100) return best.children;
  // No section announces the directives: the top-level items, without a leading assessment.
  let top = root.children;
  if (top.length === 1 && top[0]!.children.length >= 2) top = top[0]!.children;
  return top.filter((n) => !ASSESSMENT_CUE.test((n.heading ?? n.paragraphs[0] ?? "").toLowerCase()));
}

// ---------------------------------------------------------------------------------------------------------------
// Title and closing

const TYPE_NAMES = [
  "KẾT LUẬN",
  "NGHỊ QUYẾT",
  "CHỈ THỊ",
  "THÔNG BÁO KẾT LUẬN",
  "THÔNG BÁO",
  "CHƯƠNG TRÌNH HÀNH ĐỘNG",
  "CHƯƠNG TRÌNH",
  "KẾ HOẠCH",
  "QUYẾT ĐỊNH",
  "ĐỀ ÁN",
];
const SIGNATURE_LINE = /^(nơi nhận|t\/m\b|tm\.|k\/t\b|kt\.|t\/l\b|tl\.|bí thư$|phó bí thư$|chủ tịch$)/iu;
const CLOSING =
  /^(giao\s|đề nghị .*(theo dõi|đôn đốc)|văn phòng .*(theo dõi|đôn đốc|chủ trì)|(?:ban\s|[uủ]y ban kiểm tra|các (?:huyện|thành|thị|quận|đảng) [uủ]y)[^.;]{0,100}?(theo dõi|đôn đốc)|(kết luận|nghị quyết|chỉ thị|thông báo) này (có hiệu lực|được phổ biến))/iu;
const SEPARATOR = /^[-–—_*=.\s]{3,}$/;
/** The words that assign follow-up in a closing paragraph. */
const FOLLOW_UP = /theo dõi|đôn đốc/iu;
/** The header's number line: "Số 05-NQ/HU", "Số: 125-KL/TU". */
const NUMBER_LINE = /^Số\s*(?::\s*)?(\d{1,4}\s*-\s*[\p{Lu}]{1,6}\s*\/\s*[\p{Lu}]{1,6})\s*$/u;
/** A header line naming an issuing body (upper case): "HUYỆN ỦY LỤC NAM", "BAN THƯỜNG VỤ TỈNH ỦY", "ĐẢNG ỦY XÃ ...". */
const ISSUER_LINE = /(?:^|\s)(?:ỦY|UỶ)(?:\s|$)|^(?:BAN|VĂN PHÒNG|ỦY BAN|UỶ BAN|HỘI ĐỒNG)\s/u;

function isSignatureLine(p: string): boolean {
  return SIGNATURE_LINE.test(p.trim());
}

/**
 * The document type a title line starts with: in capitals ("KẾT LUẬN", "NGHỊ QUYẾT ..."), or in sentence case when the
 * line is the whole title ("Kết luận của Ban Thường vụ Huyện ủy về ..."), as texts copied from a web page have it.
 */
function typeNameOf(paragraph: string): string | undefined {
  const text = paragraph.trim();
  const caps = TYPE_NAMES.find(
    (t) => text.startsWith(t) && (text.length === t.length || !/\p{Ll}/u.test(text[t.length]!)),
  );
  if (caps !== undefined) return caps;
  const upper = text.toUpperCase();
  return TYPE_NAMES.find(
    (t) =>
      upper.startsWith(`${t} CỦA `) &&
      !/[.;:]$/.test(text) &&
      matchTokens(text).length <= 40 &&
      /\p{Lu}/u.test(text.charAt(0)),
  );
}

/** Restores the case of an upper-case heading: each run of words takes the casing the body text gives it. */
function recase(upper: string, body: string): string {
  const words = upper.split(" ").filter(Boolean);
  const lowerBody = body.toLowerCase();
  const out = words.map((w) => w.toLowerCase());
  let i = 0;
  while (i < words.length) {
    let done = false;
    for (let len = Math.min(6, words.length - i); len >= 1 && !done; len--) {
      const phrase = out.slice(i, i + len).join(" ");
      const re = new RegExp(`(?:^|[^\\p{L}])(${escapeRegExp(phrase)})(?=[^\\p{L}]|$)`, "u");
      const at = re.exec(lowerBody);
      if (at === null) continue;
      const start = at.index + at[0].length - at[1]!.length;
      const written = body.slice(start, start + phrase.length).split(" ");
      if (written.length === len) for (let k = 0; k < len; k++) out[i + k] = written[k]!;
      i += len;
      done = true;
    }
    if (!done) i++;
  }
  const s = out.join(" ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Splits "KẾT LUẬN CỦA BAN CHẤP HÀNH ... về một số nhiệm vụ ..." into its upper-case head and the rest. */
function titleFrom(paragraphs: string[], body: string): string {
  const head: string[] = [];
  const tail: string[] = [];
  for (const p of paragraphs)
    for (const w of p.split(" ")) {
      if (tail.length === 0 && !/\p{Ll}/u.test(w)) head.push(w);
      else tail.push(w);
    }
  const recased = head.length > 0 ? recase(head.join(" "), body) : "";
  return [recased, tail.join(" ")].filter(Boolean).join(" ").trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Tasks and labels

const topic = object({ label: string(), group: string(), patterns: array(string()) });
const topicGroup = object({ id: string(), name: string(), proper: optional(boolean()) });
type Topic = Infer<typeof topic>;
type Group = Infer<typeof topicGroup>;
const topicData = parseData(
  object({
    $comment: optional(string()),
    qualifiers: array(string()),
    groups: array(topicGroup),
    topics: array(topic),
  }),
  topicJson,
  "src/directives/data/topics.json",
);
const GROUPS: Group[] = topicData.groups;
const TOPICS: Topic[] = topicData.topics.map((t) => ({ ...t, patterns: t.patterns.map(matchKey) }));

function topicHits(text: string): { topic: Topic; at: number; len: number }[] {
  const key = ` ${matchKey(text)} `;
  const hits: { topic: Topic; at: number; len: number }[] = [];
  for (const t of TOPICS)
    for (const p of t.patterns) {
      const at = key.indexOf(` ${p} `);
      if (at >= 0) hits.push({ topic: t, at, len: p.length });
    }
  return hits.sort((a, b) => a.at - b.at || b.len - a.len);
}

/** The topic named earliest in a text (ties: the longer pattern). */
export function topicOf(text: string): Topic | undefined {
  return topicHits(text)[0]?.topic;
}

/** Opening words that say nothing of the task ("Tiếp tục tập trung lãnh đạo, chỉ đạo thực hiện tốt các ..."). */
const FILLER =
  /^(?:(?:các cấp ủy|các cấp|chính quyền|tổ chức đảng|cơ quan|đơn vị|cán bộ|đảng viên|tiếp tục|tập trung|quan tâm|chú trọng|đẩy mạnh|tăng cường|thường xuyên|kịp thời|chủ động|lãnh đạo|chỉ đạo|thực hiện|triển khai|tổ chức|làm|tốt|cao|hơn nữa|có hiệu quả|nghiêm túc|quyết liệt|cần|phải|và|các|những|công tác|trước mắt|trong đó)[\s,]+)+/iu;

/** An agency as the subject of a duty: "Ủy ban nhân dân thành phố chỉ đạo ...", "Công an huyện tổ chức ...". */
const AGENCY_SUBJECT =
  /^(?:ủy ban|uỷ ban|ubnd|công an|sở|phòng|ban|văn phòng|các cơ quan|các sở|mặt trận|hội)\b[^,;]{0,40}?\s(?:chỉ đạo|tổ chức|chủ trì|thực hiện|triển khai)\s+/iu;

function fallbackLabel(text: string): string {
  let s = text.replace(/^[-–+•\s]+/, "").trim();
  s = s.replace(AGENCY_SUBJECT, "").replace(FILLER, "");
  const words = s.split(/\s+/);
  let label = "";
  let cut = false;
  for (const w of words) {
    const next = label === "" ? w : `${label} ${w}`;
    if (matchTokens(next).length > 8) {
      cut = true;
      break;
    }
    label = next;
    if (/[,;:.]$/.test(w) && !/^phòng,$/iu.test(w) && matchTokens(label).length >= 4) break;
  }
  label = label.replace(/[,;:.]+$/, "").replace(/["“”]/g, "");
  // Do not end on a function word ("... tại các", "... của").
  label = label.replace(/(?:\s+(?:các|những|tại|của|và|với|cho|trên|để|ở|theo|trong|từ|đến|là|được|một|số))+$/iu, "");
  if (label === "") label = text.slice(0, 40);
  // Cut inside a clause, perhaps inside a compound ("trạm đo mưa tự|động"): say so rather than show half a word.
  return label.charAt(0).toUpperCase() + label.slice(1) + (cut ? "…" : "");
}

/**
 * A task's label from its own words: its first clause (up to ";", ":" or a parenthesis), without the opening words
 * that say nothing, cut as an own-words title is ("Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn ở cấp huyện").
 */
function ownWordsLabel(text: string): string {
  const first = sentences(text.replace(/^[-–+•\s]+/, "").trim())[0] ?? text;
  const clause = first
    .split(/\s*[;:(]/u)[0]!
    .replace(AGENCY_SUBJECT, "")
    .replace(FILLER, "")
    .trim();
  return clause === "" ? fallbackLabel(text) : ownWordsTitle(clause);
}

/** Sentences of a paragraph: split after . ! ? … (and a closing quote) before an upper-case letter. */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?…]["”»)]?\s+(?=["“(]?\p{Lu})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    const end = m.index + m[0].length;
    // Not after an abbreviation such as "TP." or "v.v.".
    const before = paragraph.slice(start, m.index + 1);
    if (/(?:^|\s)(?:TP|Tp|TX|ThS|TS|PGS|GS|v\.v|Ô|B)\.$/u.test(before)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const last = paragraph.slice(start).trim();
  if (last !== "") out.push(last);
  return out;
}

const MIN_CLAUSE = 8;

/** Clauses of a sentence: split at ";" outside quotes when both sides are long enough to be duties of their own. */
function clauses(sentence: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if (ch === "“") depth++;
    else if (ch === "”") depth = Math.max(0, depth - 1);
    else if (ch === '"') depth = depth > 0 ? depth - 1 : 1;
    else if (ch === ";" && depth === 0) {
      parts.push(sentence.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  parts.push(sentence.slice(start).trim());
  const out: string[] = [];
  for (const p of parts.filter(Boolean)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (matchTokens(p).length < MIN_CLAUSE || matchTokens(prev).length < MIN_CLAUSE))
      out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

interface DraftTask {
  topic: Topic | undefined;
  label: string;
  texts: string[];
}

/** How many content words open a task: a topic's key term further on is not what the task is about. */
const LABEL_WINDOW = 16;
/** The least share of a topic label's words the task must use for the label to name it. */
const LABEL_WORDS_MIN = 0.6;

/**
 * Whether a topic's name fits a task as its label: the topic's key term (not followed by a qualifier: "hạ tầng số" is
 * not "hạ tầng") is among the task's opening words, the task uses most of the label's words ("Quy hoạch tỉnh" for
 * "... trong quy hoạch, kế hoạch phát triển" does not), and the task is not about the source's own subject ("Tổ chức
 * diễn tập phòng, chống thiên tai" in a directive on disasters is not "Diễn tập khu vực phòng thủ"; "hệ thống chính
 * trị" in "Xác định phòng, chống thiên tai là nhiệm vụ ... của cả hệ thống chính trị" is not "Xây dựng Đảng").
 */
function labelFits(topic: Topic, label: string, text: string, subject: ReadonlySet<string>): boolean {
  if (subject.size > 0) for (const g of contentPairs(text)) if (subject.has(g)) return false;
  const tokens = matchTokens(
    text
      .replace(/^[-–+•\s]+/, "")
      .replace(AGENCY_SUBJECT, "")
      .replace(FILLER, ""),
  );
  let seen = 0;
  let end = tokens.length;
  for (let i = 0; i < tokens.length; i++)
    if (!FUNCTION_WORDS.has(tokens[i]!) && ++seen > LABEL_WINDOW) {
      end = i;
      break;
    }
  const opening = tokens.slice(0, end);
  const opens = topic.patterns.some((p) => {
    const words = p.split(" ");
    for (let i = 0; i + words.length <= opening.length; i++) {
      if (!words.every((w, k) => opening[i + k] === w)) continue;
      const after = tokens.slice(i + words.length).join(" ");
      if (!QUALIFIERS.some((q) => after === q || after.startsWith(`${q} `))) return true;
    }
    return false;
  });
  if (!opens) return false;
  const own = new Set(matchTokens(text));
  const words = matchTokens(label);
  return words.filter((w) => own.has(w)).length >= LABEL_WORDS_MIN * words.length;
}

function tasksOf(
  number: string,
  units: string[],
  typeName: string,
  subject: ReadonlySet<string> = new Set(),
): { task: DirectiveTask; topic?: Topic; topicLabel: string }[] {
  const drafts: DraftTask[] = [];
  for (const unit of units) {
    const hits = topicHits(unit);
    const topic = hits[0]?.topic;
    const prev = drafts[drafts.length - 1];
    const n = matchTokens(unit).length;
    // A clause after ";" (lower case) continues the duty before it unless it names another topic.
    if (prev !== undefined && STARTS_LOWER.test(unit)) {
      const known = hits.map((h) => drafts.find((d) => d.topic === h.topic)).find((d) => d !== undefined);
      if (topic === undefined || n <= 14 || hits.some((h) => h.topic === prev.topic) || known !== undefined) {
        (hits.some((h) => h.topic === prev.topic) ? prev : (known ?? prev)).texts.push(unit);
        continue;
      }
    }
    if (prev !== undefined && topic === undefined && n <= 12) {
      prev.texts.push(unit);
      continue;
    }
    const same = topic === undefined ? undefined : drafts.find((d) => d.topic === topic);
    if (same !== undefined) {
      same.texts.push(unit);
      continue;
    }
    drafts.push({ topic, label: topic?.label ?? fallbackLabel(unit), texts: [unit] });
  }
  return drafts.map((d, i) => {
    const text = d.texts.join(" ");
    const topicLabel = d.label.replace("văn bản", typeName);
    // A topic's name labels the task only when it fits it; else the task's own words do.
    const label =
      d.topic === undefined || labelFits(d.topic, topicLabel, text, subject) ? topicLabel : ownWordsLabel(text);
    return { task: { id: `${number}.${i + 1}`, label, text }, topic: d.topic, topicLabel };
  });
}

/** The task units of an item: its bullets and lettered sub-items as they are, its prose split into clauses. */
function taskUnits(node: Node): string[] {
  const units: string[] = [];
  for (const p of node.paragraphs) {
    if (p.startsWith("- ")) units.push(p.slice(2));
    else for (const s of sentences(p)) units.push(...clauses(s));
  }
  for (const c of node.children) {
    const text = allText(c).join(" ");
    if (text.trim() !== "") units.push(text);
  }
  return units;
}

function lowerFirst(s: string): string {
  const first = s.split(" ")[0] ?? "";
  if (/^[\p{Lu}\d]{2,}$/u.test(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Words that carry no topic of their own (function words, the verbs a duty opens with), as matcher tokens. */
const FUNCTION_WORDS = new Set(
  (
    "và của các những trong với cho để ở theo từ đến là được một có về tại trên đối này nhất đã sự việc như thật " +
    "nâng cao bảo đảm phát triển xây dựng đổi mới hoàn thiện giữ vững duy trì thực hiện triển khai nhiệm vụ"
  )
    .split(" ")
    .map(matchKey),
);
/** A topic's key term followed by one of these names another thing: "hạ tầng số" is not "hạ tầng". */
const QUALIFIERS: string[] = topicData.qualifiers.map(matchKey);
/** How many content words of an item's first duty the fit looks at: its opening, not the whole of a long duty. */
const FIT_WINDOW = 12;
/**
 * The least share of those words the key terms of a topic title must cover for the title to fit: about one two-word
 * key term among twelve. The seed's items score 0.25–1 (2.2 the least), the test notice's and directive's items
 * opening with "tuyên truyền" 0.17, the district resolution on digital transformation's items 0: they open with
 * "hạ tầng số", "kinh tế số", "an ninh mạng", which the list does not know (test/directives/parse.test.ts).
 */
const FIT_MIN = 0.15;

/** The item's lead clause: its first sentence up to the first ";", without the opening words that say nothing. */
function leadClause(node: Node): string {
  const first = node.paragraphs[0] ?? allText(node)[0] ?? "";
  const sentence = sentences(first.replace(/^- /, ""))[0] ?? "";
  const clause = sentence.split(";")[0]!.trim();
  return clause.replace(AGENCY_SUBJECT, "").replace(FILLER, "").trim();
}

/** Verbs that open a new duty after a comma or "và" ("Phát triển kinh tế số, thúc đẩy doanh nghiệp ..."). */
const NEW_DUTY =
  /^(?:nâng cao|thúc đẩy|bảo đảm|đảm bảo|tăng cường|đẩy mạnh|phát triển|xây dựng|đổi mới|hoàn thiện|giữ vững|tạo|gắn|phấn đấu|hỗ trợ|chú trọng|ưu tiên|triển khai|thực hiện|tập trung|khuyến khích|huy động|mở rộng|kết nối|phát huy|tiếp tục|chủ động|kịp thời)(?=\s|$)/iu;
/** The shortest first duty (tokens): "Duy trì, nâng cao ..." is one duty, its verbs listed. */
const MIN_DUTY = 3;

/**
 * The first duty of a lead clause: up to the first comma or "và" that opens a new duty ("Phát triển kinh tế số" in
 * "Phát triển kinh tế số, thúc đẩy doanh nghiệp ..."; "Bảo đảm an toàn, an ninh mạng" in "... và phát triển nguồn
 * nhân lực"), when what precedes has at least MIN_DUTY tokens.
 */
export function firstDuty(lead: string, splitAtAnd = true): string {
  // "phòng, chống" (thiên tai, tham nhũng ...) is one compound: its comma opens no new duty
  const re = splitAtAnd ? /,\s+(?!chống\s)|\s+và\s+/giu : /,\s+(?!chống\s)/giu;
  for (const m of lead.matchAll(re)) {
    const head = lead.slice(0, m.index);
    if (matchTokens(head).length >= MIN_DUTY && NEW_DUTY.test(lead.slice(m.index + m[0].length))) return head;
  }
  return lead;
}

/**
 * How well a topic title fits an item: the share of the first FIT_WINDOW content words of the item's first duty
 * (function words left out) that key terms (patterns) of the title's topics cover, a key term followed by a
 * qualifier ("hạ tầng số", "thương mại điện tử") not counting. 0: the item opens with something the title does not
 * name (the title comes from topics met further on).
 */
export function topicFit(duty: string, topics: readonly Topic[]): number {
  const tokens = matchTokens(duty);
  const content = tokens.map((t) => !FUNCTION_WORDS.has(t));
  let seen = 0;
  for (let i = 0; i < tokens.length; i++)
    if (content[i] && ++seen > FIT_WINDOW) {
      tokens.length = i;
      break;
    }
  const total = Math.min(seen, FIT_WINDOW);
  if (total === 0) return 0;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const t of topics)
    for (const p of t.patterns) {
      const words = p.split(" ");
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (!words.every((w, k) => tokens[i + k] === w)) continue;
        const after = tokens.slice(i + words.length).join(" ");
        if (QUALIFIERS.some((q) => after === q || after.startsWith(`${q} `))) continue;
        for (let k = 0; k < words.length; k++) covered[i + k] = true;
      }
    }
  return tokens.filter((_, i) => covered[i] && content[i]).length / total;
}

/** Words a title cut short must not end on ("... tại các", "... của"). */
const TRAILING_FUNCTION =
  /(?:\s+(?:các|những|tại|của|và|với|cho|trên|để|ở|theo|trong|từ|đến|là|được|một|về|có|nhằm|gắn))+$/iu;
/** A title from the item's own words longer than OWN_TITLE_CUT tokens is cut at a new duty, then at OWN_TITLE_MAX. */
const OWN_TITLE_CUT = 12;
const OWN_TITLE_MAX = 18;

/** The item's lead phrase as its title: "Phát triển kinh tế số", cut cleanly at a word boundary, NFC, capitalised. */
export function ownWordsTitle(lead: string): string {
  let ellipsis = "";
  let s = lead
    .replace(/[.;:…]+$/u, "")
    .replace(/["“”]/g, "")
    .trim();
  if (matchTokens(s).length > OWN_TITLE_CUT) s = firstDuty(s, false);
  if (matchTokens(s).length > OWN_TITLE_MAX) {
    let out = "";
    for (const w of s.split(/\s+/)) {
      const next = out === "" ? w : `${out} ${w}`;
      if (matchTokens(next).length > OWN_TITLE_MAX) break;
      out = next;
    }
    // At the last comma within the limit when there is one: no compound cut in two.
    let comma = out.lastIndexOf(",");
    while (comma > 0 && /^,\s+chống\s/iu.test(out.slice(comma))) comma = out.lastIndexOf(",", comma - 1);
    const atComma = comma > 0 && matchTokens(out.slice(0, comma)).length >= MIN_DUTY;
    s = atComma ? out.slice(0, comma) : out;
    // Cut inside a clause, perhaps inside a compound ("thủ tục hành|chính"): say so rather than show half a word.
    if (!atComma) ellipsis = "…";
  }
  s = s
    .replace(/[,;:.]+$/u, "")
    .replace(TRAILING_FUNCTION, "")
    .replace(/[,;:.]+$/u, "")
    .trim();
  return nfc(s.charAt(0).toUpperCase() + s.slice(1) + ellipsis);
}

function titleOf(
  node: Node,
  tasks: { task: DirectiveTask; topic?: Topic; topicLabel: string }[],
  body: string,
  typeName: string,
): string {
  if (node.heading !== undefined) {
    const h = node.heading.replace(/^về\s+/iu, "");
    const cased = /\p{Ll}/u.test(h) ? h : recase(h, body);
    return cased.charAt(0).toUpperCase() + cased.slice(1);
  }
  const topics = tasks.map((t) => t.topic).filter((t): t is Topic => t !== undefined);
  // Titles name an item by its tasks' topics, whether or not a topic's name fits a task as its label.
  const labels = [...new Set(tasks.map((t) => t.topicLabel))];
  let parts: string[];
  let named: Topic[];
  if (labels.length <= 3) {
    parts = labels;
    named = tasks.filter((t) => labels.includes(t.topicLabel)).flatMap((t) => (t.topic === undefined ? [] : [t.topic]));
  } else {
    const groups = [...new Set(topics.map((t) => t.group))]
      .map((id) => GROUPS.find((g) => g.id === id))
      .filter((g): g is Group => g !== undefined)
      .slice(0, 3);
    parts = groups.map((g) => g.name.replace("văn bản", typeName));
    named = topics.filter((t) => groups.some((g) => g.id === t.group));
  }
  // A title that opens with a topic of the list must fit the item's opening; an item that opens with a duty the list
  // does not know (its first task has no topic) is named by its own words, not by its tasks' labels strung together.
  const lead = leadClause(node);
  if (lead !== "" && (labels.length > 3 || tasks[0]?.topic !== undefined)) {
    if (topicFit(firstDuty(lead), named) < FIT_MIN) return ownWordsTitle(lead);
  } else if (lead !== "" && tasks.length > 1 && tasks[0]?.topic === undefined) return ownWordsTitle(lead);
  return parts.map((p, i) => (i === 0 ? p : lowerFirst(p))).join("; ");
}

// ---------------------------------------------------------------------------------------------------------------
// Citations and slogans

const DOC_TYPES =
  "Nghị quyết|Chỉ thị|Kết luận|Quyết định|Thông báo|Quy định|Hướng dẫn|Chương trình|Kế hoạch|Nghị định|Thông tư|Luật|Đề án|Công văn";
const CITATION = new RegExp(
  `(${DOC_TYPES})\\s+số\\s+(\\d+[\\p{L}\\d/\\-.]*[\\p{L}\\d])` +
    `(?:\\s*,?\\s*ngày\\s+(?:(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})))?` +
    `(?:\\s+của\\s+((?:[\\p{Lu}][\\p{L}]*|ủy|hành|vụ|chính|trị|thư|bộ|tỉnh|phủ|nhân|dân|đồng|trương|ương)(?:\\s+(?:[\\p{Lu}][\\p{L}]*|ủy|uỷ|hành|vụ|chính|trị|thư|bộ|tỉnh|phủ|nhân|dân|đồng|Trung|ương|khóa|[IVXL]+))*))?`,
  "gu",
);
const PLANNING =
  /Quy hoạch\s+(?:tỉnh|vùng|quốc gia|chung)[^.;]*?thời kỳ\s+\d{4}\s*[-–]\s*\d{4}(?:\s*,\s*tầm nhìn đến năm\s+\d{4})?/gu;

function isoDate(d: string, m: string, y: string): string {
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

export function extractCitations(text: string): CitedDocument[] {
  const out: CitedDocument[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(CITATION)) {
    const [, type, number] = m;
    const date =
      m[3] !== undefined ? isoDate(m[3], m[4]!, m[5]!) : m[6] !== undefined ? isoDate(m[6], m[7]!, m[8]!) : undefined;
    const issuer = m[9]?.replace(/\s+(khóa|khoá)\s+[IVXL]+$/u, "").trim();
    const key = `${type}|${number}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: type!, number: number!, issuer: issuer || undefined, date, text: m[0].trim() });
  }
  for (const m of text.matchAll(PLANNING)) {
    const key = m[0].toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ type: "Quy hoạch", number: undefined, issuer: undefined, date: undefined, text: m[0].trim() });
  }
  return out;
}

/** Quoted phrases ("Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo"); quotes joined by a comma make one slogan. */
export function extractSlogans(text: string): string[] {
  const out: string[] = [];
  const re = /(?:["“][^"“”]{2,200}["”](?:\s*,\s*)?)+/gu;
  for (const m of text.matchAll(re)) {
    const parts = [...m[0].matchAll(/["“]([^"“”]+)["”]/gu)].map((p) => p[1]!.trim());
    const slogan = parts.join(", ").trim();
    if (matchTokens(slogan).length >= 2 && !out.includes(slogan)) out.push(slogan);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

export function parseDirectiveSource(text: string): DirectiveSource {
  const paragraphs = sourceParagraphs(text);
  // Header and title block: up to and including the type name and its summary lines.
  let i = paragraphs.findIndex((p, k) => k < 15 && typeNameOf(p) !== undefined);
  const titleParas: string[] = [];
  let typeName = "Kết luận";
  // The header above the type name: the issuing body (its last line naming one) and the number.
  const header = i > 0 ? paragraphs.slice(0, i) : [];
  const headerNumber = header.map((p) => NUMBER_LINE.exec(p)?.[1]).find((n) => n !== undefined);
  const headerIssuer = header.filter((p) => ISSUER_LINE.test(p) && !/^ĐẢNG CỘNG SẢN/u.test(p)).pop();
  if (i >= 0) {
    const t = typeNameOf(paragraphs[i]!)!;
    typeName = t.charAt(0) + t.slice(1).toLowerCase();
    titleParas.push(paragraphs[i]!);
    i++;
    while (
      i < paragraphs.length &&
      !SEPARATOR.test(paragraphs[i]!) &&
      markerOf(paragraphs[i]!) === undefined &&
      !/[.;:]$/.test(paragraphs[i]!) &&
      matchTokens(paragraphs[i]!).length <= 40 &&
      !/^(ngày|căn cứ|thực hiện)\b/iu.test(paragraphs[i]!)
    ) {
      titleParas.push(paragraphs[i]!);
      i++;
    }
  } else i = 0;
  const rest = paragraphs.slice(i).filter((p) => !SEPARATOR.test(p));
  const end = rest.findIndex(isSignatureLine);
  const body = end < 0 ? rest : rest.slice(0, end);
  const bodyText = body.join("\n");
  const title = titleFrom(titleParas, bodyText);

  const root = buildTree(body);
  let nodes = directiveNodes(root);
  if (nodes.length === 0) {
    // No numbering at all: every paragraph after the announcing one ("... kết luận như sau:") is an item of its
    // own, numbered in order; the closing assignment stays out.
    const from = body.findIndex((p) => /:$/.test(p.trim())) + 1;
    nodes = body
      .slice(from)
      .filter((p) => !CLOSING.test(p))
      .map((p, k) => ({ kind: "arabic", number: String(k + 1), heading: undefined, paragraphs: [p], children: [] }));
  }
  let closing: string | undefined;
  const last = nodes[nodes.length - 1];
  if (last !== undefined) {
    // Unnumbered paragraphs after the last item that assign follow-up are the closing, not part of the item.
    const holder = last.children.length > 0 ? last.children[last.children.length - 1]! : last;
    const at = holder.paragraphs.findIndex((p, k) => k > 0 && CLOSING.test(p));
    if (at > 0) {
      closing = holder.paragraphs.slice(at).join("\n");
      holder.paragraphs = holder.paragraphs.slice(0, at);
    }
  }
  if (closing === undefined) {
    // After the items, in a section of its own ("IV. TỔ CHỨC THỰC HIỆN ... 3. Giao Văn phòng Huyện ủy ... theo dõi,
    // đôn đốc"): the paragraphs that assign follow-up, numbered or not; else the first closing-like paragraph.
    const inItems = new Set(nodes.flatMap(allText));
    const after = body
      .map((p) => markerOf(p)?.rest ?? p)
      .filter((p) => !inItems.has(p) && CLOSING.test(p) && FOLLOW_UP.test(p));
    closing = after.length > 0 ? after.join("\n") : body.find((p) => CLOSING.test(p) && markerOf(p) === undefined);
  }

  const subject = subjectPairs(
    title,
    nodes.map((n) => allText(n).join(" ")),
  );
  const items: DirectiveItem[] = nodes.map((n) => {
    const tasks = tasksOf(n.number, taskUnits(n), typeName, subject);
    return {
      number: n.number,
      title: titleOf(n, tasks, bodyText, typeName),
      paragraphs: allText(n).filter((p) => p.trim() !== ""),
      tasks: tasks.map((t) => t.task),
    };
  });
  const directiveText = items.flatMap((it) => it.paragraphs).join("\n");
  const issuer = headerIssuer ?? /^\S+(?: \S+)*? của (.+?)(?: về .*)?$/u.exec(title)?.[1];
  return {
    title,
    items,
    citations: extractCitations(body.join("\n")),
    slogans: extractSlogans(directiveText),
    closing,
    horizon: parseHorizon(text),
    ...(titleParas.length > 0 ? { kind: typeName } : {}),
    ...(headerNumber === undefined ? {} : { number: headerNumber.replace(/\s+/g, "") }),
    ...(issuer === undefined ? {} : { issuer }),
  };
}
