/** @jest-environment jsdom */
import "./setup";
import "@testing-library/jest-dom";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { unzipSync } from "fflate";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { APP_TITLE, TABS, type AppProps } from "../../src/taskpane/components/App";
import { detectRuntime } from "../../src/taskpane/officeReady";
import { browserDocumentHost } from "../../src/taskpane/browserDocumentHost";
import type { DocumentHost } from "../../src/taskpane/documentHost";
import { MemorySettingsStore, DEFAULT_SETTINGS } from "../../src/app/settings";
import { buildCheckView } from "../../src/app/session";
import CheckTab from "../../src/taskpane/components/CheckTab";
import { FINDINGS_SHOWN } from "../../src/taskpane/components/FindingsList";
import { readDocument } from "../../src/docx/reader";
import { excerptOf } from "../../src/model/excerpt";
import { buildDocxFromSpec, docxPartsFromSpec, makeFlatOpc } from "../support/buildDocx";
import { wordDocumentHost } from "../../src/taskpane/wordDocumentHost";
import { SETTINGS_KEY, parseSettings, serializeSettings, type PaneSettings } from "../../src/app/settings";
import { ignoreDecision } from "../../src/decisions";
import { decisionsFromXml, decisionsToXml } from "../../src/decisions/xml";
import { readDecisions } from "../../src/decisions/package";
import { FakeWordState, fakeWordApi } from "../word/fakeWord";
import { blockPara, partyPlan, planNotCitingTheConclusion, variant } from "../support/samples";
import type { DraftService } from "../../src/taskpane/drafts";
import { planAnsweringItemOneAtLength, twoItemSettings } from "./twoItems";

// Fluent UI in jsdom is slow on a loaded machine: generous per-test time (no timing is asserted)
jest.setTimeout(30_000);

/** Renders the pane and lets React settle (the lazily loaded tabs and checker resolve inside act). */
async function renderApp(props: AppProps = {}) {
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(
      <FluentProvider theme={webLightTheme}>
        <App {...props} />
      </FluentProvider>,
    );
  });
  return result!;
}

/** A plan with a body paragraph in 12 pt (a font/size error) and Arial (font/family). */
function flawedPlan() {
  return variant(partyPlan(), (d) => {
    blockPara(d, 6).sizePt = 12;
    blockPara(d, 8).font = "Arial";
  });
}

/** The browser page with the two-item source pasted in Thiết lập (./twoItems): 2.1 answered, 2.2 missing. */
function browserWithTwoItems(): DocumentHost {
  return { ...browserDocumentHost(), settings: new MemorySettingsStore(twoItemSettings()) };
}

/** Word, as a fake document host that records what the pane asks of it; the document is flawedPlan(). */
function fakeWordHost(overrides: Partial<DocumentHost> = {}): DocumentHost & { calls: string[] } {
  const calls: string[] = [];
  const model = readDocument(buildDocxFromSpec(flawedPlan()));
  return {
    kind: "word",
    calls,
    settings: new MemorySettingsStore(),
    readDocument: jest.fn(async () => {
      calls.push("read");
      return { model, notes: [] };
    }),
    goTo: jest.fn(async (p: number, ex?: string) => {
      calls.push(`goTo ${p} ${ex ?? ""}`);
    }),
    applyFixes: jest.fn(async () => {
      calls.push("fix");
      return { applied: 1, skipped: [] };
    }),
    insertClause: jest.fn(async (_x: string, after?: number) => {
      calls.push(`insert after ${after}`);
    }),
    deliverDraft: jest.fn(async () => "Đã tạo văn bản trong tài liệu."),
    ...overrides,
  };
}

const drafts: DraftService = {
  renderDraft: jest.fn(async () => new Uint8Array([1, 2, 3])),
  renderClause: jest.fn(async () => ({ docx: new Uint8Array([4]), flatOpc: "<pkg:package/>" })),
};

describe("shell", () => {
  test("there is no Office global in this test", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
  });

  test("title, three tabs, the first selected; each tab controls a panel labelled by it", async () => {
    await renderApp();
    expect(screen.getByRole("heading", { level: 1, name: APP_TITLE })).toBeInTheDocument();
    const tabs = within(screen.getByRole("tablist", { name: "Chức năng của trợ lý soạn thảo" })).getAllByRole("tab");
    expect(tabs).toHaveLength(3);
    ["Soạn thảo", "Kiểm tra", "Thiết lập"].forEach((label, i) => expect(tabs[i]).toHaveAccessibleName(label));
    expect(screen.getByRole("tab", { name: "Soạn thảo" })).toHaveAttribute("aria-selected", "true");
    for (const tab of tabs) {
      const panel = document.getElementById(tab.getAttribute("aria-controls")!);
      expect(panel).toHaveAttribute("role", "tabpanel");
      expect(panel).toHaveAttribute("aria-labelledby", tab.id);
    }
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getAllByRole("tabpanel")).toHaveLength(1);
    expect(screen.getByRole("tabpanel", { name: "Kiểm tra" })).toBeVisible();
    expect(document.getElementById("panel-compose")).not.toBeVisible();
  });

  test("outside Word it says so; inside Word it does not", async () => {
    const { unmount } = await renderApp();
    expect(screen.getByText(/Đang chạy ngoài Word/)).toBeInTheDocument();
    unmount();
    await renderApp({ documentHost: fakeWordHost() });
    expect(screen.queryByText(/Đang chạy ngoài Word/)).not.toBeInTheDocument();
  });

  test("user-visible strings are NFC", async () => {
    for (const text of [APP_TITLE, ...TABS.map((t) => t.label)]) expect(text).toBe(text.normalize("NFC"));
    await renderApp({ documentHost: fakeWordHost(), initialTab: "check" });
    const all = document.body.textContent ?? "";
    expect(all).toBe(all.normalize("NFC"));
  });
});

