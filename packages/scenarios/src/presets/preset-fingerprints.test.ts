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
    ['small-town', 'onprem', 7, 3, true, 'b4dbebfec144bb996e89058477175e63325c43b3e818f99923a7494fbad3cbdc', '92a4d148c2272d745dbb8d9b743d315662c006bdd9b91dedbac5f5f4981f8236'],
    ['small-town', 'public-cloud', 7, 3, false, '080673ef185cd4468821324b75100e85d92469d750e1e1115f6aac072d72fc80', 'be1fa11110084bc1af03fc6b3916d711df775f8a65ff7418b8629d8b35738d0a'],
    ['designated-city', 'housing', 11, 0, true, '4755022035a35581bc2a572f8e73590cb939200f8246bc8e557352f9c241006c', '16c6c06467277881747473ba79767d621b6020a68b4fa1af56fdc67267efb621'],
    ['designated-city', 'community-cloud', 11, 1, false, '9ea483b1b18f747d2dbcfefd8c63950a7404df3e5e63cbae4d55d7d13529754b', '8c8ae63905db7023fc79d9a5272214111f538a49e2a7dbf73d29a893c3840c47'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '5b248bc39c1280569e1cae97e7e0026bb9ad23e13091aff47a8abd4379ece88c', 'aae9128d97d63b380d477ca0af865929e9c700acaca8197e50c27403a1f9ba3c'],
    ['designated-city', 2, 3, '5eee9229ee9a9e9a7e6e4ad075c61c500850156224ef1af1fbbc5c015cb7522a', 'c987d96b6d5d19e0e18594244863a8ffeb6f15ad4503a1d8193b97c15fb073ce'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
