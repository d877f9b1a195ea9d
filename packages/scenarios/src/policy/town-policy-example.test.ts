import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClassificationInput } from './classification-input.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { jpMunicipalPolicy } from './jp-municipal.ts';
import { policySchema } from './policy-schema.ts';

// examples/town-policy.yaml, the example a town copies to write its own policy.
const text = readFileSync(join(import.meta.dirname, '../../../../examples/town-policy.yaml'), 'utf8');
const town = policySchema.parse(parse(text));
const fired = (outcome: ClassificationInput) =>
  evaluatePolicy(town, outcome).actions.map(({ action, rules }) => [action, rules]);

describe('examples/town-policy.yaml', () => {
  it('is a valid policy extending jp-municipal with four rules of its own', () => {
    expect(town.id).toBe('example-town');
    expect(town.extends).toBe('jp-municipal');
    expect(town.rules.map((r) => r.id)).toEqual([
      'town-press-from-50-persons',
      'town-compensation-direct-harm',
      'town-early-preliminary-report',
      'town-outage-notice',
    ]);
    expect(town.rules.every((r) => r.basis.kind === 'town-decision' && r.basis.confirmed)).toBe(true);
  });

  it('a general leak of 50 persons brings a press conference and a council report; 49 persons do not', () => {
    expect(fired({ kinds: ['leak'], personsAffected: 50 })).toEqual([
      ['notifyIndividuals', ['practice-apology-to-affected']],
      ['publishNotice', ['practice-public-notice']],
      ['pressConference', ['town-press-from-50-persons']],
      ['reportToCouncil', ['town-press-from-50-persons']],
    ]);
    expect(fired({ kinds: ['leak'], personsAffected: 49 }).map(([action]) => action)).toEqual([
      'notifyIndividuals',
      'publishNotice',
    ]);
  });

  it('a highly encrypted loss of 60 persons brings no press conference (the not condition)', () => {
    expect(fired({ kinds: ['loss'], personsAffected: 60, highlyEncrypted: true }).map(([action]) => action)).toEqual([
      'notifyIndividuals',
      'publishNotice',
    ]);
  });

  it('direct harm to one person is compensated with or without personal data', () => {
    expect(fired({ kinds: ['outage'], personsAffected: 1, directHarm: true })).toEqual([
      ['compensateResidents', ['town-compensation-direct-harm']],
    ]);
    expect(fired({ kinds: ['leak'], personsAffected: 1, dataClasses: ['financial'], directHarm: true })).toContainEqual([
      'compensateResidents',
      ['practice-compensation-direct-harm', 'town-compensation-direct-harm'],
    ]);
  });

  it('the town\'s 3-day preliminary report tightens the default for sensitive data and keeps the 30-day final', () => {
    const report = evaluatePolicy(town, { kinds: ['leak'], personsAffected: 1, dataClasses: ['sensitive'] }).actions.find(
      (a) => a.action === 'reportToCommission',
    );
    expect(report).toMatchObject({
      rules: ['appi-sensitive', 'ppc-report-deadlines', 'town-early-preliminary-report'],
      deadlines: [
        { stage: 'preliminary', days: 3 },
        { stage: 'final', days: 30 },
      ],
    });
  });

  it('an outage of a critical service for 4 hours is announced; the default policy would do nothing', () => {
    const outage = { kinds: ['outage'], personsAffected: 0, criticalDowntimeHours: 4 } as const;
    expect(fired(outage)).toEqual([['publishNotice', ['town-outage-notice']]]);
    expect(evaluatePolicy(jpMunicipalPolicy, outage).actions).toEqual([]);
    expect(fired({ kinds: ['outage'], personsAffected: 1000 })).toEqual([['publishNotice', ['town-outage-notice']]]);
    expect(fired({ kinds: ['outage'], personsAffected: 999, criticalDowntimeHours: 3.9 })).toEqual([]);
  });
});
