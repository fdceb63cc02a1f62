import { lazy, Suspense, useEffect, useMemo, useState } from "react";
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
import { browserDocumentHost } from "../browserDocumentHost";
import type { DocumentHost } from "../documentHost";
import type { DraftService } from "../drafts";
import { loadCheckCore, useCheck } from "../hooks/useCheck";
import { useDirectiveSource } from "../hooks/useDirectiveSource";
import { usePaneSettings } from "../hooks/usePaneSettings";
import ComposeTab from "./ComposeTab";

// The "Kiểm tra" and "Thiết lập" tabs and the checker itself are separate chunks, loaded when first needed (or just
// after the first paint): the pane opens on "Soạn thảo" without waiting for them.
const CheckTab = lazy(() => import(/* webpackChunkName: "check" */ "./CheckTab"));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings" */ "./SettingsTab"));

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
  documentHost?: DocumentHost;
  drafts?: DraftService;
  initialTab?: TabId;
}

/** The pane: its title, the tabs and the panel of the selected one; the state lives in the hooks. */
export default function App({ documentHost: given, drafts = NO_DRAFTS, initialTab = "compose" }: AppProps) {
  const styles = useStyles();
  const documentHost = useMemo(() => given ?? browserDocumentHost(), [given]);
  const [selected, setSelected] = useState<TabId>(initialTab);
  const { settings, saveError, updateSettings } = usePaneSettings(documentHost.settings);
  const { source, getSource } = useDirectiveSource(settings.directiveText);
  const check = useCheck({ documentHost, drafts, settings, updateSettings, getSource });

  // after the first paint, fetch the other tabs and the checker in the background, and warm the checker up on a
  // built-in sample (src/app/warmup) so that the drafter's first check runs on optimised code
  useEffect(() => {
    const timer = setTimeout(() => {
      void loadCheckCore()
        .then((core) => core.warmUpChecker(documentHost.kind === "word" ? "flatOpc" : "docx"))
        .then(() => {
          // a local timing mark (npm run bench waits for it); nothing is sent anywhere
          if (typeof performance.mark === "function") performance.mark("ketluan:warm");
        })
        .catch(() => undefined);
      void import(/* webpackChunkName: "check" */ "./CheckTab").catch(() => undefined);
      void import(/* webpackChunkName: "settings" */ "./SettingsTab").catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [documentHost]);

  const onTabSelect = (_event: SelectTabEvent, data: SelectTabData) => setSelected(data.value as TabId);

  return (
    <main className={styles.root} aria-label={APP_TITLE}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle2 as="h1" className={styles.title}>
          {APP_TITLE}
        </Subtitle2>
      </header>

      {documentHost.kind === "browser" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Đang chạy ngoài Word:</MessageBarTitle>
            trợ lý làm việc với tệp .docx bạn chọn từ máy (không gửi đi đâu); văn bản tạo ra được tải về.
          </MessageBarBody>
        </MessageBar>
      )}
      {saveError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{saveError}</MessageBarBody>
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
              documentHost={documentHost}
              drafts={drafts}
              source={source}
              getSource={getSource}
              particulars={settings.particulars}
              onChange={(particulars) => updateSettings({ particulars })}
              officeConfig={settings.officeConfig}
            />
          )}
          {tab.id === "check" && selected === "check" && (
            <Suspense fallback={<Spinner size="small" label="Đang nạp…" />}>
              <CheckTab {...check} />
            </Suspense>
          )}
          {tab.id === "settings" && selected === "settings" && (
            <Suspense fallback={<Spinner size="small" label="Đang nạp…" />}>
              <SettingsTab
                settings={settings}
                persistent={documentHost.settings.persistent}
                onChange={updateSettings}
              />
            </Suspense>
          )}
        </section>
      ))}
    </main>
  );
}
