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
    ['small-town', 'onprem', 7, 3, true, '31528c41bf6f761f81cada5a1a83c455479320a4210a21fb1d5a8a1e098603d2', 'c201d08b9d67da3fcff82fd7b3caca5cc96b22d89486c24a0d6ee5bb7817d129'],
    ['small-town', 'public-cloud', 7, 3, false, 'cfc2c6b2878244b8e7274784dda6770bf281f3801d8d4c1f300dea75eeb8ddbd', '411ef3896beec0b1f55af3d6f6bec38fa684c44ab9fb95c7a6c09251da2ecbff'],
    ['designated-city', 'housing', 11, 0, true, '52d96618af4e79030e21bde1f1da379dc30ca0bcb8a8051665db01b354a802eb', '2b3812b1e7ca0ad729e695b8e56eee03df0c0401107ff6eb6ecfdcbe9431da3e'],
    ['designated-city', 'community-cloud', 11, 1, false, '6d9896939c2b7213a04df7a3fdcd5e0c008c34b1780b8f2770a0482a98628541', '46ff8f557e54b68a7fec2d1ad3d651fda1853a8d2097fb98de21fbb4130847b3'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'c9e1e9e780d23f3b7b1da438164ece171962e5729854a50599470cfaed7c53e0', '6970328d81228039e6038e1634d27eda379a4f71e9684433f0cace3e4ba3691a'],
    ['designated-city', 2, 3, '1ef5192cb0e6736aa54a12412280d6d8692db30529e869136f6889fa10d401b7', '822487173f6642132464dbf3aba9ad5ee66a174fe269d51861d264113e2b5f96'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
