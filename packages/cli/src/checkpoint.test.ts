import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcess, loadScenario, runShard, studyKey, tableColumns } from '@machi/scenarios';
import { encodeBlockFile } from '@machi/scenarios/node';
import { CHECKPOINT_FOLDER } from './checkpoint.ts';
import { machiOnDisk, townYaml } from './test-support.ts';

let work: string;
const town = new URL('./fixtures/town.yaml', import.meta.url).pathname;
const scenario = (() => {
  const loaded = loadScenario(townYaml, 'town.yaml');
  if (!loaded.ok) throw new Error('town.yaml must validate');
  return loaded.value;
})();
const study = ['--runs', '200', '--seed', '4', '--years', '3', '--lang', 'en', '--workers', '1'];
const OUTPUTS = ['result.json', 'replications.csv', 'report.md', 'scenario.resolved.json'];
const read = (out: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8').replaceAll(out, 'OUT')]));
let expected: Record<string, string>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'machi-checkpoint-'));
  expect((await machiOnDisk(['run', town, ...study, '--out', join(work, 'uninterrupted')])).code).toBe(0);
  expected = read(join(work, 'uninterrupted'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An --out folder holding a checkpoint with the first `shards` of 4 shards of the study (seed 4 unless said). */
async function interrupted(name: string, shards: number, seed = 4): Promise<string> {
  const out = join(work, name);
  const key = studyKey(scenario, { runs: 200, seed, horizonYears: 3 });
  mkdirSync(join(out, CHECKPOINT_FOLDER), { recursive: true });
  for (let index = 0; index < shards; index++) {
    const { blocks } = await runShard(scenario, key, index, 4, { concurrency: 1, execute: inProcess(scenario) });
    const file = encodeBlockFile({ key, shard: null, scenario: null, provenance: null, names: tableColumns(scenario), blocks });
    writeFileSync(join(out, CHECKPOINT_FOLDER, `blocks-00000${index + 1}.machi.gz`), file);
  }
  return out;
}

describe('machi run --resume', () => {
  it('continues from the checkpoint, writes the bytes of an uninterrupted run, and removes the checkpoint', async () => {
    const out = await interrupted('resumed', 2);
    const run = await machiOnDisk(['run', town, ...study, '--out', out, '--resume']);
    expect(run.stderr).toBe(`machi: resuming: 100 of 200 replications are in the checkpoint ${join(out, CHECKPOINT_FOLDER)}\n`);
    expect(run.code).toBe(0);
    expect(read(out)).toEqual(expected);
    expect(existsSync(join(out, CHECKPOINT_FOLDER))).toBe(false);
  });

  it('with no checkpoint, is an ordinary run (so a script can always pass it)', async () => {
    const out = join(work, 'fresh');
    const run = await machiOnDisk(['run', town, ...study, '--out', out, '--resume']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(read(out)).toEqual(expected);
  });

  it('without --resume, refuses to start over a checkpoint (its work would be lost silently)', async () => {
    const out = await interrupted('not-resumed', 1);
    const run = await machiOnDisk(['run', town, ...study, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`machi: ${join(out, CHECKPOINT_FOLDER)} holds the checkpoint of an interrupted run: add --resume to continue it, or delete the folder to start again\n`);
    expect(readdirSync(out)).toEqual([CHECKPOINT_FOLDER]);
  });

  it('refuses a checkpoint of another study, and a damaged one, naming it', async () => {
    const stale = await interrupted('stale', 1, 5);
    const run = await machiOnDisk(['run', town, ...study, '--out', stale, '--resume']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`machi: the checkpoint ${join(stale, CHECKPOINT_FOLDER)} is of another study (seed 5, this run 4): run with the options it was made with, or delete it\n`);

    const damaged = await interrupted('damaged', 1);
    const path = join(damaged, CHECKPOINT_FOLDER, 'blocks-000001.machi.gz');
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    const broken = await machiOnDisk(['run', town, ...study, '--out', damaged, '--resume']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(new RegExp(`^machi: the checkpoint file ${path} is damaged \\(not a complete gzip file`));
  });

  it('killed at any moment (kill -9), resumes to the same bytes', { timeout: 240_000 }, async () => {
    // Long enough for the first checkpoint file (written 2 s after the run starts) to appear well before the end.
    const args = ['run', town, '--runs', '6000', '--seed', '8', '--years', '3', '--workers', '1', '--lang', 'en'];
    const out = join(work, 'killed');
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', new URL('./bin.ts', import.meta.url).pathname, ...args, '--out', out], { stdio: 'ignore' });
    const checkpoint = join(out, CHECKPOINT_FOLDER);
    await until(() => existsSync(checkpoint) && readdirSync(checkpoint).some((f) => f.endsWith('.machi.gz')), 120_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    expect(existsSync(join(out, 'result.json'))).toBe(false);

    const resumed = await machiOnDisk([...args, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/^machi: (removed \d+ partial files? that an interrupted earlier run left in .*\nmachi: )?resuming: [\d,]+ of 6,000 replications are in the checkpoint/);
    const uninterrupted = join(work, 'killed-uninterrupted');
    expect((await machiOnDisk([...args, '--out', uninterrupted])).code).toBe(0);
    expect(read(out)).toEqual(read(uninterrupted));
  });
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`gave up waiting after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
