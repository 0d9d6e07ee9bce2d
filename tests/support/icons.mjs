// Icon generator for Pocket Guide: a tiny dependency-free rasteriser and PNG encoder.
//
// Every icon is a rounded-square colour tile with a flat white glyph, drawn from
// signed-distance functions (negative inside), composited in order and anti-aliased
// by supersampling (8 × 8 samples per pixel below 64 px, 4 × 4 above).
//
// Geometry lives on a 128-unit design grid. The 32, 48 and 128 px icons use the 128
// design with edges snapped to whole pixels; stroke widths scale with the size and
// never drop below ~1.5 px. The 16 px icons use a hand-placed layout on the 16-pixel
// grid (every edge on a pixel boundary), so they stay crisp in the toolbar.
//
// Run directly to (re)write the committed icons:
//   node tests/support/icons.mjs
// which writes public/icon/<size>.png (the extension's own icon, preset `guide`) and
// public/disguise/<preset>/<size>.png for every preset.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** @type {readonly string[]} */
export const PRESETS = ['guide', 'notes', 'weather', 'calculator', 'calendar'];
/** @type {readonly number[]} */
export const SIZES = [16, 32, 48, 128];

/** Design grid: all geometry is expressed in units of a 128 × 128 canvas. */
const DESIGN = 128;

// ---------------------------------------------------------------------------
// Colours

/** @typedef {[number, number, number, number]} RGBA */

/** @param {string} hex  "#rrggbb" @returns {RGBA} */
function hex(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

const WHITE = hex('#ffffff');

// ---------------------------------------------------------------------------
// Signed-distance shapes (design units; negative = inside)

/** @typedef {(x: number, y: number) => number} SDF */

/** @returns {SDF} */
function circle(cx, cy, r) {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** Axis-aligned rectangle from (x0,y0) to (x1,y1) with corner radius r. @returns {SDF} */
function rrect(x0, y0, x1, y1, r = 0) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hw = (x1 - x0) / 2;
  const hh = (y1 - y0) / 2;
  const rr = Math.max(0, Math.min(r, hw, hh));
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw + rr;
    const qy = Math.abs(y - cy) - hh + rr;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - rr;
  };
}

/** Line segment from a to b with round caps, total width w. @returns {SDF} */
function capsule(ax, ay, bx, by, w) {
  const bax = bx - ax;
  const bay = by - ay;
  const len2 = bax * bax + bay * bay;
  return (x, y) => {
    const pax = x - ax;
    const pay = y - ay;
    const h = len2 === 0 ? 0 : Math.min(1, Math.max(0, (pax * bax + pay * bay) / len2));
    return Math.hypot(pax - bax * h, pay - bay * h) - w / 2;
  };
}

/** Circle outline of radius r (to the stroke centre) and stroke width w. @returns {SDF} */
function ring(cx, cy, r, w) {
  return (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
}

/** Simple polygon (even-odd fill) from [x, y] points. @param {number[][]} pts @returns {SDF} */
function polygon(pts) {
  const n = pts.length;
  return (x, y) => {
    let d2 = Number.POSITIVE_INFINITY;
    let inside = false;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const [xi, yi] = pts[i];
      const [xj, yj] = pts[j];
      const ex = xj - xi;
      const ey = yj - yi;
      const wx = x - xi;
      const wy = y - yi;
      const h = Math.min(1, Math.max(0, (wx * ex + wy * ey) / (ex * ex + ey * ey)));
      const dx = wx - ex * h;
      const dy = wy - ey * h;
      d2 = Math.min(d2, dx * dx + dy * dy);
      if (yi > y !== yj > y && x < (ex * (y - yi)) / ey + xi) inside = !inside;
    }
    const d = Math.sqrt(d2);
    return inside ? -d : d;
  };
}

/** @param {...SDF} fs @returns {SDF} */
function union(...fs) {
  return (x, y) => {
    let d = Number.POSITIVE_INFINITY;
    for (const f of fs) d = Math.min(d, f(x, y));
    return d;
  };
}

