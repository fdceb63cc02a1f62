/**
 * What the text/abbreviation tests build and expect: the State plan with its body texts set, and the rule's messages
 * written out (so a test asserts the whole message a drafter reads).
 */
import type { DocSpec, SpecParagraph } from "../../support/docSpec";
import { blockPara, P, statePlan, variant } from "../../support/samples";
import { withBody } from "../bodyText";

export const cell = (text: string): SpecParagraph => ({ type: "paragraph", text });

export const BODY = P.firstBody + 1;
export const STATE_BASIS =
  "NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.6 (nội dung văn bản): chữ viết tắt lần đầu phải viết đầy đủ từ, cụm từ, chữ viết tắt đặt trong ngoặc đơn ngay sau";
export const undefinedMessage = (abbr: string, uses: number): string =>
  `Chữ viết tắt “${abbr}” (dùng ${uses} lần) không được giải thích: lần đầu cần viết đầy đủ, chữ viết tắt trong ngoặc đơn ngay sau (“... (${abbr})”)`;
export const usedBefore = (abbr: string, where: string, definition: string): string =>
  `Chữ viết tắt “${abbr}” dùng trước khi được giải thích ở ${where} (“${definition}”): chuyển phần viết đầy đủ lên lần dùng đầu tiên`;
export const typo = (abbr: string, uses: number, known: string): string =>
  `“${abbr}” (dùng ${uses} lần) không phải chữ viết tắt thông dụng: có phải “${known}” gõ nhầm thứ tự chữ?`;

export const body = (text: string): DocSpec => withBody(statePlan(), text);
/** The State plan with body blocks 4, 5, 6 ... (paragraphs 10, 11, 12 ...) set to these texts. */
export function bodies(texts: string[], doc: DocSpec = statePlan()): DocSpec {
  return variant(doc, (d) => {
    texts.forEach((text, k) => {
      const p = blockPara(d, 4 + k);
      p.text = text;
      delete p.runs;
    });
  });
}
