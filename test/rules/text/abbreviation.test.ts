import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { readDocument } from "../../../src/docx/reader";
import { rule as abbreviation } from "../../../src/rules/text/abbreviation";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, P, partyPlan, setCellText, statePlan, stateReport, variant } from "../../support/samples";
import { seedAsDocument, withBody } from "../bodyText";

const STATE_BASIS =
  "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.6 (nội dung văn bản): chữ viết tắt lần đầu phải viết đầy đủ từ, cụm từ, chữ viết tắt đặt trong ngoặc đơn ngay sau";
const PARTY_BASIS = /^Thông lệ soạn thảo văn bản của Đảng \(HD 36-HD\/VPTW\)/;
const undefinedMessage = (abbr: string, uses: number): string =>
  `Chữ viết tắt “${abbr}” (dùng ${uses} lần) không được giải thích: lần đầu cần viết đầy đủ, chữ viết tắt trong ngoặc đơn ngay sau (“... (${abbr})”)`;

/** A sample with body blocks 4, 5, 6 ... (paragraphs 10, 11, 12 ...) set to these texts. */
function withBodies(doc: DocSpec, texts: string[]): DocSpec {
  return variant(doc, (d) => {
    texts.forEach((text, k) => {
      const p = blockPara(d, 4 + k);
      p.text = text;
      delete p.runs;
    });
  });
}

const cell = (text: string): SpecParagraph => ({ type: "paragraph", text });

