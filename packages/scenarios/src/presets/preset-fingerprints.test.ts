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
    ['small-town', 'onprem', 7, 3, true, 'f0b63cf45d7eb3b5b1afb52812888e62210c8a9e6c51644a561b1fb0bf1b33a6', 'b70cf828260e34091b406c0681805955a89056034dd74b4bc98b3fab36cb943b'],
    ['small-town', 'public-cloud', 7, 3, false, '1800500da530741f05a61f4c79b9100445b8a6a8fbb91049785fa559e090a6e2', '39a8f36928dea9366855529aa1d0ba99ccd8af112cc54c297a0af12a8073c3e0'],
    ['designated-city', 'housing', 11, 0, true, 'fb0763d7dac1c594d2d75fd045579b8ac92619498fabac4d0118066f17c7c500', '52bef16f20bf6446c2735c2abf75e417de68fe45eb7623967e513d77aee2c829'],
    ['designated-city', 'community-cloud', 11, 1, false, '91827702492a80fa9da95f3375aea9634cb3c96de4da3bab4e5b07a0bc1bb6c5', 'b593475d2074e04164f1da1ca919c8ab4e44d9b48e343da111393f8140f19df3'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'a8e25c51797028412aec1c6d052479e5e1e3178e2b617617e1d6ab97331924b1', 'dadb7fac314e6e95279a6f31458a3da28701c261cd041d831bbaf2a7cfc74a90'],
    ['designated-city', 2, 3, '90f633ac9a00f2fbb876580ad2927b7c02377d0fe912a138fdbde092df5f2a1f', '11702849a758c172bb173d2e5f5f3829f8b43310004e47bdd37bfb7a8bdcf53e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
