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
    ['small-town', 'onprem', 7, 3, true, '6a4622f4c4492bd194780a6ee239fabca85440f1bc403a6133bdba44af74ac91', '490d2b815d2a23dd71e9b85b50a913a3057dbf62aa85e3afc653652970f50d09'],
    ['small-town', 'public-cloud', 7, 3, false, 'ce6be7ef5db1c70fef7eb94eb844b4b863f549e67ee6c424b36581728cdd7b1d', '4df1b909694b8af936e11a6767737347df83d785f71cf654ffadac2caec168e9'],
    ['designated-city', 'housing', 11, 0, true, '8bfe0428f6d13817e314028ee0758cddadba0cb94cb84fb1e8027d0a9fa3306f', 'baaafa6f76930d030ec30b919bf781d32911c086ff2f20412bd2c6c22bb14f2d'],
    ['designated-city', 'community-cloud', 11, 1, false, '18a1d451228552de022192640f8c49028a2ba86c34b10f006256fc11faddb8ac', '93dd4fbee6f8e4ca8765dcc6a63c9fd42028caca68b9245502a73196e3ea3a3a'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '3a75ca4f8519285d3407eb75382dc982de063f9c1a73c38358aedf80c3e0bdb0', 'caa39069671e47dd624fe99eedc88e4d42d878b42d411b0a564ca45bc674ee75'],
    ['designated-city', 2, 3, 'c16453e09cf3e96ed0f4a1754d68c0cd47f197784c715c3578f16229c4866dae', '3859fec03b574ebfa87e643b7a10a13496f81e124eab74993096ad1e6013de92'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
