import { RandomStream } from '@machi/sim-core';
import { describe, expect, it } from 'vitest';
import { SAFETY_METRICS } from '../schema/index.ts';
import { replicationMeans, safetyScore, safetyScoreEstimate, safetyScores } from './safety-score.ts';
import { evenSettings, safetyTable } from './test-support.ts';

const scores = (table: Parameters<typeof replicationMeans>[0], settings = evenSettings()) => [...safetyScores(replicationMeans(table), settings)];

describe('safetyScores', () => {
  it('a replication in which nothing happened scores exactly 100', () => {
    expect(scores(safetyTable('quiet', 3, 10))).toEqual([100, 100, 100]);
  });

  it('two metrics by hand: weights 1 and 3, scales 10 and 100, annual means 10 and 300 score 100 · (1·½ + 3·¼) / 4 = 31.25', () => {
    // Years 5 and 15 average 10 hours; years 200 and 400 average 300 persons. The other metrics weigh 0.
    const table = safetyTable('hand', 1, 2, (m, _, y) => (m === 'downtimeHours' ? [5, 15][y]! : m === 'personsAffected' ? [200, 400][y]! : 1e9));
    const settings = evenSettings(
      { incidentCostYen: 0, downtimeHours: 1, residentHoursWithoutService: 0, personsAffected: 3, dataLostHours: 0, residentsWithRecordsLost: 0 },
      { downtimeHours: 10, personsAffected: 100 },
    );
    expect(scores(table, settings)).toEqual([31.25]);
  });

  it('a metric at its scale alone scores 50, and the score falls towards 0 as harm grows', () => {
    const at = (x: number) => scores(safetyTable('one', 1, 1, () => x))[0]!;
    expect(at(1)).toBe(50);
    expect(at(9)).toBe(10);
    expect(at(1e12)).toBeLessThan(1e-9);
    expect(at(1e12)).toBeGreaterThanOrEqual(0);
  });

  it('is monotone: over 400 random pairs of tables, where A is no worse than B in every cell, A scores no lower in every replication and in mean', () => {
    const rng = new RandomStream('safety-monotone', 'property');
    // Heavy-tailed values with many exact zeros and ties, as in real tables; weights and scales random too.
    const value = () => (rng.random() < 0.4 ? 0 : (-Math.log(1 - rng.random())) ** 3 * 10 ** (rng.random() * 6));
    for (let trial = 0; trial < 400; trial++) {
      const replications = 1 + Math.floor(rng.random() * 30);
      const years = 1 + Math.floor(rng.random() * 5);
      const b = safetyTable('B', replications, years, value);
      const a = safetyTable('A', replications, years, (m, r, y) => {
        const x = b.columns[m]![r * years + y]!;
        return rng.random() < 0.5 ? x : x * rng.random();
      });
      const pick = (scale: number) => Object.fromEntries(SAFETY_METRICS.map((m) => [m, rng.random() < 0.2 ? 0 : rng.random() * scale]));
      const settings = evenSettings({ ...pick(5), incidentCostYen: 0.1 + rng.random() }, Object.fromEntries(SAFETY_METRICS.map((m) => [m, 0.01 + rng.random() * 1e4])));
      const sa = scores(a, settings);
      const sb = scores(b, settings);
      for (let r = 0; r < replications; r++) {
        expect(sa[r]!, `trial ${trial}, replication ${r}`).toBeGreaterThanOrEqual(sb[r]!);
        expect(sa[r]!).toBeLessThanOrEqual(100);
        expect(sb[r]!).toBeGreaterThanOrEqual(0);
      }
      const [ma, mb] = [safetyScore(a, settings).mean, safetyScore(b, settings).mean];
      expect(ma, `trial ${trial}`).toBeGreaterThanOrEqual(mb);
      expect(ma).toBeLessThanOrEqual(100);
      expect(mb).toBeGreaterThanOrEqual(0);
    }
  });

  it('throws a RangeError when the weights add up to 0', () => {
    expect(() => safetyScores(replicationMeans(safetyTable('x', 1, 1)), evenSettings({ incidentCostYen: 0, downtimeHours: 0, residentHoursWithoutService: 0, personsAffected: 0, dataLostHours: 0, residentsWithRecordsLost: 0 }))).toThrow(
      'safety weights must add up to more than 0, got 0',
    );
  });
});

describe('safetyScoreEstimate', () => {
  it('safetyScoreEstimate(id, [80, 90]) is 85 ± t(0.975, 1) · 5 = 85 ± 63.53', () => {
    const e = safetyScoreEstimate('onprem', Float64Array.of(80, 90));
    expect(e).toMatchObject({ id: 'onprem', mean: 85, stderr: 5 });
    // t(0.975, 1) = 12.7062 (tables of Student's t).
    expect(e.ciLow!).toBeCloseTo(85 - 12.7062 * 5, 3);
    expect(e.ciHigh!).toBeCloseTo(85 + 12.7062 * 5, 3);
  });

  it('a single replication has a mean but no interval (nulls, as JSON keeps them)', () => {
    expect(safetyScoreEstimate('x', Float64Array.of(70))).toEqual({ id: 'x', mean: 70, stderr: null, ciLow: null, ciHigh: null });
  });

  it('the interval holds the mean and narrows as replications are added (about as 1/√n)', () => {
    const rng = new RandomStream('safety-ci', 'narrowing');
    const all = Float64Array.from({ length: 6400 }, () => 100 * rng.random());
    const width = (n: number) => {
      const e = safetyScoreEstimate('x', all.subarray(0, n));
      expect(e.ciLow!).toBeLessThanOrEqual(e.mean);
      expect(e.ciHigh!).toBeGreaterThanOrEqual(e.mean);
      return e.ciHigh! - e.ciLow!;
    };
    const widths = [100, 400, 1600, 6400].map(width);
    for (let i = 1; i < widths.length; i++) {
      // Four times the replications halves the width; the sample sd wobbles a few percent with n ≥ 100.
      expect(widths[i]! / widths[i - 1]!).toBeGreaterThan(0.4);
      expect(widths[i]! / widths[i - 1]!).toBeLessThan(0.6);
    }
  });

  it('throws a RangeError for no replications', () => {
    expect(() => safetyScoreEstimate('x', new Float64Array(0))).toThrow('no replications to score for "x"');
  });
});

describe('replicationMeans', () => {
  it('averages each replication over its years, in replication order', () => {
    const table = safetyTable('x', 2, 3, (m, r, y) => (m === 'dataLostHours' ? 10 * r + y : 0));
    expect([...replicationMeans(table).dataLostHours]).toEqual([1, 11]);
  });

  it('throws a RangeError naming a missing column', () => {
    const table = safetyTable('x', 1, 1);
    const { dataLostHours: _, ...columns } = table.columns;
    expect(() => replicationMeans({ ...table, columns })).toThrow('table of "x" has no column "dataLostHours"');
  });
});