describe("Kiểm tra in the browser page", () => {
  test("a chosen .docx is read and checked: findings, no Đi tới or Sửa", async () => {
    await renderApp({ documentHost: browserWithTwoItems(), initialTab: "check" });
    expect(await screen.findByText(/Chọn một tệp .docx/)).toBeInTheDocument();
    const input = await screen.findByLabelText("Chọn tệp .docx để kiểm tra");
    const bytes = buildDocxFromSpec(flawedPlan());
    const file = new File([bytes.slice().buffer], "ke-hoach.docx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    expect(screen.getByText("Tệp: ke-hoach.docx")).toBeInTheDocument();
    expect(screen.getByText(/Thể thức \(\d+\)/)).toBeInTheDocument();
    expect(screen.getAllByText(/Căn cứ:/).length).toBeGreaterThan(0);
    expect(screen.queryByRole("button", { name: /^Đi tới/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Sửa/ })).not.toBeInTheDocument();
    // coverage: the missing item is flagged; no insert button outside Word; evidence is plain text
    const missing = document.querySelector('[data-item="2.2"]') as HTMLElement;
    expect(missing).toHaveAttribute("data-status", "missing");
    expect(within(missing).getByText("Còn thiếu")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Chèn đoạn mẫu/ })).not.toBeInTheDocument();
    expect(screen.getByText("1/2 mục đã đáp ứng")).toBeInTheDocument();
  });

  test("a group of many findings shows the first ones and «Xem thêm» the rest", async () => {
    // sixty headings numbered III., II., III., …: one numbering finding for most of them
    const spec = variant(partyPlan(), (d) => {
      const p = blockPara(d, 6);
      const headings = Array.from({ length: 60 }, (_, i) => ({
        ...p,
        text: `${i % 2 === 0 ? "III" : "II"}. Mục ${i}`,
      }));
      d.blocks.splice(7, 0, ...headings);
    });
    const bytes = buildDocxFromSpec(spec);
    const numbering = buildCheckView(readDocument(bytes), DEFAULT_SETTINGS).result.findings.filter(
      (f) => f.rule === "structure/numbering",
    ).length;
    expect(numbering).toBeGreaterThan(FINDINGS_SHOWN);
    await renderApp({ initialTab: "check" });
    const file = new File([bytes.slice().buffer], "ke-hoach-dai.docx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await act(async () => {
      fireEvent.change(await screen.findByLabelText("Chọn tệp .docx để kiểm tra"), { target: { files: [file] } });
    });
    const findings = within(await screen.findByRole("region", { name: "Các phát hiện" }));
    const numberingRows = () => findings.getAllByRole("listitem").filter((li) => /Mục|mục/.test(li.textContent ?? ""));
    expect(numberingRows()).toHaveLength(FINDINGS_SHOWN);
    fireEvent.click(findings.getByRole("button", { name: `Xem thêm ${numbering - FINDINGS_SHOWN} phát hiện` }));
    expect(numberingRows()).toHaveLength(numbering);
    expect(findings.queryByRole("button", { name: /^Xem thêm/ })).not.toBeInTheDocument();
  });

  test("a file that is not a .docx: an error state with the reason", async () => {
    await renderApp({ initialTab: "check" });
    const file = new File(["hello"], "notes.txt");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new TextEncoder().encode("hello").buffer });
    const input = await screen.findByLabelText("Chọn tệp .docx để kiểm tra");
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không kiểm tra được");
    expect(alert).toHaveTextContent("notes.txt");
  });
});

describe("Kiểm tra in Word", () => {
  test("Kiểm tra → progress → summary; Đi tới selects; Chèn đoạn mẫu goes to the end of section II; Không áp dụng", async () => {
    const host = fakeWordHost({ settings: new MemorySettingsStore(twoItemSettings()) });
    await renderApp({ documentHost: host, drafts, initialTab: "check" });
    expect(await screen.findByText(/Bấm «Kiểm tra»/)).toBeInTheDocument();
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByText("Đang kiểm tra văn bản…")).toBeInTheDocument();
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    expect(host.calls).toEqual(["read"]);

    const goTo = screen.getAllByRole("button", { name: /^Đi tới đoạn/ })[0]!;
    await act(async () => {
      fireEvent.click(goTo);
    });
    expect(host.goTo).toHaveBeenCalledTimes(1);

    // evidence links go to their paragraph: 2.1 is answered by partyPlan's "Quán triệt sâu sắc…"
    const plan = readDocument(buildDocxFromSpec(flawedPlan()));
    const answer = plan.paragraphs.findIndex((p) => p.text.startsWith("Quán triệt sâu sắc"));
    const excerpt = excerptOf(plan.paragraphs[answer]!.text);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: `Đoạn ${answer}: «${excerpt}»` }));
    });
    expect(host.goTo).toHaveBeenLastCalledWith(answer, excerpt);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Chèn đoạn mẫu cho mục 2.2" }));
    });
    expect(drafts.renderClause).toHaveBeenCalledWith(
      "nhiem-vu-2.2",
      expect.objectContaining({ type: "plan" }),
      expect.anything(),
    );
    // partyPlan: "II. NHIỆM VỤ..." is paragraph 9+, the last paragraph of section II is the one before "III."
    const model = (await host.readDocument!()).model;
    const iii = model.paragraphs.findIndex((p) => p.text.startsWith("III."));
    expect(host.calls).toContain(`insert after ${iii - 1}`);
    await screen.findByText("Đã chèn đoạn mẫu cho mục 2.2.");

    const na = screen.getByRole("checkbox", { name: "Mục 2.2: không áp dụng" });
    await act(async () => {
      fireEvent.click(na);
    });
    // this host cannot store decisions in the document (no WordApi 1.4): the pane's settings keep them, and say so
    await waitFor(() => expect(host.settings.load().decisions.notApplicable).toEqual([{ item: "2.2" }]));
    expect(document.querySelector('[data-item="2.2"]')).toHaveAttribute("data-status", "not-applicable");
    expect(screen.getByText(/ketluan check không đọc được chúng\.$/)).toBeVisible();
  });

  test("fixes that Word could not apply are reported with their reason", async () => {
    const host = fakeWordHost({
      applyFixes: async () => ({
        applied: 0,
        skipped: [
          { edit: { kind: "setPageSize", section: 0, widthMm: 210, heightMm: 297 }, reason: "cần WordApiDesktop 1.3" },
        ],
      }),
    });
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: /^Sửa: / })[0]!);
    });
    expect(await screen.findByText(/Không sửa được 1 chỗ: cần WordApiDesktop 1\.3/)).toBeInTheDocument();
  });

  test("long evidence lists are shortened, with a keyboard-reachable 'Xem thêm'", async () => {
    // four paragraphs answer 2.1
    const model = readDocument(buildDocxFromSpec(planAnsweringItemOneAtLength()));
    const host = fakeWordHost({
      settings: new MemorySettingsStore(twoItemSettings()),
      readDocument: jest.fn(async () => ({ model, notes: [] })),
    });
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const list = await screen.findByRole("list", { name: "Căn cứ cho mục 2.1" });
    expect(within(list).getAllByRole("button", { name: /^Đoạn/ })).toHaveLength(2);
    fireEvent.click(within(list).getByRole("button", { name: "Xem thêm 2 đoạn căn cứ cho mục 2.1" }));
    expect(within(list).getAllByRole("button", { name: /^Đoạn/ })).toHaveLength(4);
  });

  test("a Word error reaches the pane as a readable message", async () => {
    const host = fakeWordHost({
      readDocument: async () => {
        throw new Error("Không đọc được tài liệu từ Word: Word không cho phép thao tác này.");
      },
    });
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Word không cho phép thao tác này");
  });

  test("an error of Đi tới is shown, not swallowed", async () => {
    const host = fakeWordHost({
      goTo: async () => {
        throw new Error("Không đi tới được vị trí này: Không còn tìm thấy vị trí này.");
      },
    });
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: /^Đi tới đoạn/ })[0]!);
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Không đi tới được vị trí này");
  });
});

