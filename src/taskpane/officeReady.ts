/* global Office */

/** Where the task pane bundle is running: inside Word, or as the browser page. */
export interface Runtime {
  /** true inside Word (desktop, Mac or Word on the web); false for the browser page. */
  inWord: boolean;
  /** The Office host name reported by Office.onReady, if any (e.g. "Word"). */
  host: string | null;
}

export const OUTSIDE_OFFICE: Runtime = { inWord: false, host: null };

/** How long to wait for Office.onReady before rendering as the browser page anyway. */
export const OFFICE_READY_TIMEOUT_MS = 3000;

/**
 * Waits for Office.js when it is present and tells whether we run inside Word. Never throws and never hangs:
 * - `Office` undefined (office.js not loaded: offline browser page, CDN blocked, tests) → outside Office at once;
 * - office.js loaded in a plain browser tab → `Office.onReady` resolves with `host: null` → outside Office;
 * - `Office.onReady` failing or taking longer than `timeoutMs` → outside Office.
 */
export async function detectRuntime(timeoutMs: number = OFFICE_READY_TIMEOUT_MS): Promise<Runtime> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return OUTSIDE_OFFICE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const info = await Promise.race([Office.onReady(), timeout]);
    const host = info && info.host ? String(info.host) : null;
    return { inWord: host === "Word", host };
  } catch {
    return OUTSIDE_OFFICE;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
