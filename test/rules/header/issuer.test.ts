/** header/issuer. The line under the issuer made as Word users make it: test/model/structure/header. */
import { rule as issuer } from "../../../src/rules/header/issuer";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

runRuleTester(issuer, {
  valid: [
    {
      name: "State: issuing body at 12 pt, the range's lower end",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 1).sizePt = 12)),
    },
    { name: "Party: superior not bold, issuing bold, then *", doc: partyPlan() },
    { name: "State: managing body, issuing body, short line", doc: stateReport() },
    {
      name: "State: issuing body on two bold lines (ỦY BAN NHÂN DÂN / HUYỆN LỤC NAM)",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 0, "ỦY BAN NHÂN DÂN");
        setCellText(d, 0, 0, 1, "HUYỆN LỤC NAM");
        cellPara(d, 0, 0, 0).bold = true;
      }),
    },
  ],
  invalid: [
    {
      name: "State: issuing body at 13.5 and 14 pt, both tolerated: one warning naming both sizes",
      doc: variant(stateReport(), (d) => {
        const p = cellPara(d, 0, 0, 1);
        delete p.text;
        p.runs = [
          { text: "PHÒNG KINH TẾ ", sizePt: 13.5 },
          { text: "VÀ HẠ TẦNG", sizePt: 14 },
        ];
      }),
      findings: [
        {
          message:
            "Tên cơ quan ban hành: cỡ chữ 13.5, 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 1,
        },
      ],
    },
    {
      name: "State: issuing body 14 pt and not bold: the size is a warning, the weight still an error",
      doc: variant(stateReport(), (d) => Object.assign(cellPara(d, 0, 0, 1), { sizePt: 14, bold: false })),
      findings: [
        {
          message: "Tên cơ quan ban hành không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm",
          severity: "error",
          paragraph: 1,
        },
        {
          message:
            "Tên cơ quan ban hành: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 1,
        },
      ],
    },
    {
      name: "State: no issuer in the left column",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 0, "");
        setCellText(d, 0, 0, 1, "");
        setCellText(d, 0, 0, 2, "");
      }),
      findings: [
        {
          message:
            "Không thấy tên cơ quan ban hành văn bản ở góc trái phía trên; NĐ 30/2020/NĐ-CP yêu cầu ghi tên cơ quan ban hành",
          severity: "error",
          paragraph: 0,
        },
      ],
    },
    {
      name: "Party: issuing body 14.5 pt, just over 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 0, 1).sizePt = 14.5)),
      findings: [
        {
          message: "Tên cơ quan ban hành: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 14 pt",
          severity: "error",
          paragraph: 1,
        },
      ],
    },
    {
      name: "Party: issuing body 13.5 pt, just under 14 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 0, 1).sizePt = 13.5)),
      findings: [{ message: "Tên cơ quan ban hành: cỡ chữ 13.5 pt; HD 36-HD/VPTW yêu cầu 14 pt" }],
    },
    {
      name: "State: issuing body 14 pt, over 12–13 but as issued documents carry it: a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 1).sizePt = 14)),
      findings: [
        {
          message:
            "Tên cơ quan ban hành: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 1,
        },
      ],
    },
    {
      name: "State: issuing body 14.5 pt, past what is tolerated: an error",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 1).sizePt = 14.5)),
      findings: [
        { message: "Tên cơ quan ban hành: cỡ chữ 14.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error" },
      ],
    },
    {
      name: "State: issuing body 11.5 pt, just under 12 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 0, 1).sizePt = 11.5)),
      findings: [
        { message: "Tên cơ quan ban hành: cỡ chữ 11.5 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error" },
      ],
    },
    {
      name: "Party: superior body bold, issuing body 13 pt",
      doc: variant(partyPlan(), (d) => {
        cellPara(d, 0, 0, 0).bold = true;
        cellPara(d, 0, 0, 1).sizePt = 13;
      }),
      findings: [
        { message: "Tên cơ quan cấp trên in đậm; HD 36-HD/VPTW yêu cầu không in đậm", paragraph: 0, severity: "error" },
        { message: "Tên cơ quan ban hành: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt", paragraph: 1 },
      ],
    },
    {
      name: "Party: no star",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 2, "")),
      findings: [
        {
          message:
            "Thiếu dấu “*” dưới tên cơ quan ban hành “HUYỆN ỦY LỤC NAM”; HD 36-HD/VPTW yêu cầu dấu sao dưới tên cơ quan ban hành",
          paragraph: 1,
        },
      ],
    },
    {
      name: "Party: issuing body in lower case and not bold",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 0, 1, "Huyện ủy Lục Nam");
        cellPara(d, 0, 0, 1).bold = false;
      }),
      findings: [{ message: /không in đậm/ }, { message: /“Huyện ủy Lục Nam” không viết in hoa/ }],
    },
    {
      name: "State: issuing body not bold, no line",
      doc: variant(stateReport(), (d) => {
        cellPara(d, 0, 0, 1).bold = false;
        setCellText(d, 0, 0, 2, "");
      }),
      findings: [
        { message: "Tên cơ quan ban hành không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", severity: "error" },
        {
          message:
            "Dưới tên cơ quan ban hành “PHÒNG KINH TẾ VÀ HẠ TẦNG” không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); NĐ 30/2020/NĐ-CP yêu cầu có đường kẻ ngang",
          severity: "warning",
          paragraph: 1,
        },
      ],
    },
  ],
});
