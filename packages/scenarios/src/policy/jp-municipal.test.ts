import { describe, expect, it } from 'vitest';
import type { ClassificationInput } from './classification-input.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { jpMunicipalPolicy } from './jp-municipal.ts';

/** action -> the rules that required it, in output order. */
const fired = (outcome: ClassificationInput) =>
  evaluatePolicy(jpMunicipalPolicy, outcome).actions.map(({ action, rules }) => [action, rules]);
const deadlinesOf = (outcome: ClassificationInput) =>
  evaluatePolicy(jpMunicipalPolicy, outcome).actions.find((a) => a.action === 'reportToCommission')?.deadlines;

const APOLOGY = ['notifyIndividuals', ['practice-apology-to-affected']];
const NOTICE = ['publishNotice', ['practice-public-notice']];
const PRESS = ['pressConference', ['practice-press-serious-case']];
const COUNCIL = ['reportToCouncil', ['assumed-council-report']];
const STANDARD_DEADLINES = [
  { stage: 'preliminary', days: 5 },
  { stage: 'final', days: 30 },
];

describe('jpMunicipalPolicy: more than 100 persons (APPI rule 43(4))', () => {
  it('a general leak of 100 persons needs only the apology and the public notice', () => {
    expect(fired({ kinds: ['leak'], personsAffected: 100, dataClasses: ['general'] })).toEqual([APOLOGY, NOTICE]);
  });

  it('a general leak of 101 persons is reported, with a press conference and a council report', () => {
    const outcome = { kinds: ['leak'], personsAffected: 101, dataClasses: ['general'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-over-100-persons', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-over-100-persons', 'ppc-report-deadlines']],
      NOTICE,
      PRESS,
      COUNCIL,
    ]);
    expect(deadlinesOf(outcome)).toEqual(STANDARD_DEADLINES);
  });

  it('loss and damage of 101 persons count as 漏えい等 like a leak; an outage of 101 persons does not', () => {
    for (const kind of ['loss', 'damage'] as const) {
      expect(fired({ kinds: [kind], personsAffected: 101 }).map(([action]) => action)).toContain('reportToCommission');
    }
    expect(fired({ kinds: ['outage'], personsAffected: 101 })).toEqual([]);
  });
});

describe('jpMunicipalPolicy: reportable from one person', () => {
  it('one person with sensitive data (要配慮) is reported and counts as a serious case', () => {
    expect(fired({ kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] })).toEqual([
      ['notifyIndividuals', ['appi-sensitive', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-sensitive', 'ppc-report-deadlines']],
      NOTICE,
      PRESS,
      COUNCIL,
    ]);
    expect(fired({ kinds: ['leak'], personsAffected: 0, dataClasses: ['sensitive'] })).toEqual([]);
  });

  it('one person with My Number data (特定個人情報) is reported under the My Number Act', () => {
    const outcome = { kinds: ['loss'], personsAffected: 1, dataClasses: ['myNumber'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['mynumber-specific-personal-info', 'practice-apology-to-affected']],
      ['reportToCommission', ['mynumber-specific-personal-info', 'ppc-report-deadlines']],
      NOTICE,
      PRESS,
      COUNCIL,
    ]);
    expect(deadlinesOf(outcome)).toEqual(STANDARD_DEADLINES);
  });

  it('one person with financial data is reported; compensation needs direct harm too', () => {
    const outcome = { kinds: ['leak'], personsAffected: 1, dataClasses: ['financial'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-financial', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-financial', 'ppc-report-deadlines']],
      NOTICE,
      PRESS,
      COUNCIL,
    ]);
    expect(fired({ ...outcome, directHarm: true })).toContainEqual(['compensateResidents', ['practice-compensation-direct-harm']]);
  });

  it('direct harm without financial data brings no compensation (rare or absent for municipalities)', () => {
    const actions = fired({ kinds: ['leak'], personsAffected: 500, dataClasses: ['sensitive'], directHarm: true }).map(([a]) => a);
    expect(actions).not.toContain('compensateResidents');
  });

  it('one person with ordinance-sensitive data (条例要配慮) is reported on an unconfirmed basis, without a press conference', () => {
    const decision = evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 1, dataClasses: ['ordinanceSensitive'] });
    expect(decision.actions.map(({ action, rules }) => [action, rules])).toEqual([
      ['notifyIndividuals', ['appi-ordinance-sensitive', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-ordinance-sensitive', 'ppc-report-deadlines']],
      NOTICE,
    ]);
    expect(decision.actions[1].basis.map((b) => b.confirmed)).toEqual([false, false]);
  });

  it('a malicious leak of one person is reported with a 60-day final deadline', () => {
    const outcome = { kinds: ['leak'], personsAffected: 1, maliciousIntent: true } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-malicious', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-malicious', 'ppc-report-deadlines-malicious']],
      NOTICE,
      PRESS,
      COUNCIL,
    ]);
    expect(deadlinesOf(outcome)).toEqual([
      { stage: 'preliminary', days: 5 },
      { stage: 'final', days: 60 },
    ]);
    expect(fired({ ...outcome, personsAffected: 0 })).toEqual([]);
  });

  it('a malicious leak keeps the 60-day final deadline when it is also over 100 persons and sensitive', () => {
    const outcome = { kinds: ['leak'], personsAffected: 5000, dataClasses: ['sensitive'], maliciousIntent: true } as const;
    expect(deadlinesOf(outcome)).toEqual([
      { stage: 'preliminary', days: 5 },
      { stage: 'final', days: 60 },
    ]);
  });
});

