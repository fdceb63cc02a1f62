/** @jest-environment jsdom */
import "./setup";
import "@testing-library/jest-dom";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { type AppProps } from "../../src/taskpane/components/App";
import type { DocumentHost } from "../../src/taskpane/documentHost";
import type { DraftService } from "../../src/taskpane/drafts";
import { DEFAULT_SETTINGS, MemorySettingsStore, parseSettings, serializeSettings } from "../../src/app/settings";
import { readDocument } from "../../src/docx/reader";
import { buildDocxFromSpec } from "../support/buildDocx";
import { blockPara, partyPlan, variant } from "../support/samples";

// Fluent UI in jsdom is slow on a loaded machine: generous per-test time (no timing is asserted)
jest.setTimeout(60_000);

afterEach(cleanup);

async function renderApp(props: AppProps) {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App {...props} />
      </FluentProvider>,
    );
  });
}

/** Word, as a fake host: a plan with a body paragraph in 12 pt (font/size) and one in Arial (font/family). */
function wordHost(store = new MemorySettingsStore()): DocumentHost {
  const plan = variant(partyPlan(), (d) => {
    blockPara(d, 6).sizePt = 12;
    blockPara(d, 8).font = "Arial";
  });
  const model = readDocument(buildDocxFromSpec(plan));
  return {
    kind: "word",
    settings: store,
    readDocument: jest.fn(async () => ({ model, notes: [] })),
    goTo: jest.fn(async () => undefined),
    applyFixes: jest.fn(async () => ({ applied: 0, skipped: [] })),
    insertClause: jest.fn(async () => undefined),
    deliverDraft: jest.fn(async () => "Đã tạo văn bản trong tài liệu."),
  };
}

const SIZE_FINDING = /^Cỡ chữ phần nội dung 12 pt/;
const FAMILY_FINDING = /^Phông chữ Arial/;

