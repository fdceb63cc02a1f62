/**
 * coverage/not-cited: a plan or report that does not cite the directive source is not checked against it (no
 * coverage, no required recipients, no check of the source's citations); say so once, so the drafter of a plan that
 * does implement it knows why and can cite it or say so (--implements, or the pane's setting).
 */
import type { Rule } from "../types";
import { excerptOf } from "../../model/excerpt";

export const meta: Rule["meta"] = {
  id: "coverage/not-cited",
  area: "coverage",
  description:
    "Văn bản không trích dẫn văn bản nguồn nhiệm vụ (Kết luận): không đối chiếu nhiệm vụ và nơi nhận bắt buộc.",
  messages: {
    notCited:
      "Văn bản không trích dẫn “{source}” nên không đối chiếu các nhiệm vụ, nơi nhận bắt buộc và trích dẫn của văn bản đó. Nếu văn bản thực hiện văn bản này, hãy nêu căn cứ ở phần mở đầu (“Thực hiện Kết luận số ... ngày ... của ...”) hoặc cho biết văn bản thực hiện nó (thẻ Thiết lập; dòng lệnh: --implements)",
  },
};

export const check: Rule["check"] = (model, ctx) => {
  if (ctx.settings.implementsConclusion !== false || ctx.documentType === "other") return;
  // a source read without a title block (items only) has an empty title: name it by its kind, as coverage/missing does
  const title = ctx.settings.sourceTitle || "Kết luận";
  const at = ctx.structure.typeNameParagraph ?? null;
  ctx.report({
    messageId: "notCited",
    data: { source: excerptOf(title, 90) },
    severity: "info",
    basis: "Phạm vi áp dụng: các quy tắc của văn bản nguồn nhiệm vụ chỉ áp dụng cho văn bản thực hiện nó",
    paragraph: at,
    excerpt: at === null ? "" : excerptOf(model.paragraphs[at]!.text),
  });
};

export const rule: Rule = { meta, check };
