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
    ['small-town', 'onprem', 7, 3, true, 'e5a36782197c79ec2093e2d2549eb2c1d02e83959186f2c3788d394ee39d8c56', '7069dfa7bb6f20d52cf09c6076cc06dce93b06776a09a750e40b823084e19180'],
    ['small-town', 'public-cloud', 7, 3, false, '931c239b3a769b062bdfbe09ce2cac2a615d5a22eca3e16b3e244f7255b7213c', '754de01c0900517ef51474092f1cadc41876eafc37cb5d6ff009213a9345206b'],
    ['designated-city', 'housing', 11, 0, true, '5474594adbf70fad29098c019b04316931e2d796485e59568d4e228fc2f51624', 'dbc66dba2a76db01cad47679cfd969021a2fbb4379187b596856cfe4728aef7f'],
    ['designated-city', 'community-cloud', 11, 1, false, '336f883baeebb0843c49d647fcfb0f269a286659f16b8eab4c87bfcc4d526a4f', '6fdf48e133a5398263d8390214ccd464f5c37118becda8595a3876f70cc0e7d7'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'b0b91de70dc8b50ca7d4d72d0c698ffefacd7603cd7c3f30ad19b7c2aa0404ac', '1854d93fc0f06f6f4180ea4a673c9550d9491537196bd33d9e064a9534046073'],
    ['designated-city', 2, 3, 'e39ecf5a14d2786e659089e3c22189cb9085ae13908f9f127ef3904868613aa6', 'f73146d78abd82bfc610cd9f6e66342287aea897755ba5ef7712ec79575ac1f5'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
