import { describe, expect, it } from 'vitest';
import type { Basis } from './basis.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { jpMunicipalPolicy } from './jp-municipal.ts';
import type { Policy } from './policy-schema.ts';
import type { Rule } from './rule.ts';

const basis = (en: string): Basis => ({ ja: `町の判断（${en}）`, en, kind: 'town-decision', confirmed: true });
const rule = (id: string, actions: Rule['actions'], extra: Partial<Rule> = {}): Rule => ({
  id,
  when: { personsAffectedAtLeast: 1 },
  actions,
  basis: basis(id),
  ...extra,
});
const leak = { kinds: ['leak'], personsAffected: 10 } as const;

describe('evaluatePolicy', () => {
  it('lists each action once, in ACTIONS order, whatever order the rules name them', () => {
    const policy: Policy = {
      id: 'town',
      rules: [rule('late', ['activateBcp', 'publishNotice']), rule('early', ['publishNotice', 'notifyIndividuals'])],
    };
    expect(evaluatePolicy(policy, leak).actions.map(({ action, rules }) => [action, rules])).toEqual([
      ['notifyIndividuals', ['early']],
      ['publishNotice', ['late', 'early']],
      ['activateBcp', ['late']],
    ]);
  });

  it('gives the basis of each firing rule, in the order of its rules', () => {
    const policy: Policy = { id: 'town', rules: [rule('a', ['publishNotice']), rule('b', ['publishNotice'])] };
    expect(evaluatePolicy(policy, leak).actions[0].basis.map((b) => b.en)).toEqual(['a', 'b']);
  });

  it('skips rules whose condition fails and returns no actions when none fires', () => {
    const policy: Policy = {
      id: 'town',
      rules: [rule('big', ['pressConference'], { when: { personsAffectedAbove: 10 } }), rule('any', ['publishNotice'])],
    };
    expect(evaluatePolicy(policy, leak).actions.map((a) => a.rules)).toEqual([['any']]);
    expect(evaluatePolicy(policy, { kinds: ['leak'], personsAffected: 0 })).toEqual({ actions: [] });
  });

  it('keeps the shortest days per stage among the firing rules, preliminary before final', () => {
    const report = (id: string, deadlines: Rule['deadlines'], when = {}) =>
      rule(id, ['reportToCommission'], { when, deadlines });
    const policy: Policy = {
      id: 'town',
      rules: [
        report('final-60', [{ action: 'reportToCommission', stage: 'final', days: 60 }]),
        report('both', [
          { action: 'reportToCommission', stage: 'final', days: 30 },
          { action: 'reportToCommission', stage: 'preliminary', days: 5 },
        ]),
        report('early', [{ action: 'reportToCommission', stage: 'preliminary', days: 3 }]),
        report('not-firing', [{ action: 'reportToCommission', stage: 'final', days: 1 }], { maliciousIntent: true }),
      ],
    };
    expect(evaluatePolicy(policy, leak).actions).toEqual([
      {
        action: 'reportToCommission',
        rules: ['final-60', 'both', 'early'],
        basis: [basis('final-60'), basis('both'), basis('early')],
        deadlines: [
          { stage: 'preliminary', days: 3 },
          { stage: 'final', days: 30 },
        ],
      },
    ]);
  });

  it('applies extends through the built-in policies: their rules first, then the policy\'s own', () => {
    const town: Policy = {
      id: 'town',
      extends: 'jp-municipal',
      rules: [
        rule('town-press-from-50', ['pressConference'], { when: { kindsAny: ['leak'], personsAffectedAtLeast: 50 } }),
        rule('town-early-report', ['reportToCommission'], {
          when: { kindsAny: ['leak'], personsAffectedAbove: 100 },
          deadlines: [{ action: 'reportToCommission', stage: 'preliminary', days: 2 }],
        }),
      ],
    };
    const outcome = { kinds: ['leak'], personsAffected: 120 } as const;
    const decision = evaluatePolicy(town, outcome);
    expect(decision.actions.find((a) => a.action === 'pressConference')?.rules).toEqual([
      'practice-press-serious-case',
      'town-press-from-50',
    ]);
    expect(decision.actions.find((a) => a.action === 'reportToCommission')).toMatchObject({
      rules: ['appi-over-100-persons', 'ppc-report-deadlines', 'town-early-report'],
      deadlines: [
        { stage: 'preliminary', days: 2 },
        { stage: 'final', days: 30 },
      ],
    });
    const base = evaluatePolicy(jpMunicipalPolicy, { ...outcome, personsAffected: 60 }).actions.map((a) => a.action);
    const withTown = evaluatePolicy(town, { ...outcome, personsAffected: 60 }).actions.map((a) => a.action);
    expect(base).toEqual(['notifyIndividuals', 'publishNotice']);
    expect(withTown).toEqual(['notifyIndividuals', 'publishNotice', 'pressConference']);
  });

  it('resolves extends through options.policies when given, and only there', () => {
    const region: Policy = { id: 'region', rules: [rule('region-notice', ['publishNotice'])] };
    const town: Policy = { id: 'town', extends: 'region', rules: [rule('town-council', ['reportToCouncil'])] };
    expect(evaluatePolicy(town, leak, { policies: { region } }).actions.map((a) => a.rules)).toEqual([
      ['region-notice'],
      ['town-council'],
    ]);
    expect(() => evaluatePolicy(town, leak)).toThrow(
      new RangeError('policy "town" extends unknown policy "region"; known: jp-municipal'),
    );
  });

  it('throws a RangeError naming an extends cycle', () => {
    const a: Policy = { id: 'a', extends: 'b', rules: [] };
    const b: Policy = { id: 'b', extends: 'a', rules: [] };
    expect(() => evaluatePolicy(a, leak, { policies: { a, b } })).toThrow(
      new RangeError('policy "a" extends itself through a cycle: b -> a -> b'),
    );
  });

  it('throws a RangeError for a count that is not an integer >= 0 or a downtime that is not finite and >= 0', () => {
    expect(() => evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: -1 })).toThrow(
      new RangeError('personsAffected must be an integer >= 0, got -1'),
    );
    expect(() => evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 2.5 })).toThrow(
      new RangeError('personsAffected must be an integer >= 0, got 2.5'),
    );
    expect(() => evaluatePolicy(jpMunicipalPolicy, { kinds: ['outage'], personsAffected: 0, criticalDowntimeHours: NaN })).toThrow(
      new RangeError('criticalDowntimeHours must be a finite number >= 0, got NaN'),
    );
  });

  it('throws a RangeError when a firing rule gives a deadline for an action it does not require', () => {
    const policy: Policy = {
      id: 'town',
      rules: [rule('odd', ['publishNotice'], { deadlines: [{ action: 'reportToCommission', stage: 'final', days: 9 }] })],
    };
    expect(() => evaluatePolicy(policy, leak)).toThrow(
      new RangeError('rule "odd" gives a deadline for "reportToCommission", which it does not require'),
    );
  });

  it('accepts a full outcome record and gives the same decision as for its classification fields alone', () => {
    const outcome = {
      kinds: ['leak'] as const,
      personsAffected: 101,
      dataClasses: ['general'] as const,
      systemId: 'tax',
      startHours: 1234.5,
    };
    const { systemId: _s, startHours: _h, ...fields } = outcome;
    expect(evaluatePolicy(jpMunicipalPolicy, outcome)).toEqual(evaluatePolicy(jpMunicipalPolicy, fields));
  });

  it('is deterministic: the same outcome, in any field or list order, gives byte-identical JSON', () => {
    const one = { kinds: ['leak', 'damage'], personsAffected: 300, dataClasses: ['general', 'sensitive'], maliciousIntent: true } as const;
    const other = { maliciousIntent: true, dataClasses: ['sensitive', 'general'], personsAffected: 300, kinds: ['damage', 'leak'] } as const;
    const json = JSON.stringify(evaluatePolicy(jpMunicipalPolicy, one));
    expect(JSON.stringify(evaluatePolicy(jpMunicipalPolicy, other))).toBe(json);
    expect(JSON.stringify(evaluatePolicy(jpMunicipalPolicy, one))).toBe(json);
  });

  it('a mis-sent letter with one person\'s sensitive data gives this full decision', () => {
    expect(evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] })).toMatchInlineSnapshot(`
      {
        "actions": [
          {
            "action": "notifyIndividuals",
            "basis": [
              {
                "confirmed": true,
                "en": "APPI art. 68(1)-(2), rule 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt (jp-facts.md#1.1).",
                "ja": "個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい等（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外（jp-facts.md#1.1）。",
                "kind": "law",
                "source": "jp-facts.md#1.2",
              },
              {
                "confirmed": false,
                "en": "Municipal practice: apologise to and notify every affected person whenever anyone is affected (Miyaki 600, Tsukuba 25, Kagoshima 12, Nanbu 22, where all letters were recovered and every person was still called or visited), legal exemptions notwithstanding.",
                "ja": "自治体の実務：1人でも影響があれば本人全員に謝罪・通知する（みやき町600人、つくば市25人、鹿児島市12人、南部町22人。南部町は全件回収後も全員に電話・訪問）。法定の免除（暗号化・閲覧前回収）にかかわらず行う。",
                "kind": "practice",
                "source": "jp-facts.md#1.4",
              },
            ],
            "deadlines": [],
            "rules": [
              "appi-sensitive",
              "practice-apology-to-affected",
            ],
          },
          {
            "action": "reportToCommission",
            "basis": [
              {
                "confirmed": true,
                "en": "APPI art. 68(1)-(2), rule 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt (jp-facts.md#1.1).",
                "ja": "個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい等（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外（jp-facts.md#1.1）。",
                "kind": "law",
                "source": "jp-facts.md#1.2",
              },
              {
                "confirmed": false,
                "en": "Preliminary report within roughly 3-5 days of awareness (5 used here), final report within 30 days (rule 8, businesses); assumed, not confirmed, to be the same for public bodies and for My Number reports.",
                "ja": "速報は把握から概ね3〜5日以内（5日とする）、確報は30日以内（施行規則8条、民間事業者）。行政機関等・番号法の報告にも同じ構造が適用されると仮定（未確認）。",
                "kind": "law",
                "source": "jp-facts.md#1.1",
              },
            ],
            "deadlines": [
              {
                "days": 5,
                "stage": "preliminary",
              },
              {
                "days": 30,
                "stage": "final",
              },
            ],
            "rules": [
              "appi-sensitive",
              "ppc-report-deadlines",
            ],
          },
          {
            "action": "publishNotice",
            "basis": [
              {
                "confirmed": false,
                "en": "Municipal practice: publish a notice (web or press release) from one person (Nagasaki publishes in principle, minor cases in a half-yearly batch; Shimabara exempts cases recovered unviewed). Not a legal duty (jp-facts.md#1.4).",
                "ja": "自治体の実務：1人からウェブ・報道発表で公表する（長崎市は原則公表で重大でない事案は半年ごとの一括公表、島原市は閲覧前に回収された事案を除く）。法律上の義務ではない（jp-facts.md#1.4）。",
                "kind": "practice",
                "source": "jp-facts.md#1.2",
              },
            ],
            "deadlines": [],
            "rules": [
              "practice-public-notice",
            ],
          },
          {
            "action": "pressConference",
            "basis": [
              {
                "confirmed": false,
                "en": "Municipal practice: the mayor holds a press conference for a serious case (more than 100 persons, or sensitive, My Number, financial or malicious); highly encrypted or recovered-unviewed cases carry no risk of secondary harm and are not counted as serious.",
                "ja": "自治体の実務：重大な事案（100人超、要配慮・特定個人情報・財産的被害・不正目的）は首長が記者会見する。高度な暗号化・閲覧前の回収は二次被害のおそれがないため重大に当たらないとする。",
                "kind": "practice",
                "source": "jp-facts.md#1.4",
              },
            ],
            "deadlines": [],
            "rules": [
              "practice-press-serious-case",
            ],
          },
          {
            "action": "reportToCouncil",
            "basis": [
              {
                "confirmed": false,
                "en": "Assumption (no source): report to the council when a press conference is held or a critical service is down for 24 hours or more; whether and when towns report to the council was not researched (gap 7).",
                "ja": "仮定（出典なし）：記者会見を行う事案、または重要業務のシステムが24時間以上停止した場合は議会に報告する。議会報告の有無・時期は未調査（GAP 7）。",
                "kind": "assumption",
                "source": "jp-facts.md#5",
              },
            ],
            "deadlines": [],
            "rules": [
              "assumed-council-report",
            ],
          },
        ],
      }
    `);
  });
});
