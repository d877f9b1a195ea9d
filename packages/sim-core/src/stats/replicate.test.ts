import { describe, expect, it } from 'vitest';
import { replicate } from './replicate.ts';
import { concatTables, tableToJSON } from './replication-table.ts';
import { summarize } from './summarize.ts';
import type { Model } from './replicate.ts';

// A model with several streams and a heavy tail, so rounding differences would show if order mattered.
const model: Model = ({ streams }) => {
  const a = streams.get('hazard.earthquake').random();
  const b = streams.get('leak.insider').random();
  return { loss: a < 0.01 ? 1e9 * b : a * 1000, count: a < 0.5 ? 1 : 0 };
};

function chunked(runs: number, chunk: number) {
  const tables = [];
  for (let first = 0; first < runs; first += chunk) {
    tables.push(replicate({ runs: Math.min(chunk, runs - first), first, seed: 2027, model }).table);
  }
  return concatTables(tables.reverse());
}

describe('replicate', () => {
  it('splitting the runs into chunks of 1, 7, 13 or 1,000 gives byte-identical tables and summaries', () => {
    const whole = replicate({ runs: 3_000, seed: 2027, model }).table;
    const expected = JSON.stringify({ table: tableToJSON(whole), summary: summarize(whole) });
    for (const chunk of [1, 7, 13, 1_000]) {
      const table = chunked(3_000, chunk);
      expect(JSON.stringify({ table: tableToJSON(table), summary: summarize(table) }), `chunk ${chunk}`).toBe(expected);
    }
  });

  it('replication k sees the same draws whatever else the model does (common random numbers)', () => {
    const lean = replicate({ runs: 50, seed: 1, model: ({ streams }) => ({ x: streams.get('x').random() }) });
    const busy = replicate({
      runs: 50,
      seed: 1,
      model: ({ streams }) => {
        streams.get('other').random();
        return { x: streams.get('x').random() };
      },
    });
    expect(Array.from(busy.table.columns.x)).toEqual(Array.from(lean.table.columns.x));
  });

  it('the mean of U(0,1) over 10,000 replications lies in its 99.9% interval around 0.5', () => {
    // Var U = 1/12; stderr = sqrt(1/12/10^4) = 0.00289; 99.9% half-width = 3.29·stderr = 0.0095
    const { table } = replicate({ runs: 10_000, seed: 5, model: ({ streams }) => ({ u: streams.get('u').random() }) });
    const s = summarize(table).u;
    expect(Math.abs(s.mean - 0.5)).toBeLessThan(3.29 * Math.sqrt(1 / 12 / 10_000));
    expect(s.standardError).toBeCloseTo(Math.sqrt(1 / 12 / 10_000), 4);
    expect(s.ciLow).toBeLessThan(s.mean);
    expect(s.p50).toBeGreaterThan(0.48);
  });

  it('passes trace = true only to the replications asked for', () => {
    const { table } = replicate({
      runs: 4,
      seed: 1,
      trace: (k) => k === 2,
      model: ({ trace, replication }) => ({ traced: trace ? 1 : 0, k: replication }),
    });
    expect(Array.from(table.columns.traced)).toEqual([0, 0, 1, 0]);
  });

  it('a replication returning other metrics or a non-finite value throws naming it', () => {
    expect(() => replicate({ runs: 3, seed: 1, model: ({ replication }) => (replication === 1 ? { y: 1 } : { x: 1 }) as Record<string, number> }))
      .toThrow('replication 1 returned metrics [y], expected [x]');
    expect(() => replicate({ runs: 2, seed: 1, model: () => ({ x: Infinity }) }))
      .toThrow('replication 0: metric x must be a finite number or NaN, got Infinity');
    expect(() => replicate({ runs: 0, seed: 1, model: () => ({ x: 1 }) })).toThrow('runs must be a positive integer, got 0');
  });

  it('concatTables refuses gaps and overlaps', () => {
    const a = replicate({ runs: 2, seed: 1, model: () => ({ x: 1 }) }).table;
    const c = replicate({ runs: 2, first: 3, seed: 1, model: () => ({ x: 1 }) }).table;
    expect(() => concatTables([a, c])).toThrow('expected a table starting at 2, got 3');
  });
});