describe("Kiểm tra in Word, through the Word adapter and the fake Word", () => {
  afterEach(() => {
    delete (globalThis as { Word?: unknown }).Word;
    delete (globalThis as { Office?: unknown }).Office;
  });

  /** The pane's real Word host (wordDocumentHost: the adapter, the document's settings) over the fake Word. */
  function wordHostOver(state: FakeWordState): DocumentHost {
    const api = fakeWordApi(state, ["WordApiDesktop 1.3"]);
    const stored = new Map<string, unknown>();
    Object.assign(globalThis, {
      Word: { run: api.run },
      Office: {
        context: {
          requirements: { isSetSupported: api.isSetSupported },
          document: {
            settings: {
              get: (k: string) => stored.get(k),
              set: (k: string, v: unknown) => stored.set(k, v),
              saveAsync: (cb?: (r: { status: string; error: null }) => void) =>
                cb?.({ status: "succeeded", error: null }),
            },
          },
        },
      },
    });
    return wordDocumentHost();
  }

  test("the count mismatch is noted; Sửa cures a finding and Sửa tất cả every finding of its rule", async () => {
    // two body paragraphs in 12 pt (two font/size fixes), one in Arial (one font/family fix)
    const plan = variant(partyPlan(), (d) => {
      blockPara(d, 6).sizePt = 12;
      blockPara(d, 8).sizePt = 12;
      blockPara(d, 4).font = "Arial";
    });
    const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(plan)));
    await renderApp({ documentHost: wordHostOver(state), initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    // the plan ends with its signature table: Word lists an empty paragraph after it that the reader does not read
    expect(
      screen.getByText("Số đoạn Word báo khác số đoạn đọc được: «Đi tới» có thể chọn đoạn lân cận."),
    ).toBeVisible();
    const findings = () => within(screen.getByRole("region", { name: "Các phát hiện" }));
    expect(findings().getAllByText(/^Cỡ chữ phần nội dung 12 pt/)).toHaveLength(2);
    expect(findings().getByText(/^Phông chữ Arial/)).toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Sửa: Đặt phông Times New Roman/ }));
    });
    expect(await screen.findByText("Đã sửa 1 chỗ.")).toBeInTheDocument();
    await waitFor(() => expect(findings().queryByText(/^Phông chữ Arial/)).not.toBeInTheDocument());
    expect(findings().getAllByText(/^Cỡ chữ phần nội dung 12 pt/)).toHaveLength(2);

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Sửa tất cả font/size (2)" }));
    });
    expect(await screen.findByText("Đã sửa 2 chỗ.")).toBeInTheDocument();
    await waitFor(() => expect(findings().queryByText(/^Cỡ chữ phần nội dung/)).not.toBeInTheDocument());
    // and in the document itself: the reader finds both paragraphs at 14 pt, in Times New Roman
    const model = readDocument(state.ooxml());
    const body = model.paragraphs.filter((p) => /^(Quán triệt|Tập trung|Thực hiện Kết luận)/.test(p.text));
    expect(body.flatMap((p) => p.runs.map((r) => `${r.font} ${r.sizePt}`))).toEqual([
      "Times New Roman 14",
      "Times New Roman 14",
      "Times New Roman 14",
    ]);
  });
});