runRuleTester(abbreviation, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State plan (its archive line “Lưu: VT, KTHT.” is left out)", doc: statePlan() },
    {
      name: "spelled out in parentheses, then used",
      doc: withBody(
        statePlan(),
        "Kiện toàn Ban Chỉ đạo (BCĐ) tỉnh; BCĐ họp định kỳ hằng quý để đánh giá tiến độ thực hiện.",
      ),
    },
    // Real sentences of issued documents (Lâm Đồng, 2025–2026).
    {
      name: "(sau đây viết tắt là CCCD), then CCCD",
      doc: withBody(
        stateReport(),
        "Tiếp tục duy trì việc sử dụng thẻ Căn cước công dân (sau đây viết tắt là CCCD)/Căn cước thay BHYT trong khám chữa bệnh. Đến nay, tổng số lượt tra cứu bằng CCCD khi đi khám chữa bệnh BHYT là 9.463.076 lượt.",
      ),
    },
    {
      name: "(viết tắt là ...), (gọi tắt là ...), (sau đây gọi tắt là: ...)",
      doc: withBodies(statePlan(), [
        "Đẩy mạnh cải cách hành chính (viết tắt là CCHC), thủ tục hành chính (gọi tắt là TTHC) và phòng, chống ma túy (sau đây gọi tắt là: PCMT).",
        "Gắn kết quả CCHC với đánh giá cán bộ; đơn giản hóa TTHC; tuyên truyền về PCMT.",
      ]),
    },
    {
      name: "a foreign long form and a two-word abbreviation: Chỉ số cải cách hành chính (PAR INDEX)",
      doc: withBody(
        statePlan(),
        "Cải thiện Chỉ số cải cách hành chính (PAR INDEX) và Provincial Competitiveness Index (PCI); phấn đấu PAR INDEX, PCI năm 2026 tăng bậc.",
      ),
    },
    {
      name: "abbreviations every reader knows, numbers and symbols, units",
      doc: withBody(
        statePlan(),
        "Thực hiện Nghị định số 30/2020/NĐ-CP, Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của UBND tỉnh và Báo cáo số 04/BC-LĐVTCT.LĐ; HĐND, UBND, MTTQ các cấp phấn đấu GRDP tăng 8%, thu hút FDI 500 triệu USD, phát triển KT-XH, làm 20 km đường.",
      ),
    },
    {
      name: "Roman numerals, a heading in capitals, a chapter title",
      doc: withBodies(statePlan(), [
        "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025; Mục II, III của Kế hoạch.",
        "II. TỔ CHỨC THỰC HIỆN CCHC",
        "Chương I. QUY ĐỊNH CHUNG",
      ]),
    },
    {
      name: "an association's charter: its short name and its foreign name",
      doc: withBodies(stateReport(), [
        "2. Tên tiếng nước ngoài: PHAN THIET FISH SAUCE ASSOCIATION OF LAM DONG PROVINCE.",
        "3. Tên viết tắt: LDGA.",
        "LDGA hoạt động theo Điều lệ này.",
      ]),
    },
    {
      name: "company names, technical words, a formula, a quoted foreign name",
      doc: withBody(
        stateReport(),
        "Giám đốc Công ty TNHH SX TM DV Nội Thất Như Ý; toàn tỉnh có 5.887 trạm BTS 4G, cấp xã có mạng LAN; quản lý khí N2O (“bóng cười”); giải thưởng “Vietnam ICT Index”.",
      ),
    },
    {
      name: "the Party profile: BTV, BCH, TU, HU need no definition",
      doc: withBody(
        partyPlan(),
        "BTV Huyện ủy chỉ đạo; BCH Đảng bộ huyện quán triệt Kết luận số 125-KL/TU và Nghị quyết số 57-NQ/TW.",
      ),
    },
  ],
  invalid: [
    {
      name: "never spelled out: reported once, at the first use, with the count",
      doc: withBodies(statePlan(), [
        "Nhiều mô hình, sáng kiến CCHC gắn với chuyển đổi số được triển khai.",
        "Kết quả CCHC được gắn với đánh giá cán bộ; CCHC là nhiệm vụ trọng tâm.",
      ]),
      findings: [
        { message: undefinedMessage("CCHC", 3), severity: "warning", paragraph: P.firstBody, basis: STATE_BASIS },
      ],
    },
    {
      name: "used before it is spelled out, in another paragraph",
      doc: withBodies(statePlan(), [
        "Tổ chức tuyên truyền về PCMT trong cán bộ, đoàn viên.",
        "Triển khai Chương trình mục tiêu quốc gia phòng, chống ma túy (PCMT) đến năm 2030.",
      ]),
      findings: [
        {
          message:
            "Chữ viết tắt “PCMT” dùng trước khi được giải thích ở đoạn 11 (“phòng, chống ma túy (PCMT)”): chuyển phần viết đầy đủ lên lần dùng đầu tiên",
          severity: "warning",
          paragraph: P.firstBody,
        },
      ],
    },
    {
      name: "used before it is spelled out, in the same paragraph (real: Trung tâm IOC)",
      doc: withBody(
        stateReport(),
        "Nâng cấp Trung tâm IOC tỉnh Lâm Đồng cũ; ban hành Quy chế vận hành Trung tâm IOC; thành lập Ban chỉ đạo vận hành Trung tâm giám sát, điều hành thông minh (IOC) tỉnh Lâm Đồng.",
      ),
      findings: [
        {
          message:
            "Chữ viết tắt “IOC” dùng trước khi được giải thích ở phía sau trong cùng đoạn (“giám sát, điều hành thông minh (IOC)”): chuyển phần viết đầy đủ lên lần dùng đầu tiên",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "spelled out twice with different long forms",
      doc: withBodies(statePlan(), [
        "Rà soát thủ tục hành chính (TTHC) thuộc thẩm quyền.",
        "Công khai thông tin hành chính (TTHC) trên Cổng thông tin điện tử.",
      ]),
      findings: [
        {
          message:
            "Chữ viết tắt “TTHC” được giải thích hai lần khác nhau: “thủ tục hành chính” (đoạn 10) và “thông tin hành chính”",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a known abbreviation with two letters swapped (real: Chủ tịch UBDN tỉnh)",
      doc: withBody(stateReport(), "(Đính kèm dự thảo văn bản của Chủ tịch UBDN tỉnh)./."),
      findings: [
        {
          message: "“UBDN” (dùng 1 lần) không phải chữ viết tắt thông dụng: có phải “UBND” gõ nhầm thứ tự chữ?",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "in a table: the appendix's indicators (real: Tỷ lệ TTHC công bố đúng hạn)",
      doc: variant(statePlan(), (d) => {
        d.blocks[6] = {
          type: "table",
          columnWidthsMm: [20, 140],
          rows: [[[cell("1")], [cell("Tỷ lệ TTHC công bố đúng hạn")]]],
        };
      }),
      findings: [{ message: undefinedMessage("TTHC", 1), paragraph: P.firstBody + 3 }],
    },
    {
      name: "the Party profile: its basis, and BCĐ is not on its list",
      doc: withBody(partyPlan(), "BCĐ huyện họp định kỳ hằng quý."),
      findings: [{ message: undefinedMessage("BCĐ", 1), basis: PARTY_BASIS, paragraph: P.firstBody + 1 }],
    },
    {
      name: "a summary with an abbreviation the body never spells out",
      doc: variant(statePlan(), (d) => {
        blockPara(d, 2).text = "Triển khai Chương trình MTQG phòng, chống ma túy đến năm 2030";
        setCellText(d, -1, 0, 3, "- Lưu: VT, KTHT, MTQG.");
      }),
      findings: [{ message: undefinedMessage("MTQG", 1), paragraph: P.summary }],
    },
  ],
});

describe("the seed conclusion, one paragraph per line", () => {
  it("uses only abbreviations that need no definition (MTTQ, GRDP, TW, TU)", () => {
    const found = checkDocument(readDocument(buildDocxFromSpec(seedAsDocument())), {
      rules: ["text/abbreviation"],
    }).findings;
    expect(found.map((f) => f.message)).toEqual([]);
  });
});

describe("real documents (test/fixtures/real)", () => {
  const real = (name: string) =>
    checkDocument(readDocument(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "real", name)))), {
      rules: ["text/abbreviation"],
    }).findings;

  it("the issued plan on administrative reform 2026: no undefined abbreviation", () => {
    expect(real("kh-cchc-2026-issued.docx").map((f) => f.message)).toEqual([]);
  });

  it("the Đề án 06 report: its undefined abbreviations, once each, as warnings", () => {
    const found = real("bc-de-an-06-2026-03.docx");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe("warning");
    const abbreviations = found.map((f) => /“([^”]+)”/.exec(f.message)![1]);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
    expect(abbreviations).toContain("IOC");
  });
});
