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
    ['small-town', 'onprem', 7, 3, true, 'cc2a43f4bca667e9722b2060006b7c57dc3f3940d8c1412c84037a0dd909f95e', '7a1fb1a03deda1dfe4e0003f8f722a8286fe648a936ce6fa60ca3a5fd5ca2eb8'],
    ['small-town', 'public-cloud', 7, 3, false, '6c8f944f07a14854aab0bf0be25038333d1ca10e18414f1de5370fcb0104764e', '0e83d8423592f803aeaae1441869e5d0c1eb4a79c92e1d613107aeac6fa030b1'],
    ['designated-city', 'housing', 11, 0, true, 'c0326cdacfca89edfeef4270390cce70ea86eb31b01571f071d4f93cf9cfe6cd', '4e41e8f326dae5e228fbd6e68fa80c62a02a83b8a400c473be126b316815d67d'],
    ['designated-city', 'community-cloud', 11, 1, false, 'a20796c10c8c6d1a6b5cfc3c86ed1c4ac2feca0b367866fd82391c1a29e5d502', 'f1093f9e80bf3933c54e1f0c8c60e20582d0aa56dc54be7e3c92ea3b53f37338'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'e33c13262d30f38d0353a8ce34662ecc884655ab5b06c368f0a61f43117dfef4', '6ae72a62b7c0f8e746248f3f1a351908e7b82580ef985c3b43b9d1feb11d5a5a'],
    ['designated-city', 2, 3, 'cc4f5776b1b49770fa2e7d2d8307c9affb45dd407293b7d86c3f17f5d6a58b89', '35f1e07da7cbe03be82642dd392d077b6fbd162dd073a2de38d7277fac86b37f'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
