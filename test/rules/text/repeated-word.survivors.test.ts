/**
 * text/repeated-word, cases found by mutation testing: letters whose case folding is not one unit for one unit
 * (the dotless ı, the dotted capital İ, the Greek final sigma), compared with and without such a letter elsewhere
 * in the paragraph, and a name sharing its syllable with the word before it, pasted twice. The class of each
 * character is learnt once per test file: a case about a letter's class comes before any other case with that letter.
 */
import { rule as repeatedWord } from "../../../src/rules/text/repeated-word";
import type { DocSpec } from "../../support/docSpec";
import { runRuleTester } from "../../support/ruleTester";
import { P, stateReport } from "../../support/samples";
import { withBody } from "../bodyText";

const BODY = P.firstBody + 1;
const REPEATED = (words: string, word: string): string => `Lặp từ “${words}”; kiểm tra và bỏ bớt một lần “${word}”`;
const body = (text: string): DocSpec => withBody(stateReport(), text);

runRuleTester(repeatedWord, {
  valid: [
    // İ lowers to two units (i and a combining dot): its first unit alone would make İZMİR equal IZMIR.
    { name: "a dotted capital İ and a plain I: İZMİR IZMIR", doc: body("Hai mã İZMİR IZMIR khác nhau.") },
    // The dotless ı and the dotted i are two letters: their capitals are both I, their lower cases differ.
    { name: "a dotless ı and a dotted i are different letters: kıt kit", doc: body("Mã kıt kit khác nhau.") },
    {
      name: "kıt kit are different words also in a paragraph with a dotted capital İ",
      doc: body("Mã kıt kit và mã KİT khác nhau."),
    },
  ],
  invalid: [
    {
      name: "a Greek word in capitals (medial Σ, final Σ), then with a capital initial (σ, final ς)",
      doc: body("Từ ΚΟΣΜΟΣ Κοσμος trong tiếng Hy Lạp."),
      findings: [{ message: REPEATED("ΚΟΣΜΟΣ Κοσμος", "ΚΟΣΜΟΣ"), severity: "warning", paragraph: BODY }],
    },
    // "Luật Luật sư" is a law's name (luật | luật sư): pasted twice, it is a repeated three-syllable phrase.
    {
      name: "a law's name whose first syllable doubles, written twice: Luật Luật sư Luật Luật sư",
      doc: body("Căn cứ Luật Luật sư Luật Luật sư ngày 29/6/2006."),
      findings: [
        { message: REPEATED("Luật Luật sư Luật Luật sư", "Luật Luật sư"), severity: "warning", paragraph: BODY },
      ],
    },
  ],
});
