import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBlockFile, encodeBlockFile } from '@machi/scenarios/node';
import { machiOnDisk } from './test-support.ts';

let work: string;
const town = new URL('./fixtures/town.yaml', import.meta.url).pathname;
// 200 replications in 8 blocks of 25, in 2 batches of 100: shards of 1, 2, 3 and 8 cut through batches.
const study = ['--runs', '200', '--seed', '4', '--years', '3', '--lang', 'en'];
const OUTPUTS = ['result.json', 'replications.csv', 'scenario.resolved.json'];
let expected: Record<string, string>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'machi-merge-'));
  const run = await machiOnDisk(['run', town, ...study, '--workers', '1', '--out', join(work, 'run')]);
  expect(run.stderr).toBe('');
  expected = Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(work, 'run', f), 'utf8')]));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the `count` shards into a fresh folder and returns it. */
async function shards(name: string, count: number, extra: string[] = []): Promise<string> {
  const folder = join(work, name);
  for (let index = 0; index < count; index++) {
    const shard = await machiOnDisk(['shard', town, '--index', String(index), '--count', String(count), ...study, ...extra, '--workers', '1', '--out', folder]);
    expect(shard.stderr).toBe('');
    expect(shard.code).toBe(0);
  }
  return folder;
}

const merge = (folder: string, out = join(work, `merged-${folder.split('/').pop()}`)) => machiOnDisk(['merge', folder, '--out', out, '--lang', 'en']);