/** @param {...SDF} fs @returns {SDF} */
function intersect(...fs) {
  return (x, y) => {
    let d = Number.NEGATIVE_INFINITY;
    for (const f of fs) d = Math.max(d, f(x, y));
    return d;
  };
}

/** a minus b. @param {SDF} a @param {SDF} b @returns {SDF} */
function subtract(a, b) {
  return (x, y) => Math.max(a(x, y), -b(x, y));
}

/** Grow (d > 0) or shrink (d < 0) a shape. @param {SDF} f @returns {SDF} */
function grow(f, d) {
  return (x, y) => f(x, y) - d;
}

/** The shape primitives, for anyone drawing further icons. */
export const shapes = { circle, rrect, capsule, ring, polygon, union, intersect, subtract, grow };

// ---------------------------------------------------------------------------
// Layout helpers

/**
 * @typedef {{ sdf: SDF, color: RGBA }} Shape
 * @typedef {{
 *   size: number,
 *   px: number,
 *   small: boolean,
 *   stroke: (w: number, minPx?: number) => number,
 *   snap: (v: number) => number,
 *   box: (x0: number, y0: number, x1: number, y1: number, r?: number) => SDF,
 *   grid: (cx: number, y0: number, cols: number, rows: number, cell: number, gap: number, r?: number) => SDF[],
 *   tile: { x0: number, y0: number, x1: number, y1: number },
 * }} Ctx
 */

/**
 * Everything is in design units (0..128). `px` design units make one output pixel.
 * At 16 px (`small`) the glyphs use a hand-placed layout on the 16-pixel grid, written
 * as multiples of 8 design units (one pixel); larger sizes use the 128 design, with
 * edges snapped to whole pixels.
 * @param {number} size
 * @returns {Ctx}
 */
function context(size) {
  const px = DESIGN / size;
  const snap = (/** @type {number} */ v) => Math.round(v / px) * px;
  // The tile fills a 16 px icon, and keeps a small margin at larger sizes
  // (the 48 and 128 px icons are shown on their own, on extension pages).
  const insetPx = size < 24 ? 0 : size < 64 ? Math.round(size / 24) : Math.round(size / 16);
  const inset = insetPx * px;
  return {
    size,
    px,
    small: size < 24,
    stroke: (w, minPx = 1.5) => Math.max(w, minPx * px),
    snap,
    box: (x0, y0, x1, y1, r = 0) => rrect(snap(x0), snap(y0), snap(x1), snap(y1), r),
    // A cols × rows grid of square cells, centred on x = cx, top at y0, each cell and gap
    // a whole number of pixels so that every cell is drawn the same.
    grid(cx, y0, cols, rows, cell, gap, r = 0) {
      const k = Math.max(1, Math.round(cell / px));
      const g = Math.max(1, Math.round(gap / px));
      const left = Math.round(cx / px - (cols * k + (cols - 1) * g) / 2);
      const top = Math.round(y0 / px);
      /** @type {SDF[]} */
      const cells = [];
      for (let j = 0; j < rows; j++) {
        for (let i = 0; i < cols; i++) {
          const x = (left + i * (k + g)) * px;
          const y = (top + j * (k + g)) * px;
          cells.push(rrect(x, y, x + k * px, y + k * px, Math.min(r, (k * px) / 4)));
        }
      }
      return cells;
    },
    tile: { x0: inset, y0: inset, x1: DESIGN - inset, y1: DESIGN - inset },
  };
}

/** The rounded-square background tile (corner radius 22% of its width). @param {Ctx} c @returns {SDF} */
function tileSdf(c) {
  const { x0, y0, x1, y1 } = c.tile;
  return rrect(x0, y0, x1, y1, (x1 - x0) * 0.22);
}

/** One pixel at 16 px, in design units: lets the 16 px layouts be written in pixels. */
const P = DESIGN / 16;

