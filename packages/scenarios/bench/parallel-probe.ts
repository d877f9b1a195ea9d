// `node --import tsx --conditions=source parallel-probe.ts N`: N replications of small-town in-process
// (no worker threads), printing {"replicationsPerSecond"} after the first 50 (start-up and warm-up left
// out). Two of these side by side show how far this machine itself scales two independent jobs.
import { PRESETS, runMonteCarlo, scenarioSchema } from '../src/index.ts';

const runs = Number(process.argv[2]);
const scenario = scenarioSchema.parse(PRESETS['small-town']);
let first = 0;
let last = 0;
await runMonteCarlo(scenario, {
  runs,
  seed: 1,
  onProgress: ({ replications }) => {
    last = performance.now();
    if (first === 0 && replications >= 50) first = last;
  },
});
console.log(JSON.stringify({ replicationsPerSecond: (runs - 50) / ((last - first) / 1000) }));
