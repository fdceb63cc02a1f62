import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocument } from "../../src/docx/reader";
import { checkDocument } from "../../src/check";
import { rule as citationMismatch } from "../../src/rules/citation/mismatch";
import { rule as citationInconsistent } from "../../src/rules/citation/inconsistent";
import { rule as placeholder } from "../../src/rules/text/placeholder";
import { rule as repeatedWord } from "../../src/rules/text/repeated-word";
import { buildDocxFromSpec } from "../support/buildDocx";
import type { DocSpec } from "../support/docSpec";
import { runRuleTester } from "../support/ruleTester";
import { blockPara, P, partyPlan, stateReport, variant } from "../support/samples";

/** A sample with one body paragraph's text replaced. */
const withBody = (doc: DocSpec, text: string, block = 5): DocSpec =>
  variant(doc, (d) => {
    const p = blockPara(d, block);
    p.text = text;
    delete p.runs;
  });

runRuleTester(citationMismatch, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "the register's documents cited right",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ Chính trị, Chỉ thị số 26-CT/TU ngày 02/6/2023 của Ban Thường vụ Tỉnh ủy, Kết luận số 48-KL/TW ngày 03/01/2023 của Bộ Chính trị, Nghị quyết số 233-NQ/TU ngày 25/7/2022 của Tỉnh ủy, Chỉ thị số 27-CT/TU ngày 25 tháng 8 năm 2023 của Ban Thường vụ Tỉnh ủy và Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
      ),
    },
    {
      name: "documents outside the register are not checked",
      doc: withBody(partyPlan(), "Thực hiện Nghị quyết số 05-NQ/HU ngày 01/3/2021 của Ban Chấp hành Đảng bộ huyện."),
    },
  ],
  invalid: [
    {
      name: "11-NQ/TW with a wrong date: the register's date as a suggestion",
      doc: withBody(
        partyPlan(),
        "Thực hiện Nghị quyết số 11-NQ/TW ngày 10/3/2022 của Bộ Chính trị về phát triển vùng.",
      ),
      findings: [
        {
          message:
            "Nghị quyết số 11-NQ/TW ghi ngày 10/3/2022; theo danh mục là ngày 10/02/2022 (của Bộ Chính trị) — đề nghị sửa thành “ngày 10/02/2022”",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "26-CT/TU with the wrong issuer and called a resolution",
      doc: withBody(partyPlan(), "Theo Nghị quyết số 26-CT/TU ngày 02/6/2023 của Ban Chấp hành Trung ương."),
      findings: [
        { message: "Văn bản số 26-CT/TU ghi là “Nghị quyết”; theo danh mục là chỉ thị", severity: "error" },
        {
          message:
            "Chỉ thị số 26-CT/TU ghi “của Ban Chấp hành Trung ương”; theo danh mục là văn bản của Ban Thường vụ Tỉnh ủy",
        },
      ],
    },
    {
      name: "the provincial plan with another period",
      doc: withBody(stateReport(), "Theo Quy hoạch tỉnh thời kỳ 2021-2025, tầm nhìn đến năm 2050."),
      findings: [
        {
          message:
            "Quy hoạch tỉnh ghi “Quy hoạch tỉnh thời kỳ 2021-2025, tầm nhìn đến năm 2050”; Quy hoạch tỉnh là thời kỳ 2021-2030, tầm nhìn đến năm 2050",
        },
      ],
    },
  ],
});

runRuleTester(citationInconsistent, {
  valid: [
    { name: "Party plan: the conclusion cited the same way twice", doc: partyPlan() },
    { name: "State report", doc: stateReport() },
  ],
  invalid: [
    {
      name: "another number in the body",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 152-KL/TU ngày 05/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
      findings: [
        {
          message: "Kết luận ghi số 152-KL/TU; nơi khác trong văn bản ghi số 125-KL/TU",
          severity: "error",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "another date in the body",
      doc: withBody(partyPlan(), "Quán triệt Kết luận số 125-KL/TU ngày 15/9/2023 của Ban Chấp hành Đảng bộ tỉnh."),
      findings: [{ message: "Kết luận số 125-KL/TU ghi ngày 15/9/2023; nơi khác trong văn bản ghi ngày 05/9/2023" }],
    },
  ],
});

describe("citation/inconsistent with the user's setting", () => {
  const find = (doc: DocSpec, conclusion: { number?: string; date?: string }) =>
    checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: ["citation/inconsistent"], conclusion }).findings;

  it("agrees with a matching setting", () => {
    expect(find(partyPlan(), { number: "125-KL/TU", date: "05/9/2023" })).toEqual([]);
    expect(find(partyPlan(), { number: "125-kl/tu", date: "2023-09-05" })).toEqual([]);
  });

  it("reports every mention that differs from the setting", () => {
    const f = find(partyPlan(), { number: "126-KL/TU" });
    expect(f.map((x) => x.paragraph)).toEqual([P.summary, P.firstBody]);
    expect(f[0]!.message).toBe("Kết luận ghi số 125-KL/TU; theo thiết lập, Kết luận là số 126-KL/TU");
    const d = find(partyPlan(), { date: "06/9/2023" });
    expect(d[0]!.message).toBe("Kết luận số 125-KL/TU ghi ngày 05/9/2023; theo thiết lập, Kết luận ngày 06/9/2023");
  });
});

