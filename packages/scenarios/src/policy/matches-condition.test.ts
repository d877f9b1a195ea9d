import { describe, expect, it } from 'vitest';
import type { ClassificationInput } from './classification-input.ts';
import type { Condition } from './condition.ts';
import { matchesCondition } from './matches-condition.ts';

const leak = (personsAffected: number, extra: Partial<ClassificationInput> = {}): ClassificationInput => ({
  kinds: ['leak'],
  personsAffected,
  ...extra,
});

describe('matchesCondition', () => {
  it('matchesCondition({}, outcome) holds for any outcome', () => {
    expect(matchesCondition({}, leak(0))).toBe(true);
    expect(matchesCondition({}, { kinds: ['outage'], personsAffected: 0 })).toBe(true);
  });

  it('personsAffectedAtLeast includes the bound and personsAffectedAbove excludes it', () => {
    expect([99, 100, 101].map((n) => matchesCondition({ personsAffectedAtLeast: 100 }, leak(n)))).toEqual([false, true, true]);
    expect([99, 100, 101].map((n) => matchesCondition({ personsAffectedAbove: 100 }, leak(n)))).toEqual([false, false, true]);
  });

  it('kindsAny and dataClassesAny need one listed value in common', () => {
    const ransomware = { kinds: ['leak', 'damage'], personsAffected: 5, dataClasses: ['general', 'myNumber'] } as const;
    expect(matchesCondition({ kindsAny: ['damage'] }, ransomware)).toBe(true);
    expect(matchesCondition({ kindsAny: ['loss', 'outage'] }, ransomware)).toBe(false);
    expect(matchesCondition({ dataClassesAny: ['myNumber', 'financial'] }, ransomware)).toBe(true);
    expect(matchesCondition({ dataClassesAny: ['sensitive'] }, ransomware)).toBe(false);
  });

  it('an outcome without dataClasses matches no dataClassesAny', () => {
    expect(matchesCondition({ dataClassesAny: ['general'] }, leak(5))).toBe(false);
  });

  it('a boolean condition must equal the outcome field, and an absent field reads as false', () => {
    expect(matchesCondition({ highlyEncrypted: false }, leak(5))).toBe(true);
    expect(matchesCondition({ highlyEncrypted: true }, leak(5))).toBe(false);
    expect(matchesCondition({ maliciousIntent: true }, leak(5, { maliciousIntent: true }))).toBe(true);
    expect(matchesCondition({ directHarm: false }, leak(5, { directHarm: true }))).toBe(false);
    expect(matchesCondition({ recoveredUnviewed: true }, leak(5, { recoveredUnviewed: true }))).toBe(true);
  });

  it('criticalDowntimeHoursAtLeast includes the bound and reads an absent downtime as 0', () => {
    const outage = (criticalDowntimeHours?: number): ClassificationInput => ({ kinds: ['outage'], personsAffected: 0, criticalDowntimeHours });
    expect([11.5, 12, 30].map((h) => matchesCondition({ criticalDowntimeHoursAtLeast: 12 }, outage(h)))).toEqual([false, true, true]);
    expect(matchesCondition({ criticalDowntimeHoursAtLeast: 0 }, outage())).toBe(true);
    expect(matchesCondition({ criticalDowntimeHoursAtLeast: 1 }, outage())).toBe(false);
  });

  it('all listed fields must hold together', () => {
    const when: Condition = { kindsAny: ['leak'], personsAffectedAtLeast: 1, dataClassesAny: ['sensitive'] };
    expect(matchesCondition(when, leak(1, { dataClasses: ['sensitive'] }))).toBe(true);
    expect(matchesCondition(when, leak(0, { dataClasses: ['sensitive'] }))).toBe(false);
    expect(matchesCondition(when, { kinds: ['loss'], personsAffected: 1, dataClasses: ['sensitive'] })).toBe(false);
  });

  it('anyOf holds when one member holds; not inverts; both nest', () => {
    const when = {
      anyOf: [{ personsAffectedAbove: 100 }, { maliciousIntent: true, not: { highlyEncrypted: true } }],
    };
    expect(matchesCondition(when, leak(101))).toBe(true);
    expect(matchesCondition(when, leak(3, { maliciousIntent: true }))).toBe(true);
    expect(matchesCondition(when, leak(3, { maliciousIntent: true, highlyEncrypted: true }))).toBe(false);
    expect(matchesCondition(when, leak(3))).toBe(false);
    expect(matchesCondition({ not: { not: { personsAffectedAtLeast: 3 } } }, leak(3))).toBe(true);
  });
});
