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
  ];
  const invalid: (ColourCase & { findings: ExpectedFinding[] })[] = [
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
});
