/** @jest-environment jsdom */
/**
 * The browser page's Kiểm tra tab with broken and hostile files: each one gives a readable error that names the file
 * and the reader's reason (Vietnamese / English), never a crash, a blank page or a spinner that never ends; the
 * results of the previous file are gone; and a good .docx chosen afterwards is checked again.
 */
import "./setup";
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { strToU8, zipSync } from "fflate";
import App, { APP_TITLE } from "../../src/taskpane/components/App";
import { readDocument } from "../../src/docx/reader";
import { DocxReadError, type DocxErrorCode } from "../../src/docx/errors";
import { buildDocxFromSpec, W_NS } from "../support/buildDocx";
import { partyPlan } from "../support/samples";
import { writeZip, deflatedZeros } from "../support/zipWriter";

// Fluent UI in jsdom is slow on a loaded machine: generous per-test time (no timing is asserted)
jest.setTimeout(60_000);

/** Renders the pane and lets React settle (the lazily loaded tabs and checker resolve inside act). */
async function renderApp() {
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App initialTab="check" />
      </FluentProvider>,
    );
  });
}

/** "Chooses" a file in the page's file input, as test/taskpane/App.test.tsx does. */
async function choose(name: string, bytes: Uint8Array) {
  const input = await screen.findByLabelText("Chọn tệp .docx để kiểm tra");
  const file = new File([bytes.slice().buffer], name);
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

const CT_DOCX =
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ` +
  `ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const docXml = (inner: string) => `<w:document xmlns:w="${W_NS}"><w:body>${inner}</w:body></w:document>`;
const zip = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

const XLSX_CT =
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;
const XLSX_RELS =
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const XLSX_WORKBOOK = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Trang1" sheetId="1"/></sheets></workbook>`;

const goodDocx = buildDocxFromSpec(partyPlan());
/** ~50 MiB of zeros deflate to ~50 KB. */
const FIFTY_MB = 50 * 1024 * 1024;
let bombStream: Uint8Array | undefined;

/** [case, file name (NFC), bytes, the reader's error code, what the user must read]. */
const cases: [string, string, () => Uint8Array, DocxErrorCode, RegExp][] = [
  ["empty file", "tệp rỗng.docx", () => new Uint8Array(0), "empty", /Tệp rỗng.*empty/],
  [
    "plain text renamed .docx",
    "ghi chú.docx",
    () => strToU8("Kế hoạch số 85-KH/HU thực hiện Kết luận của Tỉnh ủy"),
    "not-zip",
    /không phải tệp nén ZIP.*not a ZIP/,
  ],
  [
    "truncated zip (the first 900 bytes of a real .docx)",
    "kế hoạch tải dở.docx",
    () => goodDocx.slice(0, 900),
    "truncated",
    /cắt cụt.*truncated/,
  ],
  [
    "a zip without word/document.xml",
    "thiếu nội dung.docx",
    () => zip({ "[Content_Types].xml": "<Types/>", "readme.txt": "x" }),
    "missing-part",
    /thiếu phần nội dung chính.*main document part/,
  ],
  [
    "malformed XML in the document part",
    "xml hỏng.docx",
    () => zip({ "[Content_Types].xml": CT_DOCX, "word/document.xml": docXml("<w:p><w:r><w:t>Dở dang</w:t>") }),
    "bad-xml",
    /XML lỗi.*malformed XML/,
  ],
  [
    "a DOCTYPE with an external entity",
    "thực thể ngoài.docx",
    () =>
      zip({
        "[Content_Types].xml": CT_DOCX,
        "word/document.xml":
          `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + docXml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>"),
      }),
    "dtd-forbidden",
    /DOCTYPE.*từ chối.*refused for safety/,
  ],
  [
    "billion laughs (entity expansion)",
    "tỷ tiếng cười.docx",
    () =>
      zip({
        "[Content_Types].xml": CT_DOCX,
        "word/document.xml":
          `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "hahahahaha">` +
          Array.from({ length: 9 }, (_, i) => {
            const prev = String.fromCharCode(97 + i);
            return `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${prev};`.repeat(10)}">`;
          }).join("") +
          `]>` +
          docXml("<w:p><w:r><w:t>&j;</w:t></w:r></w:p>"),
      }),
    "dtd-forbidden",
    /DOCTYPE.*từ chối.*refused for safety/,
  ],
  [
    "a part declaring 2 KB that inflates to ~50 MB (zip bomb)",
    "bom nén.docx",
    () =>
      writeZip([
        { name: "[Content_Types].xml", data: CT_DOCX },
        {
          name: "word/document.xml",
          data: "",
          rawData: (bombStream ??= deflatedZeros(FIFTY_MB)),
          methodNumber: 8,
          declaredSize: 2048,
          crc: 0,
        },
      ]),
    "too-large",
    /bom nén.*zip bomb/,
  ],
  [
    "an .xlsx-like zip (no package relationships)",
    "bảng tính.docx",
    () => zip({ "[Content_Types].xml": XLSX_CT, "xl/workbook.xml": XLSX_WORKBOOK }),
    "not-docx",
    /bảng tính Excel.*Excel workbook/,
  ],
  [
    "an .xlsx-like zip (with its package relationships, as Excel writes it)",
    "bảng tính thật.docx",
    () => zip({ "[Content_Types].xml": XLSX_CT, "_rels/.rels": XLSX_RELS, "xl/workbook.xml": XLSX_WORKBOOK }),
    // the officeDocument relationship points at xl/workbook.xml, whose content type is not Word's: "this is Excel"
    "not-docx",
    /bảng tính Excel.*Excel workbook/,
  ],
];

