import { rule as signaturePrefix } from "../../src/rules/signature/prefix";
import { rule as signatureBlock } from "../../src/rules/signature/block";
import { rule as recipientsBlock } from "../../src/rules/recipients/block";
import { rule as recipientsLabel } from "../../src/rules/recipients/label";
import { rule as recipientsRequired } from "../../src/rules/recipients/required";
import { rule as recipientsPunctuation } from "../../src/rules/recipients/punctuation";
import { rule as recipientsArchive } from "../../src/rules/recipients/archive";
import { runRuleTester } from "../support/ruleTester";
import { cellPara, P, partyPlan, partyReport, setCellText, statePlan, stateReport, variant } from "../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(signaturePrefix, {
  valid: [
    { name: "Party “T/M BAN THƯỜNG VỤ”", doc: partyPlan() },
    { name: "State “KT. TRƯỞNG PHÒNG”", doc: stateReport() },
    {
      name: "Party “T/L BAN THƯỜNG VỤ” (a chief of office signs by authorisation)",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "T/L BAN THƯỜNG VỤ")),
    },
    {
      name: "State head signing in person (no prefix)",
      doc: variant(stateReport(), (d) => {
        setCellText(d, SIG, 1, 0, "TRƯỞNG PHÒNG");
        setCellText(d, SIG, 1, 1, "");
      }),
    },
  ],
  invalid: [
    {
      name: "Party “TM.” written the State way",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "TM. BAN THƯỜNG VỤ")),
      findings: [
        {
          message: "Quyền hạn ký viết “TM.”; văn bản của Đảng viết “T/M”",
          severity: "error",
          paragraph: P.signature[0],
        },
      ],
    },
    {
      name: "State “T/M” written the Party way",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 1, 0, "T/M ỦY BAN NHÂN DÂN")),
      findings: [{ message: "Quyền hạn ký viết “T/M”; văn bản hành chính nhà nước viết “TM.”" }],
    },
    {
      name: "a Party committee never signs “K/T”",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 1, 0, "K/T BÍ THƯ");
        setCellText(d, SIG, 1, 1, "PHÓ BÍ THƯ");
      }),
      findings: [{ message: /^Cấp ủy không ký thay \(“K\/T”\)/, severity: "error" }],
    },
    {
      name: "a Party committee's document without “T/M”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "")),
      findings: [{ message: /^Văn bản của cấp ủy thiếu dòng “T\/M ...”/ }],
    },
  ],
});

runRuleTester(signatureBlock, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
    { name: "Party position line may be bold", doc: variant(partyPlan(), (d) => (cellPara(d, SIG, 1, 1).bold = true)) },
  ],
  invalid: [
    {
      name: "Party authority line not bold, name 13 pt: warnings (practice)",
      doc: variant(partyPlan(), (d) => {
        cellPara(d, SIG, 1, 0).bold = false;
        cellPara(d, SIG, 1, 2).sizePt = 13;
      }),
      findings: [
        { message: "Dòng quyền hạn ký không in đậm; HD 36-HD/VPTW yêu cầu in đậm", severity: "warning", paragraph: 21 },
        { message: "Họ tên người ký: cỡ chữ 13 pt; HD 36-HD/VPTW yêu cầu 14 pt", paragraph: 23 },
      ],
    },
    {
      name: "State position not bold: an error (firm)",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 1, 1).bold = false)),
      findings: [{ message: "Chức vụ người ký không in đậm; NĐ 30/2020/NĐ-CP yêu cầu in đậm", severity: "error" }],
    },
    {
      name: "no signer's name yet",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 2, "")),
      findings: [{ message: "Chưa có họ tên người ký dưới chức vụ “BÍ THƯ”", severity: "warning" }],
    },
  ],
});

runRuleTester(recipientsBlock, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
  ],
  invalid: [
    {
      name: "State recipient lines at 12 pt",
      doc: variant(stateReport(), (d) => (cellPara(d, SIG, 0, 1).sizePt = 12)),
      findings: [
        { message: "Dòng nơi nhận: cỡ chữ 12 pt; NĐ 30/2020/NĐ-CP yêu cầu 11 pt", severity: "error", paragraph: 18 },
      ],
    },
    {
      name: "no recipients block",
      doc: variant(partyPlan(), (d) => {
        for (let k = 0; k < 4; k++) setCellText(d, SIG, 0, k, "");
      }),
      findings: [{ message: /^Không thấy khối “Nơi nhận:”/, severity: "warning", paragraph: null }],
    },
    {
      name: "recipients in the right column",
      doc: variant(partyPlan(), (d) => {
        const t = d.blocks[d.blocks.length - 1]!;
        if (t.type === "table") t.rows[0]!.reverse();
      }),
      findings: [{ message: /^Khối “Nơi nhận:” đặt ở cột phải/ }],
    },
  ],
});

runRuleTester(recipientsLabel, {
  valid: [
    { name: "Party: 14 pt underlined", doc: partyPlan() },
    { name: "State: 12 pt bold italic", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party label bold, no colon",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 0, "Nơi nhận");
        cellPara(d, SIG, 0, 0).bold = true;
      }),
      findings: [
        { message: "Viết “Nơi nhận”; HD 36-HD/VPTW yêu cầu “Nơi nhận:”", severity: "warning", paragraph: P.label },
        { message: "Chữ “Nơi nhận:” in đậm; HD 36-HD/VPTW yêu cầu không in đậm" },
      ],
    },
    {
      name: "State label underlined and not italic",
      doc: variant(stateReport(), (d) => Object.assign(cellPara(d, SIG, 0, 0), { italic: false })),
      findings: [
        { message: "Chữ “Nơi nhận:” không in nghiêng; NĐ 30/2020/NĐ-CP yêu cầu in nghiêng", severity: "error" },
      ],
    },
  ],
});

