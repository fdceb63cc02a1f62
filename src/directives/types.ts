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
}
