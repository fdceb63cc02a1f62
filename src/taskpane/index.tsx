import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { detectRuntime, type Runtime } from "./officeReady";
import { browserDocumentHost } from "./browserDocumentHost";
import type { DocumentHost } from "./documentHost";
import { bundledDraftService } from "./templateAssets";

/* global document */

async function render(runtime: Runtime): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const documentHost: DocumentHost = runtime.inWord
    ? (await import(/* webpackChunkName: "word" */ "./wordDocumentHost")).wordDocumentHost()
    : browserDocumentHost();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App documentHost={documentHost} drafts={bundledDraftService()} />
    </FluentProvider>,
  );
}

// Inside Word we render after Office.onReady; without office.js (the browser page: taskpane.html loads office.js only
// inside an Office host) detectRuntime resolves at once. detectRuntime never rejects, so the page always renders.
void detectRuntime()
  .then(render)
  .catch((e: unknown) => {
    // nothing fails silently: a chunk that cannot be loaded is said on the page
    const container = document.getElementById("container");
    if (container) container.textContent = `Không nạp được ngăn tác vụ: ${e instanceof Error ? e.message : String(e)}`;
  });
