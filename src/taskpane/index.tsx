import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { detectHost, type HostInfo } from "./host";
import { browserPaneHost, wordPaneHost } from "./paneHost";
import { bundledDraftService } from "./templateAssets";

/* global document */

function render(info: HostInfo): void {
  const container = document.getElementById("container");
  if (!container) return;
  const host = info.inWord ? wordPaneHost() : browserPaneHost();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} drafts={bundledDraftService()} />
    </FluentProvider>,
  );
}

// Inside Word we render after Office.onReady; without office.js (the browser page: taskpane.html loads office.js only
// inside an Office host) detectHost resolves at once. detectHost never rejects, so the page always renders.
void detectHost().then(render);
