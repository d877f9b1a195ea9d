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
    ['small-town', 'onprem', 7, 3, true, 'b797514ccaed14412f4fcafcd75bdcc4822def52ad9564e2eaa56a58b4f403f0', 'cfc6f7b122030c6d28b96b38fb0c19e2b1a43014912efe211ca2722051149083'],
    ['small-town', 'public-cloud', 7, 3, false, '91a44a47afadfc145da2f28745bffad5c8d0941afd0f90ceb3a3e64dff468283', '76b307ee158a8908a2f5eebf159111e9263c599504d0010519015314cca03b94'],
    ['designated-city', 'housing', 11, 0, true, 'c079105c8ecee3fea8f4a71f37fab1702af84008eec3f69b5e13753324f17bb7', '14db86e2a1ef1a2bd1145025b0c88071a24d69ef6f0ca07bf1a54fbb4e95fb96'],
    ['designated-city', 'community-cloud', 11, 1, false, '5fae5e1751150a846d06be10cee6aa0b9a79a91d21a2d1feee07b2b2ee65b1b6', '3c89a214b51db9102d86082bf3abb974fedb27c6c44066e7e3b6c0e6e4f71cd3'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '6daee4e29786a0136940d06f00f34f8f474dd6ad061513c86e75460f81e65545', 'f337996e5f262f6b0634ab2cebb195d75a360bbb7b8704485c7e2816092ebf04'],
    ['designated-city', 2, 3, 'b67c317dfc11036b4ba80e44cd105b01f090ded2f5448aa7bb63c7f98d96b3fb', 'ba3cd7b6689560f84086bd92040f82d6e55e34fbcb420834145bcfa3213f8167'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
