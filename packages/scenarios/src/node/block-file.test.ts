import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { canonicalScenario, inProcess, runShard, studyKey, tableColumns, type Shard } from '../montecarlo/index.ts';
import { BlockFileError, decodeBlockFile, encodeBlockFile, type BlockFile } from './block-file.ts';

const input = quietTownInput();
input.threats.leaks[0]!.annualRate = 3;
const town = quietTown({ threats: input.threats });
const key = studyKey(town, { runs: 12, seed: 4, horizonYears: 3, blockSize: 4 });
const shard: Shard = await runShard(town, key, 1, 2, { concurrency: 1, execute: inProcess(town) });
const file: BlockFile = {
  key,
  shard: { index: 1, count: 2 },
  scenario: canonicalScenario(town),
  provenance: [{ path: 'threats.leaks[0].annualRate', value: 3, source: 'assumption: a test', assumed: true }],
  names: tableColumns(town),
  blocks: shard.blocks,
};

/** The file's text, edited, and gzipped again (with or without a fresh checksum). */
function edited(edit: (body: string) => string): Buffer {
  const text = gunzipSync(encodeBlockFile(file)).toString('utf8');
  const newline = text.indexOf('\n');
  return gzipSync(`${text.slice(0, newline)}\n${edit(text.slice(newline + 1))}`);
}

describe('block files', () => {
  it('give back exactly what was written: every cell, driver count, the key, the scenario and its sources', () => {
    const back = decodeBlockFile(encodeBlockFile(file));
    expect(back).toEqual(file);
    const cells = back.blocks[0]!.variants[0]!.columns;
    expect(cells['costYen']).toBeInstanceOf(Float64Array);
    expect(cells['incidents']).toBeInstanceOf(Float32Array);
  });

  it('are the same bytes for the same blocks', () => {
    expect(encodeBlockFile(file).equals(encodeBlockFile(structuredClone(file)))).toBe(true);
  });

  it('find a damaged byte, a truncated file and a file of another kind', () => {
    const bytes = encodeBlockFile(file);
    expect(() => decodeBlockFile(bytes.subarray(0, bytes.length - 9))).toThrow(/not a complete gzip file/);
    const flipped = Buffer.from(bytes);
    flipped[flipped.length >> 1] ^= 0x10;
    expect(() => decodeBlockFile(flipped)).toThrow(BlockFileError);
    expect(() => decodeBlockFile(edited((body) => body.replace('"count":4', '"count":5')))).toThrow('its content does not match its checksum');
    expect(() => decodeBlockFile(gzipSync('{"format":"something else"}\n{}'))).toThrow('format "something else", expected "machi-blocks/v1"');
    expect(() => decodeBlockFile(Buffer.from('plain text'))).toThrow(/not a complete gzip file/);
  });

  it('check every field even when the checksum is right (a file written by something else)', () => {
    const forged = (edit: (body: string) => string) => {
      const body = edit(gunzipSync(encodeBlockFile(file)).toString('utf8').split('\n').slice(1).join('\n'));
      const sha = createHash('sha256').update(body).digest('hex');
      return gzipSync(`{"format":"machi-blocks/v1","sha256":"${sha}"}\n${body}`);
    };
    expect(() => decodeBlockFile(forged((b) => b.replace('"runs":12', '"runs":-1')))).toThrow('key.runs is not an integer ≥ 1');
    expect(() => decodeBlockFile(forged((b) => b.replace('"runs":12', '"runs":1e15')))).toThrow('key.runs is not at most 1000000 blocks');
    expect(() => decodeBlockFile(forged((b) => b.replace(/"data":"[^"]{8}/, '"data":"'))))
      .toThrow(/blocks\[0\]\.variants\[0\]\.data is not \d+ bytes \(it has \d+\)/);
    expect(() => decodeBlockFile(forged((b) => b.replace('"drivers":{', '"drivers":{"__proto__":{},')))).toThrow('drivers.__proto__ is not allowed');
  });
});
