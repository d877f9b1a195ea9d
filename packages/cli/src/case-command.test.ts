import { loadScenario, runMonteCarlo, simulate, type Scenario } from '@machi/scenarios';
import { formatYen, renderCase } from '@machi/report';
import { describe, expect, it } from 'vitest';
import { machi, repoFile, townYaml } from './test-support.ts';

const files = { 'town.yaml': townYaml };

function town(): Scenario {
  const loaded = loadScenario(townYaml, 'town.yaml');
  if (!loaded.ok) throw new Error('fixture must be valid');
  return loaded.value;
}

describe('machi case --replication K --year Y', () => {
  const args = ['case', 'town.yaml', '--variant', 'housing', '--seed', '2027', '--replication', '3', '--year', '2', '--lang', 'en'];

  it('writes case.md, case.html and the Gantt chart: the renderCase of that replication, traced', async () => {
    const result = await machi([...args, '--out', 'out'], files);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const command = 'machi case town.yaml --variant housing --seed 2027 --replication 3 --year 2 --years 10 --lang en --out out';
    const scenario = town();
    const expected = renderCase(simulate(scenario, { variant: 'housing', seed: 2027, replication: 3, horizonYears: 10, trace: true }), { scenario, year: 2, lang: 'en', command });
    expect(Object.keys(result.written)).toEqual(['out/case.md', 'out/case.html', 'out/figures/case-gantt-housing-r3-y2.svg']);
    expect(result.written['out/case.md']).toBe(expected.markdown);
    expect(result.written['out/case.html']).toBe(expected.html);
    expect(result.written['out/figures/case-gantt-housing-r3-y2.svg']).toBe(expected.figure.toSVG());
    expect(result.stdout).toBe(`Reproduce this case: ${command}\nWritten: out/case.md, out/case.html, out/figures/case-gantt-housing-r3-y2.svg\n`);
  });

  it('prints the Markdown without the figure when there is no --out, and writes nothing', async () => {
    const result = await machi(args, files);
    expect(result.code).toBe(0);
    expect(result.written).toEqual({});
    // Year 2 from 1 April 2027 starts a day early (29 February 2028 lies before it): dated, not a fiscal year.
    expect(result.stdout).toMatch(/^# 試験町, a virtual year: Sat 31 March 2029 – Sat 30 March 2030\n/);
    expect(result.stdout).toContain('year 2 of the 10 simulated (numbered from 0, as --year counts)');
    expect(result.stdout).toContain('machi case town.yaml --variant housing --seed 2027 --replication 3 --year 2 --years 10 --lang en\n');
    expect(result.stdout).not.toContain('![');
  });

  it('takes seed 1 without --seed, as run does', async () => {
    const withoutSeed = ['case', 'town.yaml', '--variant', 'housing', '--replication', '3', '--year', '2', '--lang', 'en'];
    const result = await machi(withoutSeed, files);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('machi case town.yaml --variant housing --seed 1 --replication 3 --year 2 --years 10 --lang en\n');
    expect(result.stdout).toBe((await machi([...withoutSeed, '--seed', '1'], files)).stdout);
  });

  it('tells the tsunami of examples/my-town.yaml in Japanese, dated from its start date', async () => {
    const result = await machi(['case', 'my-town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--year', '0', '--years', '1'], { 'my-town.yaml': repoFile('examples/my-town.yaml') });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('### 2027年（令和9年）6月12日（土） 03:00（閉庁日）地震（マグニチュード7.8）');
    expect(result.stdout).toContain('理由：浸水');
    expect(result.stdout).toContain('#### 住民にとっての意味');
  });
});

describe('machi case --pick', () => {
  const pickArgs = ['case', 'town.yaml', '--variant', 'onprem', '--seed', '5', '--runs', '30', '--years', '3', '--workers', '1', '--lang', 'en', '--out', 'o'];

  it('--pick worst --by costYen is the argmax of the costYen column, and --replication/--year reproduces it', async () => {
    const scenario = town();
    const mc = await runMonteCarlo(scenario, { variants: ['onprem'], runs: 30, seed: 5, horizonYears: 3 });
    const cost = mc.tables[0]!.columns.costYen!;
    let argmax = 0;
    for (let i = 1; i < cost.length; i++) if (cost[i]! > cost[argmax]!) argmax = i;
    const [replication, year] = [Math.floor(argmax / 3), argmax % 3];

    const picked = await machi([...pickArgs, '--pick', 'worst', '--by', 'costYen'], files);
    expect(picked.code).toBe(0);
    const command = `machi case town.yaml --variant onprem --seed 5 --replication ${replication} --year ${year} --years 3 --lang en --out o`;
    expect(picked.stdout.split('\n').slice(0, 2)).toEqual([
      `Picked: --replication ${replication} --year ${year} (--pick worst --by costYen, value ${formatYen(cost[argmax]!, 'en')})`,
      `Reproduce this case: ${command}`,
    ]);
    const md = picked.written['o/case.md']!;
    expect(md).toContain(`| annual cost (running + incidents) | ${formatYen(cost[argmax]!, 'en')} |`);
    expect(md).toContain(`This year is the one with the largest "annual cost (running + incidents)" among 30 replications × 3 years`);

    const again = await machi(['case', 'town.yaml', '--variant', 'onprem', '--seed', '5', '--replication', String(replication), '--year', String(year), '--years', '3', '--lang', 'en', '--out', 'o'], files);
    const withoutSelection = md.replace(/This year is the one with the largest[^\n]*\n\n/, '');
    expect(again.written['o/case.md']).toBe(withoutSelection);
  });

  it('says so, and writes nothing, when no year needed the action', async () => {
    const result = await machi([...pickArgs.slice(0, 4), '--seed', '5', '--runs', '2', '--years', '1', '--workers', '1', '--lang', 'en', '--out', 'o', '--pick', 'action:compensateResidents'], files);
    expect(result).toMatchObject({ code: 1, stdout: '', written: {}, stderr: 'machi: no year among 2 replications × 1 years matches action:compensateResidents; try more --runs\n' });
  });
});

describe('machi case: usage errors exit 2, write nothing and say what is wrong', () => {
  const base = ['case', 'town.yaml', '--lang', 'en'];
  const cases: [string[], string][] = [
    [['--seed', '1', '--replication', '0', '--year', '0'], 'required option --variant is missing'],
    [['--variant', 'onprem', '--seed', '1'], 'give --replication and --year, or --pick'],
    [['--variant', 'onprem', '--seed', '1', '--replication', '0', '--pick', 'worst'], '--pick cannot be used with --replication or --year'],
    [['--variant', 'onprem', '--seed', '1', '--year', '0', '--pick', 'worst'], '--pick cannot be used with --replication or --year'],
    [['--variant', 'onprem', '--seed', '1', '--pick', 'best'], '--pick must be typical, worst, p99 or action:<action> (actions: notifyIndividuals, reportToCommission, publishNotice, pressConference, compensateResidents, reportToCouncil, activateBcp), got "best"'],
    [['--variant', 'onprem', '--seed', '1', '--pick', 'action:party'], '--pick must be typical, worst, p99 or action:<action> (actions: notifyIndividuals, reportToCommission, publishNotice, pressConference, compensateResidents, reportToCouncil, activateBcp), got "action:party"'],
    [['--variant', 'onprem', '--seed', '1', '--replication', '0'], 'required option --year is missing'],
    [['--variant', 'onprem', '--seed', '1', '--replication', '0', '--year', '10'], '--year must be below --years (10), counting from 0, got 10'],
    [['--variant', 'onprem', '--seed', '1', '--replication', '0', '--year', '0', '--by', 'costYen'], '--by needs --pick'],
    [['--variant', 'onprem', '--seed', '1', '--replication', '-1', '--year', '0'], '--replication must be an integer >= 0, got "-1"'],
    [['--variant', 'onprem', '--seed', '1', '--pick', 'worst', '--runs', '0'], '--runs must be an integer >= 1, got "0"'],
    [['--variant', 'cloud', '--seed', '1', '--replication', '0', '--year', '0'], 'unknown variant "cloud" (variants: onprem, housing)'],
    [['--variant', 'onprem', '--seed', '1', '--pick', 'worst', '--by', 'cost'], 'unknown metric "cost" (metrics: '],
  ];
  it.each(cases)('%j → %s', async (extra, message) => {
    const result = await machi([...base, ...extra, '--out', 'o'], files);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.written).toEqual({});
    expect(result.stderr.startsWith(`machi: ${message}`)).toBe(true);
  });

  it('words them in Japanese by default', async () => {
    const result = await machi(['case', 'town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--pick', 'worst'], files);
    expect(result).toMatchObject({ code: 2, stderr: 'machi: --pick と --replication / --year は同時に指定できません\n' });
  });

  it('a folder it cannot write to is a one-line error (exit 1)', async () => {
    const result = await machi(['case', 'town.yaml', '--variant', 'onprem', '--seed', '1', '--replication', '0', '--year', '0', '--lang', 'en', '--out', 'o'], files, { failWrites: 'EACCES: permission denied' });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'machi: cannot write the results to o: EACCES: permission denied\n' });
  });
});
