import { describe, expect, it } from 'vitest';
import { simulate } from '../../model/simulate.ts';
import { quietTown, quietTownInput, type EventInput } from '../../testing/index.ts';

const leak = (extra: object) => ({ kind: 'leak', at: '2027-05-10T09:00', cause: 'mis-sending', ...extra }) as EventInput;
const outcomeOf = (events: EventInput[]) => simulate(quietTown({ events }), { variant: 'onprem', seed: 1, horizonYears: 1 }).outcomes[0]!;
const actions = (o: { actions: { action: string }[] }) => o.actions.map((a) => a.action);

describe('leaks', () => {
  it('a mis-sent letter to 150 residents is a leak the default policy reports to the Commission, with letters to each', () => {
    const o = outcomeOf([leak({ persons: 150, dataClasses: ['general'] })]);
    expect(o).toMatchObject({ kinds: ['leak'], personsAffected: 150, dataClasses: ['general'], residentsWithoutService: 0, dataLostHours: 0 });
    expect(actions(o)).toEqual(expect.arrayContaining(['notifyIndividuals', 'reportToCommission', 'publishNotice']));
    expect(o.costBreakdownYen.notificationLetters).toBe(150 * 130);
  });

  it('ten persons of general data stay below the legal report, but the town still apologises', () => {
    const o = outcomeOf([leak({ persons: 10, dataClasses: ['general'] })]);
    expect(actions(o)).not.toContain('reportToCommission');
    expect(actions(o)).toContain('notifyIndividuals');
  });

  it('one person of sensitive data is reported; the same letter recovered unviewed is not', () => {
    expect(actions(outcomeOf([leak({ persons: 1, dataClasses: ['general', 'sensitive'] })]))).toContain('reportToCommission');
    expect(actions(outcomeOf([leak({ persons: 1, dataClasses: ['general', 'sensitive'], recoveredUnviewed: true })]))).not.toContain('reportToCommission');
  });

  it('a leak draws its size from the cause and never exceeds the population', () => {
    const input = quietTownInput();
    input.threats.leaks[0]!.persons = { fixed: 50_000 };
    const r = simulate(quietTown({ ...input, events: [leak({})] }), { variant: 'onprem', seed: 1, horizonYears: 1 });
    expect(r.outcomes[0]!.personsAffected).toBe(10_000);
  });

  it('a banded leak size is heavy-tailed: about one leak in ten exceeds 100 persons, and the largest are thousands', () => {
    const input = quietTownInput();
    input.threats.leaks[0]!.annualRate = 200;
    input.threats.leaks[0]!.persons = { bands: [{ min: 1, max: 100, share: 0.9 }, { min: 100, max: 10_000, share: 0.1 }] };
    const r = simulate(quietTown(input), { variant: 'onprem', seed: 3, horizonYears: 10 });
    const sizes = r.outcomes.filter((o) => o.cause === 'leak.mis-sending').map((o) => o.personsAffected);
    // 2,000 leaks expected (Poisson: 99.7% within ±3√2000 ≈ ±134); share above 100 is binomial(n, 0.1):
    // 3 standard deviations of the share are 3·√(0.09/2000) ≈ 0.02.
    expect(Math.abs(sizes.length - 2000)).toBeLessThan(134);
    const above = sizes.filter((n) => n > 100).length / sizes.length;
    expect(Math.abs(above - 0.1)).toBeLessThan(0.02);
    expect(Math.max(...sizes)).toBeGreaterThan(5000);
  });
});

describe('vendor compromise', () => {
  it('a compromise at the vendor holding the town\'s data leaks its share of residents, counted once, as malicious', () => {
    const o = outcomeOf([{ kind: 'vendorCompromise', at: '2027-05-10T09:00', vendor: 'vendor-a' } as EventInput]);
    // dataHeldShare 0.5 of 10,000 residents, capped by each system's persons (welfare holds 800).
    expect(o).toMatchObject({ kinds: ['leak'], maliciousIntent: true, personsAffected: 5000 });
    expect(o.personsByDataClass).toMatchObject({ general: 5000, myNumber: 5000, sensitive: 800 });
    expect(actions(o)).toEqual(expect.arrayContaining(['reportToCommission', 'pressConference']));
    expect(o.costBreakdownYen.forensics).toBe(3_500_000);
  });

  it('one vendor event hits every town the vendor serves: two towns with the same seed see it at the same hour', () => {
    const input = quietTownInput();
    input.people.vendors[0]!.compromiseAnnualRate = 0.5;
    const other = quietTownInput();
    other.people.vendors[0]!.compromiseAnnualRate = 0.5;
    other.name = '隣町';
    other.municipality = { ...other.municipality, population: 40_000, location: { latitude: 41.9, longitude: 140.2 } };
    const hours = (i: typeof input) =>
      simulate(quietTown(i), { variant: 'onprem', seed: 9, horizonYears: 20 }).outcomes.filter((o) => o.cause === 'vendorCompromise').map((o) => o.startHours);
    expect(hours(input).length).toBeGreaterThan(3);
    expect(hours(other)).toEqual(hours(input));
  });
});

describe('misconfiguration of each hosting kind', () => {
  const misconfigured = (kind: 'onprem' | 'housing' | 'community-cloud' | 'public-cloud') => {
    const input = quietTownInput();
    input.threats.leaks.push({
      id: `${kind}-misconfiguration`,
      annualRate: 0,
      persons: { fixed: 50_000 },
      dataClassProbability: { myNumber: 1, sensitive: 1 },
      maliciousIntent: false,
      recoveredUnviewedProbability: 0,
      directHarmProbability: 0,
      highlyEncryptedProbability: 0,
      requiresHostingKind: kind,
      exposureHours: { fixed: 2000 },
    });
    return input;
  };
  const leakOf = (input: ReturnType<typeof quietTownInput>, cause: string, variant = 'onprem') =>
    simulate(quietTown({ ...input, events: [leak({ cause })] }), { variant, seed: 1, horizonYears: 1 }).outcomes[0];

  it('a misconfiguration in the server room exposes what the systems there hold, for its exposure time', () => {
    const o = leakOf(misconfigured('onprem'), 'onprem-misconfiguration');
    // Capped at the largest system at the hall (registry, 10,000 persons) and at the classes the hall holds:
    // no system there has financial data, and sensitive is held by welfare.
    expect(o).toMatchObject({ kinds: ['leak'], personsAffected: 10_000, dataClasses: ['general', 'sensitive', 'myNumber'] });
    expect(o!.endHours - o!.startHours).toBe(2000);
    expect(actions(o!)).toContain('reportToCommission');
  });

  it('a cloud misconfiguration only exposes what the variant placed in the cloud, and nothing where the cloud holds nothing', () => {
    const input = misconfigured('public-cloud');
    expect(leakOf(input, 'public-cloud-misconfiguration', 'onprem')).toBeUndefined();
    // In the cloud variant only the registry (general and My Number data) runs there.
    expect(leakOf(input, 'public-cloud-misconfiguration', 'cloud')).toMatchObject({ personsAffected: 10_000, dataClasses: ['general', 'myNumber'] });
  });

  it('the exposure is told in the case notes', () => {
    const r = simulate(quietTown({ ...misconfigured('housing'), events: [leak({ cause: 'housing-misconfiguration' })] }), { variant: 'housing', seed: 1, horizonYears: 1, trace: true });
    expect(r.outcomes[0]!.notes!.map((n) => [n.what, n.detail])).toEqual(
      expect.arrayContaining([['misconfigurationExposure', { site: 'housing-dc', exposureHours: 2000 }]]),
    );
  });
});
