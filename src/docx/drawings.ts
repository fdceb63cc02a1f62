/**
 * Shapes drawn in a paragraph (Insert → Shapes, text boxes, pictures), read into `Drawing`s.
 *
 * Real offices draw the lines under the issuing body, the motto and the trích yếu as shapes, so the checker has to
 * see them. Word writes a shape twice inside `mc:AlternateContent`: DrawingML in `mc:Choice` and the same shape in
 * VML in `mc:Fallback`; we read the Choice only, so no shape counts twice. Files from before Word 2010 have VML only
 * (`w:pict`). Names in namespaces the XML parser does not know (wps, wpg, pic, o, ...) come as "{uri}local", or as
 * written when the prefix is undeclared, so shapes are matched on their local name under a known parent.
 */
import type { Drawing } from "../model/document";
import { nfc } from "../model/text";
import { child, type XmlElement } from "./xml";

export interface DrawingContext {
  /** Text of one paragraph inside a text box, read the way the body's paragraphs are read. */
  paragraphText(p: XmlElement): string;
  /** VML shape types met so far, by id: a `v:shape` names its type as "#id", defined once at its first use. */
  shapeTypes: Map<string, XmlElement>;
}

const EMU_PER_MM = 36000;
const PT_PER_MM = 72 / 25.4;
/** A shape at most this thin (mm) one way and over 3 mm long the other is seen as a line (a rectangle of no height). */
const THIN_MM = 1;
/** DrawingML presets that are straight lines. */
const LINE_PRESETS: ReadonlySet<string> = new Set(["line", "lineInv", "straightConnector1"]);
/** VML o:spt values of straight lines: 20 (line), 32 (straight connector). */
const LINE_SPT: ReadonlySet<number> = new Set([20, 32]);

const round = (n: number): number => Math.round(n * 100) / 100;