// ---------------------------------------------------------------------------
// Icons. Each returns the shapes to paint over its tile, bottom first.

/** @type {Record<string, { tile: RGBA, draw: (c: Ctx, tile: RGBA) => Shape[] }>} */
const ICONS = {
  // A closed book standing upright: white cover, a spine crease on the left, the
  // page block along the bottom, and an amber bookmark ribbon from the top edge.
  guide: {
    tile: hex('#2f7d6d'),
    draw(c, tile) {
      const ribbon = hex('#f4b942');
      if (c.small) {
        return [
          { sdf: rrect(4 * P, 2 * P, 12 * P, 14 * P, P), color: WHITE },
          { sdf: rrect(5 * P, 2 * P, 6 * P, 12 * P), color: tile },
          { sdf: rrect(5 * P, 11 * P, 12 * P, 12 * P), color: tile },
          {
            sdf: polygon([
              [8 * P, 2 * P],
              [10 * P, 2 * P],
              [10 * P, 8 * P],
              [9 * P, 7 * P],
              [8 * P, 8 * P],
            ]),
            color: ribbon,
          },
        ];
      }
      const line = c.snap(c.stroke(6, 1));
      const x0 = c.snap(34);
      const x1 = c.snap(94);
      const y0 = c.snap(20);
      const y1 = c.snap(108);
      const spine = c.snap(44);
      const pages = c.snap(88);
      const rx0 = c.snap(62);
      const rx1 = c.snap(80);
      const rb = c.snap(62);
      return [
        { sdf: rrect(x0, y0, x1, y1, 10), color: WHITE },
        { sdf: rrect(spine, y0, spine + line, pages + line), color: tile },
        { sdf: rrect(spine, pages, x1, pages + line), color: tile },
        {
          sdf: polygon([
            [rx0, y0],
            [rx1, y0],
            [rx1, rb],
            [(rx0 + rx1) / 2, rb - (rx1 - rx0) / 2],
            [rx0, rb],
          ]),
          color: ribbon,
        },
      ];
    },
  },

  // A notepad sheet: a tinted header band and three lines of writing, the last one short.
  notes: {
    tile: hex('#d8961c'),
    draw(c) {
      const band = hex('#f7d887');
      const ink = hex('#8a5a12');
      if (c.small) {
        const sheet = rrect(4 * P, 2 * P, 12 * P, 14 * P, P);
        return [
          { sdf: sheet, color: WHITE },
          { sdf: intersect(sheet, rrect(0, 0, DESIGN, 5 * P)), color: band },
          { sdf: rrect(5 * P, 7 * P, 11 * P, 8 * P), color: ink },
          { sdf: rrect(5 * P, 9 * P, 11 * P, 10 * P), color: ink },
          { sdf: rrect(5 * P, 11 * P, 9 * P, 12 * P), color: ink },
        ];
      }
      const sheet = c.box(32, 20, 96, 108, 10);
      const t = Math.max(c.px, c.snap(8));
      /** @param {number} y @param {number} x1 */
      const line = (y, x1) => rrect(c.snap(44), c.snap(y), c.snap(x1), c.snap(y) + t, t / 2);
      return [
        { sdf: sheet, color: WHITE },
        { sdf: intersect(sheet, rrect(0, 0, DESIGN, c.snap(44))), color: band },
        { sdf: line(58, 84), color: ink },
        { sdf: line(74, 84), color: ink },
        { sdf: line(90, 70), color: ink },
      ];
    },
  },

  // A sun peeking out from behind a cloud; a band of tile colour keeps them apart.
  weather: {
    tile: hex('#3b8ed0'),
    draw(c, tile) {
      const sun = hex('#ffd04a');
      /** @type {Shape[]} */
      const shapes = [];
      /** @type {SDF} */
      let cloud;
      if (c.small) {
        shapes.push({ sdf: circle(10 * P, 5.5 * P, 3.5 * P), color: sun });
        cloud = union(
          rrect(2 * P, 9 * P, 12 * P, 13 * P, 2 * P),
          circle(5.5 * P, 9 * P, 2.5 * P),
          circle(8.5 * P, 8.5 * P, 3 * P),
        );
      } else {
        const sx = 78;
        const sy = 50;
        const sr = 19;
        shapes.push({ sdf: circle(sx, sy, sr), color: sun });
        const rw = c.stroke(7, 1.25);
        // rays only where the cloud leaves room: left, up-left, up, up-right, right
        for (const i of [4, 5, 6, 7, 8]) {
          const a = (i * Math.PI) / 4;
          const r0 = sr + 8;
          const r1 = sr + 15;
          shapes.push({
            sdf: capsule(
              sx + Math.cos(a) * r0,
              sy + Math.sin(a) * r0,
              sx + Math.cos(a) * r1,
              sy + Math.sin(a) * r1,
              rw,
            ),
            color: sun,
          });
        }
        cloud = union(rrect(20, 72, 100, 104, 16), circle(46, 74, 18), circle(70, 66, 24));
      }
      shapes.push({ sdf: grow(cloud, c.stroke(6, 1)), color: tile });
      shapes.push({ sdf: cloud, color: WHITE });
      return shapes;
    },
  },

  // A pocket calculator: a display bar on top and a 3 × 3 grid of keys.
  calculator: {
    tile: hex('#5a6678'),
    draw(c, tile) {
      if (c.small) {
        /** @type {Shape[]} */
        const shapes = [
          { sdf: rrect(3 * P, 1 * P, 13 * P, 15 * P, 1.5 * P), color: WHITE },
          { sdf: rrect(4 * P, 2 * P, 12 * P, 4 * P), color: tile },
        ];
        for (const y of [5, 8, 11]) {
          for (const x of [4, 7, 10]) shapes.push({ sdf: rrect(x * P, y * P, (x + 2) * P, (y + 2) * P), color: tile });
        }
        return shapes;
      }
      return [
        { sdf: c.box(30, 16, 98, 112, 12), color: WHITE },
        { sdf: c.box(40, 26, 88, 46, 4), color: tile },
        ...c.grid(64, 56, 3, 3, 12, 6, 3).map((sdf) => ({ sdf, color: tile })),
      ];
    },
  },

  // A wall-calendar page: dark-red header, two binding rings on top, a grid of days.
  calendar: {
    tile: hex('#de5b4b'),
    draw(c, tile) {
      const header = hex('#a8322a');
      if (c.small) {
        const page = rrect(2 * P, 4 * P, 14 * P, 14 * P, P);
        /** @type {Shape[]} */
        const shapes = [
          { sdf: page, color: WHITE },
          { sdf: intersect(page, rrect(0, 0, DESIGN, 7 * P)), color: header },
          { sdf: rrect(4 * P, 2 * P, 6 * P, 5 * P), color: WHITE },
          { sdf: rrect(10 * P, 2 * P, 12 * P, 5 * P), color: WHITE },
        ];
        for (const y of [8, 11]) {
          for (const x of [4, 7, 10]) shapes.push({ sdf: rrect(x * P, y * P, (x + 2) * P, (y + 2) * P), color: tile });
        }
        return shapes;
      }
      const page = c.box(20, 32, 108, 110, 12);
      const headerBottom = c.snap(58);
      const rw = c.stroke(10);
      /** @type {Shape[]} */
      const shapes = [
        { sdf: page, color: WHITE },
        { sdf: intersect(page, rrect(0, 0, DESIGN, headerBottom)), color: header },
      ];
      for (const x of [44, 84]) {
        const ring = capsule(c.snap(x), 22, c.snap(x), 44, rw);
        shapes.push({ sdf: subtract(grow(ring, c.stroke(4, 1)), rrect(0, headerBottom, DESIGN, DESIGN)), color: tile });
        shapes.push({ sdf: ring, color: WHITE });
      }
      for (const sdf of c.grid(64, 68, 3, 2, 16, 8, 3)) shapes.push({ sdf, color: tile });
      return shapes;
    },
  },
};

