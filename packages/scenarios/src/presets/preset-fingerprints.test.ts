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
    ['small-town', 'onprem', 7, 3, true, '6eee7d93746900267c7594653f622c496559307b00bf074094d7cbbab6e70375', 'b5922a16ded3b1fb1a5c673118166b419c98a82fafd6406101ed9386a4ecb9db'],
    ['small-town', 'public-cloud', 7, 3, false, '5518eaecdc509121902acec128141b8aae0f40b1fb24980fbcbe0fbe2b86e2e6', '30446155933aeac782e1c922baa0d3ee966e8a2697904ea2515bcf456994145b'],
    ['designated-city', 'housing', 11, 0, true, '2c3615efd434e01736a75839981fd4516234b30d9a5c44d724d5d97db2e71239', '69a3d3bfa1ddad77e75675148d50dad6639a78ddfb37802ad0c28518b8824484'],
    ['designated-city', 'community-cloud', 11, 1, false, '8a8797abca51f9dc9f0f6e6fd775dd3b9fa3e6fe97d7f6d3b30603813c972c96', 'c7272a595d8a2153e00107f6936b8ae9ae0e18844ad784bdc75f8f3c8e9340e4'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '99d7c9fd045930ffba701c3a6f03b1bd250d42b1f16d726cf0e8922acc0c525c', '5376453eb967bc2556f9118fdbd7fb5df18943d22dfc29eb28c20119371b9cc6'],
    ['designated-city', 2, 3, '553284001196d7ec625e066ac9dfc9c1d1dbc19fb9b9527d2189d6b61a881b58', '910ee66f8923ec2603ed8990fb4129e37ca2a8b31555c7680b19046a874cc330'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
