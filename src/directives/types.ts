import type { Firmness } from "../model/vocabulary";

/**
 * The directive source: a conclusion (or resolution) parsed from its text into the items a draft must answer.
 * Data, not code: the same engine works when an office loads another conclusion.
 */

/** One separate duty inside an item's paragraphs (2.3 alone holds a dozen). */
export interface DirectiveTask {
  /** Stable id within the source, e.g. "2.3.4". */
  id: string;
  /** Short Vietnamese label for the UI, e.g. "Giải phóng mặt bằng". */
  label: string;
  /** The task's own wording from the source (NFC). */
  text: string;
}

export interface DirectiveItem {
  /** Number as written in the source, without the trailing dot: "2.1", "3", "a". */
  number: string;
  /** Short Vietnamese title the UI can show, e.g. "Quốc phòng, an ninh, tiếp công dân, đối ngoại". */
  title: string;
  /** The item's paragraphs as in the source (NFC), debris removed. */
  paragraphs: string[];
  tasks: DirectiveTask[];
}

/** A document the source cites, e.g. Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị. */
export interface CitedDocument {
  /** Type as written: "Nghị quyết", "Chỉ thị", "Kết luận", "Quy hoạch"... */
  type: string;
  /** Number and symbol: "11-NQ/TW"; undefined for documents cited without one (Quy hoạch tỉnh). */
  number: string | undefined;
  issuer: string | undefined;
  /** ISO date when the source gives one. */
  date: string | undefined;
  /** The citation as written in the source. */
  text: string;
}

export interface DirectiveSource {
  /** Title of the source (first heading lines), e.g. "Kết luận của Ban Chấp hành Đảng bộ tỉnh về ...". */
  title: string;
  /** The directive items a draft must answer (for the seed: 2.1–2.8). */
  items: DirectiveItem[];
  citations: CitedDocument[];
  /** Quoted slogans, e.g. "Đoàn kết - Kỷ cương - Dân chủ - Sáng tạo". */
  slogans: string[];
  /** The closing paragraph that assigns follow-up (Văn phòng Tỉnh ủy ...), when present. */
  closing: string | undefined;
  /**
   * The last date the source sets for its tasks, ISO ("2025-12-31" for "đến cuối nhiệm kỳ 2020-2025"), with the
   * words that set it; undefined when the source sets none. Plans' deadlines are checked against it.
   */
  horizon?: { date: string; text: string };
  /** The type name the title starts with, in sentence case: "Kết luận", "Nghị quyết", "Chỉ thị"; undefined: none found. */
  kind?: string;
  /** Number and symbol from the header's "Số 05-NQ/HU", when the text has its header. */
  number?: string;
  /**
   * The issuing body: the header's last line naming one ("HUYỆN ỦY LỤC NAM", as written), else the title's "của ..."
   * ("Ban Chấp hành Đảng bộ tỉnh").
   */
  issuer?: string;
}

/** One recipient a recipient policy requires (the shape of src/rules/data/recipient-policy.json's). */
export interface SourceRecipient {
  name: string;
  /** Accepted spellings; abbreviations count as the full name. */
  anyOf: string[];
  /** One of these must follow the name, e.g. "(b/c)"; empty: no mark needed. */
  mark: string[];
  position: "first" | "any";
  /** The line the fix inserts, without "- " and the final punctuation. */
  insert: string;
  /** Where this one is required, when not the policy's own basis (an office's style sheet). */
  basis?: string;
}

/**
 * Who a plan or report implementing the source must be sent to, by profile and document type: the shape of
 * src/rules/data/recipient-policy.json, derived from the source's closing paragraph (src/directives/recipients.ts).
 */
export interface SourceRecipientPolicy {
  description: string;
  /** "<source title>, đoạn cuối: “<the closing's words>”". */
  basis: string;
  firmness: Firmness;
  /** Issuing bodies the policy does not apply to (the source's own body and its follow-up bodies), upper case. */
  exemptIssuers: string[];
  profiles: Record<
    "party" | "state",
    { plan?: string[] | undefined; report?: string[] | undefined; other?: string[] | undefined }
  >;
  recipients: Record<string, SourceRecipient>;
}

/**
 * A source index as plain data (maps as entry lists, typed arrays as arrays): scripts/make-seed-module.ts writes the
 * seed's into src/directives/seedIndex.ts, so that no start of the CLI, the page or the add-in builds it again.
 */
export interface SourceIndexData {
  /** Each task: its item, id, label and capped weight sum (coverage.ts TaskEntry). */
  tasks: { item: number; id: string; label: string; norm: number }[];
  taskPostings: { start: number[]; ids: number[]; weights: number[] };
  itemPostings: { start: number[]; ids: number[]; weights: number[] };
  vocab: [string, number][];
  base: number;
  bigrams: [number, number][];
  unigrams: [number, number][];
  slogans: { ids: number[]; feature: number }[];
  sloganTexts: string[];
  refNumbers: [string, number][];
  synonyms: [string, [string[], string[]][]][];
  itemDistinct: number[][];
  subject: string[];
}
