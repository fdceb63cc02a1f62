/**
 * The task pane's settings in the Word document (Office.context.document.settings): they travel with the file.
 */
import { parseSettings, serializeSettings, SETTINGS_KEY, type PaneSettings, type SettingsStore } from "../app/settings";
import { WordAdapterError, wordErrorMessage } from "./errors";

/** The part of `Office.Settings` we call (checked against @types/office-js below). */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: {
      status: Office.AsyncResultStatus | "succeeded" | "failed";
      error: { message: string; code: number } | null;
    }) => void,
  ): void;
}
type Assignable<A extends B, B> = A;
export type SettingsTypeCheck = Assignable<Office.Settings, OfficeSettingsLike>;

export class DocumentSettingsStore implements SettingsStore {
  readonly persistent = true;
  constructor(private readonly settings: OfficeSettingsLike) {}

  load(): PaneSettings {
    try {
      return parseSettings(this.settings.get(SETTINGS_KEY));
    } catch {
      return parseSettings(undefined);
    }
  }

  save(value: PaneSettings): Promise<void> {
    return new Promise((resolve, reject) => {
      try {
        this.settings.set(SETTINGS_KEY, serializeSettings(value));
        this.settings.saveAsync((result) => {
          // Office.AsyncResultStatus.Failed is the string "failed"
          if (String(result.status) === "failed") {
            reject(
              new WordAdapterError(`Không lưu được thiết lập vào tài liệu: ${result.error?.message ?? "lỗi không rõ"}`),
            );
          } else resolve();
        });
      } catch (e) {
        reject(new WordAdapterError(wordErrorMessage(e, "Không lưu được thiết lập vào tài liệu")));
      }
    });
  }
}
