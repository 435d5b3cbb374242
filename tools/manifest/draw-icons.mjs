// Draws the Teams app icons, manifest/color.png (192x192) and manifest/outline.png (32x32), from simple
// shapes. No image library is needed: shapes are sampled 8x8 times per pixel for anti-aliasing and the
// result is written as an RGBA PNG with Node's zlib.
//
//   node tools/manifest/draw-icons.mjs            (writes into manifest/ at the repository root)
//   node tools/manifest/draw-icons.mjs <folder>   (writes somewhere else, e.g. to compare)
//   node tools/manifest/draw-icons.mjs <folder> --preview
//                                                 (also outline-preview.png: the outline 8x larger on a dark
//                                                  background, since white on transparent is hard to look at)
//
// The picture: a shield (protection) holding a speech bubble (social media, conversation) with an
// exclamation mark (risk, reporting). Colour: white shield on the app's accent colour #1F5FA8.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ACCENT = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];
const SHADE = [0xdd, 0xe8, 0xf5]; // the shield's right half, a hint of relief
const SAMPLES = 8;

// ---------- geometry (all in "design units"; each icon maps them to pixels) ----------

/** The shield's outline as a polygon: a flat top with rounded shoulders, straight sides, curving to a point. */
function shieldPolygon(cx, top, width, height) {
  const half = width / 2;
  const shoulder = width * 0.12; // how far the top corners are rounded
  const sideEnd = top + height * 0.5; // where the straight sides give way to the curve
  const bottom = top + height;
  const points = [];
  const push = (x, y) => points.push([x, y]);
  // top edge dips slightly towards the middle, which reads as "shield" rather than "badge"
  quadratic(push, [cx - half + shoulder, top], [cx, top + height * 0.06], [cx + half - shoulder, top], 24);
  quadratic(push, [cx + half - shoulder, top], [cx + half, top], [cx + half, top + shoulder], 12);
  push(cx + half, sideEnd);
  cubic(push, [cx + half, sideEnd], [cx + half, bottom - height * 0.2], [cx + half * 0.45, bottom - height * 0.08], [cx, bottom], 32);
  cubic(push, [cx, bottom], [cx - half * 0.45, bottom - height * 0.08], [cx - half, bottom - height * 0.2], [cx - half, sideEnd], 32);
  push(cx - half, top + shoulder);
  quadratic(push, [cx - half, top + shoulder], [cx - half, top], [cx - half + shoulder, top], 12);
  return points;
}

function quadratic(push, p0, p1, p2, steps) {
  for (let i = 0; i <= steps; i++) {
    const t = i / steps, u = 1 - t;
    push(u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0], u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]);
  }
}

function cubic(push, p0, p1, p2, p3, steps) {
  for (let i = 0; i <= steps; i++) {
    const t = i / steps, u = 1 - t;
    const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    push(a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]);
  }
}

function insidePolygon(points, x, y) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i], [xj, yj] = points[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

function distanceToPolygon(points, x, y) {
  let best = Infinity;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    best = Math.min(best, distanceToSegment(points[j], points[i], x, y));
  }
  return best;
}

function distanceToSegment([ax, ay], [bx, by], x, y) {
  const dx = bx - ax, dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

const shape = {
  polygon: (points) => (x, y) => insidePolygon(points, x, y),
  polygonStroke: (points, width) => (x, y) => insidePolygon(points, x, y) && distanceToPolygon(points, x, y) <= width,
  roundedRect: (x0, y0, x1, y1, r) => (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return Math.hypot(x - cx, y - cy) <= r;
  },
  circle: (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r,
  /** A stem that tapers from topWidth to bottomWidth with round ends: the upper part of an exclamation mark. */
  taperedStem: (cx, y0, y1, topWidth, bottomWidth) => (x, y) => {
    const clampedY = Math.min(Math.max(y, y0), y1);
    const t = (clampedY - y0) / (y1 - y0);
    const r = (topWidth + t * (bottomWidth - topWidth)) / 2;
    return Math.hypot(x - cx, y - clampedY) <= r;
  },
  union: (...parts) => (x, y) => parts.some((p) => p(x, y)),
  minus: (a, b) => (x, y) => a(x, y) && !b(x, y),
  leftOf: (part, edge) => (x, y) => x < edge && part(x, y),
};

/** The speech bubble: a rounded rectangle with a tail at its lower left. */
function speechBubble(x0, y0, x1, y1, radius, tail) {
  const w = x1 - x0;
  const tailPolygon = [
    [x0 + w * 0.2, y1 - 1],
    [x0 + w * 0.44, y1 - 1],
    [x0 + w * 0.14, y1 + tail],
  ];
  return shape.union(shape.roundedRect(x0, y0, x1, y1, radius), shape.polygon(tailPolygon));
}

// ---------- raster ----------

class Canvas {
  /** Starts fully transparent; `clear` is the colour the transparent pixels carry (white for the outline). */
  constructor(size, clear = [0, 0, 0]) {
    this.size = size;
    this.rgba = new Float64Array(size * size * 4); // straight (non-premultiplied) colour, 0..1
    for (let i = 0; i < this.rgba.length; i += 4) {
      for (let c = 0; c < 3; c++) this.rgba[i + c] = clear[c] / 255;
    }
  }

  fill(inside, [r, g, b], opacity = 1) {
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        if (hits > 0) this.over(px, py, [r / 255, g / 255, b / 255], (opacity * hits) / (SAMPLES * SAMPLES));
      }
    }
  }

  /** Cuts a shape out (makes it transparent), with the same anti-aliasing. */
  erase(inside) {
    for (let py = 0; py < this.size; py++) {
      for (let px = 0; px < this.size; px++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
          }
        }
        this.rgba[(py * this.size + px) * 4 + 3] *= 1 - hits / (SAMPLES * SAMPLES);
      }
    }
  }

  over(px, py, colour, alpha) {
    const i = (py * this.size + px) * 4;
    const below = this.rgba[i + 3];
    const out = alpha + below * (1 - alpha);
    for (let c = 0; c < 3; c++) {
      this.rgba[i + c] = out === 0 ? 0 : (colour[c] * alpha + this.rgba[i + c] * below * (1 - alpha)) / out;
    }
    this.rgba[i + 3] = out;
  }

  toPng() {
    const rowBytes = this.size * 4 + 1;
    const raw = Buffer.alloc(rowBytes * this.size);
    for (let y = 0; y < this.size; y++) {
      raw[y * rowBytes] = 0; // filter: none
      for (let x = 0; x < this.size * 4; x++) {
        raw[y * rowBytes + 1 + x] = Math.round(Math.min(1, Math.max(0, this.rgba[y * this.size * 4 + x])) * 255);
      }
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.size, 0);
    header.writeUInt32BE(this.size, 4);
    header[8] = 8; // bits per channel
    header[9] = 6; // colour type: RGBA
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(raw, { level: 9 })),
      chunk("IEND", Buffer.alloc(0)),
    ]);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

