import { describe, expect, it } from 'vitest';
import type { ClassificationInput } from './classification-input.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { jpMunicipalPolicy } from './jp-municipal.ts';
import { citedReferenceIds, referenceIndex, REFERENCES } from '../sources/index.ts';

/** action -> the rules that required it, in output order. */
const fired = (outcome: ClassificationInput) =>
  evaluatePolicy(jpMunicipalPolicy, outcome).actions.map(({ action, rules }) => [action, rules]);
const deadlinesOf = (outcome: ClassificationInput) =>
  evaluatePolicy(jpMunicipalPolicy, outcome).actions.find((a) => a.action === 'reportToCommission')?.deadlines;

const APOLOGY = ['notifyIndividuals', ['practice-apology-to-affected']];
const NOTICE = ['publishNotice', ['practice-public-notice']];
const COUNCIL = ['reportToCouncil', ['assumed-council-report']];
const STANDARD_DEADLINES = [
  { stage: 'preliminary', days: 5 },
  { stage: 'final', days: 30 },
];

describe('jpMunicipalPolicy: more than 100 persons (APPI rule 43(4))', () => {
  it('a general leak of 100 persons needs only the apology and the public notice', () => {
    expect(fired({ kinds: ['leak'], personsAffected: 100, dataClasses: ['general'] })).toEqual([APOLOGY, NOTICE]);
  });

  it('a general leak of 101 persons is reported and published, without a press conference or a council report', () => {
    const outcome = { kinds: ['leak'], personsAffected: 101, dataClasses: ['general'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-over-100-persons', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-over-100-persons', 'ppc-report-deadlines']],
      NOTICE,
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

describe('jpMunicipalPolicy: reportable from one person, published, no press conference', () => {
  it('one person with sensitive data (要配慮) is reported and published, with no press conference', () => {
    expect(fired({ kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] })).toEqual([
      ['notifyIndividuals', ['appi-sensitive', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-sensitive', 'ppc-report-deadlines']],
      NOTICE,
    ]);
    expect(fired({ kinds: ['leak'], personsAffected: 0, dataClasses: ['sensitive'] })).toEqual([]);
  });

  it('one person with My Number data (特定個人情報) is reported under the My Number Act', () => {
    const outcome = { kinds: ['loss'], personsAffected: 1, dataClasses: ['myNumber'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['mynumber-specific-personal-info', 'practice-apology-to-affected']],
      ['reportToCommission', ['mynumber-specific-personal-info', 'ppc-report-deadlines']],
      NOTICE,
    ]);
    expect(deadlinesOf(outcome)).toEqual(STANDARD_DEADLINES);
  });

  it("one person's misdirected bank details: report, apology and notice, no press conference and no council report", () => {
    const outcome = { kinds: ['leak'], personsAffected: 1, dataClasses: ['financial'] } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-financial', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-financial', 'ppc-report-deadlines']],
      NOTICE,
    ]);
    expect(fired({ ...outcome, directHarm: true })).toContainEqual(['compensateResidents', ['practice-compensation-direct-harm']]);
  });

  it('direct harm without financial data brings no compensation (rare or absent for municipalities)', () => {
    const actions = fired({ kinds: ['leak'], personsAffected: 500, dataClasses: ['sensitive'], directHarm: true }).map(([a]) => a);
    expect(actions).not.toContain('compensateResidents');
  });

  it('one person with ordinance-sensitive data (条例要配慮, rule 43(5)) is reported on a confirmed basis', () => {
    const decision = evaluatePolicy(jpMunicipalPolicy, { kinds: ['leak'], personsAffected: 1, dataClasses: ['ordinanceSensitive'] });
    expect(decision.actions.map(({ action, rules }) => [action, rules])).toEqual([
      ['notifyIndividuals', ['appi-ordinance-sensitive', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-ordinance-sensitive', 'ppc-report-deadlines']],
      NOTICE,
    ]);
    expect(decision.actions[1].basis.map((b) => b.confirmed)).toEqual([true, false]);
  });

  it('a malicious leak of one person is reported with a 60-day final deadline and published as an attack', () => {
    const outcome = { kinds: ['leak'], personsAffected: 1, maliciousIntent: true } as const;
    expect(fired(outcome)).toEqual([
      ['notifyIndividuals', ['appi-malicious', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-malicious', 'ppc-report-deadlines-malicious']],
      ['publishNotice', ['practice-public-notice', 'practice-publish-attack']],
    ]);
    expect(deadlinesOf(outcome)).toEqual([
      { stage: 'preliminary', days: 5 },
      { stage: 'final', days: 60 },
    ]);
  });

  it('a malicious leak keeps the 60-day final deadline when it is also over 100 persons and sensitive', () => {
    const outcome = { kinds: ['leak'], personsAffected: 5000, dataClasses: ['sensitive'], maliciousIntent: true } as const;
    expect(deadlinesOf(outcome)).toEqual([
      { stage: 'preliminary', days: 5 },
      { stage: 'final', days: 60 },
    ]);
  });
});

describe('jpMunicipalPolicy: the press-conference tier', () => {
  const LARGE = ['pressConference', ['practice-press-large-leak']];

  it('a general leak of 999 persons is published; of 1,000 persons it is a press conference and a council report', () => {
    const leak = (personsAffected: number) => ({ kinds: ['leak'], personsAffected, dataClasses: ['general'] }) as const;
    expect(fired(leak(999)).map(([a]) => a)).toEqual(['notifyIndividuals', 'reportToCommission', 'publishNotice']);
    expect(fired(leak(1000))).toEqual([
      ['notifyIndividuals', ['appi-over-100-persons', 'practice-apology-to-affected']],
      ['reportToCommission', ['appi-over-100-persons', 'ppc-report-deadlines']],
      NOTICE,
      LARGE,
      COUNCIL,
    ]);
  });

  it('loss of 1,000 persons with no surviving copy is reported but is no leak: no press conference', () => {
    expect(fired({ kinds: ['loss', 'outage'], personsAffected: 1500, dataClasses: ['general'] }).map(([a]) => a)).toEqual([
      'notifyIndividuals',
      'reportToCommission',
      'publishNotice',
    ]);
  });

  it('My Number data of more than 100 persons (the former 重大事態) is a press conference, leaked or lost', () => {
    for (const kind of ['leak', 'loss'] as const) {
      expect(fired({ kinds: [kind], personsAffected: 101, dataClasses: ['myNumber'] })).toContainEqual(['pressConference', ['practice-press-mynumber-serious']]);
      expect(fired({ kinds: [kind], personsAffected: 100, dataClasses: ['myNumber'] }).map(([a]) => a)).not.toContain('pressConference');
    }
  });

  it('an attack that stops a critical service for a day is a press conference, even with no personal data', () => {
    const attack = (criticalDowntimeHours: number) => ({ kinds: ['damage', 'outage'], personsAffected: 0, maliciousIntent: true, criticalDowntimeHours }) as const;
    expect(fired(attack(23.9))).toEqual([['publishNotice', ['practice-publish-attack']], ['activateBcp', ['assumed-bcp-activation']]]);
    expect(fired(attack(24))).toEqual([
      ['publishNotice', ['practice-publish-attack', 'practice-press-service-stopping-attack']],
      ['pressConference', ['practice-press-service-stopping-attack']],
      COUNCIL,
      ['activateBcp', ['assumed-bcp-activation']],
    ]);
  });

  it('the same outage of a day without malicious intent brings no press conference', () => {
    expect(fired({ kinds: ['outage'], personsAffected: 0, criticalDowntimeHours: 240 }).map(([a]) => a)).toEqual(['reportToCouncil', 'activateBcp']);
  });
});

describe('jpMunicipalPolicy: exemptions', () => {
  it('highly encrypted data is exempt from the report and from the press conference, not from the apology or the notice', () => {
    const lostLaptop = { kinds: ['leak'], personsAffected: 5000, dataClasses: ['sensitive'], highlyEncrypted: true } as const;
    expect(fired(lostLaptop)).toEqual([APOLOGY, NOTICE]);
    expect(fired({ ...lostLaptop, highlyEncrypted: false }).map(([a]) => a)).toEqual([
      'notifyIndividuals',
      'reportToCommission',
      'publishNotice',
      'pressConference',
      'reportToCouncil',
    ]);
  });

  it('a mis-sent welfare letter retrieved unread is neither reported nor published (島原市); the person still gets an apology', () => {
    const misSent = { kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'], recoveredUnviewed: true } as const;
    expect(fired(misSent)).toEqual([APOLOGY]);
    expect(fired({ ...misSent, personsAffected: 5000 })).toEqual([APOLOGY]);
    expect(fired({ ...misSent, recoveredUnviewed: false }).map(([a]) => a)).toEqual(['notifyIndividuals', 'reportToCommission', 'publishNotice']);
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
  it('ransomware on My Number systems, possible leak, 240 hours down: every action but compensation, 60-day final report', () => {
    const decision = evaluatePolicy(jpMunicipalPolicy, {
      kinds: ['leak', 'outage'],
      personsAffected: 15000,
      dataClasses: ['general', 'myNumber'],
      maliciousIntent: true,
      criticalDowntimeHours: 240,
    });
    expect(decision.actions.map(({ action, rules, deadlines }) => [action, rules, deadlines])).toEqual([
      ['notifyIndividuals', ['appi-malicious', 'appi-over-100-persons', 'mynumber-specific-personal-info', 'practice-apology-to-affected'], []],
      [
        'reportToCommission',
        ['appi-malicious', 'appi-over-100-persons', 'mynumber-specific-personal-info', 'ppc-report-deadlines-malicious'],
        [
          { stage: 'preliminary', days: 5 },
          { stage: 'final', days: 60 },
        ],
      ],
      ['publishNotice', ['practice-public-notice', 'practice-publish-attack', 'practice-press-service-stopping-attack'], []],
      ['pressConference', ['practice-press-large-leak', 'practice-press-mynumber-serious', 'practice-press-service-stopping-attack'], []],
      ['reportToCouncil', ['assumed-council-report'], []],
      ['activateBcp', ['assumed-bcp-activation'], []],
    ]);
  });

  it('ransomware that encrypted only a system without personal data is published, not reported', () => {
    expect(fired({ kinds: ['damage', 'outage'], personsAffected: 0, maliciousIntent: true })).toEqual([['publishNotice', ['practice-publish-attack']]]);
  });
});

describe('jpMunicipalPolicy as data', () => {
  it('every basis cites a project reference (publisher, title, date, address), and exactly the law-based triggers are confirmed', () => {
    const known = referenceIndex(REFERENCES);
    for (const { id, basis } of jpMunicipalPolicy.rules) {
      const cited = citedReferenceIds(basis.source ?? '');
      expect(cited.length, id).toBeGreaterThan(0);
      expect(cited.filter((ref) => !known.has(ref)), id).toEqual([]);
    }
    expect(jpMunicipalPolicy.rules.filter((r) => r.basis.confirmed).map((r) => r.id)).toEqual([
      'appi-sensitive',
      'appi-financial',
      'appi-malicious',
      'appi-over-100-persons',
      'appi-ordinance-sensitive',
      'mynumber-specific-personal-info',
    ]);
  });

  it('the only unconfirmed law bases are the deadlines (the public-body article 44 was not retrieved)', () => {
    const unconfirmedLaw = jpMunicipalPolicy.rules.filter((r) => r.basis.kind === 'law' && !r.basis.confirmed).map((r) => r.id);
    expect(unconfirmedLaw).toEqual(['ppc-report-deadlines', 'ppc-report-deadlines-malicious']);
  });

  it('every rule has a Japanese and an English basis', () => {
    for (const { basis } of jpMunicipalPolicy.rules) {
      expect(basis.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(basis.en).toMatch(/^[A-Z][\x20-\x7e]{20,}/);
    }
  });
});
