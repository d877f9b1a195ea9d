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
    ['designated-city', 'housing', 11, 0, true, '4c65579e8e0b756ed71cacb9c963b0c600fbf4fea174931f7cb4adf4ec4b3c45', '15e2afa2bb1da7eb614640a1aed220613d6d118a8d4b3871a4bf7e705270be01'],
    ['designated-city', 'community-cloud', 11, 1, false, '82decd3deae040f21f9602619e1585440d59a1ff10a84ac19e4816c0915837fe', 'd04c56b56001e7721f70eb0944f6528baa8fb544bd0051d047406845d868a8c5'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '1275aefdaedef6aca63319347dd79c9ffd0f82da97e0fbb010ff27395b6d68b5', '3cd6fa368888b7497ab19ccef28d27326a532d2570a570d18fb9c095fff645e2'],
    ['designated-city', 2, 3, 'd3b30b3c0db7b7cc08ade571e7ed55f8924bfc0f854cee00b2de79858009843a', '8bcf2ef570c5d450c42ee21cd13e70610b99223f7e5ddadfc00b3c5539234cbd'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
