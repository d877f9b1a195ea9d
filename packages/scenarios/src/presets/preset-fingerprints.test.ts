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
    ['small-town', 'onprem', 7, 3, true, 'd551124e024779532e2ef5c042f99a109ac04a677243dc1eda866e0d6a79a956', '2a2878a35c3e8a6287219fa953d688466587421770f4f1a8236f986c5ce24758'],
    ['small-town', 'public-cloud', 7, 3, false, '1dfd12e318836b03a68736397fa57e447fbb5441095b2a95dc51fab4cb539a7a', 'ae34792d54a767e21858023f65f9e614c3683c1a01b72eac128600be61555b61'],
    ['designated-city', 'housing', 11, 0, true, 'bfb985191701bd1ff04a8fc2ebd636ab1f976a0757fab334c7433cd6f4b09e05', '1d688312ee1ee49db9e9df2c9a3294366d2afc8d97303526a456df46367508cf'],
    ['designated-city', 'community-cloud', 11, 1, false, 'd6833f737f2e782e76731dcb5e6351842fe3b40d28a74f24909f0aa4817af5fa', '7ac4ad6e977e06b8e9c2fc1229d1e22077133d40110964305364cfc879df36a5'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '48abc31c3dcec10b371db01fce861a92d80e04ae8a0a7457e3a817fdda288ce4', 'b0b6c761710eeb7830f627f9cf3b29a77063d44ff132eebf66b562461c7eac0d'],
    ['designated-city', 2, 3, '6b5300527c55e6f5fca58a27f71be609a942fdd643a5597150be9f4ac3ac3bb7', '98e211270ae6a32239d468b3159950924ffad29906be71a246acdd287047d841'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
