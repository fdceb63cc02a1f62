/**
 * text/repeated-word at its edges: the compounds that share a syllable at the start and the end of a paragraph, what
 * may separate two copies, tokens with digits, a word written three times, two findings in a paragraph.
 */
import { rule as repeatedWord } from "../../../src/rules/text/repeated-word";
import type { DocSpec } from "../../support/docSpec";
import { findingsOf, runRuleTester } from "../../support/ruleTester";
import { blockPara, P, stateReport, variant } from "../../support/samples";
import { withBody } from "../bodyText";

const BODY = P.firstBody + 1;
const BASIS = "Kỹ thuật soạn thảo: văn bản phải chính xác về chính tả, không lặp từ";
const REPEATED = (words: string, word: string): string => `Lặp từ “${words}”; kiểm tra và bỏ bớt một lần “${word}”`;
const body = (text: string): DocSpec => withBody(stateReport(), text);

runRuleTester(repeatedWord, {
  valid: [
    {
      name: "a compound sharing its syllable at the very start of a paragraph: “trực tiếp tiếp nhận ...”",
      doc: body("trực tiếp tiếp nhận hồ sơ của công dân."),
    },
    {
      name: "a three-syllable compound after the shared syllable ending the paragraph: “trực tiếp tiếp công dân”",
      doc: body("Lãnh đạo Ủy ban nhân dân tỉnh trực tiếp tiếp công dân"),
    },
    { name: "nhà nước nước sạch", doc: body("Xây dựng nhà nước nước sạch cho vùng cao.") },
    { name: "Hội Hội viên: a name, then the word", doc: body("Hội Hội viên thảo luận điều lệ.") },
    {
      name: "copies joined by a hyphen, a slash or a full stop are not a repeat",
      doc: body("Mã tác-tác, tác/tác và của.của trong bảng mã."),
    },
    { name: "tokens with digits are not compared: A1 A1, 15h 15h", doc: body("Bảng mã A1 A1 lúc 15h 15h.") },
    { name: "a reduplication of the data: người người", doc: body("Phong trào người người thi đua, nhà nhà thi đua.") },
    { name: "a word and a longer word that starts with it: các cách", doc: body("Tìm các cách làm mới.") },
    { name: "a dotted capital İ and a plain I are different letters: KİT KIT", doc: body("Mã KİT KIT khác nhau.") },
  ],
  invalid: [
    {
      name: "a word written three times is reported once",
      doc: body("Làm tốt công tác tác tác dân vận."),
      findings: [{ message: REPEATED("tác tác", "tác"), severity: "warning", paragraph: BODY, basis: BASIS }],
    },
    {
      name: "the shared syllable at the start of a paragraph without the compound before it",
      doc: body("tiếp tiếp nhận hồ sơ của công dân."),
      findings: [{ message: REPEATED("tiếp tiếp", "tiếp"), paragraph: BODY }],
    },
    {
      name: "“trực tiếp tiếp công” lacks the last syllable of “tiếp công dân”",
      doc: body("Cán bộ trực tiếp tiếp công"),
      findings: [{ message: REPEATED("tiếp tiếp", "tiếp"), paragraph: BODY }],
    },
    {
      name: "nhà nước nước ngọt: not a pair of the data",
      doc: body("Xây dựng nhà nước nước ngọt."),
      findings: [{ message: REPEATED("nước nước", "nước"), paragraph: BODY }],
    },
    {
      name: "two spaces between the copies are kept in the message",
      doc: body("Làm tốt công tác  tác dân vận."),
      findings: [{ message: REPEATED("tác  tác", "tác"), paragraph: BODY }],
    },
    {
      name: "a word in capitals twice",
      doc: body("ĐẢNG ĐẢNG viên gương mẫu."),
      findings: [{ message: REPEATED("ĐẢNG ĐẢNG", "ĐẢNG"), paragraph: BODY }],
    },
    {
      name: "a two-syllable phrase twice is found before a repeated syllable would be",
      doc: body("Thực hiện các cấp các cấp ủy."),
      findings: [{ message: REPEATED("các cấp các cấp", "các cấp"), paragraph: BODY }],
    },
    {
      name: "a name with a dotted capital İ twice, once in capitals",
      doc: body("Đoàn công tác tại İstanbul İSTANBUL."),
      findings: [{ message: REPEATED("İstanbul İSTANBUL", "İstanbul"), paragraph: BODY }],
    },
    {
      name: "two repeats in one paragraph and one in the next, each at its paragraph",
      doc: variant(body("Làm tốt công tác tác dân vận, phát triển phát triển kinh tế."), (d) => {
        blockPara(d, 6).text = "Yêu cầu của của Thủ tướng.";
      }),
      findings: [
        { message: REPEATED("tác tác", "tác"), paragraph: BODY },
        { message: REPEATED("phát triển phát triển", "phát triển"), paragraph: BODY },
        { message: REPEATED("của của", "của"), paragraph: BODY + 1 },
      ],
    },
    {
      name: "a word in capitals, then with a capital initial: ĐẢNG Đảng",
      doc: body("Các ĐẢNG Đảng viên."),
      findings: [{ message: REPEATED("ĐẢNG Đảng", "ĐẢNG"), paragraph: BODY }],
    },
    {
      name: "a Greek word whose final sigma is written Σ, then ς",
      doc: body("Từ ΟΔΟΣ Οδος trong tiếng Hy Lạp."),
      findings: [{ message: REPEATED("ΟΔΟΣ Οδος", "ΟΔΟΣ"), paragraph: BODY }],
    },
    {
      name: "characters at the ends of a surrogate block written twice: 𠀀 (U+20000), 𠏿 (U+203FF)",
      doc: body("Chữ 𠀀 𠀀 và chữ 𠏿 𠏿 cổ."),
      findings: [
        { message: REPEATED("𠀀 𠀀", "𠀀"), paragraph: BODY },
        { message: REPEATED("𠏿 𠏿", "𠏿"), paragraph: BODY },
      ],
    },
    {
      name: "a two-character Nôm word written twice at the start of a paragraph",
      doc: body("喃𡨸 喃𡨸 là chữ Nôm."),
      findings: [{ message: REPEATED("喃𡨸 喃𡨸", "喃𡨸"), paragraph: BODY }],
    },
    {
      name: "a character of the first surrogate pair (U+10000) twice, and a fullwidth word twice",
      doc: body("Chữ 𐀀 𐀀 và mã ＰＡＲ ＰＡＲ."),
      findings: [
        { message: REPEATED("𐀀 𐀀", "𐀀"), paragraph: BODY },
        { message: REPEATED("ＰＡＲ ＰＡＲ", "ＰＡＲ"), paragraph: BODY },
      ],
    },
    {
      name: "a paragraph of 3,000 words, longer than any before it, with its repeat at the very end",
      doc: variant(body("Làm tốt công tác dân vận."), (d) => {
        blockPara(d, 6).text = `${"các cấp ủy, ".repeat(1000)}phát triển kinh tế tế`;
      }),
      findings: [{ message: REPEATED("tế tế", "tế"), paragraph: BODY + 1 }],
    },
  ],
});

describe("text/repeated-word excerpts", () => {
  it("shows 30 characters either side of the repeat", () => {
    const found = findingsOf(
      repeatedWord,
      body(
        "Trong năm qua, các cơ quan, đơn vị trên địa bàn tỉnh đã làm tốt công tác tác dân vận, góp phần quan trọng vào việc hoàn thành nhiệm vụ chính trị của địa phương.",
      ),
    );
    expect(found.map((f) => f.excerpt)).toEqual(["địa bàn tỉnh đã làm tốt công tác tác dân vận, góp phần quan trọng"]);
  });
});
