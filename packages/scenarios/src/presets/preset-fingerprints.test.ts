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
    ['small-town', 'onprem', 7, 3, true, 'b5dcd5d82014f8a6f1a38341dd3b7da57f93241dcba886c19f343700d3a98f77', '71c8b3d8697462c8990cc2c608b00459efbc93bc877c0740d4b993b7214d4c37'],
    ['small-town', 'public-cloud', 7, 3, false, 'b5fd40e57b4e3a4873f7e28981baeaabcbb031830c09ca93fb45876dfcc695b4', 'f23bcc7b74cae764c8ab009806fe0003a7502a1f296d37f34747c9bb521d6547'],
    ['designated-city', 'housing', 11, 0, true, '26fb16ba269022a4a2940ccc86ddbfb6ffc32918a0465afd3a591142c25950eb', 'a03845c81c17e8cd8083ebf20c3b33747be3eb9970903314e9410f1018e6ee88'],
    ['designated-city', 'community-cloud', 11, 1, false, '2abe38c6551676560986b9a1b823c742e259b0cf43d397928008f95b9bbc62fc', '185d16255bd5426e1efd617b25a23dd1adae22bd15b1c3cb7331f8eeec7a83b7'],
  ] as const)('simulate(%s, %s, seed %i, replication %i, trace %s) keeps its bytes', (name, variant, seed, replication, trace, linked, unlinked) => {
    const result = simulate(scenarioOf(name), { variant, seed, replication, horizonYears: 10, trace });
    expect(sha256(json(result))).toBe(linked);
    for (const outcome of result.outcomes) delete outcome.hazardEventIndex;
    expect(sha256(json(result))).toBe(unlinked);
  });

  it.each([
    ['small-town', 6, 10, '0eddda20235fb7107c28f0da7ad926dc192d320a084179ae81d5ba8e205a3c77', '308391a54c0867127dd36a294120244976756a534d05635c0f6f77fb45ae76f1'],
    ['designated-city', 2, 3, 'd6e2d9b04c07878c8e5391d1da479c2ae4eae3dd78dfea3368ea03689f3458c1', 'f73146d78abd82bfc610cd9f6e66342287aea897755ba5ef7712ec79575ac1f5'],
  ] as const)('runMonteCarlo(%s, %i runs of %i years) keeps the bytes of result.json and replications.csv', async (name, runs, horizonYears, resultSha, csvSha) => {
    const result = await runMonteCarlo(scenarioOf(name), { runs, seed: 2027, horizonYears, blockSize: 2 });
    expect(sha256(resultToJSON(result))).toBe(resultSha);
    expect(sha256([...replicationsCSV(result.tables)].join(''))).toBe(csvSha);
  });
});