describe('jpMunicipalPolicy: exemptions', () => {
  it('highly encrypted data is exempt from the report and from the press conference, not from the apology', () => {
    const lostLaptop = { kinds: ['loss'], personsAffected: 5000, dataClasses: ['sensitive'], highlyEncrypted: true } as const;
    expect(fired(lostLaptop)).toEqual([APOLOGY, NOTICE]);
    expect(fired({ ...lostLaptop, highlyEncrypted: false }).map(([a]) => a)).toEqual([
      'notifyIndividuals',
      'reportToCommission',
      'publishNotice',
      'pressConference',
      'reportToCouncil',
    ]);
  });

  it('a mis-sent welfare letter retrieved unread is not reported, but the person still gets an apology', () => {
    const misSent = { kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'], recoveredUnviewed: true } as const;
    expect(fired(misSent)).toEqual([APOLOGY, NOTICE]);
    expect(fired({ ...misSent, recoveredUnviewed: false }).map(([a]) => a)).toContain('reportToCommission');
  });
});

describe('jpMunicipalPolicy: outages', () => {
  it('an outage alone only activates the BCP once critical downtime reaches 12 hours', () => {
    const outage = (criticalDowntimeHours: number) => ({ kinds: ['outage'], personsAffected: 15000, criticalDowntimeHours }) as const;
    expect(fired(outage(11.9))).toEqual([]);
    expect(fired(outage(12))).toEqual([['activateBcp', ['assumed-bcp-activation']]]);
    expect(fired(outage(23.9))).toEqual([['activateBcp', ['assumed-bcp-activation']]]);
  });

  it('an outage of 24 hours is also reported to the council', () => {
    expect(fired({ kinds: ['outage'], personsAffected: 0, criticalDowntimeHours: 24 })).toEqual([
      COUNCIL,
      ['activateBcp', ['assumed-bcp-activation']],
    ]);
  });
});

describe('jpMunicipalPolicy: ransomware', () => {
  it('ransomware that also stole data requires every action but compensation, with a 60-day final report', () => {
    const decision = evaluatePolicy(jpMunicipalPolicy, {
      kinds: ['leak', 'damage'],
      personsAffected: 15000,
      dataClasses: ['general', 'myNumber'],
      maliciousIntent: true,
      criticalDowntimeHours: 240,
    });
    expect(decision.actions.map(({ action, rules, deadlines }) => ({ action, rules, deadlines }))).toMatchInlineSnapshot(`
      [
        {
          "action": "notifyIndividuals",
          "deadlines": [],
          "rules": [
            "appi-malicious",
            "appi-over-100-persons",
            "mynumber-specific-personal-info",
            "practice-apology-to-affected",
          ],
        },
        {
          "action": "reportToCommission",
          "deadlines": [
            {
              "days": 5,
              "stage": "preliminary",
            },
            {
              "days": 60,
              "stage": "final",
            },
          ],
          "rules": [
            "appi-malicious",
            "appi-over-100-persons",
            "mynumber-specific-personal-info",
            "ppc-report-deadlines-malicious",
          ],
        },
        {
          "action": "publishNotice",
          "deadlines": [],
          "rules": [
            "practice-public-notice",
            "practice-press-ransomware",
          ],
        },
        {
          "action": "pressConference",
          "deadlines": [],
          "rules": [
            "practice-press-serious-case",
            "practice-press-ransomware",
          ],
        },
        {
          "action": "reportToCouncil",
          "deadlines": [],
          "rules": [
            "assumed-council-report",
          ],
        },
        {
          "action": "activateBcp",
          "deadlines": [],
          "rules": [
            "assumed-bcp-activation",
          ],
        },
      ]
    `);
  });

  it('ransomware that reached no personal data still brings a public notice and a press conference', () => {
    expect(fired({ kinds: ['damage'], personsAffected: 0, maliciousIntent: true })).toEqual([
      ['publishNotice', ['practice-press-ransomware']],
      ['pressConference', ['practice-press-ransomware']],
      COUNCIL,
    ]);
  });
});

describe('jpMunicipalPolicy as data', () => {
  it('every basis names a section of jp-facts.md, and exactly the law-based triggers are confirmed', () => {
    expect(jpMunicipalPolicy.rules.every((r) => /^jp-facts\.md#\d(\.\d)?$/.test(r.basis.source ?? ''))).toBe(true);
    expect(jpMunicipalPolicy.rules.filter((r) => r.basis.confirmed).map((r) => r.id)).toEqual([
      'appi-sensitive',
      'appi-financial',
      'appi-malicious',
      'appi-over-100-persons',
      'mynumber-specific-personal-info',
    ]);
  });

  it('every rule has a Japanese and an English basis', () => {
    for (const { basis } of jpMunicipalPolicy.rules) {
      expect(basis.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(basis.en).toMatch(/^[A-Z][\x20-\x7e]{20,}/);
    }
  });
});