/** Local part of an element or attribute name: "wps:wsp", "{uri}wsp" and "wsp" all give "wsp". */
function local(name: string): string {
  const brace = name.lastIndexOf("}");
  if (brace >= 0) return name.slice(brace + 1);
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function childLocal(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (typeof c !== "string" && local(c.name) === name) return c;
  return undefined;
}

/** An attribute by local name (VML's o:spt, o:connectortype... arrive under their namespace URI). */
function attrLocal(el: XmlElement, name: string): string | undefined {
  const direct = el.attrs[name];
  if (direct !== undefined) return direct;
  for (const k in el.attrs) if (local(k) === name) return el.attrs[k];
  return undefined;
}

function ownText(el: XmlElement | undefined): string {
  let s = "";
  if (el !== undefined) for (const c of el.children) if (typeof c === "string") s += c;
  return s.trim();
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Drawings found in `el`, which is one of: a run's `w:drawing`, `w:pict` or `mc:AlternateContent`; an
 * `mc:AlternateContent` that sits in the paragraph itself (its Choice then holds runs).
 */
export function collectDrawings(el: XmlElement, ctx: DrawingContext, out: Drawing[]): void {
  switch (el.name) {
    case "mc:AlternateContent": {
      const choice = child(el, "mc:Choice");
      const fallback = child(el, "mc:Fallback");
      if (choice !== undefined) {
        for (const c of choice.children) if (typeof c !== "string") collectDrawings(c, ctx, out);
        // The fallback is the same shape again, but it may define a VML shape type a later VML-only shape uses.
        if (fallback !== undefined) registerShapeTypes(fallback, ctx);
      } else if (fallback !== undefined) {
        for (const c of fallback.children) if (typeof c !== "string") collectDrawings(c, ctx, out);
      }
      break;
    }
    case "w:r":
      for (const c of el.children) if (typeof c !== "string") collectDrawings(c, ctx, out);
      break;
    case "w:drawing":
      for (const frame of el.children) {
        if (typeof frame !== "string" && (frame.name === "wp:anchor" || frame.name === "wp:inline")) {
          drawingMl(frame, ctx, out);
        }
      }
      break;
    case "w:pict":
      vmlContainer(el, ctx, out, undefined);
      break;
  }
}

function registerShapeTypes(fallback: XmlElement, ctx: DrawingContext): void {
  for (const pict of fallback.children) {
    if (typeof pict === "string" || pict.name !== "w:pict") continue;
    for (const c of pict.children) {
      if (typeof c === "string" || c.name !== "v:shapetype") continue;
      const id = c.attrs["id"];
      if (id !== undefined && !ctx.shapeTypes.has(id)) ctx.shapeTypes.set(id, c);
    }
  }
}

/** Text of a `w:txbxContent`: its paragraphs (also in tables and content controls) joined with "\n". */
function textBoxText(content: XmlElement | undefined, ctx: DrawingContext): string {
  if (content === undefined) return "";
  const lines: string[] = [];
  const visit = (container: XmlElement): void => {
    for (const c of container.children) {
      if (typeof c === "string") continue;
      if (c.name === "w:p") lines.push(ctx.paragraphText(c));
      else if (c.name === "w:sdt") visit(child(c, "w:sdtContent") ?? c);
      else if (c.name === "w:tbl" || c.name === "w:tr" || c.name === "w:tc" || c.name === "w:customXml") visit(c);
    }
  };
  visit(content);
  return nfc(lines.join("\n"));
}

/* ---------- DrawingML ---------- */

/** Maps a group's child coordinates (EMU) to the drawing's frame: frame = o + s × child. */
interface Transform {
  ox: number;
  oy: number;
  sx: number;
  sy: number;
}

/** Where a shape sits: the model's own placement fields. */
type Frame = Pick<Drawing, "anchored" | "xMm" | "yMm" | "relativeFrom" | "relativeFromV" | "align">;

function position(el: XmlElement | undefined): { offMm: number | undefined; rel?: string; align?: string } {
  if (el === undefined) return { offMm: undefined };
  const off = num(ownText(child(el, "wp:posOffset")));
  const align = ownText(child(el, "wp:align"));
  const out: { offMm: number | undefined; rel?: string; align?: string } = {
    offMm: off === undefined ? undefined : off / EMU_PER_MM,
  };
  const rel = el.attrs["relativeFrom"];
  if (rel !== undefined) out.rel = rel;
  if (align !== "") out.align = align;
  return out;
}

function drawingMl(frame: XmlElement, ctx: DrawingContext, out: Drawing[]): void {
  const anchored = frame.name === "wp:anchor";
  const extent = child(frame, "wp:extent");
  const cx = num(extent?.attrs["cx"]) ?? 0;
  const cy = num(extent?.attrs["cy"]) ?? 0;
  const h = anchored ? position(child(frame, "wp:positionH")) : { offMm: undefined };
  const v = anchored ? position(child(frame, "wp:positionV")) : { offMm: undefined };
  const f: Frame = {
    anchored,
    xMm: h.offMm,
    yMm: v.offMm,
    relativeFrom: h.rel,
    relativeFromV: v.rel,
    align: h.align,
  };
  const data = child(child(frame, "a:graphic"), "a:graphicData");
  if (data === undefined) {
    out.push(make(f, "shape", cx / EMU_PER_MM, cy / EMU_PER_MM, ""));
    return;
  }
  for (const g of data.children) {
    if (typeof g === "string") continue;
    const name = local(g.name);
    if (name === "wgp" || name === "wpc") {
      // A group's or canvas' members, each placed in the frame through the group's child coordinate space.
      const xfrm = child(childLocal(g, "grpSpPr"), "a:xfrm");
      const tf = xfrm === undefined ? identity() : groupTransform(identity(), xfrm, { x: 0, y: 0 }, { cx, cy });
      groupMembers(g, tf, f, ctx, out);
    } else out.push(leaf(g, f, cx, cy, ctx));
  }
}

const identity = (): Transform => ({ ox: 0, oy: 0, sx: 1, sy: 1 });

/** The transform of a group's children, given the group's own xfrm in its parent's coordinates. */
function groupTransform(
  parent: Transform,
  xfrm: XmlElement,
  offOverride?: { x: number; y: number },
  extOverride?: { cx: number; cy: number },
): Transform {
  const pair = (name: string, a: string, b: string): [number, number] | undefined => {
    const el = child(xfrm, name);
    if (el === undefined) return undefined;
    return [num(el.attrs[a]) ?? 0, num(el.attrs[b]) ?? 0];
  };
  const off: [number, number] =
    offOverride !== undefined ? [offOverride.x, offOverride.y] : (pair("a:off", "x", "y") ?? [0, 0]);
  const ext: [number, number] =
    pair("a:ext", "cx", "cy") ?? (extOverride !== undefined ? [extOverride.cx, extOverride.cy] : [0, 0]);
  const chOff = pair("a:chOff", "x", "y") ?? [0, 0];
  const chExt = pair("a:chExt", "cx", "cy") ?? ext;
  const kx = chExt[0] > 0 ? ext[0] / chExt[0] : 1;
  const ky = chExt[1] > 0 ? ext[1] / chExt[1] : 1;
  return {
    ox: parent.ox + parent.sx * (off[0] - chOff[0] * kx),
    oy: parent.oy + parent.sy * (off[1] - chOff[1] * ky),
    sx: parent.sx * kx,
    sy: parent.sy * ky,
  };
}

function groupMembers(group: XmlElement, tf: Transform, f: Frame, ctx: DrawingContext, out: Drawing[]): void {
  for (const m of group.children) {
    if (typeof m === "string") continue;
    const name = local(m.name);
    if (name === "grpSp") {
      const xfrm = child(childLocal(m, "grpSpPr"), "a:xfrm");
      groupMembers(m, xfrm === undefined ? tf : groupTransform(tf, xfrm), f, ctx, out);
    } else if (name === "wsp" || name === "pic" || name === "graphicFrame" || name === "cxnSp" || name === "sp") {
      const xfrm = child(childLocal(m, "spPr") ?? childLocal(m, "xfrm") ?? m, "a:xfrm") ?? childLocal(m, "xfrm");
      const off = child(xfrm, "a:off");
      const ext = child(xfrm, "a:ext");
      const x = tf.ox + tf.sx * (num(off?.attrs["x"]) ?? 0);
      const y = tf.oy + tf.sy * (num(off?.attrs["y"]) ?? 0);
      const cx = tf.sx * (num(ext?.attrs["cx"]) ?? 0);
      const cy = tf.sy * (num(ext?.attrs["cy"]) ?? 0);
      const member: Frame = {
        ...f,
        xMm: f.xMm === undefined ? undefined : f.xMm + x / EMU_PER_MM,
        yMm: f.yMm === undefined ? undefined : f.yMm + y / EMU_PER_MM,
      };
      out.push(leaf(m, member, cx, cy, ctx));
    }
  }
}

/** One shape (wps:wsp), picture (pic:pic) or other graphic (a chart, a diagram) of size cx × cy EMU. */
function leaf(g: XmlElement, f: Frame, cx: number, cy: number, ctx: DrawingContext): Drawing {
  let w = cx / EMU_PER_MM;
  let h = cy / EMU_PER_MM;
  const name = local(g.name);
  if (name === "pic") return make(f, "picture", w, h, "");
  if (name !== "wsp" && name !== "cxnSp" && name !== "sp") return make(f, "shape", w, h, "");
  const txbx = childLocal(g, "txbx");
  if (txbx !== undefined || childLocal(g, "linkedTxbx") !== undefined) {
    return make(f, "textbox", w, h, textBoxText(child(txbx, "w:txbxContent"), ctx));
  }
  const spPr = childLocal(g, "spPr");
  const xfrm = child(spPr, "a:xfrm");
  // A shape turned a quarter round shows its height as its width.
  const rot = ((((num(xfrm?.attrs["rot"]) ?? 0) / 60000) % 180) + 180) % 180;
  if (Math.abs(rot - 90) < 1) [w, h] = [h, w];
  const prst = child(spPr, "a:prstGeom")?.attrs["prst"];
  const straight =
    (prst !== undefined && LINE_PRESETS.has(prst)) || isStraightCustomPath(child(spPr, "a:custGeom")) || thin(w, h);
  return make(f, straight ? "line" : "shape", w, h, "");
}

/** A custom geometry of one path that moves once and draws one segment is a straight line. */
function isStraightCustomPath(custGeom: XmlElement | undefined): boolean {
  const paths = child(custGeom, "a:pathLst");
  if (paths === undefined) return false;
  let segments = 0;
  for (const p of paths.children) {
    if (typeof p === "string") continue;
    for (const s of p.children) {
      if (typeof s === "string") continue;
      if (s.name === "a:lnTo") segments++;
      else if (s.name !== "a:moveTo") return false;
    }
  }
  return segments === 1;
}

function thin(wMm: number, hMm: number): boolean {
  return (hMm <= THIN_MM && wMm > THIN_MM * 3) || (wMm <= THIN_MM && hMm > THIN_MM * 3);
}

function make(f: Frame, kind: Drawing["kind"], wMm: number, hMm: number, text: string): Drawing {
  return {
    kind,
    anchored: f.anchored,
    xMm: f.xMm === undefined ? undefined : round(f.xMm),
    yMm: f.yMm === undefined ? undefined : round(f.yMm),
    relativeFrom: f.relativeFrom,
    relativeFromV: f.relativeFromV,
    align: f.align,
    widthMm: round(Math.abs(wMm)),
    heightMm: round(Math.abs(hMm)),
    text,
  };
}

/* ---------- VML ---------- */

/** VML's names for what a position is relative to, in DrawingML's words (ST_RelFromH / ST_RelFromV). */
const VML_REL_H: Record<string, string> = {
  text: "column",
  char: "character",
  margin: "margin",
  page: "page",
  "left-margin-area": "leftMargin",
  "right-margin-area": "rightMargin",
  "inner-margin-area": "insideMargin",
  "outer-margin-area": "outsideMargin",
};
const VML_REL_V: Record<string, string> = {
  text: "paragraph",
  line: "line",
  margin: "margin",
  page: "page",
  "top-margin-area": "topMargin",
  "bottom-margin-area": "bottomMargin",
  "inner-margin-area": "insideMargin",
  "outer-margin-area": "outsideMargin",
};

function parseStyle(style: string | undefined): Map<string, string> {
  const m = new Map<string, string>();
  if (style === undefined) return m;
  for (const decl of style.split(";")) {
    const colon = decl.indexOf(":");
    if (colon > 0) m.set(decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).trim());
  }
  return m;
}

const UNIT_PT: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, px: 0.75 };

