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
    ['small-town', 'onprem', 7, 3, true, '4e28810c3ebfeeb8eeae123634116b9148fdea73568e11a067e1eaeeaea17c5a', '362a5c82e5547427e182790f33c62d67aa8cdc31044fdde7156be9ad9482bb6c'],
    ['small-town', 'public-cloud', 7, 3, false, 'b5fd40e57b4e3a4873f7e28981baeaabcbb031830c09ca93fb45876dfcc695b4', 'f23bcc7b74cae764c8ab009806fe0003a7502a1f296d37f34747c9bb521d6547'],
    ['designated-city', 'housing', 11, 0, true, '26fb16ba269022a4a2940ccc86ddbfb6ffc32918a0465afd3a591142c25950eb', 'a03845c81c17e8cd8083ebf20c3b33747be3eb9970903314e9410f1018e6ee88'],
    ['designated-city', 'community-cloud', 11, 1, false, '2abe38c6551676560986b9a1b823c742e259b0cf43d397928008f95b9bbc62fc', '185d16255bd5426e1efd617b25a23dd1adae22bd15b1c3cb7331f8eeec7a83b7'],
    ['river-city', 'housing', 5, 2, true, '444a9428ba3fcb97bf56a1c423851cb3293dadb413427925dc8f4fe97ef6ba6a', '267de1568c304dcea97f3c80777253ec38a623675d8ed746983bdf1fd68780b5'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '7dcde6bd4292df5731873ef2b917a713302affb6938732c39343add9f5ce63b6', '5dc86f68dccccdbcb949219827575227b7edf6c7ffb6f6178168126ce41ae671'],
    ['designated-city', 2, 3, 'a9362251bfe3195f7d3c421ad3fb9d5205aa362347dbff523a707c7056cab337', 'f73146d78abd82bfc610cd9f6e66342287aea897755ba5ef7712ec79575ac1f5'],
    ['river-city', 4, 10, '33346caf2d6fc6b17ed00574ec967153ea2032e655b74f7dc793c731ebf5bb18', 'b54fcf49a0fa3adcdfdc72ed5b44c8deb3b1718ae4fd0240b0042065321bd1ca'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
