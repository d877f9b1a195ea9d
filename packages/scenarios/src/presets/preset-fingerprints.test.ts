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
    ['small-town', 'onprem', 7, 3, true, '3d0f9639de3c5bc317a91a2ebe606dda289f8044f56d247e4b801a8210d9c6a7', '8215ed4ad29d024081a17313a3f143471f856c849882a02cd9e95acabf31d296'],
    ['small-town', 'public-cloud', 7, 3, false, '0642cf700420f06cb23cbec6659847c862d29ea28925b043ebebc0b97e0ef6aa', 'a3c33b9679f4eaddd6c5a36bb79cebecff434553c8e0f135d2d16d91839bc265'],
    ['designated-city', 'housing', 11, 0, true, '8703f73c3c66e1f3d0a98dc58054074de303838b3af5f42048c7e74127607b9f', 'ca5f307f96ef30818d81a6153b3c493f54c1fdbafafe552cc123053819768743'],
    ['designated-city', 'community-cloud', 11, 1, false, '62a625d2636068a6a621692aab5df51ad2983b6c1d8a6be7f221ae6c678732e8', '5f111756dfd9a96d08340acb872f8147dc7bc46c066f72c9adff5c05796612d4'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '3228ae47da97182b67e26955e994e3048ed97e5be545e8e80a3c976d63f183a3', '0240560f207bb1becb5e9827767c6dfe2b6419c764a2339156a79af5a3ebc10d'],
    ['designated-city', 2, 3, 'ac0d9ea3299ca8c427af4ef99b3f377ee645d79df936cdc72db00675914c9d21', 'fa1f615e3345474bd8ca9950ce47dbac88aa0077d8fedbcf6405a4da7351a7fc'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
