// Vẽ các biểu tượng của phần bổ trợ (assets/icon-{16,32,64,80,128}.png) bằng Node thuần: không thư viện đồ họa,
// chỉ zlib + các khối PNG tự ghi (IHDR, IDAT, IEND) với CRC-32.
// Draws the add-in icons with plain Node (zlib + hand-written PNG chunks, the CRC-32 of src/docx/zip.ts).
// Deterministic: same bytes on every run.
//
// Hình vẽ: ô vuông bo góc màu đỏ, trên đó là một trang văn bản trắng có góc gấp, các dòng chữ và một ngôi sao vàng.
// Usage: node -r ./scripts/ts-register.js scripts/make-icons.ts [outDir]   (default: assets/)
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { crc32 } from "../src/docx/zip";

export const SIZES = [16, 32, 64, 80, 128];

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

const RED: Rgb = [218, 37, 29]; // #DA251D
const WHITE: Rgb = [255, 255, 255];
const FOLD: Rgb = [244, 196, 190]; // the folded corner: light red
const LINE: Rgb = [180, 40, 34]; // text lines: dark red
const STAR: Rgb = [255, 205, 0]; // #FFCD00

// ---------------------------------------------------------------- PNG encoding

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([length, body, crc]);
}

/** A size×size RGBA image (size*size*4 bytes) as a PNG file. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- shapes (coordinates in 0..1)

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function starPolygon(cx: number, cy: number, outer: number, inner: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  return points;
}

function inPolygon(x: number, y: number, points: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i]!;
    const [xj, yj] = points[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The design, simplified for small sizes. Returns the colour at (x, y) or null (transparent). */
function makeScene(size: number): (x: number, y: number) => Rgb | null {
  // At 16 px the page and its lines are snapped to the pixel grid and the star is left out (it would be a blur).
  const small = size < 32;
  const doc = small ? { x0: 3 / 16, y0: 2 / 16, x1: 13 / 16, y1: 14 / 16 } : { x0: 0.25, y0: 0.15, x1: 0.75, y1: 0.85 };
  const fold = small ? 4 / 16 : 0.16;
  const lineHeight = small ? 1 / 16 : 0.045;
  const lines = small ? [6 / 16, 8 / 16, 10 / 16] : [0.36, 0.46, 0.56];
  const lineLeft = small ? 5 / 16 : doc.x0 + 0.08;
  const star = small ? null : starPolygon(0.5, 0.7, 0.11, 0.045);
  return (x, y) => {
    if (!inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, small ? 0.16 : 0.2)) return null;
    const inDoc = x >= doc.x0 && x <= doc.x1 && y >= doc.y0 && y <= doc.y1;
    if (!inDoc) return RED;
    // folded corner, top right: above the diagonal is cut away, below it is the flap
    const fx = x - (doc.x1 - fold);
    const fy = y - doc.y0;
    if (fx >= 0 && fy <= fold) {
      if (fx > fy) return RED;
      return FOLD;
    }
    if (star && inPolygon(x, y, star)) return STAR;
    for (const top of lines) {
      const right = top === lines[0] ? doc.x1 - fold - (small ? 1 / 16 : 0.04) : doc.x1 - (small ? 2 / 16 : 0.08);
      if (y >= top && y <= top + lineHeight && x >= lineLeft && x <= right) return LINE;
    }
    return WHITE;
  };
}

/** Renders with 4x4 supersampling: colour = mean of the covered samples, alpha = coverage (straight alpha). */
export function render(size: number): Uint8Array {
  const scene = makeScene(size);
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = scene((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (samples * samples));
      }
    }
  }
  return rgba;
}

function main(): void {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    const png = encodePng(size, render(size));
    fs.writeFileSync(file, png);
    console.log(`${path.relative(process.cwd(), file)}  ${size}x${size}  ${png.length} B`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(
      `Không tạo được biểu tượng / could not write the icons: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  }
}
