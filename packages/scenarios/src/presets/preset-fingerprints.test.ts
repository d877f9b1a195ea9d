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
    ['small-town', 'onprem', 7, 3, true, 'cbb1e6e3791c3e676e939d812a0538cb47990fc9f1f03ee2d5369b422b1766ad', 'b69f67046fea537e9de4ad141f312b672becebeeffd125140ba0a15f9f834b49'],
    ['small-town', 'public-cloud', 7, 3, false, '189e2d72e8b7a7a05d5307f3b5de5d0e52a4fd449c8a3b15e1f5344e81d589f6', '198ccb806622aa8a53c5ca70551a8b56a83ad560a998c42c02dba14f77726e83'],
    ['designated-city', 'housing', 11, 0, true, '44193b80005896241a02ab9cc460d8aeb76d83517e666f22c1cfcc3a80d3aa66', '40733b3a5ead06d92c669e1d4d9560ccef997b3ed4f7a78ba9e69a57297f2850'],
    ['designated-city', 'community-cloud', 11, 1, false, 'c241b1fdcffd81e8ef78bb38e5a3ad584f771866a9e44b39378d70994b6c1437', '75350ee8b712dc2ec59bf16bee6ad216771092a310a8e671ea27b7ec70076455'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'c656d2e2ccecea3a235ccbc9492c75becfb76433029076b75fead19f42125091', 'dadb7fac314e6e95279a6f31458a3da28701c261cd041d831bbaf2a7cfc74a90'],
    ['designated-city', 2, 3, 'b519f1c1f5d8cd9a796e2c176ac13b115df9e76b96af698f1d14ba9a473deb21', '11702849a758c172bb173d2e5f5f3829f8b43310004e47bdd37bfb7a8bdcf53e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
