import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as fontSize } from "../../../src/rules/font/size";
import { docxPartsFromSpec, makeDocx } from "../../support/buildDocx";
import { runRuleTester } from "../../support/ruleTester";
import { blockPara, FIRST_BODY_PARAGRAPH, partyPlan, stateReport, variant } from "../../support/samples";

runRuleTester(fontSize, {
  valid: [
    { name: "Party body at 14 pt", doc: partyPlan() },
    { name: "Party body at 15 pt", doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 15)) },
    { name: "State body at 14 pt; 12 pt recipients and 13 pt header are not body text", doc: stateReport() },
    { name: "State body at 13 pt", doc: variant(stateReport(), (d) => (d.defaults.sizePt = 13)) },
    {
      name: "a task table's 12 pt cells and a centred 16 pt title in the body are not running text",
      doc: variant(stateReport(), (d) => {
        d.blocks.splice(
          6,
          0,
          { type: "paragraph", text: "BẢNG PHÂN CÔNG NHIỆM VỤ", align: "center", bold: true, sizePt: 16 },
          {
            type: "table",
            columnWidthsMm: [15, 100, 50],
            rows: [1, 2, 3, 4].map((i) => [
              [{ type: "paragraph" as const, text: String(i), sizePt: 12 }],
              [{ type: "paragraph" as const, text: `Nhiệm vụ thứ ${i}`, sizePt: 12 }],
              [{ type: "paragraph" as const, text: "Sở Nội vụ", sizePt: 12 }],
            ]),
          },
        );
      }),
    },
  ],
  invalid: [
    {
      name: "a paragraph with a 16 pt and a 12 pt run: both sizes, smallest first",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh ", sizePt: 16 },
          { text: "giải phóng mặt bằng", sizePt: 12 },
          { text: " các dự án trọng điểm." },
        ];
      }),
      findings: [
        {
          message: "Cỡ chữ phần nội dung 12, 16 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "error",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
          basis: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.5 (cỡ chữ) và mục III (nội dung văn bản)",
        },
      ],
    },
    {
      name: "a 12 pt word and a 16 pt full stop: the word makes it an error",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh " },
          { text: "giải phóng", sizePt: 12 },
          { text: " mặt bằng" },
          { text: " . ", sizePt: 16 },
        ];
      }),
      findings: [{ message: "Cỡ chữ phần nội dung 12, 16 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt", severity: "error" }],
    },
    {
      name: "a comma and a full stop at 16 pt: a warning naming both without their spaces",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [
          { text: "Tập trung đẩy mạnh" },
          { text: " ,", sizePt: 16 },
          { text: " giải phóng mặt bằng" },
          { text: ". ", sizePt: 16 },
        ];
      }),
      findings: [
        {
          message: "Dấu câu “, .” cỡ chữ 16 pt trong đoạn văn; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "warning",
        },
      ],
    },
    {
      name: "Party body at 13 pt: every body paragraph, nothing in the header or signature tables",
      doc: variant(partyPlan(), (d) => (d.defaults.sizePt = 13)),
      findings: Array.from({ length: 7 }, (_, i) => ({
        message: "Cỡ chữ phần nội dung 13 pt; HD 36-HD/VPTW yêu cầu 14–15 pt",
        severity: "error" as const,
        paragraph: FIRST_BODY_PARAGRAPH + i,
      })),
    },
    {
      name: "State body paragraph with a 12 pt run",
      doc: variant(stateReport(), (d) => {
        const b = d.blocks[6];
        if (b?.type === "paragraph") b.sizePt = 12;
      }),
      findings: [
        {
          message: "Cỡ chữ phần nội dung 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
    // each bound, just outside: a paragraph of the body in its own size
    ...(
      [
        ["Party", 16, "14–15", "HD 36-HD/VPTW"],
        ["Party", 15.5, "14–15", "HD 36-HD/VPTW"],
        ["Party", 13.5, "14–15", "HD 36-HD/VPTW"],
        ["State", 15, "13–14", "NĐ 30/2020/NĐ-CP"],
        ["State", 14.5, "13–14", "NĐ 30/2020/NĐ-CP"],
        ["State", 12.5, "13–14", "NĐ 30/2020/NĐ-CP"],
      ] as const
    ).map(([profile, size, range, basis]) => ({
      name: `${profile} body paragraph at ${size} pt`,
      doc: variant(profile === "Party" ? partyPlan() : stateReport(), (d) => (blockPara(d, 6).sizePt = size)),
      findings: [
        {
          message: `Cỡ chữ phần nội dung ${size} pt; ${basis} yêu cầu ${range} pt`,
          severity: "error" as const,
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    })),
    {
      name: "a 16 pt full stop in 14 pt text is a warning, fixed back to the paragraph's 14 pt",
      doc: variant(stateReport(), (d) => {
        blockPara(d, 6).runs = [{ text: "Tập trung đẩy mạnh giải phóng mặt bằng" }, { text: ".", sizePt: 16 }];
      }),
      findings: [
        {
          message: "Dấu câu “.” cỡ chữ 16 pt trong đoạn văn; NĐ 30/2020/NĐ-CP yêu cầu 13–14 pt",
          severity: "warning",
          paragraph: FIRST_BODY_PARAGRAPH + 2,
        },
      ],
    },
  ],
});

describe("font/size fixes", () => {
  it.each([
    ["Party", 16, 15],
    ["Party", 13.5, 14],
    ["State", 15, 14],
    ["State", 12.5, 13],
  ] as const)("a %s paragraph all at %s pt is set to the nearest bound, %s pt", (profile, size, target) => {
    const doc = variant(profile === "Party" ? partyPlan() : stateReport(), (d) => (blockPara(d, 6).sizePt = size));
    const f = checkDocument(readDocument(makeDocx(docxPartsFromSpec(doc))), { rules: ["font/size"] }).findings;
    expect(f.map((x) => x.fix?.edits)).toEqual([
      [{ kind: "setRunFormat", paragraph: FIRST_BODY_PARAGRAPH + 2, props: { sizePt: target } }],
    ]);
  });

  it("a paragraph of 14 pt text with a 12 pt word is set to 14 pt, not 13", () => {
    const doc = variant(stateReport(), (d) => {
      blockPara(d, 6).runs = [
        { text: "Tập trung đẩy mạnh " },
        { text: "giải phóng", sizePt: 12 },
        { text: " mặt bằng." },
      ];
    });
    const f = checkDocument(readDocument(makeDocx(docxPartsFromSpec(doc))), { rules: ["font/size"] }).findings;
    expect(f.map((x) => x.fix?.edits)).toEqual([
      [{ kind: "setRunFormat", paragraph: FIRST_BODY_PARAGRAPH + 2, props: { sizePt: 14 } }],
    ]);
  });
});

describe("font/size fix: the paragraph's own body size is the one most of its text carries", () => {
  const fixOf = (runs: { text: string; sizePt?: number }[]) => {
    const doc = variant(stateReport(), (d) => (blockPara(d, 6).runs = runs));
    return checkDocument(readDocument(makeDocx(docxPartsFromSpec(doc))), { rules: ["font/size"] }).findings.map(
      (x) => x.fix,
    );
  };
  const setTo = (pt: number) => [
    {
      title: `Đặt cỡ chữ ${pt} pt`,
      edits: [{ kind: "setRunFormat", paragraph: FIRST_BODY_PARAGRAPH + 2, props: { sizePt: pt } }],
    },
  ];
  it("13 pt text (the range's lower end) with a 14 pt word: 13 pt", () => {
    expect(
      fixOf([
        { text: "Tập trung đẩy mạnh giải phóng mặt bằng các dự án", sizePt: 13 },
        { text: " trọng điểm", sizePt: 14 },
        { text: " của tỉnh.", sizePt: 12 },
      ]),
    ).toEqual(setTo(13));
  });
  it("14 pt in two runs outweighs a longer 13 pt run: 14 pt", () => {
    expect(
      fixOf([
        { text: "Tập trung đẩy mạnh giải phóng ", sizePt: 14 },
        { text: "mặt bằng các dự án trọng điểm", sizePt: 13 },
        { text: " quan trọng", sizePt: 12 },
        { text: " của tỉnh.", sizePt: 14 },
      ]),
    ).toEqual(setTo(14));
  });
  it("a short 13 pt run first, then longer 14 pt text: 14 pt", () => {
    expect(
      fixOf([
        { text: "Tập trung", sizePt: 13 },
        { text: " đẩy mạnh giải phóng mặt bằng các dự án trọng điểm", sizePt: 14 },
        { text: " của tỉnh.", sizePt: 12 },
      ]),
    ).toEqual(setTo(14));
  });
});
