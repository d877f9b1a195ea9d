import { describe, expect, it } from 'vitest';
import { nationalDefaults } from './national-defaults.ts';

describe('nationalDefaults', () => {
  it('the zone-outage lognormal has median 4 h and P95 12 h (the assumption its source states)', () => {
    // lognormal90 [p05, p95]: median = √(p05·p95), so p05 = 4²/12.
    const [p05, p95] = nationalDefaults.cloudOutages.zoneOutageHours.lognormal90;
    expect(Math.sqrt(p05 * p95)).toBeCloseTo(4, 3);
    expect(p95).toBe(12);
  });

  it('the leak-size bands keep their shares: 10% above 100 persons', () => {
    const bands = nationalDefaults.leakPersons.bands;
    expect(bands.filter((b) => b.min > 100).reduce((s, b) => s + b.share, 0)).toBeCloseTo(0.1, 12);
    expect(bands.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
  });

  it('the ransomware containment median is about 650 h, leaving room for rebuild before one month', () => {
    const [p05, p95] = nationalDefaults.ransomwareContainmentHours.lognormal90;
    expect(Math.round(Math.sqrt(p05 * p95))).toBe(650);
  });
});
