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
    ['small-town', 'onprem', 7, 3, true, 'fc642df8089801a8db2d6c3f2bd5bdf29a33f41c4b88d53f116b19e6a4160feb', '0aa632f9cdb4a344595502210df60122413d17971db27d3e2dcb648e479e79d7'],
    ['small-town', 'public-cloud', 7, 3, false, 'f0398f6bf3bceea113e10141ffcfd99f82c23e732b4e4fe22f01bf26cebdd6cd', 'ce68df76b81bca1ffc87dd520e70cbded586a7b9f49acafa80e0deeb06968a11'],
    ['designated-city', 'housing', 11, 0, true, '15f3cb1d7644c3ae0463d1d65b2665122452ee9fe2fcdde7efc8a20111e742da', '1a8bccd9eb772ec749c14a3fbf7a40bda7f56f5a885ce7e8df779d8f50c05dd8'],
    ['designated-city', 'community-cloud', 11, 1, false, 'a57a25febaceebec79dafb8cc1a078043883a5291a2c363ce68940264dbd04a7', 'f3cc1e95e9f5e65da21da3b84c8c93131e8a0c7044effa1391b63595d6bd5193'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'bfdff3526199bd98c7f34f8ff52b487a0e369bf0bf8dfb9b87d8ca09a55e80ec', '9f07fab471a023d87ab24d4c47f7f5855974d62c1bd91dfdb74b3d6ae413a896'],
    ['designated-city', 2, 3, '9433c827899c5f9d0de23720809cf0bbb1119482e54da361b5d1f757af71bf75', 'db89c7eeb3d4b9a60660a758beb20eb788f78fc6b0b4d8f5f86eb0d88f7f279f'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
