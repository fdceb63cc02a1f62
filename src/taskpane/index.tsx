import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { detectHost, type HostInfo } from "./host";
import { browserPaneHost, type PaneHost } from "./paneHost";
import { bundledDraftService } from "./templateAssets";

/* global document */

async function render(info: HostInfo): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const host: PaneHost = info.inWord
    ? (await import(/* webpackChunkName: "word" */ "./wordHost")).wordPaneHost()
    : browserPaneHost();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} drafts={bundledDraftService()} />
    </FluentProvider>,
  );
}

// Inside Word we render after Office.onReady; without office.js (the browser page: taskpane.html loads office.js only
// inside an Office host) detectHost resolves at once. detectHost never rejects, so the page always renders.
void detectHost()
  .then(render)
  .catch((e: unknown) => {
    // nothing fails silently: a chunk that cannot be loaded is said on the page
    const container = document.getElementById("container");
    if (container) container.textContent = `Không nạp được ngăn tác vụ: ${e instanceof Error ? e.message : String(e)}`;
  });
