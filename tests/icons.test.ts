// The committed icons must be exactly what tests/support/icons.mjs draws, so they can't
// drift from their generator. After changing the generator, run:
//   node tests/support/icons.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The generator is a plain ES module that Node runs directly, so it has no type
// declarations; it is loaded by URL and given its types here.
type Generator = {
  PRESETS: readonly string[];
  SIZES: readonly number[];
  renderIcon: (preset: string, size: number) => Buffer;
};
const GENERATOR = pathToFileURL(join(import.meta.dirname, 'support', 'icons.mjs')).href;
const { PRESETS, SIZES, renderIcon } = (await import(GENERATOR)) as Generator;

const ROOT = join(import.meta.dirname, '..');
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readPng(rel: string): Buffer {
  return readFileSync(join(ROOT, rel));
}

/** Decodes the PNGs this generator writes: RGBA, 8 bits, filter 0 on every row. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      expect(data[9]).toBe(6); // RGBA
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgba };
}

const cases = PRESETS.flatMap((preset) => SIZES.map((size) => ({ preset, size })));

describe('disguise icons', () => {
  it.each(cases)('$preset at $size px matches its generator', ({ preset, size }) => {
    const file = readPng(`public/disguise/${preset}/${size}.png`);
    const drawn = renderIcon(preset, size);
    expect(file.equals(drawn)).toBe(true);
    expect(renderIcon(preset, size).equals(drawn)).toBe(true); // deterministic
  });

  it.each(cases)('$preset at $size px has the right size and is not blank', ({ preset, size }) => {
    const { width, height, rgba } = decode(readPng(`public/disguise/${preset}/${size}.png`));
    expect(width).toBe(size);
    expect(height).toBe(size);
    let opaque = 0;
    let transparent = 0;
    const colours = new Set<number>();
    for (let i = 0; i < rgba.length; i += 4) {
      const alpha = rgba.readUInt8(i + 3);
      if (alpha === 255) {
        opaque++;
        colours.add(rgba.readUInt32BE(i));
      } else {
        transparent++;
      }
    }
    expect(opaque).toBeGreaterThan((size * size) / 2);
    // rounded tile corners leave some transparency, and the glyph differs from the tile
    expect(transparent).toBeGreaterThan(0);
    expect(colours.size).toBeGreaterThan(1);
  });
});

describe('extension icon', () => {
  it.each(SIZES)('public/icon/%i.png is the guide preset', (size) => {
    const file = readPng(`public/icon/${size}.png`);
    expect(file.equals(readPng(`public/disguise/guide/${size}.png`))).toBe(true);
    expect(file.equals(renderIcon('guide', size))).toBe(true);
  });
});
