import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { colourName, visibleColour } from "../../../src/rules/font/color";
import type { Finding } from "../../../src/rules/types";
import { docxPartsFromSpec, esc, makeDocx } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
import { expectFindings, type ExpectedFinding } from "../../support/ruleTester";
import { blockPara, FIRST_BODY_PARAGRAPH, stateReport, variant } from "../../support/samples";

/** The spec as a .docx with the runs whose text is exactly `text` coloured `hex`. */
function coloured(spec: DocSpec, runs: [text: string, hex: string][]): Uint8Array {
  const parts = docxPartsFromSpec(spec);
  for (const [text, hex] of runs) {
    const run = new RegExp(`<w:r>(<w:rPr>(.*?)</w:rPr>)?(<w:t(?: xml:space="preserve")?>${esc(text)}</w:t>)`);
    const before = parts.body;
    parts.body = parts.body.replace(run, (_m, _r, rPr: string | undefined, t: string) => {
      return `<w:r><w:rPr>${rPr ?? ""}<w:color w:val="${hex}"/></w:rPr>${t}`;
    });
    if (parts.body === before) throw new Error(`no run "${text}"`);
  }
  return makeDocx(parts);
}

const RED_PARAGRAPH = "Tập trung đẩy mạnh giải phóng mặt bằng các dự án trọng điểm.";

function colourDoc(edit: (d: DocSpec) => void = () => {}): DocSpec {
  return variant(stateReport(), (d) => {
    blockPara(d, 6).runs = [{ text: RED_PARAGRAPH }];
    edit(d);
  });
}

interface ColourCase {
  name: string;
  docx: () => Uint8Array;
  findings?: ExpectedFinding[];
}

function colourFindings(c: ColourCase): Finding[] {
  return checkDocument(readDocument(c.docx()), { rules: ["font/color"] }).findings;
}

