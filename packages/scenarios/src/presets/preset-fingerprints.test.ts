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
    ['small-town', 'onprem', 7, 3, true, 'b966491bca8f2ff60b002fbecb36a2ccd02a81f42e922426cfa49986952ce711', '5c1f4c269178caa81f2f12257746b2a1aa46a3d9d8a2f0854ba0a4239dfd2a1a'],
    ['small-town', 'public-cloud', 7, 3, false, '130a29d9435a8ce335f2f4bad4f077f4a9c8c5664c64e8ca12d6ee9b21f747a6', 'b7d943e9ffdb37fcaff9f0caf282ef28667c7103e39f5f339e2a6a01d5060c31'],
    ['designated-city', 'housing', 11, 0, true, 'fee2ae6a9c4e472244e49fe55a4b63c555cb94ecc444f9e23799c5a396ecaccc', '3768f60f62a07a21371e19f18a9f81feb48219f3a127cee8880b9909ffe901c1'],
    ['designated-city', 'community-cloud', 11, 1, false, '18a1d451228552de022192640f8c49028a2ba86c34b10f006256fc11faddb8ac', '93dd4fbee6f8e4ca8765dcc6a63c9fd42028caca68b9245502a73196e3ea3a3a'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '68bb8e2258e0c52dead00cca4bdd88a1f6fe197891c49437dec836e6d39eadf6', '10d710b75a7823803c44aa21c77f20f2a318941a608f644d78ac33df4834a580'],
    ['designated-city', 2, 3, '1ebf53278d649eda6b08c89c617c24a13a97d88b9b3f439bca1b681b504330dc', '822487173f6642132464dbf3aba9ad5ee66a174fe269d51861d264113e2b5f96'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
