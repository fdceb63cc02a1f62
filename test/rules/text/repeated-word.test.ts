import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as repeatedWord } from "../../../src/rules/text/repeated-word";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport } from "../../support/samples";
import { seedAsDocument, withBody } from "../bodyText";

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
    // Real sentences of issued documents: the doubled syllable ends one compound and starts the next.
    { name: "trực tiếp tiếp nhận", doc: withBody(stateReport(), "Công an tỉnh trực tiếp tiếp nhận 17.523 hồ sơ.") },
    { name: "hành vi vi phạm", doc: withBody(stateReport(), "Xử lý nghiêm các hành vi vi phạm pháp luật.") },
    { name: "Luật Luật sư", doc: withBody(stateReport(), "Căn cứ Luật Luật sư ngày 29/6/2006.") },
    { name: "Đại hội Hội (a word, then a name)", doc: withBody(stateReport(), "Hoạt động cho đến Đại hội Hội.") },
    { name: "song song", doc: withBody(stateReport(), "Song song với đó, tỉnh đẩy mạnh chuyển đổi số.") },
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
    {
      name: "của của is a typo even between two compounds' neighbours",
      doc: withBody(stateReport(), "Triển khai các nhiệm vụ theo yêu cầu của của Thủ tướng Chính phủ."),
      findings: [{ message: "Lặp từ “của của”; kiểm tra và bỏ bớt một lần “của”", severity: "warning" }],
    },
  ],
});

describe("the seed conclusion, one paragraph per line", () => {
  it("reports exactly its two doubled words", () => {
    const found = checkDocument(readDocument(buildDocxFromSpec(seedAsDocument())), {
      rules: ["text/repeated-word"],
    }).findings;
    expect(found.map((f) => f.message)).toEqual([
      "Lặp từ “phát triển phát triển”; kiểm tra và bỏ bớt một lần “phát triển”",
      "Lặp từ “tác tác”; kiểm tra và bỏ bớt một lần “tác”",
    ]);
    for (const f of found) expect(f.excerpt).toMatch(/phát triển phát triển|tác tác/);
  });
});