async function chooseConfig(json: string, name = "ketluan.config.json") {
  const file = new File([json], name, { type: "application/json" });
  Object.defineProperty(file, "text", { value: async () => json });
  const input = await screen.findByLabelText("Chọn tệp quy định của cơ quan (ketluan.config.json)");
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

async function runCheck() {
  fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  const button = await screen.findByRole("button", { name: "Kiểm tra" }, { timeout: 20_000 });
  await act(async () => {
    fireEvent.click(button);
  });
  await screen.findByRole("region", { name: "Tóm tắt kết quả" });
  return within(screen.getByRole("region", { name: "Các phát hiện" }));
}

describe("Thiết lập: the office's style sheet (ketluan.config.json)", () => {
  test("a sheet turning a rule off hides its finding; «Bỏ quy định» brings it back", async () => {
    const store = new MemorySettingsStore();
    await renderApp({ documentHost: wordHost(store), initialTab: "settings" });
    await chooseConfig(JSON.stringify({ rules: { "font/size": "off", "font/family": "warning" } }));
    expect(
      await screen.findByText("Đang dùng quy định: ketluan.config.json (1 quy tắc tắt, 1 hạ thành cảnh báo)"),
    ).toBeVisible();
    expect(screen.getByText(/Khóa «source» của tệp không dùng ở đây/)).toBeInTheDocument();

    let findings = await runCheck();
    expect(findings.queryByText(SIZE_FINDING)).not.toBeInTheDocument();
    expect(findings.getByText(FAMILY_FINDING)).toBeInTheDocument();

    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    const remove = await screen.findByRole("button", { name: "Bỏ quy định" }, { timeout: 20_000 });
    await act(async () => {
      fireEvent.click(remove);
    });
    expect(screen.queryByText(/^Đang dùng quy định/)).not.toBeInTheDocument();
    expect(store.load().officeConfig).toBeUndefined();

    findings = await runCheck();
    expect(findings.getByText(SIZE_FINDING)).toBeInTheDocument();
  });

  test("a sheet with a wrong key is refused, naming the key, and nothing changes", async () => {
    const store = new MemorySettingsStore();
    await renderApp({ documentHost: wordHost(store), initialTab: "settings" });
    await chooseConfig(JSON.stringify({ rules: { "font/sise": "off" } }), "sai.json");
    expect(await screen.findByText("Không nhập được quy định")).toBeVisible();
    expect(screen.getByText(/Tệp quy định sai\.json không hợp lệ, chưa lưu gì/)).toBeVisible();
    const keys = within(screen.getByRole("list", { name: "Các khóa sai" }));
    expect(keys.getByText(/\$\.rules\["font\/sise"\]/)).toBeVisible();
    expect(screen.queryByText(/^Đang dùng quy định/)).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Bỏ quy định" })).not.toBeInTheDocument();
    expect(store.load().officeConfig).toBeUndefined();

    // not JSON at all: said so, nothing stored
    await chooseConfig("{ rules: ", "hong.json");
    expect(await screen.findByText(/Tệp hong\.json không phải JSON hợp lệ/)).toBeVisible();
    expect(store.load().officeConfig).toBeUndefined();

    const findings = await runCheck();
    expect(findings.getByText(SIZE_FINDING)).toBeInTheDocument();
  });

  test("the stored sheet survives a re-render from the settings store", async () => {
    const store = new MemorySettingsStore();
    await renderApp({ documentHost: wordHost(store), initialTab: "settings" });
    await chooseConfig(JSON.stringify({ rules: { "font/size": "off" }, issuerCodes: { "Sở Công Thương": "SCT" } }));
    expect(await screen.findByText(/^Đang dùng quy định: ketluan\.config\.json/)).toBeVisible();
    cleanup();

    // as Word's store does: the settings are written out and read back
    const reloaded = new MemorySettingsStore(parseSettings(JSON.stringify(serializeSettings(store.load()))));
    await renderApp({ documentHost: wordHost(reloaded), initialTab: "settings" });
    expect(
      await screen.findByText(
        "Đang dùng quy định: ketluan.config.json (1 quy tắc tắt, 0 hạ thành cảnh báo, 1 ký hiệu cơ quan)",
      ),
    ).toBeVisible();
    const findings = await runCheck();
    expect(findings.queryByText(SIZE_FINDING)).not.toBeInTheDocument();
    expect(findings.getByText(FAMILY_FINDING)).toBeInTheDocument();
  });

  test("Soạn thảo: the sheet's issuer code numbers the draft when the form gives none", async () => {
    const drafts: DraftService = {
      renderDraft: jest.fn(async () => new Uint8Array([1, 2, 3])),
      renderClause: jest.fn(async () => ({ docx: new Uint8Array([4]), flatOpc: "<pkg:package/>" })),
    };
    const store = new MemorySettingsStore({
      ...DEFAULT_SETTINGS,
      particulars: {
        issuer: "BAN CHẤP HÀNH ĐẢNG BỘ XÃ MẪU",
        superior: "ĐẢNG BỘ TỈNH BẮC GIANG",
        place: "Lục Nam",
        signerName: "Nguyễn Văn An",
        conclusionNumber: "125-KL/TU",
        conclusionDate: "2023-09-05",
      },
      officeConfig: {
        fileName: "ketluan.config.json",
        text: JSON.stringify({ issuerCodes: { "Ban Chấp hành Đảng bộ xã Mẫu": "ĐUXM" } }),
      },
    });
    await renderApp({ documentHost: wordHost(store), drafts });
    const create = await screen.findByRole("button", { name: "Tạo văn bản" });
    await act(async () => {
      fireEvent.click(create);
    });
    expect(await screen.findByText("Đã tạo văn bản trong tài liệu.")).toBeInTheDocument();
    expect(drafts.renderDraft).toHaveBeenCalledWith(
      expect.objectContaining({ issuer: "BAN CHẤP HÀNH ĐẢNG BỘ XÃ MẪU", issuerCode: "ĐUXM" }),
      expect.anything(),
    );
    // the form itself is unchanged: the code comes from the sheet while it is in use
    expect(store.load().particulars.issuerCode).toBeUndefined();
  });
});
