function __show(expression: string, value: any): void {
  const display = value?.[Symbol.for('Jupyter.display')];
  if (typeof display !== 'function') throw new Error(`${expression} does not display itself in Jupyter`);
  console.log('__show ' + JSON.stringify([expression, Object.keys(display.call(value))]));
}
import { PRESETS, runMonteCarlo, scenarioSchema, simulate } from '@machi/scenarios';
import { actionProbabilityFigure, actionsTable, comparisonsTable, display, exceedanceFigure, pairedDifferenceFigure, pickYear, renderCase } from '@machi/report';

const scenario = scenarioSchema.parse(PRESETS['small-town']);
console.log(scenario.name, Object.keys(scenario.variants));

const seed = 1;
const result = await runMonteCarlo(scenario, { runs: 200, seed });
console.log(`${result.stamp.runs} replications × ${result.stamp.horizonYears} years; variants: ${result.stamp.variants.join(', ')}`);

const aep = exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja', scenario });
__show("aep", aep);

const actions = actionProbabilityFigure(result, { lang: 'ja', scenario });
__show("actions", actions);

__show("actionsTable(result, { lang: 'ja', scenario })", actionsTable(result, { lang: 'ja', scenario }));

const downtime = pairedDifferenceFigure(result, { metric: 'downtimeHours', baseline: 'onprem', lang: 'ja', scenario });
__show("downtime", downtime);

__show("comparisonsTable(result, { lang: 'ja', scenario, metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' })", comparisonsTable(result, { lang: 'ja', scenario, metrics: ['costYen', 'downtimeHours'], baseline: 'onprem' }));

__show("display(result, { lang: 'ja', scenario })", display(result, { lang: 'ja', scenario }));

const onpremTable = result.tables.find((table) => table.variant === 'onprem')!;
const worst = pickYear(onpremTable, 'worst', 'costYen')!;
const replay = simulate(scenario, { variant: 'onprem', seed, replication: worst.replication, horizonYears: result.stamp.horizonYears, trace: true });
const worstYear = renderCase(replay, { scenario, year: worst.year, lang: 'ja', selection: worst });
__show("worstYear", worstYear);
