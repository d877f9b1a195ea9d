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
    ['small-town', 'onprem', 7, 3, true, '2485230672e6629e093a56eb7ac611681e5713bb5d3f016bb483c15b2fdee6e9', 'e2ea97a8c4230a9c4362d939fa80ea3ff9c14a9f860238bfb2574e013095e553'],
    ['small-town', 'public-cloud', 7, 3, false, '7dc00244ed17b5609d867885a1c9c90729c4bb97c88871a305a3ec612018879e', '31bac196132d81532b6ec63a5cb6c47a1323db797471e4e68d4acec161fbe161'],
    ['designated-city', 'housing', 11, 0, true, '68eb3609d72a9d59a578b860359a527a7b65aee9ffe054bbb6526a6ded6227a8', '34e9d1980587b8e411bfd747110683062f1a1ae176163bbcc5460fbf83a64280'],
    ['designated-city', 'community-cloud', 11, 1, false, 'b156c498f83a53eda8bd356582610d4cb3b36dc5e8ce3ac098b0c5570aceb43a', '87d2302482b10b603606d4db3ced5357e62f0dde74612b68e800df597f5b2a95'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '1137255d88c1b410082aae627e91aee18b83ac54f9db9279703a02af490246c8', '749888fefd78bce7088dbef1fb8c6d027d6a0f30ac83a47fb88e3791434cb9e3'],
    ['designated-city', 2, 3, '379fb833fd84664542b6357e1b252b5ed61972b8ec4606e111b2157b0a075801', 'dbc2a416aba8b2a88552794a7e0939289f4d26969f4ca4c930e2bd696742b7b2'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
