import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Subtitle2,
  makeStyles,
  tokens,
  type SelectTabData,
  type SelectTabEvent,
} from "@fluentui/react-components";
import type { DocumentModel } from "../../model/document";
import type { Fix } from "../../model/fix";
import { directiveSourceFor } from "../../app/directiveSource";
import type { CoverageProvider } from "../../app/session";
import type { PaneSettings } from "../../app/settings";
import { defaultDirectiveSource } from "../../directives/seed";
import type { DirectiveSource } from "../../directives/types";
import { itemClauseId } from "../../templates/clauses";
import { browserPaneHost, type PaneHost } from "../paneHost";
import type { DraftService } from "../drafts";
import ComposeTab, { withDefaults } from "./ComposeTab";
import type { CheckState } from "./CheckTab";

// The "Kiểm tra" and "Thiết lập" tabs and the checker itself are separate chunks, loaded when first needed (or just
// after the first paint): the pane opens on "Soạn thảo" without waiting for them.
const CheckTab = lazy(() => import(/* webpackChunkName: "check" */ "./CheckTab"));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsTab"));
const loadCore = () => import(/* webpackChunkName: "check" */ "../../app/checkCore");

export const APP_TITLE = "Kết luận – Trợ lý soạn thảo";

export type TabId = "compose" | "check" | "settings";

export const TABS: readonly { id: TabId; label: string }[] = [
  { id: "compose", label: "Soạn thảo" },
  { id: "check", label: "Kiểm tra" },
  { id: "settings", label: "Thiết lập" },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    boxSizing: "border-box",
    minWidth: "0",
    maxWidth: "100%",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: "0" },
  logo: { flexShrink: 0, width: "32px", height: "32px" },
  title: { margin: "0", minWidth: "0", overflowWrap: "anywhere" },
  tabs: { flexWrap: "wrap" },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflowWrap: "anywhere",
  },
});

/** Not rendering drafts at all (tests that do not need it): every call says so. */
const NO_DRAFTS: DraftService = {
  renderDraft: () => Promise.reject(new Error("Chức năng tạo văn bản không có trong bản dựng này.")),
  renderClause: () => Promise.reject(new Error("Chức năng chèn đoạn mẫu không có trong bản dựng này.")),
};

export interface AppProps {
  /** Word or the browser page; the browser page by default (what most tests see). */
  host?: PaneHost;
  drafts?: DraftService;
  /** The coverage matcher: src/app/coverage.ts when omitted; null: none (the pane then says the checklist is absent). */
  coverage?: CoverageProvider | null;
  initialTab?: TabId;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export default function App({
  host: givenHost,
  drafts = NO_DRAFTS,
  coverage: givenCoverage,
  initialTab = "compose",
}: AppProps) {
  const styles = useStyles();
  const host = useMemo(() => givenHost ?? browserPaneHost(), [givenHost]);
  const [selected, setSelected] = useState<TabId>(initialTab);
  const [settings, setSettings] = useState<PaneSettings>(() => host.settings.load());
  const [settingsError, setSettingsError] = useState<string | undefined>();
  const [check, setCheck] = useState<CheckState>({ status: "idle" });
  const [fileName, setFileName] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [actionMessage, setActionMessage] = useState<CheckTabMessage | undefined>();
  const model = useRef<{ model: DocumentModel; notes: string[] } | undefined>(undefined);

  // The directive source (the seed conclusion parsed, ~0.1–0.2 s on a slow machine) is computed after the first
  // paint, so the pane is usable at once; actions that need it before then compute it on the spot.
  const [source, setSource] = useState<DirectiveSource | undefined>(undefined);
  const sourceFor = useCallback((text: string | undefined): DirectiveSource => {
    try {
      return directiveSourceFor({ directiveText: text });
    } catch {
      return defaultDirectiveSource();
    }
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setSource(sourceFor(settings.directiveText)), 0);
    return () => clearTimeout(timer);
  }, [settings.directiveText, sourceFor]);
  const getSource = () => source ?? sourceFor(settings.directiveText);
  // after the first paint, fetch the other tabs and the checker in the background
  useEffect(() => {
    const timer = setTimeout(() => {
      void loadCore().catch(() => undefined);
      void import(/* webpackChunkName: "check" */ "./CheckTab").catch(() => undefined);
      void import(/* webpackChunkName: "settings" */ "./SettingsTab").catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, []);

  const updateSettings = useCallback(
    (patch: Partial<PaneSettings>) => {
      const next = { ...settings, ...patch };
      setSettings(next);
      host.settings.save(next).then(
        () => setSettingsError(undefined),
        (e: unknown) => setSettingsError(errorText(e)),
      );
    },
    [host, settings],
  );

  const show = useCallback(
    async (m: { model: DocumentModel; notes: string[] }, s: PaneSettings) => {
      model.current = m;
      try {
        const core = await loadCore();
        const coverage = givenCoverage === undefined ? core.coverageProvider : (givenCoverage ?? undefined);
        setCheck({
          status: "done",
          view: core.buildCheckView(m.model, s, coverage, directiveSourceFor(s)),
          notes: m.notes,
        });
      } catch (e) {
        setCheck({ status: "error", message: errorText(e) });
      }
    },
    [givenCoverage],
  );

  const runCheck = useCallback(async () => {
    if (!host.readDocument) return;
    setCheck({ status: "working" });
    try {
      await show(await host.readDocument(), settings);
    } catch (e) {
      setCheck({ status: "error", message: errorText(e) });
    }
  }, [host, settings, show]);

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
        const { readDocument } = await loadCore();
        await show({ model: readDocument(bytes), notes: [] }, settings);
      } catch (e) {
        setCheck({ status: "error", message: `${name}: ${errorText(e)}` });
      }
    },
    [settings, show],
  );

