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
    ['small-town', 'onprem', 7, 3, true, '978774bdac6e71d54accf6c9adaa7c92da5075b213741c67682564baa6c77d11', '5395c5f6cc88bf7c9f2c51c07f219aef7a4131c3d771eaba18bfe868e9bd6a7c'],
    ['small-town', 'public-cloud', 7, 3, false, 'ac3686ed29a0256dbf2dcb8de2e59e4826eb705872cc780dc78869f68a9f29b1', '42e5c585be9aa0bfe177237d6b3a295692dbe529694195d790de79c3dba8fbe4'],
    ['designated-city', 'housing', 11, 0, true, '26fb16ba269022a4a2940ccc86ddbfb6ffc32918a0465afd3a591142c25950eb', 'a03845c81c17e8cd8083ebf20c3b33747be3eb9970903314e9410f1018e6ee88'],
    ['designated-city', 'community-cloud', 11, 1, false, '2abe38c6551676560986b9a1b823c742e259b0cf43d397928008f95b9bbc62fc', '185d16255bd5426e1efd617b25a23dd1adae22bd15b1c3cb7331f8eeec7a83b7'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'aad13c334c0f4774c7a01d84c7a2c0ace7dd1fae00a8a7f269a4cd5f5169e50d', 'ce45c22c4491ce2db783a46fdfb09fccbeef2d463aae3c794f6f47aaef3c06a2'],
    ['designated-city', 2, 3, '79cf864b3bfd1fd4951e6e1ebc4095ca05e4638b984cb488fd158b468a968a39', 'd23ce193263af6d623c2efac2ee0554a90d5e9285ff2e6d51e735fc92429e44e'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
