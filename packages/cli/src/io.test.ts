import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeIo, removeStalePartials } from './io.ts';

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

describe('nodeIo().writeFiles after a run killed mid-write (kill -9)', () => {
  /** The id of a process that has ended. */
  const endedPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

  it('removes the temporary files the killed run left in the folders it writes, and says which', () => {
    const out = scratch();
    mkdirSync(join(out, 'figures'));
    const dead = endedPid();
    const litter = [join(out, `.replications.csv.${dead}.partial`), join(out, `.result.json.${dead}.partial`), join(out, 'figures', `.cost.svg.${dead}.partial`)];
    for (const path of litter) writeFileSync(path, 'half a row');
    const removed = nodeIo().writeFiles([
      { path: join(out, 'result.json'), pieces: ['{}'] },
      { path: join(out, 'figures', 'downtime.svg'), pieces: ['<svg/>'] },
    ]);
    expect(removed).toEqual(litter);
    expect(readdirSync(out).sort()).toEqual(['figures', 'result.json']);
    expect(readdirSync(join(out, 'figures'))).toEqual(['downtime.svg']);
  });

  it("leaves a running process's temporary files and anything not named like one alone", () => {
    const out = scratch();
    const running = join(out, `.result.json.${process.ppid}.partial`);
    const others = [running, join(out, 'notes.partial'), join(out, '.result.json.partial'), join(out, 'result.json.123.partial')];
    for (const path of others) writeFileSync(path, 'x');
    expect(nodeIo().writeFiles([{ path: join(out, 'result.json'), pieces: ['{}'] }])).toEqual([]);
    expect(readdirSync(out).sort()).toEqual([...others.map((p) => p.slice(out.length + 1)), 'result.json'].sort());
  });

  it('asks about each process id once per file, and skips folders that do not exist yet', () => {
    const out = scratch();
    writeFileSync(join(out, '.a.json.7.partial'), '');
    writeFileSync(join(out, '.b.json.8.partial'), '');
    const asked: number[] = [];
    const removed = removeStalePartials([join(out, 'a.json'), join(out, 'new', 'c.json')], (pid) => (asked.push(pid), pid === 8));
    expect(asked).toEqual([7, 8]);
    expect(removed).toEqual([join(out, '.a.json.7.partial')]);
  });
});