describe("the review loop in Word: tracked fixes and comments", () => {
  /** Word that can track and comment (WordApi 1.4), reading a document whose tracking is `tracking`. */
  function reviewHost(tracking: "on" | "off" | "unknown", overrides: Partial<DocumentHost> = {}) {
    const model = readDocument(buildDocxFromSpec(flawedPlan()));
    return fakeWordHost({
      readDocument: jest.fn(async () => ({ model, notes: [], changeTracking: tracking })),
      applyFixes: jest.fn(async () => ({ applied: 1, skipped: [], tracking: "turnedOn" as const })),
      reviewSupported: true,
      insertComments: jest.fn(async (comments) => ({ added: comments.length, existing: 0, skipped: [] })),
      removeComments: jest.fn(async () => ({ removed: 3, kept: 1 })),
      ...overrides,
    });
  }

  async function checkedPane(host: DocumentHost) {
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    return within(screen.getByRole("region", { name: "Xem lại" }));
  }

  test("an untracked document: «Sửa có theo dõi thay đổi» is offered, remembered, and Sửa then asks Word to track", async () => {
    const host = reviewHost("off");
    const review = await checkedPane(host);
    const toggle = review.getByRole("switch", { name: "Sửa có theo dõi thay đổi" });
    expect(toggle).not.toBeChecked();
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect(toggle).toBeChecked();
    expect(host.settings.load().trackFixes).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: /^Sửa: / })[0]!);
    });
    expect(host.applyFixes).toHaveBeenCalledWith(expect.any(Array), expect.anything(), { trackChanges: true });
    expect(
      await screen.findByText(/^Đã sửa 1 chỗ\. Đã bật Theo dõi thay đổi cho tài liệu \(và để bật\)/),
    ).toBeVisible();
  });

  test("the switch off: Sửa does not ask for tracking; a tracked document says its fixes are tracked, no switch", async () => {
    const host = reviewHost("off", {
      applyFixes: jest.fn(async () => ({ applied: 2, skipped: [], tracking: "direct" as const })),
    });
    await checkedPane(host);
    await act(async () => {
      fireEvent.click(screen.getAllByRole("button", { name: /^Sửa: / })[0]!);
    });
    expect(host.applyFixes).toHaveBeenCalledWith(expect.any(Array), expect.anything(), { trackChanges: false });
    expect(await screen.findByText("Đã sửa 2 chỗ.")).toBeVisible();
    cleanup();

    const review = await checkedPane(reviewHost("on"));
    expect(review.queryByRole("switch")).not.toBeInTheDocument();
    expect(review.getByText(/^Tài liệu đang bật Theo dõi thay đổi: mỗi chỗ Sửa hiện trong thẻ Xem lại/)).toBeVisible();
  });

  test("Word without WordApi 1.4: it says so, Sửa waits for «Vẫn sửa» (once), no comment buttons", async () => {
    const host = fakeWordHost({ reviewSupported: false });
    const review = await checkedPane(host);
    expect(
      review.getByText(/chưa cho phần bổ trợ dùng Theo dõi thay đổi và nhận xét \(cần WordApi 1\.4\)/),
    ).toBeVisible();
    expect(review.queryByRole("switch")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Ghi nhận xét/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Xóa nhận xét của ketluan" })).not.toBeInTheDocument();

    const fixButton = () => screen.getAllByRole("button", { name: /^Sửa: / })[0]!;
    fireEvent.click(fixButton());
    const question = screen.getByRole("alertdialog", { name: "Xác nhận" });
    expect(question).toHaveTextContent("các chỗ sửa sẽ ghi thẳng vào tài liệu");
    expect(host.applyFixes).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(host.applyFixes).not.toHaveBeenCalled();

    fireEvent.click(fixButton());
    await act(async () => {
      fireEvent.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Vẫn sửa" }));
    });
    expect(host.applyFixes).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Đã sửa 1 chỗ.")).toBeVisible();
    // agreed once: the next Sửa goes straight in
    await act(async () => {
      fireEvent.click(fixButton());
    });
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(host.applyFixes).toHaveBeenCalledTimes(2);
  });

  test("«Ghi nhận xét» on a finding, «Ghi nhận xét tất cả», «Xóa nhận xét của ketluan»: what Word is asked, what is said", async () => {
    const host = reviewHost("off");
    const review = await checkedPane(host);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Ghi nhận xét: Phông chữ Arial/ }));
    });
    const model = readDocument(buildDocxFromSpec(flawedPlan()));
    const arial = model.paragraphs.findIndex((p) => p.runs.some((r) => r.font === "Arial"));
    expect(host.insertComments).toHaveBeenLastCalledWith(
      [{ paragraph: arial, text: expect.stringMatching(/^Lỗi \(font\/family\): Phông chữ Arial[^\n]*\nCăn cứ: /) }],
      model,
    );
    expect(await screen.findByText("Đã ghi 1 nhận xét vào tài liệu (thẻ Xem lại › Hiện nhận xét).")).toBeVisible();

    await act(async () => {
      fireEvent.click(review.getByRole("button", { name: "Ghi nhận xét tất cả" }));
    });
    const all = (host.insertComments as jest.Mock).mock.calls.at(-1)![0] as { paragraph: number; text: string }[];
    expect(all.map((c) => c.text.split(":")[0])).toEqual(
      expect.arrayContaining(["Lỗi (font/size)", "Lỗi (font/family)", "Đối chiếu nhiệm vụ của Kết luận"]),
    );
    expect(
      await screen.findByText(`Đã ghi ${all.length} nhận xét vào tài liệu (thẻ Xem lại › Hiện nhận xét).`),
    ).toBeVisible();

    await act(async () => {
      fireEvent.click(review.getByRole("button", { name: "Xóa nhận xét của ketluan" }));
    });
    expect(host.removeComments).toHaveBeenCalledTimes(1);
    expect(await screen.findByText("Đã xóa 3 nhận xét của ketluan. Giữ nguyên 1 nhận xét khác.")).toBeVisible();
    // comments do not change the text: no re-check after them
    expect(host.readDocument).toHaveBeenCalledTimes(1);
  });

  test("through the Word adapter and the fake Word: tracked Sửa, comments written and removed", async () => {
    const state = new FakeWordState(makeFlatOpc(docxPartsFromSpec(flawedPlan())));
    const api = fakeWordApi(state, ["WordApiDesktop 1.3"]);
    const stored = new Map<string, unknown>();
    Object.assign(globalThis, {
      Word: { run: api.run },
      Office: {
        context: {
          requirements: { isSetSupported: api.isSetSupported },
          document: {
            settings: {
              get: (k: string) => stored.get(k),
              set: (k: string, v: unknown) => stored.set(k, v),
              saveAsync: (cb?: (r: { status: string; error: null }) => void) =>
                cb?.({ status: "succeeded", error: null }),
            },
          },
        },
      },
    });
    try {
      const review = await checkedPane(wordDocumentHost());
      await act(async () => {
        fireEvent.click(review.getByRole("switch", { name: "Sửa có theo dõi thay đổi" }));
      });
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: /^Sửa: Đặt phông Times New Roman/ }));
      });
      expect(await screen.findByText(/^Đã sửa 1 chỗ\. Đã bật Theo dõi thay đổi/)).toBeVisible();
      expect(state.doc.trackingMode).toBe("TrackAll");
      expect(state.ooxml()).toContain("<w:rPrChange ");
      // re-checked: the document now tracks changes, and the pane says so instead of offering the switch
      expect(await screen.findByText(/^Tài liệu đang bật Theo dõi thay đổi/, {}, { timeout: 10_000 })).toBeVisible();

      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Ghi nhận xét tất cả" }));
      });
      await screen.findByText(/^Đã ghi \d+ nhận xét vào tài liệu/);
      expect(state.comments.length).toBeGreaterThan(0);
      expect(state.comments.every((c) => c.author === "Chuyên viên")).toBe(true);
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: "Xóa nhận xét của ketluan" }));
      });
      await screen.findByText(/^Đã xóa \d+ nhận xét của ketluan\.$/);
      expect(state.comments).toEqual([]);
    } finally {
      delete (globalThis as { Word?: unknown }).Word;
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});

