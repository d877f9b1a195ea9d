import { citedReferenceIds, collectProvenance, countDistinctFacts, loadScenario, presetNames, PRESETS, referenceIndex, referenceShortForm, REFERENCES, scenarioSchema, simulate } from '@machi/scenarios';
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

  it('starts with the yaml-language-server line naming the schema file, then how to write that file, in --lang', async () => {
    const lines = (lang: string) => machi(['presets', 'show', 'small-town', '--lang', lang]).then((r) => r.stdout.split('\n').slice(0, 3));
    expect(await lines('en')).toEqual([
      '# yaml-language-server: $schema=./machi-scenario.schema.json',
      '# Editors check and complete this file against machi-scenario.schema.json: write it beside the file with  machi schema --lang en > machi-scenario.schema.json',
      'name: 仮想町',
    ]);
    expect((await lines('ja'))[1]).toBe('# エディターはこのファイルを machi-scenario.schema.json で検査・補完します。同じフォルダーに  machi schema > machi-scenario.schema.json  で書き出してください');
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
  it.each(presetNames())('lists every number of %s with its source, the references cited, then the counts', async (name) => {
    const entries = collectProvenance(PRESETS[name]);
    const share = countDistinctFacts(entries);
    const { sourced, assumed, total } = share.entries;
    const ids = [...new Set(entries.flatMap((e) => citedReferenceIds(e.source)))];
    const lines = (await machi(['presets', 'show', name, '--sources', '--lang', 'en'])).stdout.split('\n');
    // Heading, one line per number, a blank line, the references (heading, one each, a blank line), two counts.
    expect(lines).toHaveLength(1 + total + 1 + 1 + ids.length + 1 + 2 + 1);
    expect(lines[0]).toMatch(/^path {2,}value {2,}source$/);
    expect(lines[total + 2]).toBe('References cited above:');
    const known = referenceIndex(REFERENCES);
    expect(lines.slice(total + 3, total + 3 + ids.length)).toEqual(ids.map((id) => `[${id}]  ${referenceShortForm(known.get(id)!, 'en')}`));
    expect(lines.at(-3)).toBe(`sourced ${sourced} / assumed ${assumed} / total ${total}`);
    const { distinct } = share;
    expect(lines.at(-2)).toBe(
      `distinct facts (value and cited references; an assumption by its text): sourced ${distinct.sourced} / assumed ${distinct.assumed} / total ${distinct.total}, ${(share.sourcedShare * 100).toFixed(1)}% sourced`,
    );
    expect(sourced).toBeGreaterThan(0);
  });

  it('aligns path, value and source, and counts in Japanese by default', async () => {
    const lines = (await machi(['presets', 'show', 'small-town', '--sources'])).stdout.split('\n');
    const population = lines.find((line) => line.startsWith('municipality.population '))!;
    expect(population).toMatch(/^municipality\.population {2,}15000 {2,}\S/);
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(population, '15000')).toBe(column(lines[0]!, '値'));
    expect(lines.at(-3)).toMatch(/^出典あり \d+ \/ 仮定 \d+ \/ 合計 \d+$/);
    expect(lines.at(-2)).toMatch(/^異なる事実（値と引用文献の組、仮定は文面で区別）: 出典あり \d+ \/ 仮定 \d+ \/ 合計 \d+、出典ありの割合 \d+\.\d%$/);
    expect(lines).toContain('上の出典が引用する文献:');
  });

  it('shows a quantity spec as its kind and parameters', async () => {
    const lines = (await machi(['presets', 'show', 'small-town', '--sources'])).stdout.split('\n');
    expect(lines.some((line) => / lognormal90 \[\d/.test(line))).toBe(true);
  });
});
