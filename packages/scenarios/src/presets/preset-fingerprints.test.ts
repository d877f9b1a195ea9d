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
    ['small-town', 'onprem', 7, 3, true, '3c535a1c7b77822b9f61b3a6bea5d3023150d8dfae4d5dc86276a5fccff6486e', '51f4aa2a6f008406581c816802e6f7cf8cb6bedb609e40b9c07c66cd74d33080'],
    ['small-town', 'public-cloud', 7, 3, false, '3000245525e8417ae10d8919472ec0987f2a1dd2e8fef46e54f588079b7a3527', 'a77fee503154a2aa53db8c139f0ca0e42a6f73a901c1eeac480714051094ad21'],
    ['designated-city', 'housing', 11, 0, true, 'f873f63ee8e3a1b2cba273c6b37e461face8d3c7ca59cd17ebc81150283d2546', 'df05834f5a19958a33be33c6ffb8506fc157f87f565fed00ccfe921ea1106326'],
    ['designated-city', 'community-cloud', 11, 1, false, 'ce796a008e6191d837b8172aab786ecf4cfa2f319f8df3c1da51a51e6eb1e953', 'a59aa5b97fe6bb1dae98f5f178b16afd1821d6c4bd280b5aafd230c162365e80'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '08976de9b3750a35be5cb5ca0de579aa4ef6ba914b5aa8fa7ee7aadf52a93aae', '50485162b88007e7384e35fc1b5608fa92e23e0f1d6deeed934335e4d4be2fdd'],
    ['designated-city', 2, 3, '352653d4db2c68d2dfa9e5cb3e6a62c50bede1c985b0d133da8f394180f205aa', '0d5363c4c657a0a091487fc151d18657482c23a4c5c4de2069cbd34fd912cc23'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
