import { NOT_LEGAL_ADVICE, type ActionDecision } from '@machi/scenarios';
import { describe, expect, it } from 'vitest';
import { fixture, machi, repoFile, townYaml } from './test-support.ts';

const files = {
  'leak-101-general.json': fixture('leak-101-general.json'),
  'leak-1-sensitive.yaml': fixture('leak-1-sensitive.yaml'),
  'outage.yaml': fixture('outage.yaml'),
  'leak-50-harm.yaml': fixture('leak-50-harm.yaml'),
  'town-policy.yaml': repoFile('examples/town-policy.yaml'),
};

/** `machi classify` output reduced to action → rules and deadlines, the part a reader checks first. */
async function classify(argv: string[]) {
  const result = await machi(['classify', ...argv], files);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const { actions } = JSON.parse(result.stdout) as { actions: ActionDecision[] };
  return actions.map((a) => [a.action, a.rules.join(' '), a.deadlines.map((d) => `${d.stage} ${d.days}d`).join(', ')]);
}

describe('machi classify FILE (default policy jp-municipal)', () => {
  it('a leak of 101 persons\' general data is reported to the Commission (5 and 30 days) and published', async () => {
    expect(await classify(['leak-101-general.json'])).toEqual([
      ['notifyIndividuals', 'appi-over-100-persons practice-apology-to-affected', ''],
      ['reportToCommission', 'appi-over-100-persons ppc-report-deadlines', 'preliminary 5d, final 30d'],
      ['publishNotice', 'practice-public-notice', ''],
    ]);
  });

  it('a leak of one person\'s sensitive data is reported too', async () => {
    expect((await classify(['leak-1-sensitive.yaml'])).map(([action, rules]) => [action, rules])).toEqual([
      ['notifyIndividuals', 'appi-sensitive practice-apology-to-affected'],
      ['reportToCommission', 'appi-sensitive ppc-report-deadlines'],
      ['publishNotice', 'practice-public-notice'],
    ]);
  });

  it('a pure outage of a critical service goes to the council and activates the BCP, with no report', async () => {
    expect(await classify(['outage.yaml'])).toEqual([
      ['reportToCouncil', 'assumed-council-report', ''],
      ['activateBcp', 'assumed-bcp-activation', ''],
    ]);
  });

  it('prints actions with their bases and the not-legal-advice notice as 2-space JSON', async () => {
    const ja = await machi(['classify', 'outage.yaml'], files);
    const output = JSON.parse(ja.stdout);
    expect(Object.keys(output)).toEqual(['actions', 'notice']);
    expect(Object.keys(output.actions[0])).toEqual(['action', 'rules', 'basis', 'deadlines']);
    expect(output.actions[0].basis[0].kind).toBe('assumption');
    expect(output.notice).toBe(NOT_LEGAL_ADVICE.ja);
    expect(ja.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
    expect(JSON.parse((await machi(['classify', 'outage.yaml', '--lang', 'en'], files)).stdout).notice).toBe(NOT_LEGAL_ADVICE.en);
  });

  it('gives the actions `simulate` recorded for a full outcome record (extra fields allowed)', async () => {
    const run = await machi(['simulate', 'town.yaml', '--variant', 'onprem', '--seed', '7', '--replication', '0'], { 'town.yaml': townYaml });
    const outcomes = JSON.parse(run.stdout).outcomes as { actions: ActionDecision[] }[];
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      const result = await machi(['classify', 'outcome.json'], { 'outcome.json': JSON.stringify(outcome) });
      expect(JSON.parse(result.stdout).actions).toEqual(outcome.actions);
    }
  });
});

describe('machi classify FILE --policy FILE', () => {
  it('adds the example town\'s own rules: press from 50 persons, compensation for direct harm', async () => {
    expect(await classify(['leak-50-harm.yaml', '--policy', 'town-policy.yaml'])).toEqual([
      ['notifyIndividuals', 'appi-malicious practice-apology-to-affected', ''],
      ['reportToCommission', 'appi-malicious ppc-report-deadlines-malicious', 'preliminary 5d, final 60d'],
      ['publishNotice', 'practice-public-notice practice-publish-attack', ''],
      ['pressConference', 'town-press-from-50-persons', ''],
      ['compensateResidents', 'town-compensation-direct-harm', ''],
      ['reportToCouncil', 'town-press-from-50-persons', ''],
    ]);
  });

  it('tightens the preliminary report on sensitive data to 3 days', async () => {
    expect((await classify(['leak-1-sensitive.yaml', '--policy', 'town-policy.yaml']))[1]).toEqual([
      'reportToCommission',
      'appi-sensitive ppc-report-deadlines town-early-preliminary-report',
      'preliminary 3d, final 30d',
    ]);
  });

  it('announces a 30-hour outage on the website', async () => {
    expect((await classify(['outage.yaml', '--policy', 'town-policy.yaml'])).map(([action]) => action)).toEqual([
      'publishNotice',
      'reportToCouncil',
      'activateBcp',
    ]);
  });

  it('accepts a built-in policy by name', async () => {
    expect(await classify(['outage.yaml', '--policy', 'jp-municipal'])).toEqual(await classify(['outage.yaml']));
  });
});

describe('machi classify: mistakes', () => {
  it('locates problems of the outcome file (exit 1)', async () => {
    const outcome = 'kinds: [leek]\npersonsAffected: many\n';
    const result = await machi(['classify', 'o.yaml', '--lang', 'en'], { 'o.yaml': outcome });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatchInlineSnapshot(`
      "o.yaml:1:9  kinds[0]  Expected one of "leak", "loss", "damage", "outage", but got the string "leek"
      o.yaml:2:18  personsAffected  Expected a number, but got the string "many"
      "
    `);
  });

  it('locates problems of a policy file (exit 1)', async () => {
    const policy = 'id: town\nrules:\n  - id: r1\n    when: { personsAffectedAtLeast: -1 }\n    actions: [pressConference]\n';
    const result = await machi(['classify', 'outage.yaml', '--policy', 'p.yaml'], { ...files, 'p.yaml': policy });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "p.yaml:3:5  rules[0].basis  必須フィールド "basis" がありません
      p.yaml:4:37  rules[0].when.personsAffectedAtLeast  0 以上の値を指定してください（-1 が指定されました）
      "
    `);
  });

  it('is a usage error (exit 2) when the policy is neither a built-in name nor a file', async () => {
    expect(await machi(['classify', 'outage.yaml', '--policy', 'town.yaml', '--lang', 'en'], files)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'machi: "town.yaml" is neither a file nor a built-in policy (policies: jp-municipal)\n',
    });
  });
});
