/**
 * text/placeholder: marks left in a draft: "...", "…", "[số]", "ngày ... tháng ...", "Số    -KH/HU", "XX".
 * A blank number or day ("Số:      /KH-UBND", "ngày    tháng 12 năm 2025", also in an attachment's "Kèm theo ...
 * số    /QĐ-UBND") is how a draft goes to the signer: the clerk fills them at issuance, so that is an `info`. Other
 * marks ("...", "[tên đơn vị]", "XX") are left-overs to fill: a warning.
 */
import { TEXT_DATA } from "../data";
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "text/placeholder",
  area: "text",
  description: "Chỗ trống, ký hiệu tạm còn sót trong dự thảo (“...”, “…”, “[số]”, “ngày ... tháng ...”).",
  messages: {
    placeholder: "Còn chỗ trống hoặc ký hiệu tạm “{mark}”; cần điền trước khi trình ký",
    issuance: "Số hoặc ngày để trống “{mark}”: văn thư điền khi ban hành (bình thường ở dự thảo trình ký)",
  },
};

const PATTERNS: RegExp[] = [
  // "ngày ... tháng ... năm", "ngày    tháng    năm" (blank day or month)
  /ngày(?:\s*[.…_]+\s*|\s{2,}|\s+(?=tháng))tháng(?:\s*[.…_]*\s*)(?:năm)?/giu,
  // "Số    -KH/HU", "Số:    /BC-UBND" (blank number)
  // (written so that no two runs of spaces meet: "Số" and 100,000 spaces took minutes with `\s*:?\s*\s{2,}\s*`)
  /(?:Số|số|SỐ)(?:\s*(?::\s*)?[.…_]+\s*|\s*:\s{2,}|\s{2,})[-/][A-ZĐ]+(?:[-/][A-ZĐ0-9]+)*/gu,
  // "[số]", "[tên đơn vị]", "<...>", "{{ ... }}"
  /\[[^\]\n]{0,40}\]|<[^>\n]{1,40}>|\{\{[^}\n]{0,40}\}\}/gu,
  // "XX", "xxx" standing for a number or a name
  /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu,
  // "...", "…", "___" (not "v.v..." nor the closing "./.")
  /(?<!v\.v)(?:\.{3,}|…+|_{3,})/gu,
];

export const check: Rule["check"] = (model, ctx) => {
  for (const p of model.paragraphs) {
    const text = p.text;
    // Most paragraphs have none of these: skip them without running the patterns.
    // (case-insensitive, as the patterns are: "Ngày    tháng", "số      /QĐ-UBND")
    if (
      !/\.\.|…|__|\[|<|\{\{|XX|xx|ngày(?:\s*[.…_]\s*|\s+)(?:[.…_]|tháng)|số\s*(?::\s*)?[.…_]|số(?:\s*:)?\s\s/iu.test(
        text,
      )
    )
      continue;
    // A paragraph of underscores or dashes alone is the line under an issuer, a motto or a trích yếu, not a blank.
    if (/^\s*[_\-–—]{3,}\s*$/u.test(text)) continue;
    // What an earlier pattern took, character by character: a later match that overlaps it is not a mark of its own.
    // (A list of the matches, searched for each new one, took 20 s on a paragraph of 20,000 "… ".)
    const taken = new Uint8Array(text.length);
    const excerpt = excerptOf(text);
    for (const [k, re] of PATTERNS.entries()) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const [s, e] = [m.index, m.index + m[0].length];
        // one pattern's matches never overlap each other, so each character is looked at once per pattern
        if (taken.subarray(s, e).includes(1)) continue;
        taken.fill(1, s, e);
        // The first two patterns are the blank day/month and the blank number, filled at issuance.
        const atIssuance = k < 2;
        ctx.report({
          messageId: atIssuance ? "issuance" : "placeholder",
          data: { mark: m[0].trim().replace(/\s+/g, " ") },
          severity: atIssuance ? "info" : "warning",
          basis: TEXT_DATA.basis.placeholder,
          paragraph: p.index,
          excerpt,
        });
      }
    }
  }
};

export const rule: Rule = { meta, check };
