// `node --import tsx --conditions=source memory-probe.ts N`: runs N replications of small-town (4 variants ×
// 10 years) through the Monte Carlo tables and statistics, and prints {"replications", "maxRssMiB",
// "tableMiB"} as JSON. Blocks are replayed from 200 simulated replications: what a run keeps in memory
// (tables, sorted columns, results) does not depend on which replication a block holds, and simulating
// 100,000 replications for a memory figure would take most of an hour on this machine.
import { PRESETS, runMonteCarloWith, runScenarioBlock, scenarioSchema, tableColumns, bytesPerReplicationYear } from '../src/index.ts';
import type { BlockTask, ScenarioBlock } from '../src/index.ts';

const replications = Number(process.argv[2]);
const scenario = scenarioSchema.parse(PRESETS['small-town']);
const BLOCK = 25;
const variants = Object.keys(scenario.variants);
const recorded: ScenarioBlock[] = [];
for (let first = 0; first < 200; first += BLOCK) {
  recorded.push(runScenarioBlock(scenario, { variants, seed: 1, horizonYears: 10, first, count: BLOCK }));
}
const replay = async (task: BlockTask): Promise<ScenarioBlock> => {
  const source = recorded[(task.first / BLOCK) % recorded.length]!;
  return {
    first: task.first,
    count: task.count,
    variants: source.variants.map((v) => ({
      variant: v.variant,
      drivers: v.drivers,
      columns: Object.fromEntries(Object.entries(v.columns).map(([k, c]) => [k, c.slice(0, task.count * 10)])),
    })),
  };
};
const result = await runMonteCarloWith(scenario, { runs: replications, seed: 1, blockSize: BLOCK }, { concurrency: 1, execute: replay });
const tableBytes = replications * variants.length * 10 * bytesPerReplicationYear(tableColumns(scenario));
console.log(
  JSON.stringify({
    replications: result.stamp.runs,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    tableMiB: tableBytes / 2 ** 20,
    bytesPerReplicationYear: bytesPerReplicationYear(tableColumns(scenario)),
  }),
);
