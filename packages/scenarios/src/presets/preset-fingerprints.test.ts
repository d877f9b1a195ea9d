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
    ['small-town', 'onprem', 7, 3, true, '48a763eecfbff10862ad6124228a7fd4d2273c478dcf86ce58a28c078b6fd2db', '41f8100a0d1743efa326714850488e315dea1295f2c08a798edba809ca253013'],
    ['small-town', 'public-cloud', 7, 3, false, '1a72e1075f19e826f62f451c3b201fd70db7dded1029462f42fa14f9a1df418c', 'e77a55c1ece2c7c369d61419ec185cd518918bc4ea7a9711916c20341cb71fe6'],
    ['designated-city', 'housing', 11, 0, true, 'da5e8d0008afeea62de9815293699797637e9e7c84878ff394256ceef351b3dc', '45a8f579a722b7e0b6adb30023144588f166634c215b47ecf2e39816965995b2'],
    ['designated-city', 'community-cloud', 11, 1, false, '7e572c5b1bcc422470329a459be5f9ad6024cd3e3e0377ac403efe40b8dc81fc', '1499c5e9e46c151d3ac64ddb3b2fca586d77596473e42133b0e0c11d0c13fbd1'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '4f2df81f89b418a4b85ad98b383c3a83c323bebfd14d38b47a1557592517963a', '07cc35d17e7c4d81b4560b361b768ca609e0e5074c0d5826db82ae5fe87ccd7a'],
    ['designated-city', 2, 3, 'd7b049325b4a5b3de3b456f10b075dce594b9855dc9f3c4b039c77b97f2d4c79', 'a5bb632df2202068c301667ad30e3fe51e42267d51c58354522e8227ef4f416e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