/** What the reader itself says about these bytes (the pane must show this, not a paraphrase or a stack). */
function readerError(bytes: Uint8Array): DocxReadError {
  try {
    readDocument(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw new Error(`the reader threw something else than DocxReadError: ${String(e)}`);
  }
  throw new Error("the reader accepted a hostile file");
}

/** The results of a checked file, as the user sees them. */
async function expectResultsFor(name: string) {
  await screen.findByRole("region", { name: "Tóm tắt kết quả" });
  expect(screen.getByText(`Tệp: ${name}`)).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Các phát hiện" })).toBeInTheDocument();
  expect(screen.getByRole("region", { name: "Đối chiếu với Kết luận" })).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
}

function expectNoResults() {
  expect(screen.queryByRole("region", { name: "Tóm tắt kết quả" })).not.toBeInTheDocument();
  expect(screen.queryByRole("region", { name: "Các phát hiện" })).not.toBeInTheDocument();
  expect(screen.queryByRole("region", { name: "Đối chiếu với Kết luận" })).not.toBeInTheDocument();
  expect(screen.queryByText(/^Tệp: /)).not.toBeInTheDocument();
  expect(screen.queryByRole("heading", { name: "Kết quả" })).not.toBeInTheDocument();
  expect(document.querySelector("[data-item]")).toBeNull();
}

describe("hostile files in the browser page's Kiểm tra", () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, "error");
  });
  afterEach(() => {
    consoleError.mockRestore();
  });

  it.each(cases)("%s: a readable error naming «%s» and the reason; then a good file works", async (...args) => {
    const [, name, make, code, reason] = args;
    const bytes = make();
    const expected = readerError(bytes);
    expect(expected.code).toBe(code);
    expect(expected.message).toMatch(reason);

    await renderApp();
    // a good file first, so that there are results that must not survive the failure
    const first = "kế hoạch đầu.docx";
    await choose(first.normalize("NFD"), goodDocx);
    await expectResultsFor(first);

    // the hostile file, named as macOS often hands names over (decomposed): the page shows it in NFC
    await choose(name.normalize("NFD"), bytes);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không kiểm tra được");
    expect(alert).toHaveTextContent(name);
    expect(alert).toHaveTextContent(expected.message);
    expect(alert.textContent).toMatch(reason);
    expect(alert.textContent).not.toMatch(/\bat \S+ \(|DocxReadError|undefined|\[object/);
    expect(screen.getAllByRole("alert")).toHaveLength(1);

    // no stale results from the previous file
    expectNoResults();
    // no endless spinner; the page is still there and usable
    expect(screen.queryByText("Đang kiểm tra văn bản…")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: APP_TITLE })).toBeInTheDocument();
    const panel = screen.getByRole("tabpanel", { name: "Kiểm tra" });
    expect(panel).toBeVisible();
    expect(within(panel).getByLabelText("Chọn tệp .docx để kiểm tra")).toBeEnabled();
    expect(within(panel).getByRole("button", { name: "Chọn tệp .docx…" })).toBeEnabled();
    const all = document.body.textContent ?? "";
    expect(all).toBe(all.normalize("NFC"));

    // the page recovers: a good file is checked again, and the error is gone
    const again = "kế hoạch sửa lại.docx";
    await choose(again.normalize("NFD"), goodDocx);
    await expectResultsFor(again);
    expect(screen.queryByText(/Không kiểm tra được/)).not.toBeInTheDocument();

    // nothing was thrown past the pane (React reports uncaught render errors through console.error)
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("hostile files one after another, then a good one: only the latest error is shown, then results", async () => {
    await renderApp();
    for (const [, name, make] of cases) {
      await choose(name, make());
      const alert = await screen.findByRole("alert");
      expect(alert).toHaveTextContent("Không kiểm tra được");
      expect(alert).toHaveTextContent(name);
      expect(screen.getAllByRole("alert")).toHaveLength(1);
      for (const [, other] of cases) if (other !== name) expect(alert).not.toHaveTextContent(other);
      expectNoResults();
    }
    await choose("kế hoạch.docx", goodDocx);
    await expectResultsFor("kế hoạch.docx");
  });
});
