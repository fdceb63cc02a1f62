import { useCallback, useState } from "react";
import type { PaneSettings, SettingsStore } from "../../app/settings";

/** The pane's settings as React state, saved to the host's store on every change; a failed save is said. */
export function usePaneSettings(store: SettingsStore) {
  const [settings, setSettings] = useState<PaneSettings>(() => store.load());
  const [saveError, setSaveError] = useState<string | undefined>();
  const updateSettings = useCallback(
    (patch: Partial<PaneSettings>) => {
      const next = { ...settings, ...patch };
      setSettings(next);
      store.save(next).then(
        () => setSaveError(undefined),
        (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)),
      );
    },
    [store, settings],
  );
  return { settings, saveError, updateSettings };
}
