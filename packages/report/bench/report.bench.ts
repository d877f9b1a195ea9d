import type { BenchSuite } from '../../../scripts/bench-types.ts';
import { PRESETS, runMonteCarlo, scenarioSchema, simulate } from '@machi/scenarios';
import { pickYear, renderCase, renderReport } from '../src/index.ts';

// report.*: what the reports cost next to what they report on. A ratio of 10 means rendering takes a
// tenth of the time it took to simulate the numbers, so a report never slows a run down noticeably. A
// case is told once, by hand: its figure is for the record, with no target.
const scenario = scenarioSchema.parse(PRESETS['small-town']);
const RUNS = 400;

const perSecond = (work: () => unknown, times: number) => {
  const start = performance.now();
  for (let i = 0; i < times; i++) work();
  return times / ((performance.now() - start) / 1000);
};

export const suite: BenchSuite = {
  name: 'report',
  figures: [
    {
      name: 'report.small-town',
      unit: 'per s (reports; baseline: Monte Carlo runs)',
      target: 10,
      runs: 3,
      async measure() {
        const start = performance.now();
        const result = await runMonteCarlo(scenario, { runs: RUNS, seed: 1 });
        const baseline = 1000 / (performance.now() - start);
        const value = perSecond(() => {
          const report = renderReport(result, { lang: 'ja', scenario });
          return [report.toHTML(), report.toMarkdown(), report.figureFiles()];
        }, 5);
        return { value, baseline, notes: `a whole report (HTML, Markdown, ${renderReport(result, { lang: 'ja', scenario }).figures.length} SVG figures) of ${RUNS} replications × 4 variants, against the in-process Monte Carlo that made it` };
      },
    },
    {
      name: 'report.case',
      unit: 'per s (cases; baseline: simulations)',
      runs: 3,
      async measure() {
        const result = await runMonteCarlo(scenario, { runs: 100, seed: 1, variants: ['onprem'] });
        const picked = pickYear(result.tables[0]!, 'worst', 'downtimeHours')!;
        const options = { variant: 'onprem', seed: 1, replication: picked.replication, horizonYears: 10, trace: true };
        const baseline = perSecond(() => simulate(scenario, options), 20);
        const year = simulate(scenario, options);
        const value = perSecond(() => renderCase(year, { scenario, year: picked.year, lang: 'ja' }).toHTML(), 20);
        return { value, baseline, notes: 'renderCase of the worst on-premises year against simulating its replication with the trace' };
      },
    },
  ],
};
