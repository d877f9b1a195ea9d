// The README's Monte Carlo example (kept verbatim there by tests/readme.test.ts, and run by it). Run: npx tsx --conditions=source examples/monte-carlo.ts
import { PRESETS, scenarioSchema } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node'; // worker threads; '@machi/scenarios' runs in-process

const scenario = scenarioSchema.parse(PRESETS['small-town']);
const runs = Number(process.env.MACHI_EXAMPLE_RUNS ?? 2000);
const result = await runMonteCarlo(scenario, { runs, seed: 1, precision: 0.05, variants: ['onprem', 'public-cloud'] });

const yen = (x: number | null) => (x === null ? 'n/a' : x.toFixed(0)); // null: too few runs to say
const [onprem, cloud] = result.variants;
const cost = cloud!.metrics.costYen!;
console.log(`${result.stamp.runs} replications (${result.stamp.stoppedBy}): public cloud costs ${yen(cost.mean)} yen a year, 95% CI ${yen(cost.ciLow)}–${yen(cost.ciHigh)}`);
const worstYear = cloud!.metrics.costYen!.returnPeriods.find((r) => r.returnPeriodYears === 100)!;
console.log(`a year as bad as once in 100 years: ${worstYear.available ? `${worstYear.valueAtRisk} yen` : 'not enough years simulated'}`);
const press = onprem!.actions.pressConference!;
console.log(`on-premises press conference: ${(press.annualProbability * 100).toFixed(1)}% a year (${(press.ciLow * 100).toFixed(1)}–${(press.ciHigh * 100).toFixed(1)}%)`);
const downtime = result.comparisons.find((c) => c.metric === 'downtimeHours')!;
console.log(`critical downtime, on-premises − public cloud: ${downtime.meanDifference.toFixed(1)} h/yr; on-premises lower in ${(downtime.pALess * 100).toFixed(0)}% of years, equal in ${(downtime.pEqual * 100).toFixed(0)}%`);
