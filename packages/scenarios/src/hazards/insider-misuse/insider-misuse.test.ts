import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const fixed = (value: number) => ({ fixed: value });
const act = { lookups: { annualRate: 0, persons: fixed(1), detectionDelayHours: fixed(720), directHarmProbability: 0 }, takeOuts: { annualRate: 0, persons: fixed(1000), detectionDelayHours: fixed(72), directHarmProbability: 0 } };
const withMisuse = (misuse: object = { ...act, dataClassProbability: {} }) => {
  const input = quietTownInput();
  input.threats.insiderMisuse = misuse as typeof input.threats.insiderMisuse;
  return input;
};
const run = (events: EventInput[], input = withMisuse(), variant = 'onprem', years = 1) =>
  simulate(quietTown({ ...input, events }), { variant, seed: 1, horizonYears: years });
const takeOut = (persons: number) => ({ kind: 'insiderMisuse', at: '2027-04-05T10:00', act: 'takeOut', persons }) as EventInput;

describe('insider misuse', () => {
  it.each([1, 3, 100, 460_517])('a take-out of %i persons\' records is reported to the regulator and the persons notified (不正目的, from one person)', (persons) => {
    const [o] = run([takeOut(persons)]).outcomes;
    expect(o!.cause).toBe('insiderMisuse');
    expect(o!.kinds).toEqual(['leak']);
    expect(o!.maliciousIntent).toBe(true);
    const actions = o!.actions.map((a) => a.action);
    expect(actions).toContain('reportToCommission');
    expect(actions).toContain('notifyIndividuals');
    // Capped at the town's 10,000 residents.
    expect(o!.personsAffected).toBe(Math.min(persons, 10_000));
  });

  it('comes to light after its detection delay: the incident opens then, not at the act', () => {
    const [o] = run([takeOut(3)]).outcomes;
    // 2027-04-05 10:00 is 106 h; found 72 h later.
    expect(o!.startHours).toBe(106 + 72);
    const traced = simulate(quietTown({ ...withMisuse(), events: [{ ...takeOut(3), detectionDelayHours: 500 } as EventInput] }), { variant: 'onprem', seed: 1, horizonYears: 1, trace: true });
    expect(traced.outcomes[0]!.notes).toEqual([{ atHours: 606, what: 'insiderMisuse', detail: { act: 'takeOut', persons: 3, undetectedHours: 500 } }]);
  });

  it('an act found after the horizon is not counted (the town would not know of it)', () => {
    expect(run([{ ...takeOut(3), at: '2028-03-30T10:00' } as EventInput]).outcomes).toEqual([]);
  });

  it('is the same in every hosting variant: a cloud does not stop a look-up', () => {
    const look = { kind: 'insiderMisuse', at: '2027-04-05T10:00', act: 'lookup', persons: 4, dataClasses: ['general', 'sensitive'] } as EventInput;
    const strip = (r: ReturnType<typeof run>) => r.outcomes.map((o) => [o.cause, o.startHours, o.personsAffected, o.actions.map((a) => a.action)]);
    expect(strip(run([look], withMisuse(), 'cloud'))).toEqual(strip(run([look])));
    expect(run([look]).outcomes[0]!.personsByDataClass.sensitive).toBe(4);
  });

  it('random acts at their rates, each on its own stream, all reportable', () => {
    const misuse = { lookups: { ...act.lookups, annualRate: 5 }, takeOuts: { ...act.takeOuts, annualRate: 1 }, dataClassProbability: {} };
    const r = run([], withMisuse(misuse), 'onprem', 20);
    // Poisson: (5 + 1) × 20 = 120 expected, less the few found after the horizon; 99% ±2.58 √120 ≈ ±29.
    expect(Math.abs(r.outcomes.length - 120)).toBeLessThan(29);
    expect(r.outcomes.every((o) => o.actions.some((a) => a.action === 'reportToCommission'))).toBe(true);
  });
});
