import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../../src/check";
import { parseDirectiveSource } from "../../../src/directives/parse";
import { recipientPolicyOf } from "../../../src/directives/recipients";
import { readDocument } from "../../../src/docx/reader";
import { rule as recipientsRequired } from "../../../src/rules/recipients/required";
import { buildDocxFromSpec } from "../../support/buildDocx";
import type { DocSpec } from "../../support/docSpec";
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

describe("recipients/required with another directive source: the policy from its closing paragraph", () => {
  const district = parseDirectiveSource(
    readFileSync(join(__dirname, "..", "..", "directives", "sources", "district-digital-resolution.txt"), "utf8"),
  );
  const basis = recipientPolicyOf(district).basis;
  const run = (doc: DocSpec) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), {
      directives: district,
      implementsConclusion: true,
      rules: ["recipients/required"],
    }).findings;
  /** The sample plan issued by a commune Party committee of the district. */
  const commune = (lines: [string, string]) =>
    variant(partyPlan(), (d) => {
      setCellText(d, 0, 0, 0, "ĐẢNG BỘ HUYỆN LỤC NAM");
      setCellText(d, 0, 0, 1, "ĐẢNG ỦY XÃ BẢO SƠN");
      setCellText(d, SIG, 0, 1, lines[0]);
      setCellText(d, SIG, 0, 2, lines[1]);
      setCellText(d, SIG, 0, 3, "- Lưu Văn phòng Đảng ủy.");
    });

  it("the seed's recipients do not satisfy it, and nothing about Tỉnh ủy is demanded", () => {
    const found = run(commune(["- Thường trực Tỉnh ủy (b/c),", "- Văn phòng Tỉnh ủy,"]));
    expect(found.map((f) => [f.message, f.severity, f.paragraph, f.basis])).toEqual([
      [`Nơi nhận thiếu “Thường trực Huyện ủy hoặc Ban Thường vụ Huyện ủy (b/c)”; ${basis}`, "error", P.label, basis],
      [`Nơi nhận thiếu “Văn phòng Huyện ủy”; ${basis}`, "error", P.label, basis],
    ]);
  });

  it("“BTV Huyện ủy (báo cáo)” and “VPHU”: nothing", () => {
    expect(run(commune(["- BTV Huyện ủy (báo cáo),", "- VPHU,"]))).toEqual([]);
  });

  it("“Văn phòng Huyện ủy” listed before the leadership: the leadership must come first", () => {
    expect(run(commune(["- Văn phòng Huyện ủy,", "- Ban Thường vụ Huyện ủy (b/c),"])).map((f) => f.message)).toEqual([
      `“Thường trực Huyện ủy hoặc Ban Thường vụ Huyện ủy (b/c)” phải là nơi nhận đầu tiên (hiện ở dòng thứ 2); ${basis}`,
    ]);
  });

  it("the district committee's own plan, and its office's (“VĂN PHÒNG” under “HUYỆN ỦY LỤC NAM”), are exempt", () => {
    const own = variant(partyPlan(), (d) => {
      setCellText(d, SIG, 0, 1, "- Các chi, đảng bộ trực thuộc,");
      setCellText(d, SIG, 0, 2, "- Các đồng chí Huyện ủy viên,");
    });
    expect(run(own)).toEqual([]);
    const office = variant(own, (d) => {
      setCellText(d, 0, 0, 0, "HUYỆN ỦY LỤC NAM");
      setCellText(d, 0, 0, 1, "VĂN PHÒNG");
    });
    expect(run(office)).toEqual([]);
  });

  it("a source whose closing names nobody: no required recipient at all", () => {
    const source = parseDirectiveSource(
      "CHỈ THỊ\ncủa Ban Thường vụ Huyện ủy về công tác dân vận\n\nBan Thường vụ Huyện ủy yêu cầu:\n\n" +
        "1. Tăng cường công tác dân vận chính quyền.\n\n2. Đẩy mạnh phong trào thi đua dân vận khéo.\n\n" +
        "Chỉ thị này được phổ biến đến chi bộ.",
    );
    const found = checkDocument(readDocument(buildDocxFromSpec(commune(["- Các chi bộ,", "- Lưu VP."]))), {
      directives: source,
      implementsConclusion: true,
      rules: ["recipients/required"],
    }).findings;
    expect(found).toEqual([]);
  });
});
