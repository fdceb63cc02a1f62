/**
 * text/typing, cases that a mutation run showed untested: where the tone goes in a VNI guess, a full stop that
 * ends a sentence or starts a code, units in «», straight quotes paired deep in a long body, and which paragraphs
 * the cap shows when a paragraph's only slip is an unpaired mark.
 */
import { rule as typing } from "../../../src/rules/text/typing";
import { runRuleTester } from "../../support/ruleTester";
import { P, stateReport } from "../../support/samples";
import { bodyParagraph, stateReportBody, withBody, withBodyBlocks } from "../bodyText";

const TYPING = "Kỹ thuật soạn thảo: văn bản phải chính xác về chính tả, không còn ký tự gõ sót của bộ gõ (Telex, VNI)";
const SPACING = /^Thông lệ soạn thảo tiếng Việt: giữa hai từ chỉ một dấu cách/;
const PAIRS = "Thông lệ soạn thảo: dấu ngoặc đơn, ngoặc kép phải có cả dấu mở và dấu đóng";
const telex = (word: string, guess: string) =>
  `“${word}” là chữ gõ kiểu Telex chưa được bộ gõ chuyển (có lẽ là “${guess}”)`;
const vni = (word: string, guess: string) =>
  `“${word}” là chữ gõ kiểu VNI chưa được bộ gõ chuyển (có lẽ là “${guess}”)`;
const telexFinding = (word: string, guess: string) => ({
  message: telex(word, guess),
  severity: "warning" as const,
  paragraph: P.firstBody + 1,
  basis: TYPING,
});
const quoteClose = (paragraph: number) => ({
  message: "Ngoặc kép đóng sau “Đóng” mà không có dấu mở",
  severity: "warning" as const,
  paragraph,
  basis: PAIRS,
});

/** A body of `n` plain paragraphs, with the given texts put at the given body positions. */
function longBody(n: number, texts: Record<number, string>) {
  return withBodyBlocks(
    stateReport(),
    Array.from({ length: n }, (_, k) => bodyParagraph(texts[k] ?? `Nội dung thứ ${k + 1} của báo cáo.`)),
  );
}

runRuleTester(typing, {
  valid: [
    {
      name: "a word glued to “.” and more letters is a code (“dduwowcj.tin”), not a word before a full stop",
      doc: withBody(stateReport(), "Mã dduwowcj.tin ghi trong sổ."),
    },
    {
      name: "a unit in guillemets is no legacy-encoded word (“«m²»”)",
      doc: withBody(stateReport(), "Đơn vị tính «m²» ghi ở cột 3."),
    },
    {
      name: "units squared or cubed after a number (“10ft²”, “3in³”, “5km²”) are no legacy-encoded words",
      doc: withBody(stateReport(), "Diện tích 10ft² sàn, thể tích 3in³, rộng 5km²."),
    },
    {
      name: "straight quotes paired over two paragraphs deep in a long body (the 36th and 37th)",
      doc: longBody(40, { 35: 'Ông nói "đồng ý với', 36: 'kế hoạch" của tỉnh.' }),
    },
  ],
  invalid: [
    {
      name: "after a number, a longer word with “²” is still a legacy-encoded word (“12abcd²”)",
      doc: withBody(stateReport(), "Diện tích 12abcd² sàn."),
      findings: [
        {
          message: /^“abcd²” /,
          severity: "warning",
          paragraph: P.firstBody + 1,
          basis: "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4 (phông chữ): bộ mã ký tự Unicode theo TCVN 6909:2001",
        },
      ],
    },
    {
      name: "VNI: the tone of “oo” before a final goes on the second o (“goo2ng” → “goòng”)",
      doc: withBody(stateReport(), "Đẩy toa goo2ng vào kho."),
      findings: [{ ...telexFinding("goo2ng", "goòng"), message: vni("goo2ng", "goòng") }],
    },
    {
      name: "a full stop and a space end the sentence: the word before is read (“dduwowcj. Tiếp”)",
      doc: withBody(stateReport(), "Đã hoàn thành dduwowcj. Tiếp tục triển khai."),
      findings: [telexFinding("dduwowcj", "được")],
    },
    {
      // The sixth paragraph has two spaces too, so it is met before the five with only a closing mark: the cap still
      // shows the first five paragraphs and names the sixth in the closing finding.
      name: "the cap shows the first five paragraphs of a kind, in order, whatever else a later one holds",
      doc: stateReportBody(
        "Đóng” ở đây.",
        "Đóng” ở đây.",
        "Đóng” ở đây.",
        "Đóng” ở đây.",
        "Đóng” ở đây.",
        "Đóng” ở  đây.",
      ),
      findings: [
        quoteClose(P.firstBody),
        quoteClose(P.firstBody + 1),
        quoteClose(P.firstBody + 2),
        quoteClose(P.firstBody + 3),
        quoteClose(P.firstBody + 4),
        {
          message: "2 dấu cách liền nhau giữa “ở” và “đây.”; giữa hai từ chỉ một dấu cách",
          severity: "warning",
          paragraph: P.firstBody + 5,
          basis: SPACING,
        },
        {
          message: "Còn 1 đoạn khác có dấu ngoặc kép không cân; chỉ nêu 5 đoạn đầu",
          severity: "warning",
          paragraph: P.firstBody + 5,
          basis: PAIRS,
        },
      ],
    },
  ],
});