// ---------------------------------------------------------------------------
// Rasteriser

/**
 * Render a preset to straight-alpha RGBA pixels.
 * @param {string} preset
 * @param {number} size
 * @returns {Uint8Array} size × size × 4 bytes
 */
export function renderPixels(preset, size) {
  const icon = ICONS[preset];
  if (!icon) throw new Error(`Unknown icon preset: ${preset}`);
  if (!Number.isInteger(size) || size < 1 || size > 1024) throw new Error(`Bad icon size: ${size}`);
  const c = context(size);
  /** @type {Shape[]} */
  const tile = tileSdf(c);
  // glyphs are clipped to the tile, so nothing is ever drawn on the transparent margin
  const shapes = [
    { sdf: tile, color: icon.tile },
    ...icon.draw(c, icon.tile).map((s) => ({ sdf: intersect(s.sdf, tile), color: s.color })),
  ];
  const ss = size >= 64 ? 4 : 8; // samples per axis
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      // accumulate premultiplied colour over all subsamples
      let ar = 0;
      let ag = 0;
      let ab = 0;
      let aa = 0;
      for (let sy = 0; sy < ss; sy++) {
        const y = (py + (sy + 0.5) / ss) * c.px;
        for (let sx = 0; sx < ss; sx++) {
          const x = (pxl + (sx + 0.5) / ss) * c.px;
          // paint shapes in order with source-over (straight alpha per sample)
          let r = 0;
          let g = 0;
          let b = 0;
          let a = 0;
          for (const s of shapes) {
            if (s.sdf(x, y) > 0) continue;
            const sa = s.color[3] / 255;
            const na = sa + a * (1 - sa);
            if (na > 0) {
              r = (s.color[0] * sa + r * a * (1 - sa)) / na;
              g = (s.color[1] * sa + g * a * (1 - sa)) / na;
              b = (s.color[2] * sa + b * a * (1 - sa)) / na;
            }
            a = na;
          }
          ar += r * a;
          ag += g * a;
          ab += b * a;
          aa += a;
        }
      }
      const o = (py * size + pxl) * 4;
      const n = ss * ss;
      if (aa > 0) {
        out[o] = Math.round(ar / aa);
        out[o + 1] = Math.round(ag / aa);
        out[o + 2] = Math.round(ab / aa);
      }
      out[o + 3] = Math.round((aa / n) * 255);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// PNG encoder

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** @param {Uint8Array} buf @returns {number} */
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Uint8Array} data @returns {Buffer} */
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([len, body, crc]);
}

