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
    ['small-town', 'onprem', 7, 3, true, '7cbea2b18dcf31248f5f3a24274c8799457d2bafa53d76eaa8f3a78e6e834f18', '407065614987867b716852279ff142d1ac2e372ccfce606d41b0af1f19bde7ca'],
    ['small-town', 'public-cloud', 7, 3, false, 'd79d9aa2d6bde278acfc82801401b8d75520c276c37b413d6a943b895d0e3430', 'e84e5e737d3a0a56ccb4d974d0e90e8b4be38cedb6a73adf0aa0edf356f8c045'],
    ['designated-city', 'housing', 11, 0, true, 'ee1e76fa7e80b6ef49ba0243c058dcee96274c5320cb655c2af8886ff636906d', '843037b549adef8c30a14462eae4c0507abf7c60006ff597873e3164877f3168'],
    ['designated-city', 'community-cloud', 11, 1, false, 'd06ffa46e76975ce267339c63f8fe31ae64eb5fe4ee2c01295a12f8bf6c20ebc', '0ed5cb6a22d93c32b9526f8a395d1ae5348db9bd3577129d5ecb1dfaec3bf826'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '01800fff30d9eaf3e63b9d385935bb16e850219b1fccc84054811db5e69f964e', '2dd04206bce1c1bfa1c46b02a72d6a8f7ca8d310a92c1689be45d44fe74694d4'],
    ['designated-city', 2, 3, '85ab1f5c78ffdd9d966b74fe9fd32fd6e5477d2c424379318f8d32c18a490c6d', '2fd71a4b91bd331ea719f494b5e8efd0be629de86ec7604bace600265500a3de'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