describe("the review loop in the browser page", () => {
  test("it says tracked fixes and comments need Word, and downloads the annotated copy instead", async () => {
    const download = jest.fn();
    await renderApp({ documentHost: browserDocumentHost(download), initialTab: "check" });
    const bytes = buildDocxFromSpec(flawedPlan());
    const file = new File([bytes.slice().buffer], "ke-hoach.docx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await act(async () => {
      fireEvent.change(await screen.findByLabelText("Chọn tệp .docx để kiểm tra"), { target: { files: [file] } });
    });
    const review = within(await screen.findByRole("region", { name: "Xem lại" }));
    expect(review.getByText(/^Sửa có theo dõi thay đổi và ghi nhận xét vào văn bản cần Word/)).toBeVisible();
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Ghi nhận xét/ })).not.toBeInTheDocument();

    await act(async () => {
      fireEvent.click(review.getByRole("button", { name: "Tải bản có nhận xét (.docx)" }));
    });
    expect(download).toHaveBeenCalledTimes(1);
    const [copy, name] = download.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("ke-hoach-nhan-xet.docx");
    // the copy reads as the original, and carries the findings as Word comments
    expect(readDocument(copy).paragraphs.map((p) => p.text)).toEqual(readDocument(bytes).paragraphs.map((p) => p.text));
    const comments = new TextDecoder().decode(unzipSync(copy)["word/comments.xml"]);
    const count = comments.match(/<w:comment /g)?.length ?? 0;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(comments).toContain("Lỗi (font/size): ");
    expect(
      await screen.findByText(
        `Đã tạo ke-hoach-nhan-xet.docx với ${count} nhận xét (xem thư mục tải về của trình duyệt).`,
      ),
    ).toBeVisible();
  });
});

describe("a draft that does not implement the conclusion", () => {
  test("no checklist but the reason; «Có» in Thiết lập brings the checklist and the required recipients back", async () => {
    const model = readDocument(buildDocxFromSpec(planNotCitingTheConclusion()));
    const host = fakeWordHost({ readDocument: jest.fn(async () => ({ model, notes: [] })) });
    await renderApp({ documentHost: host, initialTab: "check" });
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    const region = await screen.findByRole("region", { name: "Đối chiếu với Kết luận" });
    expect(within(region).queryByRole("list", { name: "Danh sách nhiệm vụ" })).not.toBeInTheDocument();
    expect(within(region).getByText(/^Văn bản không trích dẫn “Kết luận/)).toBeInTheDocument();
    // a way to say it does implement it: the button once the pane wires it, else where the setting is
    expect(
      within(region).queryByRole("button", { name: "Văn bản này thực hiện Kết luận" }) ??
        within(region).getByText(/chọn «Có» ở thẻ Thiết lập/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/mục đã đáp ứng/)).not.toBeInTheDocument();
    // the same note, as an info, among the findings; no required-recipient error
    const findings = screen.getByRole("region", { name: "Các phát hiện" });
    expect(within(findings).getByText(/^Văn bản không trích dẫn “Kết luận/)).toBeInTheDocument();
    expect(within(findings).queryByText(/^Nơi nhận thiếu/)).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    const group = await screen.findByRole("radiogroup", { name: "Văn bản thực hiện Kết luận" });
    expect(within(group).getByRole("radio", { name: "Tự nhận diện (theo trích dẫn)" })).toBeChecked();
    fireEvent.click(within(group).getByRole("radio", { name: "Có" }));
    expect(host.settings.load().implementsConclusion).toBe(true);

    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    });
    const tasks = await screen.findByRole("list", { name: "Danh sách nhiệm vụ" });
    expect(document.querySelectorAll("[data-item]").length).toBe(8);
    expect(within(tasks).getByText(/^2\.1\. /)).toBeInTheDocument();
    expect(screen.getByText(/^Nơi nhận thiếu “Văn phòng Tỉnh ủy”/)).toBeInTheDocument();
    expect(screen.queryByText(/^Văn bản không trích dẫn/)).not.toBeInTheDocument();

    // and back to "Tự nhận diện": stored as no choice at all
    fireEvent.click(screen.getByRole("tab", { name: "Thiết lập" }));
    fireEvent.click(await screen.findByRole("radio", { name: "Tự nhận diện (theo trích dẫn)" }));
    expect(host.settings.load().implementsConclusion).toBeUndefined();
  });

  test("the stored choice is shown; «Không» is saved as false", async () => {
    const host = fakeWordHost({
      settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, implementsConclusion: true }),
    });
    await renderApp({ documentHost: host, initialTab: "settings" });
    expect(await screen.findByRole("radio", { name: "Có" })).toBeChecked();
    fireEvent.click(screen.getByRole("radio", { name: "Không" }));
    expect(host.settings.load().implementsConclusion).toBe(false);
  });

  test("the checklist's «Văn bản này thực hiện Kết luận» asks for the setting", async () => {
    const view = buildCheckView(readDocument(buildDocxFromSpec(planNotCitingTheConclusion())), DEFAULT_SETTINGS);
    const onImplements = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckTab
          state={{ status: "done", view, notes: [] }}
          busy={false}
          onNotApplicable={() => undefined}
          notApplicable={[]}
          onImplements={onImplements}
        />
      </FluentProvider>,
    );
    const region = screen.getByRole("region", { name: "Đối chiếu với Kết luận" });
    fireEvent.click(within(region).getByRole("button", { name: "Văn bản này thực hiện Kết luận" }));
    expect(onImplements).toHaveBeenCalledTimes(1);
    expect(within(region).queryByText(/chọn «Có» ở thẻ Thiết lập/)).not.toBeInTheDocument();
  });
});

