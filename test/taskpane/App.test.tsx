/** @jest-environment jsdom */
import "./setup";
import "@testing-library/jest-dom";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { APP_TITLE, TABS } from "../../src/taskpane/components/App";
import { detectHost } from "../../src/taskpane/host";

function renderApp(props: { inWord?: boolean } = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

describe("task pane App (no Office global: the browser page)", () => {
  test("there is no Office global in this test", () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  });

  test("shows the title and the three tabs, the first one selected", () => {
    renderApp();
    expect(screen.getByRole("heading", { level: 1, name: APP_TITLE })).toBeInTheDocument();
    const tablist = screen.getByRole("tablist", { name: "Chức năng của trợ lý soạn thảo" });
    const tabs = within(tablist).getAllByRole("tab");
    // accessible names (Fluent repeats an unselected tab's label in an aria-hidden span that reserves bold width)
    expect(tabs).toHaveLength(3);
    ["Soạn thảo", "Kiểm tra", "Thiết lập"].forEach((label, i) => expect(tabs[i]).toHaveAccessibleName(label));
    expect(screen.getByRole("tab", { name: "Soạn thảo" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Soạn thảo");
  });

  test("clicking Kiểm tra shows its panel and hides the others", () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel", { name: "Kiểm tra" });
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(TABS.find((tab) => tab.id === "check")!.description);
    // only one panel is exposed at a time
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
    expect(screen.queryByRole("tabpanel", { name: "Soạn thảo" })).not.toBeInTheDocument();
    // and the hidden ones are really not displayed (the panel's own display style must not override `hidden`)
    expect(document.getElementById("panel-compose")).not.toBeVisible();
    expect(document.getElementById("panel-settings")).not.toBeVisible();
  });

  test("every tab controls a panel labelled by it", () => {
    renderApp();
    for (const tab of screen.getAllByRole("tab")) {
      const panelId = tab.getAttribute("aria-controls");
      expect(panelId).toBeTruthy();
      const panel = document.getElementById(panelId!);
      expect(panel).toHaveAttribute("role", "tabpanel");
      expect(panel).toHaveAttribute("aria-labelledby", tab.id);
    }
  });

  test("outside Word it says so in an info message bar", () => {
    renderApp();
    expect(screen.getByText(/Đang chạy ngoài Word/)).toBeInTheDocument();
  });

  test("inside Word there is no such message", () => {
    renderApp({ inWord: true });
    expect(screen.queryByText(/Đang chạy ngoài Word/)).not.toBeInTheDocument();
  });

  test("user-visible strings are NFC", () => {
    for (const text of [APP_TITLE, ...TABS.flatMap((tab) => [tab.label, tab.description])]) {
      expect(text).toBe(text.normalize("NFC"));
    }
  });
});

describe("detectHost", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("without Office: outside Word, at once", async () => {
    await expect(detectHost()).resolves.toEqual({ inWord: false, host: null });
  });

  test("office.js in a plain browser (host null): outside Word", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectHost()).resolves.toEqual({ inWord: false, host: null });
  });

  test("inside Word", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) };
    await expect(detectHost()).resolves.toEqual({ inWord: true, host: "Word" });
  });

  test("Office.onReady that never settles or throws does not block rendering", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(20)).resolves.toEqual({ inWord: false, host: null });
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => {
        throw new Error("boom");
      },
    };
    await expect(detectHost()).resolves.toEqual({ inWord: false, host: null });
  });
});
