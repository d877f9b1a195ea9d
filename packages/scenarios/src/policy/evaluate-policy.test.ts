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
    expect(decision.actions.find((a) => a.action === 'pressConference')?.rules).toEqual(['town-press-from-50']);
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
                "en": "APPI art. 68(1)-(2), rule art. 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt.",
                "ja": "個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい・滅失・毀損（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外。",
                "kind": "law",
                "source": "[appi-rule] art. 43(1)",
              },
              {
                "confirmed": false,
                "en": "Municipal practice: apologise to and notify every affected person whenever anyone is affected (Nanbu called or visited all 22 even after recovering every letter; Nagayo e-mailed all 480), legal exemptions notwithstanding.",
                "ja": "自治体の実務：1人でも影響があれば本人全員に謝罪・通知する（南部町22人は全件回収後も全員に電話・訪問、長与町480人には謝罪メール）。法定の免除（暗号化・閲覧前回収）にかかわらず行う。",
                "kind": "practice",
                "source": "[nanbu-2024]; [nagayo-2025]",
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
                "en": "APPI art. 68(1)-(2), rule art. 43(1): a leak, loss or damage (or its possibility) of sensitive personal data (要配慮個人情報) must be reported to the PPC and notified to the persons from one person; highly encrypted data and data recovered unviewed are exempt.",
                "ja": "個人情報保護法68条1項・2項、施行規則43条1号：要配慮個人情報の漏えい・滅失・毀損（おそれを含む）は1人から委員会への報告と本人への通知が必要。高度な暗号化・閲覧前の回収は対象外。",
                "kind": "law",
                "source": "[appi-rule] art. 43(1)",
              },
              {
                "confirmed": false,
                "en": "Preliminary report within roughly 3-5 days of awareness (5 used here), final report within 30 days (rule art. 8, businesses); the article for public bodies (art. 44) was not retrieved and is assumed to be the same. Loss in a disaster is not malicious: 30 days.",
                "ja": "速報は把握から概ね3〜5日以内（5日とする）、確報は30日以内（施行規則8条、民間事業者）。行政機関等の規定（44条）は確認できておらず、同じ構造と仮定（未確認）。災害による滅失は不正目的ではないため30日。",
                "kind": "law",
                "source": "[appi-rule] art. 8 (businesses; the public-body article 44 was not retrieved); 3-5 days for 速やか: [ppc-guideline-general] 3-5-3-3, [businesslawyers-appi-report]",
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
                "en": "Municipal practice (notice tier): publish a notice on the web, by press release or by handing material to the press from one person (Nagasaki publishes in principle, minor cases in a half-yearly batch); a case recovered before any third party viewed it, with no risk of secondary harm, is not published (Shimabara's exemption). Not a legal duty.",
                "ja": "自治体の実務（公表の段階）：1人からホームページ公表・記者発表・資料提供で公表する（長崎市は原則公表し重大でない事案は半年ごとの一括公表）。第三者に閲覧される前に回収され二次被害のおそれがない事案は公表しない（島原市の公表基準の除外事由）。法律上の義務ではない。",
                "kind": "practice",
                "source": "[shimabara-publication] (cases from 2025-07-01); [nagasaki-publication]",
              },
            ],
            "deadlines": [],
            "rules": [
              "practice-public-notice",
            ],
          },
        ],
      }
    `);
  });
});
