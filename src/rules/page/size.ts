/** page/size: A4 portrait (210 × 297 mm, ±2 mm) for both profiles. */
import type { Rule } from "../types";
import { severityFor } from "../types";
import type { Fix } from "../fix";

export const meta: Rule["meta"] = {
  id: "page/size",
  area: "page",
  description: "Khổ giấy A4 (210 × 297 mm), trình bày theo chiều dọc.",
  messages: {
    wrongSize: "Khổ giấy {width} × {height} mm ({name}); {basis} yêu cầu khổ A4 {expectedWidth} × {expectedHeight} mm",
    landscape: "Trang đặt nằm ngang; {basis} yêu cầu trình bày theo chiều dọc",
    unknown: "Không đọc được khổ giấy của văn bản (không có thông tin trang); không thể kiểm tra khổ giấy",
  },
};

const KNOWN_PAPERS: [string, number, number][] = [
  ["A4", 210, 297],
  ["Letter", 215.9, 279.4],
  ["Legal", 215.9, 355.6],
  ["A5", 148, 210],
  ["A3", 297, 420],
  ["B5", 176, 250],
];

function paperName(w: number, h: number): string {
  const [a, b] = w < h ? [w, h] : [h, w];
  const hit = KNOWN_PAPERS.find(([, pw, ph]) => Math.abs(pw - a) <= 2 && Math.abs(ph - b) <= 2);
  return hit === undefined ? "khổ tùy chọn" : hit[0];
}

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["page/size"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  for (const s of model.sections) {
    const paragraph = model.paragraphs.find((p) => p.section === s.index)?.index ?? null;
    if (!s.known) {
      ctx.report({ messageId: "unknown", severity: "info", basis, paragraph });
      continue;
    }
    const [shortSide, longSide] =
      s.pageWidthMm < s.pageHeightMm ? [s.pageWidthMm, s.pageHeightMm] : [s.pageHeightMm, s.pageWidthMm];
    const sizeOk =
      Math.abs(shortSide - data.widthMm) <= data.toleranceMm && Math.abs(longSide - data.heightMm) <= data.toleranceMm;
    const fix: Fix = {
      title: `Đặt khổ giấy A4 dọc (${data.widthMm} × ${data.heightMm} mm)`,
      edits: [{ kind: "setPageSize", section: s.index, widthMm: data.widthMm, heightMm: data.heightMm }],
    };
    if (!sizeOk) {
      ctx.report({
        messageId: "wrongSize",
        data: {
          width: round1(s.pageWidthMm),
          height: round1(s.pageHeightMm),
          name: paperName(s.pageWidthMm, s.pageHeightMm),
          expectedWidth: data.widthMm,
          expectedHeight: data.heightMm,
          basis: ctx.basisShort,
        },
        severity: severityFor(data.firmness),
        basis,
        paragraph,
        fix,
      });
    }
    if (s.orientation !== data.orientation) {
      ctx.report({
        messageId: "landscape",
        data: { basis: ctx.basisShort },
        severity: severityFor(data.firmness),
        basis,
        paragraph,
        fix,
      });
    }
  }
};

export const round1 = (n: number): number => Math.round(n * 10) / 10;

export const rule: Rule = { meta, check, fixable: true };