describe("Soạn thảo", () => {
  test("validation names the missing particulars; a valid form renders and delivers the draft", async () => {
    const host = fakeWordHost();
    await renderApp({ documentHost: host, drafts });
    fireEvent.click(screen.getByRole("button", { name: "Tạo văn bản" }));
    expect(await screen.findByText(/Hãy bổ sung các thông tin/)).toBeInTheDocument();
    expect(screen.getByText(/Cần nhập cơ quan ban hành/)).toBeInTheDocument();
    expect(drafts.renderDraft).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole("combobox", { name: /Cơ quan ban hành/ }), {
      target: { value: "HUYỆN ỦY LỤC NAM" },
    });
    fireEvent.change(screen.getByLabelText(/Cơ quan cấp trên/), { target: { value: "ĐẢNG BỘ TỈNH BẮC GIANG" } });
    fireEvent.change(screen.getByLabelText(/Địa danh/), { target: { value: "Lục Nam" } });
    fireEvent.change(screen.getByLabelText(/Họ tên người ký/), { target: { value: "Nguyễn Văn An" } });
    fireEvent.change(screen.getByLabelText(/Số hiệu Kết luận/), { target: { value: "125-KL/TU" } });
    fireEvent.change(screen.getByLabelText(/Ngày của Kết luận/), { target: { value: "2023-09-05" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tạo văn bản" }));
    });
    expect(drafts.renderDraft).toHaveBeenCalledWith(
      expect.objectContaining({ issuer: "HUYỆN ỦY LỤC NAM", profile: "party", type: "plan" }),
      expect.anything(),
    );
    expect(host.deliverDraft).toHaveBeenCalled();
    expect(await screen.findByText("Đã tạo văn bản trong tài liệu.")).toBeInTheDocument();
    // the particulars are remembered in the document's settings
    expect(host.settings.load().particulars.issuer).toBe("HUYỆN ỦY LỤC NAM");
  });

  test("the clause gallery inserts at the cursor in Word", async () => {
    const host = fakeWordHost();
    await renderApp({ documentHost: host, drafts });
    const gallery = screen.getByRole("list", { name: "Thư viện đoạn mẫu" });
    // the library appears once the directive source is parsed, after the first paint
    const buttons = await within(gallery).findAllByRole("button", { name: /^Chèn: / });
    expect(buttons.length).toBeGreaterThan(5);
    await act(async () => {
      fireEvent.click(buttons[0]!);
    });
    expect(host.insertClause).toHaveBeenCalledWith("<pkg:package/>");
  });
});

describe("Thiết lập", () => {
  test("profile override, rules on/off and the directive source are saved", async () => {
    const host = fakeWordHost();
    await renderApp({ documentHost: host, initialTab: "settings" });
    const first = (await screen.findAllByRole("switch"))[0]!;
    expect(first).toBeChecked();
    fireEvent.click(first);
    expect(host.settings.load().disabledRules).toHaveLength(1);
    fireEvent.click(screen.getByRole("radio", { name: /Dán văn bản khác/ }));
    fireEvent.change(screen.getByLabelText("Nội dung văn bản chỉ đạo"), {
      target: { value: "1. Tăng cường lãnh đạo của cấp ủy.\n2. Đẩy mạnh phát triển kinh tế." },
    });
    fireEvent.click(screen.getByRole("button", { name: "Áp dụng nguồn" }));
    expect(await screen.findByText(/Đã nhận 2 mục/)).toBeInTheDocument();
    expect(host.settings.load().directiveText).toMatch(/Tăng cường/);
    expect(screen.getByText(/chỉ giữ trong phiên làm việc/)).toBeInTheDocument(); // a memory store here
  });

  test("settings start from what the store holds", async () => {
    const host = fakeWordHost({ settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, profile: "state" }) });
    await renderApp({ documentHost: host, initialTab: "settings" });
    expect(await screen.findByRole("combobox", { name: "Hồ sơ thể thức" })).toHaveTextContent(/hành chính/);
  });
});

describe("detectRuntime", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("without Office: outside Word, at once", async () => {
    await expect(detectRuntime()).resolves.toEqual({ inWord: false, host: null });
  });

  test("office.js in a plain browser (host null): outside Word; inside Word: Word", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectRuntime()).resolves.toEqual({ inWord: false, host: null });
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }) };
    await expect(detectRuntime()).resolves.toEqual({ inWord: true, host: "Word" });
  });

  test("Office.onReady that never settles or throws does not block rendering", async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectRuntime(20)).resolves.toEqual({ inWord: false, host: null });
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => {
        throw new Error("boom");
      },
    };
    await expect(detectRuntime()).resolves.toEqual({ inWord: false, host: null });
  });
});

