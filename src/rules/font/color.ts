/**
 * font/color: the text is black (NĐ 30, Phụ lục I, II.4: "Times New Roman ... màu đen"; HD 36 likewise).
 *
 * "auto" and near-black shades (Word's "Black, Text 1, Lighter 5%" is 0D0D0D) are black; white text prints as
 * nothing and is not judged here. Colour on a whole paragraph or a long stretch of it (the red paragraphs a drafter
 * leaves for review) is the rule's severity; a short coloured word or a coloured full stop, and a web address in
 * hyperlink blue, are warnings (issued documents carry both: see the profile's calibration).
 * No fix yet: the declarative fixes have no colour property.
 */
import type { Run } from "../../model/document";
import type { Rule } from "../types";
import { severityOf, severityFor } from "../types";
import { excerptOf } from "../../model/excerpt";
import { showsText } from "./family";

export const meta: Rule["meta"] = {
  id: "font/color",
  area: "font",
  description: "Chữ trong văn bản màu đen.",
  messages: {
    colored: "Chữ màu {name} (#{hex}) trên {extent}; {basis} yêu cầu chữ màu đen",
    short: "Chữ màu {name} (#{hex}) ở “{text}”; {basis} yêu cầu chữ màu đen",
    link: "Địa chỉ “{text}” màu {name} (màu liên kết); {basis} yêu cầu chữ màu đen",
  },
};

interface Rgb {
  r: number;
  g: number;
  b: number;
}

function rgbOf(color: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (m === null) return undefined;
  const n = parseInt(m[1]!, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Printed as black: "auto", or every channel at most 0x40 (Word's "Black, Text 1, Lighter 25%" and darker). */
const NEAR_BLACK = 0x40;
/** Printed as nothing on white paper. */
const NEAR_WHITE = 0xf0;

/** A colour that shows on paper and is not black, or undefined. */
export function visibleColour(color: string): Rgb | undefined {
  if (color === "auto") return undefined;
  const c = rgbOf(color);
  if (c === undefined) return undefined;
  if (Math.max(c.r, c.g, c.b) <= NEAR_BLACK) return undefined;
  if (Math.min(c.r, c.g, c.b) >= NEAR_WHITE) return undefined;
  return c;
}

/** A Vietnamese colour name for a message, from the hue. */
export function colourName({ r, g, b }: Rgb): string {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 40) return "xám";
  const d = max - min;
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h = (h * 60 + 360) % 360;
  if (h < 20 || h >= 330) return "đỏ";
  if (h < 45) return "cam";
  if (h < 70) return "vàng";
  if (h < 170) return "xanh lá";
  if (h < 260) return "xanh dương";
  return "tím";
}

const LINK = /(https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+/i;

export const check: Rule["check"] = (model, ctx) => {
  const data = ctx.profile.rules["font/color"];
  const basis = `${ctx.basisShort}, ${data.clause}`;
  for (const p of model.paragraphs) {
    const shown = p.runs.filter(showsText);
    const coloured = shown.filter((r) => visibleColour(r.color) !== undefined);
    if (coloured.length === 0) continue;
    const nameOf = (r: Run): string => colourName(visibleColour(r.color)!);
    const text = (rs: Run[]): string => rs.map((r) => r.text).join("");
    const links = coloured.filter((r) => LINK.test(r.text));
    const others = coloured.filter((r) => !LINK.test(r.text));
    if (others.length === 0) {
      ctx.report({
        messageId: "link",
        data: { name: nameOf(links[0]!), text: excerptOf(text(links).trim(), 60), basis: ctx.basisShort },
        severity: severityOf(data.links),
        basis,
        paragraph: p.index,
        excerpt: excerptOf(p.text),
      });
      continue;
    }
    const colouredChars = text(others).trim().length;
    const allChars = text(shown).trim().length;
    const whole = colouredChars >= allChars - 1;
    const long = whole || colouredChars >= data.shortRunChars || colouredChars * 2 >= allChars;
    ctx.report({
      messageId: long ? "colored" : "short",
      data: {
        name: nameOf(others[0]!),
        hex: others[0]!.color.toUpperCase(),
        extent: whole ? "cả đoạn" : `một phần đoạn (“${excerptOf(text(others).trim(), 40)}”)`,
        text: excerptOf(text(others).trim(), 40),
        basis: ctx.basisShort,
      },
      severity: long ? severityFor(data.firmness) : severityOf(data.short),
      basis,
      paragraph: p.index,
      excerpt: excerptOf(p.text),
    });
  }
};

export const rule: Rule = { meta, check };
