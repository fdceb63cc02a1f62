import { useCallback, useRef, useState } from "react";
import type { DocumentModel } from "../../model/document";
import type { Fix } from "../../model/fix";
import {
  UNTRACKED_FIX_QUESTION,
  annotatedCopyMessage,
  annotatedFileName,
  commentReportMessage,
  fixReportMessage,
  itemClause,
  itemInsertedMessage,
  removedCommentsMessage,
  type ActionMessage,
} from "../../app/actions";
import {
  DECISIONS_IN_SETTINGS_NOTE,
  decisionsCopyMessage,
  decisionsFileName,
  effectiveDecisions,
  ignoredMessage,
  ruleOffMessage,
  unignoredMessage,
  withIgnored,
  withNotApplicable,
  withoutIgnored,
  withRuleOff,
  type DecisionStore,
} from "../../app/decisions";
import { directiveSourceFor } from "../../app/directiveSource";
import type { Decisions, IgnoredFinding } from "../../decisions";
import { withDefaults } from "../../app/draftForm";
import type { PaneSettings } from "../../app/settings";
import type { DirectiveSource } from "../../directives/types";
import type { CommentRequest, DocumentHost } from "../documentHost";
import type { DraftService } from "../drafts";
// types only: the Kiểm tra tab itself is a lazily loaded chunk
import type { CheckState, FindingView } from "../../app/session";
import type { CheckTabProps, Confirmation } from "../components/CheckTab";

