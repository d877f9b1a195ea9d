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
    ['small-town', 'onprem', 7, 3, true, '5d0c8852e7225573306a289a57ff548691dfb826e24a604eabb1d60586a3da7b', '22ea3490bec6536fcc8f37b841615c51442bf48f3a0215babe8258bb625fdb6b'],
    ['small-town', 'public-cloud', 7, 3, false, 'd308e9691249b6e57585a8b7a8cc4535c73115263ac065d032e5f7726ae61c66', 'efb8c41677a12cc2333527898ecee53456c451b301ef549f04cf628f7faa1843'],
    ['designated-city', 'housing', 11, 0, true, '8bfe0428f6d13817e314028ee0758cddadba0cb94cb84fb1e8027d0a9fa3306f', 'baaafa6f76930d030ec30b919bf781d32911c086ff2f20412bd2c6c22bb14f2d'],
    ['designated-city', 'community-cloud', 11, 1, false, '18a1d451228552de022192640f8c49028a2ba86c34b10f006256fc11faddb8ac', '93dd4fbee6f8e4ca8765dcc6a63c9fd42028caca68b9245502a73196e3ea3a3a'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'a652f80a6215f0cfc92f7391ef3d974290d829059b6e9e024467007579728cda', 'caa39069671e47dd624fe99eedc88e4d42d878b42d411b0a564ca45bc674ee75'],
    ['designated-city', 2, 3, 'c16453e09cf3e96ed0f4a1754d68c0cd47f197784c715c3578f16229c4866dae', '3859fec03b574ebfa87e643b7a10a13496f81e124eab74993096ad1e6013de92'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