describe('machi shard and machi merge', () => {
  it('1, 2, 3 and 8 shards merge into the bytes of machi run (result.json, replications.csv, scenario.resolved.json)', async () => {
    for (const count of [1, 2, 3, 8]) {
      const folder = await shards(`shards-${count}`, count);
      expect(readdirSync(folder)).toEqual(Array.from({ length: count }, (_, i) => `shard-${String(i).padStart(4, '0')}-of-${String(count).padStart(4, '0')}.machi.gz`));
      const out = join(work, `merged-${count}`);
      const merged = await merge(folder, out);
      expect(merged.stderr).toBe('');
      expect(merged.code).toBe(0);
      expect(merged.stdout).toMatch(new RegExp(`^Merged ${count} shards? of ${folder}\\.\\n`));
      for (const file of OUTPUTS) expect(readFileSync(join(out, file), 'utf8'), `${count} shards: ${file}`).toBe(expected[file]);
      // The report too, but for the folder it names in its regeneration command.
      expect(readFileSync(join(out, 'report.md'), 'utf8').replaceAll(out, 'OUT')).toBe(readFileSync(join(work, 'run', 'report.md'), 'utf8').replaceAll(join(work, 'run'), 'OUT'));
    }
  }, 180_000);

  it('says which replications a shard holds, and writes the same file when run twice', async () => {
    const folder = join(work, 'twice');
    const args = ['shard', town, '--index', '1', '--count', '3', ...study, '--workers', '2', '--out', folder];
    const first = await machiOnDisk(args);
    expect(first.stdout).toBe(`Written: ${join(folder, 'shard-0001-of-0003.machi.gz')} (shard 1 of 3: replications 50 to 124)\n`);
    const bytes = readFileSync(join(folder, 'shard-0001-of-0003.machi.gz'));
    await machiOnDisk(args);
    expect(readFileSync(join(folder, 'shard-0001-of-0003.machi.gz')).equals(bytes)).toBe(true);
  }, 60_000);

  describe('refuses, naming the file, and writes nothing', () => {
    let good: string;
    beforeAll(async () => {
      good = await shards('good', 3);
    }, 120_000);

    /** A copy of the good shards, changed by `edit`, merged: the run's exit code and message. */
    async function refused(edit: (folder: string) => void): Promise<{ code: number; stderr: string; out: string }> {
      const folder = mkdtempSync(join(work, 'bad-'));
      for (const f of readdirSync(good)) copyFileSync(join(good, f), join(folder, f));
      edit(folder);
      const out = join(folder, 'out');
      const run = await merge(folder, out);
      expect(run.stdout).toBe('');
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
      return { code: run.code, stderr: run.stderr.replaceAll(folder, 'SHARDS'), out };
    }
    const file = (i: number) => `shard-000${i}-of-0003.machi.gz`;

    it('a damaged file (one byte changed, or cut short)', async () => {
      const flipped = await refused((folder) => {
        const bytes = readFileSync(join(folder, file(1)));
        bytes[bytes.length >> 1] ^= 0x01;
        writeFileSync(join(folder, file(1)), bytes);
      });
      expect(flipped.code).toBe(1);
      expect(flipped.stderr).toMatch(new RegExp(`^machi: the shard file SHARDS/${file(1).replaceAll('.', '\\.')} is damaged: `));
      const cut = await refused((folder) => writeFileSync(join(folder, file(2)), readFileSync(join(folder, file(2))).subarray(0, 100)));
      expect(cut.stderr).toMatch(/^machi: the shard file SHARDS\/shard-0002-of-0003\.machi\.gz is damaged: not a complete gzip file/);
    });

    it('a shard of another study, and one of another shard count', async () => {
      const other = await shards('other-seed', 3, ['--seed', '5']);
      const seed = await refused((folder) => copyFileSync(join(other, file(2)), join(folder, file(2))));
      expect(seed.stderr).toBe(
        `machi: the shard file SHARDS/${file(2)} does not belong with the others: it is of another study (seed 5, while SHARDS/${file(0)} has 4)\n`,
      );
      const four = await shards('four', 4);
      const count = await refused((folder) => copyFileSync(join(four, 'shard-0003-of-0004.machi.gz'), join(folder, 'shard-0003-of-0004.machi.gz')));
      expect(count.stderr).toBe(`machi: the shard file SHARDS/shard-0003-of-0004.machi.gz does not belong with the others: it is one of 4 shards, while SHARDS/${file(0)} is one of 3\n`);
    }, 120_000);

    it('a shard of another machi version', async () => {
      const old = await refused((folder) => {
        const decoded = decodeBlockFile(readFileSync(join(folder, file(1))));
        writeFileSync(join(folder, file(1)), encodeBlockFile({ ...decoded, key: { ...decoded.key, version: '0.0.9' } }));
      });
      expect(old.stderr).toBe(`machi: the shard file SHARDS/${file(1)} was made by machi 0.0.9; merge it with that version (this is machi 0.1.0)\n`);
    });

    it('a missing shard, and a duplicated one (a copy under another name)', async () => {
      const missing = await refused((folder) => rmSync(join(folder, file(1))));
      expect(missing.stderr).toBe('machi: SHARDS lacks 1 shard of 3: 1\n');
      const duplicate = await refused((folder) => copyFileSync(join(folder, file(2)), join(folder, 'copy of shard 2.machi.gz')));
      expect(duplicate.stderr).toBe(`machi: shard 2 is there twice: SHARDS/copy of shard 2.machi.gz and SHARDS/${file(2)}; keep one\n`);
    });

    it('but takes a shard by its content, whatever its file is called', async () => {
      const folder = mkdtempSync(join(work, 'renamed-'));
      for (const f of readdirSync(good)) copyFileSync(join(good, f), join(folder, f === file(0) ? 'first.machi.gz' : f));
      const run = await merge(folder, join(folder, 'out'));
      expect(run.code).toBe(0);
      expect(readFileSync(join(folder, 'out', 'result.json'), 'utf8')).toBe(expected['result.json']);
    });

    it('a shard whose scenario was edited (the checksum made to match)', async () => {
      const edited = await refused((folder) => {
        const text = gunzipSync(readFileSync(join(folder, file(0)))).toString('utf8');
        const body = text.slice(text.indexOf('\n') + 1).replace('試験町', '別の町');
        const sha = createHash('sha256').update(body).digest('hex');
        writeFileSync(join(folder, file(0)), gzipSync(`{"format":"machi-blocks/v1","sha256":"${sha}"}\n${body}`));
      });
      expect(edited.stderr).toBe(`machi: the shard file SHARDS/${file(0)} is damaged: its scenario is not the one its study was computed for\n`);
    });

    it('an empty folder', async () => {
      const empty = join(work, 'empty');
      mkdirSync(empty);
      expect(await merge(empty)).toEqual({ code: 1, stdout: '', stderr: `machi: ${empty} holds no shard files (*.machi.gz, written by machi shard)\n` });
    });
  });

  it('refuses a bad index or count before computing anything', async () => {
    const args = (index: string, count: string) => ['shard', town, '--index', index, '--count', count, ...study, '--out', join(work, 'never')];
    expect((await machiOnDisk(args('3', '3'))).stderr).toBe('machi: --index must be below --count (3), counting from 0, got 3\n');
    expect((await machiOnDisk(args('0', '9'))).stderr).toBe('machi: the shard count must be from 1 to 8 (the blocks of 25 replications of this run), got 9\n');
    expect((await machiOnDisk(args('-1', '3'))).code).toBe(2);
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});
