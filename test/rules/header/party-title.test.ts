import { rule as partyTitle } from "../../../src/rules/header/party-title";
import { runRuleTester } from "../../support/ruleTester";
import { cellPara, partyPlan, partyReport, setCellText, stateReport, variant } from "../../support/samples";

runRuleTester(partyTitle, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "Party report", doc: partyReport() },
    { name: "a State document has no Party title to check", doc: stateReport() },
    {
      name: "tone marks and a centred title in the right column",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 1, 0).align = "center")),
    },
  ],
  invalid: [
    {
      name: "15.5 pt: just over 15 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 1, 0).sizePt = 15.5)),
      findings: [
        {
          message: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: cỡ chữ 15.5 pt; HD 36-HD/VPTW yêu cầu 15 pt",
          severity: "error",
          paragraph: 4,
        },
      ],
    },
    {
      name: "14.5 pt: just under 15 pt",
      doc: variant(partyPlan(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14.5)),
      findings: [{ message: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: cỡ chữ 14.5 pt; HD 36-HD/VPTW yêu cầu 15 pt" }],
    },
    {
      name: "14 pt, not bold",
      doc: variant(partyPlan(), (d) => Object.assign(cellPara(d, 0, 1, 0), { sizePt: 14, bold: false })),
      findings: [
        {
          message: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”: cỡ chữ 14 pt; HD 36-HD/VPTW yêu cầu 15 pt",
          severity: "error",
          paragraph: 4,
          basis: /^HD 36-HD\/VPTW, thể thức/,
        },
        { message: "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” không in đậm; HD 36-HD/VPTW yêu cầu in đậm", paragraph: 4 },
      ],
    },
    {
      name: "in lower case, without a line under it",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 1, 0, "Đảng Cộng sản Việt Nam");
        cellPara(d, 0, 1, 0).underline = false;
      }),
      findings: [
        { message: /^Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” “Đảng Cộng sản Việt Nam” không viết in hoa/, severity: "error" },
        { message: /^Dưới tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” không có đường kẻ/, severity: "warning" },
      ],
    },
    {
      name: "in the left column",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 1, 0, "");
        setCellText(d, 0, 0, 0, "ĐẢNG CỘNG SẢN VIỆT NAM");
        Object.assign(cellPara(d, 0, 0, 0), { bold: true, sizePt: 15, underline: true, align: "left" });
      }),
      profile: "party",
      findings: [{ message: /đặt ở bên trái; HD 36-HD\/VPTW yêu cầu đặt ở góc phải phía trên$/, paragraph: 0 }],
    },
    {
      name: "left-aligned in the right column and pushed to the middle with spaces: a warning",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 1, 0, "     ĐẢNG CỘNG SẢN VIỆT NAM");
        cellPara(d, 0, 1, 0).align = "left";
      }),
      findings: [
        {
          message:
            "Tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM” căn trái rồi đẩy vào giữa bằng dấu cách; HD 36-HD/VPTW trình bày tiêu đề căn giữa (đổi phông, cỡ chữ là dòng bị lệch)",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "missing: a Party profile forced on a State layout",
      doc: stateReport(),
      profile: "party",
      findings: [{ message: /^Thiếu tiêu đề “ĐẢNG CỘNG SẢN VIỆT NAM”/, severity: "error", paragraph: 0 }],
    },
  ],
});
