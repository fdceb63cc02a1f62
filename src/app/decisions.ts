/**
 * The pane's side of the drafter's decisions (src/decisions): where they are kept, how an action changes them, and
 * how the outcome is told. In Word with WordApi 1.4 they live in the document (a custom XML part that `ketluan check`,
 * `fix` and `matrix` read); in Word without it, in the pane's settings (`settings.decisions`); in the browser page, in
 * the pane's memory for the chosen file (and in a downloaded copy). The items marked «Không áp dụng» by earlier versions
 * (`settings.notApplicable`) are merged in. Pure.
 */
import { mergeDecisions, noDecisions, type Decisions, type IgnoredFinding, type NotApplicableItem } from "../decisions";
import type { ActionMessage } from "./actions";

/** Where the pane keeps the decisions of the document it shows. */
export type DecisionStore = "document" | "settings" | "memory";

/** What the pane applies: the stored decisions, with the items earlier versions marked not applicable in the settings. */
export function effectiveDecisions(stored: Decisions | undefined, legacyNotApplicable: readonly string[]): Decisions {
  const legacy: Decisions = { ...noDecisions(), notApplicable: legacyNotApplicable.map((item) => ({ item })) };
  return mergeDecisions(legacy, stored ?? noDecisions());
}

const sameIgnore = (a: IgnoredFinding, b: IgnoredFinding) => a.rule === b.rule && a.paragraph === b.paragraph;

export function withIgnored(d: Decisions, decision: IgnoredFinding): Decisions {
  return { ...d, ignored: [...d.ignored.filter((x) => !sameIgnore(x, decision)), decision] };
}

export function withoutIgnored(d: Decisions, decision: IgnoredFinding): Decisions {
  return { ...d, ignored: d.ignored.filter((x) => !sameIgnore(x, decision)) };
}

export function withRuleOff(d: Decisions, rule: string, off: boolean): Decisions {
  const rest = d.rulesOff.filter((r) => r !== rule);
  return { ...d, rulesOff: off ? [...rest, rule] : rest };
}

export function withNotApplicable(d: Decisions, item: string, value: boolean, reason?: string): Decisions {
  const rest = d.notApplicable.filter((x) => x.item !== item);
  const trimmed = reason?.trim().normalize("NFC");
  const entry: NotApplicableItem = trimmed ? { item, reason: trimmed } : { item };
  return { ...d, notApplicable: value ? [...rest, entry] : rest };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const optReason = (v: unknown) => (typeof v === "string" && v !== "" ? { reason: v } : {});

/** Decisions kept in the pane's settings (Word without WordApi 1.4), read defensively. */
export function parseDecisions(raw: unknown): Decisions {
  if (typeof raw !== "object" || raw === null) return noDecisions();
  const o = raw as Record<string, unknown>;
  const objects = (v: unknown) =>
    (Array.isArray(v) ? v : []).filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null);
  return {
    ignored: objects(o.ignored)
      .filter((x) => typeof x.rule === "string")
      .map((x) => ({
        rule: x.rule as string,
        paragraph: typeof x.paragraph === "string" ? x.paragraph : "",
        excerpt: typeof x.excerpt === "string" ? x.excerpt : "",
        ...optReason(x.reason),
      })),
    rulesOff: strings(o.rulesOff),
    notApplicable: objects(o.notApplicable)
      .filter((x) => typeof x.item === "string")
      .map((x) => ({ item: x.item as string, ...optReason(x.reason) })),
  };
}

/** Where the decisions went, as the pane says after an action. */
const WHERE: Record<DecisionStore, string> = {
  document: "đã lưu trong tài liệu",
  settings: "đã lưu trong thiết lập của phần bổ trợ",
  memory: "chỉ trong phiên này — tải bản có quyết định để giữ",
};

export function ignoredMessage(store: DecisionStore): ActionMessage {
  return { intent: "success", text: `Đã bỏ qua phát hiện này (${WHERE[store]}).` };
}
export function unignoredMessage(): ActionMessage {
  return { intent: "success", text: "Đã hiện lại phát hiện." };
}
export function ruleOffMessage(rule: string, off: boolean, store: DecisionStore): ActionMessage {
  return {
    intent: "success",
    text: off ? `Đã tắt quy tắc ${rule} cho văn bản này (${WHERE[store]}).` : `Đã bật lại quy tắc ${rule}.`,
  };
}

/** Word without WordApi 1.4: why the decisions do not travel to `ketluan check`. */
export const DECISIONS_IN_SETTINGS_NOTE =
  "Phiên bản Word này chưa cho phần bổ trợ ghi phần quyết định vào tài liệu (cần WordApi 1.4): các quyết định bỏ " +
  "qua, tắt quy tắc, không áp dụng được giữ trong thiết lập của phần bổ trợ — ketluan check không đọc được chúng.";

/** The copy with the decisions: "ke-hoach.docx" → "ke-hoach-quyet-dinh.docx". */
export function decisionsFileName(fileName: string | undefined): string {
  const base = (fileName ?? "van-ban").replace(/\.(docx|xml)$/iu, "");
  return `${base}-quyet-dinh.docx`;
}

export function decisionsCopyMessage(fileName: string): ActionMessage {
  return { intent: "success", text: `Đã tạo ${fileName} (xem thư mục tải về của trình duyệt).` };
}
