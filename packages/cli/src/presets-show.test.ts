import { collectProvenance, countProvenance, loadScenario, presetNames, PRESETS, scenarioSchema, simulate } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { displayWidth } from './align-columns.ts';
import { machi } from './test-support.ts';

describe('machi presets show NAME', () => {
  it.each(presetNames())('prints %s as YAML that validates and runs as it is, name first', async (name) => {
    const result = await machi(['presets', 'show', name]);
    expect(result.code).toBe(0);
    expect(Object.keys(parse(result.stdout))[0]).toBe('name');
    const loaded = loadScenario(result.stdout, `${name}.yaml`);
    if (!loaded.ok) throw new Error(`preset ${name} does not round-trip: ${JSON.stringify(loaded.issues)}`);
    expect(loaded.value).toEqual(scenarioSchema.parse(PRESETS[name]));
    const run = simulate(loaded.value, { seed: 1, replication: 0, horizonYears: 1 });
    expect(run.years).toHaveLength(1);
  });

  it('writes shared objects out in full, without YAML anchors or aliases', async () => {
    expect((await machi(['presets', 'show', 'small-town'])).stdout).not.toMatch(/(^|[\s[{,])[&*][\w-]/m);
  });

  it('is a usage error (exit 2) for an unknown preset', async () => {
    expect(await machi(['presets', 'show', 'big-city', '--lang', 'en'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `machi: unknown preset "big-city" (presets: ${presetNames().join(', ')})\n`,
    });
  });
});

describe('machi presets show NAME --sources', () => {
  it.each(presetNames())('lists every number of %s with its source, then the counts', async (name) => {
    const entries = collectProvenance(PRESETS[name]);
    const { sourced, assumed, total } = countProvenance(entries);
    const lines = (await machi(['presets', 'show', name, '--sources', '--lang', 'en'])).stdout.split('\n');
    expect(lines).toHaveLength(total + 3);
    expect(lines.at(-2)).toBe(`sourced ${sourced} / assumed ${assumed} / total ${total}`);
    expect(lines[0]).toMatch(/^path {2,}value {2,}source$/);
    expect(sourced).toBeGreaterThan(0);
  });

  it('aligns path, value and source, and counts in Japanese by default', async () => {
    const lines = (await machi(['presets', 'show', 'small-town', '--sources'])).stdout.split('\n');
    const population = lines.find((line) => line.startsWith('municipality.population '))!;
    expect(population).toMatch(/^municipality\.population {2,}15000 {2,}\S/);
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(population, '15000')).toBe(column(lines[0]!, '値'));
    expect(lines.at(-2)).toMatch(/^出典あり \d+ \/ 仮定 \d+ \/ 合計 \d+$/);
  });

  it('shows a quantity spec as its kind and parameters', async () => {
    const lines = (await machi(['presets', 'show', 'small-town', '--sources'])).stdout.split('\n');
    expect(lines.some((line) => / lognormal90 \[\d/.test(line))).toBe(true);
  });
});
