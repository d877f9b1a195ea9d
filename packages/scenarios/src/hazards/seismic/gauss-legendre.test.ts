import { describe, expect, it } from 'vitest';
import { gaussLegendre } from './gauss-legendre.ts';

describe('gaussLegendre', () => {
  it('gaussLegendre(2) has nodes ±1/√3 and weights 1', () => {
    const { nodes, weights } = gaussLegendre(2);
    expect([...nodes]).toEqual([-0.5773502691896257, 0.5773502691896257]);
    expect([...weights].map((w) => w.toFixed(15))).toEqual(['1.000000000000000', '1.000000000000000']);
  });

  it('gaussLegendre(n) integrates x^k exactly for k ≤ 2n − 1', () => {
    for (const n of [1, 3, 8, 20, 48]) {
      const { nodes, weights } = gaussLegendre(n);
      for (let k = 0; k <= 2 * n - 1; k += 1) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += weights[i] * nodes[i] ** k;
        expect(sum).toBeCloseTo(k % 2 === 1 ? 0 : 2 / (k + 1), 13);
      }
    }
  });

  it('gaussLegendre(n) nodes ascend and are symmetric', () => {
    const { nodes } = gaussLegendre(9);
    for (let i = 1; i < 9; i++) expect(nodes[i]).toBeGreaterThan(nodes[i - 1]);
    for (let i = 0; i < 9; i++) expect(nodes[i] + nodes[8 - i]).toBe(0);
    expect(nodes[4]).toBe(0);
  });

  it('gaussLegendre rejects a node count that is not a positive integer', () => {
    expect(() => gaussLegendre(0)).toThrowErrorMatchingInlineSnapshot(`[RangeError: gaussLegendre n must be an integer in [1, 1000], got 0]`);
    expect(() => gaussLegendre(2.5)).toThrow(RangeError);
  });
});
