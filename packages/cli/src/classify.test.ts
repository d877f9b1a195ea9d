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
  const result = await machi(['classify', ...argv, '--json'], files);
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

  it('prints a table of actions, deadlines and rules, each rule\'s basis, and the not-legal-advice notice', async () => {
    const en = await machi(['classify', 'leak-101-general.json', '--lang', 'en'], files);
    expect(en.stdout).toMatchInlineSnapshot(`
      "action                               deadlines                                                      rules
      notify and apologise to individuals  –                                                              appi-over-100-persons, practice-apology-to-affected
      report to the PPC (Commission)       preliminary report within 5 days, final report within 30 days  appi-over-100-persons, ppc-report-deadlines
      publish a notice                     –                                                              practice-public-notice

      Basis:
      - appi-over-100-persons (law): APPI art. 68(1)-(2), rule art. 43(4): for public bodies a leak, loss or damage of more than 100 persons must be reported and notified (more than 1,000 for businesses). Loss and damage do not arise when the same data kept elsewhere restores it (PPC guideline 3-5-1). (source: [appi-rule] art. 43(4); [ppc-guideline-general] 3-5-1; [ppc-faq-loss] Q4-5)
      - practice-apology-to-affected (practice, unconfirmed): Municipal practice: apologise to and notify every affected person whenever anyone is affected (Nanbu called or visited all 22 even after recovering every letter; Nagayo e-mailed all 480), legal exemptions notwithstanding. (source: [nanbu-2024]; [nagayo-2025])
      - ppc-report-deadlines (law, unconfirmed): Preliminary report within roughly 3-5 days of awareness (5 used here), final report within 30 days (rule art. 8, businesses); the article for public bodies (art. 44) was not retrieved and is assumed to be the same. Loss in a disaster is not malicious: 30 days. (source: [appi-rule] art. 8 (businesses; the public-body article 44 was not retrieved); 3-5 days for 速やか: [ppc-guideline-general] 3-5-3-3, [businesslawyers-appi-report])
      - practice-public-notice (practice, unconfirmed): Municipal practice (notice tier): publish a notice on the web, by press release or by handing material to the press from one person (Nagasaki publishes in principle, minor cases in a half-yearly batch); a case recovered before any third party viewed it, with no risk of secondary harm, is not published (Shimabara's exemption). Not a legal duty. (source: [shimabara-publication] (cases from 2025-07-01); [nagasaki-publication])

      These results are a simulation based on assumptions about Japanese law and municipal practice and are not legal advice (check any real case with the Personal Information Protection Commission or a lawyer).
      "
    `);
    const ja = await machi(['classify', 'outage.yaml'], files);
    expect(ja.stdout).toMatchInlineSnapshot(`
      "対応                       期限  規則
      議会への報告               –     assumed-council-report
      BCP（業務継続計画）の発動  –     assumed-bcp-activation

      根拠:
      - assumed-council-report（仮定、未確認）: 仮定：記者会見の段階の漏えい等、または重要業務のシステムが24時間以上停止した場合は議会に報告する。記録された例は半田病院の調査報告が町議会全員協議会に示された1件（2022年）のみ。（出典: assumption; [handa-council-2022] the 半田病院 report to the つるぎ町 council 2022-06-07）
      - assumed-bcp-activation（仮定、未確認）: 仮定：重要業務のシステムが12時間以上停止したらICT-BCPを発動する。総務省ICT-BCPガイドラインは目標復旧時間を各団体が定めるとし全国の既定値はない。12時間は初動版の72時間の初動期間の早い段階で通常の障害対応の限界を超えたとみなす値。（出典: assumption; [soumu-ict-bcp]）

      この判定は法令と自治体の実務についての想定に基づくシミュレーションであり、法的助言ではありません（個別の事案は個人情報保護委員会や専門家に確認してください）。
      "
    `);
  });

  it('with --json prints actions with their bases and the not-legal-advice notice as 2-space JSON', async () => {
    const ja = await machi(['classify', 'outage.yaml', '--json'], files);
    const output = JSON.parse(ja.stdout);
    expect(Object.keys(output)).toEqual(['actions', 'notice']);
    expect(Object.keys(output.actions[0])).toEqual(['action', 'rules', 'basis', 'deadlines']);
    expect(output.actions[0].basis[0].kind).toBe('assumption');
    expect(output.notice).toBe(NOT_LEGAL_ADVICE.ja);
    expect(ja.stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
    expect(JSON.parse((await machi(['classify', 'outage.yaml', '--json', '--lang', 'en'], files)).stdout).notice).toBe(NOT_LEGAL_ADVICE.en);
  });

  it('gives the actions `simulate` recorded for a full outcome record (extra fields allowed)', async () => {
    const run = await machi(['simulate', 'town.yaml', '--variant', 'onprem', '--seed', '7', '--replication', '0'], { 'town.yaml': townYaml });
    const outcomes = JSON.parse(run.stdout).outcomes as { actions: ActionDecision[] }[];
    expect(outcomes.length).toBeGreaterThan(0);
    for (const outcome of outcomes) {
      const result = await machi(['classify', 'outcome.json', '--json'], { 'outcome.json': JSON.stringify(outcome) });
      expect(JSON.parse(result.stdout).actions).toEqual(outcome.actions);
    }
  });
});

describe('examples/leak-outcome.yaml', () => {
  it('is a complete outcome file: 120 persons\' financial data mis-sent is reported, notified and published', async () => {
    const result = await machi(['classify', 'leak-outcome.yaml', '--json'], { 'leak-outcome.yaml': repoFile('examples/leak-outcome.yaml') });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).actions.map((a: ActionDecision) => a.action)).toEqual(['notifyIndividuals', 'reportToCommission', 'publishNotice']);
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