runRuleTester(placeholder, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "“v.v...” and the closing “./.” are not placeholders",
      doc: withBody(partyPlan(), "Các sản phẩm OCOP, v.v... Trên đây là kế hoạch./."),
    },
  ],
  invalid: [
    {
      name: "a blank number and day are left for the clerk (info); “[số]” and “…” are left-overs (warning)",
      doc: variant(withBody(partyPlan(), "Thực hiện Kế hoạch số [số] của Huyện ủy, các xã … báo cáo."), (d) => {
        const t = d.blocks[0]!;
        if (t.type !== "table") return;
        t.rows[0]![0]![3]!.text = "Số     -KH/HU";
        t.rows[0]![1]![2]!.text = "Lục Nam, ngày ... tháng ... năm 2023";
      }),
      findings: [
        {
          message: "Số hoặc ngày để trống “Số -KH/HU”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 3,
        },
        {
          message:
            "Số hoặc ngày để trống “ngày ... tháng ... năm”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
          severity: "info",
          paragraph: 6,
        },
        { message: /“\[số\]”/, severity: "warning", paragraph: P.firstBody + 1 },
        { message: /“…”/, severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "XX for a number",
      doc: withBody(stateReport(), "Đã ban hành XX văn bản chỉ đạo."),
      findings: [{ message: /“XX”/ }],
    },
  ],
});

runRuleTester(repeatedWord, {
  valid: [
    { name: "Party plan", doc: partyPlan() },
    {
      name: "reduplications and repeats across punctuation are fine",
      doc: withBody(
        partyPlan(),
        "Từ từ tháo gỡ; ngày ngày chăm lo, đời đời ghi nhớ. Hoàn thành, hoàn thành vượt mức; 2 2 lần.",
      ),
    },
  ],
  invalid: [
    {
      name: "a doubled syllable and a doubled two-syllable word",
      doc: withBody(partyPlan(), "Đẩy mạnh công tác tác dân vận và phát triển phát triển kinh tế."),
      findings: [
        {
          message: "Lặp từ “tác tác”; kiểm tra và bỏ bớt một lần “tác”",
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
        { message: "Lặp từ “phát triển phát triển”; kiểm tra và bỏ bớt một lần “phát triển”" },
      ],
    },
    {
      name: "case does not hide a repeat",
      doc: withBody(partyPlan(), "Các Các cấp ủy thực hiện."),
      findings: [{ message: /^Lặp từ “Các Các”/ }],
    },
  ],
});

describe("the seed conclusion, one paragraph per line", () => {
  it("reports exactly its two doubled words", () => {
    const lines = readFileSync(join(__dirname, "..", "..", "seeds", "000_6b58a9ed2912506d.txt"), "utf8").split(/\r?\n/);
    const doc: DocSpec = {
      ...partyPlan(),
      name: "seed",
      blocks: lines.map((text) => ({ type: "paragraph" as const, text })),
    };
    const found = checkDocument(readDocument(buildDocxFromSpec(doc)), { rules: ["text/repeated-word"] }).findings;
    expect(found.map((f) => f.message)).toEqual([
      "Lặp từ “phát triển phát triển”; kiểm tra và bỏ bớt một lần “phát triển”",
      "Lặp từ “tác tác”; kiểm tra và bỏ bớt một lần “tác”",
    ]);
    for (const f of found) expect(f.excerpt).toMatch(/phát triển phát triển|tác tác/);
  });
});

runRuleTester(repeatedWord, {
  valid: [
    // Real sentences of issued documents: the doubled syllable ends one compound and starts the next.
    { name: "trực tiếp tiếp nhận", doc: withBody(stateReport(), "Công an tỉnh trực tiếp tiếp nhận 17.523 hồ sơ.") },
    { name: "hành vi vi phạm", doc: withBody(stateReport(), "Xử lý nghiêm các hành vi vi phạm pháp luật.") },
    { name: "Luật Luật sư", doc: withBody(stateReport(), "Căn cứ Luật Luật sư ngày 29/6/2006.") },
    { name: "Đại hội Hội (a word, then a name)", doc: withBody(stateReport(), "Hoạt động cho đến Đại hội Hội.") },
    { name: "song song", doc: withBody(stateReport(), "Song song với đó, tỉnh đẩy mạnh chuyển đổi số.") },
  ],
  invalid: [
    {
      name: "của của is a typo even between two compounds' neighbours",
      doc: withBody(stateReport(), "Triển khai các nhiệm vụ theo yêu cầu của của Thủ tướng Chính phủ."),
      findings: [{ message: "Lặp từ “của của”; kiểm tra và bỏ bớt một lần “của”", severity: "warning" }],
    },
  ],
});

runRuleTester(placeholder, {
  valid: [
    // NĐ 30 as published in Word draws the line under the issuer and the motto with a run of underscores.
    { name: "a line of underscores under the motto", doc: withBody(stateReport(), "________________________") },
  ],
  invalid: [
    {
      name: "a blank of underscores inside a sentence is still a blank",
      doc: withBody(stateReport(), "Giao đồng chí ________ theo dõi."),
      findings: [{ message: /“________”/, severity: "warning" }],
    },
  ],
});
