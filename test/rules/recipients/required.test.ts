import { rule as recipientsRequired } from "../../../src/rules/recipients/required";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, partyReport, setCellText, statePlan, stateReport, variant } from "../../support/samples";

const SIG = -1; // the recipients/signature table is the last block

runRuleTester(recipientsRequired, {
  valid: [
    {
      name: "the leadership as “Ban Thường vụ Tỉnh ủy (b/c)”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 1, "- Ban Thường vụ Tỉnh ủy (b/c),")),
    },
    { name: "“TTTU (b/c)”", doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 1, "- TTTU (b/c),")) },
    {
      name: "“Thường trực Tỉnh uỷ(b/c)”: the old tone placement, no space before the mark",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 1, "- Thường trực Tỉnh uỷ(b/c),")),
    },
    { name: "“VP Tỉnh ủy”", doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 2, "- VP Tỉnh ủy,")) },
    {
      name: "“Văn phòng Tỉnh ủy Bắc Giang”",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 2, "- Văn phòng Tỉnh ủy Bắc Giang,")),
    },
    {
      name: "the provincial standing committee's own plan is exempt too",
      doc: variant(partyPlan(), (d) => {
        setCellText(d, 0, 0, 1, "BAN THƯỜNG VỤ TỈNH ỦY");
        setCellText(d, SIG, 0, 1, "- Các huyện ủy,");
        setCellText(d, SIG, 0, 2, "- Các sở, ngành,");
      }),
    },
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
      name: "“Văn phòng Huyện ủy” is not Văn phòng Tỉnh ủy",
      doc: variant(partyPlan(), (d) => setCellText(d, SIG, 0, 2, "- Văn phòng Huyện ủy,")),
      findings: [{ message: /^Nơi nhận thiếu “Văn phòng Tỉnh ủy”/, severity: "error", paragraph: P.label }],
    },
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
