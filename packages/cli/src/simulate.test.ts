import { loadScenario, simulate } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { machi, townYaml } from './test-support.ts';

const files = { 'town.yaml': townYaml };
const args = ['simulate', 'town.yaml', '--variant', 'housing', '--seed', '2027', '--replication', '3'];

describe('machi simulate', () => {
  it('prints the simulate result as 2-space JSON, 10 years by default', async () => {
    const result = await machi(args, files);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout);
    expect([printed.name, printed.variant, printed.seed, printed.replication, printed.horizonYears]).toEqual(['試験町', 'housing', 2027, 3, 10]);
    expect(printed.years).toHaveLength(10);
    const loaded = loadScenario(townYaml, 'town.yaml');
    if (!loaded.ok) throw new Error('fixture must be valid');
    const expected = simulate(loaded.value, { variant: 'housing', seed: 2027, replication: 3, horizonYears: 10 });
    expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('prints the same bytes for the same arguments', async () => {
    expect((await machi(args, files)).stdout).toBe((await machi(args, files)).stdout);
  });

  it('takes --years and --trace', async () => {
    const printed = JSON.parse((await machi([...args, '--years', '3', '--trace'], files)).stdout);
    expect(printed.years).toHaveLength(3);
    expect(Array.isArray(printed.trace)).toBe(true);
    expect(JSON.parse((await machi(args, files)).stdout).trace).toBeUndefined();
  });

  it('runs a preset by name', async () => {
    const result = await machi(['simulate', 'small-town', '--variant', 'public-cloud', '--seed', '1', '--replication', '0', '--years', '1']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).years).toHaveLength(1);
  });
});

describe('machi simulate: usage errors exit 2 with one clear line', () => {
  const usage = (extra: string[], lang = 'en') => machi([...args.slice(0, 2), ...extra, '--lang', lang], files);
  const cases: [string[], string][] = [
    [['--variant', 'housing', '--seed', 'abc', '--replication', '0'], '--seed must be an integer, got "abc"'],
    [['--variant', 'housing', '--seed', '1.5', '--replication', '0'], '--seed must be an integer, got "1.5"'],
    [['--variant', 'housing', '--seed', '1', '--replication', '-1'], '--replication must be an integer >= 0, got "-1"'],
    [['--variant', 'housing', '--seed', '1', '--replication', '0', '--years', '0'], '--years must be an integer >= 1, got "0"'],
    [['--variant', 'cloud', '--seed', '1', '--replication', '0'], 'unknown variant "cloud" (variants: onprem, housing)'],
    [['--variant', 'housing', '--replication', '0'], 'required option --seed is missing'],
    [['--variant', 'housing', '--sed', '1', '--replication', '0'], 'unknown option --sed (did you mean --seed?)'],
    [['--variant'], 'option --variant needs a value'],
  ];
  it.each(cases)('%j → %s', async (extra, message) => {
    expect(await usage(extra)).toMatchObject({ code: 2, stdout: '', stderr: `machi: ${message}\n` });
  });

  it('words them in Japanese by default', async () => {
    expect((await usage(['--variant', 'housing', '--seed', 'abc', '--replication', '0'], 'ja')).stderr).toBe(
      'machi: --seed には整数を指定してください（"abc" が指定されました）\n',
    );
    expect((await usage(['--variant', 'cloud', '--seed', '1', '--replication', '0'], 'ja')).stderr).toBe(
      'machi: 比較案 "cloud" はありません（比較案: onprem, housing）\n',
    );
  });
});
