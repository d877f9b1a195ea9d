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
    ['small-town', 'onprem', 7, 3, true, 'bfcc2be807213e616ffdfcf12b3e2487df8f08f3ecdd7c5b51b2d6b954d7ab32', 'f5938814cc5f51d50bb3005ddbaeb0c65e3c17f5ee9cda3f3e5ac7da9702fff9'],
    ['small-town', 'public-cloud', 7, 3, false, 'eeae301da720b2e856f762cfa3b27a44ea3c40b10506c4126d8352acad6c727a', '8d2c236e55a14797e013a84eb945a7fc88b341a366cf10c93deabbcd2d3ea41a'],
    ['designated-city', 'housing', 11, 0, true, 'be28c99d68219e3325e5e385cdba4bad1cdcd3bbd1d49922f71b70bfba4dca87', 'db9fa6688044d9646a58b7cdea6aaa8dc544a9c0b96128b6541602d061fb94b8'],
    ['designated-city', 'community-cloud', 11, 1, false, 'cb756e00f7fcb4f1b8048482a1682a766a5d9e3c5c2d6eb30a4f2458670bfe35', '32a54196bbb17a97dd40f8e7f6d8a4d697b52f3153e6c134f725105cd36e68ed'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'fc1990ba53c4efa59263184fa7bbaa0d8e7e3683e33982d5a6fbd61aa340f029', 'ff096cc1a6dd21cc8d710d368840f9e0cc0481662770bf8faed2a4630f0f02d4'],
    ['designated-city', 2, 3, 'b89ec64e24b37aa0293eeccbecd12571ab0a4370df1b9a742d8060449d1e7fe3', '470b5a6e48c5c5d74848e1a6232dbbedff924a1be905713598d23c3071fcb0d3'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
