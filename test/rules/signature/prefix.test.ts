import { rule as signaturePrefix } from "../../../src/rules/signature/prefix";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, setCellText, stateReport, variant } from "../../support/samples";

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
      name: "State “KT.TRƯỞNG PHÒNG”: the prefix typed without its space (a warning, fixed by the space)",
      doc: variant(stateReport(), (d) => setCellText(d, SIG, 1, 0, "KT.TRƯỞNG PHÒNG")),
      findings: [
        {
          message: "Quyền hạn ký viết “KT.TRƯỞNG”; văn bản hành chính nhà nước viết “KT. TRƯỞNG”",
          severity: "warning",
          paragraph: P.signature[0],
        },
      ],
    },
    {
      name: "Party “T/M.BAN THƯỜNG VỤ”: the T/M line is there (no “thiếu dòng T/M”), only its space is missing",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "T/M.BAN THƯỜNG VỤ")),
      findings: [
        {
          message: "Quyền hạn ký viết “T/M.”; văn bản của Đảng viết “T/M”",
          severity: "error",
          paragraph: P.signature[0],
        },
      ],
    },
    {
      name: "a Party committee's document without “T/M”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 1, 0, "")),
      findings: [{ message: /^Văn bản của cấp ủy thiếu dòng “T\/M ...”/ }],
    },
  ],
});
