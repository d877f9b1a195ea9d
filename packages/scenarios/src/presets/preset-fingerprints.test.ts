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
    ['small-town', 'onprem', 7, 3, true, '3dd7b79ab6beb3a1ba6992aafbeab724f9712db952d314a90e866e102fe58016', '6baf7092fc4db18a96e1fc83ebf21ed25918f14b1e68f34072ec723d11d8185f'],
    ['small-town', 'public-cloud', 7, 3, false, '349fc521c45ab180ebba3322115c414ff263073eec5951c043e646612ff10620', '01fdaf019d0425765ce07f46073d17723ab9eaee63aee31a012c0796f63543c1'],
    ['designated-city', 'housing', 11, 0, true, 'd304cfe527b81784c7662f234435cb6d3a9a1c3d3f925cf0804882995c120566', '0f77670ab514127b7e83d697b9a115b8be26dfd5806089ef42a8436a238838a1'],
    ['designated-city', 'community-cloud', 11, 1, false, 'd56fba2c997f9e85fa0c895edb24cc30df71aa2c857daf72ead72c0bd72af95a', 'ae1abba2d43007349af21ab3bbffe3b42a4458fe619210f03f20161c728b217f'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'dd6ed37e3d6a716563a166998d44972357c39d7c191a45557e51ebfa13e573f1', '4a9657f4c40239b162cf6b6b5d77b640edb02cad66559a0b60248f027658c093'],
    ['designated-city', 2, 3, 'e774344524102e903ad28623800ee033050bdf083ad024190abc198c55c119f8', '98e211270ae6a32239d468b3159950924ffad29906be71a246acdd287047d841'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
