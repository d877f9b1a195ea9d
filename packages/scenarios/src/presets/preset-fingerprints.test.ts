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
    ['small-town', 'onprem', 7, 3, true, '519a9a1d62d235429df5424e532fef854dbfbbb72f861fddc4d700e6098cef80', '79a1bf0b8cbc3b823be8a50a9c31a24c876fcc74c49fc0c0b0cb4943dc40d22b'],
    ['small-town', 'public-cloud', 7, 3, false, '943d9cff0164886a1956d521478ae4ee30858466e68546b606df44d7bdb5d6c3', '68b317b496e14ffd0c0553d6622b74aee87afe351b9faa34dc10bccf37337d86'],
    ['designated-city', 'housing', 11, 0, true, '3d25dd3db5e4387e180f1cc19e8ea6915c84e615dc1ab5835ec723dabf321f4e', '8866399468d5d46f376fd6e6539821b8ed996423c639b120ed00be0740e35582'],
    ['designated-city', 'community-cloud', 11, 1, false, 'd191ceec0138e06fb92e35ba09250facbde1c820953513bfcb8d0df6c62c34f2', '56d484a130fb97bac96e847fe42199aea7fbec551dbca353b8a309abe57c289e'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'fbf7ef83d1efd23bab12d8fee712b229189c145e87d8d15bbead12bd6c14225b', 'b372abe58d7bedbafed72f4b5da2f783c2a252655209588c6d242374be6874c5'],
    ['designated-city', 2, 3, '2d9ad6588c9709fa6d1c578c437a8971a4c875b1d12b3a0df49fd0cfb606fade', '5a4f959c20af518eb9e03ec2d2deb29ac1a7e4d5c5fdfc51f0ba41c3d84947f1'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