/**
 * A VML length. At the top level, in points (a number without a unit is in pixels, as in CSS); inside a group,
 * a bare number is in the group's coordinate units and is returned as is.
 */
function vLen(v: string | undefined, inGroup: boolean): number | undefined {
  if (v === undefined) return undefined;
  const m = /^\s*(-?\d*\.?\d+)\s*([a-z]*)\s*$/i.exec(v);
  if (m === null) return undefined;
  const n = parseFloat(m[1]!);
  const unit = m[2]!.toLowerCase();
  if (unit === "") return inGroup ? n : n * UNIT_PT.px!;
  const k = UNIT_PT[unit];
  return k === undefined ? undefined : n * k;
}

/** Maps coordinates of the current VML container to points from the anchor: pt = o + s × coordinate. */
interface VmlTransform {
  ox: number;
  oy: number;
  sx: number;
  sy: number;
  inGroup: boolean;
}

interface VmlPlacement {
  anchored: boolean;
  relativeFrom: string | undefined;
  relativeFromV: string | undefined;
  align: string | undefined;
}

function vmlContainer(el: XmlElement, ctx: DrawingContext, out: Drawing[], group: VmlTransform | undefined): void {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    switch (local(c.name)) {
      case "shapetype": {
        const id = c.attrs["id"];
        if (id !== undefined && !ctx.shapeTypes.has(id)) ctx.shapeTypes.set(id, c);
        break;
      }
      case "group":
        vmlGroup(c, ctx, out, group);
        break;
      case "line":
      case "shape":
      case "rect":
      case "roundrect":
      case "oval":
      case "polyline":
      case "image":
        if (c.name.startsWith("v:")) out.push(vmlShape(c, ctx, group));
        break;
    }
  }
}

