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
    ['small-town', 'onprem', 7, 3, true, '04bf37907563aa363ebba528dc93c4283b2379ecb74c55803f7876c5faa3dc8d', '0a806e1ce52e0b3281bea92abdf6426f0001ccf7e931ee61f977ef4a24ac7b9f'],
    ['small-town', 'public-cloud', 7, 3, false, '541ecd686baae73407ccc646cb6f67b65aac2aed8d0c127741129b0aef190ab1', '9c6850af2500b7d755139048d85efed985eb860bc6a6d9c28235f26c37d5aee8'],
    ['designated-city', 'housing', 11, 0, true, 'd9ce51e746236403dbee42e55f101e4d936cda3b139eca39bf0d9888a04b3996', '125c7467f2986645d74e635258fab067fa46ae75a78f1dcceef1728de52afc7c'],
    ['designated-city', 'community-cloud', 11, 1, false, '5407f059c90b559c6267a56582b322bdd305b5faccab10929fc8c05ca6b840f2', '5e288b9a3d8dbc5acc6becde5e7925f9ee6ff6a373a7286a145da2866929b6d1'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'a8e25c51797028412aec1c6d052479e5e1e3178e2b617617e1d6ab97331924b1', 'dadb7fac314e6e95279a6f31458a3da28701c261cd041d831bbaf2a7cfc74a90'],
    ['designated-city', 2, 3, '90f633ac9a00f2fbb876580ad2927b7c02377d0fe912a138fdbde092df5f2a1f', '11702849a758c172bb173d2e5f5f3829f8b43310004e47bdd37bfb7a8bdcf53e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
