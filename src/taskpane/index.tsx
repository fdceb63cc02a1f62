import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { detectHost, type HostInfo } from "./host";

/* global document */

function render(host: HostInfo): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App inWord={host.inWord} />
    </FluentProvider>,
  );
}

// Inside Word we render after Office.onReady; without office.js (the browser page offline) detectHost resolves at
// once. detectHost never rejects, so the page always renders.
void detectHost().then(render);
