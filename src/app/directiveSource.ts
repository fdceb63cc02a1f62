/**
 * The directive source the settings ask for: the seed conclusion, or the pasted text parsed; and whether a pasted
 * text can be one. Kept apart from the checker so the first paint of the pane does not need the rules.
 */
import type { DirectiveSource } from "../directives/types";
import { parseDirectiveSource } from "../directives/parse";
import { defaultDirectiveSource } from "../directives/seed";

export function directiveSourceFor(settings: { directiveText?: string | undefined }): DirectiveSource {
  if (settings.directiveText !== undefined && settings.directiveText.trim() !== "") {
    return parseDirectiveSource(settings.directiveText);
  }
  return defaultDirectiveSource();
}

/** What "Áp dụng nguồn" says, and whether the source is taken. */
export interface SourceChoice {
  accepted: boolean;
  intent: "success" | "error";
  text: string;
}

/** The seed conclusion chosen as the source. */
export const SEED_CHOSEN: SourceChoice = {
  accepted: true,
  intent: "success",
  text: "Dùng Kết luận mặc định (mục 2.1–2.8).",
};

/** A pasted text is a source when it has numbered items: it is then taken, and its items are listed. */
export function checkPastedSource(text: string): SourceChoice {
  try {
    const parsed = parseDirectiveSource(text);
    if (parsed.items.length === 0) {
      return {
        accepted: false,
        intent: "error",
        text: "Không tìm thấy mục nào được đánh số (2.1., 1., a) …) trong văn bản đã dán.",
      };
    }
    return {
      accepted: true,
      intent: "success",
      text: `Đã nhận ${parsed.items.length} mục: ${parsed.items.map((i) => i.number).join(", ")}.`,
    };
  } catch (e) {
    return { accepted: false, intent: "error", text: e instanceof Error ? e.message : String(e) };
  }
}
