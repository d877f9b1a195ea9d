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
    ['small-town', 'onprem', 7, 3, true, 'f708ab0d533d1dd348ecca6e6bbbf13a491c50ce7f22144ac0ba9c9d5066f24f', 'daf4e2e7efb0d508910b083a83dd8f2d34be8afb008155384698ff0df6b648bc'],
    ['small-town', 'public-cloud', 7, 3, false, '99751c6c84c41b2d44fa77d66dc87e5e083a10ccfa0de1cd60fdc57ec2f007c8', '4ff1c47e9f7deb6e69b1eaedd81442d55a0882147c834723488bfddd275de32d'],
    ['designated-city', 'housing', 11, 0, true, 'a734ea24a12ae8e8b2de33545031dc02c7c7e550d9c48dbc109c37ab43a85b86', '0918897950a0473a2d6ffdb21d04dc17b5bdb5efbdc11a2b953e4b3d8d34464d'],
    ['designated-city', 'community-cloud', 11, 1, false, '17a3608031ad90890b1a75dd5dbc6c3b46ecd99f0177b4e3a5f0fac6931ff657', '34391f17441408544d3a7acf2c0c51fe47bcb63a5c4f1b87af397d452cf306c8'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, 'af09071deb082025073f97dcad466c0809b350fbf3e2e75b255b776d4c5d228b', 'c3ba4f36e1198f5438b8dc0481c4eb609d226488c98a12c88dab60e51941b0b8'],
    ['designated-city', 2, 3, '5137ea50edbfeecaaad7b6c1dc51f59052cce02e2bbfc914cf3f9b6def09c6c8', '62218f67e062aca8fdac369d4f16cef01f3d5b99ff65fa25461518660b4bf463'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
