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
    ['small-town', 'onprem', 7, 3, true, '4e28810c3ebfeeb8eeae123634116b9148fdea73568e11a067e1eaeeaea17c5a', '362a5c82e5547427e182790f33c62d67aa8cdc31044fdde7156be9ad9482bb6c'],
    ['small-town', 'public-cloud', 7, 3, false, 'b5fd40e57b4e3a4873f7e28981baeaabcbb031830c09ca93fb45876dfcc695b4', 'f23bcc7b74cae764c8ab009806fe0003a7502a1f296d37f34747c9bb521d6547'],
    ['designated-city', 'housing', 11, 0, true, 'a3b0a661dc23405b28ba7a555aeb9e7cd2c5d421a418ac5e956e9e975836f26a', '13bada440375f95b2557f3ebfe0f0618880664bb9e686efec33669f67ba08ede'],
    ['designated-city', 'community-cloud', 11, 1, false, 'e493fe8afe0c0fb074b88d3bf89e4ee1d3b6d4f032e60cda3a9201cfd73c22bc', '77fc99370a1fb0b3a58d270ddb164505a9fdca861dbc29237b285597123045d2'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'd7d7667e58e727080393de6510471c106d914eccf2fc98315e0a904c8b35e3d5', 'a8404a3a7d5421a7e200d96fa6d4d9020a31d3730e4a7b27e210f7e2ac6a4a7a'],
    ['designated-city', 2, 3, '0742bed280abf759b741876e12b7e87108d254b7bc55c77f6e221a207aa29a28', 'f73146d78abd82bfc610cd9f6e66342287aea897755ba5ef7712ec79575ac1f5'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
