import { RandomStreams } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { DATA_CLASSES, INCIDENT_KINDS, evaluatePolicy, jpMunicipalPolicy, type Policy } from '../policy/index.ts';
import { PolicyDecisions, type Classification } from './policy-decisions.ts';

const basis = { ja: '町の判断', en: 'town decision', kind: 'town-decision', confirmed: true } as const;
const townPolicy: Policy = {
  id: 'town',
  rules: [
    ...jpMunicipalPolicy.rules,
    { id: 'big-or-harm', when: { anyOf: [{ personsAffectedAbove: 5000 }, { directHarm: true, not: { recoveredUnviewed: true } }] }, actions: ['pressConference'], basis },
    { id: 'long-outage', when: { kindsAny: ['outage'], criticalDowntimeHoursAtLeast: 8 }, actions: ['activateBcp'], basis },
  ],
};

function randomClassification(stream: ReturnType<RandomStreams['get']>): Classification {
  const pick = <T>(xs: readonly T[]) => xs.filter(() => stream.random() < 0.4);
  const kinds = pick(INCIDENT_KINDS);
  // Persons and hours on and around the thresholds, where a wrong key would show.
  const persons = [0, 1, 99, 100, 101, 999, 1000, 1001, 5000, 5001, Math.floor(20_000 * stream.random())];
  const hours = [0, 7.99, 8, 8.01, 24, 100 * stream.random()];
  return {
    kinds: kinds.length > 0 ? kinds : ['leak'],
    personsAffected: persons[Math.floor(stream.random() * persons.length)]!,
    dataClasses: pick(DATA_CLASSES),
    maliciousIntent: stream.random() < 0.5,
    directHarm: stream.random() < 0.5,
    highlyEncrypted: stream.random() < 0.5,
    recoveredUnviewed: stream.random() < 0.5,
    criticalDowntimeHours: hours[Math.floor(stream.random() * hours.length)]!,
  };
}

describe('PolicyDecisions', () => {
  it('actions(c) equals evaluatePolicy(policy, c).actions for every classification, memoised or not', () => {
    for (const policy of [jpMunicipalPolicy, townPolicy]) {
      const decisions = new PolicyDecisions(policy);
      const stream = new RandomStreams(3, 0).get('classifications');
      for (let i = 0; i < 5000; i++) {
        const c = randomClassification(stream);
        expect(decisions.actions(c)).toEqual(evaluatePolicy(policy, c).actions);
      }
    }
  });

  it('returns fresh objects each time, so a caller changing one decision changes no other', () => {
    const decisions = new PolicyDecisions(jpMunicipalPolicy);
    const c: Classification = {
      kinds: ['leak'],
      personsAffected: 1001,
      dataClasses: ['general'],
      maliciousIntent: false,
      directHarm: false,
      highlyEncrypted: false,
      recoveredUnviewed: false,
      criticalDowntimeHours: 0,
    };
    const first = decisions.actions(c);
    first[0]!.rules.push('changed');
    first.pop();
    expect(decisions.actions(c)).toEqual(evaluatePolicy(jpMunicipalPolicy, c).actions);
  });

  it('throws as evaluatePolicy does for persons that are not a non-negative integer', () => {
    const decisions = new PolicyDecisions(jpMunicipalPolicy);
    const c = { kinds: ['leak'], personsAffected: 1.5, dataClasses: [], maliciousIntent: false, directHarm: false, highlyEncrypted: false, recoveredUnviewed: false, criticalDowntimeHours: 0 } satisfies Classification;
    expect(() => decisions.actions(c)).toThrowErrorMatchingInlineSnapshot(`[RangeError: personsAffected must be an integer >= 0, got 1.5]`);
  });
});
