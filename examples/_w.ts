import { PRESETS, scenarioSchema } from '@machi/scenarios';
import { runMonteCarlo } from '@machi/scenarios/node';
const s = scenarioSchema.parse(PRESETS[process.argv[2] ?? 'small-town']);
for (const workers of (process.argv[4] ?? '1,2').split(',').map(Number)) {
  const t = performance.now();
  await runMonteCarlo(s, { runs: Number(process.argv[3] ?? 400), seed: 1, workers });
  console.log('workers', workers, Math.round(performance.now() - t), 'ms');
}
