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
    ['small-town', 'onprem', 7, 3, true, '519a9a1d62d235429df5424e532fef854dbfbbb72f861fddc4d700e6098cef80', '79a1bf0b8cbc3b823be8a50a9c31a24c876fcc74c49fc0c0b0cb4943dc40d22b'],
    ['small-town', 'public-cloud', 7, 3, false, '943d9cff0164886a1956d521478ae4ee30858466e68546b606df44d7bdb5d6c3', '68b317b496e14ffd0c0553d6622b74aee87afe351b9faa34dc10bccf37337d86'],
    ['designated-city', 'housing', 11, 0, true, '727141aa955b5910758c1b0ca314d5f0355d5421a3bbd692a4d3306ffe8d38ec', 'd40188261be9211fbe155be5e58ad26093325edba55345f1ad49439bc0faabe5'],
    ['designated-city', 'community-cloud', 11, 1, false, '67e754efb8a16c1df3ed3d1b76fb4c0d2287707e5e34b64cbc4a1ba7364e183a', 'b0cedfbcc9325e015df73d860640a22efc973d86f68c5f3b8b7244c0b1021e9d'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '0952b2c4dbb7710df883ed0767656c088f24187e27ba19072234d12f446eb2de', 'a82f3b7d1e76e693619526e60daaf5630249e6e4007b959a22178267f9e26d7b'],
    ['designated-city', 2, 3, 'cd035a1e07805a1f3e0bb25521832cfd07c3c6b9f4dbaa551d211781e0f5708f', '40d10ef070adda1c8bf147d4206350e991bb21d6f3b2a40f2fc22b5d4aa0e547'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
