import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Figure } from '../figure.ts';
import { svgToPNG } from './png.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which always comes first (PNG spec §11.2.2). */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/** The decompressed scanlines (filter bytes included) of every IDAT chunk. */
function scanlines(png: Uint8Array): Uint8Array {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

/** How many distinct byte values the image data holds: a few (filter types, white) for a blank image, many with antialiased text. */
const distinctBytes = (png: Uint8Array) => new Set(scanlines(png)).size;

const japanese = new Figure({
  id: 'png-test',
  title: '年超過確率',
  description: '日本語の文字が描かれること',
  width: 200,
  height: 60,
  data: {},
  body: '<text x="10" y="40" font-size="24">年超過確率</text>',
});
const blank = new Figure({ ...{ id: 'blank', title: 'blank', description: 'nothing drawn', width: 200, height: 60, data: {} }, body: '' });

describe('svgToPNG', () => {
  it('svgToPNG(svg, { scale: 2 }) is a PNG twice the width and height of the SVG', () => {
    const png = svgToPNG(japanese.toSVG(), { scale: 2 });
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    expect(size(png)).toEqual({ width: 400, height: 120 });
    expect(size(svgToPNG(japanese.toSVG(), { scale: 1 }))).toEqual({ width: 200, height: 60 });
  });

  it('Japanese text is drawn with the bundled font, with system fonts off: the image is not blank', () => {
    expect(distinctBytes(svgToPNG(blank.toSVG()))).toBeLessThanOrEqual(4);
    expect(distinctBytes(svgToPNG(japanese.toSVG()))).toBeGreaterThan(32);
  });

  it('the same SVG gives the same PNG bytes', () => {
    expect(svgToPNG(japanese.toSVG())).toEqual(svgToPNG(japanese.toSVG()));
  });

  it('a scale that is not a positive number throws a RangeError naming it', () => {
    expect(() => svgToPNG(japanese.toSVG(), { scale: 0 })).toThrow(new RangeError('scale must be a positive number, got 0'));
  });
});

describe('Figure.toPNG', () => {
  it('figure.toPNG() loads @machi/report/node and gives the PNG svgToPNG gives (scale 2 by default)', async () => {
    const png = await japanese.toPNG();
    expect(png).toEqual(svgToPNG(japanese.toSVG(), { scale: 2 }));
    expect(size(await japanese.toPNG({ scale: 3 }))).toEqual({ width: 600, height: 180 });
  });
});