/** Where the top-level VML shape (or group) sits: inline unless positioned absolutely. */
function vmlPlacement(style: Map<string, string>): VmlPlacement {
  const anchored = style.get("position") === "absolute";
  const relH = style.get("mso-position-horizontal-relative");
  const relV = style.get("mso-position-vertical-relative");
  const alignH = style.get("mso-position-horizontal");
  return {
    anchored,
    // VML's default reference is the text column and the paragraph, as Word lays absolute shapes out.
    relativeFrom: anchored ? (VML_REL_H[relH ?? "text"] ?? relH) : undefined,
    relativeFromV: anchored ? (VML_REL_V[relV ?? "text"] ?? relV) : undefined,
    align: anchored && alignH !== undefined && alignH !== "absolute" ? alignH : undefined,
  };
}

function vmlGroup(g: XmlElement, ctx: DrawingContext, out: Drawing[], parent: VmlTransform | undefined): void {
  const style = parseStyle(g.attrs["style"]);
  const inGroup = parent !== undefined;
  const base = parent ?? { ox: 0, oy: 0, sx: 1, sy: 1, inGroup: false };
  const left = (vLen(style.get("left"), inGroup) ?? 0) + (vLen(style.get("margin-left"), inGroup) ?? 0);
  const top = (vLen(style.get("top"), inGroup) ?? 0) + (vLen(style.get("margin-top"), inGroup) ?? 0);
  const width = vLen(style.get("width"), inGroup) ?? 0;
  const height = vLen(style.get("height"), inGroup) ?? 0;
  const [ow, oh] = (g.attrs["coordorigin"] ?? "0,0").split(",").map((s) => parseFloat(s) || 0);
  const [cw, ch] = (g.attrs["coordsize"] ?? "1000,1000").split(",").map((s) => parseFloat(s) || 0);
  const kx = cw !== undefined && cw > 0 ? width / cw : 1;
  const ky = ch !== undefined && ch > 0 ? height / ch : 1;
  const tf: VmlTransform = {
    ox: base.ox + base.sx * (left - (ow ?? 0) * kx),
    oy: base.oy + base.sy * (top - (oh ?? 0) * ky),
    sx: base.sx * kx,
    sy: base.sy * ky,
    inGroup: true,
  };
  const before = out.length;
  vmlContainer(g, ctx, out, tf);
  // Members take the top-level group's placement (their own style has no position of its own).
  if (parent === undefined) {
    const place = vmlPlacement(style);
    for (let i = before; i < out.length; i++) {
      const d = out[i]!;
      d.anchored = place.anchored;
      d.relativeFrom = place.relativeFrom;
      d.relativeFromV = place.relativeFromV;
      d.align = place.align;
      if (!place.anchored || place.align !== undefined) d.xMm = undefined;
      if (!place.anchored) d.yMm = undefined;
    }
  }
}