describe("font/color", () => {
  const valid: ColourCase[] = [
    { name: "black (auto) text", docx: () => makeDocx(docxPartsFromSpec(stateReport())) },
    { name: "explicit 000000", docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "000000"]]) },
    {
      name: "Word's near-black shades (Text 1, lighter 5%: 0D0D0D)",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "0D0D0D"]]),
    },
    {
      name: "white text prints as nothing: not judged here",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "FFFFFF"]]),
    },
    {
      name: "#404040 (Text 1, lighter 25%) still prints as black",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "404040"]]),
    },
    {
      name: "#F0F0F0 prints as nothing, like white",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "F0F0F0"]]),
    },
    {
      name: "a red tick in Wingdings is a symbol, not text",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: RED_PARAGRAPH }, { text: "ü", font: "Wingdings" }];
          }),
          [["ü", "FF0000"]],
        ),
    },
  ];
  const invalid: (ColourCase & { findings: ExpectedFinding[] })[] = [
    {
      name: "#414141, just past near-black, is grey: the whole paragraph an error",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "414141"]]),
      findings: [
        {
          message: "Chữ màu xám (#414141) trên cả đoạn; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "#EFF0F0, just short of near-white, shows on paper",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "EFF0F0"]]),
      findings: [
        { message: "Chữ màu xám (#EFF0F0) trên cả đoạn; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen", severity: "error" },
      ],
    },
    {
      name: "all red but the black full stop: still the whole paragraph",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: "." }];
          }),
          [["Tập trung đẩy mạnh giải phóng mặt bằng", "FF0000"]],
        ),
      findings: [
        {
          message: "Chữ màu đỏ (#FF0000) trên cả đoạn; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "a red stretch of exactly half the paragraph is a long one: an error",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Tập trung " }, { text: "đẩy mạnh  " }];
          }),
          [["Tập trung ", "FF0000"]],
        ),
      findings: [
        {
          message: "Chữ màu đỏ (#FF0000) trên một phần đoạn (“Tập trung”); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
        },
      ],
    },
    {
      name: "a red stretch of 20 characters in a long paragraph is a long one: an error",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [
              { text: "Tập trung đẩy mạnh " },
              { text: "giải phóng mặt bằng." },
              { text: " Phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư và kinh doanh của tỉnh." },
            ];
          }),
          [["giải phóng mặt bằng.", "FF0000"]],
        ),
      findings: [
        {
          message:
            "Chữ màu đỏ (#FF0000) trên một phần đoạn (“giải phóng mặt bằng.”); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
        },
      ],
    },
    {
      name: "a red word of 19 characters with spaces around it in a long paragraph: a warning, named without the spaces",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [
              { text: "Tập trung đẩy mạnh" },
              { text: " giải phóng mặt bằng " },
              { text: "các dự án trọng điểm, phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư." },
            ];
          }),
          [[" giải phóng mặt bằng ", "FF0000"]],
        ),
      findings: [
        {
          message: "Chữ màu đỏ (#FF0000) ở “giải phóng mặt bằng”; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "warning",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "two red runs side by side are named as one stretch",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [
              { text: "Tập trung " },
              { text: "đẩy mạnh" },
              { text: " giải phóng" },
              { text: " mặt bằng các dự án trọng điểm, phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư." },
            ];
          }),
          [
            ["đẩy mạnh", "FF0000"],
            [" giải phóng", "FF0000"],
          ],
        ),
      findings: [
        {
          message: "Chữ màu đỏ (#FF0000) ở “đẩy mạnh giải phóng”; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "warning",
        },
      ],
    },
    {
      name: "a web address in hyperlink blue with a space after it: named without the space",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Thông tin đăng tải tại" }, { text: " www.lamdong.gov.vn " }];
          }),
          [[" www.lamdong.gov.vn ", "0563C1"]],
        ),
      findings: [
        {
          message: "Địa chỉ “www.lamdong.gov.vn” màu xanh dương (màu liên kết); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "warning",
        },
      ],
    },
    {
      name: "a whole body paragraph in red is an error",
      docx: () => coloured(colourDoc(), [[RED_PARAGRAPH, "EE0000"]]),
      findings: [
        {
          message: "Chữ màu đỏ (#EE0000) trên cả đoạn; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    {
      name: "a long coloured stretch inside a paragraph is an error",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [
              { text: "Tập trung " },
              { text: "đẩy mạnh giải phóng mặt bằng các dự án trọng điểm" },
              { text: ", phát triển nông nghiệp hàng hóa, cải thiện môi trường đầu tư và kinh doanh của tỉnh." },
            ];
          }),
          [["đẩy mạnh giải phóng mặt bằng các dự án trọng điểm", "0070C0"]],
        ),
      findings: [
        {
          message:
            "Chữ màu xanh dương (#0070C0) trên một phần đoạn (“đẩy mạnh giải phóng mặt bằng các dự án…”); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "error",
        },
      ],
    },
    {
      name: "a red full stop is a warning",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: "." }];
          }),
          [[".", "FF0000"]],
        ),
      findings: [{ message: "Chữ màu đỏ (#FF0000) ở “.”; NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen", severity: "warning" }],
    },
    {
      name: "a web address in hyperlink blue is a warning",
      docx: () =>
        coloured(
          colourDoc((d) => {
            blockPara(d, 6).runs = [{ text: "Thông tin đăng tải tại " }, { text: "https://cchc.lamdong.gov.vn/" }];
          }),
          [["https://cchc.lamdong.gov.vn/", "0563C1"]],
        ),
      findings: [
        {
          message:
            "Địa chỉ “https://cchc.lamdong.gov.vn/” màu xanh dương (màu liên kết); NĐ 30/2020/NĐ-CP yêu cầu chữ màu đen",
          severity: "warning",
        },
      ],
    },
  ];
  it.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
    expect(colourFindings(c).map((f) => f.message)).toEqual([]);
  });
  it.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
    const found = colourFindings(c);
    expectFindings(found, c.findings);
    for (const got of found) expect(got.basis).toMatch(/màu đen/);
  });

  it.each([
    ["EE0000", "đỏ"],
    ["0563C1", "xanh dương"],
    ["00B050", "xanh lá"],
    ["FFC000", "vàng"],
    ["808080", "xám"],
    ["7030A0", "tím"],
  ])("names #%s %s", (hex, name) => expect(colourName(visibleColour(hex)!)).toBe(name));

  // Each hue bound, exactly on it: the bound belongs to the colour above it.
  it.each([
    ["FF8000", "cam"],
    ["F05000", "cam"], // 20°
    ["C89600", "vàng"], // 45°
    ["C8F000", "xanh lá"], // 70°
    ["00F0C8", "xanh dương"], // 170°
    ["5000F0", "tím"], // 260°
    ["F00078", "đỏ"], // 330°
    ["64648B", "xám"], // channels 39 apart
    ["64648C", "xanh dương"], // 40 apart: a colour
  ])("names #%s %s at the bound", (hex, name) => expect(colourName(visibleColour(hex)!)).toBe(name));

  it.each([
    ["#EE0000", true],
    ["EE0000FF", false],
    ["auto", false],
    ["ZZZZZZ", false],
    ["1EE0000", false],
  ] as const)("reads %s as a visible colour: %s", (hex, visible) =>
    expect(visibleColour(hex) !== undefined).toBe(visible),
  );
});
