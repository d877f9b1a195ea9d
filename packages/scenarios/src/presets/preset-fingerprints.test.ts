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
    ['small-town', 'onprem', 7, 3, true, 'd6fd5fce1bb4557e7242d935a4b3a455711f61481555984d2e4ecb4bfdb63fa5', '9394dd31a7f42b744c081be0bdf3c84e1278cd962b6f591c454da6b8c2013eef'],
    ['small-town', 'public-cloud', 7, 3, false, 'd308e9691249b6e57585a8b7a8cc4535c73115263ac065d032e5f7726ae61c66', 'efb8c41677a12cc2333527898ecee53456c451b301ef549f04cf628f7faa1843'],
    ['designated-city', 'housing', 11, 0, true, '8b0dc46fa550138f2313087007f3ea459f780be52a7de7ed2a812643c72fd43d', '7ed194be4a9fd6cf9cde8bb02aa587732fc002e734637786fbff1acbda1edf70'],
    ['designated-city', 'community-cloud', 11, 1, false, '18a1d451228552de022192640f8c49028a2ba86c34b10f006256fc11faddb8ac', '93dd4fbee6f8e4ca8765dcc6a63c9fd42028caca68b9245502a73196e3ea3a3a'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '4f5297d109a1ff899dbd7ae318fd971c6b682dbcf7b53da1431369ca9bb14163', '6970328d81228039e6038e1634d27eda379a4f71e9684433f0cace3e4ba3691a'],
    ['designated-city', 2, 3, '2644521bed1c396dfff677694174a57c1dd462316c2450f8f5f934a16bd1c59e', '822487173f6642132464dbf3aba9ad5ee66a174fe269d51861d264113e2b5f96'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
