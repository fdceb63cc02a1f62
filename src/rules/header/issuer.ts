/**
 * header/issuer: the issuer block. Party: superior body 14 pt capitals not bold, issuing body 14 pt bold capitals,
 * then a centred "*". State: managing body 12–13 pt capitals not bold, issuing body 12–13 pt bold capitals (it may
 * take several lines) with a short line under it.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../excerpt";
import { allBold, anyUnderlined, basisOf, checkElementFormat, FORMAT_MESSAGES } from "../format";

export const meta: Rule["meta"] = {
  id: "header/issuer",
  area: "header",
  description: "Tên cơ quan ban hành (và cơ quan cấp trên, chủ quản) ở góc trái phía trên; dấu “*” (văn bản của Đảng).",
  messages: {
    ...FORMAT_MESSAGES,
    missing: "Không thấy tên cơ quan ban hành văn bản ở góc trái phía trên; {basis} yêu cầu ghi tên cơ quan ban hành",
    noStar: "Thiếu dấu “*” dưới tên cơ quan ban hành “{issuer}”; {basis} yêu cầu dấu sao dưới tên cơ quan ban hành",
    noLine:
      "Dưới tên cơ quan ban hành “{issuer}” không thấy đường kẻ (đường kẻ vẽ bằng hình không kiểm tra được); {basis} yêu cầu có đường kẻ ngang",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/issuer"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const lines = h.issuer.map((i) => model.paragraphs[i]!);
  if (lines.length === 0) {
    ctx.report({
      messageId: "missing",
      data: { basis: ctx.basisShort },
      severity,
      basis,
      paragraph: h.paragraphs[0] ?? 0,
    });
    return;
  }
  // The issuing body: the last line, or (State) the trailing group of bold lines.
  let firstIssuing = lines.length - 1;
  if (data.multiLineIssuingBody) while (firstIssuing > 0 && allBold(lines[firstIssuing - 1]!)) firstIssuing--;
  lines.forEach((p, k) => {
    const issuing = k >= firstIssuing;
    const element = issuing ? "Tên cơ quan ban hành" : "Tên cơ quan cấp trên";
    checkElementFormat(ctx, p, element, issuing ? data.issuing : data.superior, data.firmness, basis);
  });
  const last = lines[lines.length - 1]!;
  const issuer = last.text.trim();
  if (data.star && h.star === undefined) {
    ctx.report({
      messageId: "noStar",
      data: { issuer, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: last.index,
      excerpt: excerptOf(last.text),
      fix: {
        title: "Thêm dấu “*” dưới tên cơ quan ban hành",
        edits: [
          {
            kind: "insertParagraphAfter",
            paragraph: last.index,
            text: "*",
            format: { alignment: "center", bold: false, italic: false, underline: false },
          },
        ],
      },
    });
  }
  if (data.lineUnder && h.issuerLine === undefined && !anyUnderlined(last)) {
    ctx.report({
      messageId: "noLine",
      data: { issuer, basis: ctx.basisShort },
      severity: "warning",
      basis,
      paragraph: last.index,
      excerpt: excerptOf(last.text),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