// ---------- the two icons ----------

/**
 * 192x192, full colour: Teams shows it on app cards and in the store and crops it to rounded shapes, so the
 * accent fills the square and the symbol stays in the middle (about 120 px tall, clear of the corners).
 */
function colorIcon() {
  const canvas = new Canvas(192);
  canvas.fill(() => true, ACCENT);
  const shield = shieldPolygon(96, 34, 100, 124);
  canvas.fill(shape.polygon(shield), WHITE);
  canvas.fill(shape.minus(shape.polygon(shield), shape.leftOf(() => true, 96)), SHADE);

  // the bubble, in the accent colour, with a white exclamation mark
  canvas.fill(speechBubble(66, 60, 126, 104, 12, 14), ACCENT);
  canvas.fill(shape.taperedStem(96, 68, 88, 9, 6), WHITE);
  canvas.fill(shape.circle(96, 96.5, 4.2), WHITE);
  return canvas;
}

/**
 * 32x32 outline: white on transparent only. The shield fills the height (Teams asks for no padding);
 * the bubble is cut out of it and carries a white exclamation mark, the same picture as the colour icon.
 */
function outlineIcon() {
  const canvas = new Canvas(32, WHITE);
  // Coordinates sit on whole pixels where edges are straight, so they stay crisp at this size.
  const shield = shieldPolygon(16, 1, 26, 30);
  const bubble = speechBubble(8, 8, 24, 20, 3, 4.5);
  canvas.fill(shape.polygon(shield), WHITE);
  canvas.erase(bubble);
  canvas.fill(shape.roundedRect(15, 10, 17, 15, 0.6), WHITE);
  canvas.fill(shape.roundedRect(15, 16, 17, 18, 0.6), WHITE);
  return canvas;
}

/** The outline scaled up (nearest pixel) over the dark grey of Teams' app bar. */
function preview(outline, scale) {
  const canvas = new Canvas(outline.size * scale);
  canvas.fill(() => true, [0x29, 0x29, 0x29]);
  for (let y = 0; y < canvas.size; y++) {
    for (let x = 0; x < canvas.size; x++) {
      const i = (Math.floor(y / scale) * outline.size + Math.floor(x / scale)) * 4;
      canvas.over(x, y, [outline.rgba[i], outline.rgba[i + 1], outline.rgba[i + 2]], outline.rgba[i + 3]);
    }
  }
  return canvas;
}

const args = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const manifestFolder = resolve(here, "..", "..", "manifest");
const target = resolve(args.find((a) => !a.startsWith("--")) ?? manifestFolder);
if (args.includes("--preview") && target === manifestFolder) {
  // everything in manifest/ ships with the bot: keep the preview out of it
  console.error("--preview needs another folder: node tools/manifest/draw-icons.mjs /tmp/icons --preview");
  process.exit(1);
}
mkdirSync(target, { recursive: true });
const outline = outlineIcon();
writeFileSync(join(target, "color.png"), colorIcon().toPng());
writeFileSync(join(target, "outline.png"), outline.toPng());
if (args.includes("--preview")) {
  writeFileSync(join(target, "outline-preview.png"), preview(outline, 8).toPng());
}
console.log(`wrote color.png (192x192) and outline.png (32x32) to ${target}`);
