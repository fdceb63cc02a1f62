import { rule as partyTitle } from "../../src/rules/header/party-title";
import { rule as nationalTitle } from "../../src/rules/header/national-title";
import { rule as issuer } from "../../src/rules/header/issuer";
import { rule as headerNumber } from "../../src/rules/header/number";
import { rule as headerDate } from "../../src/rules/header/date";
import { runRuleTester } from "../support/ruleTester";
import {
  blockPara,
  cellPara,
  partyPlan,
  partyReport,
  setCellText,
  statePlan,
  stateReport,
  variant,
} from "../support/samples";

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

runRuleTester(nationalTitle, {
  valid: [
    { name: "State report", doc: stateReport() },
    { name: "State plan", doc: statePlan() },
    { name: "a Party document has no national title to check", doc: partyPlan() },
  ],
  invalid: [
    {
      name: "national title 15 pt, motto not bold",
      doc: variant(stateReport(), (d) => {
        cellPara(d, 0, 1, 0).sizePt = 15;
        cellPara(d, 0, 1, 1).bold = false;
      }),
      findings: [
        { message: "Quốc hiệu: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 12–13 pt", severity: "error", paragraph: 4 },
        { message: "Tiêu ngữ không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", paragraph: 5 },
      ],
    },
    {
      name: "motto with en dashes: what many issued documents carry, a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập – Tự do – Hạnh phúc")),
      findings: [
        {
          message:
            "Tiêu ngữ viết “Độc lập – Tự do – Hạnh phúc”; NĐ 30/2020/NĐ-CP yêu cầu “Độc lập - Tự do - Hạnh phúc”",
          severity: "warning",
          paragraph: 5,
        },
      ],
    },
    {
      name: "motto with commas in place of the dashes: an error",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "Độc lập, Tự do, Hạnh phúc")),
      findings: [{ message: /^Tiêu ngữ viết “Độc lập, Tự do, Hạnh phúc”/, severity: "error", paragraph: 5 }],
    },
    {
      name: "national title 14 pt: issued documents commonly carry it, a warning",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).sizePt = 14)),
      findings: [
        {
          message:
            "Quốc hiệu: cỡ chữ 14 pt; NĐ 30/2020/NĐ-CP quy định 12–13 pt (nhiều văn bản đã ban hành vẫn để cỡ này, nên sửa cho đúng)",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "national title left-aligned in its column",
      doc: variant(stateReport(), (d) => (cellPara(d, 0, 1, 0).align = "left")),
      findings: [
        {
          message: "Quốc hiệu căn trái, không căn giữa; NĐ 30/2020/NĐ-CP trình bày quốc hiệu căn giữa",
          severity: "warning",
          paragraph: 4,
        },
      ],
    },
    {
      name: "no motto, no line",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 1, "")),
      findings: [{ message: /^Thiếu tiêu ngữ “Độc lập - Tự do - Hạnh phúc”/, paragraph: 4 }],
    },
    {
      name: "missing national title when forced to the State profile",
      doc: partyPlan(),
      profile: "state",
      findings: [{ message: /^Thiếu quốc hiệu/ }, { message: /^Thiếu tiêu ngữ/ }],
    },
  ],
});

runRuleTester(issuer, {
  valid: [
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
        { message: /không có đường kẻ/, severity: "warning" },
      ],
    },
  ],
});

