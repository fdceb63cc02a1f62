// text/typing does not report the spaces of a blank left after "số", "ngày" or "tháng" ("Số:      /QĐ-UBND"). Whether
// such a label ends the text before a place was a regex over all that text (/(?:^|\s)(?:số|ngày|tháng)[:\s]*$/iu),
// tried again for each place; blankLabelsBefore walks back the colons and spaces instead, remembering the last walk.
// It must answer as the regex does, for every place of a paragraph asked in order, and for places asked out of order.
import { blankLabelsBefore } from "../../../src/rules/text/typing";
import { randomText, seededRandom } from "../../support/random";

const LABEL_BEFORE = /(?:^|\s)(?:số|ngày|tháng)[:\s]*$/iu;

describe("text/typing's blank labels", () => {
  it("agrees with the regex at every place of 5,000 random texts, asked in order and in reverse", () => {
    const units = [
      "số",
      "Số",
      "SỐ",
      "ngày",
      "NGÀY",
      "tháng",
      "năm",
      ":",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "a",
      "x",
      ",",
      "ſố",
      "1",
    ];
    const random = seededRandom(23);
    const differing: string[] = [];
    let labels = 0;
    for (let k = 0; k < 5000; k++) {
      const text = randomText(random, units, 1 + random(12));
      const places = Array.from({ length: text.length + 1 }, (_, at) => at);
      for (const order of [places, [...places].reverse()]) {
        const labelBefore = blankLabelsBefore(text);
        for (const at of order) {
          const expected = LABEL_BEFORE.test(text.slice(0, at));
          if (expected) labels++;
          if (labelBefore(at) !== expected) differing.push(`${JSON.stringify(text)} @${at}`);
        }
      }
    }
    expect(differing).toEqual([]);
    expect(labels).toBeGreaterThan(5000);
  });
});