/**
 * Encode straight-alpha RGBA pixels as a PNG (colour type 6, 8 bits, filter 0 on every row).
 * @param {number} width
 * @param {number} height
 * @param {Uint8Array} rgba
 * @returns {Buffer}
 */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error('RGBA buffer has the wrong length');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type: None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * The PNG bytes for one icon; the same preset and size always give identical bytes.
 * @param {string} preset one of PRESETS
 * @param {number} size edge length in px
 * @returns {Buffer}
 */
export function renderIcon(preset, size) {
  return encodePng(size, size, renderPixels(preset, size));
}

// ---------------------------------------------------------------------------
// CLI: write the committed icons.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where each generated file lives, relative to the repository root. */
export function iconFiles() {
  /** @type {{ path: string, preset: string, size: number }[]} */
  const files = [];
  for (const size of SIZES) files.push({ path: `public/icon/${size}.png`, preset: 'guide', size });
  for (const preset of PRESETS) {
    for (const size of SIZES) files.push({ path: `public/disguise/${preset}/${size}.png`, preset, size });
  }
  return files;
}

function main() {
  for (const f of iconFiles()) {
    const out = join(ROOT, f.path);
    mkdirSync(dirname(out), { recursive: true });
    const png = renderIcon(f.preset, f.size);
    writeFileSync(out, png);
    console.log(`${f.path}  ${png.length} bytes`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
