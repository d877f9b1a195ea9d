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
    ['small-town', 'onprem', 7, 3, true, '272d04cb56e35f190631dbc684e796c6897a4a3b51ee79d91ef1ab1cd5c7689f', '536d66cd791a8a0534399b8451b85ffa60f6d03275cf68e8d02b0b4f991ebf97'],
    ['small-town', 'public-cloud', 7, 3, false, 'ab13586827f4ff5b4dac031327eb298cbe468ec1963ad64df7c2bd023c10c241', '5aa209b9ee6575291c2260cd4e0b29508a0b5c3c6c7505d66178d618288a95ea'],
    ['designated-city', 'housing', 11, 0, true, '7cb1cb4ebb840cf6269562d8d647446675ac62261c8a7ed971ca75a031f843ea', '75325c454a356371613caac292586b7d6181cd4bd230442135d0b32ce8e9119a'],
    ['designated-city', 'community-cloud', 11, 1, false, '836f62cfd2393f85e402367cee47eb7b8e00cb09c00f8fc863b812981218664f', '0865193fa51d74fcdb202ab31299f0e1b949722cc28afd139468ebd1e665f066'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '5dcad1f8da35a6b480cbc43ca7edd7941805b50ac9a0b3a759a8a18475884588', '6ba57e0cb02ebc50b0e2aec12e00e51fff4dce22eccbf6ce616498dfcdf179c6'],
    ['designated-city', 2, 3, '1cd5655a8b34bb1f2b883a9565722c1afdfdcf7a7f51caf6883b32d6f77f1d51', '3a9f04021d0b4ac03eff88989af2dce05b66d0f2db6143d92b8ab7a90acedee2'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