runRuleTester(headerNumber, {
  valid: [
    { name: "Party “Số 85-KH/HU”", doc: partyPlan() },
    { name: "Party report “Số 112-BC/HU”", doc: partyReport() },
    { name: "State “Số: 215/BC-KTHT”", doc: stateReport() },
    { name: "State plan “Số: 09/KH-KTHT”", doc: statePlan() },
    {
      name: "a legal document's number carries its year: “Số: 30/2020/NĐ-CP”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 30/2020/NĐ-CP");
        blockPara(d, 1).text = "NGHỊ ĐỊNH";
      }),
    },
    {
      name: "a decision of a department: “Số: 1234/QĐ-SYT”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 1234/QĐ-SYT");
        blockPara(d, 1).text = "QUYẾT ĐỊNH";
      }),
    },
    {
      name: "a tờ trình: “Số: 45/TTr-SNV”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/TTr-SNV");
        blockPara(d, 1).text = "TỜ TRÌNH";
      }),
    },
    {
      name: "a công văn has no type code: “Số: 45/UBND-VX” with its “V/v” line",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 45/UBND-VX");
        blockPara(d, 1).text = "V/v triển khai thực hiện Kết luận";
      }),
    },
  ],
  invalid: [
    {
      name: "a blank number in a draft: its normal state, an info only",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số     -KH/HU")),
      findings: [{ message: /^Số văn bản còn để trống/, severity: "info", paragraph: 3 }],
    },
    {
      name: "Party number with a colon",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số: 85-KH/HU")),
      findings: [
        {
          message: "Số ký hiệu “Số: 85-KH/HU” có dấu hai chấm; văn bản của Đảng viết “Số 85-KH/HU”",
          severity: "error",
          paragraph: 3,
        },
      ],
    },
    {
      name: "Party number in the State form",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số: 85/KH-HU")),
      findings: [{ message: /có dấu hai chấm/ }, { message: /sai dấu phân cách; .* viết “Số 85-KH\/HU”/ }],
    },
    {
      name: "Party number under 10 without a leading zero",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 5-KH/HU")),
      findings: [{ message: "Số văn bản “5” nhỏ hơn 10 phải viết “05”; HD 36-HD/VPTW: “Số 05-KH/HU”" }],
    },
    {
      name: "State number without a colon, 15 pt",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số 215/BC-KTHT");
        cellPara(d, 0, 0, 3).sizePt = 15;
      }),
      findings: [
        { message: "Số, ký hiệu: cỡ chữ 15 pt; NĐ 30/2020/NĐ-CP yêu cầu 13 pt", severity: "error" },
        { message: /thiếu dấu hai chấm sau chữ “Số”; văn bản hành chính nhà nước viết “Số: 215\/BC-KTHT”/ },
      ],
    },
    {
      name: "a draft's blank number in the State form: an info only",
      doc: variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số:      /KH-UBND")),
      findings: [
        {
          message:
            "Số văn bản còn để trống (“Số:      /KH-UBND”): bình thường ở bản dự thảo, văn thư ghi số khi ban hành",
          severity: "info",
        },
      ],
    },
    {
      name: "a decision numbered with the notice code",
      doc: variant(stateReport(), (d) => {
        setCellText(d, 0, 0, 3, "Số: 12/TB-UBND");
        blockPara(d, 1).text = "QUYẾT ĐỊNH";
      }),
      findings: [
        {
          message: "Ký hiệu loại văn bản “TB” không khớp tên loại “QUYẾT ĐỊNH” (ký hiệu đúng: “QĐ”)",
          severity: "error",
        },
      ],
    },
    {
      name: "a plan numbered as a công văn, without its type code",
      doc: variant(statePlan(), (d) => setCellText(d, 0, 0, 3, "Số: 12/UBND-VX")),
      findings: [
        {
          message: "Ký hiệu “UBND-VX” thiếu chữ viết tắt tên loại “KẾ HOẠCH” (“KH”); NĐ 30/2020/NĐ-CP",
          severity: "error",
        },
      ],
    },
    {
      name: "an office's own numbering (“130-12/PT-NC”): a warning",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 0, 3, "Số: 130-12/BC-KTHT")),
      findings: [{ message: /^Số “130-12” trong “Số: 130-12\/BC-KTHT” không phải một số thứ tự/, severity: "warning" }],
    },
    {
      name: "a plan numbered with the report code",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "Số 85-BC/HU")),
      findings: [{ message: "Ký hiệu loại văn bản “BC” không khớp tên loại “KẾ HOẠCH” (ký hiệu đúng: “KH”)" }],
    },
    {
      name: "no number line",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 0, 3, "")),
      findings: [{ message: /^Không thấy số, ký hiệu văn bản/, paragraph: 0 }],
    },
  ],
});

runRuleTester(headerDate, {
  valid: [
    { name: "Party “ngày 15 tháng 9”", doc: partyPlan() },
    { name: "Party “ngày 05 tháng 02”", doc: partyReport() },
    { name: "State “ngày 20 tháng 12”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "a blank day and month in a draft: its normal state, an info only",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày     tháng     năm 2023")),
      findings: [{ message: /^Ngày ban hành còn để trống/, severity: "info", paragraph: 6 }],
    },
    {
      name: "day 5 and month 09",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 5 tháng 09 năm 2023")),
      findings: [
        {
          message: "Ngày 5 phải viết “05” (ngày 1–9 có số 0 đứng trước); HD 36-HD/VPTW",
          severity: "error",
          paragraph: 6,
        },
        { message: "Tháng “09” phải viết “9” (tháng 3–12 không có số 0 đứng trước); HD 36-HD/VPTW" },
      ],
    },
    {
      name: "month 2 without a leading zero",
      doc: variant(stateReport(), (d) => setCellText(d, 0, 1, 2, "Lục Nam, ngày 20 tháng 2 năm 2024")),
      findings: [{ message: "Tháng 2 phải viết “02” (tháng 1, 2 có số 0 đứng trước); NĐ 30/2020/NĐ-CP" }],
    },
    {
      name: "not italic, 13 pt in a Party document",
      doc: variant(partyPlan(), (d) => Object.assign(cellPara(d, 0, 1, 2), { italic: false, sizePt: 13 })),
      findings: [
        { message: "Địa danh, ngày tháng năm: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt" },
        { message: "Địa danh, ngày tháng năm không in nghiêng; HD 36-HD/VPTW yêu cầu in nghiêng" },
      ],
    },
    {
      name: "no place",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "ngày 15 tháng 9 năm 2023")),
      findings: [{ message: /^Thiếu địa danh trước ngày tháng/ }],
    },
    {
      name: "no date",
      doc: variant(partyPlan(), (d) => setCellText(d, 0, 1, 2, "")),
      findings: [{ message: /^Không thấy địa danh, ngày tháng năm ban hành/ }],
    },
  ],
});
