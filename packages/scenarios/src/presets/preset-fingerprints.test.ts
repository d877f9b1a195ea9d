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
    ['small-town', 'onprem', 7, 3, true, '682a2a2c2acf9683d99f52164dda9bc353e438f16734ebe74b291591746115ea', '33d11e855da30a0d8d90cb5ee90e3b87e842ecd29ecb658fe7915f290809824a'],
    ['small-town', 'public-cloud', 7, 3, false, 'd97ebe6332a746b31b939a243a8ef6e85a28c0e5b872412f112e73620e667a5b', 'a862efd30eb46485bcc591fb5a6bb21000a44024a99ccd205be9f3b2136aba7d'],
    ['designated-city', 'housing', 11, 0, true, '0a3b71741300d45ff5e27408e2e220f8f3bba54ae4d261538ae28217a235ed44', 'd60747ec991be46ac7fedb3233a14ba64badea9bd6334eab51102966aab4150e'],
    ['designated-city', 'community-cloud', 11, 1, false, '8d0edcb98d18027252c215e74ee2102cdefccb70c632199258e4168a3ec6daaa', 'de33c01ec9b4e32abf188d7d3553a71a077cc4b3e28c1dc881aa2952ce7d39c3'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '3853dcef8c21b35266ca66e25600696fc392bd319423054739f10a4e364c0444', '1f0235aa6c2bd6821fd0fb2f54a3c00f26edb4bc1cbb4c891e3489b759bdc44b'],
    ['designated-city', 2, 3, 'dd22e86c72260a21162d9a7bffd25bc3349f37782cf019ec9d71402c001cd588', '083451c6e3dc2eb890f91e4375a765a577d71a9083f29c2a700b513afdf05b07'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
