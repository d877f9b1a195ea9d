import { describe, expect, it } from 'vitest';
import { nationalDefaults } from './national-defaults.ts';

describe('nationalDefaults', () => {
  it('the zone outages span the shortest and longest published Tokyo zone events, at 4 events in 7 years over 4 zones', () => {
    // 2025-04 about 1 h, 2021-02 about 5 h, 2019-08 6 h for servers and 9.7 h for databases.
    const published = [1, 5, 6, 9.7];
    const [p05, p95] = nationalDefaults.cloudOutages.zoneOutageHours.lognormal90;
    expect([p05, p95]).toEqual([Math.min(...published), Math.max(...published)]);
    expect(nationalDefaults.cloudOutages.zoneOutageAnnualRatePerZone.value).toBeCloseTo(4 / 7 / 4, 2);
  });

  it('the vendor-exit migration cost has the subsidy fund\'s mean a system (about 7,000億円 over 34,592 systems)', () => {
    // lognormal90 [p05, p95]: σ = ln(p95/p05) / (2 · 1.6449), mean = √(p05·p95) · e^(σ²/2).
    const [p05, p95] = nationalDefaults.migrationCostYenPerSystem.lognormal90;
    const sigma = Math.log(p95 / p05) / (2 * 1.6449);
    const mean = Math.sqrt(p05 * p95) * Math.exp((sigma * sigma) / 2);
    expect(mean / (700_000_000_000 / 34_592)).toBeCloseTo(1, 1);
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