runRuleTester(recipientsRequired, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    { name: "Party report", doc: partyReport() },
    { name: "State report", doc: stateReport() },
    { name: "State plan", doc: statePlan() },
    {
      name: "abbreviations count: “BTV Tỉnh ủy (báo cáo)”, “VPTU”",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 1, "- BTV Tỉnh ủy (báo cáo),");
        setCellText(d, SIG, 0, 2, "- VPTU,");
      }),
    },
    {
      name: "the provincial committee's own plan is exempt",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 0, 1, "TỈNH ỦY BẮC GIANG");
        setCellText(d, SIG, 0, 1, "- Các huyện ủy, thành ủy,");
        setCellText(d, SIG, 0, 2, "- Các đồng chí Tỉnh ủy viên,");
      }),
    },
  ],
  invalid: [
    {
      name: "no Văn phòng Tỉnh ủy",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 2, "- Các đồng chí Ủy viên BTV Huyện ủy,")),
      findings: [
        {
          message: /^Nơi nhận thiếu “Văn phòng Tỉnh ủy”; Kết luận của Ban Chấp hành Đảng bộ tỉnh, đoạn cuối/,
          severity: "error",
          paragraph: P.label,
        },
      ],
    },
    {
      name: "leadership without (b/c)",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 0, 1, "- Thường trực Tỉnh ủy;")),
      findings: [{ message: /^Nơi nhận “- Thường trực Tỉnh ủy;” thiếu “\(b\/c\)”/, paragraph: 18 }],
    },
    {
      name: "leadership not first, and “Thường trực Huyện ủy” is not the provincial leadership",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 1, "- Văn phòng Tỉnh ủy,");
        setCellText(d, SIG, 0, 2, "- Thường trực Tỉnh ủy (b/c),");
      }),
      findings: [{ message: /^“Thường trực Tỉnh ủy hoặc Ban Thường vụ Tỉnh ủy \(b\/c\)” phải là nơi nhận đầu tiên/ }],
    },
    {
      name: "neither required recipient",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 1, "- Thường trực Huyện ủy,");
        setCellText(d, SIG, 0, 2, "- Các chi bộ trực thuộc,");
      }),
      findings: [
        { message: /thiếu “Thường trực Tỉnh ủy hoặc Ban Thường vụ Tỉnh ủy \(b\/c\)”/ },
        { message: /thiếu “Văn phòng Tỉnh ủy”/ },
      ],
    },
  ],
});

runRuleTester(recipientsPunctuation, {
  valid: [
    { name: "Party: “,” and a final “.”", doc: partyPlan() },
    { name: "State: “;” and a final “.”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party line ending with “;”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 1, "- Thường trực Tỉnh ủy (b/c);")),
      findings: [
        {
          message: "Dòng nơi nhận “- Thường trực Tỉnh ủy (b/c);” kết thúc bằng “;”; HD 36-HD/VPTW yêu cầu dấu “,”",
          severity: "warning",
          paragraph: 18,
        },
      ],
    },
    {
      name: "State line without punctuation and without a dash; last line with “;”",
      doc: variant(stateReport(), (d) => {
        setCellText(d, SIG, 0, 2, "Văn phòng Tỉnh ủy");
        setCellText(d, SIG, 0, 3, "- Lưu: VT, KTHT;");
      }),
      findings: [
        { message: /^Dòng nơi nhận “Văn phòng Tỉnh ủy” không bắt đầu bằng “- ”/, severity: "error" },
        { message: "Dòng nơi nhận “Văn phòng Tỉnh ủy” không có dấu “;” ở cuối; NĐ 30/2020/NĐ-CP yêu cầu" },
        { message: "Dòng nơi nhận “- Lưu: VT, KTHT;” kết thúc bằng “;”; NĐ 30/2020/NĐ-CP yêu cầu dấu “.”" },
      ],
    },
  ],
});

runRuleTester(recipientsArchive, {
  valid: [
    { name: "Party “- Lưu Văn phòng Huyện ủy.”", doc: partyPlan() },
    { name: "State “- Lưu: VT, KTHT.”", doc: stateReport() },
  ],
  invalid: [
    {
      name: "Party without an archive line",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 3, "")),
      findings: [
        {
          message: "Nơi nhận thiếu dòng lưu văn bản (“- Lưu Văn phòng Huyện ủy.”) ở cuối; HD 36-HD/VPTW yêu cầu",
          severity: "warning",
          paragraph: 19,
        },
      ],
    },
    {
      name: "State archive line without colon, VT or unit",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 0, 3, "- Lưu KTHT.")),
      findings: [{ message: /thiếu dấu hai chấm sau “Lưu”/, severity: "error" }, { message: /thiếu “VT” \(văn thư\)/ }],
    },
    {
      name: "State archive line without the unit",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 0, 3, "- Lưu: VT.")),
      findings: [{ message: /thiếu tên viết tắt đơn vị soạn thảo/ }],
    },
    {
      name: "archive line not last",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, SIG, 0, 2, "- Lưu Văn phòng Huyện ủy,");
        setCellText(d, SIG, 0, 3, "- Văn phòng Tỉnh ủy.");
      }),
      findings: [{ message: /không phải dòng cuối của nơi nhận/, paragraph: 19 }],
    },
  ],
});
