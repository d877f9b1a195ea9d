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
    ['small-town', 'onprem', 7, 3, true, '31787968dfcfe1b8606f7b266ced56fe85610818068fb17a62179af96b9fb0ff', '7b2b8a66fb12f5e27c1065d29206d8bd8fce91dd392fc56ade2a7c38f6c0ac30'],
    ['small-town', 'public-cloud', 7, 3, false, '7ab4a166083f2a6eccfb21b4933c23707a2afd57cb3f0fa092c4920bcb05393a', '2cd0a5a4c0242a468cc9b18f18cd2e1777379f469143bfc16da5e06b0051d8a0'],
    ['designated-city', 'housing', 11, 0, true, '55d25bb8c9aa3c3344b1856fb22e7a931f3b626afac22cb8f074b066d076a68b', 'd98a79164cd7222914e9021b22d142f503aa90ca484d8f50a7602b0290cfbc57'],
    ['designated-city', 'community-cloud', 11, 1, false, '5966dad5a9850428d1932ce1177c1f512d93f972a21cd67623f01afb79777a8b', '558d599956619c53981aae715c0b66cf43037b7985c1b5e7b3f3a1d6975f897e'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'a28a43300b3df3f1ef22a3252ee2972b44eb6b25112f61a12a6a4cea46f08442', '5dfc35a2721e4914a07c05f2fda7d1be531d097ed4c9aa1b6d4387c40e7e442e'],
    ['designated-city', 2, 3, '2b64fb65719675d02f4a52e688257ddcefc97769b935856c73e892a4a4953630', '11702849a758c172bb173d2e5f5f3829f8b43310004e47bdd37bfb7a8bdcf53e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
