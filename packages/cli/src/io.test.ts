import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeIo } from './io.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'machi-io-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('nodeIo().writeFiles', () => {
  it('writes every file from its pieces, creating the folder', () => {
    const out = join(scratch(), 'out');
    nodeIo().writeFiles([
      { path: join(out, 'a.json'), pieces: ['{', '}\n'] },
      { path: join(out, 'b.csv'), pieces: (function* () { yield '\uFEFFx\r\n'; yield '1\r\n'; })() },
    ]);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.csv']);
    expect(readFileSync(join(out, 'b.csv'), 'utf8')).toBe('\uFEFFx\r\n1\r\n');
  });

  it('leaves nothing new behind, and earlier files untouched, when a file fails half-way', () => {
    const out = scratch();
    writeFileSync(join(out, 'a.json'), 'old');
    const failing = (function* () {
      yield 'half a row';
      throw new Error('disk full');
    })();
    expect(() => nodeIo().writeFiles([{ path: join(out, 'a.json'), pieces: ['new'] }, { path: join(out, 'b.csv'), pieces: failing }])).toThrow('disk full');
    expect(readdirSync(out)).toEqual(['a.json']);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('old');
  });
});
