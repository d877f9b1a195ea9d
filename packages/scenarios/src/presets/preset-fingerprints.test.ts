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
    ['small-town', 'onprem', 7, 3, true, '68033817a5a7516619d84aad2021cb40744f4050a0f9606d7db5601f3b7fc83a', 'c04cab9df33a5a7155fea1892386564152d264b7940780eee55f385e852bf139'],
    ['small-town', 'public-cloud', 7, 3, false, 'ba64995112452a46f3fe4e8f7398ba7abfd7767bde282c0a6430fc57a71b26fd', '4d4cf5270b700db4923c29177aa22d8cb86cf3520d74c42ed05164c0d4df1fa6'],
    ['designated-city', 'housing', 11, 0, true, 'f34074f7d6c82d10aeb135df7f4ac9072e12340b561c9ee1e6b7bccd5c7d36bb', '2721bb0306f02c93aeaab50345738808cf975ca1994555d5c1cd6824121dda92'],
    ['designated-city', 'community-cloud', 11, 1, false, 'ab22dbb007bcf1fd4b8f9166b2dd513beb7e4690a2c41db22cd663d2763148ad', '41f73c2aae7aa0b3fb54fec70500061a8db1a83f2c21eb41b740a683b0b53305'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '822ef54ed0151d0595c77f79f21be43d44066075e349a40ad2807f0c96b7656a', '4f49fe8fb8b8f07029ba7949c976a7eabe4ba348942575f6a44db20501962266'],
    ['designated-city', 2, 3, '435ba48774243ed5c185c363d6d9d99ef6e31c8d4008a85325ec147a6335aa7b', 'a5a9c734e5fae194a662dbe756e0a8ea0bd4e43ec3afba5ad5d0f1a583a906e0'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
