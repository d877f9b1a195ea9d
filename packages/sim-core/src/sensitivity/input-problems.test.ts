import { describe, expect, it } from 'vitest';
import { inputProblems } from './input-problems.ts';
import type { UncertainInput } from './uncertain-input.ts';

const good: UncertainInput = { name: 'lines.faultsPerYear', value: 0.2, low: 0.05, high: 0.8, coverage: 0.9, shape: 'lognormal' };

describe('inputProblems', () => {
  it('a usable input has no problems', () => {
    expect(inputProblems(good)).toEqual([]);
    expect(inputProblems({ ...good, shape: 'uniform', coverage: 1 }, { min: 0, max: 1 })).toEqual([]);
  });

  it('names the field and the rule of each mistake (the keys a scenario loader locates and translates)', () => {
    const cases: [Partial<UncertainInput>, object?][] = [
      [{ low: NaN }],
      [{ low: 0.8, high: 0.05 }],
      [{ value: 0.9 }],
      [{ coverage: 90 }],
      [{ shape: 'normal' as never }],
      [{ low: 0, shape: 'log-uniform', coverage: 1 }],
      [{ coverage: 1 }],
      [{ shape: 'uniform', value: 0.95, low: 0.9, high: 0.999 }, { min: 0, max: 1 }],
      [{ shape: 'uniform', value: 0.05, low: 0.01, high: 0.2 }, { min: 0 }],
      [{ value: 0.5, low: 0.2, high: 0.9 }, { max: 1 }],
    ];
    expect(cases.map(([change, domain]) => inputProblems({ ...good, ...change }, domain))).toMatchInlineSnapshot(`
      [
        [
          {
            "code": "not-finite",
            "field": "low",
            "message": "lines.faultsPerYear: low must be a finite number, got NaN",
          },
        ],
        [
          {
            "code": "inverted-bounds",
            "field": "high",
            "message": "lines.faultsPerYear: low must be below high, got [0.8, 0.05]",
          },
        ],
        [
          {
            "code": "value-outside-range",
            "field": "value",
            "message": "lines.faultsPerYear: value 0.9 lies outside [0.05, 0.8]",
          },
        ],
        [
          {
            "code": "coverage-not-probability",
            "field": "coverage",
            "message": "lines.faultsPerYear: coverage must be in (0, 1] (1 for a min–max range), got 90",
          },
        ],
        [
          {
            "code": "unknown-shape",
            "field": "shape",
            "message": "lines.faultsPerYear: shape must be one of uniform, log-uniform, triangular, lognormal, got normal",
          },
        ],
        [
          {
            "code": "needs-positive-range",
            "field": "low",
            "message": "lines.faultsPerYear: a log-uniform range must be positive, got low = 0",
          },
        ],
        [
          {
            "code": "needs-interval",
            "field": "coverage",
            "message": "lines.faultsPerYear: a lognormal has no minimum or maximum: state the range as an interval (coverage < 1)",
          },
        ],
        [
          {
            "code": "outside-domain",
            "field": "high",
            "message": "lines.faultsPerYear: a uniform 90% interval [0.9, 0.999] reaches 1.0045, above the greatest possible value 1",
          },
        ],
        [
          {
            "code": "outside-domain",
            "field": "low",
            "message": "lines.faultsPerYear: a uniform 90% interval [0.01, 0.2] reaches -0.000555556, below the least possible value 0",
          },
        ],
        [
          {
            "code": "outside-domain",
            "field": "high",
            "message": "lines.faultsPerYear: a lognormal 90% interval [0.2, 0.9] has no upper end, above the greatest possible value 1",
          },
        ],
      ]
    `);
  });
});
