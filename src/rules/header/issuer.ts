/**
 * header/issuer: the issuer block. Party: superior body 14 pt capitals not bold, issuing body 14 pt bold capitals,
 * then a centred "*". State: managing body 12–13 pt capitals not bold, issuing body 12–13 pt bold capitals (it may
 * take several lines) with a short line under it. Each line is measured by its own runs: an issuer wrapped with a line
 * break ("UBND TỈNH LÂM ĐỒNG" / "SỞ NỘI VỤ" in one paragraph) has a managing and an issuing line.
 */
import type { Rule } from "../types";
import { severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { allBold, basisOf, FORMAT_MESSAGES } from "../format";
import { isWholeParagraph, partParagraph, partText } from "../../model/structure/header";
import type { TextPart } from "../../model/structure/types";
import { checkPartFormat, PART_MESSAGES } from "./parts";

export const meta: Rule["meta"] = {
  id: "header/issuer",
  area: "header",
  description: "Tên cơ quan ban hành (và cơ quan cấp trên, chủ quản) ở góc trái phía trên; dấu “*” (văn bản của Đảng).",
  messages: {
    ...FORMAT_MESSAGES,
    ...PART_MESSAGES,
    missing: "Không thấy tên cơ quan ban hành văn bản ở góc trái phía trên; {basis} yêu cầu ghi tên cơ quan ban hành",
    noStar: "Thiếu dấu “*” dưới tên cơ quan ban hành “{issuer}”; {basis} yêu cầu dấu sao dưới tên cơ quan ban hành",
    noLine:
      "Dưới tên cơ quan ban hành “{issuer}” không có đường kẻ (không thấy đường vẽ, viền dưới đoạn, dòng gạch hay gạch chân); {basis} yêu cầu có đường kẻ ngang",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["header/issuer"];
  const basis = basisOf(ctx, data.clause);
  const severity = severityFor(data.firmness);
  const h = ctx.structure.header;
  const lines: TextPart[] =
    h.parts?.issuer ?? h.issuer.map((i) => ({ paragraph: i, start: 0, end: model.paragraphs[i]!.text.length }));
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
  const views = lines.map((l) => partParagraph(model.paragraphs[l.paragraph]!, l));
  // The issuing body: the last line, or (State) the trailing group of bold lines.
  let firstIssuing = lines.length - 1;
  if (data.multiLineIssuingBody) while (firstIssuing > 0 && allBold(views[firstIssuing - 1]!)) firstIssuing--;
  lines.forEach((part, k) => {
    const issuing = k >= firstIssuing;
    const element = issuing ? "Tên cơ quan ban hành" : "Tên cơ quan cấp trên";
    const format = issuing ? data.issuing : data.superior;
    checkPartFormat(ctx, model, part, element, format, data.firmness, basis);
  });
  const last = lines[lines.length - 1]!;
  const issuer = partText(model.paragraphs, last).trim();
  const lastP = model.paragraphs[last.paragraph]!;
  if (data.star && h.star === undefined) {
    ctx.report({
      messageId: "noStar",
      data: { issuer, basis: ctx.basisShort },
      severity,
      basis,
      paragraph: last.paragraph,
      excerpt: excerptOf(issuer),
      // A new paragraph goes under the issuer only when the issuer has its paragraph to itself (not a tab-split line).
      ...(isWholeParagraph(lastP, last)
        ? {
            fix: {
              title: "Thêm dấu “*” dưới tên cơ quan ban hành",
              edits: [
                {
                  kind: "insertParagraphAfter" as const,
                  paragraph: last.paragraph,
                  text: "*",
                  format: { alignment: "center" as const, bold: false, italic: false, underline: false },
                },
              ],
            },
          }
        : {}),
    });
  }
  if (data.lineUnder && h.issuerLineKind === undefined && h.issuerLine === undefined) {
    ctx.report({
      messageId: "noLine",
      data: { issuer, basis: ctx.basisShort },
      severity: "warning",
      basis,
      paragraph: last.paragraph,
      excerpt: excerptOf(lastP.text),
    });
  }
};

export const rule: Rule = { meta, check, fixable: true };
