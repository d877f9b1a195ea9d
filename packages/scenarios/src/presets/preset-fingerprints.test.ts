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
    ['small-town', 'onprem', 7, 3, true, '1d52752b34c0e053389cbaec9cd869a8510b80ca5697a919bf786fa1c260c6f7', '95cc2a4ae4f80f28b6932bf8da04c6372189f7eea1c5f188999948e22ad8096e'],
    ['small-town', 'public-cloud', 7, 3, false, '7c240fa3b98c79a61303bbfb676bf9f8739bdcc83bfa4d733f3e036c7111771e', 'ce51a7cd7898f2f478af25a8496b77f27d307fec5f4bfc023dd8482286d8c5ee'],
    ['designated-city', 'housing', 11, 0, true, '87eee300642bfe8ed5b1b80d0215dc3c2398c54275ed6610815505ac580fecbb', '4689380738b9f47370844277824f37b0b7b337f011886c2463279967ee95e6ea'],
    ['designated-city', 'community-cloud', 11, 1, false, '7ed2385a8936bb69c04a6a064b1a9157f7caac140cfd7c9c47a31b29032be74f', '3edc0fed2ce70576a0b52201c41b4589ffc176201badcf37d51999d8d83b9553'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '5e193cd2e62d29c48ce7a770254ac0f635b96fa467bb7997d6d65876dd786823', '20e66ce84f6479e71a62c9a16316ff531e45468468764a40ba10d43aeadf5e40'],
    ['designated-city', 2, 3, '6ccc842899a2f2a5d9d6a37629901a5a926a791e3d621239a48cca5d2a95a252', 'c94a9f1cb6298822389ab212315a60b973bd121de0f64632ceab0e80ed298956'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
