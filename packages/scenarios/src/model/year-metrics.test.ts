import { describe, expect, it } from 'vitest';
import { quietTown, quietTownInput } from '../testing/index.ts';
import { simulate } from './simulate.ts';
import { HOURS_PER_YEAR, yearPaid } from './year-metrics.ts';

describe('yearPaid', () => {
  it('yearPaid(t, years) is the year of t inside the horizon, and the same time of the first years after it', () => {
    expect(yearPaid(0, 10)).toBe(0);
    expect(yearPaid(9.5 * HOURS_PER_YEAR, 10)).toBe(9);
    expect(yearPaid(10 * HOURS_PER_YEAR + 100, 10)).toBe(0);
    expect(yearPaid(11.5 * HOURS_PER_YEAR, 10)).toBe(1);
    expect(yearPaid(1.5 * HOURS_PER_YEAR, 1)).toBe(0);
  });
});

describe('costs by the year they are paid, in a stationary scenario', () => {
  // The quiet town with one random process: its vendor leaves at 1 a year (Poisson), and every exit costs
  // its four systems 1,000,000 yen each, paid at the cutover 9 months after the notice. The payments
  // form a Poisson process of rate 1 a year shifted by 9 months; counted round the horizon (`yearPaid`)
  // they fall in each simulated year as Poisson(1): every year's expected incident cost is exactly
  // 1 × 4 × 1,000,000 = 4,000,000 yen, the last and the first as much as the others. (Cut at the horizon
  // and booked when announced, as before, the last year held a quarter of it: only the exits of its
  // first 3 months were paid inside the horizon.)
  const input = quietTownInput();
  input.people.vendors[0]!.exitAnnualRate = 1;
  input.providers.vendorExit.noticeMonths = { fixed: 9 };
  const scenario = quietTown(input);
  const horizonYears = 4;
  const replications = 1200;
  const expectedYen = 4_000_000;
  const results = Array.from({ length: replications }, (_, replication) => simulate(scenario, { variant: 'onprem', seed: 7, replication, horizonYears }));

  it('every simulated year, the last included, has the analytic expected cost', () => {
    // Each year's cost is 4,000,000 × Poisson(1): standard deviation 4,000,000, so the mean over 1,200
    // replications has a standard error of 4,000,000 / √1200 ≈ 115,000 yen (2.9%). Four standard
    // errors (±462,000 yen, ±11.5%) make a false alarm over the 4 years less likely than 1 in 3,000,
    // while the old last year (1,000,000 yen) or a first year without the wrap (also 1,000,000) fail.
    const standardError = expectedYen / Math.sqrt(replications);
    for (let year = 0; year < horizonYears; year++) {
      const mean = results.reduce((sum, r) => sum + r.years[year]!.incidentCostYen!, 0) / replications;
      expect(Math.abs(mean - expectedYen), `year ${year}: mean ${mean}`).toBeLessThan(4 * standardError);
    }
  });

  it('every yen of every incident begun in the horizon is counted once, in some year', () => {
    for (const r of results) {
      expect(r.outcomes.every((o) => !o.ongoing)).toBe(true);
      const booked = r.years.reduce((sum, y) => sum + y.incidentCostYen!, 0);
      expect(booked).toBe(r.outcomes.reduce((sum, o) => sum + o.costYen, 0));
    }
  });
});
