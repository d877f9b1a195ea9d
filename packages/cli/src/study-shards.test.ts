import { describe, expect, it } from 'vitest';
import { editTown, machi } from './test-support.ts';

// The fixture town with one uncertain number; a study of 4 + 1 input sets (the nominal set is 0).
const files = {
  'town.yaml': editTown(
    'generatorFailureProbability: 0.1\n',
    'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "triangular", ' +
      'source: "assumption: test" } }\n',
  ),
};
const study = ['uncertainty', 'town.yaml', '--input-sets', '4', '--replications', '2', '--years', '2', '--seed', '3', '--workers', '1', '--lang', 'en'];

/** The shard files of `ranges`, each computed by its own run (as a batch scheduler's array tasks are). */
async function shards(ranges: readonly string[], args: readonly string[] = study): Promise<Record<string, string>> {
  const all: Record<string, string> = {};
  for (const range of ranges) {
    const run = await machi([...args, '--input-set-range', range, '--out', 'shards'], files);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Written: shards\/study-[0-9a-f]{12}-\d+-\d+\.json \(input sets? [\d–]+ of 5\)\n$/);
    Object.assign(all, run.written);
  }
  return all;
}
const merged = (shardFiles: Record<string, string>) => machi([...study, '--merge', 'shards', '--out', 'out'], { ...files, ...shardFiles });

describe('machi uncertainty --input-set-range and --merge (a batch scheduler\'s array job)', () => {
  it('input sets computed in separate runs and merged are the bytes of the study run in one process', async () => {
    const whole = await machi([...study, '--out', 'out'], files);
    expect(whole.code).toBe(0);
    const run = await merged(await shards(['0..1', '2..2', '3..4']));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(whole.stdout);
    for (const file of ['out/result.json', 'out/input-sets.csv', 'out/report.md']) expect(run.written[file]).toBe(whole.written[file]);
  });

  it('refuses shards that are missing, twice, of another study, or damaged, naming the file; nothing is written', async () => {
    const own = await shards(['0..2', '3..4']);
    const refused = async (shardFiles: Record<string, string>) => {
      const run = await merged(shardFiles);
      expect(Object.keys(run.written).filter((f) => f.startsWith('out/'))).toEqual([]);
      return `${run.code} ${run.stderr}`;
    };
    const [first, second] = Object.keys(own).sort() as [string, string];
    expect(await refused({ [first]: own[first]! })).toBe('1 machi: the shard files in shards do not hold each input set once: input set 3 is in no part\n');
    expect(await refused({ ...own, ...(await shards(['2..3'])) })).toBe('1 machi: the shard files in shards do not hold each input set once: input set 2 is in two parts\n');
    const otherSeed = await shards(['0..4'], study.map((a) => (a === '3' ? '4' : a)));
    expect(await refused(otherSeed)).toMatch(/^1 machi: the shard file shards\/study-[0-9a-f]{12}-0-4\.json does not belong with this study: it is a shard of another study \(scenario, options or seed\)\n$/);
    const damaged = own[second]!.replace(/"costYen":\[[^\]]*\]/, '"costYen":[1]');
    expect(await refused({ [first]: own[first]!, [second]: damaged })).toBe(
      `1 machi: the shard file ${second} does not belong with this study: outcome 0: onprem.costYen is not 2 finite numbers\n`,
    );
    expect(await refused({ [first]: own[first]!, [second]: '{"format": ' })).toMatch(new RegExp(`^1 machi: the shard file ${second} does not belong with this study: .*JSON`));
    expect(await refused({})).toBe('1 machi: shards holds no shard files of a study (study-*.json, written with --input-set-range)\n');
  });

  it('refuses a range past the study, a malformed range, and either option with --queue', async () => {
    const refused = async (extra: string[]) => {
      const run = await machi([...study, ...extra, '--out', 'shards'], files);
      expect(run.written).toEqual({});
      return `${run.code} ${run.stderr}`;
    };
    expect(await refused(['--input-set-range', '3..5'])).toBe("2 machi: --input-set-range 3..5 goes past the study's 5 input sets (0..4)\n");
    expect(await refused(['--input-set-range', '2..1'])).toBe('2 machi: --input-set-range must be A..B with A <= B, two whole numbers from 0, got "2..1"\n');
    expect(await refused(['--merge', 'x', '--queue', 'redis://127.0.0.1:1'])).toBe('2 machi: --merge cannot be used with --queue\n');
  });
});
