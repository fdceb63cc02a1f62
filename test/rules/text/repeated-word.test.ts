import { readDocument } from "../../../src/docx/reader";
import { checkDocument } from "../../../src/check";
import { rule as repeatedWord, tokensOf } from "../../../src/rules/text/repeated-word";
import { buildDocxFromSpec } from "../../support/buildDocx";
import { runRuleTester } from "../../support/ruleTester";
import { P, partyPlan, stateReport } from "../../support/samples";
import { seedAsDocument, withBody } from "../bodyText";
import { randomText, seededRandom } from "../../support/random";

const REPEATED = (words: string, word: string) => `Lặp từ “${words}”; kiểm tra và bỏ bớt một lần “${word}”`;

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
    // The second compound may end the paragraph: "phạm" is its last word.
    { name: "hành vi vi phạm ending the paragraph", doc: withBody(stateReport(), "Xử lý nghiêm hành vi vi phạm") },
    // "Lâm Đồng đồng hành": one copy capitalised (a name) and the other not are two words.
    { name: "Lâm Đồng đồng hành", doc: withBody(stateReport(), "Doanh nghiệp Lâm Đồng đồng hành cùng tỉnh.") },
    // Two different Nôm characters are not one character twice (each is a surrogate pair of its own).
    { name: "two different Nôm characters", doc: withBody(stateReport(), "Hai chữ Nôm 𡨸 𡦂 đọc khác nhau.") },
    // Up to three syllables are compared: a four-syllable phrase written twice is beyond the rule.
    {
      name: "a four-syllable phrase twice is not looked for",
      doc: withBody(stateReport(), "Đẩy mạnh cải cách hành chính cải cách hành chính trong năm."),
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
    {
      name: "của của is a typo even between two compounds' neighbours",
      doc: withBody(stateReport(), "Triển khai các nhiệm vụ theo yêu cầu của của Thủ tướng Chính phủ."),
      findings: [{ message: "Lặp từ “của của”; kiểm tra và bỏ bớt một lần “của”", severity: "warning" }],
    },
    // Near misses of the overlaps: both compounds must be there, the one before and the one after.
    {
      name: "tiếp tiếp nhận without the “trực” before it",
      doc: withBody(stateReport(), "Cán bộ tiếp tiếp nhận hồ sơ của công dân."),
      findings: [{ message: REPEATED("tiếp tiếp", "tiếp"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "trực tiếp tiếp without a compound after it",
      doc: withBody(stateReport(), "Chỉ đạo trực tiếp tiếp, kịp thời các nhiệm vụ."),
      findings: [{ message: REPEATED("tiếp tiếp", "tiếp"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled two-syllable phrase ending a heading (no full stop)",
      doc: withBody(stateReport(), "2. Nhiệm vụ, giải pháp giải pháp"),
      findings: [
        { message: REPEATED("giải pháp giải pháp", "giải pháp"), severity: "warning", paragraph: P.firstBody + 1 },
      ],
    },
    {
      name: "a doubled syllable before a full stop",
      doc: withBody(stateReport(), "Làm tốt công tác tác."),
      findings: [{ message: REPEATED("tác tác", "tác"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled syllable before a comma",
      doc: withBody(stateReport(), "Làm tốt công tác tác, dân vận."),
      findings: [{ message: REPEATED("tác tác", "tác"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a two-syllable phrase twice, the first capitalised at the start of the sentence",
      doc: withBody(stateReport(), "Phát triển phát triển kinh tế biển."),
      findings: [
        {
          message: REPEATED("Phát triển phát triển", "Phát triển"),
          severity: "warning",
          paragraph: P.firstBody + 1,
        },
      ],
    },
    {
      name: "a three-syllable phrase twice",
      doc: withBody(stateReport(), "Đẩy mạnh chuyển đổi số chuyển đổi số toàn diện."),
      findings: [{ message: REPEATED("chuyển đổi số chuyển đổi số", "chuyển đổi số"), paragraph: P.firstBody + 1 }],
    },
    // Characters outside the Basic Multilingual Plane (a Nôm character, an emoji) are two UTF-16 units each.
    {
      name: "a Nôm character written twice",
      doc: withBody(stateReport(), "Tư liệu chữ Nôm 𡨸 𡨸 còn lưu giữ."),
      findings: [{ message: REPEATED("𡨸 𡨸", "𡨸"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled syllable in a paragraph with an emoji",
      doc: withBody(stateReport(), "Làm tốt công tác tác 👍 dân vận."),
      findings: [{ message: REPEATED("tác tác", "tác"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled syllable with an emoji glued to the second copy",
      doc: withBody(stateReport(), "Làm tốt công tác tác👍 dân vận."),
      findings: [{ message: REPEATED("tác tác", "tác"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a two-character Nôm word written twice",
      doc: withBody(stateReport(), "Văn bản ghi 喃𡨸 喃𡨸 bằng chữ Nôm."),
      findings: [{ message: REPEATED("喃𡨸 喃𡨸", "喃𡨸"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled syllable separated by a non-breaking space",
      doc: withBody(stateReport(), "Làm tốt công tác\u00a0tác dân vận."),
      findings: [{ message: REPEATED("tác\u00a0tác", "tác"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a paragraph of one word twice",
      doc: withBody(stateReport(), "Nguyễn Nguyễn"),
      findings: [{ message: REPEATED("Nguyễn Nguyễn", "Nguyễn"), severity: "warning", paragraph: P.firstBody + 1 }],
    },
    {
      name: "a doubled two-syllable phrase in a paragraph with an emoji, in two cases",
      doc: withBody(stateReport(), "👍 Phát triển phát triển kinh tế."),
      findings: [{ message: REPEATED("Phát triển phát triển", "Phát triển"), paragraph: P.firstBody + 1 }],
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

describe("text/repeated-word's tokens: runs of letters, marks and digits, read unit by unit", () => {
  const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
  /** Units whose lower case is not one unit whatever surrounds them, and surrogates: compared as whole strings. */
  const notPerUnit = (s: string): boolean =>
    [...s].some(
      (ch) =>
        /[\ud800-\udfff]/.test(ch) || (/[\p{L}\p{M}\p{N}]/u.test(ch) && (ch.toLowerCase().length !== 1 || ch === "Σ")),
    );
  const expectSame = (text: string): void => {
    const { tokens, perUnit } = tokensOf(text);
    const expected = text.match(WORDS) ?? [];
    expect({ text, tokens }).toEqual({ text, tokens: expected });
    // (with no token there is nothing to compare)
    if (expected.length > 0) expect({ text, perUnit }).toEqual({ text, perUnit: !notPerUnit(text) });
  };

  it("finds the regex's tokens around every BMP unit", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const s of [ch, `ab${ch}cd`, `${ch} ${ch}`, `1${ch}`]) {
        const { tokens } = tokensOf(s);
        if (JSON.stringify(tokens) !== JSON.stringify(s.match(WORDS) ?? [])) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it("finds them, and says when to compare whole strings, on 20,000 random texts", () => {
    const pieces = [..."aĐđ1 .,-\u00a0\u0301İIıΣσς", "𠀀", "\ud800", "\udc00", "𝐀", "tác", "Tác"];
    const random = seededRandom(5);
    for (let k = 0; k < 20000; k++) {
      expectSame(randomText(random, pieces, random(16)));
    }
  });
});
