import { useCallback, useRef, useState } from "react";
import type { DocumentModel } from "../../model/document";
import type { Fix } from "../../model/fix";
import { fixReportMessage, itemClause, itemInsertedMessage, type ActionMessage } from "../../app/actions";
import { directiveSourceFor } from "../../app/directiveSource";
import { withDefaults } from "../../app/draftForm";
import type { PaneSettings } from "../../app/settings";
import type { DirectiveSource } from "../../directives/types";
import type { DocumentHost } from "../documentHost";
import type { DraftService } from "../drafts";
// types only: the Kiểm tra tab itself is a lazily loaded chunk
import type { CheckState } from "../../app/session";
import type { CheckTabProps } from "../components/CheckTab";

/** The checker (reader, check pipeline, view model): its own chunk, loaded on the first check or after first paint. */
export const loadCheckCore = () => import(/* webpackChunkName: "check" */ "../../app/checkCore");

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** A local timing entry (npm run bench reads it from the page); nothing is sent anywhere. */
function measure(name: string, start: number): void {
  // jsdom and older webviews may lack User Timing
  if (typeof performance.measure === "function") performance.measure(name, { start, end: performance.now() });
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface CheckSession {
  documentHost: DocumentHost;
  drafts: DraftService;
  settings: PaneSettings;
  updateSettings: (patch: Partial<PaneSettings>) => void;
  /** The directive source now, for the clause of a missing item. */
  getSource: () => DirectiveSource;
}

/**
 * The Kiểm tra tab's state and actions: read the document (Word) or the chosen file (browser), check it, and act on
 * the result (go to, fix, insert a missing item's section, mark an item not applicable, say the draft implements the
 * source), re-checking after an action that changes the document or the settings.
 */
export function useCheck({ documentHost, drafts, settings, updateSettings, getSource }: CheckSession): CheckTabProps {
  const [check, setCheck] = useState<CheckState>({ status: "idle" });
  const [fileName, setFileName] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [actionMessage, setActionMessage] = useState<ActionMessage | undefined>();
  const model = useRef<{ model: DocumentModel; notes: string[] } | undefined>(undefined);

  const show = useCallback(async (m: { model: DocumentModel; notes: string[] }, s: PaneSettings) => {
    model.current = m;
    try {
      const core = await loadCheckCore();
      const t0 = performance.now();
      const view = core.buildCheckView(m.model, s, directiveSourceFor(s));
      measure("ketluan:rules", t0);
      setCheck({ status: "done", view, notes: m.notes });
    } catch (e) {
      setCheck({ status: "error", message: errorText(e) });
    }
  }, []);

  const runCheck = useCallback(async () => {
    if (!documentHost.readDocument) return;
    setCheck({ status: "working" });
    try {
      await show(await documentHost.readDocument(), settings);
    } catch (e) {
      setCheck({ status: "error", message: errorText(e) });
    }
  }, [documentHost, settings, show]);

  const onFile = useCallback(
    async (file: File) => {
      // file names may come decomposed (macOS): shown in NFC, like every other string of the pane
      const name = file.name.normalize("NFC");
      setCheck({ status: "working" });
      setFileName(name);
      setActionMessage(undefined);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        await tick(); // let the progress indicator paint before the synchronous read
        const { readDocument } = await loadCheckCore();
        const t0 = performance.now();
        const read = readDocument(bytes);
        measure("ketluan:read", t0);
        await show({ model: read, notes: [] }, settings);
      } catch (e) {
        setCheck({ status: "error", message: `${name}: ${errorText(e)}` });
      }
    },
    [settings, show],
  );

  const act = useCallback(
    async (work: () => Promise<ActionMessage | undefined>, recheck: boolean) => {
      setBusy(true);
      setActionMessage(undefined);
      try {
        setActionMessage(await work());
        if (recheck) await runCheck();
      } catch (e) {
        setActionMessage({ intent: "error", text: errorText(e) });
      } finally {
        setBusy(false);
      }
    },
    [runCheck],
  );

  const onGoTo = documentHost.goTo
    ? (paragraph: number, excerpt?: string) =>
        void act(async () => {
          await documentHost.goTo?.(paragraph, excerpt);
          return undefined;
        }, false)
    : undefined;

  const onFix = documentHost.applyFixes
    ? (fixes: Fix[]) =>
        void act(async () => {
          const current = model.current;
          if (!current || !documentHost.applyFixes) return undefined;
          return fixReportMessage(await documentHost.applyFixes(fixes, current.model));
        }, true)
    : undefined;

  const onInsertItem = documentHost.insertClause
    ? (item: string) =>
        void act(async () => {
          const view = check.status === "done" ? check.view : undefined;
          const clause = itemClause(item, withDefaults(settings.particulars), view?.result.documentType);
          const r = await drafts.renderClause(clause.id, clause.particulars, getSource());
          await documentHost.insertClause?.(r.flatOpc, view?.itemInsertAfter);
          return itemInsertedMessage(item);
        }, true)
    : undefined;

  // A setting the result depends on changed: the document already read is checked again with it.
  const updateAndShow = (patch: Partial<PaneSettings>) => {
    updateSettings(patch);
    if (model.current) void show(model.current, { ...settings, ...patch });
  };

  const onNotApplicable = (item: string, value: boolean) =>
    updateAndShow({
      notApplicable: value
        ? [...new Set([...settings.notApplicable, item])]
        : settings.notApplicable.filter((x) => x !== item),
    });

  // "Văn bản này thực hiện Kết luận": the drafter says so, and the checklist and required recipients come back.
  const onImplements = () => updateAndShow({ implementsConclusion: true });

  return {
    state: check,
    busy: busy || check.status === "working",
    onCheck: documentHost.readDocument ? () => void runCheck() : undefined,
    onFile: documentHost.readDocument ? undefined : (f) => void onFile(f),
    fileName,
    onGoTo,
    onFix,
    onInsertItem,
    onNotApplicable,
    onImplements,
    notApplicable: settings.notApplicable,
    actionMessage,
  };
}
