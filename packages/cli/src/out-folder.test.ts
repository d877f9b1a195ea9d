import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderError, prepareFolder } from './out-folder.ts';
import { partialPath, removeStalePartials } from './partial-files.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'machi-out-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The id of a process that has ended. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout);
const host = hostname().replace(/[^A-Za-z0-9-]/g, '_');

describe('prepareFolder', () => {
  it('creates a folder that does not exist, level by level, and says it did', () => {
    const out = join(scratch(), 'a', 'b', 'out');
    expect(prepareFolder(out)).toEqual({ created: true, removedPartials: [] });
    expect(prepareFolder(out)).toEqual({ created: false, removedPartials: [] });
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a file, and a folder under a file, naming the file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'report.txt'), 'x');
    expect(() => prepareFolder(join(dir, 'report.txt'))).toThrow(FolderError);
    try {
      prepareFolder(join(dir, 'report.txt', 'deeper'));
    } catch (error) {
      expect(error).toMatchObject({ code: 'not-a-folder', path: join(dir, 'report.txt') });
    }
  });

  it('fails at once under /proc, where a recursive mkdir never returns', { timeout: 10_000 }, () => {
    expect(() => prepareFolder('/proc/nope/out')).toThrow(expect.objectContaining({ code: 'not-writable', message: expect.stringMatching(/ENOENT/) }));
  });

  it('removes partial files of dead processes of this machine, keeps those of live ones, and says which', async () => {
    const out = scratch();
    mkdirSync(join(out, 'figures'));
    const sleeper = spawn('sleep', ['30']);
    try {
      const dead = deadPid();
      const files = {
        [`.result.json.machi-${host}-${dead}.partial`]: 'stale',
        [`.replications.csv.${dead}.partial`]: 'stale, written by machi 0.1.0',
        [`.report.md.machi-${host}-${sleeper.pid}.partial`]: 'still being written',
        [`.result.json.machi-${host}-${process.pid}.partial`]: 'this process',
        [`.result.json.machi-another-host-${dead}.partial`]: 'another machine, recent',
        'result.json': 'a finished file',
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
      writeFileSync(join(out, 'figures', `.aep.svg.machi-${host}-${dead}.partial`), 'stale');
      const removed = prepareFolder(out).removedPartials;
      expect(removed).toEqual([`.replications.csv.${dead}.partial`, `.result.json.machi-${host}-${dead}.partial`, join('figures', `.aep.svg.machi-${host}-${dead}.partial`)]);
      expect(readdirSync(out).sort()).toEqual([
        `.report.md.machi-${host}-${sleeper.pid}.partial`,
        `.result.json.machi-${host}-${process.pid}.partial`,
        `.result.json.machi-another-host-${dead}.partial`,
        'figures',
        'result.json',
      ].sort());
      // Another machine's partial file is abandoned after a day.
      const old = join(out, `.result.json.machi-another-host-${dead}.partial`);
      utimesSync(old, new Date(Date.now() - 25 * 3600_000), new Date(Date.now() - 25 * 3600_000));
      expect(removeStalePartials(out)).toEqual([`.result.json.machi-another-host-${dead}.partial`]);
    } finally {
      sleeper.kill();
    }
  });

  it('partialPath names the host and the process, beside the target', () => {
    expect(partialPath(join('out', 'result.json'))).toBe(join('out', `.result.json.machi-${host}-${process.pid}.partial`));
  });
});