describe("decisions that travel with the file (Bỏ qua, Tắt quy tắc, Không áp dụng)", () => {
  afterEach(() => {
    delete (globalThis as { Word?: unknown }).Word;
    delete (globalThis as { Office?: unknown }).Office;
  });

  /** The pane's real Word host over the fake Word (WordApi 1.4), with `settings` stored in the document. */
  function wordOver(state: FakeWordState, settings: PaneSettings) {
    const api = fakeWordApi(state, ["WordApiDesktop 1.3"]);
    const stored = new Map<string, unknown>([[SETTINGS_KEY, serializeSettings(settings)]]);
    Object.assign(globalThis, {
      Word: { run: api.run },
      Office: {
        context: {
          requirements: { isSetSupported: api.isSetSupported },
          document: {
            settings: {
              get: (k: string) => stored.get(k),
              set: (k: string, v: unknown) => stored.set(k, v),
              saveAsync: (cb?: (r: { status: string; error: null }) => void) =>
                cb?.({ status: "succeeded", error: null }),
            },
          },
        },
      },
    });
    return { host: wordDocumentHost(), settings: () => parseSettings(stored.get(SETTINGS_KEY)) };
  }

  const flawedOoxml = () => makeFlatOpc(docxPartsFromSpec(flawedPlan()));
  const findings = () => within(screen.getByRole("region", { name: "Các phát hiện" }));
  const SIZE = /^Cỡ chữ phần nội dung 12 pt/;
  const ARIAL = /^Phông chữ Arial/;
  /** The decisions in the fake document's part (there is at most one). */
  const partOf = (state: FakeWordState) => {
    expect(state.customXmlParts.length).toBeLessThanOrEqual(1);
    return state.customXmlParts[0] === undefined ? undefined : decisionsFromXml(state.customXmlParts[0].xml);
  };

  async function check() {
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    });
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
  }

  test("Bỏ qua hides the finding, stores it in the document, stays hidden after Kiểm tra; Hiện lại brings it back", async () => {
    const state = new FakeWordState(flawedOoxml());
    await renderApp({ documentHost: wordOver(state, twoItemSettings()).host, initialTab: "check" });
    await screen.findByRole("button", { name: "Kiểm tra" });
    await check();
    expect(findings().getByText(SIZE)).toBeVisible();
    expect(screen.queryByText(/phát hiện đã bỏ qua/)).not.toBeInTheDocument();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Bỏ qua: Cỡ chữ phần nội dung 12 pt/ }));
    });
    expect(await screen.findByText("Đã bỏ qua phát hiện này (đã lưu trong tài liệu).")).toBeVisible();
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    expect(findings().getByText(ARIAL)).toBeVisible();
    expect(screen.getByText("1 phát hiện đã bỏ qua")).toBeVisible();
    // in the document: our custom XML part, keyed by the paragraph's text
    const stored = partOf(state);
    expect(stored?.ignored).toEqual([expect.objectContaining({ rule: "font/size", excerpt: expect.any(String) })]);

    // Kiểm tra reads the document again, the part with it: one more sync than a document without decisions
    state.syncs = 0;
    await check();
    expect(state.syncs).toBe(2);
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    expect(screen.getByText("1 phát hiện đã bỏ qua")).toBeVisible();

    // the drafter adds paragraphs before it: the decision follows the paragraph's text, not its number
    const body = state.doc.paragraphs().find((p) => /^I\.\s/.test(state.doc.text(p)))!;
    state.doc.insertParagraph(body, "Một đoạn mới chèn vào phía trước.", "Before");
    state.doc.insertParagraph(body, "Và một đoạn nữa.", "Before");
    const texts = state.paragraphTexts();
    const ignoredAt = texts.findIndex((t) => t.startsWith(stored!.ignored[0]!.excerpt.replace(/…$/u, "")));
    expect(texts.indexOf("Và một đoạn nữa.")).toBeLessThan(ignoredAt);
    await check();
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    expect(screen.getByText("1 phát hiện đã bỏ qua")).toBeVisible();

    // the way to see them and undo one
    fireEvent.click(screen.getByRole("button", { name: "Xem" }));
    const list = within(screen.getByRole("list", { name: "Phát hiện đã bỏ qua" }));
    expect(list.getByText(SIZE)).toBeVisible();
    await act(async () => {
      fireEvent.click(list.getByRole("button", { name: /^Hiện lại: Cỡ chữ phần nội dung 12 pt/ }));
    });
    expect(await screen.findByText("Đã hiện lại phát hiện.")).toBeVisible();
    expect(findings().getByText(SIZE)).toBeVisible();
    expect(screen.queryByText(/phát hiện đã bỏ qua/)).not.toBeInTheDocument();
    // no decision left: no part left
    expect(state.customXmlParts).toEqual([]);
  });

  test("Không áp dụng with a reason: the item says so and why, and the document keeps both", async () => {
    const state = new FakeWordState(flawedOoxml());
    await renderApp({ documentHost: wordOver(state, twoItemSettings()).host, initialTab: "check" });
    await screen.findByRole("button", { name: "Kiểm tra" });
    await check();
    const row = () => document.querySelector('[data-item="2.2"]')!;
    expect(row()).toHaveAttribute("data-status", "missing");
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: "Mục 2.2: không áp dụng" }));
    });
    await waitFor(() => expect(row()).toHaveAttribute("data-status", "not-applicable"));
    expect(partOf(state)?.notApplicable).toEqual([{ item: "2.2" }]);

    fireEvent.change(screen.getByRole("textbox", { name: "Lý do mục 2.2 không áp dụng" }), {
      target: { value: "Đơn vị không có tổ chức cơ sở đảng" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Ghi lý do" }));
    });
    expect(await within(row() as HTMLElement).findByText("Lý do: Đơn vị không có tổ chức cơ sở đảng")).toBeVisible();
    expect(partOf(state)?.notApplicable).toEqual([{ item: "2.2", reason: "Đơn vị không có tổ chức cơ sở đảng" }]);
    expect(screen.queryByRole("textbox", { name: "Lý do mục 2.2 không áp dụng" })).not.toBeInTheDocument();

    // unticked: checked against the source again, and gone from the document
    await act(async () => {
      fireEvent.click(screen.getByRole("checkbox", { name: "Mục 2.2: không áp dụng" }));
    });
    await waitFor(() => expect(row()).toHaveAttribute("data-status", "missing"));
    expect(state.customXmlParts).toEqual([]);
  });

  test("a document whose part already holds decisions opens with them applied; Bật lại turns a rule back on", async () => {
    const ooxml = flawedOoxml();
    const model = readDocument(ooxml);
    const size = buildCheckView(model, twoItemSettings()).result.findings.find((f) => f.rule === "font/size")!;
    const state = new FakeWordState(ooxml, {
      customXmlParts: [
        decisionsToXml({
          ignored: [ignoreDecision(model, "font/size", size.paragraph, "Chữ trong bảng phụ lục")],
          rulesOff: ["font/family"],
          notApplicable: [{ item: "2.2", reason: "Ban Thường vụ đã giao cho đơn vị khác" }],
        }),
      ],
    });
    await renderApp({ documentHost: wordOver(state, twoItemSettings()).host, initialTab: "check" });
    await screen.findByRole("button", { name: "Kiểm tra" });
    await check();
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    expect(findings().queryByText(ARIAL)).not.toBeInTheDocument();
    expect(screen.getByText("1 phát hiện đã bỏ qua")).toBeVisible();
    fireEvent.click(screen.getByRole("button", { name: "Xem" }));
    expect(screen.getByText("Lý do: Chữ trong bảng phụ lục")).toBeVisible();
    expect(screen.getByText("Đã tắt quy tắc font/family cho văn bản này")).toBeVisible();
    const row = document.querySelector('[data-item="2.2"]') as HTMLElement;
    expect(row).toHaveAttribute("data-status", "not-applicable");
    expect(within(row).getByText("Lý do: Ban Thường vụ đã giao cho đơn vị khác")).toBeVisible();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Bật lại font/family" }));
    });
    await waitFor(() => expect(findings().getByText(ARIAL)).toBeVisible());
    expect(partOf(state)?.rulesOff).toEqual([]);
    // the other decisions are kept
    expect(partOf(state)?.ignored).toHaveLength(1);
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
  });

  test("a decisions part the reader refuses: the pane says so and checks as if there were no decisions", async () => {
    const state = new FakeWordState(flawedOoxml(), {
      customXmlParts: ['<decisions xmlns="urn:ketluan:decisions:1"><ignore rule="a<b"/></decisions>'],
    });
    await renderApp({ documentHost: wordOver(state, twoItemSettings()).host, initialTab: "check" });
    await screen.findByRole("button", { name: "Kiểm tra" });
    await check();
    expect(screen.getByText(/^Phần lưu quyết định \(bỏ qua, không áp dụng\) trong tài liệu bị hỏng/)).toBeVisible();
    expect(findings().getByText(SIZE)).toBeVisible();
  });

  test("items marked «Không áp dụng» by an earlier version (pane settings) still apply, and move into the document", async () => {
    const state = new FakeWordState(flawedOoxml());
    const word = wordOver(state, twoItemSettings({ notApplicable: ["2.2"] }));
    await renderApp({ documentHost: word.host, initialTab: "check" });
    await screen.findByRole("button", { name: "Kiểm tra" });
    await check();
    expect(document.querySelector('[data-item="2.2"]')).toHaveAttribute("data-status", "not-applicable");
    expect(screen.getByRole("checkbox", { name: "Mục 2.2: không áp dụng" })).toBeChecked();

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tắt quy tắc font/family cho văn bản" }));
    });
    expect(
      await screen.findByText("Đã tắt quy tắc font/family cho văn bản này (đã lưu trong tài liệu)."),
    ).toBeVisible();
    expect(findings().queryByText(ARIAL)).not.toBeInTheDocument();
    expect(partOf(state)).toEqual({ ignored: [], rulesOff: ["font/family"], notApplicable: [{ item: "2.2" }] });
    await waitFor(() => expect(word.settings().notApplicable).toEqual([]));
    expect(document.querySelector('[data-item="2.2"]')).toHaveAttribute("data-status", "not-applicable");
  });

  test("the browser page: Bỏ qua in the pane's memory, and the copy with the decisions as a download", async () => {
    const download = jest.fn();
    await renderApp({
      documentHost: { ...browserDocumentHost(download), settings: new MemorySettingsStore(twoItemSettings()) },
      initialTab: "check",
    });
    const bytes = buildDocxFromSpec(flawedPlan());
    const file = new File([bytes.slice().buffer], "ke-hoach.docx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
    await act(async () => {
      fireEvent.change(await screen.findByLabelText("Chọn tệp .docx để kiểm tra"), { target: { files: [file] } });
    });
    await screen.findByRole("region", { name: "Tóm tắt kết quả" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /^Bỏ qua: Cỡ chữ phần nội dung 12 pt/ }));
    });
    expect(
      await screen.findByText("Đã bỏ qua phát hiện này (chỉ trong phiên này — tải bản có quyết định để giữ)."),
    ).toBeVisible();
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tải bản có quyết định (.docx)" }));
    });
    const [copy, name] = download.mock.calls[0] as [Uint8Array, string];
    expect(name).toBe("ke-hoach-quyet-dinh.docx");
    expect(readDecisions(copy).ignored).toEqual([expect.objectContaining({ rule: "font/size" })]);

    // the copy, chosen again, opens with the finding ignored
    const again = new File([copy.slice().buffer], name);
    Object.defineProperty(again, "arrayBuffer", { value: async () => copy.slice().buffer });
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Chọn tệp .docx để kiểm tra"), { target: { files: [again] } });
    });
    await screen.findByText(`Tệp: ${name}`);
    expect(findings().queryByText(SIZE)).not.toBeInTheDocument();
    expect(screen.getByText("1 phát hiện đã bỏ qua")).toBeVisible();
  });
});