function vmlShape(s: XmlElement, ctx: DrawingContext, group: VmlTransform | undefined): Drawing {
  const style = parseStyle(s.attrs["style"]);
  const inGroup = group !== undefined;
  const tf = group ?? { ox: 0, oy: 0, sx: 1, sy: 1, inGroup: false };
  const name = local(s.name);
  let x = (vLen(style.get("left"), inGroup) ?? 0) + (vLen(style.get("margin-left"), inGroup) ?? 0);
  let y = (vLen(style.get("top"), inGroup) ?? 0) + (vLen(style.get("margin-top"), inGroup) ?? 0);
  let w = vLen(style.get("width"), inGroup) ?? 0;
  let h = vLen(style.get("height"), inGroup) ?? 0;
  if (name === "line") {
    // A line is placed by its end points, relative to where it is anchored.
    const from = (s.attrs["from"] ?? "0,0").split(",");
    const to = (s.attrs["to"] ?? "0,0").split(",");
    const x1 = vLen(from[0], inGroup) ?? 0;
    const y1 = vLen(from[1], inGroup) ?? 0;
    const x2 = vLen(to[0], inGroup) ?? 0;
    const y2 = vLen(to[1], inGroup) ?? 0;
    x += Math.min(x1, x2);
    y += Math.min(y1, y2);
    w = Math.abs(x2 - x1);
    h = Math.abs(y2 - y1);
  }
  const place: VmlPlacement = inGroup
    ? { anchored: true, relativeFrom: undefined, relativeFromV: undefined, align: undefined }
    : vmlPlacement(style);
  const wMm = (tf.sx * w) / PT_PER_MM;
  const hMm = (tf.sy * h) / PT_PER_MM;
  const f: Frame = {
    anchored: place.anchored,
    xMm: place.anchored && place.align === undefined ? (tf.ox + tf.sx * x) / PT_PER_MM : undefined,
    yMm: place.anchored ? (tf.oy + tf.sy * y) / PT_PER_MM : undefined,
    relativeFrom: place.relativeFrom,
    relativeFromV: place.relativeFromV,
    align: place.align,
  };
  const textbox = childLocal(s, "textbox");
  if (textbox !== undefined) return make(f, "textbox", wMm, hMm, textBoxText(child(textbox, "w:txbxContent"), ctx));
  if (name === "image" || childLocal(s, "imagedata") !== undefined) return make(f, "picture", wMm, hMm, "");
  const straight = name === "line" || attrLocal(s, "hr") === "t" || vmlStraight(s, ctx) || thin(wMm, hMm);
  return make(f, straight ? "line" : "shape", wMm, hMm, "");
}

/** A v:shape whose type (o:spt, or its shape type's) is a line or straight connector, or whose path is one segment. */
function vmlStraight(s: XmlElement, ctx: DrawingContext): boolean {
  if (local(s.name) !== "shape") return false;
  const typeRef = (s.attrs["type"] ?? "").replace(/^#/, "");
  const type = ctx.shapeTypes.get(typeRef);
  const spt = num(attrLocal(s, "spt") ?? (type === undefined ? undefined : attrLocal(type, "spt")));
  if (spt !== undefined) return LINE_SPT.has(spt);
  // Word names its built-in shape types "_x0000_t<spt>": the number alone tells when the definition is missing.
  const m = /_t(\d+)$/.exec(typeRef);
  if (m !== null && LINE_SPT.has(parseInt(m[1]!, 10))) return true;
  const path = s.attrs["path"] ?? type?.attrs["path"];
  return path !== undefined && isStraightVmlPath(path);
}

/** "m,l21600,21600e", "m0,0l21600,0e": one move, one straight segment, optional end. */
function isStraightVmlPath(path: string): boolean {
  return /^m[-\d\s,]*l\s*-?\d*\s*,\s*-?\d*\s*(e|x|xe)?$/i.test(path.replace(/\s+/g, ""));
}
