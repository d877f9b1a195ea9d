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
    ['small-town', 'onprem', 7, 3, true, 'feadf45f85d4d705fbe83e01ffad891295076cc7543a3638a721c65e4144f3ba', 'bc2f6886a785928b3c777210f3662ba195a96f36b36dc01cb231d29fb5df3ea7'],
    ['small-town', 'public-cloud', 7, 3, false, 'aa404156420b0e2c6585f8f6f5f3d61eb6153d4b5f4230092c266372190eb307', 'ed1d2243309386662d38060b3197d3cfa0e63002cea5fffca8deec270c2cd36c'],
    ['designated-city', 'housing', 11, 0, true, '7b6d5f2f20c7697cd1ec8c82b6819c125af9c4219868c8faafbbfb7b95897195', '581f687f2fecb7d6b021412d00ba33898cabb34e0fb107398fae9f745ed35e86'],
    ['designated-city', 'community-cloud', 11, 1, false, '8e07559efa6269bdf3253d2535e8e2b6046cfd6e9b40d6193099af0221f647fe', '23fd51ad049ced17e22c67f8794b80ec37d8600fd32e916e2e473b467c189dc0'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '96b1ff81a2285c7e8127da9cbbfd0ebb80bb7d63b8b928166fd71d50b4137452', '104eb40205fd59732a5b20231bbb054c6516b2b7ad06f85aa1795c1e1fc03293'],
    ['designated-city', 2, 3, 'a54c3f57cb38c9f74e8aee4926b6d944ecabc29755a8e491057e06c8d2644754', '226c336a0037711aa250a56db13c5a1629328f0204fcd16f9b45c921e3cfa1f9'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
