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
    ['small-town', 'onprem', 7, 3, true, 'b4dbebfec144bb996e89058477175e63325c43b3e818f99923a7494fbad3cbdc', '92a4d148c2272d745dbb8d9b743d315662c006bdd9b91dedbac5f5f4981f8236'],
    ['small-town', 'public-cloud', 7, 3, false, '080673ef185cd4468821324b75100e85d92469d750e1e1115f6aac072d72fc80', 'be1fa11110084bc1af03fc6b3916d711df775f8a65ff7418b8629d8b35738d0a'],
    ['designated-city', 'housing', 11, 0, true, '208b2cc24eeccd539c70be00dbd51070588062506a16e0d6034282f325a2741b', '4321b1fa2219c2fc0212862412caece20522e6b21a6368cb7a876193262d8eec'],
    ['designated-city', 'community-cloud', 11, 1, false, '2d37f781778a1ab756c9075a81c1965d80427a33518aece316984f3e0601e567', '18f02800374e1444796e5864747456172a272d8521d3e69bee411871f43eaee9'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'dd5b2be478abe6aa6e2103c0bf02b77c3505ab1db2b4cd286be533d5ee9d6f6c', 'fe9e06a8ac607e35011135b6c77df3b54df301c24cdc919c87c134b411428964'],
    ['designated-city', 2, 3, '1dd5059688db45133dc0eefb8958c7a614c038c66197aad2335cc3ddf3a5dcf9', '1132a02557570abdc8055545427aa3ff977054e37a9e15d8a0d001b8fc354db0'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
