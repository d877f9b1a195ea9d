import { cos } from '@machi/sim-core';

/** Nodes and weights of an n-point Gauss–Legendre rule on [−1, 1]. */
export type QuadratureRule = { readonly nodes: Float64Array; readonly weights: Float64Array };

const cache = new Map<number, QuadratureRule>();

/**
 * The n-point Gauss–Legendre rule on [−1, 1] (exact for polynomials of degree 2n − 1), by Newton's
 * method on the three-term recurrence of P_n from the Tricomi initial guesses cos(π(i − 1/4)/(n + 1/2))
 * (Numerical Recipes §4.6 `gauleg`). Deterministic: IEEE arithmetic and sim-core's cos; cached per n.
 * @throws RangeError unless n is an integer in [1, 1000].
 * @example
 * gaussLegendre(2).nodes; // [−0.5773502691896257, 0.5773502691896257]
 */
export function gaussLegendre(n: number): QuadratureRule {
  const cached = cache.get(n);
  if (cached !== undefined) return cached;
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError(`gaussLegendre n must be an integer in [1, 1000], got ${n}`);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const half = Math.floor((n + 1) / 2);
  for (let i = 0; i < half; i++) {
    let x = cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) {
        const p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) <= 4e-16) break;
    }
    if (2 * i + 1 === n) x = 0; // the middle node of an odd rule is 0 by symmetry
    nodes[i] = -x;
    nodes[n - 1 - i] = x;
    weights[i] = weights[n - 1 - i] = 2 / ((1 - x * x) * derivative * derivative);
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}
