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
    ['small-town', 'onprem', 7, 3, true, 'cb6ec8124fa7723438d38d4f6090135cdcc7fef30d7c436b3ead5b13893f6fdb', '7059f8e1e3851c3d4c958f22fa574dcc628a807dd8864d2627a1fb3484011452'],
    ['small-town', 'public-cloud', 7, 3, false, '5821e4154f559a43e6ca90946c1d71d5e0754501ff4d924215b6e2b65f80b0d5', 'fec757aaf535ba208d5f52db6164fa7ede0a623840275f5d6c5c2b7a0cf57bf9'],
    ['designated-city', 'housing', 11, 0, true, '7d556716ba13a2a754a48da68cecbffd7823f9b7bbf30ddf4e5062ef49097801', 'd1d2ec096cd56fdc86bc55c2606051385712fabc5ee097fb47e6ee599268d4ca'],
    ['designated-city', 'community-cloud', 11, 1, false, 'f847b50eab77965b603fb23dc1683012ccd8d2d8edf20d4801747d95774db8c3', '894ba9a202e4b2b8982f72339734faa44bae146757c9259416bf8c112d18478c'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'e04f9c883b84adc133074c640a61eaa16aee4c1c835416449a7704f7fdcd287f', '54eaf5bf72d780da9bbc7ff4f262279c40fc5e65488fa63be77ed3d6a9cb3e82'],
    ['designated-city', 2, 3, '2b1474d4aaddb5c89388edbfa1f75d85337ff195daf7b359e9cc21a10174c02a', '8deb516efefc8b8cb2aa77df3884fac8cc50b8f5c68419c2adbe11d8f6fd5aa5'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
