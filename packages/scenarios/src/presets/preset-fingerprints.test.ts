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
    ['small-town', 'onprem', 7, 3, true, '86289ce810bf3960d03afff8d5a9e6dc26395293685362744e58d0761dbcf04c', 'aaaca6d3586baf0d86dde761d2591b7cc43b722de1665e169151ea603f55176e'],
    ['small-town', 'public-cloud', 7, 3, false, '6e195710d3c5105c125549c3d4c467ced29c21434622a42dfda7b925a564a63d', 'e2ce85fb548139d7a082e28c61061d5fd4a27bc1dbd00e3c09081420e51d278f'],
    ['designated-city', 'housing', 11, 0, true, 'edf7730fe640d27add115e82027eb508acf9e9706f63ffff0f17881affb30fc0', '1ba518a9ae937ba983f37d79ad478358c98de0e967f75a5649a46b6b09191085'],
    ['designated-city', 'community-cloud', 11, 1, false, '9090b18ea97fd71e970c9479ea028ec1f82ccfadb762bf22c4974762d69c4162', '525631c5cbc8cc65597ebac99bac6823993377a16a36528a5471f864e12fe0ae'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '019e38dd71c7b416fa522780b2b4d6cc982e1f887c829169ca2c7be1e07db83b', '5dc86f68dccccdbcb949219827575227b7edf6c7ffb6f6178168126ce41ae671'],
    ['designated-city', 2, 3, '69815102d033932befcb2c9995db7e0416f182fd0fc4fe36c0d44c438d25d782', 'f73146d78abd82bfc610cd9f6e66342287aea897755ba5ef7712ec79575ac1f5'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
