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
    ['small-town', 'onprem', 7, 3, true, '8ba0cd562a67fc4964c97bb30580fac05c9680831c2ba4bac99356790f0eff25', '72953930cc7976729756c65ebd2f7a1cb32869e2542770e02d9257e8fc4ee60d'],
    ['small-town', 'public-cloud', 7, 3, false, 'b7665b7930065380c5abc5f67a81d1386e23ad95384e6a9e2ba23b4d2406e2a2', '70c5a9d18281f76aed6fd9780e21cf3b3197ec190b219d80c6e25bfc530846bd'],
    ['designated-city', 'housing', 11, 0, true, '9d5737c795581305e3449a0e2c6484a551a3b3d774c0006a43d7e319451a308f', 'ecc7c195a462ff2d911d8a2762a651f93a1548cd519f361e88bb188281dfc1cf'],
    ['designated-city', 'community-cloud', 11, 1, false, '957c451e483bb5375758046b3c4d3915ee4509c05ca27cb57324803e193303ad', 'd35ff58b44def95245b738506ee09a1666ace709154a2a3cb21bc582dfffa29d'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'ce1af04918f214bfe5a244bfaedd2ec54abda97aa7d5397d15fc9ecb8e3e1719', '7e23b319cfb1c2ad047a9f786c3e28d590c729f9d16791c26ad0313752ab180c'],
    ['designated-city', 2, 3, '9ad09812d66dae284f4aa2b09f12b397dc4fa1b116983031d2674e6224c083af', '822487173f6642132464dbf3aba9ad5ee66a174fe269d51861d264113e2b5f96'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