  const act = useCallback(
    async (work: () => Promise<CheckTabMessage | undefined>, recheck: boolean) => {
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

  const onGoTo = host.goTo
    ? (paragraph: number, excerpt?: string) =>
        void act(async () => {
          await host.goTo?.(paragraph, excerpt);
          return undefined;
        }, false)
    : undefined;

  const onFix = host.applyFixes
    ? (fixes: Fix[]) =>
        void act(async () => {
          const current = model.current;
          if (!current || !host.applyFixes) return undefined;
          const report = await host.applyFixes(fixes, current.model);
          const skipped = report.skipped.map((s) => s.reason);
          return {
            intent: skipped.length > 0 ? "warning" : "success",
            text:
              `Đã sửa ${report.applied} chỗ.` +
              (skipped.length > 0 ? ` Không sửa được ${skipped.length} chỗ: ${[...new Set(skipped)].join("; ")}.` : ""),
          };
        }, true)
    : undefined;

  const onInsertItem = host.insertClause
    ? (item: string) =>
        void act(async () => {
          const p = withDefaults(settings.particulars);
          const view = check.status === "done" ? check.view : undefined;
          const type = view?.result.documentType === "report" ? "report" : p.type;
          const r = await drafts.renderClause(itemClauseId(type, item), { ...p, type }, getSource());
          await host.insertClause?.(r.flatOpc, view?.itemInsertAfter);
          return { intent: "success", text: `Đã chèn đoạn mẫu cho mục ${item}.` };
        }, true)
    : undefined;

  const onNotApplicable = (item: string, value: boolean) => {
    const notApplicable = value
      ? [...new Set([...settings.notApplicable, item])]
      : settings.notApplicable.filter((x) => x !== item);
    const next = { ...settings, notApplicable };
    updateSettings({ notApplicable });
    if (model.current) void show(model.current, next);
  };

  // "Văn bản này thực hiện Kết luận": the drafter says so, and the checklist and required recipients come back.
  const onImplements = () => {
    const next = { ...settings, implementsConclusion: true };
    updateSettings({ implementsConclusion: true });
    if (model.current) void show(model.current, next);
  };

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => setSelected(data.value as TabId);

  return (
    <main className={styles.root} aria-label={APP_TITLE}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle2 as="h1" className={styles.title}>
          {APP_TITLE}
        </Subtitle2>
      </header>

      {host.kind === "browser" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Đang chạy ngoài Word:</MessageBarTitle>
            trợ lý làm việc với tệp .docx bạn chọn từ máy (không gửi đi đâu); văn bản tạo ra được tải về.
          </MessageBarBody>
        </MessageBar>
      )}
      {settingsError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{settingsError}</MessageBarBody>
        </MessageBar>
      )}

      <TabList
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={onTabSelect}
        aria-label="Chức năng của trợ lý soạn thảo"
      >
        {TABS.map((tab) => (
          <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
            {tab.label}
          </Tab>
        ))}
      </TabList>

      {TABS.map((tab) => (
        <section
          key={tab.id}
          id={`panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`tab-${tab.id}`}
          hidden={selected !== tab.id}
          tabIndex={0}
          // the flex class only on the visible panel: a `display` style would override the `hidden` attribute
          className={selected === tab.id ? styles.panel : undefined}
        >
          {tab.id === "compose" && selected === "compose" && (
            <ComposeTab
              host={host}
              drafts={drafts}
              source={source}
              getSource={getSource}
              particulars={settings.particulars}
              onChange={(particulars) => updateSettings({ particulars })}
            />
          )}
          {tab.id === "check" && selected === "check" && (
            <Suspense fallback={<Spinner size="small" label="Đang nạp…" />}>
              <CheckTab
                state={check}
                busy={busy || check.status === "working"}
                onCheck={host.readDocument ? () => void runCheck() : undefined}
                onFile={host.readDocument ? undefined : (f) => void onFile(f)}
                fileName={fileName}
                onGoTo={onGoTo}
                onFix={onFix}
                onInsertItem={onInsertItem}
                onNotApplicable={onNotApplicable}
                onImplements={onImplements}
                notApplicable={settings.notApplicable}
                actionMessage={actionMessage}
              />
            </Suspense>
          )}
          {tab.id === "settings" && selected === "settings" && (
            <Suspense fallback={<Spinner size="small" label="Đang nạp…" />}>
              <SettingsTab settings={settings} persistent={host.settings.persistent} onChange={updateSettings} />
            </Suspense>
          )}
        </section>
      ))}
    </main>
  );
}

type CheckTabMessage = { intent: "success" | "error" | "warning"; text: string };
