import { sha256 } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { simulate } from '../model/simulate.ts';
import { replicationsCSV, resultToJSON, runMonteCarlo } from '../montecarlo/index.ts';
import { scenarioSchema } from '../schema/index.ts';
import { PRESETS } from './presets.ts';

// The sha256 of a few preset runs' outputs, pinned so that a change to them is made on purpose: a
// change to a preset, the model or the statistics that moves any of these must update this file and
// say in its message which figures moved and why. The `unlinked` hashes are of the simulate JSON
// without `hazardEventIndex`: the output as it was before outcomes linked their hazard event.

const scenarioOf = (name: string) => scenarioSchema.parse(structuredClone(PRESETS[name]!));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('preset fingerprints', () => {
  it.each([
    ['small-town', 'onprem', 7, 3, true, 'feadf45f85d4d705fbe83e01ffad891295076cc7543a3638a721c65e4144f3ba', 'bc2f6886a785928b3c777210f3662ba195a96f36b36dc01cb231d29fb5df3ea7'],
    ['small-town', 'public-cloud', 7, 3, false, '0d97b8f7e8b42df7320650b049315e9db0a53a6fe269c25e48aaf238e7828726', '2f48aa0d47c1090c3bf9532d6f595d83dc819fdc89d00c64448ed211ebfcf23d'],
    ['designated-city', 'housing', 11, 0, true, '11ba6a466efad590d3d72b36a52875ffd61e505c40abceeea3f528f6187abf61', '624d940a643f29aaa2d617cb766a4c60ed1fc239021a35143a407b4120767c13'],
    ['designated-city', 'community-cloud', 11, 1, false, '95bc78f16964641df011b37494cc4b2382c602881e5fc16f5cc798d804896f87', '40e8b1be335e041a4c4d5d36aa4e319ab0674f00361bae2f812d940db9933c0c'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '010d4faf4a468541d0d38352dec8a6e23bd2d6c37e3d74007cfc903423c301d4', 'b982cf5efc0f7bb7672e8e1e4847c92a43a2135d90cec931799a29e5a57c7e93'],
    ['designated-city', 2, 3, 'd4570e7fbc2dfce57bf3447a76a64cccc17e0b57ef72a6504fe7153337410c1d', '7035a5c07592f8d861cf7e4bf8694803845d57ca4d2a2e84e3f894eff9c861c6'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
