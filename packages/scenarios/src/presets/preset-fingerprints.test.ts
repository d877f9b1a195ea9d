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
    ['designated-city', 'housing', 11, 0, true, '3497b092e99bf1affc4c7e005b9b96e783f5330d5ca7fbb4f4da33ac204d3a18', 'ff3f27a892ca417a41fa924001a0c8f9203672a8ce1d647d64a2a6c13d02b9ba'],
    ['designated-city', 'community-cloud', 11, 1, false, '941ca797e6becd9129dba7d901c49692811f18f956522a59713feb0dbcdee01f', '9359fb4e406a5eadabc3a0e15e15353eeb115b1c42954b774beb17dda629d4c6'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '0dc7d0e0083b0b67832df3610406a0ec6facb70135310f9da6574fe93860c7f4', '2dd04206bce1c1bfa1c46b02a72d6a8f7ca8d310a92c1689be45d44fe74694d4'],
    ['designated-city', 2, 3, 'e756f3fbd9fe5b1bece7cd8ac88b662fd1be52394d693cd3c9cbdf9589e06696', '0d5363c4c657a0a091487fc151d18657482c23a4c5c4de2069cbd34fd912cc23'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