/** The checker (reader, check pipeline, view model): its own chunk, loaded on the first check or after first paint. */
export const loadCheckCore = () => import(/* webpackChunkName: "check" */ "../../app/checkCore");
/** The annotated copy's writer (the browser page's «Tải bản có nhận xét»): its own chunk, loaded on that click. */
const loadAnnotate = () => import(/* webpackChunkName: "annotate" */ "../../annotate");

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
  const [confirmation, setConfirmation] = useState<Confirmation | undefined>();
  const [changeTracking, setChangeTracking] = useState<"on" | "off" | "unknown">("unknown");
  const model = useRef<Read | undefined>(undefined);
  /** The browser page: the chosen file's bytes (for the annotated copy). */
  const fileBytes = useRef<Uint8Array | undefined>(undefined);
  /** Word without WordApi 1.4: the drafter agreed once to fixes made directly. */
  const untrackedAgreed = useRef(false);
  /**
   * The decisions of the document shown, where the store is the document (Word, WordApi 1.4: read with each check)
   * or the pane's memory (the browser page: the chosen file's, then the drafter's). Word without WordApi 1.4 keeps
   * them in the settings instead.
   */
  const stored = useRef<Decisions | undefined>(undefined);
  const store: DecisionStore = documentHost.saveDecisions
    ? "document"
    : documentHost.kind === "word"
      ? "settings"
      : "memory";
  const decisionsFor = useCallback(
    (s: PaneSettings): Decisions =>
      effectiveDecisions(store === "settings" ? s.decisions : stored.current, s.notApplicable),
    [store],
  );

  const show = useCallback(
    async (m: Read, s: PaneSettings) => {
      model.current = m;
      setChangeTracking(m.changeTracking ?? "unknown");
      try {
        const core = await loadCheckCore();
        const t0 = performance.now();
        const view = core.buildCheckView(m.model, s, directiveSourceFor(s), decisionsFor(s));
        measure("ketluan:rules", t0);
        setCheck({ status: "done", view, notes: m.notes });
      } catch (e) {
        setCheck({ status: "error", message: errorText(e) });
      }
    },
    [decisionsFor],
  );

  const runCheck = useCallback(async () => {
    if (!documentHost.readDocument) return;
    setCheck({ status: "working" });
    try {
      const read = await documentHost.readDocument();
      if (read.decisions !== undefined) stored.current = read.decisions;
      await show(read, settings);
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
        fileBytes.current = bytes;
        await tick(); // let the progress indicator paint before the synchronous read
        const { readDocument, readDecisions } = await loadCheckCore();
        const t0 = performance.now();
        const read = readDocument(bytes);
        measure("ketluan:read", t0);
        // the decisions the file carries (written by `ketluan decide` or Word), then the drafter's in this session
        try {
          stored.current = readDecisions(bytes);
        } catch {
          stored.current = undefined;
        }
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
      setConfirmation(undefined);
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

  const fix = (fixes: Fix[]) =>
    void act(async () => {
      const current = model.current;
      if (!current || !documentHost.applyFixes) return undefined;
      const report = await documentHost.applyFixes(fixes, current.model, { trackChanges: settings.trackFixes });
      return fixReportMessage(report);
    }, true);

  // Without WordApi 1.4 the add-in can neither see nor turn on change tracking: it says so and edits after a «Vẫn sửa».
  const onFix = documentHost.applyFixes
    ? (fixes: Fix[]) => {
        if (documentHost.reviewSupported !== false || untrackedAgreed.current) return fix(fixes);
        setActionMessage(undefined);
        setConfirmation({
          text: UNTRACKED_FIX_QUESTION,
          confirmLabel: "Vẫn sửa",
          onConfirm: () => {
            untrackedAgreed.current = true;
            fix(fixes);
          },
          onCancel: () => setConfirmation(undefined),
        });
      }
    : undefined;

  const doneView = check.status === "done" ? check.view : undefined;

  const comment = (plan: (core: Awaited<ReturnType<typeof loadCheckCore>>, m: DocumentModel) => CommentRequest[]) =>
    void act(async () => {
      const current = model.current;
      if (!current || !documentHost.insertComments) return undefined;
      const core = await loadCheckCore();
      return commentReportMessage(await documentHost.insertComments(plan(core, current.model), current.model));
    }, false);

  const onComment =
    documentHost.insertComments && doneView
      ? (finding: FindingView) => comment((core, m) => core.commentForFinding(finding, doneView.result, m))
      : undefined;

  const onCommentAll =
    documentHost.insertComments && doneView
      ? () => comment((core, m) => core.commentsForResult(doneView.result, m, getSource()))
      : undefined;

  const onRemoveComments = documentHost.removeComments
    ? () =>
        void act(async () => {
          if (!documentHost.removeComments) return undefined;
          return removedCommentsMessage(await documentHost.removeComments());
        }, false)
    : undefined;

  // The browser page: the annotated copy of the chosen file (what `ketluan check --annotate` writes), as a download.
  const onDownloadAnnotated =
    documentHost.download && doneView
      ? () =>
          void act(async () => {
            const bytes = fileBytes.current;
            if (!bytes || !documentHost.download) return undefined;
            const [{ annotateDocument }, core] = await Promise.all([loadAnnotate(), loadCheckCore()]);
            const out = annotateDocument(bytes, doneView.result, {
              date: new Date(),
              sourceDocument: core.sourceDocumentName(getSource()),
            });
            const name = annotatedFileName(fileName);
            if (out.comments.length > 0) documentHost.download(out.bytes, name);
            return annotatedCopyMessage(name, out.comments.length);
          }, false)
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

  /**
   * A decision taken: stored where this host keeps decisions (the document, the settings, the memory), then the
   * document already read is shown again with it. The items earlier versions kept in `settings.notApplicable` move
   * into the store with the first decision.
   */
  const decide = (change: (d: Decisions) => Decisions | Promise<Decisions>, message: ActionMessage) =>
    void act(async () => {
      const next = await change(decisionsFor(settings));
      let patch: Partial<PaneSettings> = settings.notApplicable.length > 0 ? { notApplicable: [] } : {};
      if (store === "document") await documentHost.saveDecisions?.(next);
      if (store === "settings") patch = { ...patch, decisions: next };
      else stored.current = next;
      if (Object.keys(patch).length > 0) updateSettings(patch);
      if (model.current) await show(model.current, { ...settings, ...patch });
      return message;
    }, false);

  const onNotApplicable = (item: string, value: boolean, reason?: string) =>
    decide(
      (d) => withNotApplicable(d, item, value, reason),
      value
        ? { intent: "success", text: `Mục ${item}: không áp dụng${reason?.trim() ? ` — ${reason.trim()}` : ""}.` }
        : { intent: "success", text: `Mục ${item}: đối chiếu lại.` },
    );

  const onIgnore = (finding: FindingView, reason?: string) => {
    const current = model.current;
    if (!current) return;
    decide(async (d) => {
      const core = await loadCheckCore();
      return withIgnored(d, core.ignoreDecision(current.model, finding.rule, finding.paragraph, reason));
    }, ignoredMessage(store));
  };

  const onUndoIgnore = (decision: IgnoredFinding) => decide((d) => withoutIgnored(d, decision), unignoredMessage());

  const onRuleOff = (rule: string, off: boolean) =>
    decide((d) => withRuleOff(d, rule, off), ruleOffMessage(rule, off, store));

  // The browser page: the chosen file with the decisions stored in it, as `ketluan decide` writes them.
  const onDownloadDecisions =
    documentHost.download && doneView
      ? () =>
          void act(async () => {
            const bytes = fileBytes.current;
            if (!bytes || !documentHost.download) return undefined;
            const core = await loadCheckCore();
            const name = decisionsFileName(fileName);
            documentHost.download(core.writeDecisions(bytes, decisionsFor(settings)), name);
            return decisionsCopyMessage(name);
          }, false)
      : undefined;

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
    notApplicable: decisionsFor(settings).notApplicable.map((x) => x.item),
    onIgnore,
    onUndoIgnore,
    onRuleOff,
    onDownloadDecisions,
    decisionsNote: store === "settings" ? DECISIONS_IN_SETTINGS_NOTE : undefined,
    actionMessage,
    confirmation,
    review:
      documentHost.kind === "word" && documentHost.applyFixes
        ? {
            supported: documentHost.reviewSupported !== false,
            changeTracking,
            trackFixes: settings.trackFixes,
            onTrackFixes: (value: boolean) => updateSettings({ trackFixes: value }),
          }
        : undefined,
    onComment,
    onCommentAll,
    onRemoveComments,
    onDownloadAnnotated,
  };
}

/** A document as read for a check: its model, notes on how it was read, whether Word tracks changes in it. */
type Read = { model: DocumentModel; notes: string[]; changeTracking?: "on" | "off" | "unknown" };
