import { DocumentSettingsStore, type OfficeSettingsLike } from "../../src/word/settings";
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY } from "../../src/app/settings";

class FakeSettings implements OfficeSettingsLike {
  values = new Map<string, unknown>();
  saved = 0;
  fail = false;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(callback?: Parameters<OfficeSettingsLike["saveAsync"]>[0]): void {
    this.saved++;
    setTimeout(() =>
      callback?.(
        this.fail
          ? { status: "failed", error: { message: "The document is read-only.", code: 5009 } }
          : { status: "succeeded", error: null },
      ),
    );
  }
}

describe("settings in the document", () => {
  test("particulars and not-applicable marks round-trip through Office.context.document.settings", async () => {
    const office = new FakeSettings();
    const store = new DocumentSettingsStore(office);
    expect(store.persistent).toBe(true);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    const value = {
      ...DEFAULT_SETTINGS,
      particulars: { issuer: "HUYỆN ỦY LỤC NAM", type: "plan" as const },
      notApplicable: ["2.4"],
      profile: "party" as const,
    };
    await store.save(value);
    expect(office.saved).toBe(1);
    expect(office.values.get(SETTINGS_KEY)).toMatchObject({ version: 1, notApplicable: ["2.4"] });
    expect(new DocumentSettingsStore(office).load()).toEqual(value);
  });

  test("a failed save is an error with a readable message", async () => {
    const office = new FakeSettings();
    office.fail = true;
    await expect(new DocumentSettingsStore(office).save(DEFAULT_SETTINGS)).rejects.toThrow(
      /Không lưu được thiết lập vào tài liệu: The document is read-only/,
    );
  });

  test("a save Word refuses without saying why, or a set that throws: readable errors", async () => {
    const silent: OfficeSettingsLike = {
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) => callback?.({ status: "failed", error: null }),
    };
    await expect(new DocumentSettingsStore(silent).save(DEFAULT_SETTINGS)).rejects.toThrow(
      "Không lưu được thiết lập vào tài liệu: lỗi không rõ",
    );
    const throwing: OfficeSettingsLike = {
      ...silent,
      set: () => {
        throw Object.assign(new Error("locked"), { code: "AccessDenied" });
      },
    };
    await expect(new DocumentSettingsStore(throwing).save(DEFAULT_SETTINGS)).rejects.toThrow(
      "Không lưu được thiết lập vào tài liệu: Word không cho phép thao tác này (tài liệu đang được bảo vệ hoặc chỉ đọc). (Word: AccessDenied – locked)",
    );
  });

  test("settings Word cannot give (get throws): the defaults", () => {
    const broken: OfficeSettingsLike = {
      get: () => {
        throw new Error("not ready");
      },
      set: () => undefined,
      saveAsync: () => undefined,
    };
    expect(new DocumentSettingsStore(broken).load()).toEqual(DEFAULT_SETTINGS);
  });

  test("malformed stored settings fall back to the defaults", () => {
    expect(parseSettings("{not json")).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ profile: "x", notApplicable: [1, "2.3"], disabledRules: "no" })).toEqual({
      ...DEFAULT_SETTINGS,
      notApplicable: ["2.3"],
    });
  });
});
