/**
 * structure/numbering, cases that pin what the other tables left open: a list of points in small Roman numerals
 * running to x), a skipped u) in a long list of points, two points on one line indented with a tab, and small Roman
 * points typed with a space before the bracket (“ii )”).
 */
import { rule as numbering } from "../../../src/rules/structure/numbering";
import { body, withLines } from "./lines";
import { runRuleTester } from "../../support/ruleTester";
import { statePlan, stateReport } from "../../support/samples";

/** The points of a Điều lệ's article, a) … up to `last` in the Vietnamese alphabet. */
const pointsTo = (last: string): string[] => {
  const letters = "a b c d đ e g h i k l m n o p q r s t u v x y".split(" ");
  return letters.slice(0, letters.indexOf(last) + 1).map((l) => `${l}) Thực hiện nhiệm vụ ${l} theo quy định;`);
};

runRuleTester(numbering, {
  valid: [
    {
      name: "points in small Roman numerals up to ten: i) … ix), x) (x) goes on from ix), it is no point letter)",
      doc: withLines(statePlan(), [
        "1. Các chỉ tiêu chủ yếu:",
        "i) Tốc độ tăng trưởng kinh tế đạt 8%;",
        "ii) Thu ngân sách nhà nước đạt 5.000 tỷ đồng;",
        "iii) Tỷ lệ hộ nghèo giảm 1,5%;",
        "iv) Tỷ lệ lao động qua đào tạo đạt 70%;",
        "v) Tỷ lệ tham gia bảo hiểm y tế đạt 95%;",
        "vi) Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%;",
        "vii) Tỷ lệ thu gom chất thải rắn đạt 90%;",
        "viii) Tỷ lệ che phủ rừng đạt 54%;",
        "ix) Tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%;",
        "x) Tỷ lệ dân số sử dụng nước sạch đạt 98%.",
        "2. Nhiệm vụ, giải pháp",
      ]),
    },
    {
      name: "a line indented with a tab holding two points (⇥a) …⇥b) …): both are read, then c)",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "\ta) Rà soát thủ tục hành chính;\tb) Công bố thủ tục hành chính;",
        "c) Kiểm tra việc giải quyết thủ tục hành chính.",
        "2. Tổ chức thực hiện",
      ]),
    },
  ],
  invalid: [
    {
      name: "a long list of points skips u): t) then v) is a missing u), not the start of a list in small Roman numerals",
      doc: withLines(stateReport(), ["1. Nhiệm vụ của Hiệp hội:", ...pointsTo("t"), "v) Các nhiệm vụ khác."]),
      findings: [{ message: "Sau điểm “t)” là “v)”: thiếu điểm u)", paragraph: body(20), severity: "warning" }],
    },
    {
      name: "small Roman points typed with a space before the bracket (“iii )”): the expected one is written “iv)”",
      doc: withLines(statePlan(), [
        "1. Nhiệm vụ:",
        "i ) Rà soát văn bản;",
        "ii ) Công bố thủ tục;",
        "iii ) Kiểm tra việc thực hiện;",
        "ii ) Tổng kết, đánh giá.",
      ]),
      findings: [
        { message: "Sau điểm “iii )” là “ii )”: sai thứ tự (cần “iv)”)", paragraph: body(4), severity: "warning" },
      ],
    },
  ],
});
