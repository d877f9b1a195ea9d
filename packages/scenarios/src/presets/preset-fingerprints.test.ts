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
    ['small-town', 'onprem', 7, 3, true, '2485230672e6629e093a56eb7ac611681e5713bb5d3f016bb483c15b2fdee6e9', 'e2ea97a8c4230a9c4362d939fa80ea3ff9c14a9f860238bfb2574e013095e553'],
    ['small-town', 'public-cloud', 7, 3, false, '7dc00244ed17b5609d867885a1c9c90729c4bb97c88871a305a3ec612018879e', '31bac196132d81532b6ec63a5cb6c47a1323db797471e4e68d4acec161fbe161'],
    ['designated-city', 'housing', 11, 0, true, '511edfc2ef1848c50b281e4c3d62c0542ff3210de708e4faf078cd47f8ecba6e', 'adf67813f7cd324b064a2093d5d789f2d7154905443f55eca6c17c86ac361091'],
    ['designated-city', 'community-cloud', 11, 1, false, '186f7ca724386ef7f9aa31a3ba66a4f74875afc4ca2c5e53b7e87443d061fa47', 'f427ef1ed80a88511c9d236995bede1ac673fdf6d657357ab804a0c3a7cdd7aa'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '1137255d88c1b410082aae627e91aee18b83ac54f9db9279703a02af490246c8', '749888fefd78bce7088dbef1fb8c6d027d6a0f30ac83a47fb88e3791434cb9e3'],
    ['designated-city', 2, 3, '14839ab210db222403b28bfe84b61b63c2001664cf16c94acd5d907335dd2073', 'e884a59bfde80bf1c3c7195b46c71d1006d6bf9b75547c4dec804226f2f3edc9'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
