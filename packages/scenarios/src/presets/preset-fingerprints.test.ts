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
    ['small-town', 'onprem', 7, 3, true, '7af0fe639033e7e85721c5b7d976f7beff0b6537768912c5d16b7abf243aeca7', '04955609a19726db8e590c13b8c0d4c3d4bbf26a614b17b8a5a7c6e51cd26537'],
    ['small-town', 'public-cloud', 7, 3, false, '907bb6d25e4d9685ad90077bb4736dc3d534ddd2a40dbe08ae6664610e53df25', 'b6ffa1450baf7c1e0b264b2173d85736979836fa3c76d8095cf54bf3a3af0246'],
    ['designated-city', 'housing', 11, 0, true, 'a734ea24a12ae8e8b2de33545031dc02c7c7e550d9c48dbc109c37ab43a85b86', '0918897950a0473a2d6ffdb21d04dc17b5bdb5efbdc11a2b953e4b3d8d34464d'],
    ['designated-city', 'community-cloud', 11, 1, false, '17a3608031ad90890b1a75dd5dbc6c3b46ecd99f0177b4e3a5f0fac6931ff657', '34391f17441408544d3a7acf2c0c51fe47bcb63a5c4f1b87af397d452cf306c8'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '0b6d6077ccafe4915e6d5c141f55216702945766ad9d8b5174d46889d028c578', '9f07fab471a023d87ab24d4c47f7f5855974d62c1bd91dfdb74b3d6ae413a896'],
    ['designated-city', 2, 3, '9433c827899c5f9d0de23720809cf0bbb1119482e54da361b5d1f757af71bf75', 'db89c7eeb3d4b9a60660a758beb20eb788f78fc6b0b4d8f5f86eb0d88f7f279f'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
